/*
 * mapper.c - the map step of the wordcount sample.
 *
 *   mapper PART PARTS TEXT OUT
 *
 * Reads TEXT (a channel, e.g. /dev/text), counts the words that begin in
 * its PART-th of PARTS equal byte ranges, and writes one "word count" line
 * per distinct word to OUT (a channel, e.g. /dev/out, a FIFO on the host).
 * A word is a maximal run of ASCII letters, folded to lower case; it
 * belongs to the range in which its first letter lies, so the parts
 * together count every word exactly once.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "words.h"

static int letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int main(int argc, char **argv)
{
	static struct table t;
	char *text = NULL;
	size_t len = 0, cap = 0, start, end, p;
	long part, parts;
	ssize_t n;
	FILE *out;
	int fd;

	if (argc != 5) {
		fprintf(stderr, "usage: mapper PART PARTS TEXT OUT\n");
		return 2;
	}
	part = strtol(argv[1], NULL, 10);
	parts = strtol(argv[2], NULL, 10);
	if (parts < 1 || part < 0 || part >= parts) {
		fprintf(stderr, "mapper: bad PART or PARTS\n");
		return 2;
	}
	fd = open(argv[3], O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "mapper: %s: %s\n", argv[3], strerror(errno));
		return 1;
	}
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			text = realloc(text, cap);
			if (!text) {
				fprintf(stderr, "mapper: out of memory\n");
				return 1;
			}
		}
		n = read(fd, text + len, cap - len);
		if (n < 0) {
			fprintf(stderr, "mapper: %s: %s\n", argv[3], strerror(errno));
			return 1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);

	start = len * (size_t)part / (size_t)parts;
	end = len * (size_t)(part + 1) / (size_t)parts;
	for (p = start; p < end; p++) {
		char word[WORD_MAX + 1];
		size_t k = 0;

		if (!letter((unsigned char)text[p]) || (p > 0 && letter((unsigned char)text[p - 1])))
			continue;
		/* A word starts here: take all of it, even past END. */
		for (; p < len && letter((unsigned char)text[p]); p++)
			if (k < WORD_MAX)
				word[k++] = (char)(text[p] | 0x20);
		word[k] = '\0';
		if (table_add(&t, word, 1)) {
			fprintf(stderr, "mapper: too many words\n");
			return 1;
		}
	}

	out = fopen(argv[4], "w");
	if (!out) {
		fprintf(stderr, "mapper: %s: %s\n", argv[4], strerror(errno));
		return 1;
	}
	for (p = 0; p < TABLE_SIZE; p++)
		if (t.slot[p].count)
			fprintf(out, "%s %lu\n", t.slot[p].word, t.slot[p].count);
	if (fclose(out) != 0) {
		fprintf(stderr, "mapper: %s: %s\n", argv[4], strerror(errno));
		return 1;
	}
	return 0;
}
