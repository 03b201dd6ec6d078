#!/bin/sh
# traps-cpus.t - a trap means the same through either door.  With more than
# one CPU the supervisor polls the trap doorbell after each trap and takes
# most traps there; on one CPU every trap is a system call.  The same
# script of 1600 reads and writes, with a quota hit on the way, must give
# the same log, output, report and accounting both ways.
. "$top_srcdir/tests/vm/iolib.sh"

command -v taskset >/dev/null 2>&1 || skip_all "taskset (util-linux) is not installed"
plan 7

# report_same: report lines 3-5 without the CPU times (fields 1-2 of line 5).
report_same() {
	sed -n '3,4p' "$tmp/report"
	report 5 | cut -d' ' -f3-
}

awk 'BEGIN { for (i = 0; i < 26; i++) printf "%c", 97 + i }' </dev/null >"$tmp/a"
io_job "$(awk 'BEGIN { for (i = 0; i < 800; i++) printf "r 3 3 %d\\nw 4 0 line %d\\n", i % 24, i }' </dev/null)" <<EOF
Channel = $tmp/a, /dev/a, 3, 1, 100000, 100000, 0, 0
Channel = $tmp/b, /dev/b, 0, 1, 0, 0, 700, 100000
EOF

io_run -v 2
is "0" "$status" "several CPUs: the session ends ok"
cp "$tmp/log" "$tmp/log.many"
cp "$tmp/b" "$tmp/b.many"
report_same >"$tmp/report.many"
if [ "$(nproc)" -lt 2 ]; then
	skip "this test runs on one CPU: the doorbell is off"
else
	ok "several CPUs: zerovm polls the doorbell" \
		grep -q 'traps: through the doorbell' "$tmp/zerovm.err"
fi

rm -f "$tmp/b" "$tmp/log"
taskset -c 0 "$ZEROVM" -v 2 "$tmp/io.manifest" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
status=$?
is "0" "$status" "one CPU: the session ends ok"
ok "one CPU: every trap is a system call" grep -q 'traps: as system calls only' "$tmp/zerovm.err"
ok "the log of 1600 traps (reads, writes, -EDQUOT after 700 writes) is the same both ways" \
	cmp -s "$tmp/log" "$tmp/log.many"
ok "the output channel's bytes are the same both ways" cmp -s "$tmp/b" "$tmp/b.many"
is "$(cat "$tmp/report.many")" "$(report_same)" \
	"return code, etags and accounting (CPU times aside) are the same both ways"
