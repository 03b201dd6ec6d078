#!/bin/sh
# dir-sync.t - --zvm-dir DIR,MOUNTPOINT,sync: after an ok session what the
# program changed is applied to DIR in place; what it left alone is not
# touched, so changes made meanwhile by others survive.
. "$top_srcdir/tests/zvsh/zvshlib.sh"

sync_skip() {
	rm -rf "$tmp"
	skip_all "$@"
}
zvm_gcc=$top_builddir/toolchain/bin/zvm-gcc
[ -x "$zvm_gcc" ] || sync_skip "toolchain/bin/zvm-gcc is not built (configured with --disable-sysroot?)"
"$zvm_gcc" -O2 -o "$tmp/fsops.nexe" "$top_srcdir/tests/zvsh/fsops.c" >"$tmp/cc.log" 2>&1 ||
	sync_skip "cannot build tests/zvsh/fsops.c with zvm-gcc: $(head -n 1 "$tmp/cc.log")"
plan 31
nl='
'

d=$tmp/dir
mkdir -p "$d/sub" "$d/emptydir" "$d/keepdir"
printf 'keep' >"$d/keep.txt"
printf 'old' >"$d/change.txt"
printf 'gone' >"$d/gone.txt"
printf 'gone too' >"$d/sub/gone2"
printf 'mode' >"$d/mode.txt"
ln -s keep.txt "$d/link"
dino=$(stat -c %i "$d")
kino=$(stat -c %i "$d/keep.txt")
kmtime=$(stat -c %Y "$d/keep.txt")

fsops() {
	zvsh_run --zvm-dir "$d,/w,sync" --zvm-cwd /w "$tmp/fsops.nexe" "$@"
}

fsops w change.txt new w sub/new.txt hello mkdir newdir w newdir/f deep rm gone.txt \
	rm sub/gone2 rmdir emptydir ln change.txt link2 chmod 600 mode.txt
is "0" "$status" "the program's operations succeed"
is "" "$(err)" "... nothing on stderr"
is "$dino" "$(stat -c %i "$d")" "DIR is the same directory: changed in place"
is "new" "$(cat "$d/change.txt")" "a changed file has its new contents"
is "hello" "$(cat "$d/sub/new.txt")" "a new file in a kept directory"
is "deep" "$(cat "$d/newdir/f")" "a new directory with a file in it"
ok "a removed file is gone" test ! -e "$d/gone.txt"
ok "... in a subdirectory too" test ! -e "$d/sub/gone2"
ok "a removed empty directory is gone" test ! -e "$d/emptydir"
is "change.txt" "$(readlink "$d/link2")" "a new symbolic link"
is "keep.txt" "$(readlink "$d/link")" "an old one stays"
is "600" "$(stat -c %a "$d/mode.txt")" "a changed mode"
is "$kino $kmtime" "$(stat -c '%i %Y' "$d/keep.txt")" "a file the program left alone is untouched"
ok "the keepdir directory stays" test -d "$d/keepdir"
is "" "$(ls -a "$tmp" | grep zvsh-)" "nothing left beside DIR"

# Changes made on the host while the program runs survive: the program
# says it runs (DIR is packed by then), then waits on its standard input,
# a FIFO, until they are made.
mkfifo "$tmp/go" "$tmp/ready"
mkdir "$d/hostdir"
printf 'before' >"$d/hostdir/x"
"$ZVSH" --zvm-dir "$d,/w,sync" --zvm-cwd /w "$tmp/fsops.nexe" say ready wait w mine.txt mine \
	rm hostdir/x rmdir hostdir <"$tmp/go" >"$tmp/ready" 2>"$tmp/err" &
pid=$!
exec 3>"$tmp/go"
read -r line <"$tmp/ready"
printf 'host' >"$d/keep.txt"
printf 'host file' >"$d/hostdir/y"
exec 3>&-
wait $pid
is 0 "$?" "a program that waits for the host's changes"
is "mine" "$(cat "$d/mine.txt")" "... its change is applied"
is "host" "$(cat "$d/keep.txt")" "... a host change to a file it left alone survives"
is "host file" "$(cat "$d/hostdir/y")" "... a directory it removed stays when the host put a file in it"
ok "... while the file it removed there is gone" test ! -e "$d/hostdir/x"

# A caller working inside DIR keeps its working directory.
out=$(cd "$d" && "$ZVSH" --zvm-dir ".,/w,sync" --zvm-cwd /w "$tmp/fsops.nexe" w here.txt here &&
	cat here.txt && echo && pwd -P)
is "here$nl$(cd "$d" && pwd -P)" "$out" "a caller in DIR sees the change from its working directory"
is "$dino" "$(stat -c %i "$d")" "... DIR is still the same directory"

# Nothing is written back after a failed session.
fsops w late.txt late rm nosuch
is 1 "$status" "a program that fails (exit 1)"
ok "... its changes are applied all the same: it ended ok" test -f "$d/late.txt"
"$ZVSH" --zvm-timeout 1 --zvm-dir "$d,/w,sync" --zvm-cwd /w "$tmp/fsops.nexe" w t.txt t wait \
	</dev/zero >/dev/null 2>&1
is 124 "$?" "a session that times out"
ok "... changes nothing" test ! -e "$d/t.txt"

# A link out of DIR that was there before: the program did not make it,
# so the sync leaves it alone and applies the rest; one the program makes
# or changes is still refused, and then nothing is written back.
ln -s /nonexistent/outside "$d/abs"
fsops w withabs.txt yes
is 0 "$status" "DIR holds a link out of it, which the program leaves alone"
is "yes" "$(cat "$d/withabs.txt")" "... the program's change is applied"
is "/nonexistent/outside" "$(readlink "$d/abs")" "... the link is as it was"
fsops rm abs ln /etc/passwd abs w after.txt no
ok "a program that turns the link elsewhere out of DIR is refused" \
	sh -c "[ $status -ne 0 ] && grep -q \"link 'abs' leads out of the directory ('/etc/passwd')\" '$tmp/err'"
ok "... and nothing is written back" test ! -e "$d/after.txt"
