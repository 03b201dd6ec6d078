# Subshells, command substitution, pipelines, background jobs: each is a
# child process of the shell.
x=outer
(x=inner; echo "in subshell: $x"; exit 3)
echo "after subshell: $x $?"
y=$(echo substituted)
echo "y=$y"
z=`echo back quoted`
echo "z=$z"
n=$(printf '%s\n' a b c | while read -r l; do echo "$l"; done | { c=0; while read -r l; do c=$((c + 1)); done; echo $c; })
echo "pipeline counted $n"
echo piped | read v
echo "read in a pipeline is a subshell's: [${v-}]"
false | true
echo "pipeline status $?"
sleep_() { i=0; while [ $i -lt 100 ]; do i=$((i + 1)); done; return 9; }
sleep_ &
wait $!
echo "background job status $?"
