#!/usr/bin/env bash
# Analysing-together pages, through the real server on loopback: starts `phasezero serve --demo` on
# a fresh H2 data directory, signs in as the demo researcher, and opens the demo's thematic network
# page, its closed blind round (with agreement), the round's disagreements and the member checks,
# one client at a time, then the network page with several clients at once.
# Goal: the thematic network page p95 under 150 ms.
# Usage: bench/run-analysis-pages.sh [requests per client] [clients]   (default 200 10)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS="${1:-200}"
CLIENTS="${2:-10}"
PORT=18082
DATA=$(mktemp -d /tmp/phasezero-bench.XXXXXX)
export PHASEZERO_DEMO_PASSWORD=benchmark-password-1
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT

./mvnw -B -q -ntp -DskipTests package
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

java -Xmx1g -jar app/target/phasezero.jar serve --demo --port $PORT --data-dir "$DATA" > "$DATA/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 1800); do
  grep -q "Press Ctrl+C" "$DATA/serve.log" && curl -sf -o /dev/null "http://127.0.0.1:$PORT/login" && break
  kill -0 $SERVER 2>/dev/null || { cat "$DATA/serve.log" >&2; exit 1; }
  sleep 0.1
done
echo "server up (H2 in $DATA); load: $(cut -d' ' -f1-3 /proc/loadavg)"

timeout 1800 java -cp bench/target/benchmarks.jar org.phasezero.bench.http.AnalysisPagesClient \
  "http://127.0.0.1:$PORT" researcher "$PHASEZERO_DEMO_PASSWORD" "$REQUESTS" "$CLIENTS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
