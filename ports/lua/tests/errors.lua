-- errors.lua - error, pcall, xpcall, tracebacks, error objects, assert.
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(17)

local ok, err = pcall(error, "plain")
t.ok(not ok and err == "plain", "pcall catches error with a string")
ok, err = pcall(function() error("where") end)
t.like(err, "^[^:]*errors%.lua:%d+: where$", "error adds the position")
ok, err = pcall(function() error("nowhere", 0) end)
t.is(err, "nowhere", "error level 0 adds no position")
local function check(x) if type(x) ~= "number" then error("want a number", 2) end end
ok, err = pcall(function() check("x") end)
t.like(err, "errors%.lua:%d+: want a number", "error level 2 blames the caller")
local obj = { code = 42 }
ok, err = pcall(error, obj)
t.ok(err == obj, "error with a table value")
ok, err = pcall(error)
t.ok(not ok and err == nil, "error with no value")
t.is(select("#", pcall(function() return 1, 2, 3 end)), 4, "pcall returns true and all results")

ok, err = pcall(function() local x = nil; return x.field end)
t.like(err, "attempt to index a nil value %(local 'x'%)", "indexing nil names the variable")
ok, err = pcall(function() return 1 + {} end)
t.like(err, "attempt to perform arithmetic on a table value", "arithmetic on a table")
ok, err = pcall(function() return #5 end)
t.like(err, "attempt to get length of a number value", "length of a number")
ok, err = pcall(function() return ("x") < 1 end)
t.like(err, "attempt to compare string with number", "comparing string and number")

local tb
ok, tb = xpcall(function() local function deep() error("deep error") end deep() end, debug.traceback)
t.like(tb, "deep error\nstack traceback:\n", "xpcall with debug.traceback")
t.like(tb, "in local 'deep'", "the traceback names the function")
ok, err = xpcall(function(a, b) return a + b end, debug.traceback, 2, 3)
t.ok(ok and err == 5, "xpcall passes arguments")
ok, err = xpcall(function() error("first") end, function(m) return "handled: " .. m end)
t.like(err, "^handled: .*first$", "xpcall message handler result")

t.fails("assertion failed!", "assert with no message", assert, false)
ok, err = pcall(function()
  local function recurse(n) return recurse(n + 1) + 1 end
  return recurse(1)
end)
t.like(err, "stack overflow", "unbounded recursion is a stack overflow error")
t.done()
