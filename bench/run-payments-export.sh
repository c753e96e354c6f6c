#!/usr/bin/env bash
# Payments benchmark: the finance export of a year's approved claims (~10,000 at demo scale 10) to
# XLSX and CSV, timed in-process on an in-memory H2 database. Target: XLSX under 2 s.
# Usage: bench/run-payments-export.sh [claims]   (default 10000; try 20000 to see the linear growth)
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMS="${1:-10000}"
./mvnw -B -q -ntp -pl analysis,app test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
java -Xmx1g -cp "app/target/test-classes:app/target/classes:analysis/target/classes:$(cat app/target/test-classpath.txt)" \
  org.phasezero.payments.ExportTiming "$CLAIMS"
