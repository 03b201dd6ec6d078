#!/bin/sh
# mkwrappers.sh - generate the x86_64-zerovm-elf commands from their
# templates into one directory.
#
# usage: mkwrappers.sh SRCDIR OUTDIR SYSROOT_REL VERSION GCC CPP PKG_CONFIG
#
#   SRCDIR       the toolchain/ source directory (templates)
#   OUTDIR       where the commands go
#   SYSROOT_REL  the sysroot, relative to where the commands will be run
#                from (the build tree's toolchain/bin, or $(bindir))
#   VERSION      ZeroVM's version, for --version
#   GCC, CPP, PKG_CONFIG
#                the host programs to wrap
#
# The same templates make the build-tree commands and the installed ones;
# only SYSROOT_REL differs.  The binutils are looked up in PATH now, so
# the commands keep working if PATH changes later.
set -eu

if [ $# -ne 7 ]; then
	echo "usage: mkwrappers.sh SRCDIR OUTDIR SYSROOT_REL VERSION GCC CPP PKG_CONFIG" >&2
	exit 2
fi
srcdir=$1 outdir=$2 sysroot_rel=$3 version=$4 gcc=$5 cpp=$6 pkg_config=$7

# resolve PROGRAM: its absolute path, or fail saying which is missing.
resolve() {
	case $1 in
	/*) path=$1 ;;
	*) path=$(command -v "$1" 2>/dev/null) || path= ;;
	esac
	if [ -z "$path" ] || [ ! -x "$path" ]; then
		echo "mkwrappers.sh: $1 not found; the ZeroVM toolchain wraps it" >&2
		exit 1
	fi
	echo "$path"
}

# sed replacement text: escape the characters special on the right of s|||.
esc() {
	printf '%s\n' "$1" | sed -e 's/[\\|&]/\\&/g'
}

gcc=$(resolve "$gcc")
cpp=$(resolve "$cpp")
pkg_config=$(resolve "$pkg_config")
gcc_version=$("$gcc" -dumpfullversion 2>/dev/null || "$gcc" -dumpversion)

mkdir -p "$outdir"

# gen TEMPLATE NAME [sed expressions...]: write OUTDIR/NAME, executable.
gen() {
	template=$1 name=$2
	shift 2
	tmp=$outdir/$name.tmp
	sed -e "s|@NAME@|$(esc "$name")|g" \
		-e "s|@VERSION@|$(esc "$version")|g" \
		-e "s|@SYSROOT_REL@|$(esc "$sysroot_rel")|g" \
		"$@" "$srcdir/$template" >"$tmp"
	chmod +x "$tmp"
	mv -f "$tmp" "$outdir/$name"
}

for name in zvm-gcc zvm-cc x86_64-zerovm-elf-gcc x86_64-zerovm-elf-cc; do
	gen zvm-gcc.in "$name" -e "s|@WHAT@|compiler|" \
		-e "s|@DRIVER@|$(esc "$gcc")|" -e "s|@GCC_VERSION@|$(esc "$gcc_version")|"
done
gen zvm-gcc.in x86_64-zerovm-elf-cpp -e "s|@WHAT@|preprocessor|" \
	-e "s|@DRIVER@|$(esc "$cpp")|" -e "s|@GCC_VERSION@|$(esc "$gcc_version")|"

for tool in ar ranlib nm objdump objcopy strip readelf as ld; do
	case $tool in
	as)
		flags='--noexecstack '
		note='Objects never ask for an executable stack.'
		;;
	ld)
		# Only the library directories given on the command line:
		# never the host's /usr/lib.
		flags='-nostdlib -z noexecstack '
		note='Only library directories given on the command line are searched.'
		;;
	*) flags= note= ;;
	esac
	# The note is a comment line of its own, or no line at all.
	if [ -n "$note" ]; then
		note_expr="s|^# @NOTE@\$|# $(esc "$note")|"
	else
		note_expr='/^# @NOTE@$/d'
	fi
	gen zvm-binutil.in "x86_64-zerovm-elf-$tool" -e "s|@TOOL@|$tool|g" \
		-e "s|@HOST_TOOL@|$(esc "$(resolve "$tool")")|" \
		-e "s|@FLAGS@|$(esc "$flags")|" -e "$note_expr"
done

for name in zvm-pkg-config x86_64-zerovm-elf-pkg-config; do
	gen zvm-pkg-config.in "$name" -e "s|@HOST_TOOL@|$(esc "$pkg_config")|"
done
