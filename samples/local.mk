## samples/local.mk - the samples, built with the build tree's zvm-gcc,
## and the quickstart demo.

EXTRA_DIST += samples/hello/hello.c samples/hello/README.md samples/hello/test.t

if SYSROOT
SAMPLE_NEXES = samples/hello/hello.nexe
noinst_SCRIPTS += $(SAMPLE_NEXES)
CLEANFILES += $(SAMPLE_NEXES)
TESTS += samples/hello/test.t

# The sysroot must be complete (ZRT, crt0 and tar images installed)
# before any nexe.
SAMPLE_DEPS = toolchain/bin/zvm-gcc sysroot/x86_64-zerovm-elf/usr/lib/libzrt.a \
	sysroot/x86_64-zerovm-elf/usr/lib/crt0.o sysroot/zrt-tar.stamp

samples/hello/hello.nexe: $(top_srcdir)/samples/hello/hello.c $(SAMPLE_DEPS)
	@$(MKDIR_P) samples/hello
	$(AM_V_CC)toolchain/bin/zvm-gcc -O2 -o $@ $(top_srcdir)/samples/hello/hello.c

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
else
demo: all
	@echo "(no demo: configured with --disable-sysroot)"
endif

.PHONY: demo
