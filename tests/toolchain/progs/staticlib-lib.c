/* staticlib-lib.c - the library half of the static-library test. */
int staticlib_twice(int x);

int staticlib_twice(int x)
{
	return 2 * x;
}
