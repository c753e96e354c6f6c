#!/usr/bin/env bash
# Discourse benchmark at scale: importing a large posts file with the command line, then the
# keyword-in-context page on that corpus through the real server (first request, which builds the
# corpus; then one client and several).
# Goals: 1,000,000 posts imported in under a minute; KWIC p95 under 100 ms at 10M tokens.
# Usage: bench/run-discourse.sh [posts] [requests]   (default 140000 posts, about 10M tokens; 200)
# The posts are generated distinct (two to four random sentences each), as a corpus keeps a text once.
# Environment: PZ_BENCH_DIR (posts files, default /tmp/pz-spark-bench, shared with run-spark.sh),
#   SHARED_CORPORA (default ../shared/data/corpora), PZ_SERVER_XMX (default 3g).
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS="${1:-140000}"
REQUESTS="${2:-200}"
PORT=18086
bench_dir="${PZ_BENCH_DIR:-/tmp/pz-spark-bench}"
shared="${SHARED_CORPORA:-../shared/data/corpora}"

./mvnw -B -q -ntp -DskipTests package
/usr/bin/python3 bench/python/make_posts.py --distinct "$shared" "$bench_dir" "$POSTS" >&2
file="$bench_dir/distinct-posts-$POSTS.jsonl"

export PZ_DATA=$(mktemp -d /tmp/phasezero-bench.XXXXXX)
java -jar app/target/phasezero.jar demo-data --data-dir "$PZ_DATA" | tail -1
echo "## import of $POSTS posts ($(du -h "$file" | cut -f1)) with ./phasezero discourse import-posts"
start=$(date +%s.%N)
java -jar app/target/phasezero.jar discourse import-posts "$file" --text text --author author \
  --forum forum --corpus "Bench posts" --project "Evaluation of the African and Caribbean mental health forum" --data-dir "$PZ_DATA" | tail -3
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print('import: %.1f s, %.0f posts/s (JVM start included)' % (s, int(sys.argv[3])/s))" "$start" "$end" "$POSTS"

export PZ_BUILT=1 PZ_SERVER_XMX="${PZ_SERVER_XMX:-3g}"
source bench/serve-demo.sh
rm -f bench/dependency-reduced-pom.xml
timeout 1800 java -cp bench/target/benchmarks.jar org.phasezero.bench.http.DiscourseClient \
  "http://127.0.0.1:$PORT" researcher "$PHASEZERO_DEMO_PASSWORD" voice "$REQUESTS" 10
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
