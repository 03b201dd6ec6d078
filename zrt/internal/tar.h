/*
 * tar.h - tar images: nvram's [fstab] records mounted at start-up
 * (access=ro) and saved at exit (access=wo).
 *
 * The code lives in libzrt-tar.a, not libzrt.a: it needs libarchive and
 * zlib, which are built with zvm-gcc after ZRT (their configure scripts
 * link test programs through ZRT).  libzrt.a refers to the two entry
 * points weakly; the sysroot's zrt-tar.ld, which the specs add to every
 * link once libarchive is installed, pulls them in.  A nexe linked
 * without them refuses an nvram with [fstab] records.
 */
#ifndef ZRT_INTERNAL_TAR_H
#define ZRT_INTERNAL_TAR_H

/* The exit status when an image cannot be mounted or saved, or the nexe
 * has no tar support: below the shell's 126/127, like env(1)'s 125. */
#define ZRT_TAR_EXIT 125

/* Mount every access=ro record and create the directories of the
 * access=wo ones; on failure print "zrt: ALIAS: what" on stderr and end
 * with ZRT_TAR_EXIT.  Called by __zrt_init() after nvram, before main. */
void __zrt_tar_mount(void) __attribute__((weak));

/* Save every access=wo record's directory as a pax tar image into its
 * channel.  Called by _exit(), after atexit handlers and destructors. */
void __zrt_tar_save(void) __attribute__((weak));

/* Set by __zrt_tar_mount() once the images are in place: a session that
 * stopped before that saves nothing. */
extern int __zrt_tar_ready;

/* Print "zrt: ALIAS: WHAT[: DETAIL]" on stderr and end the session with
 * ZRT_TAR_EXIT. */
void __zrt_tar_fail(const char *alias, const char *what, const char *detail)
	__attribute__((noreturn));

#endif
