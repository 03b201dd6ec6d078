#!/bin/sh
# channels-refuse.t - channels zerovm must refuse before the nexe runs,
# each with zerovm's status 3 and one line naming the manifest, the
# Channel's line, its alias and what is wrong: read-write on a FIFO or a
# character device, random access on a FIFO, read-write with a sequential
# read type (0 or 2), a directory, a missing read-only file, a missing
# directory for an output or a read-write file, a socket, a block device,
# multiplexed URIs.
# zerovm -F refuses the same with the same line, and no refusal leaves a
# file behind or touches the outputs opened before the bad channel.
. "$top_srcdir/tests/vm/iolib.sh"
plan 34

mkdir "$tmp/o" "$tmp/dir"
mkfifo "$tmp/fifo"
printf 'data' >"$tmp/file"
m=$tmp/job.manifest
leftovers=

# refuse DESC CHANNEL-LINE MESSAGE: the manifest with the std channels and
# CHANNEL-LINE (line 8, alias /dev/a) is refused by zerovm and zerovm -F
# with status 3 and exactly "zerovm: $m:8: Channel /dev/a: MESSAGE".
refuse() {
	printf 'previous stdout' >"$tmp/o/stdout"
	printf 'previous stderr' >"$tmp/o/stderr"
	{
		std_channels /dev/null "$tmp/o/stdout" "$tmp/o/stderr"
		echo "Channel = $2"
	} | manifest "$m" "$(nexe hello)"
	zerovm_run "$m"
	is "3 zerovm: $m:8: Channel /dev/a: $3" "$status $(cat "$tmp/zerovm.err")" "$1"
	zerovm_run -F "$m"
	is "3 zerovm: $m:8: Channel /dev/a: $3" "$status $(cat "$tmp/zerovm.err")" "$1 (-F)"
	set -- "$(ls -A "$tmp/o" | tr '\n' ' ')" "$(cat "$tmp/o/stdout") $(cat "$tmp/o/stderr")"
	[ "$1" = "stderr stdout " ] && [ "$2" = "previous stdout previous stderr" ] ||
		leftovers="$leftovers [$1|$2]"
}

refuse "CDR on a FIFO" "$tmp/fifo, /dev/a, 1, 0, 10, 10, 10, 10" \
	"$tmp/fifo is a FIFO; it can be read-only or write-only, not both"
refuse "random rw on a FIFO" "$tmp/fifo, /dev/a, 3, 0, 10, 10, 10, 10" \
	"$tmp/fifo is a FIFO; it can be read-only or write-only, not both"
refuse "random rw on a character device" "/dev/null, /dev/a, 3, 0, 10, 10, 10, 10" \
	"/dev/null is a character device; it can be read-only or write-only, not both"
refuse "CDR on a character device" "/dev/zero, /dev/a, 1, 0, 10, 10, 10, 10" \
	"/dev/zero is a character device; it can be read-only or write-only, not both"
refuse "random ro on a FIFO" "$tmp/fifo, /dev/a, 1, 0, 10, 10, 0, 0" \
	"$tmp/fifo is a FIFO; type 1 asks for random access it cannot give"
refuse "random wo on a FIFO" "$tmp/fifo, /dev/a, 2, 0, 0, 0, 10, 10" \
	"$tmp/fifo is a FIFO; type 2 asks for random access it cannot give"
refuse "rw with type 0" "$tmp/file, /dev/a, 0, 0, 10, 10, 10, 10" \
	"a read-write channel needs random reads (type 1 or 3), got type 0"
refuse "rw with type 2" "$tmp/file, /dev/a, 2, 0, 10, 10, 10, 10" \
	"a read-write channel needs random reads (type 1 or 3), got type 2"
refuse "a directory to read" "$tmp/dir, /dev/a, 0, 0, 10, 10, 0, 0" \
	"$tmp/dir is a directory"
refuse "a directory to write" "$tmp/dir, /dev/a, 0, 0, 0, 0, 10, 10" \
	"$tmp/dir is a directory"
refuse "a missing read-only file" "$tmp/missing, /dev/a, 0, 0, 10, 10, 0, 0" \
	"$tmp/missing: No such file to read"

# An output, or a read-write file to be created, in a missing directory.
refuse "an output in a missing directory" "$tmp/nodir/out, /dev/a, 0, 0, 0, 0, 10, 10" \
	"$tmp/nodir/out: cannot create a file beside it: No such file or directory"
printf 'previous stdout' >"$tmp/o/stdout"
printf 'previous stderr' >"$tmp/o/stderr"
{
	std_channels /dev/null "$tmp/o/stdout" "$tmp/o/stderr"
	echo "Channel = $tmp/nodir/rw, /dev/a, 3, 0, 10, 10, 10, 10"
} | manifest "$m" "$(nexe hello)"
zerovm_run "$m"
is "3 zerovm: $m:8: Channel /dev/a: $tmp/nodir/rw: No such file or directory" \
	"$status $(cat "$tmp/zerovm.err")" "a read-write file in a missing directory"
zerovm_run -F "$m"
is "3 zerovm: $m:8: Channel /dev/a: $tmp/nodir/rw: No such file or directory" \
	"$status $(cat "$tmp/zerovm.err")" "a read-write file in a missing directory (-F)"

if python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' \
	"$tmp/sock" 2>/dev/null && [ -S "$tmp/sock" ]; then
	refuse "a socket" "$tmp/sock, /dev/a, 0, 0, 10, 10, 0, 0" \
		"$tmp/sock is a socket; not supported"
else
	skip "no python3 to make a socket"
	skip "no python3 to make a socket"
fi

blk=$(find /dev -maxdepth 2 -type b 2>/dev/null | head -n 1)
if [ -n "$blk" ]; then
	refuse "a block device" "$blk, /dev/a, 0, 0, 10, 10, 0, 0" \
		"$blk is a block device; not supported"
else
	skip "no block device in /dev"
	skip "no block device in /dev"
fi

refuse "multiplexed URIs" "$tmp/file;$tmp/file, /dev/a, 0, 0, 10, 10, 0, 0" \
	"multiplexed channels (';') are not supported yet"

is "" "$leftovers" "no refusal left a file behind or changed an output"

# A standard channel is refused the same way, on its own line.
{
	echo "Channel = $tmp/dir, /dev/stdin, 0, 0, 10, 10, 0, 0"
	echo "Channel = /dev/null, /dev/stdout, 0, 0, 0, 0, 10, 10"
	echo "Channel = /dev/null, /dev/stderr, 0, 0, 0, 0, 10, 10"
} | manifest "$m" "$(nexe hello)"
zerovm_run "$m"
is "3 zerovm: $m:5: Channel /dev/stdin: $tmp/dir is a directory" \
	"$status $(cat "$tmp/zerovm.err")" "a directory as stdin"
