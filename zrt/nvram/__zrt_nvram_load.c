/*
 * __zrt_nvram_load.c - read /dev/nvram at start-up; stop a program whose
 * nvram is malformed before it runs.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>
#include <zvm.h>

#include "internal/channel.h"
#include "internal/nvram.h"

struct __zrt_nvram __zrt_nvram;

/* One byte more than the limit, to tell "exactly at the limit" from "longer". */
static char text[ZRT_NVRAM_MAX_SIZE + 1];

/* The bytes as read, which the parser does not keep, for the programs
 * exec starts: a sequential channel cannot be read twice. */
static char raw[ZRT_NVRAM_MAX_SIZE + 1];
static size_t raw_len;

const char *__zrt_nvram_raw(size_t *len)
{
	*len = raw_len;
	return raw;
}

static void parse(size_t len)
{
	memcpy(raw, text, len);
	raw_len = len;
	if (__zrt_nvram_parse(&__zrt_nvram, text, len) < 0)
		__zrt_nvram_fail(__zrt_nvram.error_line, __zrt_nvram.error);
}

void __zrt_nvram_load_text(const char *p, size_t len)
{
	if (len > ZRT_NVRAM_MAX_SIZE)
		__zrt_nvram_fail(0, "the nvram passed by exec is too long");
	memcpy(text, p, len);
	parse(len);
}

/* Write "nvram:LINE: what\n" to stderr and end the session.  Neither
 * stdio nor anything else has started yet, so this goes straight to the
 * channel, and nothing is saved: the program never ran. */
void __zrt_nvram_fail(int line, const char *what)
{
	char msg[sizeof(__zrt_nvram.error) + 32] = "nvram:";
	char digits[12];
	size_t n = 6;
	int i = 0;

	do
		digits[i++] = (char)('0' + line % 10);
	while ((line /= 10) > 0 && i < (int)sizeof(digits));
	while (i > 0)
		msg[n++] = digits[--i];
	msg[n++] = ':';
	msg[n++] = ' ';
	for (; *what != '\0' && n < sizeof(msg) - 1; what++)
		msg[n++] = *what;
	msg[n++] = '\n';
	__zrt_channel_write(2, msg, n, 0);
	zvm_exit(ZRT_NVRAM_EXIT);
}

void __zrt_nvram_load(void)
{
	int ch = __zrt_channel_find("/dev/nvram");
	size_t len = 0;

	if (ch < 0)
		return;
	while (len < sizeof(text)) {
		/* The offset matters only when the nvram is a random-read
		 * channel; sequential channels ignore it. */
		ssize_t n = __zrt_channel_read(ch, text + len, sizeof(text) - len, (int64_t)len);

		if (n < 0)
			__zrt_nvram_fail(0, "cannot read the channel /dev/nvram");
		if (n == 0)
			break;
		len += (size_t)n;
	}
	parse(len);
}
