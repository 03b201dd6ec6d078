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
	vm-core/report.c vm-core/report.h vm-core/trapcode.S
zerovm_CPPFLAGS = $(AM_CPPFLAGS) -I$(builddir)/vm-core
zerovm_CFLAGS = $(AM_CFLAGS) $(CRYPTO_CFLAGS)
zerovm_LDADD = vm-core/libvmcore.a $(CRYPTO_LIBS)
zerovm_LDFLAGS = $(AM_LDFLAGS) $(ZEROVM_LDFLAGS)

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
