#!/bin/sh
# attack.sh - runs one attack of tests/security/ and checks its outcome.
#
# automake runs it as the log compiler of every tests/security/NAME.nexe.
# The attack's source, tests/security/NAME.c, says in its header comment
# what must happen, one "KEY: VALUE" line each:
#
#   expect-state: TEXT    the report's exit state (line 6) contains TEXT,
#                         and ends with it (so that an address cannot match
#                         a longer one); {KEY} in TEXT stands for the value
#                         the nexe printed as "KEY=VALUE" on its stderr
#                         channel
#   expect-status: N      zerovm's exit status
#   expect-stdout: TEXT   one line of the nexe's stdout (repeatable; the
#                         lines together must be the whole output)
#   expect-return: N      the nexe's return code (report line 3)
#   stdin: TEXT           what the nexe reads on stdin (printf %b escapes)
#   requires-cpu-flag: F  skip, saying why, when /proc/cpuinfo lacks F
#   requires: vsyscall    skip when the kernel maps no vsyscall page
#
# The nexe's stdout and stderr are zerovm's descriptors 4 and 5, so that
# they are written in place and survive a session that does not end ok.
. "$top_srcdir/tests/tap/libtap.sh"

nexe=$1
name=$(basename "$nexe" .nexe)
src=$top_srcdir/tests/security/$name.c
[ -f "$src" ] || bail "$src: no such attack"
case $nexe in
/*) ;;
*) nexe=$(pwd)/$nexe ;;
esac

# expect KEY: every value of "KEY:" in the header comment, one a line.
expect() {
	sed -n '/\*\//q; s/^ \* '"$1"': *//p' "$src"
}

state=$(expect expect-state)
status_want=$(expect expect-status)
stdout_want=$(expect expect-stdout)
return_want=$(expect expect-return)
flag=$(expect requires-cpu-flag)
needs=$(expect requires)
[ -n "$state" ] && [ -n "$status_want" ] || bail "$src: expect-state and expect-status are required"

if [ -n "$flag" ] && ! grep -qw -- "$flag" /proc/cpuinfo; then
	skip_all "this CPU lacks the '$flag' feature the attack needs to be refused"
fi

case $needs in
vsyscall)
	grep -q '\[vsyscall\]' /proc/self/maps ||
		skip_all "the kernel maps no vsyscall page (vsyscall=none): nothing to attack"
	;;
'') ;;
*) bail "$src: unknown requirement '$needs'" ;;
esac

plan_lazy
tap_tmpdir
# The title: the header comment's first sentence.
diag "$(sed -n '2,/^ \*$/{/^ \*$/d; s/^ \* //p}' "$src" | tr '\n' ' ' | sed 's/ *$//')"

printf '%b' "$(expect stdin)" >"$tmp/stdin"
{
	echo "Version = 20130611"
	echo "Program = $nexe"
	echo "Memory = 33554432, 0"
	echo "Timeout = 10"
	echo "Channel = $tmp/stdin, /dev/stdin, 0, 0, 1000, 1000000, 0, 0"
	echo "Channel = /dev/fd/4, /dev/stdout, 0, 0, 0, 0, 1000, 1000000"
	echo "Channel = /dev/fd/5, /dev/stderr, 0, 0, 0, 0, 1000, 1000000"
} >"$tmp/attack.manifest"

"$top_builddir/zerovm" -T "$tmp/report" "$tmp/attack.manifest" >"$tmp/zerovm.out" \
	2>"$tmp/zerovm.err" 4>"$tmp/stdout" 5>"$tmp/stderr" </dev/null
status=$?

# Put the nexe's "KEY=VALUE" notes into the expected state.
want=$state
missing=
while :; do
	case $want in
	*\{*\}*) ;;
	*) break ;;
	esac
	key=${want#*\{}
	key=${key%%\}*}
	value=$(sed -n "s/^$key=//p" "$tmp/stderr" | tail -n 1)
	[ -n "$value" ] || { missing="$missing $key"; value="<no $key>"; }
	head=${want%%\{"$key"\}*}
	want=$head$value${want#*\{"$key"\}}
done
[ -z "$missing" ] || diag "the nexe did not print:$missing"

is "$status_want" "$status" "$name: zerovm exits with status $status_want"
seen=$(sed -n 6p "$tmp/report")
case $seen in
*"$want") tap_result 0 "$name: exit state '$want'" ;;
*)
	tap_result 1 "$name: exit state '$want'"
	diag "  seen: $seen"
	;;
esac
is 6 "$(wc -l <"$tmp/report")" "$name: the report has six lines"
[ -z "$stdout_want" ] ||
	is "$stdout_want" "$(cat "$tmp/stdout")" "$name: the nexe's output"
[ -z "$return_want" ] ||
	is "$return_want" "$(sed -n 3p "$tmp/report")" "$name: return code $return_want"
is "" "$(cat "$tmp/zerovm.out" "$tmp/zerovm.err")" "$name: zerovm printed nothing of its own"
