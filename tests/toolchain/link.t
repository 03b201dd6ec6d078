#!/bin/sh
# link.t - the compile/link matrix: every program links into a valid nexe
# (ZeroVM note, text at 0x20000, no PT_INTERP/PT_DYNAMIC, no W+X), a
# static library made with the target binutils links in, an undefined
# function fails with the linker's message.
. "$top_srcdir/tests/toolchain/lib.sh"
plan 22
tap_tmpdir
cd "$tmp" || bail "cd $tmp"

for p in hello ctors setjmp varargs printf libm abort; do
	if zvm-gcc -O2 -Wall -Werror -o $p.nexe "$progs/$p.c" -lm; then
		nexe_ok $p.nexe "$p links into a valid nexe"
	else
		tap_result 1 "$p links into a valid nexe"
	fi
done

ok "zrt-basic links with the TAP library" \
	zvm-gcc -O2 -Wall -I"$top_srcdir/tests" -o zrt-basic.nexe \
	"$progs/zrt-basic.c" "$top_srcdir/tests/tap/basic.c"
nexe_ok zrt-basic.nexe "zrt-basic is a valid nexe"

for opt in -O0 -Os "-O3 -g" "-O2 -fPIC"; do
	ok "hello builds with $opt" zvm-gcc $opt -o hello-opt.nexe "$progs/hello.c"
done
nexe_ok hello-opt.nexe "... and is a valid nexe"

# Separate compile and link, as make does.
zvm-cc -c -o hello.o "$progs/hello.c" && x86_64-zerovm-elf-gcc -o hello-2.nexe hello.o
nexe_ok hello-2.nexe "compile with zvm-cc, link with x86_64-zerovm-elf-gcc"

zvm-gcc -O2 -c -o twice.o "$progs/staticlib-lib.c"
x86_64-zerovm-elf-ar rc libtwice.a twice.o
x86_64-zerovm-elf-ranlib libtwice.a
like "T staticlib_twice" "$(x86_64-zerovm-elf-nm libtwice.a)" "x86_64-zerovm-elf-ar/ranlib/nm make a static library"
ok "a program links against it" zvm-gcc -O2 -o staticlib.nexe "$progs/staticlib.c" -L. -ltwice
nexe_ok staticlib.nexe "... into a valid nexe"

out=$(zvm-gcc -o undefined.nexe "$progs/undefined.c" 2>&1)
st=$?
ok "an undefined function does not link" test "$st" -ne 0
like "undefined reference to \`zvm_no_such_function'" "$out" "... and the message names it"

cp hello.nexe hello-stripped.nexe
x86_64-zerovm-elf-strip hello-stripped.nexe
nexe_ok hello-stripped.nexe "a stripped nexe keeps its note"
diag "hello.nexe: $(wc -c <hello.nexe) bytes, $(wc -c <hello-stripped.nexe) stripped"

# Same sources, same flags: the same bytes (no build id, no timestamps).
zvm-gcc -O2 -Wall -Werror -o hello-again.nexe "$progs/hello.c" -lm
ok "linking is reproducible" cmp -s hello.nexe hello-again.nexe
