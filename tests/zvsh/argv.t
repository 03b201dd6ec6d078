#!/bin/sh
# argv.t - a program built with zvm-gcc gets, through ZRT reading nvram,
# exactly the arguments, environment and clock zvsh was given.  Skipped
# until zvm-gcc is built and ZRT reads nvram's [args].
. "$top_srcdir/tests/zvsh/zvshlib.sh"

# skip_all leaves the scratch directory behind; remove it first.
argv_skip() {
	rm -rf "$tmp"
	skip_all "$@"
}

zvm_gcc=$top_builddir/toolchain/bin/zvm-gcc
[ -x "$zvm_gcc" ] || argv_skip "toolchain/bin/zvm-gcc is not built (configured with --disable-sysroot?)"
"$zvm_gcc" -O2 -o "$tmp/argv.nexe" "$top_srcdir/tests/zvsh/argv.c" >"$tmp/cc.log" 2>&1 ||
	argv_skip "cannot build tests/zvsh/argv.c with zvm-gcc: $(head -n 1 "$tmp/cc.log")"
"$ZVSH" "$tmp/argv.nexe" probe >"$tmp/probe" 2>"$tmp/probe.err" </dev/null
probe=$(sed -n 's/^argv0 //p' "$tmp/probe")
[ "$probe" = argv.nexe ] ||
	argv_skip "ZRT does not read nvram's [args] yet (argv[0] is '$probe', not 'argv.nexe')"
plan 15

nl='
'
set -- plain 'two words' 'a,b' 'say "hi"' 'back\slash' "new${nl}line" '' 'tab	x' 'é' 'k=v' \
	'#hash' "it's" '--zvm-report'
"$ZVSH" --zvm-env 'GREETING=hello, world' --zvm-env 'EQ=a=b' --zvm-env 'EMPTY=' \
	--zvm-time 1234567890 "$tmp/argv.nexe" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
is 0 "$?" "the program runs"
is "" "$(err)" "... and says nothing on stderr"
is "argc $(($# + 1))" "$(grep '^argc ' "$tmp/out")" "argc counts argv[0] and every argument"
want="arg $(hex argv.nexe)"
for a; do
	want="$want${nl}arg $(hex "$a")"
done
is "$want" "$(grep '^arg ' "$tmp/out")" "every argument arrives byte for byte"
is "env $(hex 'GREETING=hello, world')" "$(grep "^env $(hex GREETING=)" "$tmp/out")" \
	"an environment variable with a comma and a space"
is "env $(hex 'EQ=a=b')" "$(grep "^env $(hex EQ=)" "$tmp/out")" "... with an '=' in its value"
is "env $(hex 'EMPTY=')" "$(grep "^env $(hex EMPTY=)" "$tmp/out")" "... with an empty value"
is 3 "$(grep -c '^env ' "$tmp/out")" "nothing else of the host's environment"
is "time 1234567890" "$(grep '^time ' "$tmp/out")" "the clock starts at --zvm-time"
is "cwd /" "$(grep '^cwd ' "$tmp/out")" "the program starts in / by default"

mkdir -p "$tmp/tree/sub dir"
"$ZVSH" --zvm-dir "$tmp/tree,/work/t" --zvm-cwd '/work/t/./sub dir' "$tmp/argv.nexe" \
	>"$tmp/out" 2>"$tmp/err" </dev/null
is 0 "$?" "--zvm-cwd names a directory of a packed tree"
is "cwd /work/t/sub dir" "$(grep '^cwd ' "$tmp/out")" "... and the program starts there"
"$ZVSH" --zvm-cwd /nowhere "$tmp/argv.nexe" >"$tmp/out" 2>"$tmp/err" </dev/null
is 126 "$?" "a --zvm-cwd that does not exist: the program does not start"
is "nvram:8: path=/nowhere: No such file or directory" "$(err)" "... and ZRT says why and where"
is "" "$(cat "$tmp/out")" "... before any of its code runs"
