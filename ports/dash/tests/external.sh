# External commands: the shell runs another program (fork and exec); $SH
# is this shell's own executable.
"$SH" -c 'echo "from a child shell: $0 $1"' zero one
echo "status $?"
"$SH" -c 'exit 3'
echo "status $?"
out=$("$SH" -c 'echo captured')
echo "out=$out"
echo "echo via stdin" | "$SH"
exec "$SH" -c 'echo replaced by exec; exit 6'
echo not reached
