/*
 * resource.h - the resource limits getrlimit() reports and setrlimit()
 * lowers.  They describe what the manifest gave the program; the VM
 * enforces the real ones (Memory, channel quotas, Timeout), and ZRT
 * enforces none of these itself.
 */
#ifndef ZRT_INTERNAL_RESOURCE_H
#define ZRT_INTERNAL_RESOURCE_H

#include <sys/resource.h>

/* The limit of resource res (0 .. RLIM_NLIMITS-1), initialised from the
 * user manifest on first use. */
struct rlimit *__zrt_rlimit(int res);

#endif
