#!/bin/bash
# startup.sh - how long a session takes from exec to report: hello as a
# static glibc program natively, as a nexe under zerovm, and natively
# under `bwrap --ro-bind / /`, all measured in this run.  Target: zerovm's
# median at most 2x the native static run.
. "$top_srcdir/bench/benchlib.sh"

runs=${BENCH_RUNS:-300}
hello=$top_builddir/bench/native-hello
bench_manifest "$tmp/hello.manifest" "$top_builddir/tests/vm/nexe/hello.nexe" /dev/null /dev/null

if command -v hyperfine >/dev/null 2>&1; then
	cmds=("$hello" "$ZEROVM $tmp/hello.manifest")
	command -v bwrap >/dev/null 2>&1 && cmds+=("bwrap --ro-bind / / $hello")
	hyperfine -N -w 30 -r "$runs" --export-json "$tmp/h.json" "${cmds[@]}" >/dev/null 2>&1
	python3 - "$tmp/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base = r[0]["median"]
names = ["native static hello", "zerovm hello.nexe", "bwrap --ro-bind / / hello"]
for name, x in zip(names, r):
    print("startup: %-28s median %7.3f ms  (%.2fx native)" % (name, x["median"] * 1000, x["median"] / base))
PY
else
	base=$(median_ms "$runs" "$hello")
	z=$(median_ms "$runs" "$ZEROVM" "$tmp/hello.manifest")
	echo "startup: native static hello       median $base ms"
	echo "startup: zerovm hello.nexe         median $z ms  ($(ratio "$z" "$base")x native)"
fi
