/*
 * reducer.c - the reduce step of the wordcount sample.
 *
 *   reducer INPUT...
 *
 * Reads "word count" lines from each INPUT (channels, e.g. /dev/in0, FIFOs
 * on the host, one per mapper), adds the counts of each word, and prints
 * the ten most frequent as "count word" lines: by count, highest first,
 * then by word in byte order.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "words.h"

#define TOP 10

static int by_count(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->word, y->word);
}

int main(int argc, char **argv)
{
	static struct table t;
	static struct entry all[TABLE_SIZE];
	size_t i, n = 0;
	int a;

	if (argc < 2) {
		fprintf(stderr, "usage: reducer INPUT...\n");
		return 2;
	}
	for (a = 1; a < argc; a++) {
		char word[WORD_MAX + 1];
		unsigned long count;
		FILE *in = fopen(argv[a], "r");

		if (!in) {
			fprintf(stderr, "reducer: %s: %s\n", argv[a], strerror(errno));
			return 1;
		}
		while (fscanf(in, "%63s %lu", word, &count) == 2)
			if (table_add(&t, word, count)) {
				fprintf(stderr, "reducer: too many words\n");
				return 1;
			}
		fclose(in);
	}
	for (i = 0; i < TABLE_SIZE; i++)
		if (t.slot[i].count)
			all[n++] = t.slot[i];
	qsort(all, n, sizeof all[0], by_count);
	for (i = 0; i < n && i < TOP; i++)
		printf("%lu %s\n", all[i].count, all[i].word);
	return 0;
}
