#!/usr/bin/env bash
# Graph benchmark: PhaseZero (all cores) vs python-igraph (C core) on the same seeded random
# graphs, betweenness and closeness, at two sizes. Prints a markdown table with the ratio and the
# largest relative disagreement. Usage: bench/run-graph.sh [REPEATS]   (default 3)
# GRAPH_BENCH_CORES=1 limits the JVM to one core (-XX:ActiveProcessorCount) for a per-core ratio;
# GRAPH_BENCH_XMX sets the heap (default 512m; 32m is enough at 10,000 nodes).
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-3}"
heap="${GRAPH_BENCH_XMX:-512m}"
cores="${GRAPH_BENCH_CORES:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -ntp -DskipTests package -pl bench -am >&2
rm -f bench/dependency-reduced-pom.xml  # written by the shade plugin; not a source file
jar=bench/target/benchmarks.jar

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory; $(java -version 2>&1 | head -1); heap -Xmx$heap; PhaseZero on $cores core(s); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| graph | measure | PhaseZero s | igraph s | igraph / PhaseZero | max rel. diff |"
echo "|---|---|---|---|---|---|"
for size in "5000 25000" "10000 50000"; do
  set -- $size
  edges="$work/g$1.csv"
  /usr/bin/python3 bench/python/graph_generate.py "$1" "$2" 20260101 "$edges"
  java -Xmx"$heap" -XX:ActiveProcessorCount="$cores" -cp "$jar" org.phasezero.bench.graph.GraphTimings "$edges" "$work/j$1.csv" "$repeats" > "$work/j$1.log"
  /usr/bin/python3 bench/python/graph_igraph.py "$edges" "$work/i$1.csv" "$repeats" > "$work/i$1.log"
  /usr/bin/python3 bench/python/graph_compare.py "$1 nodes, $2 edges" "$work/j$1.log" "$work/j$1.csv" "$work/i$1.log" "$work/i$1.csv"
done
cat "$work"/*.log >&2
