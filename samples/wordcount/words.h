/*
 * words.h - the word table the wordcount mapper and reducer share: an
 * open-addressing hash table of words and their counts.
 */
#ifndef WORDS_H
#define WORDS_H

#include <string.h>

#define WORD_MAX 63
#define TABLE_SIZE 16384

struct entry {
	char word[WORD_MAX + 1];
	unsigned long count;
};

struct table {
	struct entry slot[TABLE_SIZE];
	size_t used;
};

/* Add N to WORD's count; 0 on success, -1 when the table is full. */
static int table_add(struct table *t, const char *word, unsigned long n)
{
	unsigned long h = 5381;
	const char *c;
	size_t i, l;

	for (c = word; *c; c++)
		h = h * 33 + (unsigned char)*c;
	for (i = h % TABLE_SIZE;; i = (i + 1) % TABLE_SIZE) {
		struct entry *e = &t->slot[i];

		if (e->count == 0) {
			if (t->used + 1 >= TABLE_SIZE)
				return -1;
			l = strlen(word);
			if (l > WORD_MAX)
				l = WORD_MAX;
			memcpy(e->word, word, l);
			e->word[l] = '\0';
			e->count = n;
			t->used++;
			return 0;
		}
		if (strcmp(e->word, word) == 0) {
			e->count += n;
			return 0;
		}
	}
}

#endif
