-- closures.lua - upvalues, goto, varargs, integer and float for loops.
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(14)

local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
c1(); c1()
t.is(c1() * 10 + c2(), 31, "each closure has its own upvalue")

local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
t.is(fs[1]() + fs[2]() * 10 + fs[3]() * 100, 321, "a fresh loop variable per iteration")

local function shared()
  local v = 0
  return function() v = v + 1 end, function() return v end
end
local inc, get = shared()
inc(); inc()
t.is(get(), 2, "two closures share an upvalue")

-- goto
local out = {}
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  out[#out + 1] = i
  ::continue::
end
t.is(table.concat(out), "135", "goto continue")
local n = 0
::again::
n = n + 1
if n < 10 then goto again end
t.is(n, 10, "backward goto loops")
do
  local i, j, found = 1, 1, nil
  for a = 1, 9 do
    for b = 1, 9 do
      if a * b == 42 then found = a .. "x" .. b; goto done end
    end
  end
  ::done::
  t.is(found, "6x7", "goto out of nested loops")
end

-- varargs
local function va(...) return select("#", ...), ... end
t.is(va(nil, nil), 2, "select # counts trailing nils")
t.is(select(-1, 1, 2, 3), 3, "select with a negative index")
local function sum(...)
  local s = 0
  for _, v in ipairs({ ... }) do s = s + v end
  return s
end
t.is(sum(1, 2, 3, 4), 10, "varargs into a table")

-- numeric for
local cnt = 0
for i = 1, 0 do cnt = cnt + 1 end
t.is(cnt, 0, "an empty for loop")
local last
for i = 1, 2, 0.5 do last = i end
t.is(last, 2.0, "float for loop")
cnt = 0
for i = math.maxinteger - 2, math.maxinteger do cnt = cnt + 1 end
t.is(cnt, 3, "for loop up to maxinteger stops")
t.fails("'for' step is zero", "zero step fails", function() for i = 1, 2, 0 do end end)

-- tail calls do not grow the stack
local function loop(k) if k == 0 then return "done" end return loop(k - 1) end
t.is(loop(1000000), "done", "a million tail calls")
t.done()
