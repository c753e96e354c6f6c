#!/usr/bin/env bash
# Value pages benchmark on the demo network, through the real server on loopback: the SROI account
# page (result, sensitivity and a 10,000-draw Monte Carlo on every request), making the Tamil
# partnership's evidence pack (request to READY) and downloading its PDF and XLSX.
# Goals: account page p95 under 1 s; the pack under 5 s.
# Usage: bench/run-value-pages.sh [requests] [packs]   (default 100 10)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS="${1:-100}"
PACKS="${2:-10}"
PORT=18084
source bench/serve-demo.sh
rm -f bench/dependency-reduced-pom.xml
timeout 1800 java -cp bench/target/benchmarks.jar org.phasezero.bench.http.ValuePagesClient \
  "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" "$REQUESTS" "$PACKS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
