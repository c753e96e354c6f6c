#!/usr/bin/env bash
# Network map benchmark at demo scale 10 (about 3,000 people), through the real server on loopback:
# loads the scaled demo into a fresh H2 data directory, serves it, and times building the network
# of ties and meetings with every measure (uncached), the map page with one client and several, and
# a what-if; then networkx computes the same measures on the exported GraphML, timed and compared.
# Goals: build and measures under 1 s; the map page p95 under 300 ms.
# Usage: bench/run-network.sh [builds] [requests per client] [clients]   (default 10 200 10)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILDS="${1:-10}"
REQUESTS="${2:-200}"
CLIENTS="${3:-10}"
PORT=18083
DATA=$(mktemp -d /tmp/phasezero-bench.XXXXXX)
OUT="$DATA/out"
mkdir -p "$OUT"
export PHASEZERO_DEMO_PASSWORD=benchmark-password-1
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT

./mvnw -B -q -ntp -DskipTests package
rm -f bench/dependency-reduced-pom.xml
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "demo-data --scale 10: %e s" ./phasezero demo-data --scale 10 --data-dir "$DATA" > /dev/null
java -Xmx1g -jar app/target/phasezero.jar serve --demo --port "$PORT" --data-dir "$DATA" > "$DATA/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 1800); do
  grep -q "Press Ctrl+C" "$DATA/serve.log" && curl -sf -o /dev/null "http://127.0.0.1:$PORT/login" && break
  kill -0 $SERVER 2>/dev/null || { cat "$DATA/serve.log" >&2; exit 1; }
  sleep 0.1
done

timeout 1800 java -cp bench/target/benchmarks.jar org.phasezero.bench.http.NetworkClient \
  "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" "$OUT" "$BUILDS" "$REQUESTS" "$CLIENTS"
/usr/bin/python3 bench/python/network_networkx.py "$OUT"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
