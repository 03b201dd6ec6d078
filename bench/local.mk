## bench/local.mk - benchmarks: `make bench` runs them; each compares with
## a baseline measured in the same run and prints ratios.  Never part of
## `make check`.

BENCH_LIST = bench/startup.sh bench/trap.sh bench/throughput.sh bench/tarmount.sh \
	bench/memfs.sh bench/dirsync.sh bench/procs.sh
BENCH_NEXES = bench/nexe/trap.nexe bench/nexe/cat.nexe
EXTRA_DIST += $(BENCH_LIST) bench/benchlib.sh bench/nexe/trap.c bench/nexe/cat.c \
	bench/native-trap.c bench/native-hello.c bench/zrt/fsops.c bench/zrt/tarread.c \
	bench/zrt/procs.c
CLEANFILES += $(BENCH_NEXES) bench/native-trap bench/native-hello bench/native-fsops \
	bench/native-procs

# Programs linked with ZRT (built like tests/zrt's), for tarmount.sh and
# memfs.sh; without a sysroot those scripts say so and measure nothing.
if SYSROOT
BENCH_ZRT_NEXES = bench/zrt/tarread.nexe bench/zrt/fsops.nexe bench/zrt/procs.nexe
CLEANFILES += $(BENCH_ZRT_NEXES)

bench/zrt/%.nexe: $(top_srcdir)/bench/zrt/%.c toolchain/bin.stamp sysroot/zrt-tar.stamp
	@$(MKDIR_P) $(@D)
	$(AM_V_CCLD)$(ZRT_TEST_CC) -O2 $(WARN_CFLAGS) -Werror -o $@ $<
endif SYSROOT

# The same file system program, natively: the baseline of memfs.sh.
bench/native-fsops: $(top_srcdir)/bench/zrt/fsops.c
	@$(MKDIR_P) bench
	$(AM_V_CC)$(CC) -O2 -o $@ $<

# The same processes program, natively: the baseline of procs.sh.
bench/native-procs: $(top_srcdir)/bench/zrt/procs.c
	@$(MKDIR_P) bench
	$(AM_V_CC)$(CC) -O2 -o $@ $<

bench/nexe/%.nexe: $(top_srcdir)/bench/nexe/%.c $(TESTNEXE_DEPS)
	@$(MKDIR_P) bench/nexe
	$(AM_V_CC)$(CC) $(TESTNEXE_FLAGS) $(TESTNEXE_LINK) -o $@ $(TESTNEXE_LIB) $<

bench/native-trap: $(top_srcdir)/bench/native-trap.c
	@$(MKDIR_P) bench
	$(AM_V_CC)$(CC) -O2 -o $@ $<

bench/native-hello: $(top_srcdir)/bench/native-hello.c
	@$(MKDIR_P) bench
	$(AM_V_CC)$(CC) -O2 -static -o $@ $<

bench: all $(BENCH_NEXES) $(BENCH_ZRT_NEXES) $(VM_NEXES) bench/native-trap bench/native-hello \
		bench/native-fsops bench/native-procs
	@set -e; for b in $(BENCH_LIST); do \
		top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
		$(SHELL) $(top_srcdir)/$$b; done

# The ports' benchmarks: their nexes against the same sources built
# natively, same run.  `make ports` first.
BENCH_PORTS_LIST = bench/ports-bzip2.sh bench/ports-lua.sh bench/ports-sqlite.sh
EXTRA_DIST += $(BENCH_PORTS_LIST) bench/gentext.py
bench-ports: ports
	@set -e; for b in $(BENCH_PORTS_LIST); do \
		top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
		$(SHELL) $(top_srcdir)/$$b; done

.PHONY: bench bench-ports
