/* twice.c - the library half of the CMake sample. */
int twice(int x);

int twice(int x)
{
	return 2 * x;
}
