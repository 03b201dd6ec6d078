# read: lines from standard input, splitting into variables, -r, IFS, EOF.
read first
echo "first: [$first]"
read a b c
echo "a=[$a] b=[$b] c=[$c]"
read one rest
echo "one=[$one] rest=[$rest]"
read raw
echo "escaped: [$raw]"
read -r raw
echo "raw: [$raw]"
IFS=: read x y z
echo "x=$x y=$y z=$z"
read cont
echo "continued: [$cont]"
read spaces
echo "trimmed: [$spaces]"
IFS= read -r kept
echo "kept: [$kept]"
n=0
while read -r line; do
	n=$((n + 1))
	[ "$line" = stop ] && break
	echo "loop $n: $line"
done
read -r last
echo "last: [$last] status $?"
read -r more
echo "at end: [$more] status $?"
