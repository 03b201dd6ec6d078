#!/bin/sh
# channels-traps.t - traps the supervisor must answer with an error and
# nothing else: a descriptor that names no channel (-1, the channel count,
# 1000000, INT_MAX) is -22 (EINVAL), a negative size is -14 (EFAULT), a
# buffer the nexe could not itself read or write is -22, an argument block
# outside user memory is -14, an unknown trap id is -1 (EPERM), Jail and
# Unjail are -38 (ENOSYS), and Fork to address 0, not the nexe's code, is
# -22.  None of them moves a byte, counts in the accounting or ends the
# session.
. "$top_srcdir/tests/vm/iolib.sh"
plan 12

# --- the badfd nexe, with only the three standard channels.
std_channels | manifest "$tmp/badfd.manifest" "$(nexe badfd)"
zerovm_run "$tmp/badfd.manifest"
is "0 3 ok" "$status $(report 3) $(report 6)" "badfd: three channels, the session ends ok"
is "read -1 = -22 write -1 = -22
read 3 = -22 write 3 = -22
read 1000000 = -22 write 1000000 = -22
read 2147483647 = -22 write 2147483647 = -22" "$(cat "$tmp/stdout")" \
	"descriptors -1, 3 (= the channel count), 1000000, INT_MAX: -22 both ways"

# --- the io nexe: /dev/a is 3, /dev/log 4, /dev/script 5; 6 channels.
printf 'abcdef' >"$tmp/a"
io_job 'r -1 1 0\nw -1 0 x\nr 6 1 0\nw 6 0 x\nr 1000000 1 0\nr 2147483647 1 0
r 3 -1 0\nr 3 -2147483648 0\nB 0x20000 -1 1
b 0 1 3\nb 0x20000 1 3\nb 0xff000000 1 3\nb 0x100000000 1 3\nB 0 1 1\nB 0xfffffff0 32 1
p 0\np 0xfffffffc
t 0\nt 12345\nt 0x64616553
t 0x6c69614a\nt 0x6c6a6e55\nt 0x6b726f46
r 3 6 0\ne 9\n' <<EOF
Channel = $tmp/a, /dev/a, 0, 0, 100, 1000, 0, 0
EOF
io_run
is "0 9 ok" "$status $(report 3) $(report 6)" "io: the session goes on to its own exit"
is "$(printf '= -22\n= -22\n= -22\n= -22\n= -22\n= -22')" "$(sed -n 1,6p "$tmp/log")" \
	"descriptors -1, 6 (= the channel count), 1000000, INT_MAX: -22"
is "$(printf '= -14\n= -14\n= -14')" "$(sed -n 7,9p "$tmp/log")" \
	"a negative size, read or write, is -14 (EFAULT)"
is "$(printf '= -22\n= -22\n= -22\n= -22')" "$(sed -n 10,13p "$tmp/log")" \
	"reading into the NULL guard, text, the user manifest or past 4 GiB: -22"
is "$(printf '= -22\n= -22')" "$(sed -n 14,15p "$tmp/log")" \
	"writing from the NULL guard or across the end of user memory: -22"
is "$(printf '= -14\n= -14')" "$(sed -n 16,17p "$tmp/log")" \
	"an argument block at 0 or across the end of user memory: -14"
is "$(printf '= -1\n= -1\n= -1')" "$(sed -n 18,20p "$tmp/log")" "unknown trap ids: -1 (EPERM)"
is "$(printf '= -38\n= -38\n= -22')" "$(sed -n 21,23p "$tmp/log")" \
	"Jail and Unjail: -38 (ENOSYS); Fork to address 0: -22 (EINVAL)"
is "= 6 $(hex abcdef)" "$(sed -n 24p "$tmp/log")" "the channel is untouched by the refused calls"
io_quiet
is "$(script_acct | awk '{ print $1 + 1, $2 + 6 }') 0 0 0 0 0 0" "$(accounting)" \
	"only the one good read is counted"
