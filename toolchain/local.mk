## toolchain/local.mk - zvm-gcc and the other x86_64-zerovm-elf commands,
## the specs and linker script they use, and the CMake/autoconf glue.
##
## Two copies of every command are generated from the same templates: the
## build tree's, in toolchain/bin/, usable as soon as `make` is done, and
## the installed ones, in toolchain/inst/.  They differ only in the path
## from the command to the sysroot, which each finds relative to itself.

if SYSROOT

# Where the sysroot is installed, like a cross compiler's tooldir.
zvm_sysrootdir = $(exec_prefix)/x86_64-zerovm-elf

ZVM_COMMANDS = \
	zvm-gcc zvm-cc zvm-pkg-config \
	x86_64-zerovm-elf-gcc x86_64-zerovm-elf-cc x86_64-zerovm-elf-cpp \
	x86_64-zerovm-elf-ar x86_64-zerovm-elf-ranlib x86_64-zerovm-elf-nm \
	x86_64-zerovm-elf-objdump x86_64-zerovm-elf-objcopy x86_64-zerovm-elf-strip \
	x86_64-zerovm-elf-readelf x86_64-zerovm-elf-as x86_64-zerovm-elf-ld \
	x86_64-zerovm-elf-pkg-config

ZVM_TEMPLATES = \
	toolchain/zvm-gcc.in toolchain/zvm-binutil.in toolchain/zvm-pkg-config.in \
	toolchain/mkwrappers.sh
EXTRA_DIST += $(ZVM_TEMPLATES) toolchain/zerovm.specs.in toolchain/zerovm.ld \
	toolchain/config.site toolchain/x86_64-zerovm-elf.cmake.in

ZVM_SYSROOT_LIB = sysroot/x86_64-zerovm-elf/usr/lib
ZVM_SYSROOT_SHARE = sysroot/x86_64-zerovm-elf/usr/share/zerovm

# Everything a link needs; a command in toolchain/bin/ exists only once
# all of it does.
ZVM_SYSROOT_FILES = sysroot/newlib.stamp \
	$(ZVM_SYSROOT_LIB)/zerovm.specs $(ZVM_SYSROOT_LIB)/zerovm.ld \
	$(ZVM_SYSROOT_LIB)/crt0.o $(ZVM_SYSROOT_LIB)/libzrt.a \
	$(ZVM_SYSROOT_SHARE)/config.site $(ZVM_SYSROOT_SHARE)/x86_64-zerovm-elf.cmake \
	sysroot/x86_64-zerovm-elf/usr/include/zvm.h

# The ABI header, so that nexes can call zvm_pread() and read MANIFEST
# with a plain #include <zvm.h>.
sysroot/x86_64-zerovm-elf/usr/include/zvm.h: $(top_srcdir)/include/zvm.h sysroot/newlib.stamp
	$(AM_V_GEN)cp $(top_srcdir)/include/zvm.h $@

ZVM_REFUSE_MSG = nexes are static executables: shared objects, PIE and dynamic linking are not supported

# The specs name the wrapped gcc's own header directory and libgcc.a by
# absolute path; everything else is relative to the sysroot (%R).
$(ZVM_SYSROOT_LIB)/zerovm.specs: toolchain/zerovm.specs.in sysroot/newlib.stamp
	$(AM_V_GEN)gcc_include=`$(ZVM_HOST_GCC) -print-file-name=include` && \
	libgcc=`$(ZVM_HOST_GCC) -print-libgcc-file-name` && \
	test -d "$$gcc_include" && test -f "$$libgcc" && \
	sed -e '/^#/d' -e "s|@GCC_INCLUDE@|$$gcc_include|g" -e "s|@LIBGCC@|$$libgcc|g" \
	  -e 's|@REFUSE_MSG@|$(ZVM_REFUSE_MSG)|g' \
	  $(srcdir)/toolchain/zerovm.specs.in >$@.tmp && \
	mv -f $@.tmp $@

$(ZVM_SYSROOT_LIB)/zerovm.ld: toolchain/zerovm.ld sysroot/newlib.stamp
	$(AM_V_GEN)cp $(srcdir)/toolchain/zerovm.ld $@

$(ZVM_SYSROOT_SHARE)/config.site: toolchain/config.site sysroot/newlib.stamp
	@$(MKDIR_P) $(@D)
	$(AM_V_GEN)cp $(srcdir)/toolchain/config.site $@

# The CMake toolchain file lives in the sysroot and finds the sysroot as
# ../../.. of itself; @BINDIR_REL@ is the commands' directory from there.
$(ZVM_SYSROOT_SHARE)/x86_64-zerovm-elf.cmake: toolchain/x86_64-zerovm-elf.cmake.in sysroot/newlib.stamp
	@$(MKDIR_P) $(@D)
	$(AM_V_GEN)sed -e 's|@BINDIR_REL@|../../../../../toolchain/bin|g' \
	  $(srcdir)/toolchain/x86_64-zerovm-elf.cmake.in >$@.tmp && \
	mv -f $@.tmp $@
toolchain/x86_64-zerovm-elf.cmake.inst: toolchain/x86_64-zerovm-elf.cmake.in Makefile
	$(AM_V_GEN)rel=`realpath -ms --relative-to='$(zvm_sysrootdir)/usr/share/zerovm' '$(bindir)'` && \
	sed -e "s|@BINDIR_REL@|$$rel|g" \
	  $(srcdir)/toolchain/x86_64-zerovm-elf.cmake.in >$@.tmp && \
	mv -f $@.tmp $@

# The build tree's commands: toolchain/bin/ -> ../../sysroot/x86_64-zerovm-elf.
# The stamp is touched first so that the commands are newer than it.
toolchain/bin.stamp: $(ZVM_TEMPLATES) $(ZVM_SYSROOT_FILES)
	@$(MKDIR_P) toolchain && touch $@
	$(AM_V_GEN)$(SHELL) $(srcdir)/toolchain/mkwrappers.sh \
	  $(srcdir)/toolchain \
	  toolchain/bin ../../sysroot/x86_64-zerovm-elf '$(PACKAGE_VERSION)' \
	  '$(ZVM_HOST_GCC)' '$(ZVM_HOST_CPP)' '$(PKG_CONFIG)' || { rm -f $@; exit 1; }

# The installed commands: $(bindir) -> $(zvm_sysrootdir), relative so that
# DESTDIR staging and moving the whole prefix keep them working.
toolchain/inst.stamp: $(ZVM_TEMPLATES) Makefile
	@$(MKDIR_P) toolchain && touch $@
	$(AM_V_GEN)rel=`realpath -ms --relative-to='$(bindir)' '$(zvm_sysrootdir)'` && \
	$(SHELL) $(srcdir)/toolchain/mkwrappers.sh \
	  $(srcdir)/toolchain \
	  toolchain/inst "$$rel" '$(PACKAGE_VERSION)' \
	  '$(ZVM_HOST_GCC)' '$(ZVM_HOST_CPP)' '$(PKG_CONFIG)' || { rm -f $@; exit 1; }

ZVM_BUILD_COMMANDS = \
	toolchain/bin/zvm-gcc toolchain/bin/zvm-cc toolchain/bin/zvm-pkg-config \
	toolchain/bin/x86_64-zerovm-elf-gcc toolchain/bin/x86_64-zerovm-elf-cc \
	toolchain/bin/x86_64-zerovm-elf-cpp toolchain/bin/x86_64-zerovm-elf-ar \
	toolchain/bin/x86_64-zerovm-elf-ranlib toolchain/bin/x86_64-zerovm-elf-nm \
	toolchain/bin/x86_64-zerovm-elf-objdump toolchain/bin/x86_64-zerovm-elf-objcopy \
	toolchain/bin/x86_64-zerovm-elf-strip toolchain/bin/x86_64-zerovm-elf-readelf \
	toolchain/bin/x86_64-zerovm-elf-as toolchain/bin/x86_64-zerovm-elf-ld \
	toolchain/bin/x86_64-zerovm-elf-pkg-config
ZVM_INST_COMMANDS = \
	toolchain/inst/zvm-gcc toolchain/inst/zvm-cc toolchain/inst/zvm-pkg-config \
	toolchain/inst/x86_64-zerovm-elf-gcc toolchain/inst/x86_64-zerovm-elf-cc \
	toolchain/inst/x86_64-zerovm-elf-cpp toolchain/inst/x86_64-zerovm-elf-ar \
	toolchain/inst/x86_64-zerovm-elf-ranlib toolchain/inst/x86_64-zerovm-elf-nm \
	toolchain/inst/x86_64-zerovm-elf-objdump toolchain/inst/x86_64-zerovm-elf-objcopy \
	toolchain/inst/x86_64-zerovm-elf-strip toolchain/inst/x86_64-zerovm-elf-readelf \
	toolchain/inst/x86_64-zerovm-elf-as toolchain/inst/x86_64-zerovm-elf-ld \
	toolchain/inst/x86_64-zerovm-elf-pkg-config

$(ZVM_BUILD_COMMANDS): toolchain/bin.stamp
$(ZVM_INST_COMMANDS): toolchain/inst.stamp

noinst_SCRIPTS += $(ZVM_BUILD_COMMANDS)
bin_SCRIPTS += $(ZVM_INST_COMMANDS)

# The sysroot is installed as a tree (newlib's headers are hundreds of
# files), with the installed flavour of the CMake toolchain file.
install-zvm-sysroot: $(ZVM_SYSROOT_FILES) toolchain/x86_64-zerovm-elf.cmake.inst
	@$(NORMAL_INSTALL)
	$(MKDIR_P) '$(DESTDIR)$(zvm_sysrootdir)'
	cp -R sysroot/x86_64-zerovm-elf/. '$(DESTDIR)$(zvm_sysrootdir)/'
	$(INSTALL_DATA) toolchain/x86_64-zerovm-elf.cmake.inst \
	  '$(DESTDIR)$(zvm_sysrootdir)/usr/share/zerovm/x86_64-zerovm-elf.cmake'

# Removes the whole sysroot, ports installed into it included.
uninstall-zvm-sysroot:
	@$(NORMAL_UNINSTALL)
	-rm -rf '$(DESTDIR)$(zvm_sysrootdir)'

# Tests: the commands, the link matrix, running nexes (skipped until
# zerovm exists), autotools, CMake, pkg-config and an installed copy.
ZVM_TOOLCHAIN_TESTS = \
	tests/toolchain/wrappers.t tests/toolchain/link.t tests/toolchain/run.t \
	tests/toolchain/autotools.t tests/toolchain/cmake.t \
	tests/toolchain/pkg-config.t tests/toolchain/install.t
TESTS += $(ZVM_TOOLCHAIN_TESTS)

else !SYSROOT
install-zvm-sysroot:
uninstall-zvm-sysroot:
endif !SYSROOT

EXTRA_DIST += $(ZVM_TOOLCHAIN_TESTS) tests/toolchain/lib.sh \
	tests/toolchain/progs/abort.c tests/toolchain/progs/ctors.c \
	tests/toolchain/progs/ctors.out tests/toolchain/progs/hello.c \
	tests/toolchain/progs/hello.out tests/toolchain/progs/libm.c \
	tests/toolchain/progs/libm.out tests/toolchain/progs/printf.c \
	tests/toolchain/progs/printf.out tests/toolchain/progs/setjmp.c \
	tests/toolchain/progs/setjmp.out tests/toolchain/progs/staticlib-lib.c \
	tests/toolchain/progs/staticlib.c tests/toolchain/progs/staticlib.out \
	tests/toolchain/progs/undefined.c tests/toolchain/progs/varargs.c \
	tests/toolchain/progs/varargs.out tests/toolchain/progs/zrt-basic.c \
	tests/toolchain/autotools-hello/configure.ac \
	tests/toolchain/autotools-hello/Makefile.am \
	tests/toolchain/autotools-hello/greet.c \
	tests/toolchain/autotools-hello/hello.c \
	tests/toolchain/autotools-hello/hello.out \
	tests/toolchain/cmake-hello/CMakeLists.txt \
	tests/toolchain/cmake-hello/hello.c \
	tests/toolchain/cmake-hello/twice.c

dist_man_MANS += doc/zvm-gcc.1
dist_doc_DATA += doc/porting.md

install-exec-local: install-zvm-sysroot
uninstall-local: uninstall-zvm-sysroot
CLEAN_LOCAL += clean-zvm-toolchain
clean-zvm-toolchain:
	-rm -rf toolchain/bin toolchain/inst toolchain/bin.stamp toolchain/inst.stamp \
	  toolchain/x86_64-zerovm-elf.cmake.inst
.PHONY: install-zvm-sysroot uninstall-zvm-sysroot clean-zvm-toolchain
