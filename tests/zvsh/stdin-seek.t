#!/bin/sh
# stdin-seek.t - standard input from a regular file is a regular file
# inside: seekable, of its real size, starting where the shell left the
# file, and the shell's offset is left where the program left it, so
# that `(prog; cat) < file` continues after what prog used.  Pipes,
# /dev/null and empty files stay streams; an offset reported by a
# hostile program, or a failed session, cannot move it anywhere else.
. "$top_srcdir/tests/zvsh/zvshlib.sh"

seek_skip() {
	rm -rf "$tmp"
	skip_all "$@"
}
zvm_gcc=$top_builddir/toolchain/bin/zvm-gcc
[ -x "$zvm_gcc" ] || seek_skip "toolchain/bin/zvm-gcc is not built (configured with --disable-sysroot?)"
"$zvm_gcc" -O2 -o "$tmp/seekin.nexe" "$top_srcdir/tests/zvsh/seekin.c" >"$tmp/cc.log" 2>&1 ||
	seek_skip "cannot build tests/zvsh/seekin.c with zvm-gcc: $(head -n 1 "$tmp/cc.log")"
plan 38

s=$tmp/seekin.nexe
in=$tmp/in
printf 'abcdefghij\nklmnop\nqrs\n' >"$in" # 22 bytes, lines at 0, 11, 18

# Run "zvsh $opts seekin ARGS" then cat on one standard input, with the
# first line already read by the shell when $pre is "skip"; print what
# both wrote and zvsh's status.
both() {
	{
		[ "${pre:-}" != skip ] || read -r _
		"$ZVSH" ${opts:-} "$s" "$@" 2>"$tmp/err"
		echo "status $?"
		cat
	} <"$in"
}

is "abcdefghij
status 0
klmnop
qrs" "$(both line)" \
	"(prog; cat) < file: cat continues after the line prog used and sought back to"

is "abcdefghij
status 0
klmnop
qrs" "$(both fgets)" "a line read through stdio: exit() seeks back over what stdio read ahead"

is "abcdefghij
klmnop
qrs" "$({
	"$ZVSH" "$s" line
	"$ZVSH" "$s" line
	cat
} <"$in")" "two programs in turn each take one line"
is "" "$(err)" "... nothing on stderr"

is "reg 22
0
[abcd]
[fgh]
4
status 0
efghij
klmnop
qrs" "$(both stat tell read 4 pread 3 5 tell)" \
	"inside: a regular file of its size, at offset 0; pread does not move the offset"

is "[klm]
14
status 0
nop
qrs" "$(pre=skip both read 3 tell)" \
	"(read; prog; cat) < file: prog starts where the shell's read left the file"

is "[ab]
status 0
cdefghij
klmnop
qrs" "$(pre=skip both seek 0 read 2)" \
	"... and may seek back before it, as on Unix"

is "status 0
qrs" "$(both seek 18)" "an offset set by lseek alone is where cat continues"

is "abcdefghij
status 0
klmnop
qrs" "$(both line close)" "close(0) keeps the offset its description had"

is "status 0|" "$(both seek 100)|" "an offset past the end is kept: cat reads nothing"

# The files zvsh writes: a random-read channel, nvram's [stdin], and the
# channel the offset comes back through.
{
	read -r _
	"$ZVSH" --zvm-keep "$tmp/k" "$s" read 1 >/dev/null
} <"$in"
is "Channel = /dev/stdin, /dev/stdin, 3, 0, 1099511627776, 1099511627776, 0, 0" \
	"$(grep '/dev/stdin,' "$tmp/k/manifest")" "the manifest reads stdin at offsets (type 3)"
is "Channel = $tmp/k/stdin-offset, /dev/stdin-offset, 0, 0, 0, 0, 4, 32" \
	"$(grep 'stdin-offset' "$tmp/k/manifest")" "... and has a small channel for the offset"
is "[stdin]
offset = 11, report = /dev/stdin-offset" "$(grep -A1 '^\[stdin\]' "$tmp/k/nvram")" \
	"nvram's [stdin] has the start offset and the report channel"
is "channel = /dev/stdin, mode = file" "$(grep 'channel = /dev/stdin' "$tmp/k/nvram")" \
	"[mapping]: stdin is a file"
is "12" "$(cat "$tmp/k/stdin-offset")" "the program's final offset came back"

# Streams are unchanged: read as they come, no [stdin], no extra channel.
is "fifo 0
ESPIPE
[abcd]
status 0
efghij" "$(printf 'abcdefghij\n' | {
	"$ZVSH" "$s" stat tell read 4 2>"$tmp/err"
	echo "status $?"
	cat
})" "stdin from a pipe: a FIFO, not seekable, and cat gets what the program left"
printf 'abc\n' | "$ZVSH" --zvm-keep "$tmp/p" "$s" read 1 >/dev/null
is "Channel = /dev/stdin, /dev/stdin, 0, 0, 1099511627776, 1099511627776, 0, 0" \
	"$(grep -v stdin-offset "$tmp/p/manifest" | grep '/dev/stdin,')" "... a sequential channel"
is "0" "$(grep -c 'stdin-offset\|\[stdin\]' "$tmp/p/manifest" "$tmp/p/nvram" |
	awk -F: '{ n += $2 } END { print n }')" "... with neither [stdin] nor a report channel"
is "chr 0
ESPIPE" "$("$ZVSH" "$s" stat tell </dev/null)" "stdin from /dev/null: a character device"
: >"$tmp/empty"
is "fifo 0
ESPIPE" "$("$ZVSH" "$s" stat tell <"$tmp/empty")" \
	"an empty regular file is read as a stream (a /proc file's size is 0 too)"

# What comes back is the sandbox's: only a plain decimal number and a
# newline moves the offset; anything else leaves it at the start, with a
# message that says so.
bad='zvsh: standard input: the program reported no valid offset to leave it at; it stays at offset 11'
for case in 'x\n' '-1\n' '12' ' 12\n' '0x10\n' '12\n12\n' '+12\n' \
	'9223372036854775808\n' '99999999999999999999\n'; do
	is "status 0
klmnop
qrs|$bad" "$(pre=skip both report "$case" zexit 0)|$(err)" \
		"a report of '$(printf '%s' "$case" | sed 's/\\n/<NL>/g')' is refused; the offset stays at the start"
done
is "status 0
klmnop
qrs|seekin: report: 32 of 39 bytes written
$bad" "$(pre=skip both report 123456789012345678901234567890123456789 zexit 0)|$(err)" \
	"a report longer than the channel's 32 bytes is cut by the quota and refused"
is "[kl]
status 0
klmnop
qrs|$bad" "$(pre=skip both read 2 report 'junk\n')|$(err)" \
	"junk written before ZRT's own report spoils it: refused as a whole"
is "[kl]
status 0
klmnop
qrs|" "$(pre=skip both read 2 zexit 0)|$(err)" \
	"no report (the program left without ZRT's exit): the start, silently"
is "status 3
qrs|" "$(pre=skip both report '18\n' zexit 3)|$(err)" \
	"a well-formed report is an offset the program could have sought to: used"

# A session that does not end ok keeps nothing of the program's: the
# offset stays where it started.
is "status 139
klmnop
qrs" "$(pre=skip both seek 18 crash)" "a crashed program: stdin stays at the start"
like "zvsh: Signal 11 from untrusted code" "$(err)" "... and zvsh says how the session ended"
is "status 124
klmnop
qrs" "$(opts="--zvm-timeout 1" pre=skip both seek 18 spin)" "a session timeout: stdin stays at the start"

# The same input, the same outputs and offsets.
a=$(pre=skip both line read 3 tell)
b=$(pre=skip both line read 3 tell)
is "$a" "$b" "two runs give the same output and leave the same offset"

is "" "$(workdirs_left)" "no work directory is left behind"
