/*
 * libm.c - the math library gives the exact results programs compare
 * against glibc's where the result is representable (log2 and exp2 of
 * powers of two), and <math.h> declares the BSD/SVID extras libm has
 * (scalb, significand).
 */
#include <math.h>

#include "tap/basic.h"

int main(void)
{
	int k, bad;

	plan(5);
	bad = 0;
	for (k = -1074; k <= 1023; k++)
		if (log2(ldexp(1.0, k)) != (double)k && bad++ == 0)
			diag("log2(2^%d) = %.17g", k, log2(ldexp(1.0, k)));
	is_int(0, bad, "log2 of every power of two is exact, subnormals too");
	bad = 0;
	for (k = -1074; k <= 1023; k++)
		if (exp2((double)k) != ldexp(1.0, k) && bad++ == 0)
			diag("exp2(%d) = %.17g", k, exp2((double)k));
	is_int(0, bad, "exp2 of every integer exponent is exact");
	bad = 0;
	for (k = -52; k <= 52; k++)
		if (log2(pow(2.0, k)) != (double)k)
			bad++;
	is_int(0, bad, "log2(pow(2, k)) == k for k in -52..52");
	ok(scalb(3.0, 4.0) == 48.0, "scalb(3, 4) == 48");
	ok(significand(48.0) == 1.5, "significand(48) == 1.5");
	return 0;
}
