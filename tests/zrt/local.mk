## tests/zrt/local.mk - guest programs: ZRT as a nexe sees it.
##
## A test is a C program, tests/zrt/NAME.c, built with the build tree's
## zvm-gcc into the nexe tests/zrt/NAME.zrt and linked with a target build
## of the TAP library.  run.sh runs it under zerovm with what its header
## comment asks for (see tests/zrt/README.md) and prints its TAP.  Tests
## that need several sessions are scripts, NAME.t, running helper nexes
## built from tests/zrt/nexe/NAME.c.

# Automake reads test extensions when it generates the rules, so these
# stay outside the conditional; without a sysroot no .zrt test is listed.
TEST_EXTENSIONS += .zrt
ZRT_LOG_COMPILER = $(SHELL) $(top_srcdir)/tests/zrt/run.sh
ZRT_LOG_DRIVER = $(T_LOG_DRIVER)

# One line per test, in alphabetical order.
ZRT_GUEST_TESTS = \
	tests/zrt/alarm.zrt \
	tests/zrt/args-env.zrt \
	tests/zrt/channels.zrt \
	tests/zrt/chmod.zrt \
	tests/zrt/clock.zrt \
	tests/zrt/ctype-locales.zrt \
	tests/zrt/cwd.zrt \
	tests/zrt/defaults.zrt \
	tests/zrt/devices.zrt \
	tests/zrt/dirent.zrt \
	tests/zrt/dup.zrt \
	tests/zrt/faults.zrt \
	tests/zrt/fcntl.zrt \
	tests/zrt/fifo.zrt \
	tests/zrt/flockfile.zrt \
	tests/zrt/fork.zrt \
	tests/zrt/getopt.zrt \
	tests/zrt/harness.zrt \
	tests/zrt/identity.zrt \
	tests/zrt/libm.zrt \
	tests/zrt/link.zrt \
	tests/zrt/locale.zrt \
	tests/zrt/locks.zrt \
	tests/zrt/lseek.zrt \
	tests/zrt/memfs.zrt \
	tests/zrt/mkdir.zrt \
	tests/zrt/mmap.zrt \
	tests/zrt/open.zrt \
	tests/zrt/pathconf.zrt \
	tests/zrt/pipe-fork.zrt \
	tests/zrt/pipe.zrt \
	tests/zrt/poll.zrt \
	tests/zrt/progname.zrt \
	tests/zrt/random.zrt \
	tests/zrt/readv.zrt \
	tests/zrt/readwrite.zrt \
	tests/zrt/realpath.zrt \
	tests/zrt/rename.zrt \
	tests/zrt/rlimit-fsize-default.zrt \
	tests/zrt/rlimit.zrt \
	tests/zrt/select.zrt \
	tests/zrt/setjmp.zrt \
	tests/zrt/shm.zrt \
	tests/zrt/signals-default.zrt \
	tests/zrt/signals.zrt \
	tests/zrt/stat.zrt \
	tests/zrt/statvfs.zrt \
	tests/zrt/string-scan.zrt \
	tests/zrt/string.zrt \
	tests/zrt/symlink.zrt \
	tests/zrt/sysconf.zrt \
	tests/zrt/tarsave.zrt \
	tests/zrt/tm.zrt \
	tests/zrt/tmpfile.zrt \
	tests/zrt/truncate.zrt \
	tests/zrt/unlink.zrt \
	tests/zrt/utime.zrt \
	tests/zrt/vfs.zrt \
	tests/zrt/wctype.zrt
ZRT_HELPER_NEXES = \
	tests/zrt/nexe/fault.nexe \
	tests/zrt/nexe/exec.nexe \
	tests/zrt/nexe/fork-exit.nexe \
	tests/zrt/nexe/forks.nexe \
	tests/zrt/nexe/main-ran.nexe \
	tests/zrt/nexe/quota.nexe \
	tests/zrt/nexe/state.nexe \
	tests/zrt/nexe/stdin.nexe \
	tests/zrt/nexe/tree.nexe
ZRT_SCRIPT_TESTS = \
	tests/zrt/determinism.t \
	tests/zrt/faults.t \
	tests/zrt/exec.t \
	tests/zrt/fork-exit.t \
	tests/zrt/fork-output.t \
	tests/zrt/nvram-bad.t \
	tests/zrt/quota.t \
	tests/zrt/rerun.t \
	tests/zrt/stdin.t \
	tests/zrt/tar-writers.t \
	tests/zrt/tar.t
ZRT_TEST_FILES = \
	tests/zrt/data/args-env-debug.txt \
	tests/zrt/data/channels-image.txt \
	tests/zrt/data/channels-in.txt \
	tests/zrt/data/channels-out.txt \
	tests/zrt/data/channels-seq.txt \
	tests/zrt/data/fork-output.txt \
	tests/zrt/data/harness-chan.txt \
	tests/zrt/data/harness-in.txt \
	tests/zrt/data/harness-out.txt \
	tests/zrt/fsutil.h \
	tests/zrt/tartree.sh

if SYSROOT

ZRT_TEST_CC = toolchain/bin/zvm-gcc
ZRT_TEST_CFLAGS = -O2 -g $(WARN_CFLAGS) -Werror -I$(top_srcdir)/tests -I$(top_srcdir)/include \
	-DZVM_TEST_VERSION='"$(PACKAGE_VERSION)"'

# The TAP library of tests/tap/, built for the target.
tests/zrt/libtap-zvm.a: $(top_srcdir)/tests/tap/basic.c $(top_srcdir)/tests/tap/basic.h \
		toolchain/bin.stamp
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(ZRT_TEST_CC) $(ZRT_TEST_CFLAGS) -c -o tests/zrt/basic-zvm.o \
		$(top_srcdir)/tests/tap/basic.c
	$(AM_V_AR)rm -f $@ && toolchain/bin/x86_64-zerovm-elf-ar rc $@ tests/zrt/basic-zvm.o

# toolchain/bin.stamp is newer than libzrt.a and libc.a, so the nexes are
# relinked whenever the runtime changes; sysroot/zrt-tar.stamp gives them
# tar images (zrt/internal/tar.h).  -lm for the tests of the math library.
tests/zrt/%.zrt: $(top_srcdir)/tests/zrt/%.c tests/zrt/libtap-zvm.a toolchain/bin.stamp \
		sysroot/zrt-tar.stamp
	@$(MKDIR_P) $(@D)
	$(AM_V_CCLD)$(ZRT_TEST_CC) $(ZRT_TEST_CFLAGS) -o $@ $< tests/zrt/libtap-zvm.a -lm

tests/zrt/nexe/%.nexe: $(top_srcdir)/tests/zrt/nexe/%.c tests/zrt/libtap-zvm.a \
		toolchain/bin.stamp sysroot/zrt-tar.stamp
	@$(MKDIR_P) $(@D)
	$(AM_V_CCLD)$(ZRT_TEST_CC) $(ZRT_TEST_CFLAGS) -o $@ $< tests/zrt/libtap-zvm.a

check_SCRIPTS += $(ZRT_GUEST_TESTS) $(ZRT_HELPER_NEXES)
TESTS += $(ZRT_GUEST_TESTS) $(ZRT_SCRIPT_TESTS)
CLEANFILES += $(ZRT_GUEST_TESTS) $(ZRT_HELPER_NEXES) tests/zrt/libtap-zvm.a \
	tests/zrt/basic-zvm.o

endif SYSROOT

EXTRA_DIST += $(ZRT_GUEST_TESTS:.zrt=.c) $(ZRT_HELPER_NEXES:.nexe=.c) $(ZRT_SCRIPT_TESTS) \
	$(ZRT_TEST_FILES) tests/zrt/run.sh tests/zrt/zrtlib.sh tests/zrt/README.md

# The nvram parser is a pure function: a host unit test compiles its
# source directly, so it runs in every build, the sanitizer build included.
check_PROGRAMS += tests/unit/nvram
tests_unit_nvram_SOURCES = tests/unit/nvram.c
tests_unit_nvram_LDADD = tests/tap/libtap.a
tests_unit_nvram_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/zrt \
	-DNVRAM_TESTS='"$(abs_top_srcdir)/tests/unit/nvram.tests"'
TESTS += tests/unit/nvram
EXTRA_DIST += tests/unit/nvram.tests zrt/nvram/__zrt_nvram_parse.c zrt/internal/nvram.h
