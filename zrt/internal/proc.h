/*
 * proc.h - the process identity ZRT reports.
 *
 * A nexe is alone in its sandbox, and every run must look the same, so
 * the ids are constants.
 */
#ifndef ZRT_INTERNAL_PROC_H
#define ZRT_INTERNAL_PROC_H

#define ZRT_PID 1

#endif
