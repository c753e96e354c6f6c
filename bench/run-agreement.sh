#!/usr/bin/env bash
# Krippendorff's alpha, PhaseZero (JMH) against a vectorised numpy implementation of the same
# coincidence-matrix formula, on the same generated data (written once, read by both sides):
# 100,000 and 1,000,000 units x 5 coders, 10% missing, nominal and interval levels.
# Prints the machine, a table of median times per call with the numpy/PhaseZero ratio, and checks
# that both sides give the same alpha to 1e-9. Takes about a minute.
#
#   bench/run-agreement.sh            (PYTHON=/path/to/python3 to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-/usr/bin/python3}"
data="bench/target/agreement-bench"
sizes="100000 1000000"

echo "== machine"
echo "nproc: $(nproc)"
free -h | head -2
java -version 2>&1 | head -1
"$python" -c 'import numpy, sys; print("python", sys.version.split()[0], "numpy", numpy.__version__)'

echo "== build"
./mvnw -B -q -ntp -DskipTests -pl bench -am package
mkdir -p "$data"
for n in $sizes; do
  "$python" bench/python/krippendorff_alpha.py generate "$data" "$n"
done

echo "== numpy (median of 9 after a warm-up)"
for n in $sizes; do
  "$python" bench/python/krippendorff_alpha.py time "$data" "$n" 9 | tee "$data/numpy-$n.txt"
done

echo "== PhaseZero values (one cold run each, for the agreement check)"
for n in $sizes; do
  java -Xmx256m -cp bench/target/benchmarks.jar \
    org.phasezero.bench.agreement.KrippendorffAlphaBenchmark "$data" "$n" | tee "$data/java-$n.txt"
done

echo "== PhaseZero (JMH sample time, 5 x 1 s after 3 x 1 s warm-up, -Xmx256m; median and p90)"
java -jar bench/target/benchmarks.jar KrippendorffAlphaBenchmark -p dataDir="$PWD/$data" \
  -rf csv -rff "$data/jmh.csv" | grep -E "^(Benchmark|KrippendorffAlphaBenchmark.*(p0.50|p0.90))"

echo "== result"
"$python" - "$data" $sizes <<'PY'
import csv, sys
data, sizes = sys.argv[1], sys.argv[2:]
jmh = {}
with open(f"{data}/jmh.csv") as f:
    for row in csv.DictReader(f):
        name = row["Benchmark"]
        if name.endswith(":p0.50"):
            level = name[: -len(":p0.50")].rsplit(".", 1)[1]
            jmh[(row["Param: units"], level)] = float(row["Score"])
ok = True
print("median ms per call")
print(f"{'units x coders':>16} {'level':>9} {'PhaseZero ms':>13} {'numpy ms':>9} {'ratio':>7} {'|alpha diff|':>13}")
for n in sizes:
    numpy = {l: (float(a), float(t)) for l, a, t in (line.split() for line in open(f"{data}/numpy-{n}.txt"))}
    java = {l: float(a) for l, a, _ in (line.split() for line in open(f"{data}/java-{n}.txt"))}
    for level in ("nominal", "interval"):
        diff = abs(numpy[level][0] - java[level])
        ok &= diff <= 1e-9
        pz = jmh[(n, level)]
        print(f"{int(n):>12,} x 5 {level:>9} {pz:>13.2f} {numpy[level][1]:>9.1f} {numpy[level][1] / pz:>6.1f}x {diff:>13.1e}")
print("alpha agrees to 1e-9:", "yes" if ok else "NO")
sys.exit(0 if ok else 1)
PY
