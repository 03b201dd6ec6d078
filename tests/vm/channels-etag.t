#!/bin/sh
# channels-etag.t - the report's etag line (line 4): for every channel
# whose etag flag is 1, in descriptor order, "ALIAS SHA256" where SHA256
# is the lowercase hex digest of every byte read and written through the
# channel, in order; only the bytes that moved (not the file, not what a
# quota cut off).  For a write-only file that equals sha256sum of the
# output.  Channels with flag 0 are left out; "disabled" when none has it;
# /dev/memory comes last when Memory's etag flag is 1.
. "$top_srcdir/tests/vm/iolib.sh"
plan 10

sha() {
	printf '%s' "$1" | sha256sum | cut -d' ' -f1
}

printf 'abcdefghij' >"$tmp/ro"
printf 'abcdefgh' >"$tmp/rw"
io_job 'w 3 0 hello\nW 3 3 0\nw 3 0 truncated by the quota\nr 4 5 0\nr 5 3 2\nw 5 0 XY\nr 5 2 0\n' <<EOF
Channel = $tmp/wo, /dev/a, 0, 1, 0, 0, 100, 12
Channel = $tmp/ro, /dev/b, 0, 1, 100, 1000, 0, 0
Channel = $tmp/rw, /dev/c, 3, 1, 100, 1000, 100, 1000
Channel = $tmp/unused, /dev/d, 0, 1, 0, 0, 100, 1000
Channel = $tmp/ro, /dev/e, 0, 0, 100, 1000, 0, 0
EOF
io_run
is 0 "$status" "zerovm exits 0"
is "$(printf '= 5\n= 3\n= 4\n= 5 %s\n= 3 %s\n= 2\n= 2 %s' "$(hex abcde)" "$(hex cde)" "$(hex XY)")" \
	"$(cat "$tmp/log")" "the nexe moved the bytes the etags are checked against"
is helloxxxtrun "$(cat "$tmp/wo")" "the write-only output has the 12 bytes the quota let through"
set -- $(report 4)
is "/dev/a /dev/b /dev/c /dev/d" "$1 $3 $5 $7" \
	"the channels with etag 1 are listed in descriptor order, no others"
is "$(sha256 "$tmp/wo")" "$2" "write-only: the etag is sha256sum of the output file"
is "$(sha abcde)" "$4" "read-only: the etag covers the bytes read, not the whole file"
is "$(sha cdeXYXY)" "$6" "read-write: the etag covers reads and writes in their order"
is "$(sha '')" "$8" "an unused channel: the digest of nothing"
is 8 "$#" "nothing else on the line"

# /dev/memory comes after the channels.
sed -i 's/^Memory = \([0-9]*\), 0/Memory = \1, 1/' "$tmp/io.manifest"
io_run
case $(report 4) in
"/dev/a $(sha256 "$tmp/wo") /dev/b $(sha abcde) /dev/c "*" /dev/d $(sha '') /dev/memory "[0-9a-f]*)
	tap_result 0 "Memory's etag flag adds /dev/memory after the channels" ;;
*)
	tap_result 1 "Memory's etag flag adds /dev/memory after the channels (got '$(report 4)')" ;;
esac
