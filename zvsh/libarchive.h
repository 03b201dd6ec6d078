/*
 * libarchive.h - the host's libarchive, loaded when zvsh first needs it.
 *
 * Only --zvm-dir packs and unpacks tar images, and libarchive brings a
 * dozen libraries with it (libxml2, ICU, libstdc++, the compressors):
 * linked in, the dynamic loader would spend more on them at every start
 * than zvsh spends on anything else.  So zvsh does not link it; pack.c
 * and unpack.c call it through this table, which libarchive_load() fills
 * the first time.  The prototypes still come from <archive.h>, so each
 * pointer has the type of the function it stands for.
 */
#ifndef ZVSH_LIBARCHIVE_H
#define ZVSH_LIBARCHIVE_H

#include <archive.h>
#include <archive_entry.h>

/* The functions zvsh calls, without their archive_ prefix. */
#define LIBARCHIVE_FUNCTIONS(X)                                                                    \
	X(entry_copy_hardlink)                                                                     \
	X(entry_copy_pathname)                                                                     \
	X(entry_copy_stat)                                                                         \
	X(entry_copy_symlink)                                                                      \
	X(entry_filetype)                                                                          \
	X(entry_free)                                                                              \
	X(entry_hardlink)                                                                          \
	X(entry_linkify)                                                                           \
	X(entry_linkresolver_free)                                                                 \
	X(entry_linkresolver_new)                                                                  \
	X(entry_linkresolver_set_strategy)                                                         \
	X(entry_new)                                                                               \
	X(entry_pathname)                                                                          \
	X(entry_perm)                                                                              \
	X(entry_set_gid)                                                                           \
	X(entry_set_perm)                                                                          \
	X(entry_set_size)                                                                          \
	X(entry_set_uid)                                                                           \
	X(entry_size)                                                                              \
	X(entry_symlink)                                                                           \
	X(entry_unset_atime)                                                                       \
	X(entry_unset_birthtime)                                                                   \
	X(entry_unset_ctime)                                                                       \
	X(error_string)                                                                            \
	X(filter_bytes)                                                                            \
	X(read_data_block)                                                                         \
	X(read_free)                                                                               \
	X(read_new)                                                                                \
	X(read_next_header)                                                                        \
	X(read_open_fd)                                                                            \
	X(read_support_format_tar)                                                                 \
	X(write_close)                                                                             \
	X(write_data)                                                                              \
	X(write_data_block)                                                                        \
	X(write_disk_new)                                                                          \
	X(write_disk_set_options)                                                                  \
	X(write_finish_entry)                                                                      \
	X(write_free)                                                                              \
	X(write_header)                                                                            \
	X(write_new)                                                                               \
	X(write_open_filename)                                                                     \
	X(write_set_format_pax_restricted)

/* libarchive.read_new() is archive_read_new(), and so on. */
struct libarchive {
#define LIBARCHIVE_MEMBER(name) __typeof__(archive_##name) *name;
	LIBARCHIVE_FUNCTIONS(LIBARCHIVE_MEMBER)
#undef LIBARCHIVE_MEMBER
};

extern struct libarchive libarchive;

/* Load LIBARCHIVE_SONAME (the library configure found) and fill the
 * table, once.  NULL when every function is there; otherwise what is
 * wrong (dlerror()'s words), and the table is not to be used. */
const char *libarchive_load(void);

/* The message for libarchive_load()'s failure: the option that needed
 * it, then the error. */
#define LIBARCHIVE_MISSING "%s needs libarchive (" LIBARCHIVE_SONAME "): %s"

#endif
