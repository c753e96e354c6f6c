#!/usr/bin/env bash
# Value benchmark: PhaseZero's SROI Monte Carlo and wellbeing group change (JMH) side by side with
# the same computations in numpy (bench/python/sroi_montecarlo.py), on the same model and sizes,
# in one run. Prints a table with the ratio numpy time / PhaseZero time.
#   bench/run-value.sh            (about 1-2 minutes; JAVA_HEAP overrides -Xmx, default 512m)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
heap="${JAVA_HEAP:-512m}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

./mvnw -B -q -ntp -DskipTests package -pl bench -am
jar=bench/target/benchmarks.jar
jmh=(-f 1 -wi 3 -w 1s -i 5 -r 1s -jvmArgs "-Xmx$heap")

java -cp "$jar" org.phasezero.bench.value.SroiMonteCarloBenchmark
echo "== machine: $(nproc) cores; $(free -h | awk '/Mem:/{print $2}') memory; $(java -version 2>&1 | head -1)"
java -jar "$jar" 'org.phasezero.bench.value.*' "${jmh[@]}" -rf json -rff "$out/both.json" >/dev/null
if command -v taskset >/dev/null; then
  taskset -c 0 java -jar "$jar" 'SroiMonteCarloBenchmark' "${jmh[@]}" -rf json \
    -rff "$out/one.json" >/dev/null
fi
/usr/bin/python3 bench/python/sroi_montecarlo.py 10000 100000 5 > "$out/py-small.json"
/usr/bin/python3 bench/python/sroi_montecarlo.py 100000 1000000 5 > "$out/py-large.json"

/usr/bin/python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
def jmh(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return {}
    return {(r["benchmark"].rsplit(".", 2)[-2], next(iter(r["params"].values()))):
            r["primaryMetric"]["score"] for r in json.load(open(path))}
both, one = jmh("both.json"), jmh("one.json")
py = {}
for f in ("py-small.json", "py-large.json"):
    r = json.load(open(os.path.join(out, f)))
    py[("SroiMonteCarloBenchmark", str(r["simulations"]))] = r["monte_carlo_ms"]
    py[("GroupChangeBenchmark", str(r["people"]))] = r["group_change_ms"]
    if r["simulations"] == 100000:
        mc = r["monte_carlo"]["ratio"]
        print("numpy ratio (100,000 draws): mean %.4f p5 %.4f p50 %.4f p95 %.4f"
              % (mc["mean"], mc["p5"], mc["p50"], mc["p95"]))
print("%-28s %10s %14s %14s %10s %12s" % ("benchmark", "size", "PhaseZero ms",
      "1 core ms", "numpy ms", "numpy/PZ"))
for key in sorted(both):
    pz = both[key]
    single = one.get(key)
    n = py.get(key)
    print("%-28s %10s %14.3f %14s %10s %12s" % (key[0], key[1], pz,
          "%.3f" % single if single else "-", "%.3f" % n if n else "-",
          "%.2f" % (n / pz) if n else "-"))
PY
