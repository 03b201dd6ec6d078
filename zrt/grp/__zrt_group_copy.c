/*
 * __zrt_group_copy.c - a group entry into a caller's buffer, for the _r calls.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "internal/passwd.h"

int __zrt_group_copy(const struct group *src, struct group *dst, char *buf, size_t size)
{
	size_t nmem = 0, need, i, off;
	struct group gr = *src;
	char **mem;

	while (src->gr_mem[nmem] != NULL)
		nmem++;
	/* The member array first, aligned for pointers, then the strings. */
	off =
	    (uintptr_t)buf % sizeof(char *) ? sizeof(char *) - (uintptr_t)buf % sizeof(char *) : 0;
	need = off + (nmem + 1) * sizeof(char *) + strlen(src->gr_name) + 1 +
	       strlen(src->gr_passwd) + 1;
	for (i = 0; i < nmem; i++)
		need += strlen(src->gr_mem[i]) + 1;
	if (need > size)
		return ERANGE;
	mem = (char **)(void *)(buf + off);
	off += (nmem + 1) * sizeof(char *);
	gr.gr_name = strcpy(buf + off, src->gr_name);
	off += strlen(src->gr_name) + 1;
	gr.gr_passwd = strcpy(buf + off, src->gr_passwd);
	off += strlen(src->gr_passwd) + 1;
	for (i = 0; i < nmem; i++) {
		mem[i] = strcpy(buf + off, src->gr_mem[i]);
		off += strlen(src->gr_mem[i]) + 1;
	}
	mem[nmem] = NULL;
	gr.gr_mem = mem;
	*dst = gr;
	return 0;
}
