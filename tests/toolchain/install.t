#!/bin/sh
# install.t - after `make install DESTDIR=...` the installed commands find
# the installed sysroot relative to themselves and build nexes from any
# directory.
. "$top_srcdir/tests/toolchain/lib.sh"
plan 8
tap_tmpdir
dest=$tmp/dest

ok "make install-exec DESTDIR=..." sh -c \
	"make -C '$top_builddir' install-exec DESTDIR='$dest' >'$tmp/install.log' 2>&1" ||
	tail -20 "$tmp/install.log" | sed 's/^/# /'
gcc_path=$(find "$dest" -name zvm-gcc -type f | sed 1q)
ok "zvm-gcc is installed" test -n "$gcc_path"
bindir=$(dirname "${gcc_path:-/nonexistent/x}")

mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere" || bail "cd $tmp/elsewhere"
cp "$progs/hello.c" .
ok "the installed zvm-gcc builds hello" "$bindir/zvm-gcc" -O2 -o hello.nexe hello.c
nexe_ok hello.nexe "... into a valid nexe"
sysroot=$("$bindir/x86_64-zerovm-elf-gcc" -print-sysroot)
case $sysroot in
"$dest"/*) tap_result 0 "its sysroot is the installed one" ;;
*) tap_result 1 "its sysroot is the installed one"; diag "sysroot: $sysroot" ;;
esac
ln -s "$bindir/zvm-gcc" "$tmp/my-zvm-gcc"
ok "it works through a symbolic link" "$tmp/my-zvm-gcc" -o hello2.nexe hello.c

if command -v cmake >/dev/null 2>&1; then
	printf 'include("%s")\nmessage("${CMAKE_C_COMPILER}")\n' \
		"$sysroot/usr/share/zerovm/x86_64-zerovm-elf.cmake" >where.cmake
	compiler=$(cmake -P where.cmake 2>&1)
	ok "the installed CMake toolchain file names the installed compiler" \
		test "$compiler" -ef "$bindir/x86_64-zerovm-elf-gcc"
else
	skip "cmake is not installed"
fi
if have_zerovm; then
	run_nexe hello.nexe
	is "hello, world" "$(cat hello.nexe.stdout)" "the nexe runs"
else
	skip "zerovm is not built yet"
fi
