/*
 * io.c - a scripted test nexe: reads commands from the channel aliased
 * /dev/script and logs each result to the channel aliased /dev/log, so
 * that shell tests can exercise every trap and check what happened.
 *
 * Commands, one per line, numbers decimal or 0x hex:
 *   r D SIZE OFF      zvm_pread into a buffer; logs "= RET" and the bytes as hex
 *   w D OFF TEXT      zvm_pwrite of TEXT (to the end of the line)
 *   W D SIZE OFF      zvm_pwrite of SIZE bytes of 'x'
 *   b ADDR SIZE D     zvm_pread straight into guest address ADDR
 *   B ADDR SIZE D     zvm_pwrite straight from guest address ADDR
 *   t ID              a trap with an arbitrary id; logs "= RET"
 *   p ADDR            a trap whose argument block is at ADDR
 *   h BYTES           write one byte per 4 KiB page of the first BYTES of heap
 *   m                 log the user manifest
 *   e CODE            zvm_exit(CODE)
 */
#include "nexe.h"

static char script[65536];
static char data[1 << 20];
static int logd = -1;

static void log_s(const char *s)
{
	if (logd >= 0)
		zvm_pwrite(logd, s, (int32_t)strlen(s), 0);
}

static void log_n(long long v)
{
	char b[24];
	int i = sizeof b;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;

	do
		b[--i] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		b[--i] = '-';
	if (logd >= 0)
		zvm_pwrite(logd, b + i, (int32_t)(sizeof b - i), 0);
}

static void log_hex(const unsigned char *p, int n)
{
	static const char d[] = "0123456789abcdef";
	char b[2];
	int i;

	for (i = 0; i < n; i++) {
		b[0] = d[p[i] >> 4];
		b[1] = d[p[i] & 15];
		if (logd >= 0)
			zvm_pwrite(logd, b, 2, 0);
	}
}

static int find(const char *name)
{
	int i;

	for (i = 0; i < MANIFEST->channels_count; i++) {
		const char *a = MANIFEST->channels[i].name, *b = name;

		while (*a && *a == *b)
			a++, b++;
		if (*a == *b)
			return i;
	}
	return -1;
}

static const char *field(const char *s, long long *v)
{
	while (*s == ' ')
		s++;
	*v = parse_num(s);
	while (*s && *s != ' ' && *s != '\n')
		s++;
	return s;
}

int main(void)
{
	int sd = find("/dev/script"), len = 0, r;
	char *line, *end;
	long long a, b, c;

	logd = find("/dev/log");
	if (sd < 0)
		return 100;
	while (len < (int)sizeof script - 1 &&
	       (r = zvm_pread(sd, script + len, (int32_t)(sizeof script - 1 - len), len)) > 0)
		len += r;
	script[len] = '\0';
	for (line = script; *line; line = *end ? end + 1 : end) {
		const char *s = line + 1;
		long long ret = 0;

		for (end = line; *end && *end != '\n'; end++)
			;
		switch (*line) {
		case 'r':
			s = field(s, &a), s = field(s, &b), s = field(s, &c);
			if (b > (long long)sizeof data)
				b = sizeof data;
			ret = zvm_pread((int)a, data, (int32_t)b, c);
			log_s("= ");
			log_n(ret);
			if (ret > 0) {
				log_s(" ");
				log_hex((unsigned char *)data, (int)ret);
			}
			log_s("\n");
			continue;
		case 'w':
			s = field(s, &a), s = field(s, &b);
			if (*s == ' ')
				s++;
			ret = zvm_pwrite((int)a, s, (int32_t)(end - s), b);
			break;
		case 'W':
			s = field(s, &a), s = field(s, &b), s = field(s, &c);
			if (b > (long long)sizeof data)
				b = sizeof data;
			memset(data, 'x', (size_t)b);
			ret = zvm_pwrite((int)a, data, (int32_t)b, c);
			break;
		case 'b':
			s = field(s, &a), s = field(s, &b), s = field(s, &c);
			ret = zvm_pread((int)c, (char *)(uintptr_t)a, (int32_t)b, 0);
			break;
		case 'B':
			s = field(s, &a), s = field(s, &b), s = field(s, &c);
			ret = zvm_pwrite((int)c, (const char *)(uintptr_t)a, (int32_t)b, 0);
			break;
		case 't': {
			uint64_t args[6] = {0};

			s = field(s, &a);
			args[0] = (uint64_t)a;
			ret = zvm_trap(args);
			break;
		}
		case 'p':
			s = field(s, &a);
			ret = zvm_trap((uint64_t *)(uintptr_t)a);
			break;
		case 'h': {
			volatile char *heap = MANIFEST->heap_ptr;
			long long i;

			s = field(s, &a);
			for (i = 0; i < a; i += 4096)
				heap[i] = 1;
			ret = a;
			break;
		}
		case 'm': {
			int i;

			log_s("channels ");
			log_n(MANIFEST->channels_count);
			log_s(" heap ");
			log_n((long long)(uintptr_t)MANIFEST->heap_ptr);
			log_s(" ");
			log_n(MANIFEST->heap_size);
			log_s(" stack ");
			log_n(MANIFEST->stack_size);
			log_s("\n");
			for (i = 0; i < MANIFEST->channels_count; i++) {
				const struct ZVMChannel *ch = &MANIFEST->channels[i];

				log_n(i);
				log_s(" ");
				log_s(ch->name);
				log_s(" type ");
				log_n(ch->type);
				log_s(" size ");
				log_n(ch->size);
				log_s(" limits ");
				log_n(ch->limits[0]);
				log_s(" ");
				log_n(ch->limits[1]);
				log_s(" ");
				log_n(ch->limits[2]);
				log_s(" ");
				log_n(ch->limits[3]);
				log_s("\n");
			}
			continue;
		}
		case 'e':
			field(s, &a);
			zvm_exit((int32_t)a);
		default:
			continue;
		}
		log_s("= ");
		log_n(ret);
		log_s("\n");
	}
	return 0;
}
