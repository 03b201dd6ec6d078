#!/bin/sh
# descriptors.t - the running nexe holds no descriptor and no privilege.
#
# While the nexe waits in a read from a FIFO that nobody writes, the
# sandboxed child is inspected from outside through /proc: its descriptor
# table must be empty (descriptors 0-1023 and beyond: the listener copy
# was closed, every channel belongs to the supervisor), it must be under
# one seccomp filter with no_new_privs, with no capabilities, one thread,
# and, when zerovm runs as root, the unprivileged id 65534 without being
# open to other processes of that id.
. "$top_srcdir/tests/security/seclib.sh"

[ -r /proc/self/status ] || skip_all "no /proc to look at the child through"
plan 17

mkfifo "$tmp/in"
{
	echo "Channel = $tmp/in, /dev/stdin, 0, 0, 1000, 1000000, 0, 0"
	echo "Channel = /dev/fd/4, /dev/stdout, 0, 0, 0, 0, 1000, 1000000"
	echo "Channel = /dev/null, /dev/stderr, 0, 0, 0, 0, 1000, 1000000"
} | manifest "$tmp/block.manifest" "$(sec_nexe block)"

# The script holds the FIFO open for writing (read-write: that open never
# blocks), so that zerovm's open succeeds and the nexe's read waits.
exec 3<>"$tmp/in"
"$ZEROVM" -T "$tmp/report" "$tmp/block.manifest" >/dev/null 2>"$tmp/zerovm.err" \
	4>"$tmp/ready" 3>&- </dev/null &
zpid=$!

sec_wait_for "$tmp/ready" ready
tap_result $? "the nexe runs and waits on its FIFO" || bail "the nexe never started"
child=$(sec_child $zpid)
tap_result $? "zerovm has one child ($child)" || bail "no child to inspect"

is "" "$(ls -A "/proc/$child/fd" 2>&1)" "the child holds no descriptors at all"
is 2 "$(sec_field "$child" Seccomp)" "Seccomp: 2 (filter mode)"
is 1 "$(sec_field "$child" Seccomp_filters)" "exactly one filter"
is 1 "$(sec_field "$child" NoNewPrivs)" "NoNewPrivs: 1"
is 0000000000000000 "$(sec_field "$child" CapEff)" "no effective capabilities"
is 0000000000000000 "$(sec_field "$child" CapPrm)" "no permitted capabilities"
is 0000000000000000 "$(sec_field "$child" CapAmb)" "no ambient capabilities"
is 1 "$(sec_field "$child" Threads)" "one thread"
if [ "$(id -u)" -eq 0 ]; then
	is "65534 65534 65534 65534" "$(sec_field "$child" Uid)" "root's child runs as uid 65534"
	is "65534 65534 65534 65534" "$(sec_field "$child" Gid)" "... and gid 65534"
	is "" "$(sec_field "$child" Groups)" "... no supplementary groups"
	is 0000000000000000 "$(sec_field "$child" CapBnd)" "... and an empty bounding set"
	# Changing ids made the child non-dumpable: its /proc files stay
	# root's, so no other process running as 65534 can trace it or read
	# its memory.
	is 0 "$(stat -c %u "/proc/$child/mem")" "... and it is not dumpable by uid 65534"
else
	skip "zerovm is not run as root: no uid to drop"
	skip "zerovm is not run as root: no gid to drop"
	skip "zerovm is not run as root: no groups to drop"
	skip "zerovm is not run as root: no bounding set to empty"
	skip "zerovm is not run as root: the child stays the user's own"
fi

# End of input: the nexe reads 0 and exits with the count (0).
exec 3>&-
wait $zpid
is 0 "$?" "the session ends normally when the FIFO closes"
is ok "$(report 6)" "exit state ok"
