#!/bin/sh
# dir-fifo-saved.t - FIFOs in saved images made by hand (GNU tar), which
# the io nexe copies into the write-only image of a --zvm-dir: sync makes
# the new ones with their modes, replaces a file by one, leaves one saved
# as it was packed untouched and removes one missing; rw replaces DIR
# with them; one beneath a FIFO is refused and nothing changes.  Without
# a ZRT program, so that the sanitizer build (no sysroot) runs it too;
# dir-fifo.t has what programs do.
. "$top_srcdir/tests/zvsh/zvshlib.sh"
gnu_tar || skip_all "the images are made with GNU tar (and its --transform)"
plan 9

io=$(nexe io)
addr=$(data_addr)
[ -n "$addr" ] || bail "cannot find the io nexe's buffer with nm"

# copy_out DIR,MOUNT,MODE IMAGE: a session whose program saves IMAGE, made
# on the host, as the write-only image of DIR.
copy_out() {
	printf 'r 7 1048576 0\nB %s %s 4\ne 0\n' "$addr" "$(wc -c <"$2" | tr -d ' ')" >"$tmp/script"
	zvsh_run --zvm-dir "$1" --zvm-in "script=$tmp/script" --zvm-in "tar=$2" "$io"
}

# An entry beneath a FIFO is refused, as beneath any file.
st=$tmp/st
mkdir -p "$st/x"
mkfifo "$st/p"
mkfifo "$st/x/q"
tar -cf "$tmp/beneath.tar" --transform 's,^x/q$,p/q,' -C "$st" p x/q
d=$tmp/dir3
mkdir -p "$d"
mkfifo -m 600 "$d/p"
before=$(snapshot "$d")
copy_out "$d,/,sync" "$tmp/beneath.tar"
is 125 "$status" "an image with an entry beneath a FIFO: zvsh exits 125"
like "entry 'p/q' lies beneath 'p', which is not a directory" "$(err)" "... naming it"
is "$before" "$(snapshot "$d")" "... and nothing changes"

# A saved image made by hand: a FIFO kept, one new, a file become a FIFO,
# one FIFO gone.
d=$tmp/dir2
mkdir -p "$d" "$tmp/st2"
mkfifo -m 600 "$d/keep"
mkfifo -m 644 "$d/gone"
printf 'file' >"$d/f"
mkfifo -m 600 "$tmp/st2/keep"
mkfifo -m 640 "$tmp/st2/new"
mkfifo -m 604 "$tmp/st2/f"
tar -cf "$tmp/saved.tar" -C "$tmp/st2" f keep new
kino=$(stat -c %i "$d/keep")
copy_out "$d,/,sync" "$tmp/saved.tar"
is "0 " "$status $(err)" "sync of a hand-made image with FIFOs"
is "fifo 604 fifo 600 fifo 640" "$(stat -c '%F %a' "$d/f" "$d/keep" "$d/new" | tr '\n' ' ' | sed 's/ $//')" \
	"... FIFOs made with their modes, a file replaced"
is "$kino" "$(stat -c %i "$d/keep")" "... the FIFO packed as it is saved is untouched"
ok "... the FIFO missing from the image is gone" test ! -e "$d/gone"
copy_out "$d,/,rw" "$tmp/saved.tar"
is "0 " "$status $(err)" "rw: the same image replaces DIR"
is "f keep new:fifo 604 fifo 600 fifo 640" \
	"$(ls "$d" | tr '\n' ' ' | sed 's/ $//'):$(stat -c '%F %a' "$d/f" "$d/keep" "$d/new" | tr '\n' ' ' | sed 's/ $//')" \
	"... with its FIFOs and nothing else"
