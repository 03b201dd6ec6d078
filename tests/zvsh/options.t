#!/bin/sh
# options.t - zvsh's command line: help, version, every option's checks,
# defaults, and options after PROG passed to the program untouched.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 56

io=$(nexe io)
script 'e 0\n'
S="--zvm-in script=$tmp/script"

zvsh_run --zvm-help
is 0 "$status" "--zvm-help exits 0"
like "usage: zvsh [OPTION...] PROG.nexe [ARG...]" "$(out)" "--zvm-help prints the usage on stdout"
like "--zvm-keep DIR" "$(out)" "... naming the options"

zvsh_run --zvm-version
is 0 "$status" "--zvm-version exits 0"
case $(out) in
"zvsh "[0-9]*" (ZeroVM)") tap_result 0 "--zvm-version prints 'zvsh VERSION (ZeroVM)'" ;;
*) tap_result 1 "--zvm-version prints 'zvsh VERSION (ZeroVM)' (got '$(out)')" ;;
esac

# bad: ARGS... -- zvsh refuses the command line with 125 and a message
# holding TEXT (the last argument).
bad() {
	bad_text=$1
	shift
	zvsh_run "$@"
	if [ "$status" = 125 ] && grep -qF -- "$bad_text" "$tmp/err" && [ ! -s "$tmp/out" ]; then
		tap_result 0 "refused with 125: $*"
	else
		tap_result 1 "refused with 125: $*"
		diag "status $status, stderr: $(err)"
	fi
}

bad "no program given"
bad "no program given" --zvm-report
bad "unknown option '--zvm-bogus'" --zvm-bogus "$io"
bad "unknown option '-x'" -x "$io"
bad "unknown option '--zvm-time-out'" --zvm-time-out 5 "$io"
bad "--zvm-timeout needs a value" --zvm-timeout
bad "--zvm-timeout: expected a whole number 1..2147483647, got '0'" --zvm-timeout 0 "$io"
bad "--zvm-timeout: expected a whole number 1..2147483647, got '2147483648'" \
	--zvm-timeout 2147483648 "$io"
bad "--zvm-timeout: expected a whole number" --zvm-timeout 5s "$io"
bad "--zvm-memory: expected 16842752..4294967296 bytes" --zvm-memory 16M "$io"
bad "--zvm-memory: expected" --zvm-memory 5G "$io"
bad "--zvm-memory: expected" --zvm-memory 4097M "$io"
bad "--zvm-memory: expected" --zvm-memory 64MB "$io"
bad "--zvm-memory: expected" --zvm-memory -1 "$io"
bad "--zvm-time: expected a whole number 0.." --zvm-time -1 "$io"
bad "--zvm-time: expected a whole number 0..9223372036853, got '9223372036854'" \
	--zvm-time 9223372036854 "$io"
bad "--zvm-report takes no value" --zvm-report=yes "$io"
bad "--zvm-env: expected NAME=VALUE, got 'PATH'" --zvm-env PATH "$io"
bad "--zvm-env: expected NAME=VALUE, got '=x'" --zvm-env =x "$io"
bad "--zvm-in: expected ALIAS=FILE, got 'script'" --zvm-in script "$io"
bad "the alias may hold printable ASCII" --zvm-in "a b=$tmp/script" "$io"
bad "the alias has an empty, '.' or '..' part" --zvm-in "../x=$tmp/script" "$io"
bad "/dev/stdin is zvsh's own channel; redirect it in the shell" \
	--zvm-in "stdin=$tmp/script" "$io"
bad "/dev/nvram is zvsh's own channel" --zvm-out "nvram=$tmp/x" "$io"
bad "alias /dev/a is already used by --zvm-in" \
	--zvm-in "a=$tmp/script" --zvm-out "/dev/a=$tmp/x" "$io"
bad "alias /dev/image0 is already used by --zvm-image" \
	--zvm-image "$tmp/script" --zvm-in "image0=$tmp/script" "$io"
bad "--zvm-in: $tmp/nothing: No such file or directory" --zvm-in "a=$tmp/nothing" "$io"
bad "is already written by --zvm-out" --zvm-out "a=$tmp/o" --zvm-out "b=$tmp/o" "$io"
bad "access must be ro or wo, got 'rw'" --zvm-image "$tmp/script,/,rw" "$io"
bad "the mount point must be an absolute path, got 'data'" --zvm-image "$tmp/script,data" "$io"
bad "the mount point '/a/../b' has a '..' part" --zvm-image "$tmp/script,/a/../b" "$io"
bad "expected at most three comma-separated fields" --zvm-image "$tmp/script,/,ro,x" "$io"
bad "is not a directory" --zvm-dir "$tmp/script" "$io"
bad "access must be ro, rw or sync, got 'wo'" --zvm-dir "$tmp,/,wo" "$io"
bad "cannot write back into /" --zvm-dir "/,/,rw" "$io"
mkdir -p "$tmp/rw"
bad "--zvm-keep $tmp/rw/k: inside $tmp/rw, which --zvm-dir $tmp/rw,/,rw replaces" \
	--zvm-keep "$tmp/rw/k" --zvm-dir "$tmp/rw,/,rw" "$io"
ok "... and the kept directory is not left behind" test ! -e "$tmp/rw/k"
if [ "$(id -u)" = 0 ]; then
	skip "root may write anywhere: cannot test a DIR whose parent is not writable"
else
	mkdir -p "$tmp/ro/dir"
	chmod 555 "$tmp/ro"
	bad "cannot write back: $tmp/ro (beside $tmp/ro/dir): Permission denied" \
		--zvm-dir "$tmp/ro/dir,/,rw" "$io"
	chmod 755 "$tmp/ro"
fi

# Defaults, and both ways of giving a value.
zvsh_run --zvm-keep "$tmp/k1" $S "$io"
is "Timeout = 60" "$(grep '^Timeout' "$tmp/k1/manifest")" "the default timeout is 60 s"
is "Memory = 268435456, 0" "$(grep '^Memory' "$tmp/k1/manifest")" "the default memory is 256M"
zvsh_run --zvm-keep="$tmp/k2" --zvm-timeout=7 --zvm-memory=17M $S "$io"
is "Timeout = 7 Memory = 17825792, 0" \
	"$(grep '^Timeout' "$tmp/k2/manifest") $(grep '^Memory' "$tmp/k2/manifest")" \
	"--zvm-NAME=VALUE works like --zvm-NAME VALUE"
zvsh_run --zvm-keep "$tmp/k3" --zvm-memory 262144K $S "$io"
is "Memory = 268435456, 0" "$(grep '^Memory' "$tmp/k3/manifest")" "K multiplies by 1024"
zvsh_run --zvm-keep "$tmp/k4" --zvm-memory 1g $S "$io"
is "Memory = 1073741824, 0" "$(grep '^Memory' "$tmp/k4/manifest")" "g multiplies by 1024^3"
zvsh_run --zvm-keep "$tmp/k5" --zvm-memory 4G --zvm-timeout 2147483647 $S "$io"
is "0 Memory = 4294967296, 0" "$status $(grep '^Memory' "$tmp/k5/manifest")" \
	"the largest memory and timeout are accepted"
zvsh_run --zvm-keep "$tmp/k6" --zvm-memory 33554432 --zvm-timeout 5 --zvm-timeout 9 $S "$io"
is "Memory = 33554432, 0 Timeout = 9" \
	"$(grep '^Memory' "$tmp/k6/manifest") $(grep '^Timeout' "$tmp/k6/manifest")" \
	"plain bytes; a repeated option takes the last value"

# Everything after PROG belongs to the program.
zvsh_run --zvm-keep "$tmp/k7" $S "$io" --zvm-timeout 5 --zvm-help -x --
is 0 "$status" "options after PROG are not zvsh's"
is "args = io.nexe --zvm-timeout 5 --zvm-help -x --" "$(sed -n 2p "$tmp/k7/nvram")" \
	"... they are the program's arguments"
is "Timeout = 60" "$(grep '^Timeout' "$tmp/k7/manifest")" "... and change nothing"

# -- ends zvsh's options, so that PROG may start with '-'.
mkdir "$tmp/d" && cp "$io" "$tmp/d/-io.nexe"
(cd "$tmp/d" && "$ZVSH" $S -- -io.nexe a >"$tmp/out" 2>"$tmp/err" </dev/null)
is 0 "$?" "-- lets PROG start with '-'"
zvsh_run $S -- "$io" --
is 0 "$status" "a lone -- before PROG is zvsh's; after it, the program's"

is "" "$(workdirs_left)" "no work directory is left behind"
