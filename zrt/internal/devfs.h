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

#endif
