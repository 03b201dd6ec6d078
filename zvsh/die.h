/*
 * die.h - zvsh's exit statuses; messages and fatal errors are msg.h's.
 *
 * Anything that stops zvsh before or after the session ends through die()
 * or die_errno(): one line on stderr that says what and where, then the
 * documented exit status (zvsh(1), EXIT STATUS).
 */
#ifndef ZVSH_DIE_H
#define ZVSH_DIE_H

#include "msg.h"

/* zvsh's own exit statuses.  A session that ends ok exits with the
 * program's return code instead; zvsh(1) explains how to tell them apart. */
enum zvsh_status {
	ZVSH_EXIT_TIMEOUT = 124, /* the session ran out of time */
	ZVSH_EXIT_ERROR = 125,	 /* zvsh or zerovm could not do what was asked */
	ZVSH_EXIT_REFUSED = 126, /* zerovm refused the program */
	ZVSH_EXIT_MISSING = 127, /* the program does not exist */
	ZVSH_EXIT_SIGNAL = 128	 /* plus N: ended by signal N */
};

#endif
