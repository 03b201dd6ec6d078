-- strings.lua - string.format, patterns, gsub, string.pack, utf8.
local t = dofile((arg[0]:match("^(.*/)") or "") .. "tap.lua")
t.plan(40)

-- string.format
t.is(string.format("%d|%5d|%-5d|%05d", 42, 42, 42, 42), "42|   42|42   |00042", "format %d with widths")
t.is(string.format("%x %X %o", 255, 255, 8), "ff FF 10", "format %x %X %o")
t.is(string.format("%.3f %e", 3.14159, 12345.678), "3.142 1.234568e+04", "format %f %e")
t.is(string.format("%g %g %g", 1e20, 0.1, 100), "1e+20 0.1 100", "format %g")
t.is(string.format("%a", 1.0), "0x1p+0", "format %a")
t.is(string.format("%q", "a\nb\0c\""), '"a\\\nb\\0c\\""', "format %q escapes")
t.is(string.format("%q", math.mininteger), "0x8000000000000000", "format %q mininteger")
t.is(string.format("%s %s %s", nil, true, 12), "nil true 12", "format %s with tostring")
t.is(string.format("%10.4s|", "abcdefgh"), "      abcd|", "format %10.4s")
t.is(string.format("%c%c%c", 76, 117, 97), "Lua", "format %c")
t.is(string.format("%5.1f%%", 99.55), " 99.5%", "format %% and rounding to even")
t.fails("bad argument #2 to '[%w.]*format' %(number expected, got string%)", "format %d of a non-number fails", string.format, "%d", "x")

-- basic functions
t.is(("hello"):upper(), "HELLO", "upper")
t.is(("abc"):rep(3, "-"), "abc-abc-abc", "rep with separator")
t.is(("hello"):sub(2, -2), "ell", "sub with a negative end")
t.is(("hello"):reverse(), "olleh", "reverse")
t.is(#"\u{48}\u{49}", 2, "length of escapes")
t.is(select("#", ("abc"):byte(1, -1)), 3, "byte returns every code")

-- patterns
t.is(("key = value"):match("^(%w+)%s*=%s*(%w+)$"), "key", "match captures")
t.is(select(2, ("key = value"):match("^(%w+)%s*=%s*(%w+)$")), "value", "match second capture")
t.is(("  trim me  "):match("^%s*(.-)%s*$"), "trim me", "lazy match trims")
t.is(("THE (quick) fox"):find("%((%a+)%)"), 5, "find with escaped parens")
t.is(("abc"):find("b", 1, true), 2, "plain find")
t.is(("[[x]]"):match("%b[]"), "[[x]]", "balanced match %b")
t.is(("THE (quick) fox"):match("%f[%a]%a+", 5), "quick", "frontier pattern")
t.is(("hello world"):match("()o()"), 5, "position captures")
local words = {}
for w in ("one two  three"):gmatch("%a+") do words[#words + 1] = w end
t.is(table.concat(words, ","), "one,two,three", "gmatch iterates words")
local pairs_seen = {}
for k, v in ("a=1, b=2"):gmatch("(%w+)=(%w+)") do pairs_seen[#pairs_seen + 1] = k .. v end
t.is(table.concat(pairs_seen), "a1b2", "gmatch with two captures")

-- gsub
t.is(("hello world"):gsub("o", "0"), "hell0 w0rld", "gsub plain replacement")
t.is(select(2, ("hello world"):gsub("o", "0")), 2, "gsub counts replacements")
t.is(("hello world"):gsub("(%w+) (%w+)", "%2 %1"), "world hello", "gsub swaps captures")
t.is(("$name is $age"):gsub("%$(%w+)", { name = "Lua", age = 30 }), "Lua is 30", "gsub with a table")
t.is(("abc"):gsub("%w", function(c) return c:byte() .. "," end), "97,98,99,", "gsub with a function")
t.is(("abc"):gsub("", "-"), "-a-b-c-", "gsub of the empty pattern")
t.is(("aaa"):gsub("a", "b", 2), "bba", "gsub with a limit")
t.fails("invalid capture index", "gsub with a bad capture index fails", string.gsub, "x", "x", "%2")

-- string.pack
t.is(string.unpack("<i4", string.pack("<i4", -2)), -2, "pack/unpack i4")
t.is(#string.pack(">I2 s1 z", 1, "ab", "cd"), 2 + 3 + 3, "pack size of I2 s1 z")

-- utf8
local s = "häll€ 𝄞"
t.is(utf8.len(s), 7, "utf8.len counts code points")
local cps = {}
for _, c in utf8.codes(s) do cps[#cps + 1] = c end
t.is(utf8.char(table.unpack(cps)) == s and cps[5] == 0x20AC and cps[7] == 0x1D11E, true,
  "utf8.codes and utf8.char round trip")
t.done()
