#!/bin/sh
# exec.t - execve(), system() and popen() in ZRT.  An image mounted at
# /bin holds the helper (tests/zrt/nexe/exec.c) as /bin/exec and as
# /bin/sh, a data file, a text file, a "#!" script and a script that runs
# itself.
. "$top_srcdir/tests/tap/libtap.sh"
. "$top_srcdir/tests/zrt/zrtlib.sh"
nexe=$top_builddir/tests/zrt/nexe/exec.nexe
[ -x "$zerovm" ] || skip_all "zerovm is not built"
[ -f "$nexe" ] || skip_all "$nexe is not built"
tap_tmpdir

mkdir "$tmp/bin"
cp "$nexe" "$tmp/bin/exec"
cp "$nexe" "$tmp/bin/sh"
printf 'abcdefgh' >"$tmp/bin/data"
printf 'just text\n' >"$tmp/bin/text"
printf '#!/bin/exec script-ran\n' >"$tmp/bin/script"
printf '#!/bin/loop\n' >"$tmp/bin/loop"
chmod 755 "$tmp/bin/exec" "$tmp/bin/sh" "$tmp/bin/text" "$tmp/bin/script" "$tmp/bin/loop"
chmod 644 "$tmp/bin/data"
tar -C "$tmp/bin" -cf "$tmp/image.tar" exec sh data text script loop

# run SCENARIO: the helper with argv[1] = SCENARIO and the image at /bin.
run() {
	printf '[args]\nargs = exec %s\n[env]\nname=HOME, value=/home\n[fstab]\nchannel=/dev/image, mountpoint=/bin, access=ro\n' \
		"$1" >"$tmp/nvram"
	zrt_reset
	zrt_nvram=$tmp/nvram
	zrt_memory=67108864
	zrt_channel /dev/image rro "$tmp/image.tar"
	rm -rf "$tmp/run"
	zrt_run "$tmp/run" "$nexe"
}

run child
if grep -q 'execve failed: Function not implemented' "$tmp/run/stdout"; then
	skip_all "this zerovm cannot exec"
fi
plan 13
is "0 ok" "$zrt_status $zrt_state" "fork and execve: the session ends ok"
is "forked 2
argc 4: [renamed] [started] [$(sed -n 's/.*\[started\] \[\([0-9]*\)\].*/\1/p' "$tmp/run/stdout")] [two words]
FOO=bar EMPTY= HOME=(none)
pid 2 ppid 1
cwd /bin umask 027
fd 3 closed
fd 4 reads [defgh]
fd 5 a pipe
time after 1
waited 2 status 5
the pipe gave [through the pipe], then 0" "$(cat "$tmp/run/stdout")" \
	"the new program has the arguments, environment, pid, cwd, umask, descriptors and clock execve gave it"

run pipe
is "read [sh ran: hello from a pipe
]then 0
status 0" "$(cat "$tmp/run/stdout")" \
	"a pipe's write end becomes the new program's stdout; EOF when it ends"

run system
is "system(NULL) 1
system exit 3: 1 3
sh ran: some command
system: 0
popen read: sh ran: from popen
pclose: 0" "$(cat "$tmp/run/stdout")" "system() and popen() run /bin/sh -c and give its wait status"

run script
is "script: argc 4 [/bin/exec] [/bin/script] [arg]" "$(cat "$tmp/run/stdout")" \
	"a #! script runs its interpreter with the interpreter's argument and the script's path"

run errors
is "missing: -1 No such file or directory" "$(sed -n 1p "$tmp/run/stdout")" "a missing file: ENOENT"
is "not executable: -1 Permission denied" "$(sed -n 2p "$tmp/run/stdout")" \
	"a file without execute permission: EACCES"
is "not a nexe: -1 Exec format error" "$(sed -n 3p "$tmp/run/stdout")" \
	"an executable text file without #!: ENOEXEC"
is "a directory: -1 Permission denied" "$(sed -n 4p "$tmp/run/stdout")" "a directory: EACCES"
is "loop: -1 Too many symbolic links" "$(sed -n 5p "$tmp/run/stdout")" \
	"a script that names itself as its interpreter: ELOOP after 4"

run self
is "0 ok 0" "$zrt_status $zrt_state $zrt_code" "process 1 replaces itself"
is "script: argc 4 [exec] [x] [y]" "$(cat "$tmp/run/stdout")" "... and the new program's output and code are the session's"

run path
is "script: argc 4 [exec] [found] [on the default path]" "$(cat "$tmp/run/stdout")" \
	"execvp() without PATH searches /bin:/usr/bin"
