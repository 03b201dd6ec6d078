#!/bin/bash
# startup.sh - how long a session takes from exec to report: hello as a
# static glibc program natively, as a nexe under zerovm, and natively
# under `bwrap --ro-bind / /`, all measured in this run.  Target: zerovm's
# median at most 2x the native static run.  When the sysroot is built,
# also samples/hello's nexe, linked with ZRT and newlib (2.6 MB with its
# debugging information), under zerovm and run as a command by zvsh.
. "$top_srcdir/bench/benchlib.sh"

runs=${BENCH_RUNS:-300}
hello=$top_builddir/bench/native-hello
bench_manifest "$tmp/hello.manifest" "$top_builddir/tests/vm/nexe/hello.nexe" /dev/null /dev/null
zrt_hello=$top_builddir/samples/hello/hello.nexe

if command -v hyperfine >/dev/null 2>&1; then
	cmds=("$hello" "$ZEROVM $tmp/hello.manifest")
	names=("native static hello" "zerovm hello.nexe")
	if command -v bwrap >/dev/null 2>&1; then
		cmds+=("bwrap --ro-bind / / $hello")
		names+=("bwrap --ro-bind / / hello")
	fi
	if [ -f "$zrt_hello" ]; then
		bench_manifest "$tmp/zrt.manifest" "$zrt_hello" /dev/null /dev/null
		cmds+=("$ZEROVM $tmp/zrt.manifest" "$top_builddir/zvsh/zvsh $zrt_hello")
		names+=("zerovm ZRT hello.nexe" "zvsh ZRT hello.nexe")
	fi
	ZEROVM=$ZEROVM hyperfine -N -w 30 -r "$runs" --export-json "$tmp/h.json" "${cmds[@]}" \
		>/dev/null 2>&1
	printf '%s\n' "${names[@]}" >"$tmp/names"
	python3 - "$tmp/h.json" "$tmp/names" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
names = open(sys.argv[2]).read().splitlines()
base = r[0]["median"]
for name, x in zip(names, r):
    print("startup: %-28s median %7.3f ms  (%.2fx native)" % (name, x["median"] * 1000, x["median"] / base))
PY
else
	base=$(median_ms "$runs" "$hello")
	z=$(median_ms "$runs" "$ZEROVM" "$tmp/hello.manifest")
	echo "startup: native static hello       median $base ms"
	echo "startup: zerovm hello.nexe         median $z ms  ($(ratio "$z" "$base")x native)"
fi
