# Variables: assignment, quoting, field splitting, unset, readonly, export.
a=hello
b="two  words"
echo $a "$b" $b
c='single $a'
echo "$c" "${a}world"
echo "nested \"quotes\" and \$a and \\"
unset a
echo "a is [${a}] set? ${a+yes}${a-no}"
x=1 y=2 z=3
echo $x$y$z
readonly r=fixed
echo "r=$r"
export e=exported
echo "e=$e"
IFS=:
list=a:b::c
set -- $list
echo "$# fields: $1|$2|$3|$4"
IFS=' 	
'
s="  lead and trail  "
set -- $s
echo "$#: $*"
echo "${#s}"
empty=
echo "[$empty] [${empty:-default}] [${unset_var:-default}]"
