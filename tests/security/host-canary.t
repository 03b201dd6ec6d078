#!/bin/sh
# host-canary.t - a host file that the manifest does not name stays
# unread and unchanged, whatever the nexe does with its path.
#
# A canary file with known content, mode 0600 and an old access time
# (older than its modification time, so that even a relatime mount would
# record a read) sits in the test's scratch folder.  The nexe is told its
# path and tries, one session each, to open it for reading, open it for
# writing with truncation, openat it, creat over it, truncate, chmod,
# rename, unlink it, set its times and exec it.  Every attempt must end
# the session as a forbidden call, and afterwards the file must have the
# same content, mode, size and times.
. "$top_srcdir/tests/security/seclib.sh"
plan 26

canary=$tmp/secret/canary
mkdir "$tmp/secret"
printf 'canary %s\n' "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" >"$canary"
chmod 0600 "$canary"
sum_before=$(sha256sum <"$canary")
# The times last: reading the file for its digest would set the access
# time.
touch -m -d '2020-01-02 03:04:05' "$canary"
touch -a -d '2001-02-03 04:05:06' "$canary"
before=$(stat -c '%X %Y %Z %s %a %h' "$canary")

std_channels "$tmp/stdin" /dev/fd/4 | manifest "$tmp/call.manifest" "$(sec_nexe call)"

# attempt NR NAME ARGS...: the call, with P standing for the canary's path.
attempt() {
	nr=$1
	name=$2
	shift 2
	printf '%s %s\n%s\n' "$nr" "$*" "$canary" >"$tmp/stdin"
	"$ZEROVM" -T "$tmp/report" "$tmp/call.manifest" >/dev/null 2>"$tmp/zerovm.err" \
		4>"$tmp/stdout" </dev/null
	status=$?
	at=$(sed -n 's/^at=//p' "$tmp/stdout")
	is "forbidden system call $nr ($name) at $at" "$(report 6)" "$name on the canary is refused"
	is 7 "$status" "$name: zerovm exits with status 7"
}

attempt 2 open P 0                      # O_RDONLY
attempt 2 open P 0x242 0666             # O_RDWR | O_CREAT | O_TRUNC
attempt 257 openat -100 P 0             # AT_FDCWD
attempt 85 creat P 0666
attempt 76 truncate P 0
attempt 90 chmod P 0777
attempt 82 rename P P
attempt 87 unlink P
attempt 132 utime P 0
attempt 59 execve P 0 0

# The times first, before this script reads the file itself.
is "$before" "$(stat -c '%X %Y %Z %s %a %h' "$canary")" \
	"access, modification and change times, size, mode and links are unchanged"
is "$sum_before" "$(sha256sum <"$canary")" "the content is unchanged"
is 600 "$(stat -c %a "$canary")" "the mode is still 0600"
is "canary" "$(ls "$tmp/secret")" "nothing else appeared beside it"
case $(findmnt -no OPTIONS -T "$canary" 2>/dev/null) in
*noatime*) diag "the scratch folder is mounted noatime: reads would not show in the access time" ;;
esac
is "" "$(cat "$tmp/zerovm.err")" "zerovm printed nothing of its own"
ok "the manifest does not name the canary" sh -c "! grep -q secret '$tmp/call.manifest'"
