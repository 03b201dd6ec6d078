# trap: EXIT, a signal the shell sends itself, ignoring, resetting, listing.
trap 'echo "exit trap, status $?"' EXIT
trap 'echo "caught USR1"' USR1
kill -s USR1 $$
echo "after kill: $?"
trap 'echo "caught TERM"; termed=yes' TERM
kill -TERM $$
echo "termed=$termed"
trap '' USR2
kill -s USR2 $$
echo "USR2 ignored"
trap - TERM
trap
trap - USR1
trap
f() { trap 'echo "HUP in f"' HUP; kill -HUP $$; }
f
echo "last line"
exit 4
