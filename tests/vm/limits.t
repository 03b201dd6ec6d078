#!/bin/sh
# limits.t - the session's two limits, Timeout and Memory, as the nexe and
# the user see them.  A nexe spinning forever is killed when Timeout runs
# out (measured: within 1.5 s of a 1 s Timeout), the report says "session
# timeout", zerovm exits 6 and the output keeps its previous bytes.
# Memory sizes the heap: heap_ptr is the end of the image rounded up to
# 64 KiB and heap_size is Memory - 16 MiB of stack - the image, rounded
# down to 64 KiB, never reaching past the guard below the stack (even with
# Memory = 4 GiB); the whole heap can be touched, the page after it is a
# fault (Signal 11), and a Memory that cannot hold the stack, the image
# and one heap page is refused (status 4) with the manifest's line.
. "$top_srcdir/tests/vm/iolib.sh"
plan 22

# image_end NEXE: the end of its highest PT_LOAD, rounded up to 64 KiB.
image_end() {
	readelf -lW "$1" | awk '$1 == "LOAD" { print $3, $6 }' | {
		end=0
		while read -r vaddr memsz; do
			[ $((memsz)) -gt 0 ] && [ $((vaddr + memsz)) -gt $end ] && end=$((vaddr + memsz))
		done
		echo $(((end + 0xffff) & ~0xffff))
	}
}

# text_range NEXE: "START END" of its executable PT_LOAD's file bytes.
text_range() {
	readelf -lW "$1" | awk '$1 == "LOAD" && $0 ~ / R E / { print $3, $5 }' | {
		read -r vaddr filesz
		echo $((vaddr)) $((vaddr + filesz))
	}
}

# heap_of MEMORY: "HEAP_PTR HEAP_SIZE" as the io nexe sees them.
heap_of() {
	io_job 'm\n' "$1" <<EOF
EOF
	io_run
	sed -n 1p "$tmp/log" | awk '{ print $4, $5 }'
}

mib=1048576
stack=$((16 * mib))
io_end=$(image_end "$(nexe io)")
io_image=$((io_end - 0x20000))
heap_limit=$((0xe0000000 - 0x10000))
diag "io.nexe's image ends at $io_end ($io_image bytes from 0x20000)"

# --- Timeout: the loop nexe spins until killed.
printf 'previous' >"$tmp/out"
std_channels /dev/null "$tmp/out" | manifest "$tmp/loop.manifest" "$(nexe loop)" 33554432 1
t0=$(date +%s%N)
zerovm_run "$tmp/loop.manifest"
t1=$(date +%s%N)
ms=$(((t1 - t0) / 1000000))
diag "a 1 s Timeout ended the loop after $ms ms"
is 6 "$status" "timeout: zerovm exits 6"
is "session timeout" "$(report 6)" "timeout: exit state 'session timeout'"
ok "timeout: killed within 1.5 s (took $ms ms)" test "$ms" -lt 1500
ok "timeout: not before the second is up (took $ms ms)" test "$ms" -ge 1000
is previous "$(cat "$tmp/out")" "timeout: the output keeps its previous bytes"
is "out" "$(cd "$tmp" && ls -A | grep out)" "timeout: no temporary output left"

# --- the heap with Memory = 32 MiB.
set -- $(heap_of 33554432)
is "$io_end $((32 * mib - stack - io_image))" "$1 $2" \
	"Memory 32 MiB: heap_ptr = image end, heap_size = Memory - stack - image"
heap_ptr=$1
heap_size=$2
is "stack 16777216" "$(sed -n 1p "$tmp/log" | awk '{ print $6, $7 }')" \
	"the nexe sees a 16 MiB stack"

# A Memory that is not a multiple of 64 KiB: the heap is rounded down.
set -- $(heap_of $((32 * mib + 12345)))
is "$heap_ptr $heap_size" "$1 $2" "Memory 32 MiB + 12345: the same heap, rounded down to 64 KiB"
set -- $(heap_of $((32 * mib + 65536)))
is "$heap_ptr $((heap_size + 65536))" "$1 $2" "Memory 32 MiB + 64 KiB: one more heap page"

# Memory = 4 GiB: the heap stops at the 64 KiB guard below the stack.
set -- $(heap_of 4294967296)
is "$heap_ptr $((heap_limit - heap_ptr))" "$1 $2" \
	"Memory 4 GiB: heap_size stops at 0xdfff0000, 64 KiB below the shared region"
ok "Memory 4 GiB: the heap ends below the shared region" test $(($1 + $2)) -le $((0xe0000000))

# --- touching the heap: all of it works, one page more is a fault.
io_job "h $heap_size\ne 0\n" 33554432 <<EOF
EOF
io_run
is "0 ok" "$status $(report 6)" "touching every page of the heap ends ok"
is "= $heap_size" "$(cat "$tmp/log")" "the nexe touched $heap_size bytes"

io_job "h $((heap_size + 1))\ne 0\n" 33554432 <<EOF
EOF
io_run
is 7 "$status" "touching the page after the heap: zerovm exits 7"
set -- $(report 6)
is "Signal 11 from untrusted code: Halting at" "$1 $2 $3 $4 $5 $6 $7" \
	"touching the page after the heap: Signal 11"
set -- $(text_range "$(nexe io)") "$8"
ok "the fault is reported at an address in the nexe's text ($3)" \
	test $(($3)) -ge "$1" -a $(($3)) -lt "$2"

# --- Memory too small for the stack, the image and one heap page.
need=$((stack + io_image + 65536))
io_job 'e 0\n' $need <<EOF
EOF
io_run
is "0 ok" "$status $(report 6)" "Memory = stack + image + 64 KiB is enough"
io_job 'm\ne 0\n' $need <<EOF
EOF
io_run
is "65536" "$(sed -n 1p "$tmp/log" | awk '{ print $5 }')" "and leaves a 64 KiB heap"
io_job 'e 0\n' $((need - 1)) <<EOF
EOF
io_run
is 4 "$status" "one byte less: zerovm exits 4"
is "zerovm: $tmp/io.manifest:3: Memory: $((need - 1)) is too small for $(nexe io): its image ($io_image bytes) and stack ($stack) need at least $need" \
	"$(cat "$tmp/zerovm.err")" "one byte less: the message names the line and the sizes"
is "" "$(cat "$tmp/report")" "one byte less: no report"
