#!/bin/sh
# libarchive.t - zvsh loads the host's libarchive only when --zvm-dir packs
# or unpacks a directory, and says so, exiting 125, when it cannot: a
# plain run must not pay the dynamic loader for libarchive's dozen
# libraries (zvsh/libarchive.h).
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 17

[ -n "${LIBARCHIVE_SONAME:-}" ] || bail "LIBARCHIVE_SONAME is not set (make check sets it)"
so=$LIBARCHIVE_SONAME
io=$(nexe io)
script 'e 0\n'
S="--zvm-in script=$tmp/script"
mkdir -p "$tmp/d" && printf 'data' >"$tmp/d/f" || bail "mkdir $tmp/d"

# The executable does not ask for it.
if command -v readelf >/dev/null 2>&1; then
	readelf -d "$ZVSH" >"$tmp/dyn" 2>&1
	ok "readelf reads zvsh's dynamic section" grep -q '(NEEDED)' "$tmp/dyn"
	ok "zvsh does not link $so" sh -c "! grep -q 'libarchive' '$tmp/dyn'"
else
	skip "readelf is not installed (binutils)"
	skip "readelf is not installed (binutils)"
fi

# The dynamic loader tells every library it maps, linked or dlopen()ed.
LD_DEBUG=files zvsh_run $S "$io"
is 0 "$status" "a plain run ends ok"
ok "LD_DEBUG=files lists what a plain run loads" grep -q 'file=' "$tmp/err"
ok "a plain run never loads $so" sh -c "! grep -q 'file=$so' '$tmp/err'"
LD_DEBUG=files zvsh_run --zvm-dir "$tmp/d,/data" $S "$io"
is 0 "$status" "a run with --zvm-dir ends ok"
like "file=$so" "$(err)" "a run with --zvm-dir loads $so (the check above can see it)"

# A library of that name that is no library: the loader finds it first
# on LD_LIBRARY_PATH, and dlopen() fails.
mkdir -p "$tmp/broken" "$tmp/empty"
printf 'not a library\n' >"$tmp/broken/$so"
LD_LIBRARY_PATH=$tmp/broken zvsh_run $S "$io"
is 0 "$status" "without a loadable $so, a plain run still ends ok"
LD_LIBRARY_PATH=$tmp/broken zvsh_run --zvm-status "$tmp/status" --zvm-dir "$tmp/d,/data" \
	$S "$io"
is 125 "$status" "--zvm-dir without a loadable $so: zvsh exits 125"
like "zvsh: --zvm-dir $tmp/d,/data needs libarchive ($so): " "$(err)" \
	"--zvm-dir without a loadable $so: stderr says what needs which library"
like "$so" "$(err | sed 's/^.*): //')" "--zvm-dir without a loadable $so: and dlerror()'s why"
is error "$(cat "$tmp/status" 2>/dev/null)" "--zvm-dir without a loadable $so: --zvm-status says error"
is "" "$(workdirs_left)" "--zvm-dir without a loadable $so: the work directory is gone"

# A real library of that name without libarchive's functions.
CC=${CC:-cc}
printf 'int zvsh_test_not_libarchive(void);\nint zvsh_test_not_libarchive(void) { return 0; }\n' \
	>"$tmp/empty.c"
if "$CC" -shared -fPIC -o "$tmp/empty/$so" -Wl,-soname,"$so" "$tmp/empty.c" 2>"$tmp/cc.err"; then
	LD_LIBRARY_PATH=$tmp/empty zvsh_run --zvm-dir "$tmp/d,/data" $S "$io"
	is 125 "$status" "--zvm-dir with a $so short of functions: zvsh exits 125"
	like "needs libarchive ($so): " "$(err)" \
		"--zvm-dir with a $so short of functions: stderr says so"
	like "undefined symbol: archive_" "$(err)" \
		"--zvm-dir with a $so short of functions: and names the first missing"
	is "" "$(workdirs_left)" "--zvm-dir with a $so short of functions: the work directory is gone"
else
	diag "$(cat "$tmp/cc.err")"
	for i in 1 2 3 4; do
		skip "$CC cannot build a shared library"
	done
fi
