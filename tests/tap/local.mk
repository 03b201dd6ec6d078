## tests/tap/local.mk - the TAP library and the case-table reader, for host-side
## tests.

check_LIBRARIES += tests/tap/libtap.a
tests_tap_libtap_a_SOURCES = tests/tap/basic.c tests/tap/basic.h \
	tests/tap/table.c tests/tap/table.h
EXTRA_DIST += tests/tap/libtap.sh

# The library's own tests: a fixture that passes, fails, skips and bails on
# request, checked from outside by a script.
check_PROGRAMS += tests/unit/tap-fixture
tests_unit_tap_fixture_SOURCES = tests/unit/tap-fixture.c
tests_unit_tap_fixture_LDADD = tests/tap/libtap.a
TESTS += tests/unit/tap.t tests/unit/libtap-sh.t
EXTRA_DIST += tests/unit/tap.t tests/unit/libtap-sh.t
