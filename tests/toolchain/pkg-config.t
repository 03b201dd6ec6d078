#!/bin/sh
# pkg-config.t - zvm-pkg-config sees only .pc files in the sysroot next to
# it and prefixes the paths they name with that sysroot.
. "$top_srcdir/tests/toolchain/lib.sh"
plan 9
tap_tmpdir

# A copy of the commands next to a sysroot of our own, so the build tree's
# sysroot is not touched.
mkdir -p "$tmp/toolchain/bin" "$tmp/sysroot/x86_64-zerovm-elf/usr/lib/pkgconfig" "$tmp/extra"
cp "$zvm_bin/zvm-pkg-config" "$zvm_bin/x86_64-zerovm-elf-pkg-config" "$tmp/toolchain/bin/"
sr=$(cd "$tmp/sysroot/x86_64-zerovm-elf" && pwd)
cat >"$sr/usr/lib/pkgconfig/foo.pc" <<'EOT'
prefix=/usr
libdir=${prefix}/lib/foo
includedir=${prefix}/include/foo
Name: foo
Description: a library installed into the sysroot
Version: 1.2.3
Cflags: -I${includedir}
Libs: -L${libdir} -lfoo
EOT
sed 's/foo/bar/g' "$sr/usr/lib/pkgconfig/foo.pc" >"$tmp/extra/bar.pc"
pc=$tmp/toolchain/bin/zvm-pkg-config

# words CMD...: CMD's output with blanks normalised (pkgconf ends with one).
words() {
	echo $("$@")
}

is 1.2.3 "$("$pc" --modversion foo)" "finds a .pc in the sysroot"
is "-I$sr/usr/include/foo" "$(words "$pc" --cflags foo)" "--cflags are inside the sysroot"
is "-L$sr/usr/lib/foo -lfoo" "$(words "$pc" --libs foo)" "--libs are inside the sysroot"
is 1.2.3 "$("$tmp/toolchain/bin/x86_64-zerovm-elf-pkg-config" --modversion foo)" \
	"x86_64-zerovm-elf-pkg-config, the name configure --host looks for, too"
ok "host packages are invisible" sh -c "! '$pc' --exists zlib && ! '$pc' --exists libseccomp"
ok "... even with PKG_CONFIG_PATH naming host directories" sh -c \
	"! PKG_CONFIG_PATH=/usr/lib/x86_64-linux-gnu/pkgconfig:/usr/share/pkgconfig '$pc' --exists zlib"
is 1.2.3 "$(ZVM_PKG_CONFIG_PATH=$tmp/extra "$pc" --modversion bar)" "ZVM_PKG_CONFIG_PATH adds directories"
ok "the build tree's zvm-pkg-config uses the build sysroot" sh -c "! zvm-pkg-config --exists foo"

ln -s "$pc" "$tmp/zpc"
is 1.2.3 "$("$tmp/zpc" --modversion foo)" "works through a symbolic link"
