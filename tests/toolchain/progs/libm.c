/* libm.c - a few libm functions, printed to fixed precision. */
#include <math.h>
#include <stdio.h>

int main(void)
{
	volatile double two = 2.0, e1 = 1.0;

	printf("sqrt(2)=%.12f\n", sqrt(two));
	printf("exp(1)=%.12f\n", exp(e1));
	printf("sin(pi/6)=%.12f\n", sin(M_PI / 6));
	printf("atan2(1,1)*4=%.12f\n", atan2(e1, e1) * 4);
	printf("pow(2,0.5)=%.12f\n", pow(two, 0.5));
	printf("log10(1000)=%.1f\n", log10(1000.0 * e1));
	printf("floor(-2.5)=%.1f ceil(-2.5)=%.1f\n", floor(-2.5 * e1), ceil(-2.5 * e1));
	printf("isnan(nan)=%d isinf(1/0)=%d\n", isnan(nan("")) != 0, isinf(e1 / 0.0) != 0);
	return 0;
}
