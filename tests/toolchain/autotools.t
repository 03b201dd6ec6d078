#!/bin/sh
# autotools.t - an autotools project configures with
# --host=x86_64-zerovm-elf --build=x86_64-pc-linux-gnu and the sysroot's
# config.site, finds the target's functions and not the host's libraries,
# and builds a nexe.
. "$top_srcdir/tests/toolchain/lib.sh"
command -v autoreconf >/dev/null 2>&1 || skip_all "autoreconf (autoconf, automake) is not installed"
plan 9
tap_tmpdir
cp -R "$top_srcdir/tests/toolchain/autotools-hello" "$tmp/src" || bail "copy failed"
chmod -R u+w "$tmp/src"
ok "autoreconf" sh -c "cd '$tmp/src' && autoreconf -fi >'$tmp/autoreconf.log' 2>&1"
mkdir "$tmp/build"
cd "$tmp/build" || bail "cd $tmp/build"
ok "configure --host=x86_64-zerovm-elf" sh -c \
	"CONFIG_SITE='$zvm_sysroot/usr/share/zerovm/config.site' ../src/configure \
	--host=x86_64-zerovm-elf --build=x86_64-pc-linux-gnu >configure.out 2>&1" ||
	tail -20 configure.out config.log | sed 's/^/# /'
like "x86_64-zerovm-elf-gcc" "$(grep '^CC=' config.log)" "configure picked x86_64-zerovm-elf-gcc"
like "checking for seccomp_init in -lseccomp... no" "$(cat configure.out)" \
	"the host's libseccomp is not found"
like "#define HAVE_GETLINE 1" "$(cat config.h)" "getline is found"
like "config.site" "$(grep 'loading site script' configure.out)" "config.site is loaded"
ok "make" sh -c "make >make.out 2>&1" || tail -20 make.out | sed 's/^/# /'
nexe_ok hello "the program is a valid nexe"
if have_zerovm; then
	run_nexe hello
	ok "it runs and prints what configure found" cmp -s hello.stdout "$tmp/src/hello.out"
else
	skip "zerovm is not built yet"
fi
