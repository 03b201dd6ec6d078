#!/bin/sh
# determinism.t - with the same nexe and nvram, every run prints the same
# bytes, whatever the host's directory, environment and time of day:
# arguments, environment, clocks, random bytes, identity, addresses and
# limits all come from the inputs.  [random] seed changes only the random
# bytes; [time] seconds changes only the wall clock.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/state.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
plan 10
tap_tmpdir

# nvram SEED SECONDS >FILE
nvram() {
	printf '[args]\nargs = state "an argument" x\n[env]\nname=LANG, value=C\nname=HOME, value=/\n'
	printf '[random]\nseed=%s\n[time]\nseconds=%s\n' "$1" "$2"
}
nvram 99 1600000000 >"$tmp/a.nvram"
nvram 100 1600000000 >"$tmp/seed.nvram"
nvram 99 1600000001 >"$tmp/time.nvram"

# run NAME NVRAM: a run in its own directory; the output is $tmp/NAME/stdout.
run() {
	zrt_reset
	[ -n "$2" ] && zrt_nvram=$tmp/$2
	zrt_run "$tmp/$1" "$nexe"
	[ "$zrt_status $zrt_state $zrt_code" = "0 ok 0" ] ||
		diag "$1: zerovm $zrt_status, $zrt_state, code $zrt_code"
}

run a a.nvram
# The same inputs from elsewhere, with another environment, a second later.
sleep 1
(
	cd / && export ZVM_NOISE=something-else HOME=/nowhere TZ=Asia/Tokyo LANG=fr_FR.UTF-8
	run b a.nvram
)
ok "two runs print the same bytes" cmp "$tmp/a/stdout" "$tmp/b/stdout"
ok "... and they print something" grep -q '^random: getentropy [0-9a-f]\{64\}$' "$tmp/a/stdout"
like 'args: argv[1] = an argument' "$(cat "$tmp/a/stdout")" "the output holds the arguments"
like 'time: gettimeofday 1600000000.000000' "$(cat "$tmp/a/stdout")" "... and the [time] clock"

run seed seed.nvram
ok "another seed changes the random bytes" \
	test "$(grep '^random:' "$tmp/a/stdout")" != "$(grep '^random:' "$tmp/seed/stdout")"
is "$(grep -v '^random:' "$tmp/a/stdout")" "$(grep -v '^random:' "$tmp/seed/stdout")" \
	"... and nothing else"

run time time.nvram
ok "another [time] changes the wall clock" \
	test "$(grep '^time:' "$tmp/a/stdout")" != "$(grep '^time:' "$tmp/time/stdout")"
is "$(grep -v '^time:' "$tmp/a/stdout")" "$(grep -v '^time:' "$tmp/time/stdout")" \
	"... and nothing else, not even the monotonic clock"

run none1 ""
run none2 ""
ok "without nvram two runs print the same bytes" cmp "$tmp/none1/stdout" "$tmp/none2/stdout"
like 'args: argv[0] = program' "$(cat "$tmp/none1/stdout")" "... as \"program\""
