# echo: dash's echo takes -n and always interprets backslash escapes.
echo
echo one two   three
echo "one two   three"
echo -n "no newline; "
echo next
echo 'tab\there' 'new\nline'
echo 'octal \0101\0102'
echo 'stop here\c' not printed
echo '\\ backslash'
echo -e 'dash prints -e'
echo -- dashes
echo -n
echo "after -n alone"
