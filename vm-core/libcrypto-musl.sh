#!/usr/bin/env bash
# libcrypto-musl.sh - build the part of libcrypto that zerovm's etags use,
# for a zerovm linked with musl.
#
# usage: libcrypto-musl.sh TOP_SRCDIR OUTDIR CC...
#
# Debian's openssl source package (tools/debian-source: cached after the
# first fetch) is configured for linux-x86_64 with CC, and OpenSSL's own
# Makefile builds the five objects that SHA256_Init/Update/Final need: the
# SHA-256 code and its x86-64 assembly, the CPU capability detection they
# dispatch on (OpenSSL runs it once at startup, as in any program linked
# with libcrypto) and the character classes that detection parses its
# environment override with.  They become OUTDIR/libcrypto-musl.a; the
# headers are OUTDIR/src/include.  Our patches, vm-core/patches/openssl/,
# are applied first, in order: they say what they change and why.
set -euo pipefail

prog=${0##*/}
die() {
	echo "$prog: $*" >&2
	exit 1
}
[ $# -ge 3 ] || die "usage: $prog TOP_SRCDIR OUTDIR CC..."
top_srcdir=$1
out=$2
shift 2
cc="$*"

objs="crypto/sha/libcrypto-lib-sha256.o crypto/sha/libcrypto-lib-sha256-x86_64.o
crypto/libcrypto-lib-x86_64cpuid.o crypto/libcrypto-lib-cpuid.o crypto/libcrypto-lib-ctype.o"

rm -rf "$out"
mkdir -p "$out"
"$top_srcdir/tools/debian-source" --unpack "$out/src" openssl >"$out/dsc" ||
	die "cannot fetch Debian's source package 'openssl' (see above); the first build needs the Debian archive, later ones use the cache"
version=$(sed -n 's/^Version: *//p' "$(cat "$out/dsc")")
while read -r p; do
	[ -n "$p" ] || continue
	patch -d "$out/src" -p1 --batch --forward --quiet <"$p" ||
		die "${p#"$top_srcdir"/} does not apply to openssl $version"
done < <(find "$top_srcdir/vm-core/patches/openssl" -name '*.patch' | LC_ALL=C sort)
echo "$prog: openssl $version for musl" >&2
(
	cd "$out/src"
	# No threads: zerovm hashes on one thread, and the objects then need
	# no lock functions of the rest of libcrypto.
	./Configure linux-x86_64 no-shared no-threads no-tests no-module \
		CC="$cc" >../configure.log 2>&1 ||
		{ tail -20 ../configure.log >&2; exit 1; }
	make -s build_generated >../make.log 2>&1 &&
		# shellcheck disable=SC2086
		make -s $objs >>../make.log 2>&1 ||
		{ tail -20 ../make.log >&2; exit 1; }
	# shellcheck disable=SC2086
	ar rcs ../libcrypto-musl.a $objs
) || die "building openssl $version's SHA-256 for musl failed (logs in $out)"
echo "$version" >"$out/version"
