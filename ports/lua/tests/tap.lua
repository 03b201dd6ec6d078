-- tap.lua - the TAP helpers every script of the Lua suite loads with
--   local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
-- A script calls t.plan(N) first, then the assertions; t.done() ends it
-- with status 1 when an assertion failed or the plan was not met.

local t = {}
local count, failed, planned = 0, 0, nil

local function show(v)
  if type(v) == "string" then
    return string.format("%q", v)
  end
  return tostring(v) .. " (" .. (math.type(v) or type(v)) .. ")"
end

function t.plan(n)
  planned = n
  io.write("1..", n, "\n")
end

function t.ok(cond, desc)
  count = count + 1
  if cond then
    io.write("ok ", count, " - ", desc, "\n")
  else
    failed = failed + 1
    io.write("not ok ", count, " - ", desc, "\n")
  end
  return cond
end

-- is: equal values of the same type (an integer 1 is not the float 1.0).
function t.is(seen, wanted, desc)
  local same = seen == wanted and math.type(seen) == math.type(wanted)
  if not t.ok(same, desc) then
    io.write("# wanted: ", show(wanted), "\n#   seen: ", show(seen), "\n")
  end
  return same
end

-- like: a string matching a Lua pattern.
function t.like(seen, pattern, desc)
  local good = type(seen) == "string" and seen:find(pattern) ~= nil
  if not t.ok(good, desc) then
    io.write("# wanted to match: ", pattern, "\n#   seen: ", tostring(seen), "\n")
  end
  return good
end

-- near: floats within a relative tolerance.
function t.near(seen, wanted, eps, desc)
  local good = type(seen) == "number" and math.abs(seen - wanted) <= eps * math.max(1, math.abs(wanted))
  if not t.ok(good, desc) then
    io.write("# wanted: ", tostring(wanted), " +- ", tostring(eps), "\n#   seen: ", tostring(seen), "\n")
  end
  return good
end

-- fails: f(...) raises an error whose message matches pattern.
function t.fails(pattern, desc, f, ...)
  local good, err = pcall(f, ...)
  good = not good and type(err) == "string" and err:find(pattern) ~= nil
  if not t.ok(good, desc) then
    io.write("# wanted an error matching: ", pattern, "\n#   got: ", tostring(err), "\n")
  end
  return good
end

function t.diag(msg)
  io.write("# ", msg, "\n")
end

function t.done()
  io.stdout:flush()
  if planned ~= count then
    io.stderr:write("# planned ", tostring(planned), " tests but ran ", count, "\n")
    os.exit(1)
  end
  os.exit(failed == 0 and 0 or 1)
end

return t
