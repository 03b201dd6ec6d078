/*
 * fuzz-manifest.c - libFuzzer harness for manifest_parse().
 *
 * The sanitizers catch bad reads, leaks and undefined arithmetic; this file
 * checks what they cannot see.  A refused manifest must leave one NUL-
 * terminated line that names the file and an empty struct; an accepted one
 * must keep the promises later stages rely on: the std three as
 * descriptors 0, 1, 2, the rest in strictly increasing alias order (so no
 * duplicates), and every number in its documented range.  A broken promise
 * aborts, which libFuzzer reports as a crash with the input that caused it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "manifest.h"

#define NAME "fuzz.manifest"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void broken(const char *what)
{
	fprintf(stderr, "fuzz-manifest: broken invariant: %s\n", what);
	abort();
}

static void check_channel(const struct manifest_channel *c)
{
	size_t n;
	int j, k;

	if (c->alias == NULL || strncmp(c->alias, "/dev/", 5) != 0)
		broken("alias outside /dev/");
	n = strlen(c->alias);
	if (n <= 5 || n > MANIFEST_MAX_ALIAS)
		broken("alias length out of range");
	for (k = 0; c->alias[k] != '\0'; k++)
		if ((unsigned char)c->alias[k] <= ' ' || (unsigned char)c->alias[k] >= 0x7f ||
		    c->alias[k] == ',')
			broken("alias holds a blank, comma or control byte");
	if (c->nuris < 1 || c->nuris > MANIFEST_MAX_TOKENS)
		broken("URI count out of range");
	for (j = 0; j < MANIFEST_MAX_TOKENS; j++) {
		if (j >= c->nuris) {
			if (c->uris[j] != NULL)
				broken("URI slot past nuris in use");
			continue;
		}
		if (c->uris[j] == NULL || c->uris[j][0] != '/')
			broken("URI is not an absolute path");
		if (strlen(c->uris[j]) > MANIFEST_MAX_PATH)
			broken("URI too long");
		if (strpbrk(c->uris[j], ",;\n") != NULL)
			broken("URI holds a separator");
	}
	if (c->type < 0 || c->type > 3 || (c->etag != 0 && c->etag != 1))
		broken("channel type or etag flag out of range");
	for (k = 0; k < 4; k++)
		if (c->limits[k] < 0)
			broken("negative limit");
	if (c->line < 1 || c->line > MANIFEST_MAX_LINES)
		broken("channel line out of range");
}

static void check_manifest(const struct manifest *m)
{
	static const char *const std_aliases[3] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};
	size_t i;

	if (m->version == NULL || strcmp(m->version, MANIFEST_VERSION) != 0)
		broken("accepted another Version");
	if (m->program == NULL || m->program[0] == '\0' || strlen(m->program) > MANIFEST_MAX_PATH)
		broken("Program empty or too long");
	if (m->memory < MANIFEST_MIN_MEMORY || m->memory > MANIFEST_MAX_MEMORY)
		broken("Memory out of range");
	if (m->memory_etag != 0 && m->memory_etag != 1)
		broken("Memory etag flag out of range");
	if (m->timeout < 1 || m->timeout > MANIFEST_MAX_TIMEOUT)
		broken("Timeout out of range");
	if (m->nchannels < 3 || m->nchannels > MANIFEST_MAX_CHANNELS || m->channels == NULL)
		broken("channel count out of range");
	for (i = 0; i < m->nchannels; i++)
		check_channel(&m->channels[i]);
	for (i = 0; i < 3; i++)
		if (strcmp(m->channels[i].alias, std_aliases[i]) != 0)
			broken("std channels are not descriptors 0, 1, 2");
	for (i = 4; i < m->nchannels; i++)
		if (strcmp(m->channels[i - 1].alias, m->channels[i].alias) >= 0)
			broken("channels not in strictly increasing alias order");
	for (i = 3; i < m->nchannels; i++)
		if (strcmp(m->channels[i].alias, "/dev/stdin") == 0 ||
		    strcmp(m->channels[i].alias, "/dev/stdout") == 0 ||
		    strcmp(m->channels[i].alias, "/dev/stderr") == 0)
			broken("a std alias appears twice");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct manifest zero;
	struct manifest m;
	char err[256];
	int rc;

	/* Poison the buffers so that a parser which forgets to write or
	 * terminate them is caught. */
	memset(err, 'E', sizeof(err));
	memset(&m, 0x5a, sizeof(m));
	rc = manifest_parse(&m, NAME, (const char *)data, size, err, sizeof(err));
	if (memchr(err, '\0', sizeof(err)) == NULL)
		broken("err is not NUL-terminated");
	if (rc == 0) {
		if (err[0] != '\0')
			broken("success with an error message");
		check_manifest(&m);
	} else {
		if (rc != -1)
			broken("failure is not -1");
		if (strncmp(err, NAME ":", sizeof(NAME)) != 0)
			broken("error does not start with the file name");
		if (strlen(err) <= sizeof(NAME) + 1 || strchr(err, '\n') != NULL)
			broken("error is empty or more than one line");
		if (memcmp(&m, &zero, sizeof(m)) != 0)
			broken("failed parse left the manifest non-empty");
	}
	manifest_free(&m);
	return 0;
}
