#!/bin/sh
# run.sh - the LOG_COMPILER of guest TAP programs: `run.sh tests/zrt/NAME.zrt`.
#
# NAME.zrt is the nexe built from tests/zrt/NAME.c.  The keys in the
# source's header comment (see README.md) say what the nexe gets: stdin,
# nvram, extra channels, Memory, the exit code it must end with and the
# output files it must write.  This script writes the manifest, runs
# zerovm, prints the nexe's stdout (its TAP) for tap-driver.sh, copies
# the nexe's stderr and zerovm's to the log, and fails when the session
# did not end as the source says it must.

: "${top_srcdir:?run.sh needs top_srcdir (run it through make check)}"
: "${top_builddir:?run.sh needs top_builddir}"
. "$top_srcdir/tests/zrt/zrtlib.sh"

nexe=$1
name=${nexe##*/}
name=${name%.zrt}
dir=$top_srcdir/tests/zrt
src=$dir/$name.c
if [ ! -r "$src" ]; then
	echo "Bail out! run.sh: no source $src for $nexe"
	exit 99
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/zrt-$name.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# The header comment is everything up to the first "*/".  A key is a
# comment line "KEY: VALUE"; "nvram:" starts a block of the indented lines
# below it, written to the nvram file without their indentation.
awk -v nvram="$tmp/nvram" '
	{
		end = index($0, "*/")
		line = end ? substr($0, 1, end - 1) : $0
		sub(/^[ \t]*\/?\*+/, "", line)
		if (inblock && line ~ /^[ \t][ \t]+[^ \t]/) {
			sub(/^[ \t]+/, "", line)
			print line >nvram
		} else {
			inblock = 0
			if (line ~ /^ ?nvram:[ \t]*$/) {
				inblock = 1
				printf "" >nvram
			} else if (match(line, /^ ?(stdin|channel|memory|exit|output):/)) {
				key = line
				sub(/^ /, "", key)
				sub(/:.*/, "", key)
				val = line
				sub(/^[^:]*:[ \t]*/, "", val)
				print key, val
			}
		}
		if (end)
			exit
	}' "$src" >"$tmp/keys" || exit 99

want_code=0
outputs=
while read -r key a b c; do
	case $key in
	stdin) zrt_stdin=$dir/$a ;;
	memory) zrt_memory=$a ;;
	exit) want_code=$a ;;
	channel)
		case $c in
		'' | /*) file=$c ;;
		*) file=$dir/$c ;;
		esac
		zrt_channel "$a" "$b" "$file"
		;;
	output) outputs="$outputs$a $dir/$b
" ;;
	esac
done <"$tmp/keys"
[ -f "$tmp/nvram" ] && zrt_nvram=$tmp/nvram

zrt_run "$tmp/run" "$nexe"
cat "$tmp/run/stdout"
# rerun.t compares what two runs wrote to their channels (saved images
# included): ZRT_RUN_KEEP names a directory to copy them into.
if [ -n "${ZRT_RUN_KEEP:-}" ]; then
	mkdir -p "$ZRT_RUN_KEEP" && cp -R "$tmp/run/out/." "$ZRT_RUN_KEEP/"
fi

failed=0
if [ -s "$tmp/run/stderr" ]; then
	echo "--- $name: the nexe's stderr" >&2
	cat "$tmp/run/stderr" >&2
fi
if [ "$zrt_status" -ne 0 ] || [ "$zrt_state" != ok ]; then
	echo "# $name: zerovm exited $zrt_status, exit state: $zrt_state"
	sed 's/^/# zerovm: /' "$tmp/run/zerovm.err"
	failed=1
fi
if [ "$zrt_code" != "$want_code" ]; then
	echo "# $name: the nexe exited with $zrt_code, not $want_code"
	failed=1
fi
printf '%s' "$outputs" | {
	bad=0
	while read -r alias expected; do
		[ -n "$alias" ] || continue
		got=$(zrt_output "$tmp/run" "$alias")
		if ! cmp -s "$expected" "$got"; then
			echo "# $name: $alias differs from ${expected##*/}"
			bad=1
		fi
	done
	exit $bad
} || failed=1
exit $failed
