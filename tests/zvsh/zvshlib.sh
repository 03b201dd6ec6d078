# zvshlib.sh - shell helpers for zvsh's end-to-end tests.
#
#   . "$top_srcdir/tests/zvsh/zvshlib.sh"   (loads vmlib.sh: libtap, $tmp, nexe NAME)
#
#   $ZVSH                 the zvsh under test; ZEROVM is exported to the
#                         build tree's zerovm, TMPDIR to $tmp/t
#   zvsh_run ARGS...      run zvsh with stdin from /dev/null; $status is its
#                         exit status, $tmp/out its stdout, $tmp/err its stderr
#   out, err              the contents of $tmp/out and $tmp/err
#   script TEXT           write TEXT (printf format) to $tmp/script, for the
#                         io nexe: --zvm-in script=$tmp/script
#   sec NAME              the path of the attack nexe tests/security/NAME.nexe
#   data_addr             the address of the io nexe's 1 MiB buffer, for
#                         copying a channel to another with "r" then "B"
#   workdirs_left         the work directories zvsh left in $TMPDIR (should
#                         print nothing)
#   snapshot DIR          every entry under DIR with its type, mode, size,
#                         link target and content digest, sorted, and DIR's
#                         own inode: equal snapshots, unchanged tree
#   hex STRING            STRING's bytes as lowercase hex, as the io nexe logs reads
#   gnu_tar               true when tar is GNU tar (the hostile images need
#                         its --transform and --absolute-names)

. "$top_srcdir/tests/vm/vmlib.sh"

ZVSH=$top_builddir/zvsh/zvsh
ZEROVM=$top_builddir/zerovm
export ZEROVM
mkdir -p "$tmp/t" || bail "mkdir $tmp/t"
TMPDIR=$tmp/t
export TMPDIR
[ -x "$ZVSH" ] || bail "$ZVSH is not built"

zvsh_run() {
	"$ZVSH" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
}

out() {
	cat "$tmp/out"
}

err() {
	cat "$tmp/err"
}

script() {
	printf "$1" >"$tmp/script"
}

sec() {
	echo "$top_builddir/tests/security/$1.nexe"
}

data_addr() {
	nm "$(nexe io)" | awk '$3 == "data" { print "0x" $1 }'
}

workdirs_left() {
	ls -A "$TMPDIR"
}

snapshot() {
	(
		cd "$1" || exit 1
		stat -c 'top %i %a' .
		find . -mindepth 1 -printf '%p %y %m %s %l\n' | LC_ALL=C sort
		find . -type f -exec md5sum {} + | LC_ALL=C sort -k2
	)
}

hex() {
	printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n'
}

gnu_tar() {
	tar --version 2>/dev/null | grep -q 'GNU tar'
}
