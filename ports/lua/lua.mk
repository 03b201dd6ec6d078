# lua.mk - builds liblua.a and the interpreter lua from Lua's src/ folder.
#
# Debian's src/Makefile drives libtool to make shared libraries, which a
# nexe has no use for; this is the plain static build of upstream's
# "generic" target: every src/*.c but the two programs goes into liblua.a.
#
#   make -f lua.mk -C SRC/src CC=... AR=... RANLIB=... CFLAGS=...

CC = cc
AR = ar
RANLIB = ranlib
CFLAGS = -O2
LDFLAGS =
# Upstream's flags for every platform, and the POSIX facilities ZRT gives
# (mkstemp, fseeko, isatty); no dlopen, no readline.
LUA_CFLAGS = -std=gnu99 -Wall -Wextra -DLUA_COMPAT_5_3 -DLUA_USE_POSIX

LIB_SRC = $(filter-out lua.c luac.c,$(sort $(wildcard *.c)))
LIB_OBJ = $(LIB_SRC:.c=.o)

all: liblua.a lua

%.o: %.c
	$(CC) $(LUA_CFLAGS) $(CFLAGS) -c $< -o $@

liblua.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rc $@ $(LIB_OBJ)
	$(RANLIB) $@

lua: lua.o liblua.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ lua.o liblua.a -lm

.PHONY: all
