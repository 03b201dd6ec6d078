## sysroot/libs.mk - third-party libraries for x86_64-zerovm-elf: Debian's
## zlib and libarchive source packages, fetched at build time with
## tools/debian-source, patched with our own sysroot/patches/<pkg>/*.patch,
## built with zvm-gcc and installed into the build tree's sysroot with
## --prefix=/usr, like any port (doc/porting.md).
##
## Per package, two stamps:
##   sysroot/<pkg>-src.stamp  fetch (or take from the cache), unpack into
##                            sysroot/<pkg>-src/, patch; holds "<pkg> <version>"
##   sysroot/<pkg>.stamp      configure and build in sysroot/<pkg>-build/,
##                            install into the sysroot; holds the same line
## The cache is tools/debian-source's: $ZVM_SOURCE_CACHE, else
## ~/.cache/zerovm/debian-source.  Once a package is there, no build needs
## the network again (distcheck included).  Each package comes in the newest
## version the machine's Debian release offers, fixed by the cache after the
## first fetch; `make clean-zvm-libs && make ZVM_ZLIB_VERSION=V` (a Debian
## version, epoch included; ZVM_LIBARCHIVE_VERSION likewise) builds another.
##
## The wrappers in toolchain/bin/ are order-only prerequisites: a change to
## ZRT rebuilds libzrt.a and the wrappers' stamp, but not these libraries
## (ZRT will itself use libarchive).  What libarchive's configure finds
## depends on the functions ZRT has, so after ZRT gains some, rebuild it
## with `rm sysroot/libarchive.stamp && make`.

# Our patches, sysroot/patches/<pkg>/NNNN-what.patch, applied in this order
# with patch -p1.  None are needed today.
ZLIB_PATCHES =
LIBARCHIVE_PATCHES =

if SYSROOT

ZVM_ZLIB_VERSION =
ZVM_LIBARCHIVE_VERSION =

ZVM_LIBS_SYSROOT = $(abs_top_builddir)/sysroot/x86_64-zerovm-elf
ZVM_LIBS_STAMPS = sysroot/zlib.stamp sysroot/libarchive.stamp
noinst_DATA += $(ZVM_LIBS_STAMPS)

# The commands the builds use: the build tree's wrappers first in PATH, and
# nothing from the caller's environment that could name host tools, host
# flags or another config.site.
ZVM_LIBS_ENV = PATH='$(abs_top_builddir)/toolchain/bin':"$$PATH" \
	CONFIG_SITE='$(ZVM_LIBS_SYSROOT)/usr/share/zerovm/config.site'
ZVM_LIBS_CFLAGS = -O2 -g

# zvm_libs_fetch PKG VERSION PATCHES: the body of a -src.stamp rule.  The
# version goes into the stamp and into the build log.  dpkg-source leaves
# a copy of the upstream tarball beside the tree it unpacks; the cache has
# the original.
zvm_libs_fetch = \
	rm -rf sysroot/$(1)-src $@; \
	dsc=`'$(top_srcdir)/tools/debian-source' --unpack sysroot/$(1)-src $(1) $(2)` || { \
	  rm -rf sysroot/$(1)-src; \
	  echo "sysroot: cannot fetch Debian's source package '$(1)' (see the message above)." >&2; \
	  echo "sysroot: the first build needs the Debian archive; later ones use the cache" >&2; \
	  echo "sysroot: (\$$ZVM_SOURCE_CACHE, else ~/.cache/zerovm/debian-source)." >&2; \
	  exit 1; }; \
	rm -f sysroot/$(1)_*.orig.tar.* sysroot/$(1)_*.orig-*.tar.*; \
	version=`sed -n 's/^Version: *//p' "$$dsc"`; \
	test -n "$$version" || { echo "sysroot: no Version in $$dsc" >&2; exit 1; }; \
	for p in $(3); do \
	  patch -d sysroot/$(1)-src -p1 --batch --forward --quiet <'$(srcdir)'/"$$p" || { \
	    echo "sysroot: $$p does not apply to $(1) $$version" >&2; exit 1; }; \
	done; \
	echo "sysroot: $(1) $$version (Debian source package)"; \
	echo "$(1) $$version" >$@

# zvm_libs_can_link PKG: fail unless zvm-gcc links a stdio program.  A
# configure run against a ZRT that does not link (one half-way through a
# change) would record wrong answers, kept until the library is rebuilt.
zvm_libs_can_link = \
	printf '\043include <stdio.h>\nint main(void) { return puts("") == EOF; }\n' \
	  >sysroot/$(1)-build/zvm-probe.c && \
	$(ZVM_LIBS_ENV) x86_64-zerovm-elf-gcc -o sysroot/$(1)-build/zvm-probe \
	  sysroot/$(1)-build/zvm-probe.c >sysroot/$(1)-build/zvm-probe.log 2>&1 || { \
	  tail -10 sysroot/$(1)-build/zvm-probe.log >&2; \
	  echo "sysroot: zvm-gcc cannot link a program (see above); $(1) is built once it can" >&2; \
	  exit 1; }

# The fetches run one after the other: debian-source's private apt state
# in the cache is not meant for two writers.
sysroot/zlib-src.stamp: $(ZLIB_PATCHES) $(srcdir)/sysroot/libs.mk
	@$(MKDIR_P) sysroot
	$(AM_V_GEN)$(call zvm_libs_fetch,zlib,$(ZVM_ZLIB_VERSION),$(ZLIB_PATCHES))
sysroot/libarchive-src.stamp: $(LIBARCHIVE_PATCHES) $(srcdir)/sysroot/libs.mk | sysroot/zlib-src.stamp
	@$(MKDIR_P) sysroot
	$(AM_V_GEN)$(call zvm_libs_fetch,libarchive,$(ZVM_LIBARCHIVE_VERSION),$(LIBARCHIVE_PATCHES))

# Variables given on the outer make's command line (CFLAGS=..., meant for
# host code) must not reach the target builds' sub-makes.
$(ZVM_LIBS_STAMPS): MAKEOVERRIDES =

# zlib: its own configure script (which writes its own configure.log), out
# of tree, static only.  CHOST makes it use the x86_64-zerovm-elf- binutils.
# Installed by hand: `make install` would add a man page and nothing else.
sysroot/zlib.stamp: sysroot/zlib-src.stamp sysroot/newlib.stamp | toolchain/bin.stamp
	$(AM_V_at)rm -rf sysroot/zlib-build && $(MKDIR_P) sysroot/zlib-build
	$(AM_V_at)$(call zvm_libs_can_link,zlib)
	$(AM_V_GEN)cd sysroot/zlib-build && $(ZVM_LIBS_ENV) \
	  CHOST=x86_64-zerovm-elf CC=x86_64-zerovm-elf-gcc CFLAGS='$(ZVM_LIBS_CFLAGS)' \
	  LDFLAGS= CPPFLAGS= \
	  ../zlib-src/configure --static --prefix=/usr >configure.out 2>&1 || \
	  { tail -30 configure.out >&2; exit 1; }
	$(AM_V_at)$(ZVM_LIBS_ENV) $(MAKE) -C sysroot/zlib-build libz.a \
	  >sysroot/zlib-build/build.log 2>&1 || \
	  { tail -40 sysroot/zlib-build/build.log >&2; exit 1; }
	$(AM_V_at)$(MKDIR_P) '$(ZVM_LIBS_SYSROOT)/usr/include' '$(ZVM_LIBS_SYSROOT)/usr/lib/pkgconfig'
	$(AM_V_at)$(INSTALL_DATA) sysroot/zlib-src/zlib.h sysroot/zlib-build/zconf.h \
	  '$(ZVM_LIBS_SYSROOT)/usr/include/'
	$(AM_V_at)$(INSTALL_DATA) sysroot/zlib-build/libz.a '$(ZVM_LIBS_SYSROOT)/usr/lib/'
	$(AM_V_at)$(INSTALL_DATA) sysroot/zlib-build/zlib.pc '$(ZVM_LIBS_SYSROOT)/usr/lib/pkgconfig/'
	$(AM_V_at)cp sysroot/zlib-src.stamp $@

# libarchive's public headers alone, for code that is built before the
# library (ZRT's tar images): they are plain files of the source.
sysroot/libarchive-headers.stamp: sysroot/libarchive-src.stamp sysroot/newlib.stamp
	$(AM_V_at)$(MKDIR_P) '$(ZVM_LIBS_SYSROOT)/usr/include'
	$(AM_V_GEN)$(INSTALL_DATA) sysroot/libarchive-src/libarchive/archive.h \
	  sysroot/libarchive-src/libarchive/archive_entry.h '$(ZVM_LIBS_SYSROOT)/usr/include/'
	$(AM_V_at)cp sysroot/libarchive-src.stamp $@

# libarchive: tar formats only, gzip through zlib, no programs, no
# optional libraries (target-facts.md).  The cache variables and CPPFLAGS
# stand in for what a cross configure gets wrong about newlib + ZRT:
#   timezone        newlib has only _timezone;
#   fchdir          declared but not defined; only disk extraction uses it;
#   MD5Init         the host's libmd must never count as found;
#   arc4random_buf  newlib defines it (over getentropy, from ZRT): declared
#                   in <stdlib.h>, it collides with libarchive's fallback.
# --disable-maintainer-mode keeps make from rerunning automake.
LIBARCHIVE_CONFIGURE_FLAGS = --host=x86_64-zerovm-elf --build=x86_64-pc-linux-gnu \
	--prefix=/usr --disable-shared --enable-static --disable-maintainer-mode \
	--disable-dependency-tracking \
	--disable-bsdtar --disable-bsdcat --disable-bsdcpio --disable-acl --disable-xattr \
	--disable-posix-regex-lib --disable-rpath --with-zlib --without-bz2lib \
	--without-libb2 --without-iconv --without-lz4 --without-zstd --without-lzma \
	--without-lzo2 --without-cng --without-mbedtls --without-nettle --without-openssl \
	--without-xml2 --without-expat \
	CC=x86_64-zerovm-elf-gcc CFLAGS='$(ZVM_LIBS_CFLAGS)' CPPFLAGS=-Dtimezone=_timezone \
	LDFLAGS= LIBS= PKG_CONFIG=x86_64-zerovm-elf-pkg-config \
	ac_cv_func_fchdir=yes ac_cv_lib_md_MD5Init=no ac_cv_func_arc4random_buf=yes

sysroot/libarchive.stamp: sysroot/libarchive-headers.stamp sysroot/zlib.stamp | toolchain/bin.stamp
	$(AM_V_at)rm -rf sysroot/libarchive-build && $(MKDIR_P) sysroot/libarchive-build
	$(AM_V_at)$(call zvm_libs_can_link,libarchive)
	$(AM_V_GEN)cd sysroot/libarchive-build && $(ZVM_LIBS_ENV) \
	  ../libarchive-src/configure $(LIBARCHIVE_CONFIGURE_FLAGS) >configure.log 2>&1 || \
	  { tail -30 configure.log >&2; exit 1; }
	$(AM_V_at)$(ZVM_LIBS_ENV) $(MAKE) -C sysroot/libarchive-build libarchive.la \
	  >sysroot/libarchive-build/build.log 2>&1 || \
	  { tail -40 sysroot/libarchive-build/build.log >&2; exit 1; }
	$(AM_V_at)$(ZVM_LIBS_ENV) $(MAKE) -C sysroot/libarchive-build \
	  install-libLTLIBRARIES install-pkgconfigDATA DESTDIR='$(ZVM_LIBS_SYSROOT)' \
	  >sysroot/libarchive-build/install.log 2>&1 || \
	  { tail -40 sysroot/libarchive-build/install.log >&2; exit 1; }
	$(AM_V_at)rm -f '$(ZVM_LIBS_SYSROOT)/usr/lib/libarchive.la'
	$(AM_V_at)cp sysroot/libarchive-src.stamp $@

# `make install` copies the sysroot: it must hold the libraries by then.
install-zvm-sysroot: $(ZVM_LIBS_STAMPS)

TESTS += tests/toolchain/libarchive.t

CLEAN_LOCAL += clean-zvm-libs
clean-zvm-libs:
	-rm -rf sysroot/zlib-src sysroot/zlib-build sysroot/libarchive-src \
	  sysroot/libarchive-build sysroot/zlib-src.stamp sysroot/zlib.stamp \
	  sysroot/libarchive-src.stamp sysroot/libarchive-headers.stamp \
	  sysroot/libarchive.stamp sysroot/zlib_*.orig.tar.* sysroot/libarchive_*.orig.tar.*

endif SYSROOT
.PHONY: clean-zvm-libs

EXTRA_DIST += sysroot/libs.mk $(ZLIB_PATCHES) $(LIBARCHIVE_PATCHES) \
	tests/toolchain/libarchive.t tests/toolchain/progs/tarlist.c
