# Here-documents: expanded, quoted, tab-stripped, into builtins and loops.
name=world
cat_() { while IFS= read -r l; do printf '%s\n' "$l"; done; }
cat_ <<EOF2
hello $name
sum $((2 + 3))
\$name is escaped, so is \\ this
EOF2
cat_ <<'EOF2'
hello $name
$((2 + 3)) `not run`
EOF2
cat_ <<-EOF2
	tab stripped
		both tabs
	EOF2
read a b <<EOF2
first second third
EOF2
echo "a=$a b=$b"
n=0
while read -r w; do n=$((n + 1)); echo "$n: $w"; done <<EOF2
x
y
z
EOF2
cat_ <<A; cat_ <<B
from A
A
from B
B
# Up to PIPE_BUF bytes (512 in newlib) go into the pipe at once; a longer
# here-document is written by a child process (heredoc-large.sh).
s=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
c=0
while read -r l; do c=$((c + ${#l} + 1)); done <<EOF2
$s$s$s$s$s$s$s
0123456789abcdef0123456789abcdef0123456789abcdef01234567890123
EOF2
echo "read $c bytes"
