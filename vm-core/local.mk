## vm-core/local.mk - zerovm, the trusted supervisor.

# The stages, as a library so that unit tests and fuzzers link them alone.
noinst_LIBRARIES += vm-core/libvmcore.a
vm_core_libvmcore_a_SOURCES = \
	vm-core/manifest.c vm-core/manifest.h \
	vm-core/loader.c vm-core/loader.h \
	vm-core/stream.c vm-core/stream.h

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
zerovm_SOURCES = vm-core/main.c vm-core/die.c vm-core/die.h vm-core/session.h \
	vm-core/channel.c vm-core/channel.h vm-core/memory.c vm-core/memory.h \
	vm-core/sandbox.c vm-core/sandbox.h vm-core/trap.c vm-core/trap.h \
	vm-core/report.c vm-core/report.h vm-core/trapcode.S
zerovm_CFLAGS = $(AM_CFLAGS) $(SECCOMP_CFLAGS) $(CRYPTO_CFLAGS)
zerovm_LDADD = vm-core/libvmcore.a $(SECCOMP_LIBS) $(CRYPTO_LIBS)
zerovm_LDFLAGS = $(AM_LDFLAGS) $(ZEROVM_LDFLAGS)
