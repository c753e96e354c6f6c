#!/usr/bin/env bash
# What a posts import costs H2 alone: batches of posts committed with WRITE_DELAY=0, with the
# uniqueness index keyed by the text's hash (as the platform does), by a 64-bit number, or none.
# Usage: bench/run-posts-index.sh [rows] [batch]   (default 1000000 rows, batches of 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl analysis,app test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
H2=$(tr ':' '\n' < app/target/test-classpath.txt | grep '/h2-[0-9]' | head -1)
echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(basename "$H2")"
java -cp "$H2" bench/durability/PostsIndexCost.java "${1:-1000000}" "${2:-1000}" hex long none sorted staged
