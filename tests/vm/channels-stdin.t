#!/bin/sh
# channels-stdin.t - a channel named /dev/stdin is zerovm's own standard
# input, read through a copy of its descriptor, and what the nexe sees of
# it follows the manifest's type as for any channel: read sequentially
# (type 0) it has no size in the user manifest, whatever stdin is; read
# at offsets (type 1) from a regular file it has the file's size, reads
# land at their offsets and are clamped to it, and the shell's file
# position is left alone; a FIFO on stdin cannot be read at offsets and is
# refused.  zvsh gives stdin from a regular file as type 1 (zvsh(1)).
. "$top_srcdir/tests/vm/iolib.sh"
plan 12
io_trap

printf 'input data\n' >"$tmp/in"
m=$tmp/stdin.manifest

# job TYPE SCRIPT: the io nexe with /dev/stdin of TYPE, logging to $tmp/log.
job() {
	printf "$2" >"$tmp/script"
	rm -f "$tmp/log"
	{
		echo "Channel = /dev/stdin, /dev/stdin, $1, 0, 100, 1000, 0, 0"
		echo "Channel = $tmp/stdout, /dev/stdout, 0, 0, 0, 0, 100, 1000"
		echo "Channel = $tmp/stderr, /dev/stderr, 0, 0, 0, 0, 100, 1000"
		echo "Channel = $tmp/log, /dev/log, 1, 0, 1, 1, 100000, 100000000"
		echo "Channel = $tmp/script, /dev/script, 0, 0, 100, 100000, 0, 0"
	} | manifest "$m" "$(nexe io)"
}

# stdin_of: line 2 of the log, channel 0 as the user manifest has it.
stdin_of() {
	sed -n 2p "$tmp/log" | cut -d' ' -f1-6
}

# --- a regular file, type 1: its size, reads at offsets.
job 1 'm\nr 0 4 6\nr 0 100 0\nr 0 4 11\n'
"$ZEROVM" "$m" <"$tmp/in" >"$tmp/report" 2>"$tmp/zerovm.err"
is "0 ok" "$? $(report 6)" "type 1 on a file: the session ends ok"
is "0 /dev/stdin type 1 size 11" "$(stdin_of)" "... the user manifest gives the file's size"
is "$(printf '= 4 %s\n= 11 %s\n= 0' "$(hex data)" "$(hex 'input data
')")" "$(sed -n '7,$p' "$tmp/log")" "... reads land at their offsets and stop at the size"

# The shell's file position: where it was, for the next command.
job 1 'r 0 100 0\n'
{
	"$ZEROVM" "$m" >"$tmp/report" 2>"$tmp/zerovm.err"
	cat >"$tmp/rest"
} <"$tmp/in"
is "input data" "$(cat "$tmp/rest")" "... reading at offsets leaves the shell's file position alone"

# --- a regular file, type 0: no size; reads go on in order.
job 0 'm\nr 0 6 100\nr 0 100 0\n'
"$ZEROVM" "$m" <"$tmp/in" >"$tmp/report" 2>"$tmp/zerovm.err"
is "0 ok" "$? $(report 6)" "type 0 on a file: the session ends ok"
is "0 /dev/stdin type 0 size 0" "$(stdin_of)" "... a sequential channel has no size"
is "$(printf '= 6 %s\n= 5 %s' "$(hex 'input ')" "$(hex 'data
')")" "$(sed -n '7,$p' "$tmp/log")" "... reads go on from where the last one ended"

# --- a pipe, type 0.
job 0 'm\nr 0 100 0\n'
printf 'abc' | "$ZEROVM" "$m" >"$tmp/report" 2>"$tmp/zerovm.err"
is "0 /dev/stdin type 0 size 0" "$(stdin_of)" "a pipe: no size"
is "= 3 $(hex abc)" "$(sed -n '7,$p' "$tmp/log")" "... and its bytes"

# --- /dev/null, type 0 and type 1.
job 0 'm\n'
"$ZEROVM" "$m" </dev/null >"$tmp/report" 2>"$tmp/zerovm.err"
is "0 /dev/stdin type 0 size 0" "$(stdin_of)" "/dev/null, type 0: no size"
job 1 'm\n'
"$ZEROVM" "$m" </dev/null >"$tmp/report" 2>"$tmp/zerovm.err"
is "0 /dev/stdin type 1 size 0" "$(stdin_of)" "/dev/null, type 1: a character device has no size"

# --- a pipe, type 1: refused before the nexe runs.
job 1 'm\n'
printf 'abc' | "$ZEROVM" "$m" >"$tmp/report" 2>"$tmp/zerovm.err"
is "3 zerovm: $m:5: Channel /dev/stdin: /dev/stdin is a FIFO; type 1 asks for random access it cannot give" \
	"$? $(cat "$tmp/zerovm.err")" "a pipe as a type 1 stdin is refused"
