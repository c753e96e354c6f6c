#!/usr/bin/env bash
# Blind round agreement benchmark: a generated round (default 100 sources of 50 turns, 5 coders,
# 30 codes), timed from the codings to every figure (percent, Fleiss' kappa, Krippendorff's alpha
# with 1,000 bootstrap resamples per code and overall, unitised alpha), as closing a round does.
# Goal: under 2 s. In-process (RoundAgreement, not HTTP or the database).
# Usage: bench/run-round-agreement.sh [sources] [coders] [codes] [turns]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -pl analysis,app test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "app/target/test-classes:app/target/classes:analysis/target/classes:$(cat app/target/test-classpath.txt)" \
  org.phasezero.evidence.rounds.RoundAgreementTiming "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
