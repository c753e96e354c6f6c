#!/usr/bin/env bash
# People search benchmark: searching among 100,000 people (or as many as given), timed in-process
# on an in-memory H2 database: the index alone, and a coordinator's whole search (index, SQL scope,
# count and first page). Target: under 50 ms a search.
# Usage: bench/run-people-search.sh [people]   (default 100000; try 10000 to see how it grows)
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE="${1:-100000}"
./mvnw -B -q -ntp -pl analysis,app test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "app/target/test-classes:app/target/classes:analysis/target/classes:$(cat app/target/test-classpath.txt)" \
  org.phasezero.network.PeopleSearchTiming "$PEOPLE"
