## sysroot/local.mk - newlib for x86_64-zerovm-elf, built from Debian's
## newlib-source with our patches, installed into the build tree's sysroot.
##
## The sysroot is sysroot/x86_64-zerovm-elf/ in the build tree and
## $(exec_prefix)/x86_64-zerovm-elf/ once installed; inside it, headers are
## in usr/include and libraries, crt0.o, the specs and the linker script in
## usr/lib, so ports install into it with --prefix=/usr DESTDIR=<sysroot>.

if SYSROOT

# The host programs the toolchain wraps.  Override on the make command
# line to wrap another gcc (it must be the same one newlib was built with:
# `make clean` first).
ZVM_HOST_GCC = gcc
ZVM_HOST_CPP = cpp

NEWLIB_TARBALL = /usr/src/newlib/newlib-3.3.0.tar.xz
NEWLIB_PATCHES = \
	sysroot/patches/0001-zerovm-host.patch \
	sysroot/patches/0002-zerovm-types.patch \
	sysroot/patches/0003-zerovm-dirent.patch \
	sysroot/patches/0004-zerovm-posix-declarations.patch \
	sysroot/patches/0005-zerovm-getline-names.patch \
	sysroot/patches/0006-zerovm-isatty.patch \
	sysroot/patches/0007-zerovm-file-system.patch \
	sysroot/patches/0008-zerovm-zrt-process.patch \
	sysroot/patches/0009-zerovm-remove.patch \
	sysroot/patches/0010-zerovm-poll.patch \
	sysroot/patches/0011-zerovm-math-declarations.patch \
	sysroot/patches/0012-zerovm-tm-gmtoff.patch \
	sysroot/patches/0013-zerovm-current-math.patch \
	sysroot/patches/0014-zerovm-setjmp.patch \
	sysroot/patches/0015-zerovm-memcpy-cached.patch \
	sysroot/patches/0016-zerovm-memcmp-memmove-words.patch \
	sysroot/patches/0017-zerovm-numeric-locales.patch \
	sysroot/patches/0018-zerovm-memcpy-memset-small.patch \
	sysroot/patches/0019-zerovm-string-scan.patch \
	sysroot/patches/0020-zerovm-getprogname.patch \
	sysroot/patches/0021-zerovm-getopt.patch \
	sysroot/patches/0022-zerovm-iso-charsets.patch \
	sysroot/patches/0023-zerovm-japanese-ascii-case.patch \
	sysroot/patches/0024-zerovm-jp2uc-katakana.patch \
	sysroot/patches/0025-zerovm-turkic-case.patch \
	sysroot/patches/0026-zerovm-fault-context.patch \
	sysroot/patches/0027-zerovm-iso-letters.patch \
	sysroot/patches/0028-zerovm-getopt-optopt.patch \
	sysroot/patches/0029-zerovm-sched-yield.patch \
	sysroot/patches/0030-zerovm-execvp-path.patch
EXTRA_DIST += $(NEWLIB_PATCHES)

# The measured recipe: host gcc, freestanding (no host headers), no stack
# protector (a nexe's %fs base is 0), non-PIC, Linux macros removed as for
# every nexe, and a non-executable stack for the assembler files.
NEWLIB_TARGET_FLAGS = -O2 -g -ffreestanding -fno-stack-protector -fno-pie \
	-nostdinc -isystem $$($(ZVM_HOST_GCC) -print-file-name=include) \
	-U__linux__ -U__linux -U__gnu_linux__ -Ulinux -Wa,--noexecstack
NEWLIB_CONFIGURE_FLAGS = --target=x86_64-zerovm-elf --prefix=/usr \
	--disable-multilib --disable-newlib-supplied-syscalls \
	--enable-newlib-io-long-long --enable-newlib-io-c99-formats \
	--enable-newlib-io-long-double --enable-newlib-mb \
	--disable-newlib-multithread --enable-newlib-global-atexit

# One stamp for unpack + patch + configure + build + install: newlib is
# rebuilt from scratch only when a patch or this file (its flags) changes.  Its own output goes to
# logs in sysroot/newlib-build/; a failure shows their end.
sysroot/newlib.stamp: $(NEWLIB_PATCHES) $(srcdir)/sysroot/local.mk
	@if test ! -r '$(NEWLIB_TARBALL)'; then \
	  echo "sysroot: $(NEWLIB_TARBALL) not found; install Debian's newlib-source (apt-get install newlib-source)" >&2; \
	  exit 1; \
	fi
	$(AM_V_at)rm -rf sysroot/newlib-src sysroot/newlib-build sysroot/stage \
	  sysroot/x86_64-zerovm-elf/usr/include
	$(AM_V_at)$(MKDIR_P) sysroot/newlib-src sysroot/newlib-build sysroot/stage \
	  sysroot/x86_64-zerovm-elf/usr/lib
	$(AM_V_GEN)tar -xJf '$(NEWLIB_TARBALL)' -C sysroot/newlib-src --strip-components=1
	$(AM_V_at)for p in $(NEWLIB_PATCHES); do \
	  patch -d sysroot/newlib-src -p1 --batch --forward --quiet <'$(srcdir)'/"$$p" || exit 1; \
	done
	$(AM_V_at)cd sysroot/newlib-build && \
	  ../newlib-src/configure $(NEWLIB_CONFIGURE_FLAGS) \
	    CC_FOR_TARGET='$(ZVM_HOST_GCC)' AR_FOR_TARGET=ar RANLIB_FOR_TARGET=ranlib \
	    AS_FOR_TARGET=as LD_FOR_TARGET=ld NM_FOR_TARGET=nm READELF_FOR_TARGET=readelf \
	    CFLAGS_FOR_TARGET="$(NEWLIB_TARGET_FLAGS)" >configure.log 2>&1 || \
	  { tail -30 configure.log >&2; exit 1; }
	$(AM_V_at)$(MAKE) -C sysroot/newlib-build all-target-newlib \
	  >sysroot/newlib-build/build.log 2>&1 || \
	  { tail -40 sysroot/newlib-build/build.log >&2; exit 1; }
	$(AM_V_at)$(MAKE) -C sysroot/newlib-build install-target-newlib \
	  DESTDIR='$(abs_top_builddir)/sysroot/stage' \
	  >sysroot/newlib-build/install.log 2>&1 || \
	  { tail -40 sysroot/newlib-build/install.log >&2; exit 1; }
	$(AM_V_at)mv sysroot/stage/usr/x86_64-zerovm-elf/include sysroot/x86_64-zerovm-elf/usr/include
	$(AM_V_at)mv sysroot/stage/usr/x86_64-zerovm-elf/lib/libc.a \
	  sysroot/stage/usr/x86_64-zerovm-elf/lib/libm.a sysroot/x86_64-zerovm-elf/usr/lib/
	$(AM_V_at)rm -rf sysroot/stage
	$(AM_V_at)touch $@

CLEAN_LOCAL += clean-zvm-sysroot
clean-zvm-sysroot:
	-rm -rf sysroot/newlib-src sysroot/newlib-build sysroot/stage \
	  sysroot/x86_64-zerovm-elf sysroot/newlib.stamp


endif SYSROOT
