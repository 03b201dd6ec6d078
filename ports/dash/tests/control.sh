# Compound commands: if/elif/else, case, for, while, until, break, continue.
for v in 1 2 3; do
	if [ $v -eq 1 ]; then echo "one"
	elif [ $v -eq 2 ]; then echo "two"
	else echo "other $v"; fi
done
for w in apple Banana cherry x.c y.h "sp ace" ""; do
	case $w in
	a*) echo "$w: starts with a" ;;
	[A-Z]*) echo "$w: capital" ;;
	*.c|*.h) echo "$w: C source" ;;
	*' '*) echo "$w: has a space" ;;
	'') echo "empty" ;;
	*) echo "$w: other" ;;
	esac
done
case x in y) echo no ;; esac
echo "case without match: $?"
i=0
while [ $i -lt 5 ]; do
	i=$((i+1))
	[ $i -eq 2 ] && continue
	[ $i -eq 4 ] && break
	echo "while $i"
done
j=3
until [ $j -eq 0 ]; do echo "until $j"; j=$((j-1)); done
for a in 1 2; do
	for b in x y z; do
		[ $b = y ] && continue 2
		echo "$a$b"
	done
done
for a in 1 2 3; do
	for b in x y; do
		[ $a = 2 ] && break 2
		echo "$a$b"
	done
done
set -- p q r
for arg; do printf '%s,' "$arg"; done; echo
for none in; do echo never; done
echo "empty for: $?"
if false; then :; fi
echo "if without branch: $?"
while false; do :; done
echo "while never: $?"
{ echo grouped; echo commands; }
! true
echo "not true: $?"
true && echo and-yes || echo and-no
false && echo or-no || echo or-yes
false || false || echo "chain: $?"
