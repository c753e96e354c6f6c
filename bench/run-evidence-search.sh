#!/usr/bin/env bash
# Evidence search benchmark: 10,000 sources (about 50 M characters; or as many as given) made from
# the corpora in ../shared/data/corpora, written to an H2 file database in a temporary directory,
# indexed on disk; then each query alone, 20 concurrent searchers for N seconds, and the same
# queries as SQL LIKE scans of the same turns, with the ratio. In-process (EvidenceSearch, not HTTP).
# Goal: p95 under 50 ms at 20 concurrent users.
# Usage: bench/run-evidence-search.sh [sources] [seconds] [corpora dir]   (default 10000 30 ../shared/data/corpora)
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCES="${1:-10000}"
SECONDS_UNDER_LOAD="${2:-30}"
CORPORA="${3:-../shared/data/corpora}"
[ -d "$CORPORA" ] || { echo "no corpora at $CORPORA (the shared data directory)" >&2; exit 2; }
./mvnw -B -q -ntp -pl analysis,app test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "app/target/test-classes:app/target/classes:analysis/target/classes:$(cat app/target/test-classpath.txt)" \
  org.phasezero.evidence.search.EvidenceSearchTiming "$SOURCES" "$SECONDS_UNDER_LOAD" "$CORPORA"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
