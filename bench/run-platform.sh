#!/usr/bin/env bash
# Platform benchmark: time from `phasezero serve` to the first successful request, and the people
# search page and /api/v1/people?q= under 50 concurrent clients on loopback at demo scale 10.
# Usage: bench/run-platform.sh [seconds-per-load-run]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-30}"
PORT=18080
DATA=$(mktemp -d /tmp/phasezero-bench.XXXXXX)
export PHASEZERO_DEMO_PASSWORD=benchmark-password-1
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT

./mvnw -B -q -ntp -DskipTests package
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"

echo "--- loading demo network at scale 10"
/usr/bin/time -f "demo-data: %e s, max RSS %M KB" ./phasezero demo-data --scale 10 --data-dir "$DATA"

echo "--- time from serve to first successful request (existing database)"
for run in 1 2 3; do
  start=$(date +%s%N)
  java -Xmx512m -jar app/target/phasezero.jar serve --demo --port $PORT --data-dir "$DATA" > "$DATA/serve.log" 2>&1 &
  SERVER=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/login"; do sleep 0.05; done
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms"
  if [ "$run" -lt 3 ]; then kill $SERVER; wait $SERVER 2>/dev/null || true; fi
done

CP=bench/target/benchmarks.jar
echo "--- people search page, 50 clients"
timeout 120 java -cp $CP org.phasezero.bench.http.LoadClient "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" 50 "$SECONDS_PER_RUN" \
  "/people?q=mensah" "/people?q=priya" "/people?q=kaur" "/people?q=a" "/people"
echo "--- /api/v1/people?q=, 50 clients"
timeout 120 java -cp $CP org.phasezero.bench.http.LoadClient "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" 50 "$SECONDS_PER_RUN" \
  "/api/v1/people?q=mensah" "/api/v1/people?q=priya" "/api/v1/people?q=kaur" "/api/v1/people?q=a" "/api/v1/people"

echo "--- partnerships board, a partnership timeline and the payments export, 50 clients"
timeout 120 java -cp $CP org.phasezero.bench.http.LoadClient "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" 50 "$SECONDS_PER_RUN" \
  "/partnerships"
timeout 120 java -cp $CP org.phasezero.bench.http.LoadClient "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" 50 "$SECONDS_PER_RUN" \
  "/partnerships/1/timeline"
timeout 120 java -cp $CP org.phasezero.bench.http.LoadClient "http://127.0.0.1:$PORT" coordinator "$PHASEZERO_DEMO_PASSWORD" 50 "$SECONDS_PER_RUN" \
  "/api/v1/claims/export?from=2025-01-01&to=2025-12-31&format=csv"
