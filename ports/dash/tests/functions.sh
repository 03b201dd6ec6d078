# Functions: arguments, return status, local, recursion, scope.
greet() {
	echo "hello $1 ($# args: $*)"
}
greet world a b
status() { return $1; }
status 7
echo "return 7: $?"
g=global
scope() {
	local g=local h
	h=inner
	echo "inside: $g $h"
	g=changed
}
scope
echo "outside: $g [${h-unset}]"
setter() { s=set_by_function; }
setter
echo "$s"
fact() {
	if [ $1 -le 1 ]; then
		r=1
	else
		fact $(($1 - 1))
		r=$((r * $1))
	fi
}
fact 10
echo "10! = $r"
fib() {
	local n=$1 a b
	if [ $n -lt 2 ]; then
		fr=$n
		return
	fi
	fib $((n - 1)); a=$fr
	fib $((n - 2)); b=$fr
	fr=$((a + b))
}
fib 15
echo "fib 15 = $fr"
set -- outer1 outer2
args() { echo "in function: $# $1"; }
args inner
echo "after: $# $1"
early() {
	echo before
	return 3
	echo after
}
early
echo "early: $?"
noret() { false; }
noret
echo "last status: $?"
over() { echo first; }
over() { echo second; }
over
unset -f over
over 2>/dev/null
echo "unset function: $?"
