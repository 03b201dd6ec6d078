#!/bin/sh
# host-strings.t - nothing of the host is in the nexe's address space: no
# host path, no environment string, no manifest text, no host mapping.
#
# zerovm starts with an environment variable, a working directory, a
# manifest path and a manifest comment line that each carry a unique
# random marker; the channels' host paths carry it too.  While the nexe
# waits on a FIFO, /proc/CHILD/maps must list only user memory below
# 4 GiB, all of it backed by the user-memory file (plus the kernel's
# vsyscall page), and no readable byte of the child's memory, read through
# /proc/CHILD/mem, may contain the marker, the build tree's path, an
# environment assignment or the manifest's keys.
. "$top_srcdir/tests/security/seclib.sh"

command -v python3 >/dev/null || skip_all "python3 is needed to read the child's memory"
plan 10

marker=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
env_value=ZVM_CANARY_ENV_$marker
comment="ZVM_CANARY_COMMENT_$marker"
dir=$tmp/zvm_canary_dir_$marker
mkdir "$dir"
mkfifo "$dir/in"
{
	echo "Version = 20130611"
	echo "# $comment"
	echo "Program = $(sec_nexe block)"
	echo "Memory = 33554432, 0"
	echo "Timeout = 10"
	echo "Channel = $dir/in, /dev/stdin, 0, 0, 1000, 1000000, 0, 0"
	echo "Channel = /dev/fd/4, /dev/stdout, 0, 0, 0, 0, 1000, 1000000"
	echo "Channel = $dir/err_$marker, /dev/stderr, 0, 0, 0, 0, 1000, 1000000"
} >"$dir/job_$marker.manifest"

exec 3<>"$dir/in"
(cd "$dir" && exec env ZVM_CANARY="$env_value" "$ZEROVM" -T "$tmp/report" \
	"$dir/job_$marker.manifest" >/dev/null 2>"$tmp/zerovm.err" 4>"$tmp/ready" 3>&- \
	</dev/null) &
zpid=$!

sec_wait_for "$tmp/ready" ready
tap_result $? "the nexe runs and waits on its FIFO" || bail "the nexe never started"
child=$(sec_child $zpid)
tap_result $? "zerovm has one child ($child)" || bail "no child to inspect"
ok "zerovm itself does carry the marker in its environment" \
	grep -qF "$env_value" "/proc/$zpid/environ"

# The scan reads maps and mem; it prints one line per finding and a
# summary line "regions N bytes M" on success.
cat >"$tmp/scan.py" <<'PYEOF'
import sys

pid, out = sys.argv[1], sys.argv[2]
needles = [n.encode() for n in sys.argv[3:]]
bad_maps, found, regions, total = [], [], 0, 0
with open("/proc/%s/maps" % pid) as maps:
    lines = maps.read().splitlines()
with open("/proc/%s/mem" % pid, "rb", buffering=0) as mem:
    for line in lines:
        fields = line.split()
        start, end = (int(x, 16) for x in fields[0].split("-"))
        perms = fields[1]
        path = fields[5] if len(fields) > 5 else ""
        if path == "[vsyscall]":
            pass
        elif end > 0x100000000:
            bad_maps.append("above 4 GiB: " + line)
        elif not path.startswith("/memfd:zerovm-user-memory") and \
                not path.startswith("/memfd:zerovm-shared-memory"):
            bad_maps.append("not user memory: " + line)
        if "r" not in perms or path == "[vsyscall]":
            continue
        regions += 1
        mem.seek(start)
        data = mem.read(end - start)
        total += len(data)
        for n in needles:
            i = data.find(n)
            if i >= 0:
                found.append("%r at 0x%x" % (n, start + i))
with open(out, "w") as f:
    for b in bad_maps:
        f.write("map " + b + "\n")
    for x in found:
        f.write("found " + x + "\n")
    f.write("regions %d bytes %d\n" % (regions, total))
PYEOF
python3 "$tmp/scan.py" "$child" "$tmp/scan" "$marker" "ZVM_CANARY" "$top_builddir" \
	"$top_srcdir" "$tmp" "PATH=" "HOME=" "Version = " "Program = " "Channel = " \
	"zerovm" "/usr/lib" "GLIBC" 2>"$tmp/scan.err"
tap_result $? "the child's maps and memory were read" || diag "$(cat "$tmp/scan.err")"
is "" "$(sed -n 's/^map //p' "$tmp/scan")" \
	"every mapping is user memory below 4 GiB, or the vsyscall page"
is "" "$(sed -n 's/^found //p' "$tmp/scan")" \
	"no marker, host path, environment or manifest text in the child's memory"
diag "scanned $(sed -n 's/^regions //p' "$tmp/scan")"
like "regions " "$(cat "$tmp/scan")" "the scan covered the readable regions"

# A control: the same scan finds what is there, the channel alias in the
# user manifest and the nexe's own "ready".
python3 "$tmp/scan.py" "$child" "$tmp/control" /dev/stdin "ready" 2>>"$tmp/scan.err"
is 2 "$(grep -c '^found ' "$tmp/control")" "the scan does find strings that are there"
is "" "$(tr -d '\0' <"/proc/$child/environ" 2>/dev/null)" \
	"the kernel finds no environment at the child's old environ address"

exec 3>&-
wait $zpid
is 0 "$?" "the session ends normally when the FIFO closes"
