/*
 * proc.h - the process identity ZRT reports.
 *
 * A nexe is alone in its sandbox, and every run must look the same, so
 * the ids are constants: process 1 (like init, the first process of a
 * system), no parent, and the superuser (uid and gid 0), which owns every
 * file the program finds.
 */
#ifndef ZRT_INTERNAL_PROC_H
#define ZRT_INTERNAL_PROC_H

#define ZRT_PID	 1
#define ZRT_PPID 0
#define ZRT_UID	 0
#define ZRT_GID	 0

/* The page size programs are told (sysconf, getpagesize).  The VM maps
 * memory in 64 KiB units, but 4096 is what ported code expects, and it
 * divides 64 KiB. */
#define ZRT_PAGESIZE 4096

/* uname() and gethostname(). */
#define ZRT_SYSNAME  "ZeroVM"
#define ZRT_NODENAME "zerovm"
#define ZRT_MACHINE  "x86_64"

#endif
