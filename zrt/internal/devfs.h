/*
 * devfs.h - the device file system at /dev (zrt/fs/devfs.c).
 */
#ifndef ZRT_INTERNAL_DEVFS_H
#define ZRT_INTERNAL_DEVFS_H

#include "internal/vfs.h"

extern const struct __zrt_fs_ops __zrt_devfs_ops;

/* A devfs for the manifest's channels, or NULL when out of memory. */
void *__zrt_devfs_new(void);

/* The node of channel ch, for the standard descriptors: -ENOENT if the
 * channel has no name in /dev. */
int __zrt_devfs_channel(void *fs, int ch, void **node);

/* The path nvram's [mapping] file= gives a channel node: the file the
 * channel is (zvsh names it when a standard stream is a file the program
 * also sees in a mounted image).  NULL for other nodes. */
const char *__zrt_devfs_file(void *fs, void *node);

#endif
