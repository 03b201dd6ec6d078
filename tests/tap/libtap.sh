# libtap.sh - the shell twin of tests/tap/basic.h.
#
# Source it from a test script:  . "$srcdir/tests/tap/libtap.sh"
# then call plan N (or plan_lazy), ok COND-COMMAND..., is WANTED SEEN DESC,
# skip WHY, skip_all WHY, diag MSG, bail MSG.  At exit the script's status
# is 1 if any assertion failed or the plan was not met.

tap_planned=
tap_lazy=
tap_count=0
tap_failed=0

tap_finish() {
	tap_status=$?
	if [ -n "$tap_lazy" ]; then
		echo "1..$tap_count"
	elif [ -n "$tap_planned" ] && [ "$tap_planned" -ne "$tap_count" ]; then
		echo "# planned $tap_planned tests but ran $tap_count" >&2
		tap_status=1
	fi
	if [ "$tap_failed" -ne 0 ]; then
		echo "# failed $tap_failed of $tap_count tests" >&2
		tap_status=1
	fi
	[ -n "${tap_cleanup_dir:-}" ] && rm -rf "$tap_cleanup_dir"
	exit "$tap_status"
}

plan() {
	tap_planned=$1
	echo "1..$1"
	trap tap_finish EXIT
}

plan_lazy() {
	tap_lazy=1
	trap tap_finish EXIT
}

skip_all() {
	echo "1..0 # SKIP $*"
	trap - EXIT
	[ -n "${tap_cleanup_dir:-}" ] && rm -rf "$tap_cleanup_dir"
	exit 0
}

# tap_result STATUS DESC: record one assertion from an exit status.
tap_result() {
	tap_count=$((tap_count + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_count - $2"
	else
		echo "not ok $tap_count - $2"
		tap_failed=$((tap_failed + 1))
	fi
	return "$1"
}

# ok DESC COMMAND...: passes when COMMAND succeeds.
ok() {
	tap_desc=$1
	shift
	"$@"
	tap_result $? "$tap_desc"
}

# is WANTED SEEN DESC: passes when the two strings are equal.
is() {
	if [ "$1" = "$2" ]; then
		tap_result 0 "$3"
	else
		tap_result 1 "$3"
		printf '# wanted: %s\n#   seen: %s\n' "$1" "$2"
		return 1
	fi
}

# like PATTERN SEEN DESC: passes when SEEN contains the fixed string PATTERN.
like() {
	case $2 in
	*"$1"*) tap_result 0 "$3" ;;
	*)
		tap_result 1 "$3"
		printf '# wanted to contain: %s\n#   seen: %s\n' "$1" "$2"
		return 1
		;;
	esac
}

skip() {
	tap_count=$((tap_count + 1))
	echo "ok $tap_count # SKIP $*"
}

diag() {
	echo "# $*"
}

bail() {
	echo "Bail out! $*"
	trap - EXIT
	exit 255
}

# tap_tmpdir: make a scratch directory, removed at exit, and put its path
# in $tmp.  Call it in the script itself, not in a $(...) subshell.
tap_tmpdir() {
	tap_cleanup_dir=$(mktemp -d "${TMPDIR:-/tmp}/zvm-test.XXXXXX") || bail "mktemp failed"
	tmp=$tap_cleanup_dir
}
