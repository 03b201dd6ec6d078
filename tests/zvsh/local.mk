## tests/zvsh/local.mk - zvsh end to end: options, exit statuses, streams,
## channels, images, directories written back, nvram.

ZVSH_TESTS = \
	tests/zvsh/options.t \
	tests/zvsh/exit.t \
	tests/zvsh/failures.t \
	tests/zvsh/stdio.t \
	tests/zvsh/stdin-seek.t \
	tests/zvsh/channels.t \
	tests/zvsh/nvram.t \
	tests/zvsh/images.t \
	tests/zvsh/dir-pack.t \
	tests/zvsh/dir-writeback.t \
	tests/zvsh/dir-sync.t \
	tests/zvsh/dir-sync-kept.t \
	tests/zvsh/dir-hostile.t \
	tests/zvsh/same-file.t \
	tests/zvsh/lookup.t \
	tests/zvsh/argv.t \
	tests/zvsh/mount.t \
	tests/zvsh/libarchive.t
TESTS += $(ZVSH_TESTS)
EXTRA_DIST += $(ZVSH_TESTS) tests/zvsh/zvshlib.sh tests/zvsh/argv.c tests/zvsh/mount.c \
	tests/zvsh/fsops.c tests/zvsh/seekin.c
