#!/bin/sh
# run.t - nexes built with zvm-gcc run under zerovm and print exactly what
# they should: stdio, constructors/atexit/destructors, setjmp, varargs,
# printf formats, libm, static libraries, exit codes, and the minimal ZRT
# (zrt-basic, itself a TAP program).
. "$top_srcdir/tests/toolchain/lib.sh"
have_zerovm || skip_all "zerovm is not built yet ($zerovm)"
plan 24
tap_tmpdir
cd "$tmp" || bail "cd $tmp"

# expect PROG CODE: PROG's stdout is progs/PROG.out and its code CODE.
expect() {
	run_nexe "$1.nexe"
	if cmp -s "$1.nexe.stdout" "$progs/$1.out"; then
		tap_result 0 "$1 prints what it should"
	else
		tap_result 1 "$1 prints what it should"
		diff "$progs/$1.out" "$1.nexe.stdout" | sed 's/^/# /'
		sed 's/^/# zerovm: /' "$1.nexe.vmerr"
	fi
	is "$2" "$run_code" "$1 exits with $2"
	is ok "$run_state" "$1 ends ok"
}

for p in hello ctors setjmp varargs printf libm; do
	zvm-gcc -O2 -o $p.nexe "$progs/$p.c" -lm || bail "cannot build $p"
done
zvm-gcc -O2 -c -o twice.o "$progs/staticlib-lib.c" &&
	x86_64-zerovm-elf-ar rc libtwice.a twice.o &&
	zvm-gcc -O2 -o staticlib.nexe "$progs/staticlib.c" -L. -ltwice || bail "cannot build staticlib"

expect hello 0
expect ctors 3
expect setjmp 0
expect varargs 0
expect printf 0
expect libm 0
expect staticlib 0

zvm-gcc -O2 -o abort.nexe "$progs/abort.c" || bail "cannot build abort"
run_nexe abort.nexe
is 134 "$run_code" "abort() exits with 128 + SIGABRT"
is "aborting" "$(cat abort.nexe.stderr)" "... without atexit handlers or flushing stdout"

zvm-gcc -O2 -I"$top_srcdir/tests" -o zrt-basic.nexe "$progs/zrt-basic.c" \
	"$top_srcdir/tests/tap/basic.c" || bail "cannot build zrt-basic"
printf 'line one\nline two\n' >zrt-basic.in
run_nexe zrt-basic.nexe zrt-basic.in
if [ "$run_code" = 0 ] && ! grep -q '^not ok' zrt-basic.nexe.stdout &&
	[ "$(sed 1q zrt-basic.nexe.stdout)" = "1..$(grep -c '^ok' zrt-basic.nexe.stdout)" ]; then
	tap_result 0 "zrt-basic passes all its assertions"
else
	tap_result 1 "zrt-basic passes all its assertions"
	grep -v '^ok' zrt-basic.nexe.stdout | sed 's/^/# /'
	sed 's/^/# /' zrt-basic.nexe.stderr zrt-basic.nexe.vmerr
fi
