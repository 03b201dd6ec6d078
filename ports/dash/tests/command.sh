# command -v, type, alias, hash and builtins versus functions.
command -v echo
command -v cd
command -v if
myfunc() { :; }
command -v myfunc
alias ll='echo listing'
command -v ll
command -v no_such_command_zvm
echo "command -v missing: $?"
type echo
type myfunc
type if
type no_such_command_zvm
echo "type missing: $?"
echo() { printf 'function echo: %s\n' "$*"; }
echo through function
command echo through builtin
unset -f echo
alias
eval 'll now'
unalias ll
eval 'll' 2>/dev/null
echo "after unalias: $?"
command -V printf
command exit 0
