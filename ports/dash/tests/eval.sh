# eval, and dynamically named variables; the dot command.
eval 'echo one; echo two'
cmd='x=5; y=$((x * 2))'
eval "$cmd"
echo "x=$x y=$y"
for i in 1 2 3; do eval "v_$i=\$((i * i))"; done
eval echo "\$v_1 \$v_2 \$v_3"
name=v_2
eval "val=\$$name"
echo "indirect: $val"
eval 'f() { echo "defined by eval: $1"; }'
f arg
eval 'false'
echo "eval status: $?"
eval ''
echo "empty eval: $?"
q="it's \"quoted\" \$HOME"
eval "echo \"\$q\""
printf 'dotted=yes\necho "sourced with $# args"\n' > dotted.sh
. ./dotted.sh
echo "dotted=$dotted"
eval 'echo "syntax error follows"; if'
echo not reached
