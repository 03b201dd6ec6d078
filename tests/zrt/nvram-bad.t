#!/bin/sh
# nvram-bad.t - a malformed nvram stops the program before any of its code
# runs (constructors included): the session ends ok with status 126 and
# one line on stderr, "nvram:LINE: what is wrong".  A good one, an empty
# one and none at all let it run.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/main-ran.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
plan 45
tap_tmpdir
n=0

# run NAME: run the nexe with $tmp/NAME.nvram as its nvram (none if absent).
run() {
	n=$((n + 1))
	zrt_reset
	[ -f "$tmp/$1.nvram" ] && zrt_nvram=$tmp/$1.nvram
	zrt_run "$tmp/run$n" "$nexe"
	out=$(cat "$tmp/run$n/stdout")
	err=$(cat "$tmp/run$n/stderr")
}

# bad NAME MESSAGE: the nvram in $tmp/NAME.nvram is refused with MESSAGE.
bad() {
	run "$1"
	is "0 ok 126" "$zrt_status $zrt_state $zrt_code" "$1: the session ends ok with status 126"
	is "$2" "$err" "$1: stderr says what is wrong, and where"
	is "" "$out" "$1: neither a constructor nor main ran"
}

# good NAME ARGV0: the program runs, with argv[0] = ARGV0.
good() {
	run "$1"
	is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "$1: the session ends ok with status 0"
	is "constructor ran
main ran: $2" "$out" "$1: the constructor and main ran"
	is "" "$err" "$1: nothing on stderr"
}

printf '[args]\nargs=prog\n[bogus]\n' >"$tmp/section.nvram"
bad section 'nvram:3: unknown section [bogus]'

printf '[env]\nname=A, value=a\\qb\n' >"$tmp/escape.nvram"
bad escape 'nvram:2: bad escape: write \xHH, with two hex digits'

awk 'BEGIN { while (n < 131073) { printf "#"; n++ } }' >"$tmp/long.nvram"
bad long 'nvram:1: longer than 131072 bytes'

awk 'BEGIN { print "[env]"; for (i = 0; i < 101; i++) printf "name=V%d, value=%d\n", i, i }' \
	>"$tmp/records.nvram"
bad records 'nvram:102: more than 100 records in [env]'

printf '[fstab]\nchannel=/dev/a, mountpoint=/a, access=ro, removable=no, fsname=tar, x=1\n' \
	>"$tmp/keys.nvram"
bad keys 'nvram:2: more than 5 keys in a record'

printf '# mapping\n[mapping]\nchannel=/dev/stdin, colour=red\n' >"$tmp/key.nvram"
bad key 'nvram:3: unknown key "colour" in [mapping]'

printf '[args]\r\nargs=prog\r\n' >"$tmp/crlf.nvram"
bad crlf 'nvram:1: control byte \x0d: write it as an escape'

printf '[time]\nseconds=yesterday\n' >"$tmp/time.nvram"
bad time 'nvram:2: seconds= must be a number of seconds since 1970, at most 9223372036853'

# [stdin] is checked against the manifest: here /dev/stdin is sequential
# and the only writable channels are stdout and stderr.
printf '[args]\nargs=prog\n[stdin]\noffset=5\n' >"$tmp/stdin-seq.nvram"
bad stdin-seq 'nvram:4: offset=5: /dev/stdin is not a channel read at offsets (type 1 or 3)'

printf '[stdin]\nreport=/dev/nope\n' >"$tmp/stdin-nochan.nvram"
bad stdin-nochan 'nvram:2: report=/dev/nope: no such channel'

printf '[stdin]\nreport=/dev/nvram\n' >"$tmp/stdin-ro.nvram"
bad stdin-ro 'nvram:2: report=/dev/nvram: the channel cannot be written'

printf '[args]\nargs=seq\n[stdin]\noffset=0, report=/dev/stderr\n' >"$tmp/stdin-zero.nvram"
run stdin-zero
is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "stdin-zero: a sequential stdin may start at 0"
is "0" "$err" "stdin-zero: the offset is reported into the channel report= names"

# Exactly at the limit: 131072 bytes, the args last.
awk 'BEGIN { for (i = 0; i < 13105; i++) print "#########"; printf "[args]\nargs=limit\n####" }' \
	>"$tmp/limit.nvram"
is 131072 "$(wc -c <"$tmp/limit.nvram" | tr -d ' ')" "the limit test's nvram is 131072 bytes"
good limit limit

: >"$tmp/empty.nvram"
good empty program
good none program
