## tests/vm/local.mk - vm-core end to end, and the attacks of tests/security/.
##
## Test nexes are built with the host compiler against zvm.h and a tiny
## start file, so these tests do not wait for the sysroot.

TESTNEXE_FLAGS = -O2 -g0 -nostdlib -static -no-pie -fno-pic -fno-stack-protector \
	-ffreestanding -fno-builtin -fno-asynchronous-unwind-tables -fcf-protection=none \
	-I$(top_srcdir)/include -I$(top_srcdir)/tests/vm/nexe
TESTNEXE_LINK = -Wl,-T,$(top_srcdir)/tests/vm/nexe/nexe.ld -Wl,--build-id=none \
	-Wl,-z,noexecstack
TESTNEXE_LIB = $(top_srcdir)/tests/vm/nexe/crt.S $(top_srcdir)/tests/vm/nexe/nexe.c
TESTNEXE_DEPS = $(TESTNEXE_LIB) $(top_srcdir)/tests/vm/nexe/nexe.h \
	$(top_srcdir)/tests/vm/nexe/nexe.ld $(top_srcdir)/include/zvm.h

VM_NEXES = tests/vm/nexe/hello.nexe tests/vm/nexe/io.nexe tests/vm/nexe/echo.nexe \
	tests/vm/nexe/loop.nexe tests/vm/nexe/badfd.nexe tests/vm/nexe/regs.nexe \
	tests/vm/nexe/procs.nexe
check_SCRIPTS += $(VM_NEXES)
CLEANFILES += $(VM_NEXES)
EXTRA_DIST += $(TESTNEXE_DEPS) $(VM_NEXES:.nexe=.c) tests/vm/vmlib.sh tests/vm/iolib.sh

tests/vm/nexe/%.nexe: $(top_srcdir)/tests/vm/nexe/%.c $(TESTNEXE_DEPS)
	@$(MKDIR_P) tests/vm/nexe
	$(AM_V_CC)$(CC) $(TESTNEXE_FLAGS) $(TESTNEXE_LINK) -o $@ $(TESTNEXE_LIB) $<

VM_TESTS = tests/vm/report.t tests/vm/determinism.t \
	tests/vm/channels-file.t tests/vm/channels-fifo.t tests/vm/channels-chardev.t \
	tests/vm/channels-refuse.t tests/vm/channels-order.t tests/vm/channels-offsets.t \
	tests/vm/channels-stdin.t \
	tests/vm/channels-quota.t tests/vm/channels-output.t tests/vm/channels-etag.t \
	tests/vm/channels-traps.t tests/vm/limits.t tests/vm/bad-nexe.t tests/vm/nexe-extent.t \
	tests/vm/manifest-e2e.t tests/vm/signals.t tests/vm/traps-cpus.t \
	tests/vm/trap-regs.t tests/vm/procs.t
TESTS += $(VM_TESTS)
EXTRA_DIST += $(VM_TESTS)
