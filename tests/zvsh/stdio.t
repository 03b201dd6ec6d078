#!/bin/sh
# stdio.t - zvsh's standard streams are the program's: pipes, files
# (sharing the shell's file position), /dev/null, closed streams; and
# nvram's [mapping] says what each really is.  stdin-seek.t has the rest
# of standard input from a regular file.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 21

echo=$(nexe echo)
io=$(nexe io)

printf abc | "$ZVSH" "$echo" >"$tmp/out" 2>"$tmp/err"
is "3 abc" "$? $(out)" "stdin from a pipe reaches the program; its code is zvsh's"
is "" "$(err)" "nothing on stderr"

printf 'line one\nline two\n' >"$tmp/in"
"$ZVSH" "$echo" <"$tmp/in" >"$tmp/out"
is 18 "$?" "stdin from a file"
ok "... copied byte for byte" cmp -s "$tmp/in" "$tmp/out"

"$ZVSH" "$echo" </dev/null >"$tmp/out"
is "0 0" "$? $(wc -c <"$tmp/out" | tr -d ' ')" "stdin from /dev/null: nothing to copy"

"$ZVSH" "$echo" <&- >"$tmp/out" 2>"$tmp/err"
is "0 0" "$? $(wc -c <"$tmp/out" | tr -d ' ')" "a closed stdin reads as empty"

# A megabyte through pipes on both sides.
head -c 1048576 /dev/urandom >"$tmp/big"
cat "$tmp/big" | "$ZVSH" "$echo" | cat >"$tmp/out"
ok "1 MiB through pipes in and out" cmp -s "$tmp/big" "$tmp/out"

# >> appends where the shell left the file.
echo first >"$tmp/app"
"$ZVSH" "$echo" <"$tmp/in" >>"$tmp/app"
is "first
line one
line two" "$(cat "$tmp/app")" ">> appends after what the file held"

# Several commands writing one stream, in order.
{
	echo before
	"$ZVSH" "$echo" <"$tmp/in"
	echo after
} >"$tmp/seq"
is "before
line one
line two
after" "$(cat "$tmp/seq")" "the program's output lands between its neighbours'"

script 'w 2 0 to stderr\nw 1 0 to stdout\ne 0\n'
zvsh_run --zvm-in "script=$tmp/script" "$io"
is "to stdout" "$(out)" "stdout passes through"
is "to stderr" "$(err)" "stderr passes through"

# [mapping]: pipe, file and char, as the host has them.
echo x | "$ZVSH" --zvm-keep "$tmp/k" --zvm-in "script=$tmp/script" "$io" >"$tmp/out" 2>/dev/null
is "channel = /dev/stdin, mode = pipe" "$(grep 'channel = /dev/stdin' "$tmp/k/nvram")" \
	"[mapping]: a pipe on stdin is a pipe"
is "channel = /dev/stdout, mode = file" "$(grep 'channel = /dev/stdout' "$tmp/k/nvram")" \
	"[mapping]: a file on stdout is a file"
is "channel = /dev/stderr, mode = char" "$(grep 'channel = /dev/stderr' "$tmp/k/nvram")" \
	"[mapping]: /dev/null on stderr is a character device"
"$ZVSH" --zvm-keep "$tmp/k" --zvm-in "script=$tmp/script" "$io" <"$tmp/in" 2>"$tmp/err" |
	cat >/dev/null
is "channel = /dev/stdin, mode = file" "$(grep 'channel = /dev/stdin' "$tmp/k/nvram")" \
	"[mapping]: a file on stdin is a file: a channel read at offsets, of its size"
is "channel = /dev/stdout, mode = pipe" "$(grep 'channel = /dev/stdout' "$tmp/k/nvram")" \
	"[mapping]: a pipe on stdout is a pipe"

# What the program sees: type, st_size, lseek(SEEK_END), bytes read
# (tests/zrt/nexe/stdin.c); and the shell's file position moves.
stdin_nexe=$top_builddir/tests/zrt/nexe/stdin.nexe
if [ -f "$stdin_nexe" ]; then
	is "reg 18 18 18" "$("$ZVSH" "$stdin_nexe" <"$tmp/in")" \
		"inside, stdin from a file is a regular file of its size, seekable"
	is "fifo 0 ESPIPE 3" "$(printf abc | "$ZVSH" "$stdin_nexe")" \
		"stdin from a pipe is a FIFO"
	is "chr 0 ESPIPE 0" "$("$ZVSH" "$stdin_nexe" </dev/null)" \
		"stdin from /dev/null is a character device"
	is "fifo 0 ESPIPE 9 fifo 0 ESPIPE 0" \
		"$(printf 'line one\nline two\n' | { read -r line; "$ZVSH" "$stdin_nexe"; "$ZVSH" "$stdin_nexe"; } | tr '\n' ' ' | sed 's/ $//')" \
		"a program reads on from the shell's position in a pipe, and moves it"
else
	for i in 1 2 3 4; do
		skip "$stdin_nexe is not built (configured with --disable-sysroot?)"
	done
fi
is "" "$(workdirs_left)" "no work directory is left behind"
