## fuzz/local.mk - libFuzzer harnesses for every parser of outside input.
## They build with clang (-fsanitize=fuzzer) outside automake's compiler
## choice; `make fuzz` builds them, `make fuzz-run` runs each for
## FUZZ_SECONDS seconds from its seed corpus.

FUZZ_SECONDS = 60
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-I$(top_srcdir)/include -I$(top_srcdir)/vm-core
FUZZ_TARGETS =

fuzz: $(FUZZ_TARGETS)

fuzz-run: fuzz
	@set -e; for t in $(FUZZ_TARGETS); do \
		n=$${t##*/}; corpus=fuzz/corpus-$$n; mkdir -p $$corpus; \
		seeds=$(top_srcdir)/fuzz/seeds/$$n; \
		echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
		./$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=0 $$corpus \
			$$( [ -d $$seeds ] && echo $$seeds ) >fuzz/$$n.log 2>&1 || \
			{ tail -n 40 fuzz/$$n.log; exit 1; }; \
		tail -n 1 fuzz/$$n.log; \
	done

clean-local: clean-fuzz
clean-fuzz:
	rm -rf fuzz/corpus-* fuzz/*.log $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-run clean-fuzz
