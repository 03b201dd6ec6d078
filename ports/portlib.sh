# portlib.sh - TAP for a port's upstream test suite, sourced by
# ports/NAME/tests.port:
#
#   . "$top_srcdir/ports/portlib.sh"
#   port_begin                    read ports/NAME/known-failures
#   port_test NAME STATUS [WHY]   one upstream test: STATUS 0 passed
#   port_end PERCENT              the pass ratio must reach PERCENT; the plan
#   port_helpers                  $port_helpers_dir: ports/helpers' programs
#
# An upstream test listed in known-failures (NAME, a tab, the reason) is
# reported "# TODO reason": automake counts its failure as expected, and
# its success as an unexpected pass, which fails the suite, so the list
# stays true.  port_end also fails for a listed name that no test reported.
# Upstream tests count towards PERCENT as they ran: a known failure is still
# a failure there.

port_count=0
port_run=0
port_passed=0
port_failed_new=0
port_known_names=
port_seen_names=
nl='
'

port_begin() {
	local line
	port_known_names=
	if [ -f "$PORT_RECIPE/known-failures" ]; then
		while IFS= read -r line || [ -n "$line" ]; do
			case $line in
			'' | '#'*) continue ;;
			*'	'*) ;;
			*) echo "Bail out! known-failures: '$line' has no tab and reason"; exit 1 ;;
			esac
			port_known_names=$port_known_names${line%%	*}$nl
		done <"$PORT_RECIPE/known-failures"
	fi
	trap port_finish EXIT
}

# port_reason NAME: the reason NAME is a known failure, or nothing.
port_reason() {
	[ -f "$PORT_RECIPE/known-failures" ] || return 0
	awk -F '\t' -v n="$1" '$1 == n { sub(/^[^\t]*\t+/, ""); print; exit }' \
		"$PORT_RECIPE/known-failures"
}

port_test() {
	local name=$1 status=$2 why=${3:-} reason
	port_count=$((port_count + 1))
	port_run=$((port_run + 1))
	port_seen_names=$port_seen_names$name$nl
	reason=$(port_reason "$name")
	if [ "$status" -eq 0 ]; then
		port_passed=$((port_passed + 1))
		if [ -n "$reason" ]; then
			echo "ok $port_count - $name # TODO known failure passes now: $reason"
		else
			echo "ok $port_count - $name"
		fi
	elif [ -n "$reason" ]; then
		echo "not ok $port_count - $name # TODO $reason"
	else
		echo "not ok $port_count - $name"
		[ -z "$why" ] || printf '%s\n' "$why" | head -n 20 | sed 's/^/# /'
		port_failed_new=$((port_failed_new + 1))
	fi
}

port_end() {
	local min=$1 name pct
	while IFS= read -r name; do
		[ -n "$name" ] || continue
		case $nl$port_seen_names in
		*"$nl$name$nl"*) ;;
		*)
			port_count=$((port_count + 1))
			echo "not ok $port_count - known-failures names '$name', which did not run"
			port_failed_new=$((port_failed_new + 1))
			;;
		esac
	done <<<"$port_known_names"
	port_count=$((port_count + 1))
	if [ "$port_run" -eq 0 ]; then
		echo "not ok $port_count - no upstream test ran"
		port_failed_new=$((port_failed_new + 1))
	else
		pct=$(awk -v p="$port_passed" -v t="$port_run" 'BEGIN { printf "%.1f", 100 * p / t }')
		if awk -v p="$port_passed" -v t="$port_run" -v m="$min" 'BEGIN { exit !(100 * p >= m * t) }'; then
			echo "ok $port_count - $PORT_NAME: $port_passed of $port_run upstream tests pass ($pct%, at least $min%)"
		else
			echo "not ok $port_count - $PORT_NAME: $port_passed of $port_run upstream tests pass ($pct%, at least $min%)"
			port_failed_new=$((port_failed_new + 1))
		fi
	fi
	echo "# $PORT_NAME $PORT_VERSION: passed $port_passed, failed $((port_run - port_passed)), of $port_run"
	echo "1..$port_count"
	port_ended=1
}

port_finish() {
	local status=$?
	if [ -z "${port_ended:-}" ]; then
		echo "Bail out! $PORT_NAME's tests.port ended before port_end (status $status)"
		exit 1
	fi
	[ "$port_failed_new" -eq 0 ] || exit 1
	exit 0
}

# port_helpers: put the folder of ports/helpers' programs (locale(1),
# answered by newlib in the sandbox) in $port_helpers_dir, for the front of
# a suite's PATH; bail out when the build has not made them.
port_helpers() {
	port_helpers_dir=$top_builddir/ports/helpers/bin
	if [ ! -x "$port_helpers_dir/locale" ]; then
		echo "Bail out! $port_helpers_dir/locale is missing: build the tree first (make -C $top_builddir)"
		exit 1
	fi
}
