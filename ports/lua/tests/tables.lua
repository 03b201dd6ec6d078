-- tables.lua - table library, length, iteration order of arrays, metatables.
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(24)

local a = { 5, 3, 9, 1, 7 }
table.sort(a)
t.is(table.concat(a, " "), "1 3 5 7 9", "sort numbers ascending")
table.sort(a, function(x, y) return x > y end)
t.is(table.concat(a, " "), "9 7 5 3 1", "sort with a comparator")
local names = { "pear", "Apple", "fig", "apple" }
table.sort(names)
t.is(table.concat(names, ","), "Apple,apple,fig,pear", "sort strings bytewise")
local big = {}
local x = 12345
for i = 1, 1000 do x = (x * 1103515245 + 12345) % 2147483648; big[i] = x end
table.sort(big)
local sorted = true
for i = 2, #big do if big[i - 1] > big[i] then sorted = false end end
t.ok(sorted, "sort 1000 pseudo-random numbers")
t.fails("invalid order function", "sort with an inconsistent comparator fails",
  table.sort, { 3, 1, 2, 5, 4, 7, 6, 9, 8, 10, 12, 11 }, function() return true end)

t.is(table.concat({ 1, 2, 3 }, ", ", 2, 3), "2, 3", "concat a range")
t.is(table.concat({}), "", "concat of an empty table")
t.fails("invalid value %(table%) at index 2 in table for 'concat'", "concat of a table value fails",
  table.concat, { 1, {}, 3 })

local l = { "a", "b", "c" }
table.insert(l, "d")
table.insert(l, 1, "z")
t.is(table.concat(l), "zabcd", "insert at the end and at the front")
t.is(table.remove(l, 1), "z", "remove returns the element")
t.is(table.remove(l), "d", "remove the last element")
t.is(#l, 3, "length after removals")
t.is(table.concat(table.move({ 1, 2, 3 }, 1, 3, 2), ","), "1,1,2,3", "move overlapping")
local p = table.pack(1, nil, 3)
t.is(p.n, 3, "pack counts nils")
t.is(select("#", table.unpack({ 1, 2, 3 }, 2)), 2, "unpack from an index")

-- metatables
local Vec = {}
Vec.__index = Vec
Vec.__add = function(u, v) return setmetatable({ x = u.x + v.x, y = u.y + v.y }, Vec) end
Vec.__eq = function(u, v) return u.x == v.x and u.y == v.y end
Vec.__tostring = function(v) return "(" .. v.x .. "," .. v.y .. ")" end
Vec.__len = function() return 2 end
Vec.__lt = function(u, v) return u.x < v.x end
function Vec.new(x, y) return setmetatable({ x = x, y = y }, Vec) end
function Vec:dot(v) return self.x * v.x + self.y * v.y end
local v = Vec.new(1, 2) + Vec.new(3, 4)
t.is(tostring(v), "(4,6)", "__add and __tostring")
t.ok(v == Vec.new(4, 6), "__eq")
t.is(#v, 2, "__len")
t.ok(Vec.new(1, 0) < Vec.new(2, 0), "__lt")
t.is(v:dot(Vec.new(1, 1)), 10, "__index method lookup")

local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) return k .. "!" end,
  __newindex = function(_, k, val) log[#log + 1] = k .. "=" .. tostring(val) end,
  __call = function(_, n) return n * 2 end,
})
proxy.a = 1
t.is(proxy.hello .. table.concat(log), "hello!a=1", "__index and __newindex functions")
t.is(proxy(21), 42, "__call")

local weak = setmetatable({}, { __mode = "k" })
weak[{}] = true
collectgarbage()
collectgarbage()
t.is(next(weak), nil, "weak keys are collected")

local closed = {}
do
  local res <close> = setmetatable({}, { __close = function() closed[1] = "closed" end })
end
t.is(closed[1], "closed", "__close runs at the end of the block")
t.done()
