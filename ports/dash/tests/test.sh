# test and [: strings, integers, files, negation, -a/-o and status.
t() { if "$@"; then echo "true : $*"; else echo "false: $*"; fi; }
t test abc = abc
t test abc != abc
t [ -z "" ]
t [ -n "" ]
t [ -n x ]
t [ x ]
t [ "" ]
t [ 3 -eq 3 ]
t [ 3 -ne 3 ]
t [ 2 -lt 10 ]
t [ 10 -le 9 ]
t [ -5 -gt -6 ]
t [ 7 -ge 8 ]
t [ abc \< abd ]
t [ b \> a ]
t [ ! -n "" ]
t [ x = x -a y = z ]
t [ x = x -o y = z ]
t [ \( 1 -eq 1 \) -a ! \( 2 -eq 3 \) ]
echo data > file
: > empty
t [ -e file ]
t [ -f file ]
t [ -f dir ]
t [ -d dir ]
t [ -s file ]
t [ -s empty ]
t [ -r file ]
t [ -w file ]
t [ -e missing ]
t [ file -ef file ]
t [ -h file ]
t test
[ 1 -eq 2 ]
echo "status of false test: $?"
[ 1 -eq ]
echo "status of bad test: $?"
[ a = a
echo "status of missing ]: $?"
