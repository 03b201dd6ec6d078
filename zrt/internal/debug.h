/*
 * debug.h - ZRT's own diagnostics, for whoever runs the program: written
 * to the channel /dev/debug, when the manifest has one, if their level is
 * at most nvram's [debug] verbosity (0, the default, writes nothing).
 */
#ifndef ZRT_INTERNAL_DEBUG_H
#define ZRT_INTERNAL_DEBUG_H

/* Write "zrt: " msg and a newline, if level <= verbosity. */
void __zrt_debug(int level, const char *msg);

#endif
