# set options (-e, -u, -f, -x, -v), $-, and pathname expansion.
: > a.txt; : > b.txt; : > c.log
echo *.txt
echo ?.log
echo [ab].*
echo d*
echo *.none
set -f
echo *.txt
set +f
for f in *; do printf '%s ' "$f"; done; echo
echo "flags: $-"
set -x
echo traced
set +x
set -v
echo verbose
set +v
set -- *.txt
echo "$# matches"
set -u
echo "${unset_but_defaulted-ok}"
echo $unset_var
echo not reached
