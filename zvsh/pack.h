/*
 * pack.h - pack a host directory into a tar image for the program.
 */
#ifndef ZVSH_PACK_H
#define ZVSH_PACK_H

#include <stddef.h>
#include <sys/stat.h>

/* A file looked for while packing: when the tree holds a regular file
 * with this device and inode, path gets its name relative to dir (the
 * first in byte order, for a file with several), newly allocated. */
struct pack_find {
	int want; /* 0: look for nothing */
	dev_t dev;
	ino_t ino;
	char *path; /* NULL until found */
};

/* Write the tree under dir as a tar image (pax) to image.  Entries are
 * named relative to dir, in byte order, each directory before what it
 * holds; only regular files, directories and symbolic links are packed
 * (anything else is fatal), hard links stay links, owners are cleared and
 * only modification times kept, so that the same tree gives the same
 * image.  A directory with the device and inode of skip (the work
 * directory, when it lies inside dir) is left out.  Each of the nfind
 * files in find is looked for.  what names the option
 * in messages.  Fatal on error. */
void pack_dir(const char *what, const char *dir, const char *image, const struct stat *skip,
	      struct pack_find *find, size_t nfind);

#endif
