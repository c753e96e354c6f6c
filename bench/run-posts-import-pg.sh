#!/usr/bin/env bash
# The posts import on PostgreSQL: starts a PostgreSQL server from the embedded binaries the tests
# use (fsync and synchronous commit on, as installed), loads the demo into it, imports a generated
# posts file with the command line, and stops the server.
# Usage: bench/run-posts-import-pg.sh [posts]   (default 1000000; the file is made as run-discourse.sh makes it)
# Environment: PZ_BENCH_DIR (posts files, default /tmp/pz-spark-bench), SHARED_CORPORA (default ../shared/data/corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS="${1:-1000000}"
bench_dir="${PZ_BENCH_DIR:-/tmp/pz-spark-bench}"
shared="${SHARED_CORPORA:-../shared/data/corpora}"

./mvnw -B -q -ntp -DskipTests package
./mvnw -B -q -ntp -pl app dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
/usr/bin/python3 bench/python/make_posts.py --distinct "$shared" "$bench_dir" "$POSTS" >&2
file="$bench_dir/distinct-posts-$POSTS.jsonl"

pg_dir=$(mktemp -d /tmp/phasezero-pg.XXXXXX)
java -cp "$(cat app/target/test-classpath.txt)" bench/durability/PostgresForBench.java "$pg_dir" > "$pg_dir/log" 2>&1 &
pg_pid=$!
trap 'kill $pg_pid 2>/dev/null; wait $pg_pid 2>/dev/null; rm -rf "$pg_dir"' EXIT
for i in $(seq 1 60); do [ -s "$pg_dir/url" ] && break; sleep 1; done
url=$(cat "$pg_dir/url")
db=(--db-url "$url" --db-user postgres --data-dir "$pg_dir/files")
java -jar app/target/phasezero.jar demo-data "${db[@]}" | tail -1
echo "## import of $POSTS posts ($(du -h "$file" | cut -f1)) into PostgreSQL with ./phasezero discourse import-posts"
start=$(date +%s.%N)
java -jar app/target/phasezero.jar discourse import-posts "$file" --text text --author author --forum forum \
  --corpus "Bench posts" --project "Evaluation of the African and Caribbean mental health forum" "${db[@]}" | tail -1
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print('import: %.1f s, %.0f posts/s (JVM start included)' % (s, int(sys.argv[3])/s))" "$start" "$end" "$POSTS"
