## zrt/local.mk - ZRT, the runtime linked into every nexe: libzrt.a and
## crt0.o, installed into the sysroot next to newlib's libc.a.
##
## ZRT is compiled for the target, not the host, so automake's compile
## rules (which use $(CC) and the host's headers) do not apply: the rules
## below use the host gcc with the sysroot's specs, which is exactly what
## zvm-gcc -c does.  One function per file, in a folder per POSIX area.

if SYSROOT

ZRT_SRCS = \
	zrt/channel/__zrt_channel_count.c \
	zrt/channel/__zrt_channel_read.c \
	zrt/channel/__zrt_channel_write.c \
	zrt/dirent/getdents.c \
	zrt/env/__zrt_init.c \
	zrt/env/__zrt_start.c \
	zrt/errno/__zrt_ret.c \
	zrt/fcntl/fcntl.c \
	zrt/fcntl/open.c \
	zrt/fd/__zrt_fd_get.c \
	zrt/fd/__zrt_fds.c \
	zrt/signal/kill.c \
	zrt/stat/fstat.c \
	zrt/stat/lstat.c \
	zrt/stat/stat.c \
	zrt/stdio/_rename.c \
	zrt/time/__zrt_clock_us.c \
	zrt/time/gettimeofday.c \
	zrt/time/nanosleep.c \
	zrt/time/times.c \
	zrt/unistd/_exit.c \
	zrt/unistd/close.c \
	zrt/unistd/getpid.c \
	zrt/unistd/isatty.c \
	zrt/unistd/lseek.c \
	zrt/unistd/read.c \
	zrt/unistd/sbrk.c \
	zrt/unistd/unlink.c \
	zrt/unistd/write.c
ZRT_HDRS = \
	zrt/internal/channel.h \
	zrt/internal/clock.h \
	zrt/internal/fd.h \
	zrt/internal/proc.h \
	zrt/internal/start.h \
	zrt/internal/syscall.h
EXTRA_DIST += $(ZRT_SRCS) $(ZRT_HDRS) zrt/crt/crt0.S

ZVM_BUILD_SYSROOT = $(abs_top_builddir)/sysroot/x86_64-zerovm-elf
ZVM_BUILD_SPECS = sysroot/x86_64-zerovm-elf/usr/lib/zerovm.specs

# The target compiler for our own runtime code.
ZRT_CC = $(ZVM_HOST_GCC) -specs=$(ZVM_BUILD_SYSROOT)/usr/lib/zerovm.specs \
	--sysroot=$(ZVM_BUILD_SYSROOT)
ZRT_INCLUDES = -I$(top_srcdir)/include -I$(top_srcdir)/zrt
ZRT_COMPILE_FLAGS = -O2 -g $(WARN_CFLAGS) -Werror

# Objects live in zrt/obj/, where no automake suffix rule can claim them.
ZRT_OBJECTS = $(ZRT_SRCS:zrt/%.c=zrt/obj/%.o)

zrt/obj/%.o: zrt/%.c sysroot/newlib.stamp $(ZVM_BUILD_SPECS)
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(ZRT_CC) $(ZRT_INCLUDES) $(ZRT_COMPILE_FLAGS) -MMD -MP -c -o $@ $<

zrt/obj/crt/crt0.o: zrt/crt/crt0.S $(top_srcdir)/include/zvm.h sysroot/newlib.stamp $(ZVM_BUILD_SPECS)
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(ZRT_CC) $(ZRT_INCLUDES) -c -o $@ $<

zrt/libzrt.a: $(ZRT_OBJECTS)
	$(AM_V_AR)rm -f $@ && $(AR) cr $@ $(ZRT_OBJECTS) && $(RANLIB) $@

# Into the sysroot, where the specs' -lzrt and crt0.o find them.
sysroot/x86_64-zerovm-elf/usr/lib/libzrt.a: zrt/libzrt.a
	$(AM_V_GEN)cp zrt/libzrt.a $@
sysroot/x86_64-zerovm-elf/usr/lib/crt0.o: zrt/obj/crt/crt0.o
	$(AM_V_GEN)cp zrt/obj/crt/crt0.o $@

-include $(ZRT_OBJECTS:.o=.d)

CLEAN_LOCAL += clean-zrt
clean-zrt:
	-rm -rf zrt/obj zrt/libzrt.a


endif SYSROOT
