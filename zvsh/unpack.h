/*
 * unpack.h - write the tree a program saved back into a host directory.
 */
#ifndef ZVSH_UNPACK_H
#define ZVSH_UNPACK_H

/* Replace the directory dir with the tree in the tar image image.
 *
 * The whole image is checked first, and refused (0 returned only after
 * success; -1 after a message) when any entry has an absolute name or a
 * ".." part, is not a regular file, directory, FIFO, symbolic or hard
 * link (a device or socket), appears twice, lies beneath a symbolic link or a file, is a symbolic
 * link whose target is absolute or leads out of the tree (following the
 * image's other links), or is a hard link to anything but a regular file
 * earlier in the image.  A refused image changes nothing at all.
 *
 * An accepted image is extracted into a new directory beside dir, which
 * then takes dir's place in one rename; the old tree is removed.  Modes
 * lose their set-id and sticky bits; owners are not restored.  An empty
 * image file (the program saved nothing) leaves dir as it was, with a
 * warning.  what names the option in messages. */
int unpack_replace(const char *what, const char *dir, const char *image);

/* Apply to dir, in place, what the program changed in the tree that was
 * packed into the image packed: image is checked as for unpack_replace()
 * (reading the data of each file whose type, size and permissions are as
 * packed, to compare it); its directories and each entry that differs
 * from what was packed (contents, permissions, link target, type) or is
 * new are extracted beside dir; then those entries are renamed into dir,
 * missing directories are made, and entries the program removed are
 * removed (a directory only when empty).  Entries the program left as
 * they were are not touched, so that two programs working in one
 * directory, or the host meanwhile, do not undo each other's changes.
 * Each file is replaced atomically; the whole is not: after a failure
 * dir may be partly updated. */
int unpack_sync(const char *what, const char *dir, const char *image, const char *packed);

#endif
