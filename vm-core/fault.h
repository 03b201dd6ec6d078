/*
 * fault.h - calling a nexe's own fault handler (zvm.h, "Fault handlers").
 */
#ifndef ZVM_FAULT_H
#define ZVM_FAULT_H

#include <stdint.h>

#include "session.h"

/* A fault the trap page's handler reported: the kernel's signal, the
 * faulting instruction and where the kernel's siginfo and ucontext are
 * (the fault trap's arguments).  When the nexe has a usable handler for
 * it and none was called before, write the handler's frame into user
 * memory and return the stack pointer to call it with; else return 0,
 * and the session ends with the fault's report. */
uint64_t fault_deliver(struct session *s, int sig, uint64_t ip, uint64_t kernel_info,
		       uint64_t kernel_context);

#endif
