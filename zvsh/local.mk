## zvsh/local.mk - zvsh, which runs a nexe under zerovm like an ordinary
## command.
##
## Built as zvsh/zvsh: the source folder takes the name zvsh at the top of
## an in-tree build.  It installs as $(bindir)/zvsh, beside zerovm.

bin_PROGRAMS += zvsh/zvsh
zvsh_zvsh_SOURCES = zvsh/main.c zvsh/job.h \
	zvsh/die.h zvsh/util.c zvsh/util.h \
	zvsh/options.c zvsh/options.h zvsh/channels.c zvsh/channels.h \
	zvsh/nvram.c zvsh/nvram.h zvsh/manifest.c zvsh/manifest.h \
	zvsh/pack.c zvsh/pack.h zvsh/unpack.c zvsh/unpack.h \
	zvsh/run.c zvsh/run.h zvsh/outcome.c zvsh/outcome.h \
	zvsh/stdin.c zvsh/stdin.h \
	zvsh/libarchive.c zvsh/libarchive.h
# libarchive is not linked but loaded by name when --zvm-dir needs it
# (zvsh/libarchive.h says why): its headers only, and the name configure
# found it under.
zvsh_zvsh_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/vm-core \
	-DLIBARCHIVE_SONAME='"$(LIBARCHIVE_SONAME)"'
zvsh_zvsh_CFLAGS = $(AM_CFLAGS) $(LIBARCHIVE_CFLAGS)
zvsh_zvsh_LDADD = vm-core/libvmcore.a $(DLOPEN_LIBS)
