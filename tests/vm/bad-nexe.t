#!/bin/sh
# bad-nexe.t - files zerovm must refuse to run, each with status 4 and a
# message that says what is wrong with it, from `zerovm` and from
# `zerovm -F` alike: not ELF, empty, 32-bit, a relocatable object, an
# ordinary dynamically linked Linux program, a PIE, a W+X segment, an
# executable stack, truncated files, a segment over the trap page or the
# NULL guard, a 10 GB segment, no ZeroVM note, another ABI version; and a
# Program that is missing or a directory.  The bad nexes are built here
# with the host compiler and the test nexes' start file, or patched from
# a good nexe.
. "$top_srcdir/tests/vm/iolib.sh"
plan 39

CC=${CC:-cc}
nx=$top_srcdir/tests/vm/nexe
m=$tmp/job.manifest

# build OUT LDSCRIPT [FLAGS...]: link the hello test nexe with LDSCRIPT.
build() {
	build_out=$1
	build_ld=$2
	shift 2
	"$CC" -O2 -g0 -nostdlib -static -no-pie -fno-pic -fno-stack-protector -ffreestanding \
		-fno-builtin -fno-asynchronous-unwind-tables -fcf-protection=none \
		-I"$top_srcdir/include" -I"$nx" -Wl,-T,"$build_ld" -Wl,--build-id=none \
		-Wl,-z,noexecstack "$@" -o "$build_out" "$nx/crt.S" "$nx/nexe.c" "$nx/hello.c" \
		2>"$tmp/cc.err"
}

# ldscript OUT SED-EXPRESSION: a variant of the test nexes' linker script.
ldscript() {
	sed "$2" "$nx/nexe.ld" >"$1"
}

# refused DESC PROGRAM MESSAGE: zerovm and zerovm -F both exit 4, print
# nothing on stdout and exactly one line, "zerovm: PROGRAM: MESSAGE...",
# on stderr (MESSAGE may be a leading fragment).
refused() {
	std_channels | manifest "$m" "$2"
	for refused_opt in "" -F; do
		zerovm_run $refused_opt "$m"
		refused_err=$(cat "$tmp/zerovm.err")
		case $status:$(wc -l <"$tmp/zerovm.err"):$(wc -c <"$tmp/report"):$refused_err in
		"4:1:0:zerovm: $2: $3"*) tap_result 0 "$1${refused_opt:+ ($refused_opt)}" ;;
		*)
			tap_result 1 "$1${refused_opt:+ ($refused_opt)}"
			diag "status $status, stderr: $refused_err"
			;;
		esac
	done
}

# --- the build recipe itself makes a nexe that runs.
build "$tmp/good.nexe" "$nx/nexe.ld" || bail "cannot build a test nexe: $(cat "$tmp/cc.err")"
std_channels | manifest "$m" "$tmp/good.nexe"
zerovm_run "$m"
is "0 hello, world" "$status $(cat "$tmp/stdout")" "the recipe's nexe runs"

printf '#!/bin/sh\necho not a nexe\n' >"$tmp/text.nexe"
refused "a text file" "$tmp/text.nexe" "not an ELF file"
: >"$tmp/empty.nexe"
refused "an empty file" "$tmp/empty.nexe" "not an ELF file"

echo 'void _start(void) { for (;;); }' >"$tmp/t32.c"
if "$CC" -m32 -nostdlib -static -o "$tmp/32.nexe" "$tmp/t32.c" 2>/dev/null; then
	diag "32-bit nexe built with $CC -m32"
else
	cp "$tmp/good.nexe" "$tmp/32.nexe"
	patch "$tmp/32.nexe" 'b[4] = 1'
	diag "32-bit nexe made by patching EI_CLASS"
fi
refused "32-bit ELF" "$tmp/32.nexe" "32-bit ELF; nexes are 64-bit"

"$CC" -c -o "$tmp/object.nexe" "$nx/hello.c" -I"$top_srcdir/include" -I"$nx"
refused "a relocatable object" "$tmp/object.nexe" \
	"relocatable object file; nexes are linked executables"

printf '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n' >"$tmp/host.c"
"$CC" -no-pie -o "$tmp/dynamic.nexe" "$tmp/host.c"
refused "a dynamically linked host program" "$tmp/dynamic.nexe" "dynamically linked: segment "
like "is PT_INTERP; nexes are static" "$(cat "$tmp/zerovm.err")" "a dynamically linked host program: the message names PT_INTERP"

"$CC" -o "$tmp/plain.nexe" "$tmp/host.c"
if readelf -h "$tmp/plain.nexe" | grep -q 'DYN'; then
	refused "a plain host gcc program (PIE by default)" "$tmp/plain.nexe" \
		"position-independent executable (PIE) or shared object; nexes are static, non-PIE"
else
	refused "a plain host gcc program (not PIE)" "$tmp/plain.nexe" "dynamically linked: segment "
fi

if "$CC" -static-pie -o "$tmp/pie.nexe" "$tmp/host.c" 2>/dev/null; then
	refused "a static PIE" "$tmp/pie.nexe" \
		"position-independent executable (PIE) or shared object; nexes are static, non-PIE"
else
	skip "$CC cannot link -static-pie"
	skip "$CC cannot link -static-pie"
fi

ldscript "$tmp/wx.ld" 's/text PT_LOAD FLAGS(5)/text PT_LOAD FLAGS(7)/'
build "$tmp/wx.nexe" "$tmp/wx.ld"
refused "a writable and executable segment" "$tmp/wx.nexe" "segment 0 is writable and executable"

ldscript "$tmp/xstack.ld" 's/stack PT_GNU_STACK FLAGS(6)/stack PT_GNU_STACK FLAGS(7)/'
build "$tmp/xstack.nexe" "$tmp/xstack.ld" -Wl,-z,execstack
refused "an executable stack" "$tmp/xstack.nexe" \
	"segment 4 asks for an executable stack (PT_GNU_STACK with PF_X)"

head -c 1000 "$tmp/good.nexe" >"$tmp/trunc.nexe"
refused "truncated after the headers" "$tmp/trunc.nexe" "truncated: segment "
head -c 40 "$tmp/good.nexe" >"$tmp/trunc40.nexe"
refused "truncated in the ELF header" "$tmp/trunc40.nexe" \
	"truncated: the ELF header needs 64 bytes but the file has 40"

ldscript "$tmp/trap.ld" 's/\. = 0x20000;/. = 0x10000;/'
build "$tmp/trap.nexe" "$tmp/trap.ld"
refused "text at 0x10000, over the trap page" "$tmp/trap.nexe" \
	"segment 0 at 0x10000 overlaps the trap page [0x10000, 0x20000)"

ldscript "$tmp/null.ld" 's/\. = 0x20000;/. = 0x1000;/'
build "$tmp/null.nexe" "$tmp/null.ld"
refused "text at 0x1000, in the NULL guard" "$tmp/null.nexe" \
	"segment 0 at 0x1000 overlaps the NULL guard [0, 0x10000)"

# The data segment of the echo nexe (64 KiB of bss) made 10 GiB.
cp "$(nexe echo)" "$tmp/huge.nexe"
data_memsz "$tmp/huge.nexe" $((10 << 30))
refused "a 10 GiB data segment" "$tmp/huge.nexe" \
	"segment 2 is too big: 0x280000000 bytes (10240 MiB) at 0x22000 run past 0xdfff0000, where the nexe's memory ends"

ldscript "$tmp/nonote.ld" 's|/DISCARD/ : {|/DISCARD/ : { *(.note.zerovm)|; /\.note\.zerovm : /d'
build "$tmp/nonote.nexe" "$tmp/nonote.ld"
refused "no ZeroVM note" "$tmp/nonote.nexe" \
	"no ZeroVM note: not a ZeroVM executable (build nexes with zvm-gcc)"

cp "$tmp/good.nexe" "$tmp/abi.nexe"
patch "$tmp/abi.nexe" '
note = struct.pack("<III", 7, 4, 1) + b"ZeroVM\0"
at = b.index(note)
struct.pack_into("<I", b, at + 20, 2)'
refused "the note names ABI version 2" "$tmp/abi.nexe" \
	"built for ZeroVM ABI version 2, but this zerovm runs version 1"

# --- Program missing, or not a file.
std_channels | manifest "$m" "$tmp/no/such.nexe"
zerovm_run "$m"
is "4 zerovm: $m:2: Program: $tmp/no/such.nexe: No such file or directory" \
	"$status $(cat "$tmp/zerovm.err")" "a missing Program: status 4, the manifest line and the path"
zerovm_run -F "$m"
is "4 zerovm: $m:2: Program: $tmp/no/such.nexe: No such file or directory" \
	"$status $(cat "$tmp/zerovm.err")" "a missing Program (-F)"
mkdir "$tmp/dir.nexe"
refused "a directory as Program" "$tmp/dir.nexe" "not a regular file"

is "" "$(ls -A "$tmp" | grep zerovm-)" "no refusal left a temporary output behind"
