# vmlib.sh - shell helpers for vm-core's end-to-end tests.
#
#   . "$top_srcdir/tests/vm/vmlib.sh"     (also loads libtap.sh and makes $tmp)
#
#   manifest FILE PROGRAM [MEMORY [TIMEOUT]] <CHANNEL-LINES
#       write a manifest; channel lines come from stdin, e.g. from std_channels
#   std_channels [STDIN [STDOUT [STDERR]]]
#       the three standard channels (defaults: /dev/null, $tmp/stdout, $tmp/stderr)
#   zerovm_run MANIFEST [ARGS...]
#       run zerovm; $status is its exit status, $tmp/report the report,
#       $tmp/zerovm.err its stderr
#   report N     line N of the last report
#   nexe NAME    the path of a test nexe built from tests/vm/nexe/NAME.c
#   patch FILE PYTHON
#       run PYTHON with the file's bytes in b (a bytearray), then write b back
#   data_memsz FILE BYTES
#       make the writable PT_LOAD segment of the nexe FILE BYTES long in memory

. "$top_srcdir/tests/tap/libtap.sh"
ZEROVM=$top_builddir/zerovm
tap_tmpdir

nexe() {
	echo "$top_builddir/tests/vm/nexe/$1.nexe"
}

patch() {
	python3 -c "
import struct, sys
b = bytearray(open(sys.argv[1], 'rb').read())
$2
open(sys.argv[1], 'wb').write(b)" "$1"
}

data_memsz() {
	patch "$1" "
phoff, = struct.unpack_from('<Q', b, 32)
phnum, = struct.unpack_from('<H', b, 56)
for i in range(phnum):
    p = phoff + 56 * i
    typ, flags = struct.unpack_from('<II', b, p)
    if typ == 1 and flags & 2:
        struct.pack_into('<Q', b, p + 40, $2)"
}

manifest() {
	{
		echo "Version = 20130611"
		echo "Program = $2"
		echo "Memory = ${3:-33554432}, 0"
		echo "Timeout = ${4:-10}"
		cat
	} >"$1"
}

std_channels() {
	echo "Channel = ${1:-/dev/null}, /dev/stdin, 0, 0, 1000000, 4294967296, 0, 0"
	echo "Channel = ${2:-$tmp/stdout}, /dev/stdout, 0, 0, 0, 0, 1000000, 4294967296"
	echo "Channel = ${3:-$tmp/stderr}, /dev/stderr, 0, 0, 0, 0, 1000000, 4294967296"
}

zerovm_run() {
	"$ZEROVM" "$@" >"$tmp/report" 2>"$tmp/zerovm.err" </dev/null
	status=$?
}

report() {
	sed -n "${1}p" "$tmp/report"
}
