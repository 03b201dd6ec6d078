/*
 * clock.c - print what the sandbox's clocks say.  ZRT's clock is
 * deterministic: it starts at the nvram's [time] seconds (zvsh
 * --zvm-time) or at the runtime's fixed start, so two runs of the same
 * program print the same lines.
 */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

int main(void)
{
	struct timeval tv;
	struct timespec ts;
	struct tm tm;
	char date[64];
	time_t t = time(NULL);

	printf("time: %lld\n", (long long)t);
	if (gettimeofday(&tv, NULL) == 0)
		printf("gettimeofday: %lld.%06ld\n", (long long)tv.tv_sec, (long)tv.tv_usec);
	else
		printf("gettimeofday: failed\n");
	if (clock_gettime(CLOCK_REALTIME, &ts) == 0)
		printf("clock_gettime: %lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
	else
		printf("clock_gettime: failed\n");
	if (gmtime_r(&t, &tm) && strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S UTC", &tm))
		printf("date: %s\n", date);
	else
		printf("date: unavailable\n");
	return 0;
}
