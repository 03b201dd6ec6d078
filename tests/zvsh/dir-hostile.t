#!/bin/sh
# dir-hostile.t - saved images that try to write outside DIR are refused
# before anything is written: nothing outside DIR changes, and DIR itself
# stays as it was (the very same directory).  Each image is what a hostile
# program could save; the io nexe copies it into the write-only image.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
gnu_tar || skip_all "the hostile images are made with GNU tar's --transform"
plan 84

io=$(nexe io)
addr=$(data_addr)
[ -n "$addr" ] || bail "cannot find the io nexe's buffer with nm"

# The area under attack: DIR, a victim file beside it, and nothing else.
w=$tmp/w
d=$w/dir
mkdir -p "$d/sub" "$w/outside"
printf 'mine' >"$d/sub/file"
ln -s sub/file "$d/link"
printf 'victim' >"$w/outside/victim"
ino=$(stat -c %i "$d")
before=$(snapshot "$w")

# Material for the images.
st=$tmp/st
mkdir -p "$st/plain" "$st/root" "$st/dotdot" "$st/loop"
printf 'evil' >"$st/plain/f"
printf 'good' >"$st/plain/good"
ln "$st/plain/f" "$st/plain/g"
ln -s / "$st/root/l"
ln -s .. "$st/dotdot/l"
mkdir -p "$st/through/l${w}/outside" "$st/through2/l"
printf 'evil' >"$st/through/l${w}/outside/pwned"
printf 'evil' >"$st/through2/l/escape2"
ln -s ../.. "$st/plain/up"
ln -s . "$st/plain/s"
ln -s s/.. "$st/plain/x"
ln -s "$w/outside" "$st/plain/abs"

# hostile NAME WHY: the saved image $tmp/NAME.tar is refused, naming WHY,
# and nothing changes.
hostile() {
	printf 'r 7 1048576 0\nB %s %s 4\ne 0\n' "$addr" "$(wc -c <"$tmp/$1.tar" | tr -d ' ')" \
		>"$tmp/script"
	zvsh_run --zvm-dir "$d,/,rw" --zvm-in "script=$tmp/script" --zvm-in "tar=$tmp/$1.tar" "$io"
	is 125 "$status" "$1: zvsh exits 125"
	like "refusing the saved image, $d is left as it was: $2" "$(err)" "$1: refused: $2"
	is "$before" "$(snapshot "$w")" "$1: nothing changed, inside DIR or out"
	is "$ino" "$(stat -c %i "$d")" "$1: DIR is the same directory"
	is "dir outside" "$(ls "$w" | tr '\n' ' ' | sed 's/ $//')" "$1: nothing was made beside DIR"
	is "" "$(workdirs_left)" "$1: no work directory is left behind"
}

T="tar --absolute-names"
$T -cf "$tmp/dotdot-name.tar" --transform 's,^f$,../escape,' -C "$st/plain" f
hostile dotdot-name "entry '../escape' has a '..' part"

$T -cf "$tmp/late-dotdot.tar" --transform 's,^f$,sub/../../escape,' -C "$st/plain" good f
hostile late-dotdot "entry 'sub/../../escape' has a '..' part"

$T -cf "$tmp/absolute-name.tar" --transform "s,^f\$,$w/outside/abs," -C "$st/plain" f
hostile absolute-name "entry '$w/outside/abs' has an absolute name"

$T -cf "$tmp/through-root-link.tar" -C "$st/root" l -C "$st/through" "l${w}/outside/pwned"
hostile through-root-link "entry 'l${w}/outside/pwned' lies beneath 'l', which is not a directory"

$T -cf "$tmp/through-dotdot-link.tar" -C "$st/dotdot" l -C "$st/through2" l/escape2
hostile through-dotdot-link "entry 'l/escape2' lies beneath 'l', which is not a directory"

$T -cf "$tmp/link-up.tar" -C "$st/plain" up
hostile link-up "link 'up' leads out of the directory ('../..')"

$T -cf "$tmp/link-absolute.tar" -C "$st/plain" abs
hostile link-absolute "link 'abs' leads out of the directory ('$w/outside')"

$T -cf "$tmp/link-via-link.tar" -C "$st/plain" s x
hostile link-via-link "link 'x' leads out of the directory ('s/..')"

$T -cf "$tmp/hardlink-dotdot.tar" --transform 's,^f$,../outside/victim,RSh' -C "$st/plain" f g
hostile hardlink-dotdot "hard link 'g' is not to a regular file before it in the image ('../outside/victim')"

$T -cf "$tmp/hardlink-absolute.tar" --transform "s,^f\$,$w/outside/victim,RSh" -C "$st/plain" f g
hostile hardlink-absolute "hard link 'g' is not to a regular file before it in the image ('$w/outside/victim')"

$T -cf "$tmp/device.tar" -C /dev null
hostile device "entry 'null' is not a file, directory, link or FIFO"

$T -cf "$tmp/twice.tar" -C "$st/plain" good good
hostile twice "entry 'good' appears twice"

printf 'this is not a tar image at all, just some bytes\n' >"$tmp/garbage.tar"
hostile garbage "not a tar image"

ln -s b "$st/loop/a"
ln -s a "$st/loop/b"
$T -cf "$tmp/link-loop.tar" -C "$st/loop" a b
hostile link-loop "link 'a' goes through more than 40 links ('b')"
