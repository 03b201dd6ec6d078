#!/bin/sh
# channels.t - --zvm-in ALIAS=FILE and --zvm-out ALIAS=FILE: host files as
# /dev/ALIAS, random access for regular files and sequential for pipes,
# outputs replaced only after an ok session, /dev/fd/N, relative names,
# and names a manifest cannot hold (reached through links).
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 27

io=$(nexe io)

# The io nexe gets the standard channels as 0-2, then the others in the
# byte order of their aliases: /dev/a 3, /dev/b 4, /dev/log 5, /dev/nvram 6,
# /dev/script 7.  It logs with sequential writes, so its log is a
# descriptor (zerovm's own, so sequential), not a file (random access).
run_ab() {
	"$ZVSH" --zvm-keep "$tmp/k" --zvm-in "script=$tmp/script" --zvm-out log=/dev/fd/6 \
		"$@" "$io" </dev/null >"$tmp/out" 2>"$tmp/err" 6>"$tmp/log"
	status=$?
}

printf 'hello, channel' >"$tmp/data"
script 'r 3 5 7\nr 3 100 0\ne 0\n'
run_ab --zvm-in "a=$tmp/data"
is 0 "$status" "--zvm-in: the session ends ok"
is "= 5 $(hex chann)
= 14 $(hex 'hello, channel')" "$(cat "$tmp/log")" "a regular file is read at any offset"
is "Channel = $tmp/data, /dev/a, 3, 0, 1099511627776, 1099511627776, 0, 0" \
	"$(grep '/dev/a,' "$tmp/k/manifest")" "... as a random read-only channel"
is "channel = /dev/a, mode = file" "$(grep '/dev/a,' "$tmp/k/nvram")" "... mapped as a file"
is "Channel = /dev/stdout, /dev/stdout, 0, 0, 0, 0, 1099511627776, 1099511627776" \
	"$(grep '/dev/stdout,' "$tmp/k/manifest")" "the standard channels are zerovm's own streams"

# Outputs.
script 'w 3 6 world\nw 3 0 hello \ne 0\n'
run_ab --zvm-out "a=$tmp/new"
is "0 hello world" "$status $(cat "$tmp/new")" "--zvm-out: a new file, written at offsets"
is "Channel = $tmp/new, /dev/a, 2, 0, 0, 0, 1099511627776, 1099511627776" \
	"$(grep '/dev/a,' "$tmp/k/manifest")" "... as a random write-only channel"
echo previous >"$tmp/old"
script 'w 3 0 replaced\ne 7\n'
run_ab --zvm-out "a=$tmp/old"
is "7 replaced" "$status $(cat "$tmp/old")" "an existing output is replaced after an ok session"
echo previous >"$tmp/old"
script 'w 3 0 replaced\nh 0x100000000\ne 0\n'
run_ab --zvm-out "a=$tmp/old"
is "139 previous" "$status $(cat "$tmp/old")" "... and left alone when the session crashes"
script 'w 3 0 data\nh 0x100000000\ne 0\n'
run_ab --zvm-out "a=$tmp/never"
ok "... a new output is not created then" test ! -e "$tmp/never"

# A FIFO is sequential, and mapped as a pipe.
mkfifo "$tmp/fifo"
printf 'through a fifo' >"$tmp/fifo" &
script 'r 3 100 0\ne 0\n'
run_ab --zvm-in "a=$tmp/fifo"
wait
is "= 14 $(hex 'through a fifo')" "$(cat "$tmp/log")" "--zvm-in reads a FIFO"
is "Channel = $tmp/fifo, /dev/a, 0, 0, 1099511627776, 1099511627776, 0, 0" \
	"$(grep '/dev/a,' "$tmp/k/manifest")" "... as a sequential channel"
is "channel = /dev/a, mode = pipe" "$(grep '/dev/a,' "$tmp/k/nvram")" "... mapped as a pipe"

# /dev/fd/N: a descriptor zvsh inherits (what <(cmd) gives in bash).
script 'r 3 100 0\ne 0\n'
"$ZVSH" --zvm-in "script=$tmp/script" --zvm-out log=/dev/fd/6 --zvm-in a=/dev/fd/5 "$io" \
	5<"$tmp/data" </dev/null >"$tmp/out" 2>"$tmp/err" 6>"$tmp/log"
is "0 = 14 $(hex 'hello, channel')" "$? $(cat "$tmp/log")" "--zvm-in a=/dev/fd/5 reads descriptor 5"

# Two channels, and the /dev/ALIAS spelling.
printf 'second' >"$tmp/data2"
script 'r 4 100 0\nr 3 100 0\ne 0\n'
run_ab --zvm-in "/dev/b=$tmp/data2" --zvm-in "a=$tmp/data"
is "= 6 $(hex second)
= 14 $(hex 'hello, channel')" "$(cat "$tmp/log")" "channels get descriptors in alias order"

# Relative names are taken from the working directory.
mkdir "$tmp/rel"
printf relative >"$tmp/rel/data"
printf 'r 3 100 0\nw 4 0 out\ne 0\n' >"$tmp/rel/script"
(cd "$tmp/rel" && "$ZVSH" --zvm-in script=script --zvm-out log=/dev/fd/6 --zvm-in a=data \
	--zvm-out b=sub-out "$io" </dev/null >"$tmp/out" 2>"$tmp/err" 6>log)
is "0 = 8 $(hex relative)
= 3 out" "$? $(cat "$tmp/rel/log") $(cat "$tmp/rel/sub-out")" \
	"relative names are taken from the working directory"

# Names a manifest cannot hold: ',' ';' '=' and a trailing blank.
mkdir "$tmp/a,b;c=d "
printf 'odd name' >"$tmp/a,b;c=d /in,put"
script 'r 3 100 0\nw 4 0 written\ne 0\n'
run_ab --zvm-in "a=$tmp/a,b;c=d /in,put" --zvm-out "b=$tmp/a,b;c=d /out"
is 0 "$status" "files whose names a manifest cannot hold work"
is "= 8 $(hex 'odd name')
= 7" "$(cat "$tmp/log")" "... reading one"
is written "$(cat "$tmp/a,b;c=d /out")" "... creating one"
case $(grep '/dev/a,' "$tmp/k/manifest") in
"Channel = $tmp/k/link"*) tap_result 0 "... named through a link in the work directory" ;;
*) tap_result 1 "... named through a link in the work directory" ;;
esac
echo old >"$tmp/a,b;c=d /out"
script 'w 4 0 again\nh 0x100000000\ne 0\n'
run_ab --zvm-in "a=$tmp/data" --zvm-out "b=$tmp/a,b;c=d /out"
is "139 old" "$status $(cat "$tmp/a,b;c=d /out")" "... whose output is still kept after a crash"
ok "... and stays a file, not a link" test ! -L "$tmp/a,b;c=d /out"
printf 'x' >"$tmp/eq=in"
script 'r 3 100 0\ne 0\n'
run_ab --zvm-in "a=$tmp/eq=in"
is "= 1 $(hex x)" "$(cat "$tmp/log")" "ALIAS=FILE splits at the first '=' only"
zvsh_run --zvm-out "a=$tmp/new,name" "$io"
is 125 "$status" "a new output whose own name a manifest cannot hold is refused"
like "create it first" "$(err)" "... saying what to do"

# Errors from the channel options.
zvsh_run --zvm-in "a=$tmp" "$io"
is "125 zvsh: --zvm-in: $tmp is a directory" "$status $(err)" "a directory is not a channel"
is "" "$(workdirs_left)" "no work directory is left behind"
