#!/bin/sh
# libarchive.t - the sysroot's libarchive and zlib: zvm-pkg-config names
# them, a nexe links them (progs/tarlist.c) and lists tar images read from
# stdin exactly as GNU tar lists them - pax, ustar and GNU formats, names
# longer than 100 and 255 bytes, UTF-8 names, links, gzip - and a damaged
# image ends in an error message and exit code 1, never a crash.
. "$top_srcdir/tests/toolchain/lib.sh"
tar --version 2>/dev/null | grep -q 'GNU tar' || skip_all "GNU tar is not installed"
command -v gzip >/dev/null 2>&1 || skip_all "gzip is not installed"
plan 23
tap_tmpdir
cd "$tmp" || bail "cd $tmp"
sr=$(cd "$zvm_sysroot" && pwd)

# words CMD...: CMD's output with blanks normalised.
words() {
	echo $("$@")
}

ok "zvm-pkg-config knows libarchive and zlib" zvm-pkg-config --exists libarchive zlib
is "-L$sr/usr/lib -larchive -lz" "$(words zvm-pkg-config --libs libarchive)" \
	"zvm-pkg-config --libs libarchive names zlib too (links are static)"
is "-L$sr/usr/lib -lz" "$(words zvm-pkg-config --libs zlib)" "zvm-pkg-config --libs zlib"

# The way a port links them: flags from zvm-pkg-config, unused code dropped.
ok "a nexe links libarchive and zlib" zvm-gcc -O2 -o tarlist.nexe "$progs/tarlist.c" \
	$(zvm-pkg-config --cflags --libs libarchive) -Wl,--gc-sections
nexe_ok tarlist.nexe "... into a valid nexe"

# A CMake port finds them through the toolchain file.
if command -v cmake >/dev/null 2>&1; then
	mkdir cmake
	cat >cmake/CMakeLists.txt <<EOT
cmake_minimum_required(VERSION 3.17)
project(tarlist C)
find_package(ZLIB REQUIRED)
find_package(LibArchive REQUIRED)
add_executable(tarlist "$progs/tarlist.c")
target_link_libraries(tarlist LibArchive::LibArchive ZLIB::ZLIB)
EOT
	cmake -S cmake -B cmake/build \
		-DCMAKE_TOOLCHAIN_FILE="$sr/usr/share/zerovm/x86_64-zerovm-elf.cmake" \
		>cmake.log 2>&1 && cmake --build cmake/build >>cmake.log 2>&1
	tap_result $? "CMake's find_package(ZLIB) and find_package(LibArchive) find them" ||
		tail -20 cmake.log | sed 's/^/# /'
else
	skip "cmake is not installed"
fi

# The tree to archive: files (empty, small, multi-block), a directory, a
# symbolic and a hard link, a UTF-8 name, a 127-byte path (ustar splits it
# into prefix and name), a 298-byte path and a 160-byte link target (past
# what ustar can hold).
mkdir src && cd src || bail "cd src"
m=$(printf '%060d' 0 | tr 0 m)
n=$(printf '%060d' 0 | tr 0 n)
a=$(printf '%0100d' 0 | tr 0 a)
b=$(printf '%0100d' 0 | tr 0 b)
c=$(printf '%090d' 0 | tr 0 c)
x=$(printf '%0160d' 0 | tr 0 x)
mkdir -p d "d/$m" "d/$a/$b" || bail "mkdir"
printf 'hello\n' >d/hello.txt
: >d/empty
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "%07d\n", i }' >d/big.txt
printf 'gr\303\274\303\237e\n' >"d/gr$(printf '\303\274\303\237')e.txt"
ln -s hello.txt d/link
ln d/hello.txt d/hard
printf 'medium\n' >"d/$m/$n.txt"
printf 'long\n' >"d/$a/$b/$c.txt"
ln -s "$x" d/longlink
find d | LC_ALL=C sort >../all.list
grep -v -e "$a" -e longlink ../all.list >../ustar.list
cd .. || bail "cd .."
awk 'length($0) > 255 { long = 1 } END { exit !long }' all.list &&
	awk 'length($0) > 100 && length($0) <= 155 + 1 + 100 { mid = 1 } END { exit !mid }' ustar.list
tap_result $? "the test tree has paths longer than 100 and 255 bytes"

# make_tar FORMAT LIST: FORMAT.tar from the files named in LIST.
make_tar() {
	tar -C src --format="$1" --owner=0 --group=0 --numeric-owner --mtime=@1700000000 \
		--no-recursion -T "$2" -cf "$1.tar" 2>"$1.tar.err" || {
		sed 's/^/# /' "$1.tar.err"
		bail "GNU tar cannot make a $1 archive"
	}
}
make_tar pax all.list
make_tar gnu all.list
make_tar ustar ustar.list
gzip -n -c pax.tar >pax.tar.gz

if ! have_zerovm; then
	while [ "$tap_count" -lt 23 ]; do
		skip "zerovm is not built yet ($zerovm)"
	done
	exit 0
fi

# GNU tar's verbose listing in tarlist's terms: type letter, size, the
# rest (name, "-> target", "link to target"), bytes as they are.
tar_tv() {
	LC_ALL=C tar --quoting-style=literal -tvf "$1" |
		sed 's/^\(.\)[^ ]*  *[^ ]*  *\([0-9][0-9]*\)  *[^ ]*  *[^ ]* \(.*\)$/\1 \2 \3/'
}

# lists IMAGE EXPECTED DESC: tarlist prints EXPECTED for IMAGE and ends well.
lists() {
	run_nexe tarlist.nexe "$1"
	if cmp -s "$2" tarlist.nexe.stdout; then
		tap_result 0 "$3"
	else
		tap_result 1 "$3"
		diff "$2" tarlist.nexe.stdout | sed 's/^/# /'
		sed 's/^/# /' tarlist.nexe.stderr tarlist.nexe.vmerr
	fi
	if [ "$run_code" = 0 ] && [ "$run_state" = ok ] && [ ! -s tarlist.nexe.stderr ]; then
		tap_result 0 "... exits 0 without a warning"
	else
		tap_result 1 "... exits 0 without a warning"
		diag "code $run_code, state $run_state"
		sed 's/^/# /' tarlist.nexe.stderr tarlist.nexe.vmerr
	fi
}

for f in pax gnu ustar; do
	tar_tv $f.tar >$f.expected
	[ "$(wc -l <$f.expected)" -eq "$(wc -l <"$(test $f = ustar && echo ustar || echo all).list")" ] ||
		bail "tar -tv of $f.tar does not list every file"
	lists $f.tar $f.expected "a $f archive made by GNU tar lists as tar -tv lists it"
done
lists pax.tar.gz pax.expected "a .tar.gz (zlib) lists as the tar inside it"

# refuses IMAGE MESSAGE DESC: tarlist fails on IMAGE with MESSAGE on stderr,
# exit code 1, and the session still ends normally (no signal, no fault).
refuses() {
	run_nexe tarlist.nexe "$1"
	if [ "$run_code" = 1 ] && [ "$run_state" = ok ] &&
		grep -q "^tarlist: .*$2" tarlist.nexe.stderr; then
		tap_result 0 "$3"
	else
		tap_result 1 "$3"
		diag "code $run_code, state $run_state"
		sed 's/^/# /' tarlist.nexe.stderr tarlist.nexe.vmerr
	fi
}

# patch_byte FILE OFFSET: overwrite one byte of FILE with 'X'.
patch_byte() {
	printf X | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}

head -c 3000 pax.tar >cut-data.tar
refuses cut-data.tar "Truncated tar archive" "a tar cut inside a file's data"
head -c 700 ustar.tar >cut-header.tar
refuses cut-header.tar "Truncated tar archive" "a tar cut inside a header"
cp ustar.tar bad-checksum.tar
patch_byte bad-checksum.tar $((512 + 3))
refuses bad-checksum.tar "Damaged tar archive" "a tar header with a wrong checksum"
cp gnu.tar bad-size.tar
# The size field of the second header (d/big.txt): octal digits no more.
printf 'zzzzzzzzzzz' | dd of=bad-size.tar bs=1 seek=$((512 + 124)) conv=notrunc 2>/dev/null
refuses bad-size.tar "" "a tar header with garbage in its size field"
head -c $(($(wc -c <pax.tar.gz) / 2)) pax.tar.gz >cut.tar.gz
refuses cut.tar.gz "" "a .tar.gz cut in half"
awk 'BEGIN { srand(1); for (i = 0; i < 4096; i++) printf "%c", 32 + int(rand() * 95) }' >garbage
refuses garbage "Unrecognized archive format" "4 KiB that are no archive at all"
gzip -n -c garbage >garbage.gz
refuses garbage.gz "Unrecognized archive format" "... nor once gunzipped"
: >nothing
refuses nothing "" "an empty input"
