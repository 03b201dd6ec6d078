# Positional parameters: set --, shift, $#, $@ and $* quoted and not.
set -- a 'b c' d
echo "$#"
for p in "$@"; do echo "[$p]"; done
for p in "$*"; do echo "[$p]"; done
for p in $*; do echo "<$p>"; done
IFS=,
echo "$*"
IFS=' 	
'
shift
echo "$# $1"
shift 2
echo "$# [${1-none}]"
set -- 1 2 3 4 5 6 7 8 9 10 11
echo "$# $9 ${10} ${11} $10"
shift 3
echo "$1 $#"
set --
echo "empty: $# [$*] [$@]"
set -- "x y"
set -- "$@" z
echo "$# $1|$2"
set -- -n word
echo "$1 $2"
count() { echo $#; }
count "$@"
count $@ extra
count ""
count
shift 5
echo "shift too far: $?"
