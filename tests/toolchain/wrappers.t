#!/bin/sh
# wrappers.t - the x86_64-zerovm-elf commands exist, say what they are,
# keep host headers and libraries out, and refuse what a nexe cannot be.
. "$top_srcdir/tests/toolchain/lib.sh"
plan 35
tap_tmpdir
cd "$tmp" || bail "cd $tmp"

for cmd in zvm-gcc zvm-cc zvm-pkg-config x86_64-zerovm-elf-gcc x86_64-zerovm-elf-cc \
	x86_64-zerovm-elf-cpp x86_64-zerovm-elf-ar x86_64-zerovm-elf-ranlib \
	x86_64-zerovm-elf-nm x86_64-zerovm-elf-objdump x86_64-zerovm-elf-objcopy \
	x86_64-zerovm-elf-strip x86_64-zerovm-elf-readelf x86_64-zerovm-elf-as \
	x86_64-zerovm-elf-ld x86_64-zerovm-elf-pkg-config; do
	ok "$cmd runs" sh -c "'$zvm_bin/$cmd' --version >/dev/null 2>&1"
done

v=$(zvm-gcc --version)
like "ZeroVM" "$v" "zvm-gcc --version says it is ZeroVM's compiler"
like "wraps: /" "$v" "... and which gcc it wraps"
is x86_64-zerovm-elf "$(zvm-gcc -dumpmachine)" "-dumpmachine names the target"

# refused ARGS...: zvm-gcc ARGS fails and says why.
refused() {
	out=$(zvm-gcc "$@" -o out hello.c 2>&1) && return 1
	case $out in *"nexes are static executables"* | *"nexes are x86-64"*) return 0 ;; esac
	echo "# $out"
	return 1
}
printf 'int main(void) { return 0; }\n' >hello.c
ok "-shared is refused" refused -shared -fPIC
ok "-pie is refused" refused -pie
ok "-static-pie is refused" refused -static-pie
ok "-Wl,-shared is refused" refused -Wl,-O1,-shared
ok "-Xlinker --dynamic-linker is refused" refused -Xlinker --dynamic-linker=/lib/ld.so
ok "-rdynamic is refused" refused -rdynamic
ok "-m32 is refused" refused -m32

macros=$(zvm-gcc -dM -E - </dev/null)
like "#define __zerovm__ 1" "$macros" "__zerovm__ is predefined"
case $macros in
*__linux* | *"define linux"* | *__gnu_linux__*) tap_result 1 "no Linux macros" ;;
*) tap_result 0 "no Linux macros" ;;
esac
is 1 "$(echo __zerovm__ | x86_64-zerovm-elf-cpp -P)" "x86_64-zerovm-elf-cpp preprocesses for the target"

# The %fs base is 0 in a nexe: no stack-protector canary may be read.
printf 'void use(char *);\nvoid f(void) { char b[64]; use(b); }\n' >ssp.c
zvm-gcc -O2 -fstack-protector-all -c ssp.c -o ssp.o
ok "-fstack-protector-all is dropped (no %fs access)" \
	sh -c "! x86_64-zerovm-elf-objdump -d ssp.o | grep -q '%fs'"

printf 'int main(void) { return undeclared(); }\n' >implicit.c
ok "an implicit function declaration is an error" sh -c '! zvm-gcc -c implicit.c 2>/dev/null'

printf '#include <gnu/libc-version.h>\nint main(void) { return 0; }\n' >glibc.c
ok "host headers are not searched" sh -c '! zvm-gcc -c glibc.c 2>/dev/null'

# libseccomp is a host library that the sysroot never has.
out=$(zvm-gcc hello.c -o hello.nexe -lseccomp 2>&1)
st=$?
ok "host libraries are not searched (-lseccomp)" test "$st" -ne 0
like "cannot find -lseccomp" "$out" "... with the linker's message"

printf '__thread int x;\nint main(void) { return x; }\n' >tls.c
out=$(zvm-gcc tls.c -o tls.nexe 2>&1)
like "thread-local storage" "$out" "thread-local storage is refused at link time"
