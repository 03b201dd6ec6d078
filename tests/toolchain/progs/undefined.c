/* undefined.c - must not link: the function exists nowhere. */
int zvm_no_such_function(void);

int main(void)
{
	return zvm_no_such_function();
}
