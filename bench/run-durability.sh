#!/usr/bin/env bash
# Durability benchmark: the cost of writing each H2 commit to its file before answering
# (WRITE_DELAY=0, PhaseZero's default URL) against H2's default delayed write.
# Usage: bench/run-durability.sh [commits]   (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl analysis,app test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
H2=$(tr ':' '\n' < app/target/test-classpath.txt | grep '/h2-[0-9]' | head -1)
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(basename "$H2")"
java -cp "$H2" bench/durability/CommitCost.java "${1:-5000}"
