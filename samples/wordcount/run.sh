#!/bin/sh
# run.sh - the wordcount sample: a map-reduce over three mapper nexes and
# one reducer nexe, connected by FIFOs.
#
# usage: run.sh [TEXT]        (TEXT defaults to text.txt beside this script)
#
# Each mapper counts the words of its third of TEXT and writes "word count"
# lines into its FIFO; the reducer reads the three FIFOs as channels and
# prints the ten most frequent words as "count word" lines.
# ZVSH names zvsh (default: zvsh from PATH; it finds zerovm through ZEROVM
# or PATH); NEXEDIR the directory holding mapper.nexe and reducer.nexe
# (default: the working directory).
set -u
here=$(cd "$(dirname "$0")" && pwd)
text=${1:-$here/text.txt}
zvsh=${ZVSH:-zvsh}
nexedir=${NEXEDIR:-.}
parts=3

[ -r "$text" ] || { echo "run.sh: cannot read $text" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/wordcount.XXXXXX") || exit 2
trap 'rm -rf "$dir"' EXIT

i=0
while [ $i -lt $parts ]; do
	mkfifo "$dir/map$i" || exit 2
	i=$((i + 1))
done

# The mappers, in the background; each writes its FIFO as /dev/out.
pids=
i=0
while [ $i -lt $parts ]; do
	"$zvsh" --zvm-in text="$text" --zvm-out out="$dir/map$i" \
		"$nexedir/mapper.nexe" $i $parts /dev/text /dev/out </dev/null &
	pids="$pids $!"
	i=$((i + 1))
done

# The reducer reads every FIFO, as /dev/in0, /dev/in1, ...
set --
i=0
while [ $i -lt $parts ]; do
	set -- "$@" --zvm-in "in$i=$dir/map$i"
	i=$((i + 1))
done
set -- "$@" "$nexedir/reducer.nexe"
i=0
while [ $i -lt $parts ]; do
	set -- "$@" "/dev/in$i"
	i=$((i + 1))
done
"$zvsh" "$@" </dev/null
status=$?

for pid in $pids; do
	wait "$pid" || status=1
done
exit $status
