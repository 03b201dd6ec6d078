-- os.lua - time, date, clock, getenv, remove, rename, tmpname in the
-- scratch directory given as arg[1].
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(22)
local dir = assert(arg[1], "usage: os.lua SCRATCHDIR")

local now = os.time()
t.ok(math.type(now) == "integer" and now > 1e9, "os.time is an integer of this era")
t.is(os.time({ year = 2000, month = 1, day = 1, hour = 12 }) - os.time({ year = 1999, month = 12, day = 31, hour = 12 }),
  86400, "os.time of a table")
t.is(os.date("!%Y-%m-%d %H:%M:%S", 0), "1970-01-01 00:00:00", "os.date of the epoch in UTC")
t.is(os.date("!%Y-%m-%dT%H:%M:%S", 1234567890), "2009-02-13T23:31:30", "os.date of a known time")
local d = os.date("!*t", 86400 * 366)
t.is(d.year * 10000 + d.month * 100 + d.day, 19710102, "os.date *t fields")
t.is(d.wday, 7, "os.date *t week day")
t.is(os.date("!%j %a %b", 86400 * 40), "041 Tue Feb", "os.date %j %a %b")
-- Nothing of the host's time zone reaches the sandbox: local time is UTC.
t.is(os.date("%Y-%m-%d %H:%M", 3600 * 5), "1970-01-01 05:00", "local time is UTC")
t.is(os.difftime(now + 10, now), 10.0, "os.difftime")
t.fails("invalid conversion specifier", "os.date with a bad format fails", os.date, "%Ez")
local c = os.clock()
t.ok(math.type(c) == "float" and c >= 0, "os.clock is a non-negative float")
local s = 0
for i = 1, 200000 do s = s + i end
t.ok(os.clock() >= c, "os.clock does not go backwards")

t.is(os.getenv("LUA_TEST_VAR"), "hello zerovm", "os.getenv of a set variable")
t.is(os.getenv("LUA_TEST_UNSET_VARIABLE"), nil, "os.getenv of an unset variable")

local a, b = dir .. "/os-a.txt", dir .. "/os-b.txt"
local f = assert(io.open(a, "w")); f:write("data"); f:close()
t.ok(os.rename(a, b), "os.rename")
t.is(io.open(a), nil, "the old name is gone")
f = assert(io.open(b)); t.is(f:read("a"), "data", "the new name has the data"); f:close()
t.ok(os.remove(b), "os.remove")
local r, err = os.remove(b)
t.ok(r == nil and err:find("No such file or directory", 1, true), "os.remove of a missing file")
local tmp = os.tmpname()
t.ok(type(tmp) == "string" and #tmp > 0, "os.tmpname gives a name")
f = io.open(tmp, "w")
t.ok(f ~= nil, "the temporary name can be written")
if f then f:close() end
os.remove(tmp)
-- A nexe starts no programs: system(NULL) says there is no shell.
t.is(os.execute(), false, "os.execute() finds no shell")
t.done()
