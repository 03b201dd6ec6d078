/*
 * doorbell-forged.c - a nexe that writes the trap doorbell itself.
 *
 * The doorbell (zvm.h) is ordinary memory of the nexe, shared with a
 * supervisor that polls it after each trap while it has a CPU to spare.
 * The nexe posts argument blocks outside user memory straight into it,
 * bypassing the trap entry: whether the supervisor takes them depends on
 * timing, but one it takes must be answered -EFAULT like any trap with
 * such an argument block, and no post may end the session.  Then it
 * fills the doorbell with garbage, and with every state the protocol
 * knows, between ordinary traps, and sends the trap entry's own "await"
 * system call out of turn: the ordinary traps must still be answered
 * exactly, and the session must end as the nexe asks.
 *
 * expect-stdout: forged posts: every one taken was answered -14
 * expect-stdout: trap after state 0 = 1
 * expect-stdout: trap after state 1 = 1
 * expect-stdout: trap after state 2 = 1
 * expect-stdout: trap after state 3 = 1
 * expect-stdout: trap after state 4 = 1
 * expect-stdout: trap after state 5 = 1
 * expect-stdout: trap after state 6 = 1
 * expect-stdout: trap after garbage = 1
 * expect-stdout: await out of turn = 0
 * expect-stdout: after=ok
 * stdin: abcdefgh
 * expect-state: ok
 * expect-status: 0
 * expect-return: 7
 */
#include "attack.h"

struct doorbell {
	volatile uint32_t state, awake;
	volatile uint64_t args;
	volatile int64_t result;
};

#define DB ((struct doorbell *)(uintptr_t)ZVM_DOORBELL_ADDR)

static const uint64_t outside[] = {
    0, 0x8000, ZVM_USER_END - 8, 0xffff888000000000ULL, 0xfffffffffffffff8ULL,
};

/* Post args directly; wait a while for the supervisor.  Returns 1 when
 * it took the post and answered, 0 when nobody took it (withdrawn). */
static int post(uint64_t args, int64_t *result)
{
	uint32_t expect = ZVM_DOORBELL_POSTED;
	long i;

	DB->args = args;
	__atomic_store_n(&DB->state, ZVM_DOORBELL_POSTED, __ATOMIC_RELEASE);
	for (i = 0; i < 100000; i++)
		if (__atomic_load_n(&DB->state, __ATOMIC_ACQUIRE) == ZVM_DOORBELL_DONE) {
			*result = DB->result;
			return 1;
		}
	if (__atomic_compare_exchange_n(&DB->state, &expect, ZVM_DOORBELL_IDLE, 0, __ATOMIC_ACQ_REL,
					__ATOMIC_ACQUIRE))
		return 0;
	/* Taken at the last moment: the answer follows. */
	while (__atomic_load_n(&DB->state, __ATOMIC_ACQUIRE) != ZVM_DOORBELL_DONE)
		;
	*result = DB->result;
	return 1;
}

static void trap_after(const char *what)
{
	out("trap after ");
	out(what);
	out(" = ");
	char c;

	out_num(zvm_pread(0, &c, 1, 0));
	out("\n");
}

int main(void)
{
	static const char *states[] = {"state 0", "state 1", "state 2", "state 3",
				       "state 4", "state 5", "state 6"};
	int64_t result;
	int bad = 0, i, round;

	for (round = 0; round < 200; round++)
		for (i = 0; i < (int)(sizeof outside / sizeof outside[0]); i++) {
			/* An ordinary trap first (channel 3 does not exist:
			 * -EINVAL, nothing counted), after which the
			 * supervisor polls if it can. */
			zvm_pwrite(3, "", 0, 0);
			if (post(outside[i], &result) && result != -14)
				bad++;
		}
	out(bad ? "forged posts: some were not answered -14\n"
		: "forged posts: every one taken was answered -14\n");

	for (i = 0; i <= 6; i++) {
		DB->state = (uint32_t)i;
		DB->awake = 1;
		DB->args = 0xdeadbeef;
		DB->result = 12345;
		trap_after(states[i]);
	}
	DB->state = 0xa5a5a5a5;
	DB->awake = 0xa5a5a5a5;
	DB->args = 0xa5a5a5a5a5a5a5a5ULL;
	DB->result = (int64_t)0xa5a5a5a5a5a5a5a5ULL;
	trap_after("garbage");

	out("await out of turn = ");
	out_num(attack_syscall(ZVM_TRAP_SYSCALL, (long)ZVM_AWAIT_MAGIC, 0, 0, 0, 0, 0));
	out("\n");
	out("after=ok\n");
	return 7;
}
