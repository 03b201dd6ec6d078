# lib.sh - helpers for the toolchain tests: the build tree's commands in
# PATH, ELF checks on nexes and running a nexe under zerovm.
#
# Source after setting top_srcdir/top_builddir (the test harness does).

. "$top_srcdir/tests/tap/libtap.sh"

zvm_bin=$top_builddir/toolchain/bin
zvm_sysroot=$top_builddir/sysroot/x86_64-zerovm-elf
progs=$top_srcdir/tests/toolchain/progs
PATH=$zvm_bin:$PATH
export PATH

# Sub-builds (configure, make, cmake) must not inherit the outer make's
# jobserver or variables.
unset MAKEFLAGS MFLAGS MAKELEVEL CONFIG_SITE

if [ ! -x "$zvm_bin/zvm-gcc" ]; then
	skip_all "toolchain/bin/zvm-gcc is not built (configured with --disable-sysroot?)"
fi

# nexe_problems FILE: print one line per way FILE is not a valid nexe, in
# the terms of DESIGN.md section 4; print nothing for a good one.
nexe_problems() {
	if ! readelf -hlnW "$1" >"$1.readelf" 2>&1; then
		echo "readelf failed: $(sed 1q "$1.readelf")"
		return
	fi
	grep -q 'Type:[[:space:]]*EXEC' "$1.readelf" || echo "not ET_EXEC (PIE or shared?)"
	grep -q '^ *INTERP ' "$1.readelf" && echo "has PT_INTERP"
	grep -q '^ *DYNAMIC ' "$1.readelf" && echo "has PT_DYNAMIC"
	grep -q '^ *TLS ' "$1.readelf" && echo "has PT_TLS"
	grep -q 'ZeroVM  *0x00000004.*description data: 01 00 00 00' "$1.readelf" ||
		echo "no ZeroVM note with ABI version 1"
	# Program headers: type offset vaddr paddr filesz memsz flags... align
	awk '$1 == "LOAD" || $1 == "GNU_STACK" {
		flags = ""
		for (i = 7; i < NF; i++)
			flags = flags $i
		print $1, $3, $6, flags
	}' "$1.readelf" | {
		n=0 prev_end=0
		while read -r type vaddr memsz flags; do
			case $type in
			GNU_STACK)
				case $flags in *E*) echo "executable stack" ;; esac
				continue
				;;
			esac
			n=$((n + 1))
			case $flags in *W*E*) echo "W+X segment at $vaddr" ;; esac
			[ $n -eq 1 ] && [ $((vaddr)) -ne $((0x20000)) ] &&
				echo "first PT_LOAD at $vaddr, not 0x20000"
			[ $((vaddr % 4096)) -ne 0 ] && echo "PT_LOAD at $vaddr not on a page"
			[ $((vaddr)) -lt $prev_end ] && echo "PT_LOAD at $vaddr shares a page"
			prev_end=$(((vaddr + memsz + 4095) / 4096 * 4096))
		done
		[ $n -ge 1 ] || echo "no PT_LOAD"
	}
}

# nexe_ok FILE DESC: one assertion that FILE is a valid nexe.
nexe_ok() {
	problems=$(nexe_problems "$1")
	if [ -z "$problems" ]; then
		tap_result 0 "$2"
	else
		tap_result 1 "$2"
		echo "$problems" | sed 's/^/# /'
	fi
}

zerovm=$top_builddir/zerovm

# have_zerovm: true once vm-core's zerovm is built.
have_zerovm() {
	[ -x "$zerovm" ]
}

# run_nexe NEXE [STDIN-FILE]: run NEXE with 32 MiB of memory; its stdout,
# stderr and the report land in NEXE.stdout, .stderr, .report; sets
# run_code (user return code) and run_state (exit state).
run_nexe() {
	nexe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
	input=${2:-}
	if [ -z "$input" ]; then
		input=$nexe.stdin
		: >"$input"
	fi
	case $input in /*) ;; *) input=$(pwd)/$input ;; esac
	cat >"$nexe.manifest" <<EOT
Version = 20130611
Program = $nexe
Memory = 33554432, 0
Timeout = 10
Channel = $input, /dev/stdin, 0, 0, 1048576, 1073741824, 0, 0
Channel = $nexe.stdout, /dev/stdout, 0, 0, 0, 0, 1048576, 1073741824
Channel = $nexe.stderr, /dev/stderr, 0, 0, 0, 0, 1048576, 1073741824
EOT
	: >"$nexe.stdout"
	: >"$nexe.stderr"
	"$zerovm" "$nexe.manifest" >"$nexe.report" 2>"$nexe.vmerr" </dev/null
	run_code=$(sed -n 3p "$nexe.report")
	run_state=$(sed -n 6p "$nexe.report")
}
