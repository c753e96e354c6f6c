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
source bench/serve-demo.sh

timeout 1800 java -cp bench/target/benchmarks.jar org.phasezero.bench.http.AnalysisPagesClient \
  "http://127.0.0.1:$PORT" researcher "$PHASEZERO_DEMO_PASSWORD" "$REQUESTS" "$CLIENTS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
