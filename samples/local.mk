## samples/local.mk - the samples, built with the build tree's zvm-gcc,
## and the quickstart demo.

EXTRA_DIST += samples/hello/hello.c samples/hello/README.md samples/hello/test.t
EXTRA_DIST += samples/cat/cat.c samples/cat/README.md samples/cat/test.t
EXTRA_DIST += samples/wc/wc.c samples/wc/README.md samples/wc/test.t
EXTRA_DIST += samples/clock/clock.c samples/clock/README.md samples/clock/test.t
EXTRA_DIST += samples/etags/etags.sh samples/etags/README.md samples/etags/test.t
EXTRA_DIST += samples/tarimage/tarimage.c samples/tarimage/README.md samples/tarimage/test.t
EXTRA_DIST += samples/wordcount/mapper.c samples/wordcount/reducer.c samples/wordcount/words.h \
	samples/wordcount/run.sh samples/wordcount/text.txt samples/wordcount/README.md \
	samples/wordcount/test.t

if SYSROOT
SAMPLE_NEXES = samples/hello/hello.nexe
SAMPLE_NEXES += samples/cat/cat.nexe
SAMPLE_NEXES += samples/wc/wc.nexe
SAMPLE_NEXES += samples/clock/clock.nexe
SAMPLE_NEXES += samples/tarimage/tarimage.nexe
SAMPLE_NEXES += samples/wordcount/mapper.nexe samples/wordcount/reducer.nexe
noinst_SCRIPTS += $(SAMPLE_NEXES)
CLEANFILES += $(SAMPLE_NEXES)
TESTS += samples/hello/test.t
TESTS += samples/cat/test.t
TESTS += samples/wc/test.t
TESTS += samples/clock/test.t
TESTS += samples/etags/test.t
TESTS += samples/tarimage/test.t
TESTS += samples/wordcount/test.t

# The sysroot must be complete (ZRT, crt0 and tar images installed)
# before any nexe.
SAMPLE_DEPS = toolchain/bin/zvm-gcc sysroot/x86_64-zerovm-elf/usr/lib/libzrt.a \
	sysroot/x86_64-zerovm-elf/usr/lib/crt0.o sysroot/zrt-tar.stamp

# Each sample SAMPLE/NAME.nexe is built from SAMPLE/NAME.c alone.
$(SAMPLE_NEXES): samples/%.nexe: $(top_srcdir)/samples/%.c $(SAMPLE_DEPS)
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)toolchain/bin/zvm-gcc -O2 -o $@ $(top_srcdir)/samples/$*.c

samples/wordcount/mapper.nexe samples/wordcount/reducer.nexe: \
		$(top_srcdir)/samples/wordcount/words.h

# The quickstart's last stage: build hello with zvm-gcc, run it with zvsh
# like any command, then with zerovm and a manifest, showing the report.
demo: all
	@echo "--- zvm-gcc -O2 samples/hello/hello.c -o samples/hello/hello.nexe"
	@echo "--- zvsh samples/hello/hello.nexe"
	@ZEROVM=$(abs_top_builddir)/zerovm zvsh/zvsh samples/hello/hello.nexe </dev/null
	@d=`mktemp -d` && trap 'rm -rf "$$d"' EXIT && \
	printf '%s\n' 'Version = 20130611' \
		'Program = $(abs_top_builddir)/samples/hello/hello.nexe' \
		'Memory = 33554432, 0' 'Timeout = 10' \
		'Channel = /dev/stdin, /dev/stdin, 0, 0, 1000, 1048576, 0, 0' \
		'Channel = /dev/stdout, /dev/stdout, 0, 1, 0, 0, 1000, 1048576' \
		'Channel = /dev/stderr, /dev/stderr, 0, 0, 0, 0, 1000, 1048576' \
		>"$$d/hello.manifest" && \
	echo "--- zerovm hello.manifest   (the program's output, then the six-line report)" && \
	./zerovm "$$d/hello.manifest" </dev/null
	@echo "--- samples/wordcount/run.sh   (three mappers and a reducer joined by FIFOs: the top ten words)"
	@ZEROVM=$(abs_top_builddir)/zerovm ZVSH=$(abs_top_builddir)/zvsh/zvsh \
		NEXEDIR=$(abs_top_builddir)/samples/wordcount \
		$(top_srcdir)/samples/wordcount/run.sh $(top_srcdir)/samples/wordcount/text.txt
else
demo: all
	@echo "(no demo: configured with --disable-sysroot)"
endif

.PHONY: demo
