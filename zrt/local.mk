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
	zrt/channel/__zrt_channel_find.c \
	zrt/channel/__zrt_channel_read.c \
	zrt/channel/__zrt_channel_write.c \
	zrt/conf/__zrt_pathconf.c \
	zrt/conf/fpathconf.c \
	zrt/conf/pathconf.c \
	zrt/conf/sysconf.c \
	zrt/dirent/getdents.c \
	zrt/env/__zrt_init.c \
	zrt/env/__zrt_start.c \
	zrt/errno/__zrt_ret.c \
	zrt/fcntl/__zrt_openat.c \
	zrt/fcntl/fcntl.c \
	zrt/fcntl/flock.c \
	zrt/fcntl/open.c \
	zrt/fcntl/openat.c \
	zrt/fd/__zrt_fd_close.c \
	zrt/fd/__zrt_fd_dir.c \
	zrt/fd/__zrt_fd_fork.c \
	zrt/fd/__zrt_fd_get.c \
	zrt/fd/__zrt_fd_install.c \
	zrt/fd/__zrt_fd_limit.c \
	zrt/fd/__zrt_fds.c \
	zrt/fd/__zrt_file_drop.c \
	zrt/fd/__zrt_file_io.c \
	zrt/fd/__zrt_file_new.c \
	zrt/fd/__zrt_file_path.c \
	zrt/fd/__zrt_open_loc.c \
	zrt/fd/__zrt_stdin_check.c \
	zrt/fd/__zrt_stdin_report.c \
	zrt/fs/__zrt_dir_path.c \
	zrt/fs/__zrt_make.c \
	zrt/fs/__zrt_mount.c \
	zrt/fs/__zrt_vfs_init.c \
	zrt/fs/access.c \
	zrt/fs/devfs.c \
	zrt/fs/loc.c \
	zrt/fs/memfs.c \
	zrt/fs/memfs_data.c \
	zrt/fs/memfs_dir.c \
	zrt/fs/memfs_node.c \
	zrt/fs/pipe.c \
	zrt/fs/resolve.c \
	zrt/fs/setattr.c \
	zrt/fs/tarfail.c \
	zrt/fs/walk.c \
	zrt/grp/__zrt_group_copy.c \
	zrt/grp/__zrt_group_root.c \
	zrt/grp/getgrent.c \
	zrt/grp/getgrgid.c \
	zrt/grp/getgrgid_r.c \
	zrt/grp/getgrnam.c \
	zrt/grp/getgrnam_r.c \
	zrt/malloc/posix_memalign.c \
	zrt/misc/__zrt_debug.c \
	zrt/misc/ioctl.c \
	zrt/misc/uname.c \
	zrt/mman/__zrt_maps.c \
	zrt/mman/mmap.c \
	zrt/mman/mprotect.c \
	zrt/mman/msync.c \
	zrt/mman/munmap.c \
	zrt/mman/posix_madvise.c \
	zrt/network/socket.c \
	zrt/nvram/__zrt_nvram_load.c \
	zrt/nvram/__zrt_nvram_parse.c \
	zrt/process/__zrt_exec_start.c \
	zrt/process/__zrt_fork.c \
	zrt/process/__zrt_proc.c \
	zrt/process/__zrt_shm.c \
	zrt/process/__zrt_waitpid.c \
	zrt/process/_execve.c \
	zrt/process/fork.c \
	zrt/process/vfork.c \
	zrt/process/wait.c \
	zrt/process/waitpid.c \
	zrt/pwd/__zrt_passwd_copy.c \
	zrt/pwd/__zrt_passwd_root.c \
	zrt/pwd/getpwent.c \
	zrt/pwd/getpwnam.c \
	zrt/pwd/getpwnam_r.c \
	zrt/pwd/getpwuid.c \
	zrt/pwd/getpwuid_r.c \
	zrt/random/__zrt_random_bytes.c \
	zrt/random/getentropy.c \
	zrt/resource/__zrt_fsize.c \
	zrt/resource/__zrt_rlimit.c \
	zrt/resource/getrlimit.c \
	zrt/resource/getrusage.c \
	zrt/resource/setrlimit.c \
	zrt/sched/sched_yield.c \
	zrt/select/__zrt_wait.c \
	zrt/select/poll.c \
	zrt/select/select.c \
	zrt/signal/__zrt_fault.c \
	zrt/signal/__zrt_signal_send.c \
	zrt/signal/kill.c \
	zrt/signal/sigaction.c \
	zrt/signal/sigaltstack.c \
	zrt/signal/signal.c \
	zrt/signal/sigpending.c \
	zrt/signal/sigprocmask.c \
	zrt/stat/__zrt_statvfs_mnt.c \
	zrt/stat/__zrt_timeval_ts.c \
	zrt/stat/chmod.c \
	zrt/stat/fchmod.c \
	zrt/stat/fchmodat.c \
	zrt/stat/fstat.c \
	zrt/stat/fstatat.c \
	zrt/stat/fstatvfs.c \
	zrt/stat/futimens.c \
	zrt/stat/futimes.c \
	zrt/stat/lstat.c \
	zrt/stat/lutimes.c \
	zrt/stat/mkdir.c \
	zrt/stat/mkdirat.c \
	zrt/stat/mkfifo.c \
	zrt/stat/mkfifoat.c \
	zrt/stat/mknod.c \
	zrt/stat/mknodat.c \
	zrt/stat/stat.c \
	zrt/stat/statvfs.c \
	zrt/stat/umask.c \
	zrt/stat/utime.c \
	zrt/stat/utimensat.c \
	zrt/stat/utimes.c \
	zrt/stdio/_rename.c \
	zrt/stdio/flockfile.c \
	zrt/stdio/ftrylockfile.c \
	zrt/stdio/funlockfile.c \
	zrt/stdio/renameat.c \
	zrt/stdlib/abort.c \
	zrt/stdlib/getprogname.c \
	zrt/stdlib/realpath.c \
	zrt/stdlib/system.c \
	zrt/time/__zrt_clock_us.c \
	zrt/time/clock_getcpuclockid.c \
	zrt/time/clock_getres.c \
	zrt/time/clock_gettime.c \
	zrt/time/clock_settime.c \
	zrt/time/gettimeofday.c \
	zrt/time/nanosleep.c \
	zrt/time/times.c \
	zrt/uio/__zrt_iov_io.c \
	zrt/uio/preadv.c \
	zrt/uio/pwritev.c \
	zrt/uio/readv.c \
	zrt/uio/writev.c \
	zrt/unistd/_exit.c \
	zrt/unistd/access.c \
	zrt/unistd/alarm.c \
	zrt/unistd/chdir.c \
	zrt/unistd/chown.c \
	zrt/unistd/close.c \
	zrt/unistd/dup.c \
	zrt/unistd/dup2.c \
	zrt/unistd/dup3.c \
	zrt/unistd/faccessat.c \
	zrt/unistd/fchdir.c \
	zrt/unistd/fchown.c \
	zrt/unistd/fchownat.c \
	zrt/unistd/fdatasync.c \
	zrt/unistd/fsync.c \
	zrt/unistd/ftruncate.c \
	zrt/unistd/getcwd.c \
	zrt/unistd/getegid.c \
	zrt/unistd/geteuid.c \
	zrt/unistd/getgid.c \
	zrt/unistd/gethostname.c \
	zrt/unistd/getlogin.c \
	zrt/unistd/getpagesize.c \
	zrt/unistd/getpgid.c \
	zrt/unistd/getpgrp.c \
	zrt/unistd/getpid.c \
	zrt/unistd/getppid.c \
	zrt/unistd/getsid.c \
	zrt/unistd/getuid.c \
	zrt/unistd/isatty.c \
	zrt/unistd/issetugid.c \
	zrt/unistd/lchown.c \
	zrt/unistd/link.c \
	zrt/unistd/linkat.c \
	zrt/unistd/lseek.c \
	zrt/unistd/pipe.c \
	zrt/unistd/pipe2.c \
	zrt/unistd/pread.c \
	zrt/unistd/pwrite.c \
	zrt/unistd/read.c \
	zrt/unistd/readlink.c \
	zrt/unistd/readlinkat.c \
	zrt/unistd/rmdir.c \
	zrt/unistd/sbrk.c \
	zrt/unistd/symlink.c \
	zrt/unistd/symlinkat.c \
	zrt/unistd/sync.c \
	zrt/unistd/truncate.c \
	zrt/unistd/unlink.c \
	zrt/unistd/unlinkat.c \
	zrt/unistd/write.c
ZRT_HDRS = \
	zrt/internal/channel.h \
	zrt/internal/clock.h \
	zrt/internal/conf.h \
	zrt/internal/debug.h \
	zrt/internal/devfs.h \
	zrt/internal/exec.h \
	zrt/internal/fd.h \
	zrt/internal/memfs.h \
	zrt/internal/mman.h \
	zrt/internal/nvram.h \
	zrt/internal/passwd.h \
	zrt/internal/path.h \
	zrt/internal/pipe.h \
	zrt/internal/proc.h \
	zrt/internal/random.h \
	zrt/internal/resource.h \
	zrt/internal/shm.h \
	zrt/internal/signal.h \
	zrt/internal/start.h \
	zrt/internal/syscall.h \
	zrt/internal/tar.h \
	zrt/internal/vfs.h
# Tar images, in their own library: they need libarchive, which is built
# with zvm-gcc after libzrt.a (zrt/internal/tar.h tells how they link).
ZRT_TAR_SRCS = \
	zrt/fs/tarimage.c \
	zrt/fs/tarsave.c
# What C cannot write, in assembly.
ZRT_ASM_SRCS = \
	zrt/process/__zrt_fork_enter.S
EXTRA_DIST += $(ZRT_SRCS) $(ZRT_ASM_SRCS) $(ZRT_HDRS) $(ZRT_TAR_SRCS) zrt/crt/crt0.S \
	zrt/zrt-tar.ld

ZVM_BUILD_SYSROOT = $(abs_top_builddir)/sysroot/x86_64-zerovm-elf
ZVM_BUILD_SPECS = sysroot/x86_64-zerovm-elf/usr/lib/zerovm.specs

# The target compiler for our own runtime code.
ZRT_CC = $(ZVM_HOST_GCC) -specs=$(ZVM_BUILD_SYSROOT)/usr/lib/zerovm.specs \
	--sysroot=$(ZVM_BUILD_SYSROOT)
ZRT_INCLUDES = -I$(top_srcdir)/include -I$(top_srcdir)/zrt
ZRT_COMPILE_FLAGS = -O2 -g $(WARN_CFLAGS) -Werror

# Objects live in zrt/obj/, where no automake suffix rule can claim them.
ZRT_OBJECTS = $(ZRT_SRCS:zrt/%.c=zrt/obj/%.o) $(ZRT_ASM_SRCS:zrt/%.S=zrt/obj/%.o)

zrt/obj/%.o: zrt/%.c sysroot/newlib.stamp $(ZVM_BUILD_SPECS)
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(ZRT_CC) $(ZRT_INCLUDES) $(ZRT_COMPILE_FLAGS) -MMD -MP -c -o $@ $<

zrt/obj/%.o: zrt/%.S sysroot/newlib.stamp $(ZVM_BUILD_SPECS)
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(ZRT_CC) $(ZRT_INCLUDES) -MMD -MP -c -o $@ $<

zrt/obj/crt/crt0.o: zrt/crt/crt0.S $(top_srcdir)/include/zvm.h sysroot/newlib.stamp $(ZVM_BUILD_SPECS)
	@$(MKDIR_P) $(@D)
	$(AM_V_CC)$(ZRT_CC) $(ZRT_INCLUDES) -c -o $@ $<

zrt/libzrt.a: $(ZRT_OBJECTS)
	$(AM_V_AR)rm -f $@ && $(AR) cr $@ $(ZRT_OBJECTS) && $(RANLIB) $@

ZRT_TAR_OBJECTS = $(ZRT_TAR_SRCS:zrt/%.c=zrt/obj/%.o)
$(ZRT_TAR_OBJECTS): sysroot/libarchive-headers.stamp sysroot/zlib.stamp
# One relocatable object, which zrt-tar.ld links whole: libzrt.a refers
# to it only weakly, and a weak reference pulls nothing out of an archive.
zrt/zrt-tar.o: $(ZRT_TAR_OBJECTS)
	$(AM_V_GEN)$(ZRT_CC) -r -nostdlib -o $@ $(ZRT_TAR_OBJECTS)

# Installed once libarchive is: from then on the specs find zrt-tar.ld and
# every link has tar images (sysroot/libs.mk, toolchain/zerovm.specs.in).
sysroot/zrt-tar.stamp: zrt/zrt-tar.o $(srcdir)/zrt/zrt-tar.ld sysroot/libarchive.stamp
	$(AM_V_GEN)cp zrt/zrt-tar.o $(ZVM_BUILD_SYSROOT)/usr/lib/zrt-tar.o && \
	cp $(srcdir)/zrt/zrt-tar.ld $(ZVM_BUILD_SYSROOT)/usr/lib/zrt-tar.ld && touch $@
noinst_DATA += sysroot/zrt-tar.stamp
install-zvm-sysroot: sysroot/zrt-tar.stamp

# Into the sysroot, where the specs' -lzrt and crt0.o find them.
sysroot/x86_64-zerovm-elf/usr/lib/libzrt.a: zrt/libzrt.a
	$(AM_V_GEN)cp zrt/libzrt.a $@
sysroot/x86_64-zerovm-elf/usr/lib/crt0.o: zrt/obj/crt/crt0.o
	$(AM_V_GEN)cp zrt/obj/crt/crt0.o $@

# uname() reports the package version as the release.
zrt/obj/misc/uname.o: ZRT_COMPILE_FLAGS += -DZRT_RELEASE='"$(PACKAGE_VERSION)"'

-include $(ZRT_OBJECTS:.o=.d) $(ZRT_TAR_OBJECTS:.o=.d)

CLEAN_LOCAL += clean-zrt
clean-zrt:
	-rm -rf zrt/obj zrt/libzrt.a zrt/zrt-tar.o sysroot/zrt-tar.stamp


endif SYSROOT
