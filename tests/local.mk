## tests/local.mk - tests of the project's own tools.

TESTS += tests/unit/debian-source.t
EXTRA_DIST += tests/unit/debian-source.t
