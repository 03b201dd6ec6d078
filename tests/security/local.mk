## tests/security/local.mk - escape attempts against the sandbox, one file
## per attack (see tests/security/README.md).
##
## An attack is a nexe, tests/security/NAME.c, whose header comment says
## what the report must say; attack.sh runs it and checks.  Attacks that
## need several sessions or a look from outside are scripts, NAME.t, with
## helper nexes from tests/security/nexe/.

SECURITY_ATTACK_NEXES = \
	tests/security/arch-prctl.nexe \
	tests/security/brk.nexe \
	tests/security/clone.nexe \
	tests/security/clone3.nexe \
	tests/security/compat-mode.nexe \
	tests/security/cpuid.nexe \
	tests/security/doorbell-forged.nexe \
	tests/security/exec-heap.nexe \
	tests/security/exec-stack.nexe \
	tests/security/execve.nexe \
	tests/security/fault-altstack-unmapped.nexe \
	tests/security/fault-altstack-vm-region.nexe \
	tests/security/fault-altstack-wrap.nexe \
	tests/security/fault-handler-called.nexe \
	tests/security/fault-handler-data.nexe \
	tests/security/fault-handler-kernel.nexe \
	tests/security/fault-handler-no-stack.nexe \
	tests/security/fault-handler-refault.nexe \
	tests/security/fault-handler-returns.nexe \
	tests/security/fault-handler-trap-page.nexe \
	tests/security/fault-handler-unmapped.nexe \
	tests/security/fault-wrecked-stack.nexe \
	tests/security/fork.nexe \
	tests/security/int80.nexe \
	tests/security/io-uring-setup.nexe \
	tests/security/jump-null.nexe \
	tests/security/kill-init.nexe \
	tests/security/mmap-exec.nexe \
	tests/security/mprotect-heap-exec.nexe \
	tests/security/mremap.nexe \
	tests/security/munmap-trap-page.nexe \
	tests/security/open.nexe \
	tests/security/openat.nexe \
	tests/security/personality.nexe \
	tests/security/prctl.nexe \
	tests/security/process-vm-writev.nexe \
	tests/security/procs-doorbell.nexe \
	tests/security/procs-fork-bomb.nexe \
	tests/security/ptrace.nexe \
	tests/security/rdtsc.nexe \
	tests/security/rdtscp.nexe \
	tests/security/read-into-code.nexe \
	tests/security/read-into-manifest.nexe \
	tests/security/read-spanning-unmapped.nexe \
	tests/security/seccomp.nexe \
	tests/security/socket.nexe \
	tests/security/syscall-high-bits.nexe \
	tests/security/trap-args-fault.nexe \
	tests/security/userfaultfd.nexe \
	tests/security/vfork.nexe \
	tests/security/vsyscall-getcpu.nexe \
	tests/security/vsyscall-gettimeofday.nexe \
	tests/security/vsyscall-time.nexe \
	tests/security/write-below-stack.nexe \
	tests/security/write-code.nexe \
	tests/security/write-from-unmapped.nexe \
	tests/security/write-manifest.nexe \
	tests/security/write-rodata.nexe \
	tests/security/write-trap-page.nexe \
	tests/security/x32-syscall.nexe
SECURITY_HELPER_NEXES = tests/security/nexe/call.nexe tests/security/nexe/block.nexe \
	tests/security/nexe/spin.nexe
SECURITY_TESTS = \
	tests/security/syscall-numbers.t \
	tests/security/syscall-address.t \
	tests/security/descriptors.t \
	tests/security/host-canary.t \
	tests/security/host-strings.t \
	tests/security/supervisor-killed.t \
	tests/security/supervisor-signals.t \
	tests/security/timeout.t

SECURITY_LIB = $(top_srcdir)/tests/security/lib/attack.S \
	$(top_srcdir)/tests/security/lib/attack.c
SECURITY_DEPS = $(TESTNEXE_DEPS) $(SECURITY_LIB) $(top_srcdir)/tests/security/lib/attack.h

# Built like the test nexes of tests/vm/, with the attack library.
tests/security/%.nexe: $(top_srcdir)/tests/security/%.c $(SECURITY_DEPS)
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(CC) $(TESTNEXE_FLAGS) -I$(top_srcdir)/tests/security/lib $(TESTNEXE_LINK) \
		-o $@ $(TESTNEXE_LIB) $(SECURITY_LIB) $<

check_SCRIPTS += $(SECURITY_ATTACK_NEXES) $(SECURITY_HELPER_NEXES)
CLEANFILES += $(SECURITY_ATTACK_NEXES) $(SECURITY_HELPER_NEXES)

# Each attack nexe is a test of its own, run by attack.sh.
TEST_EXTENSIONS += .nexe
NEXE_LOG_COMPILER = $(SHELL) $(top_srcdir)/tests/security/attack.sh
NEXE_LOG_DRIVER = $(T_LOG_DRIVER)
TESTS += $(SECURITY_ATTACK_NEXES) $(SECURITY_TESTS)

EXTRA_DIST += $(SECURITY_ATTACK_NEXES:.nexe=.c) $(SECURITY_HELPER_NEXES:.nexe=.c) \
	$(SECURITY_TESTS) tests/security/lib/attack.h tests/security/lib/attack.S \
	tests/security/lib/attack.c tests/security/attack.sh tests/security/seclib.sh \
	tests/security/README.md
