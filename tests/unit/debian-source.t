#!/bin/sh
# debian-source.t - the fetch script downloads a real source package into its
# cache without touching /etc/apt, and a second call uses the cache alone.
. "$top_srcdir/tests/tap/libtap.sh"
tool="$top_srcdir/tools/debian-source"

# The package cache is shared with the build, so a rerun needs no network.
cache=${ZVM_SOURCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zerovm/debian-source}
tap_tmpdir

if ! command -v apt-get >/dev/null 2>&1; then
	skip_all "apt-get is not available"
fi
plan 8

etc_before=$(find /etc/apt -type f -exec sha256sum {} + 2>/dev/null | sort | sha256sum)
dsc=$("$tool" --cache "$cache" hello 2>"$tmp/err1"); st=$?
if [ $st -ne 0 ] && grep -q 'update failed' "$tmp/err1"; then
	skip_all "the Debian archive is not reachable: $(cat "$tmp/err1")"
fi
is 0 "$st" "first call succeeds"
case $dsc in
"$cache"/hello_*/hello_*.dsc) tap_result 0 "it prints the .dsc path inside the cache" ;;
*) tap_result 1 "it prints the .dsc path inside the cache (got '$dsc')" ;;
esac
ok "the .dsc exists" test -f "$dsc"
ok "the upstream tarball is there" sh -c "ls '$(dirname "$dsc")'/hello_*.orig.tar.* >/dev/null"
etc_after=$(find /etc/apt -type f -exec sha256sum {} + 2>/dev/null | sort | sha256sum)
is "$etc_before" "$etc_after" "/etc/apt is unchanged"

# The second call must not need the network: point every proxy at a closed port.
dsc2=$(http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 \
	"$tool" --cache "$cache" hello 2>"$tmp/err2"); st=$?
is "0 $dsc" "$st $dsc2" "second call succeeds with the same path"
like "using cached" "$(cat "$tmp/err2")" "and says it used the cache"

"$tool" --cache "$cache" --unpack "$tmp/src" hello >/dev/null 2>&1
ok "--unpack extracts the source with its debian/ folder" test -f "$tmp/src/debian/control"
