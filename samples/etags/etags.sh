#!/bin/sh
# etags.sh - run a nexe twice under zerovm with every etag flag on and
# compare the reports' etag lines.  ZeroVM is deterministic: the same
# program on the same input reads and writes the same bytes and ends with
# the same memory, so the two lines must match.
#
# usage: etags.sh NEXE [INPUT]     (INPUT defaults to /dev/null)
# ZEROVM names the zerovm binary (default: zerovm from PATH).
# Prints the etag line; exits 0 when both runs agree, 1 when they differ,
# 2 on a usage error or a failed run.
set -u
zerovm=${ZEROVM:-zerovm}
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: etags.sh NEXE [INPUT]" >&2; exit 2; }
nexe=$1
input=${2:-/dev/null}
case $nexe in /*) ;; *) nexe=$(pwd)/$nexe ;; esac
case $input in /*) ;; *) input=$(pwd)/$input ;; esac

dir=$(mktemp -d "${TMPDIR:-/tmp}/etags.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT

# The manifest: Memory's etag flag and each channel's (the fourth field)
# set to 1.  stdin is a random-access channel on the input file.
cat >"$dir/manifest" <<EOF2
Version = 20130611
Program = $nexe
Memory = 33554432, 1
Timeout = 30
Channel = $input, /dev/stdin, 3, 1, 1099511627776, 1099511627776, 0, 0
Channel = $dir/out, /dev/stdout, 0, 1, 0, 0, 1099511627776, 1099511627776
Channel = $dir/err, /dev/stderr, 0, 1, 0, 0, 1099511627776, 1099511627776
EOF2

for run in 1 2; do
	rm -f "$dir/out" "$dir/err"
	if ! "$zerovm" "$dir/manifest" >"$dir/report.$run" 2>"$dir/zerovm.err"; then
		echo "etags.sh: run $run: zerovm failed" >&2
		cat "$dir/zerovm.err" >&2
		exit 2
	fi
	if [ "$(sed -n 6p "$dir/report.$run")" != ok ]; then
		echo "etags.sh: run $run did not end ok: $(sed -n 6p "$dir/report.$run")" >&2
		exit 2
	fi
done

first=$(sed -n 4p "$dir/report.1")
second=$(sed -n 4p "$dir/report.2")
echo "run 1: $first"
echo "run 2: $second"
if [ "$first" = "$second" ]; then
	echo "etags: same"
	exit 0
fi
echo "etags: differ"
exit 1
