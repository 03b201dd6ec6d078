#!/bin/sh
# cmake.t - a CMake project builds with the sysroot's toolchain file:
# try-compiles link real nexes, host libraries stay invisible.
. "$top_srcdir/tests/toolchain/lib.sh"
command -v cmake >/dev/null 2>&1 || skip_all "cmake is not installed"
plan 7
tap_tmpdir
toolchain_file=$zvm_sysroot/usr/share/zerovm/x86_64-zerovm-elf.cmake
cd "$tmp" || bail "cd $tmp"
ok "cmake configures with the toolchain file" sh -c \
	"cmake -S '$top_srcdir/tests/toolchain/cmake-hello' -B build \
	-DCMAKE_TOOLCHAIN_FILE='$toolchain_file' >configure.out 2>&1" ||
	tail -20 configure.out | sed 's/^/# /'
like "x86_64-zerovm-elf-gcc" "$(cat build/CMakeFiles/*/CMakeCCompiler.cmake)" "the compiler is x86_64-zerovm-elf-gcc"
like "HAVE_GETLINE:INTERNAL=1" "$(cat build/CMakeCache.txt)" "check_function_exists finds getline"
like "SECCOMP_LIBRARY:FILEPATH=SECCOMP_LIBRARY-NOTFOUND" "$(cat build/CMakeCache.txt)" \
	"the host's libseccomp is not found"
ok "cmake --build" sh -c "cmake --build build >build.out 2>&1" || tail -20 build.out | sed 's/^/# /'
nexe_ok build/hello "the program is a valid nexe"
if have_zerovm; then
	run_nexe build/hello
	is "hello, cmake: 42 2.0" "$(cat build/hello.stdout)" "it runs"
else
	skip "zerovm is not built yet"
fi
