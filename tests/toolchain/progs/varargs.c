/* varargs.c - stdarg with integers, doubles and va_copy, more arguments
 * than fit in registers. */
#include <stdarg.h>
#include <stdio.h>

static double sum(int n, ...)
{
	va_list ap, again;
	double total = 0;
	int i;

	va_start(ap, n);
	va_copy(again, ap);
	for (i = 0; i < n; i++)
		total += va_arg(ap, double);
	for (i = 0; i < n; i++)
		total += va_arg(again, double);
	va_end(again);
	va_end(ap);
	return total;
}

static long long mix(int n, ...)
{
	va_list ap;
	long long total = 0;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		total = total * 10 + (i % 2 ? va_arg(ap, long long) : va_arg(ap, int));
	va_end(ap);
	return total;
}

int main(void)
{
	printf("%.1f\n", sum(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5));
	printf("%lld\n", mix(9, 1, 2LL, 3, 4LL, 5, 6LL, 7, 8LL, 9));
	return 0;
}
