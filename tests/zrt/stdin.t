#!/bin/sh
# stdin.t - what standard input looks like to a program, for each thing
# a manifest can give it: a file as a random-read channel is a regular
# file of the file's size that can be seeked; a sequential channel has no
# size (the manifest gives it none) and cannot be seeked, and is a
# character device unless nvram's [mapping] names its type; a pipe and
# /dev/null are sequential.  The helper prints "TYPE ST_SIZE END BYTES"
# (tests/zrt/nexe/stdin.c).
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/stdin.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
plan 8
tap_tmpdir
printf 'input data\n' >"$tmp/in"
n=0

# run TYPE [MAPPING]: run the helper with $zrt_stdin as stdin, a channel
# of TYPE, and, if given, "[mapping] channel = /dev/stdin, mode = MAPPING".
run() {
	n=$((n + 1))
	stdin=$zrt_stdin
	zrt_reset
	zrt_stdin=$stdin
	zrt_stdin_type=$1
	if [ -n "${2:-}" ]; then
		printf '[mapping]\nchannel=/dev/stdin, mode=%s\n' "$2" >"$tmp/nvram$n"
		zrt_nvram=$tmp/nvram$n
	fi
	zrt_run "$tmp/run$n" "$nexe"
	out=$(cat "$tmp/run$n/stdout")
	[ "$zrt_status $zrt_state $zrt_code" = "0 ok 0" ] ||
		diag "run $n: zerovm $zrt_status, $zrt_state, code $zrt_code: $(cat "$tmp/run$n/zerovm.err" "$tmp/run$n/stderr")"
}

zrt_stdin=$tmp/in
run 1
is "reg 11 11 11" "$out" "a file as a random-read channel: a regular file of its size, seekable"
run 1 file
is "reg 11 11 11" "$out" "... the same with [mapping] mode = file"
run 0
is "chr 0 ESPIPE 11" "$out" "a file as a sequential channel: a character device, no size, not seekable"
run 0 file
is "reg 0 ESPIPE 11" "$out" "... [mapping] mode = file makes it a regular file, still of no known size"

# An empty file: size 0 either way, and nothing to read.
: >"$tmp/empty"
zrt_stdin=$tmp/empty
run 1 file
is "reg 0 0 0" "$out" "an empty file as a random-read channel: size 0"

# A FIFO, written by a background writer while zerovm reads it.
mkfifo "$tmp/fifo" || bail "mkfifo failed"
zrt_stdin=$tmp/fifo
printf 'abc' >"$tmp/fifo" &
writer=$!
run 0
wait "$writer"
is "chr 0 ESPIPE 3" "$out" "a FIFO: sequential, no size"
printf 'abc' >"$tmp/fifo" &
writer=$!
run 0 pipe
wait "$writer"
is "fifo 0 ESPIPE 3" "$out" "... a FIFO with [mapping] mode = pipe"

zrt_stdin=/dev/null
run 0
is "chr 0 ESPIPE 0" "$out" "/dev/null: a character device with nothing to read"
