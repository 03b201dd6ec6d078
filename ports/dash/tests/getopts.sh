# getopts: options with and without arguments, clusters, errors, OPTIND.
parse() {
	OPTIND=1
	out=
	while getopts ab:c opt "$@"; do
		case $opt in
		a) out="$out a" ;;
		b) out="$out b=$OPTARG" ;;
		c) out="$out c" ;;
		'?') out="$out ?" ;;
		esac
	done
	shift $((OPTIND - 1))
	echo "opts:$out rest:$* OPTIND=$OPTIND"
}
parse -a -b val file1 file2
parse -ac -bX
parse -ca -- -b
parse file -a
parse -x -a
parse -b
parse
silent() {
	OPTIND=1
	while getopts :ab: opt "$@"; do
		case $opt in
		:) echo "missing argument for -$OPTARG" ;;
		'?') echo "unknown -$OPTARG" ;;
		*) echo "got -$opt ${OPTARG-}" ;;
		esac
	done
}
silent -z -a -b
