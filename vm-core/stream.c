/*
 * stream.c - recognising zerovm's own standard streams (see stream.h).
 *
 * Opening /dev/stdout by name would start a second file position;
 * sharing zerovm's keeps `zerovm job >out` appending where the shell
 * expects.
 */
#include "stream.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

int stream_own(const char *path)
{
	char *end;
	long n;

	if (strcmp(path, "/dev/stdin") == 0)
		return 0;
	if (strcmp(path, "/dev/stdout") == 0)
		return 1;
	if (strcmp(path, "/dev/stderr") == 0)
		return 2;
	if (strncmp(path, "/dev/fd/", 8) == 0 && path[8] >= '0' && path[8] <= '9') {
		errno = 0;
		n = strtol(path + 8, &end, 10);
		if (errno == 0 && *end == '\0' && n >= 0 && n < INT_MAX)
			return (int)n;
	}
	return -1;
}
