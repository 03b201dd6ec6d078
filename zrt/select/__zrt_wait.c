/*
 * __zrt_wait.c - how poll() and select() wait when nothing is ready: only
 * time can pass, on the deterministic clock, at once.
 */
#include <errno.h>
#include <signal.h>

#include "internal/clock.h"
#include "internal/signal.h"

/* Without a timeout only an alarm can end the wait.  Its handler runs
 * when the clock reaches it, or its default action ends the program. */
static int wait_for_alarm(void)
{
	const struct __zrt_signals *s = &__zrt_signals;
	int64_t left = __zrt_clock_alarm(0);

	if (left <= 0)
		return -EDEADLK;
	/* Armed again at the same time: the clock has not moved. */
	__zrt_clock_alarm(left);
	if ((s->blocked & ZRT_SIGBIT(SIGALRM)) || s->action[SIGALRM].sa_handler == SIG_IGN)
		return -EDEADLK;
	__zrt_clock_advance(left);
	return -EINTR;
}

int __zrt_wait(int64_t us)
{
	if (us < 0)
		return wait_for_alarm();
	return __zrt_clock_advance(us) > 0 ? -EINTR : 0;
}
