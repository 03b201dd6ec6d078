# zrtlib.sh - run a guest program (a nexe linked with ZRT) under zerovm.
#
# Shared by run.sh (the LOG_COMPILER of tests/zrt/NAME.zrt) and by the
# script tests of tests/zrt/ (NAME.t).  Source after setting top_srcdir
# and top_builddir (the test harness does).
#
#   zrt_reset
#       forget the settings of the previous run
#   zrt_stdin=FILE          what the nexe reads on stdin (default /dev/null)
#   zrt_stdin_type=TYPE     stdin's channel type: 0 sequential (default),
#                           1 random read
#   zrt_memory=BYTES        the manifest's Memory (default 33554432)
#   zrt_nvram=FILE          becomes the channel /dev/nvram (default: none)
#   zrt_channel ALIAS MODE [FILE]
#       one more channel, MODE one of
#         ro   sequential read of FILE          (type 0)
#         rro  random read of FILE              (type 1, no writes)
#         wo   sequential write, to DIR/out/ALIAS-basename (type 0)
#         rw   random read and write of a copy of FILE, or of a new empty
#              file, in DIR/out/ALIAS-basename  (type 3)
#   zrt_run DIR NEXE
#       write DIR/manifest and run zerovm in DIR.  The nexe's stdout and
#       stderr land in DIR/stdout and DIR/stderr, the report in DIR/report,
#       zerovm's own stderr in DIR/zerovm.err.  Sets zrt_status (zerovm's
#       exit status), zrt_code (the user return code, report line 3) and
#       zrt_state (the exit state, report line 6).
#   zrt_output DIR ALIAS    the host file behind a wo or rw channel

zerovm=$top_builddir/zerovm

zrt_reset() {
	zrt_stdin=/dev/null
	zrt_stdin_type=0
	zrt_memory=33554432
	zrt_nvram=
	zrt_channels=
}
zrt_reset

# A channel's output file: the alias without its directories, so that
# /dev/out and /dev/tar/out do not need folders.
zrt_output() {
	echo "$1/out/${2##*/}"
}

# The quotas are generous and fixed: these tests check ZRT, not limits.
zrt_channel() {
	zrt_channels="$zrt_channels$1 $2 ${3:--}
"
}

# zrt_abspath FILE: FILE made absolute; the manifest needs host paths.
zrt_abspath() {
	case $1 in
	/*) echo "$1" ;;
	*) echo "$(pwd)/$1" ;;
	esac
}

zrt_manifest() {
	d=$1
	nexe=$(zrt_abspath "$2")
	echo "Version = 20130611"
	echo "Program = $nexe"
	echo "Memory = $zrt_memory, 0"
	echo "Timeout = 20"
	echo "Channel = $(zrt_abspath "$zrt_stdin"), /dev/stdin, $zrt_stdin_type, 0, 1000000, 4294967296, 0, 0"
	echo "Channel = $d/stdout, /dev/stdout, 0, 0, 0, 0, 1000000, 4294967296"
	echo "Channel = $d/stderr, /dev/stderr, 0, 0, 0, 0, 1000000, 4294967296"
	if [ -n "$zrt_nvram" ]; then
		echo "Channel = $(zrt_abspath "$zrt_nvram"), /dev/nvram, 0, 0, 1000000, 4294967296, 0, 0"
	fi
	printf '%s' "$zrt_channels" | while read -r alias mode file; do
		[ -n "$alias" ] || continue
		out=$(zrt_output "$d" "$alias")
		case $mode in
		ro) echo "Channel = $(zrt_abspath "$file"), $alias, 0, 0, 1000000, 4294967296, 0, 0" ;;
		rro) echo "Channel = $(zrt_abspath "$file"), $alias, 1, 0, 1000000, 4294967296, 0, 0" ;;
		wo) echo "Channel = $out, $alias, 0, 0, 0, 0, 1000000, 4294967296" ;;
		rw)
			if [ "$file" = - ]; then
				: >"$out"
			else
				cp "$file" "$out"
			fi
			echo "Channel = $out, $alias, 3, 0, 1000000, 4294967296, 1000000, 4294967296"
			;;
		*) echo "zrtlib.sh: channel $alias: unknown mode $mode" >&2 ;;
		esac
	done
}

zrt_run() {
	mkdir -p "$1/out"
	d=$(cd "$1" && pwd)
	: >"$d/stdout"
	: >"$d/stderr"
	zrt_manifest "$d" "$2" >"$d/manifest"
	(cd "$d" && "$zerovm" manifest >report 2>zerovm.err </dev/null)
	zrt_status=$?
	zrt_code=$(sed -n 3p "$d/report")
	zrt_state=$(sed -n 6p "$d/report")
}
