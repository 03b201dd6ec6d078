#!/bin/sh
# lookup.t - which zerovm zvsh runs ($ZEROVM, then the one beside zvsh,
# then PATH), and how each way zerovm itself can end maps to zvsh's
# status.  Stand-in zerovms (shell scripts) record that they ran and end
# as told.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 31

io=$(nexe io)
script 'e 0\n'

# fake DIR NAME HOW: a stand-in zerovm in DIR that writes NAME to
# $tmp/ran and then does HOW: "ok CODE" writes an ok report with return
# code CODE and exits 0; "exit N" exits N without a report; "report N
# STATE" writes a report with exit state STATE and exits N; "kill" kills
# itself with SIGKILL; "garbage" exits 0 with a broken report.
fake() {
	mkdir -p "$1"
	cat >"$1/zerovm" <<EOT
#!/bin/sh
# called as: zerovm -T REPORT MANIFEST
echo $2 >"$tmp/ran"
[ "\$1" = -T ] && [ -f "\$3" ] || exit 99
set -- "\$2" $3
case \$2 in
ok) printf '2\n0\n%s\ndisabled\n0.00 0.00 0 0 0 0 0 0 0 0\nok\n' "\$3" >"\$1"; exit 0 ;;
exit) exit "\$3" ;;
report) r=\$1; n=\$3; shift 3; printf '2\n0\n0\ndisabled\n0.00 0.00 0 0 0 0 0 0 0 0\n%s\n' "\$*" >"\$r"; exit "\$n" ;;
kill) kill -KILL \$\$ ;;
garbage) echo nonsense >"\$1"; exit 0 ;;
esac
EOT
	chmod +x "$1/zerovm"
}

# Copies of zvsh, alone or beside a stand-in.
mkdir -p "$tmp/beside" "$tmp/alone" "$tmp/real"
cp "$ZVSH" "$tmp/beside/zvsh"
cp "$ZVSH" "$tmp/alone/zvsh"
cp "$ZVSH" "$tmp/real/zvsh"
cp "$ZEROVM" "$tmp/real/zerovm"
fake "$tmp/beside" beside "ok 7"
fake "$tmp/inpath" inpath "ok 8"
fake "$tmp/env" env "ok 9"

run() {
	"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
}

rm -f "$tmp/ran"
run env ZEROVM="$tmp/env/zerovm" PATH="$tmp/inpath:$PATH" "$tmp/beside/zvsh" "$io"
is "9 env" "$status $(cat "$tmp/ran")" "\$ZEROVM comes first"
run env -u ZEROVM PATH="$tmp/inpath:$PATH" "$tmp/beside/zvsh" "$io"
is "7 beside" "$status $(cat "$tmp/ran")" "then the zerovm beside zvsh"
run env -u ZEROVM PATH="$tmp/inpath:$PATH" "$tmp/alone/zvsh" "$io"
is "8 inpath" "$status $(cat "$tmp/ran")" "then the first zerovm in PATH"
run env -u ZEROVM PATH="/nonexistent" "$tmp/alone/zvsh" "$io"
is 125 "$status" "no zerovm anywhere: 125"
like "zvsh: cannot find zerovm" "$(err)" "... and says so"
run env ZEROVM="$tmp/script" "$tmp/alone/zvsh" "$io"
is "125 zvsh: ZEROVM=$tmp/script: not an executable file" "$status $(err)" \
	"\$ZEROVM must name an executable"
script 'w 1 0 real\ne 4\n'
run env -u ZEROVM PATH="/nonexistent" "$tmp/real/zvsh" --zvm-in "script=$tmp/script" "$io"
is "4 real" "$status $(out)" "an installed pair (zvsh beside zerovm) runs without help"

# zerovm's endings, one by one.
ending() {
	fake "$tmp/how" how "$1"
	run env ZEROVM="$tmp/how/zerovm" "$ZVSH" --zvm-status "$tmp/status" "$io"
	is "$2" "$status" "zerovm '$1': zvsh exits $2"
	is "$3" "$(cat "$tmp/status")" "zerovm '$1': --zvm-status says '$3'"
	[ -z "$4" ] || like "$4" "$(err)" "zerovm '$1': stderr says '$4'"
}

ending "exit 1" 125 error
ending "exit 2" 125 error
ending "exit 3" 125 error
ending "exit 4" 126 refused
ending "exit 5" 125 error
ending "exit 6" 124 timeout
ending "exit 9" 125 error
ending "report 8 zerovm got signal 2" 130 "interrupted 2" "zvsh: zerovm got signal 2"
ending kill 125 error "zvsh: zerovm was killed by signal 9"
ending garbage 125 error "zvsh: zerovm's report"
is "" "$(workdirs_left)" "no work directory is left behind"
