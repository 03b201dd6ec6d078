/* printf.c - the formats newlib is configured for: long long, long
 * double, C99 (%a, %zu, %jd, %hhd) and positional-free widths. */
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	long long big = -9223372036854775807LL - 1;
	unsigned long long ubig = 18446744073709551615ULL;
	long double third = 1.0L / 3.0L;
	char buf[64];

	printf("%lld %llu %llx\n", big, ubig, ubig);
	printf("%.20Lf\n", third);
	printf("%Le\n", 1e4000L);
	printf("%a %a\n", 1.0, 0.5);
	printf("%zu %jd %hhd %td\n", sizeof(long double), (intmax_t)INT64_MAX, (signed char)300,
	       (ptrdiff_t)-5);
	printf("%" PRIu64 " %" PRIx32 "\n", UINT64_C(1) << 63, UINT32_C(0xdeadbeef));
	snprintf(buf, sizeof(buf), "[%8.3f|%-6d|%+d]", 3.14159, 42, 7);
	printf("%s\n", buf);
	return 0;
}
