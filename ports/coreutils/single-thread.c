/*
 * single-thread.c - the POSIX threads calls coreutils' sort makes, for a
 * process that has one thread and can have no other.
 *
 * newlib declares these (with _POSIX_THREADS) but neither it nor ZRT
 * defines them, and sort's merge code locks its queue's mutex even when
 * it sorts alone.  Here, creating a thread fails with EAGAIN (POSIX's
 * "lacked the resources"), after which sort does the work itself; a mutex
 * is a flag, locking a held one reports EDEADLK instead of hanging
 * forever, and waiting on a condition, which no other thread could
 * signal, reports EDEADLK too.  Linked into coreutils' programs only
 * (ports/coreutils/build); nothing of it is ZRT's.
 */
#include <errno.h>
#include <pthread.h>
#include <time.h>

/* A mutex: 0 or newlib's static initializer, free; 1, held. */
#define HELD 1u

int pthread_mutexattr_init(pthread_mutexattr_t *attr)
{
	attr->is_initialized = 1;
	attr->type = PTHREAD_MUTEX_DEFAULT;
	return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *attr)
{
	attr->is_initialized = 0;
	return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type)
{
	attr->type = type;
	return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type)
{
	*type = attr->type;
	return 0;
}

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr)
{
	(void)attr;
	*m = 0;
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return *m == HELD ? EBUSY : 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	if (*m == HELD)
		return EBUSY;
	*m = HELD;
	return 0;
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
	/* Held by the only thread there is: it would wait for itself. */
	return pthread_mutex_trylock(m) ? EDEADLK : 0;
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime)
{
	(void)abstime;
	return pthread_mutex_lock(m);
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (*m != HELD)
		return EPERM;
	*m = 0;
	return 0;
}

int pthread_condattr_init(pthread_condattr_t *attr)
{
	attr->is_initialized = 1;
	return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *attr)
{
	attr->is_initialized = 0;
	return 0;
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr)
{
	(void)attr;
	*c = 0;
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	(void)c;
	return 0;
}

int pthread_cond_signal(pthread_cond_t *c)
{
	(void)c;
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	(void)c;
	return 0;
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m)
{
	/* No other thread exists to signal it. */
	(void)c;
	(void)m;
	return EDEADLK;
}

int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *t)
{
	(void)t;
	return pthread_cond_wait(c, m);
}

int pthread_attr_init(pthread_attr_t *attr)
{
	attr->is_initialized = 1;
	attr->detachstate = PTHREAD_CREATE_JOINABLE;
	return 0;
}

int pthread_attr_destroy(pthread_attr_t *attr)
{
	attr->is_initialized = 0;
	return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state)
{
	*state = attr->detachstate;
	return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	attr->detachstate = state;
	return 0;
}

int pthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
	(void)t;
	(void)attr;
	(void)start;
	(void)arg;
	return EAGAIN;
}

/* The one thread's id. */
pthread_t pthread_self(void)
{
	return 1;
}

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}

int pthread_join(pthread_t t, void **value)
{
	(void)value;
	return t == pthread_self() ? EDEADLK : ESRCH;
}

int pthread_detach(pthread_t t)
{
	(void)t;
	return ESRCH;
}
