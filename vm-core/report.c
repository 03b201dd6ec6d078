/*
 * report.c - the six-line report at the end of a session.
 */
#include "report.h"

#include <openssl/sha.h>

#include "channel.h"
#include "memory.h"

static void hex(char *out, const unsigned char *d, unsigned int n)
{
	static const char digits[] = "0123456789abcdef";
	unsigned int i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[d[i] >> 4];
		out[2 * i + 1] = digits[d[i] & 15];
	}
	out[2 * n] = '\0';
}

static int write_etags(struct session *s, FILE *out)
{
	unsigned char d[SHA256_DIGEST_LENGTH];
	char h[2 * SHA256_DIGEST_LENGTH + 1];
	int any = 0;
	size_t i;

	for (i = 0; i < s->nch; i++) {
		struct channel *c = &s->ch[i];

		if (!c->m->etag)
			continue;
		if (c->etag == NULL || !SHA256_Final(d, c->etag))
			return -1;
		hex(h, d, SHA256_DIGEST_LENGTH);
		fprintf(out, "%s%s %s", any ? " " : "", c->m->alias, h);
		any = 1;
	}
	if (s->m.memory_etag) {
		memory_digest(s, d);
		hex(h, d, 32);
		fprintf(out, "%s/dev/memory %s", any ? " " : "", h);
		any = 1;
	}
	if (!any)
		fputs("disabled", out);
	return 0;
}

int report_write(struct session *s, FILE *out)
{
	long long reads = 0, rbytes = 0, writes = 0, wbytes = 0;
	size_t i;

	for (i = 0; i < s->nch; i++) {
		reads += s->ch[i].reads;
		rbytes += s->ch[i].rbytes;
		writes += s->ch[i].writes;
		wbytes += s->ch[i].wbytes;
	}
	fprintf(out, "2\n0\n%d\n", s->end == END_EXIT ? s->exit_code : 0);
	if (write_etags(s, out) < 0)
		return -1;
	fprintf(out, "\n%.2f %.2f %lld %lld %lld %lld 0 0 0 0\n%s\n",
		(double)s->ru.ru_stime.tv_sec + (double)s->ru.ru_stime.tv_usec / 1e6,
		(double)s->ru.ru_utime.tv_sec + (double)s->ru.ru_utime.tv_usec / 1e6, reads, rbytes,
		writes, wbytes, s->state);
	if (fflush(out) != 0 || ferror(out))
		return -1;
	return 0;
}
