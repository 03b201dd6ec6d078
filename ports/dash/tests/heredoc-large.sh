# A here-document longer than PIPE_BUF: dash forks a child to write it.
s=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
c=0
while read -r l; do c=$((c + ${#l} + 1)); done <<EOF2
$s$s$s$s$s$s$s
0123456789abcdef0123456789abcdef0123456789abcdef012345678901234
EOF2
echo "read $c bytes"
