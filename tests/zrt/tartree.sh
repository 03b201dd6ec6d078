# tartree.sh - the tree the tar tests put into images, and the host's
# view of it in tests/zrt/nexe/tree.c's terms.  Source it; needs GNU find.
#
#   tartree SRC WANT
#       make the tree in SRC (which must not exist) and write its sorted
#       listing to WANT.
#
# The tree: long names (a component of 200 bytes, paths beyond 255), a
# non-ASCII name, links of both kinds, empty files and directories, a
# deep tree.  Every time is a whole second (ustar keeps no fractions).

tartree_list() {
	(cd "$1" && find . -mindepth 1 -printf '%y %m %s %T@ %n %p %l\n') |
		awk '{ split($4, t, "."); if ($1 == "d") { $3 = "-"; $5 = "-" }
		       line = $1 " " $2 " " $3 " " t[1] " " $5 " " $6;
		       if ($1 == "l") line = line " -> " $7; print line }' | sort
}

tartree() {
	src=$1
	long=$(printf 'n%.0s' $(seq 200))
	mkdir -p "$src/empty-dir" "$src/d/$long/$long" "$src/deep"
	printf 'hello\n' >"$src/hello.txt"
	: >"$src/empty"
	printf 'caf\303\251\n' >"$src/caf$(printf '\303\251')-\303\274"
	printf 'long\n' >"$src/d/$long/$long/file"
	printf 'linked\n' >"$src/d/one"
	ln "$src/d/one" "$src/d/two"
	ln "$src/d/one" "$src/three"
	ln -s hello.txt "$src/link"
	ln -s "d/$long/$long/file" "$src/longlink"
	ln -s nowhere "$src/dangling"
	head -c 200000 /dev/zero | tr '\0' x >"$src/big"
	chmod 0600 "$src/big"
	chmod 0700 "$src/empty-dir"
	p=$src/deep
	for i in $(seq 30); do p=$p/l$i; done
	mkdir -p "$p"
	echo bottom >"$p/f"
	find "$src" -exec touch -h -d @1700000000 {} +
	touch -d @1700000123 "$src/hello.txt"
	tartree_list "$src" >"$2"
}
