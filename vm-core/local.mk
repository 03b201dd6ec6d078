## vm-core/local.mk - zerovm, the trusted supervisor.

# The stages, as a library so that unit tests and fuzzers link them alone.
noinst_LIBRARIES += vm-core/libvmcore.a
vm_core_libvmcore_a_SOURCES = \
	vm-core/manifest.c vm-core/manifest.h \
	vm-core/loader.c vm-core/loader.h \
	vm-core/stream.c vm-core/stream.h \
	vm-core/msg.c vm-core/msg.h

# Unit tests of the pure stages.
check_PROGRAMS += tests/unit/manifest tests/unit/loader
tests_unit_manifest_SOURCES = tests/unit/manifest.c
tests_unit_manifest_LDADD = vm-core/libvmcore.a tests/tap/libtap.a
tests_unit_manifest_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/vm-core \
	-DMANIFEST_TESTS='"$(abs_top_srcdir)/tests/unit/manifest.tests"'
tests_unit_loader_SOURCES = tests/unit/loader.c
tests_unit_loader_LDADD = vm-core/libvmcore.a tests/tap/libtap.a
tests_unit_loader_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/vm-core
TESTS += tests/unit/manifest tests/unit/loader
EXTRA_DIST += tests/unit/manifest.tests

bin_PROGRAMS += zerovm
zerovm_SOURCES = vm-core/main.c vm-core/die.h vm-core/session.h \
	vm-core/channel.c vm-core/channel.h vm-core/memory.c vm-core/memory.h \
	vm-core/sandbox.c vm-core/sandbox.h vm-core/trap.c vm-core/trap.h \
	vm-core/fault.c vm-core/fault.h \
	vm-core/report.c vm-core/report.h vm-core/trapcode.S
zerovm_CPPFLAGS = $(AM_CPPFLAGS) -I$(builddir)/vm-core
EXTRA_DIST += vm-core/libcrypto-musl.sh vm-core/patches/openssl/0001-zerovm-no-startup-cpuid.patch
if MUSL_ZEROVM
# zerovm on musl (configure.ac says why), a static PIE: its own objects
# and the stages' are compiled with the specs below, which put musl's
# headers and the host's Linux headers in place of glibc's; libcrypto's
# SHA-256 comes from vm-core/libcrypto-musl.sh.
ZEROVM_MUSL_SPECS = $(abs_builddir)/vm-core/zerovm-musl.specs
ZEROVM_MUSL_CRYPTO = vm-core/libcrypto-musl
zerovm_SOURCES += $(vm_core_libvmcore_a_SOURCES)
zerovm_CFLAGS = $(AM_CFLAGS) -specs=$(ZEROVM_MUSL_SPECS) \
	-I$(ZEROVM_MUSL_CRYPTO)/src/include -DOPENSSL_API_COMPAT=0x10101000L \
	-DZVM_OPENSSL_LAZY_CPUID
zerovm_CCASFLAGS = $(AM_CCASFLAGS) -specs=$(ZEROVM_MUSL_SPECS)
zerovm_LDADD = $(ZEROVM_MUSL_CRYPTO)/libcrypto-musl.a
# (the link command has zerovm_CFLAGS, and so the specs, already)
zerovm_LDFLAGS =
$(am_zerovm_OBJECTS): vm-core/zerovm-musl.specs $(ZEROVM_MUSL_CRYPTO)/libcrypto-musl.a

# A static PIE against musl: rcrt1.o relocates it before main.  The
# include folder holds links to the host's Linux headers (linux/, asm/,
# asm-generic/), which musl does not ship.
vm-core/zerovm-musl.specs: $(top_builddir)/config.status
	$(AM_V_GEN)rm -rf vm-core/musl-include && $(MKDIR_P) vm-core/musl-include && \
	ln -s /usr/include/linux /usr/include/asm-generic vm-core/musl-include/ && \
	ln -s '$(KERNEL_ASMDIR)' vm-core/musl-include/asm && \
	inc='-nostdinc -isystem $(MUSL_INCDIR) -isystem $(abs_builddir)/vm-core/musl-include -isystem include%s' && \
	{ echo '%rename cpp_options old_cpp_options'; echo; \
	  echo '*cpp_options:'; echo "$$inc %(old_cpp_options)"; echo; \
	  echo '*cc1:'; echo "%(cc1_cpu) $$inc"; echo; \
	  echo '*link_libgcc:'; echo '-L$(MUSL_LIBDIR) -L .%s'; echo; \
	  echo '*libgcc:'; echo 'libgcc.a%s %:if-exists(libgcc_eh.a%s)'; echo; \
	  echo '*startfile:'; echo '$(MUSL_LIBDIR)/rcrt1.o $(MUSL_LIBDIR)/crti.o crtbeginS.o%s'; echo; \
	  echo '*endfile:'; echo 'crtendS.o%s $(MUSL_LIBDIR)/crtn.o'; echo; \
	  echo '*link:'; echo '-static -pie --no-dynamic-linker -z text --build-id -nostdlib'; \
	} >$@.tmp && mv $@.tmp $@

$(ZEROVM_MUSL_CRYPTO)/libcrypto-musl.a: $(srcdir)/vm-core/libcrypto-musl.sh vm-core/zerovm-musl.specs \
		$(srcdir)/vm-core/patches/openssl/0001-zerovm-no-startup-cpuid.patch
	$(AM_V_GEN)$(SHELL) $(srcdir)/vm-core/libcrypto-musl.sh '$(top_srcdir)' \
		$(ZEROVM_MUSL_CRYPTO) $(CC) -specs=$(ZEROVM_MUSL_SPECS)

CLEAN_LOCAL += clean-zerovm-musl
clean-zerovm-musl:
	rm -rf vm-core/musl-include vm-core/zerovm-musl.specs vm-core/zerovm-musl.specs.tmp \
		$(ZEROVM_MUSL_CRYPTO)
else
zerovm_CFLAGS = $(AM_CFLAGS) $(CRYPTO_CFLAGS)
zerovm_LDADD = vm-core/libvmcore.a $(CRYPTO_LIBS)
zerovm_LDFLAGS = $(AM_LDFLAGS) $(ZEROVM_LDFLAGS)
endif

# The seccomp filter, built with libseccomp when zerovm is built: it does
# not depend on the session (see filter-gen.c).
noinst_PROGRAMS += vm-core/filter-gen
vm_core_filter_gen_SOURCES = vm-core/filter-gen.c
vm_core_filter_gen_CFLAGS = $(AM_CFLAGS) $(SECCOMP_CFLAGS)
vm_core_filter_gen_LDADD = $(SECCOMP_LIBS)
nodist_zerovm_SOURCES = vm-core/filter.h vm-core/syscall-names.h
BUILT_SOURCES += vm-core/filter.h vm-core/syscall-names.h
CLEANFILES += vm-core/filter.h vm-core/syscall-names.h
vm-core/filter.h: vm-core/filter-gen$(EXEEXT)
	@$(MKDIR_P) vm-core
	$(AM_V_GEN)vm-core/filter-gen$(EXEEXT) filter >$@.tmp && mv $@.tmp $@
vm-core/syscall-names.h: vm-core/filter-gen$(EXEEXT)
	@$(MKDIR_P) vm-core
	$(AM_V_GEN)vm-core/filter-gen$(EXEEXT) names >$@.tmp && mv $@.tmp $@
vm-core/zerovm-sandbox.$(OBJEXT): vm-core/filter.h
vm-core/zerovm-trap.$(OBJEXT): vm-core/syscall-names.h
