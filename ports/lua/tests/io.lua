-- io.lua - files in the scratch directory given as arg[1]: write, read
-- formats, lines, seek, append, buffering modes, errors.
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(27)
local dir = assert(arg[1], "usage: io.lua SCRATCHDIR")
local path = dir .. "/io-test.txt"

local f = assert(io.open(path, "w"))
t.is(io.type(f), "file", "io.type of an open file")
t.ok(f:write("line one\n", 42, " ", 3.5, "\n", "last line") == f, "write returns the file")
f:close()
t.is(io.type(f), "closed file", "io.type of a closed file")
t.fails("attempt to use a closed file", "writing a closed file fails", f.write, f, "x")

f = assert(io.open(path, "r"))
t.is(f:read("l"), "line one", "read a line")
t.is(f:read("n"), 42, "read an integer")
t.is(f:read("n"), 3.5, "read a float")
t.is(f:read("L"), "\n", "read L keeps the newline")
t.is(f:read(4), "last", "read a count of bytes")
t.is(f:read("a"), " line", "read the rest")
t.is(f:read("a"), "", "read a at the end is empty")
t.is(f:read("l"), nil, "read l at the end is nil")
f:close()

local n, lines = 0, {}
for line in io.lines(path) do n = n + 1; lines[n] = line end
t.is(n, 3, "io.lines counts lines")
t.is(lines[2], "42 3.5", "io.lines content")
local chunks = {}
for c in io.lines(path, 4) do chunks[#chunks + 1] = c end
t.is(chunks[1] .. "|" .. #chunks, "line|7", "io.lines with a byte count")

f = assert(io.open(path, "r+"))
t.is(f:seek("end"), 25, "seek end gives the size")
t.is(f:seek("set", 5), 5, "seek set")
t.is(f:read(3), "one", "read after seek")
t.is(f:seek("cur", -3), 5, "seek cur backwards")
f:write("ONE")
f:seek("set")
t.is(f:read("l"), "line ONE", "overwrite in place")
f:close()

f = assert(io.open(path, "a"))
f:write("\nappended")
f:close()
f = assert(io.open(path, "rb"))
local all = f:read("a")
f:close()
t.like(all, "last line\nappended$", "append mode writes at the end")

f = assert(io.open(path, "w"))
t.ok(f:setvbuf("full", 1024), "setvbuf full")
for i = 1, 1000 do f:write(string.format("%04d\n", i)) end
f:close()
f = assert(io.open(path))
local size = f:seek("end")
f:close()
t.is(size, 5000, "1000 buffered writes")

local nf, err, code = io.open(dir .. "/no/such/file", "r")
t.is(nf, nil, "opening a missing file returns nil")
t.like(err, "No such file or directory", "and a message")
t.ok(math.type(code) == "integer" and code > 0, "and an errno")

io.output():setvbuf("no")
t.ok(io.write("") == io.output(), "io.write returns the default output")
t.done()
