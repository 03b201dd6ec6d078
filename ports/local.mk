## ports/local.mk - real Unix tools and libraries from Debian's source
## packages, built for x86_64-zerovm-elf, each checked by its own upstream
## test suite run in the sandbox.  doc/ports.md describes them.
##
## One folder per port, ports/NAME/ (recipe, patches/, build, tests.port,
## known-failures); ports/port fetches, builds and checks one.  PORTS lists
## them in build order: a port comes after the ports whose libraries it
## links.  Registering a port is adding it here.
##
##   make ports         build every port (each only when its recipe,
##                      patches or build script changed; `make clean-ports`
##                      after a change to ZRT or the toolchain)
##   make check-ports   build them, then run every tests.port through the
##                      TAP driver: build/ports/NAME/tests.log; each port
##                      builds in build/ports-work/NAME/

PORTS = dash zlib bzip2 expat xz coreutils gawk sed libonig jq lua cjson sqlite pcre2 grep

PORT_TESTS = $(PORTS:%=ports/%/tests.port)
TEST_EXTENSIONS += .port
PORT_LOG_DRIVER = $(T_LOG_DRIVER)
PORT_LOG_COMPILER = $(SHELL) $(top_srcdir)/ports/port check

ZVM_PORTS_ENV = top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)'

# ports/helpers/: programs of ours that the ports' suites run in place of
# the host's, so that what they ask of the C library is answered by
# newlib in the sandbox.  locale, locale(1)'s subset the suites use
# (locale.c), is the nexe locale.nexe and bin/locale, a script that runs
# it, made from locale.in with this build's paths; a suite's tests.port
# puts bin/ first in PATH (portlib.sh's port_helpers).  locale-helper.t checks it.
if SYSROOT
PORT_HELPERS = ports/helpers/locale.nexe ports/helpers/bin/locale ports/helpers/empty.stamp
noinst_SCRIPTS += $(PORT_HELPERS)
CLEANFILES += $(PORT_HELPERS)
TESTS += ports/helpers/locale-helper.t

ports/helpers/locale.nexe: $(top_srcdir)/ports/helpers/locale.c toolchain/bin/zvm-gcc \
		sysroot/x86_64-zerovm-elf/usr/lib/libzrt.a sysroot/x86_64-zerovm-elf/usr/lib/crt0.o \
		sysroot/zrt-tar.stamp
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)toolchain/bin/zvm-gcc -O2 -Wall -Wextra -Werror -o $@ $(top_srcdir)/ports/helpers/locale.c

ports/helpers/bin/locale: $(top_srcdir)/ports/helpers/locale.in
	@$(MKDIR_P) $(@D)
	$(AM_V_GEN)sed -e 's|%HELPERS%|$(abs_top_builddir)/ports/helpers|g' \
	  -e 's|%BUILDDIR%|$(abs_top_builddir)|g' -e 's|%SRCDIR%|$(abs_top_srcdir)|g' \
	  $(top_srcdir)/ports/helpers/locale.in >$@.tmp && chmod 755 $@.tmp && mv -f $@.tmp $@

# The empty folder the nexe's sandbox mounts (zvm-run mounts one at least).
ports/helpers/empty.stamp:
	@$(MKDIR_P) ports/helpers/empty
	@: >$@

# Built one after the other: each uses both cores itself, and the fetches
# share tools/debian-source's cache.
ports: all
	@for p in $(PORTS); do \
	  $(ZVM_PORTS_ENV) $(SHELL) '$(top_srcdir)/ports/port' build $$p || exit 1; \
	done
	@$(ZVM_PORTS_ENV) $(SHELL) '$(top_srcdir)/ports/bin-image'

# The ports' suites alone, through the same driver as `make check`, with a
# log of their own.
check-ports: ports
	@$(MAKE) $(AM_MAKEFLAGS) check TESTS='$(PORT_TESTS)' TEST_SUITE_LOG=ports/test-suite.log
else
ports check-ports:
	@echo "ports: configured with --disable-sysroot: there is no toolchain to build them" >&2
	@exit 1
endif

CLEAN_LOCAL += clean-ports clean-port-helpers
clean-ports:
	-rm -rf ports-work $(PORTS:%=ports/%/tests.log) $(PORTS:%=ports/%/tests.trs) \
	  ports/test-suite.log ports/bin.tar

clean-port-helpers:
	-rm -rf ports/helpers/empty

.PHONY: ports check-ports clean-ports clean-port-helpers

# The folder, named part by part (`ports` alone is also the target that
# builds every port, which distdir would then run): automake copies each
# part from the source tree and then from the build tree, where `make
# check-ports` leaves its logs and the build ports/helpers' programs; those
# go.
EXTRA_DIST += ports/port ports/portlib.sh ports/zvm-run ports/zvm-wrap ports/bin-image ports/helpers \
	$(PORTS:%=ports/%)
dist-hook: dist-hook-ports
dist-hook-ports:
	rm -f $(distdir)/ports/test-suite.log $(distdir)/ports/*/tests.log \
	  $(distdir)/ports/*/tests.trs
	rm -rf $(distdir)/ports/helpers/locale.nexe $(distdir)/ports/helpers/bin \
	  $(distdir)/ports/helpers/empty $(distdir)/ports/helpers/empty.stamp \
	  $(distdir)/ports/helpers/locale-helper.log $(distdir)/ports/helpers/locale-helper.trs
.PHONY: dist-hook-ports
