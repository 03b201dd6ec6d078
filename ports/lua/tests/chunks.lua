-- chunks.lua - loading code: load, loadfile, dofile, string.dump, and
-- require through package.path, with modules written to the scratch
-- directory given as arg[1].
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(12)
local dir = assert(arg[1], "usage: chunks.lua SCRATCHDIR")

local f = load("return 6 * 7")
t.is(f(), 42, "load a string")
local parts = { "return ", "1 ", "+ 1" }
local i = 0
f = load(function() i = i + 1; return parts[i] end)
t.is(f(), 2, "load from a reader function")
local env = { x = 5 }
t.is(load("return x", "chunk", "t", env)(), 5, "load with an environment")
local bad, err = load("return +", "=bad")
t.ok(bad == nil and err:find("^bad:1:") ~= nil, "a syntax error names the chunk")
local dumped = string.dump(function(a) return a * 3 end)
t.is(load(dumped, "dumped", "b")(4), 12, "string.dump and load of binary chunks")
t.is(load(dumped, "dumped", "t"), nil, "binary chunks refused in text mode")

local path = dir .. "/mod_a.lua"
local out = assert(io.open(path, "w"))
out:write("local M = {}\nfunction M.twice(v) return v * 2 end\nM.name = ...\nreturn M\n")
out:close()
t.is(dofile(path).twice(21), 42, "dofile")
t.is(loadfile(path)("given").name, "given", "loadfile passes arguments")

package.path = dir .. "/?.lua;" .. package.path
local m = require("mod_a")
t.is(m.name, "mod_a", "require finds the module on package.path")
t.ok(require("mod_a") == m and package.loaded.mod_a == m, "require loads a module once")
t.is(package.searchpath("mod_a", package.path), path, "package.searchpath")
local ok, msg = pcall(require, "no_such_module")
t.like(msg, "module 'no_such_module' not found", "require of a missing module fails")
t.done()
