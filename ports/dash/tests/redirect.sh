# Redirections of builtins: >, >>, <, 2>&1, >&-, exec with descriptors.
echo first > out.txt
echo second >> out.txt
read l1 < out.txt
echo "read back: $l1"
while read -r l; do echo "line: $l"; done < out.txt
echo to stderr >&2
{ echo grouped out; echo grouped err >&2; } 2>&1 > group.txt
while read -r l; do echo "group.txt: $l"; done < group.txt
exec 3> fd3.txt
echo "via fd 3" >&3
echo "again fd 3" >&3
exec 3>&-
while read -r l; do echo "fd3.txt: $l"; done < fd3.txt
exec 4< out.txt
read a <&4
read b <&4
exec 4<&-
echo "from fd 4: $a, $b"
echo closed >&4
echo "write to closed fd: $?"
: > truncated.txt
echo "x" >> truncated.txt
while read -r l; do echo "truncated.txt: $l"; done < truncated.txt
set -C
echo clobber > out.txt
echo "noclobber: $?"
echo forced >| out.txt
set +C
read l < out.txt
echo "after >|: $l"
echo data 1>/dev/null
echo "to /dev/null: $?"
read nothing < /dev/null
echo "read /dev/null: $? [$nothing]"
cd_err() { cd /no/such/dir; }
cd_err 2>/dev/null
echo "cd failure status $?"
read x < missing.txt
echo "failed redirection: $?"
