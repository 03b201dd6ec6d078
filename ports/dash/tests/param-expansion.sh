# Parameter expansion: removing prefixes and suffixes, lengths, defaults.
path=/usr/local/lib/libfoo.so.1.2
echo "${path#*/}"
echo "${path##*/}"
echo "${path%.*}"
echo "${path%%.*}"
echo "${path#/usr}"
echo "${path%/*}"
echo "${#path}"
x=
echo "[${x:-dflt}] [${x-dflt}] [${x:+alt}] [${x+alt}]"
unset x
echo "[${x:-dflt}] [${x-dflt}] [${x:+alt}] [${x+alt}]"
x=val
echo "[${x:-dflt}] [${x-dflt}] [${x:+alt}] [${x+alt}]"
unset y
echo "${y:=assigned} y=$y"
y=
echo "${y=kept} y=[$y]"
file=archive.tar.gz
echo "${file%.gz}" "${file%.tar.gz}" "${file#archive}"
pat='*.gz'
echo "${file%$pat}" "${file%"$pat"}"
star='a*b'
echo "${star#a\*}" "${star#'a*'}"
n=12345
echo "${#n} ${n#??} ${n%???}"
set -- one two three
echo "${#} ${1#o} ${3%e*} ${#2}"
echo "${z:?is not set}"
echo not reached
