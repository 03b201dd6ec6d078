## bench/local.mk - benchmarks: `make bench` runs them; each compares with
## a baseline measured in the same run and prints ratios.  Never part of
## `make check`.

BENCH_LIST =
EXTRA_DIST += $(BENCH_LIST)

bench: all
	@set -e; for b in $(BENCH_LIST); do \
		top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
		$(SHELL) $(top_srcdir)/$$b; done

.PHONY: bench
