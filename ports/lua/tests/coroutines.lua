-- coroutines.lua - create/resume/yield, wrap, status, errors, close.
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(16)

local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
t.is(coroutine.status(co), "suspended", "a new coroutine is suspended")
t.is(select(2, coroutine.resume(co, 1, 2)), 3, "first resume passes arguments")
t.is(select(2, coroutine.resume(co, 10)), 20, "yield returns resume's values")
t.is(select(2, coroutine.resume(co, 3, 4)), 7, "the return value ends it")
t.is(coroutine.status(co), "dead", "a finished coroutine is dead")
local ok, err = coroutine.resume(co)
t.ok(not ok and err == "cannot resume dead coroutine", "resuming a dead coroutine fails")

local gen = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield(i * i) end
end)
t.is(gen() + gen() + gen(), 14, "wrap as a generator")

local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local sum = 0
for i in range(100) do sum = sum + i end
t.is(sum, 5050, "wrap as a for iterator")

local bad = coroutine.create(function() error("boom") end)
ok, err = coroutine.resume(bad)
t.ok(not ok and err:find("boom$") ~= nil, "an error inside is returned by resume")
t.fails("boom", "wrap propagates errors", coroutine.wrap(function() error("boom") end))

local inner
local outer = coroutine.create(function()
  inner = coroutine.running()
  t.ok(coroutine.isyieldable(), "isyieldable inside a coroutine")
  coroutine.yield()
end)
coroutine.resume(outer)
t.ok(inner == outer and not coroutine.isyieldable(), "running and isyieldable outside")

local closed = false
local c2 = coroutine.create(function()
  local r <close> = setmetatable({}, { __close = function() closed = true end })
  coroutine.yield()
end)
coroutine.resume(c2)
t.ok(coroutine.close(c2) and closed, "close runs pending to-be-closed variables")
t.is(coroutine.status(c2), "dead", "a closed coroutine is dead")

-- deep nesting of coroutines: producer/filter/consumer
local function producer()
  return coroutine.wrap(function() for i = 1, 20 do coroutine.yield(i) end end)
end
local function filter(src)
  return coroutine.wrap(function()
    for v in src do if v % 3 == 0 then coroutine.yield(v) end end
  end)
end
local got = {}
for v in filter(producer()) do got[#got + 1] = v end
t.is(table.concat(got, ","), "3,6,9,12,15,18", "a pipeline of coroutines")
local depth = 0
local function nest(n)
  if n == 0 then return 0 end
  local c = coroutine.wrap(function() coroutine.yield(nest(n - 1) + 1) end)
  return c()
end
t.is(nest(150), 150, "150 nested coroutines")
t.done()
