## fuzz/local.mk - libFuzzer harnesses for every parser of outside input.
## They build with clang (-fsanitize=fuzzer) outside automake's compiler
## choice; `make fuzz` builds them, `make fuzz-run` runs each for
## FUZZ_SECONDS seconds, starting from its seeds in fuzz/seeds/NAME/.

FUZZ_SECONDS = 60
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-I$(top_srcdir)/include -I$(top_srcdir)/vm-core
FUZZ_TARGETS = fuzz/fuzz-manifest fuzz/fuzz-elf fuzz/fuzz-nvram
EXTRA_DIST += fuzz/fuzz-manifest.c fuzz/fuzz-elf.c fuzz/fuzz-nvram.c fuzz/seeds

fuzz/fuzz-manifest: $(top_srcdir)/fuzz/fuzz-manifest.c $(top_srcdir)/vm-core/manifest.c
	@$(MKDIR_P) fuzz
	$(AM_V_CC)$(CLANG) $(FUZZ_CFLAGS) -o $@ $(top_srcdir)/fuzz/fuzz-manifest.c \
		$(top_srcdir)/vm-core/manifest.c

fuzz/fuzz-elf: $(top_srcdir)/fuzz/fuzz-elf.c $(top_srcdir)/vm-core/loader.c
	@$(MKDIR_P) fuzz
	$(AM_V_CC)$(CLANG) $(FUZZ_CFLAGS) -o $@ $(top_srcdir)/fuzz/fuzz-elf.c \
		$(top_srcdir)/vm-core/loader.c

# ZRT's nvram parser is target code, but a pure function: it builds for
# the host as it is.
fuzz/fuzz-nvram: $(top_srcdir)/fuzz/fuzz-nvram.c $(top_srcdir)/zrt/nvram/__zrt_nvram_parse.c \
		$(top_srcdir)/zrt/internal/nvram.h
	@$(MKDIR_P) fuzz
	$(AM_V_CC)$(CLANG) $(FUZZ_CFLAGS) -I$(top_srcdir)/zrt -o $@ $(top_srcdir)/fuzz/fuzz-nvram.c \
		$(top_srcdir)/zrt/nvram/__zrt_nvram_parse.c

fuzz: $(FUZZ_TARGETS)

fuzz-run: fuzz
	@set -e; for t in $(FUZZ_TARGETS); do \
		n=$${t##*/}; corpus=fuzz/corpus-$$n; mkdir -p $$corpus; \
		seeds=$(top_srcdir)/fuzz/seeds/$$n; \
		echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
		./$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 $$corpus \
			$$( [ -d $$seeds ] && echo $$seeds ) >fuzz/$$n.log 2>&1 || \
			{ tail -n 40 fuzz/$$n.log; exit 1; }; \
		grep -E '^stat::number_of_executed_units' fuzz/$$n.log || true; \
	done

CLEAN_LOCAL += clean-fuzz
clean-fuzz:
	rm -rf fuzz/corpus-* fuzz/*.log $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-run clean-fuzz
