/*
 * harness.c - the guest test harness itself: each key of run.sh's header
 * comment reaches the nexe as this comment says.  Channels are read with
 * zvm_pread so that this test does not depend on ZRT's file system.
 *
 * stdin: data/harness-in.txt
 * memory: 67108864
 * channel: /dev/input ro data/harness-chan.txt
 * channel: /dev/image rro data/harness-chan.txt
 * channel: /dev/output wo
 * output: /dev/output data/harness-out.txt
 * nvram:
 *   [args]
 *   args = harness
 */
#include <stdio.h>
#include <string.h>
#include <zvm.h>

#include "tap/basic.h"

/* The index of the channel named alias, or -1. */
static int channel(const char *alias)
{
	int i;

	for (i = 0; i < MANIFEST->channels_count; i++)
		if (strcmp(MANIFEST->channels[i].name, alias) == 0)
			return i;
	return -1;
}

int main(int argc, char **argv)
{
	char buf[64];
	int ch;
	int32_t n;

	plan(14);

	ok(fgets(buf, sizeof(buf), stdin) != NULL, "stdin is readable");
	is_string("first line\n", buf, "stdin comes from the stdin: file");

	ok(MANIFEST->heap_size > 32u << 20 && MANIFEST->heap_size <= 64u << 20,
	   "memory: sets the heap size (%u)", (unsigned)MANIFEST->heap_size);

	ch = channel("/dev/input");
	ok(ch >= 3, "a ro channel exists");
	n = zvm_pread(ch, buf, sizeof(buf) - 1, 0);
	buf[n > 0 ? n : 0] = '\0';
	is_string("channel data\n", buf, "... and reads its file");
	is_int(SGetSPut, MANIFEST->channels[ch].type, "... sequentially");

	ch = channel("/dev/image");
	ok(ch >= 3, "a rro channel exists");
	is_int(RGetSPut, MANIFEST->channels[ch].type, "... random read");
	is_int(13, MANIFEST->channels[ch].size, "... with its file's size");
	n = zvm_pread(ch, buf, 4, 8);
	buf[n > 0 ? n : 0] = '\0';
	is_string("data", buf, "... read at an offset");

	/* ZRT has read the channel by now: what it said shows in argv. */
	ch = channel("/dev/nvram");
	ok(ch >= 3, "nvram: makes a /dev/nvram channel");
	is_string("harness", argv[0], "... holding the block, read at start-up");

	ch = channel("/dev/output");
	ok(ch >= 3, "a wo channel exists");
	is_int(20, zvm_pwrite(ch, "written by the nexe\n", 20, 0), "... and takes a write");
	return 0;
}
