#!/bin/sh
# nvram.t - the nvram zvsh writes, byte for byte, in ZeroVM's format:
# [args] with argv[0] the nexe's name and every awkward byte escaped as
# \xHH, [env], [fstab], [mapping], [time]; and a --zvm-keep directory from
# which zerovm alone repeats the run.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
plan 28

io=$(nexe io)
script 'w 1 0 repeat me\ne 5\n'
S="--zvm-in script=$tmp/script"

nl='
'
zvsh_run --zvm-keep "$tmp/k" $S "$io" plain 'two words' 'a,b' 'say "hi"' 'back\slash' \
	"new${nl}line" '' 'tab	x' 'é' 'k=v' '#hash' "it's" '[x]'
is 5 "$status" "the run with awkward arguments ends ok"
is '[args]' "$(sed -n 1p "$tmp/k/nvram")" "[args] comes first"
is 'args = io.nexe plain two\x20words a\x2cb say\x20\x22hi\x22 back\x5cslash new\x0aline "" tab\x09x \xc3\xa9 k\x3dv \x23hash it'"'"'s [x]' \
	"$(sed -n 2p "$tmp/k/nvram")" \
	"args: argv[0] the nexe's name; space , \" \\ newline tab = # and non-ASCII as \\xHH; '' as \"\""
is "[mapping]" "$(sed -n 3p "$tmp/k/nvram")" "no [env], [fstab] or [time] when there is nothing to say"
is 7 "$(wc -l <"$tmp/k/nvram" | tr -d ' ')" "... the standard streams and the script are mapped"
is "" "$(grep -i debug "$tmp/k/nvram")" "never a [debug] section"
ok "the nvram is plain printable ASCII" sh -c "! LC_ALL=C grep -q '[^ -~]' '$tmp/k/nvram'"

zvsh_run --zvm-keep "$tmp/k" $S "$(cd "$(dirname "$io")" && pwd)/../nexe/./io.nexe"
is 'args = io.nexe' "$(sed -n 2p "$tmp/k/nvram")" "argv[0] is the nexe's base name, whatever the path"

zvsh_run --zvm-keep "$tmp/k" --zvm-env HOME=/home/me --zvm-env 'GREETING=hello, world' \
	--zvm-env 'EQ=a=b' --zvm-env HOME=/root --zvm-env 'EMPTY=' --zvm-time 1234567890 $S "$io"
is '[env]
name = HOME, value = /root
name = GREETING, value = hello\x2c\x20world
name = EQ, value = a\x3db
name = EMPTY, value = ""' "$(sed -n '/^\[env\]/,/^\[mapping\]/p' "$tmp/k/nvram" | sed '$d')" \
	"[env]: one record per variable, escaped; a repeated name takes the later value"
is '[time]
seconds = 1234567890' "$(sed -n '/^\[time\]/,$p' "$tmp/k/nvram")" "[time] comes last: --zvm-time"
zvsh_run --zvm-keep "$tmp/k" --zvm-time 0 $S "$io"
is 'seconds = 0' "$(grep seconds "$tmp/k/nvram")" "--zvm-time 0 is a time too"
zvsh_run --zvm-keep "$tmp/k" --zvm-time 5 --zvm-cwd '//a b/./c/' $S "$io"
is '[cwd]
path = /a\x20b/c' "$(sed -n '/^\[cwd\]/,$p' "$tmp/k/nvram")" \
	"[cwd] after [time]: --zvm-cwd normalised and escaped"
zvsh_run --zvm-keep "$tmp/k" --zvm-cwd a/b $S "$io"
is "125 zvsh: --zvm-cwd: the directory must be an absolute path, got 'a/b' (see zvsh --zvm-help)" \
	"$status $(err)" "--zvm-cwd must be absolute"

printf 'tar' >"$tmp/img"
zvsh_run --zvm-keep "$tmp/k" --zvm-image "$tmp/img" --zvm-image "$tmp/img,/mnt//data/./x/" \
	--zvm-image "$tmp/saved,/out dir,wo" $S "$io"
is '[fstab]
channel = /dev/image0, mountpoint = /, access = ro
channel = /dev/image1, mountpoint = /mnt/data/x, access = ro
channel = /dev/image2, mountpoint = /out\x20dir, access = wo' \
	"$(sed -n '/^\[fstab\]/,/^\[mapping\]/p' "$tmp/k/nvram" | sed '$d')" \
	"[fstab]: one record per image, mount points normalised and escaped"
is 'channel = /dev/stdin, mode = char
channel = /dev/stdout, mode = file
channel = /dev/stderr, mode = file
channel = /dev/script, mode = file' "$(sed -n '/^\[mapping\]/,$p' "$tmp/k/nvram" | sed 1d)" \
	"[mapping]: the standard streams and the mapped files, not the images"

# The /dev/nvram channel.
is "Channel = $tmp/k/nvram, /dev/nvram, 0, 0, 1099511627776, 1099511627776, 0, 0" \
	"$(grep '/dev/nvram,' "$tmp/k/manifest")" "/dev/nvram is a sequential read-only channel"

# The kept directory repeats the run with zerovm alone.
rm -rf "$tmp/k"
zvsh_run --zvm-keep "$tmp/k" $S "$io" a b
is "5 repeat me" "$status $(out)" "a kept run"
ok "--zvm-keep holds the manifest, the nvram and the report" \
	test -f "$tmp/k/manifest" -a -f "$tmp/k/nvram" -a -f "$tmp/k/report"
is "" "$(grep -v '^Channel = /dev/std\|^Channel = /' "$tmp/k/manifest" | grep Channel)" \
	"every channel of the kept manifest is an absolute path"
is 3 "$(grep -c 'Channel = /dev/std\(in\|out\|err\), /dev/std' "$tmp/k/manifest")" \
	"the kept manifest's standard channels are /dev/stdin, /dev/stdout, /dev/stderr"
(cd / && "$ZEROVM" "$tmp/k/manifest" >"$tmp/rerun" 2>"$tmp/rerun.err" </dev/null)
is 0 "$?" "zerovm DIR/manifest alone runs it again, from anywhere"
is "repeat me2
0
5" "$(sed -n 1,3p "$tmp/rerun")" "... with the same output and return code"

# Bounded as the format is: 131072 bytes, 100 records a section.
zvsh_run --zvm-keep "$tmp/k" $S "$io"
pad=$((131072 - $(wc -c <"$tmp/k/nvram") - 1))
big=$(head -c $((pad / 4)) /dev/zero | tr '\0' ' ')$(head -c $((pad % 4)) /dev/zero | tr '\0' x)
zvsh_run --zvm-keep "$tmp/k" $S "$io" "$big"
is "5 131072" "$status $(wc -c <"$tmp/k/nvram" | tr -d ' ')" "an nvram of exactly 131072 bytes is written"
zvsh_run $S "$io" "${big}y"
is 125 "$status" "an nvram over 131072 bytes is refused"
like "take more than the 131072 bytes an nvram may hold" "$(err)" "... saying so"
envs=
i=0
while [ $i -lt 100 ]; do
	envs="$envs --zvm-env V$i=$i"
	i=$((i + 1))
done
zvsh_run $envs $S "$io"
is 5 "$status" "100 environment variables are fine"
zvsh_run $envs --zvm-env V100=x $S "$io"
is "125 zvsh: too many environment variables (--zvm-env) (at most 100)" \
	"$status $(err)" "a 101st is refused"
i=0
chans=
while [ $i -lt 97 ]; do
	chans="$chans --zvm-in c$i=$tmp/script"
	i=$((i + 1))
done
zvsh_run $chans $S "$io"
is "125 zvsh: nvram's [mapping] would have 101 records; it holds at most 100" "$status $(err)" \
	"more than 100 mapped streams and files are refused"
