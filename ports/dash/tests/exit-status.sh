# Exit statuses: $?, true/false, !, && and ||, return, exit N.
true; echo "true $?"
false; echo "false $?"
! false; echo "! false $?"
:; echo ": $?"
f() { return 42; }
f; echo "return 42: $?"
f || echo "|| after 42: $?"
f && echo never
echo "&& after 42: $?"
g() { return 300; }
g; echo "return 300: $?"
nosuchcommand_zvm 2>/dev/null
echo "not found: $?"
set -e
false || true
echo "set -e survives false || true"
if false; then :; fi
echo "set -e survives if false"
set +e
exit 5
echo not reached
