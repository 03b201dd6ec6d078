#!/bin/sh
# determinism.t - the same nexe and inputs give the same output bytes, exit
# code, channel etags and /dev/memory etag, whatever the host paths,
# environment, working directory and time of day.
. "$top_srcdir/tests/vm/vmlib.sh"
plan 6

head -c 300000 /dev/urandom >"$tmp/input"
printf 'm\nr 3 100 0\nh 1048576\ne 3\n' >"$tmp/script"
for run in a b; do
	mkdir -p "$tmp/$run/deeper/$run$run"
	cp "$tmp/input" "$tmp/$run/deeper/$run$run/in"
	cp "$tmp/script" "$tmp/$run/script"
	d=$tmp/$run
	{
		echo "Channel = $d/deeper/${run}${run}/in, /dev/stdin, 0, 1, 1000, 1000000, 0, 0"
		echo "Channel = $d/out, /dev/stdout, 0, 1, 0, 0, 1000, 1000000"
		echo "Channel = $d/err, /dev/stderr, 0, 1, 0, 0, 1000, 1000000"
		echo "Channel = $d/script, /dev/script, 0, 0, 100, 100000, 0, 0"
		echo "Channel = $d/log, /dev/log, 0, 1, 0, 0, 1000, 1000000"
	} | manifest "$d/job.manifest" "$(nexe io)" 67108864
	sed -i 's/^Memory = \([0-9]*\), 0/Memory = \1, 1/' "$d/job.manifest"
done
(cd "$tmp/a" && env -i PATH="$PATH" ZVM_NOISE=one "$ZEROVM" job.manifest >report 2>&1)
sa=$?
sleep 1
(cd "$tmp/b/deeper" && env ZVM_NOISE=something-else-entirely HOME=/nowhere \
	"$ZEROVM" "$tmp/b/job.manifest" >"$tmp/b/report" 2>&1)
sb=$?
is "0 0" "$sa $sb" "both runs end ok"
ok "the logs are identical" cmp "$tmp/a/log" "$tmp/b/log"
ok "the logs are not empty" test -s "$tmp/a/log"
is "$(sed -n 3p "$tmp/a/report")" "$(sed -n 3p "$tmp/b/report")" "same return code"
is "$(sed -n 4p "$tmp/a/report")" "$(sed -n 4p "$tmp/b/report")" "same channel and memory etags"
like "/dev/memory " "$(sed -n 4p "$tmp/a/report")" "the memory etag is reported"
