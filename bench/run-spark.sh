#!/usr/bin/env bash
# Spark benchmark: the single-machine engine, Spark local[2] and NLTK on the same generated posts,
# in one run: a frequency list, keyness of one forum against the other, collocates of a word,
# each from the JSON Lines file.
#   bench/run-spark.sh                 # 100,000, 1,000,000 and 10,000,000 posts; NLTK at the first
# Environment: PZ_BENCH_DIR (default /tmp/pz-spark-bench; never inside the repository),
#   SHARED_CORPORA (default ../shared/data/corpora), PZ_POSTS (sizes, default "100000 1000000
#   10000000"), PZ_XMX (single-machine heap, default 14g), PZ_SPARK_MASTER (default local[2]).
# Prints every figure, then a table of throughput and ratios.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${PZ_BENCH_DIR:-/tmp/pz-spark-bench}"
shared="${SHARED_CORPORA:-$here/../shared/data/corpora}"
read -r -a sizes <<< "${PZ_POSTS:-100000 1000000 10000000}"
xmx="${PZ_XMX:-14g}"
master="${PZ_SPARK_MASTER:-local[2]}"
word=sea
python=/usr/bin/python3

(cd "$here" && ./mvnw -B -q -ntp -DskipTests package -pl bench,spark -am) >&2
"$python" "$here/bench/python/make_posts.py" "$shared" "$data" "${sizes[@]}" >&2
results="$data/results"
mkdir -p "$results"

echo "# machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') memory; $(java -version 2>&1 | head -1); python3 $("$python" -c 'import nltk, sys; print(sys.version.split()[0], "nltk", nltk.__version__)')"
echo "# Spark master $master; single-machine heap $xmx; collocates of '$word'; keyness: forum carers against staff"

# Runs one Spark command, its JSON to $results/out.json; prints the wall time in seconds.
spark() {
  /usr/bin/time -f "%e" -o "$results/time.txt" "$here/phasezero" spark "$@" --master "$master" \
    --format json > "$results/out.json" 2> "$results/spark-err.txt"
  cat "$results/time.txt"
}

echo '{"text": "one post", "forum": "carers"}' > "$data/one.jsonl"
startup="$(spark freq --input "$data/one.jsonl")"
echo "## Spark start-up (a one-post frequency list): ${startup} s"
echo "spark_startup_s $startup" > "$results/spark-startup.txt"

for n in "${sizes[@]}"; do
  file="$data/posts-$n.jsonl"
  echo "## $n posts ($(du -h "$file" | cut -f1))"
  java -Xmx"$xmx" -cp "$here/bench/target/benchmarks.jar" org.phasezero.bench.corpus.PostsTimings \
    "$file" "$word" carers | tee "$results/pz-$n.txt"
  {
    t="$(spark freq --input "$file")"; echo "freq_s $t"
    echo "tokens $("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["tokens"])' "$results/out.json")"
    t="$(spark keyness --input "$file" --target-where "forum = 'carers'" --reference-where "forum = 'staff'")"; echo "keyness_s $t"
    t="$(spark collocates --input "$file" --node "$word")"; echo "collocates_s $t"
    echo "node_frequency $("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["node_frequency"])' "$results/out.json")"
  } | tee "$results/spark-$n.txt"
done

echo "## NLTK, ${sizes[0]} posts"
"$python" "$here/bench/python/posts_nltk.py" "$data/posts-${sizes[0]}.jsonl" "$word" carers | tee "$results/nltk-${sizes[0]}.txt"

echo
echo "## Throughput (posts/s, from the file to the answer) and ratios"
"$python" - "$results" "${sizes[@]}" <<'PY'
import os, sys
d, sizes = sys.argv[1], sys.argv[2:]
def load(name):
    path = os.path.join(d, name)
    if not os.path.exists(path):
        return None
    vals = {}
    for line in open(path):
        if not line.startswith("#") and len(line.split()) == 2:
            k, v = line.split()
            vals[k] = float(v)
    return vals
startup = load("spark-startup.txt")["spark_startup_s"]
print("Spark start-up %.1f s is included in its times below (net = time - start-up)." % startup)
print("%-10s %-11s %16s %16s %16s %11s %11s" % ("posts", "analysis", "single machine", "Spark", "NLTK", "NLTK/single", "Spark/single"))
for n in sizes:
    pz, sp, nl = load("pz-%s.txt" % n), load("spark-%s.txt" % n), load("nltk-%s.txt" % n)
    assert sp["tokens"] == pz["tokens"], "Spark and the single machine count different tokens"
    assert sp["node_frequency"] == pz["node_frequency"], "Spark and the single machine find the node differently"
    if nl:
        assert nl["tokens"] == pz["tokens"], "NLTK and PhaseZero count different tokens"
    for key in ("freq_s", "keyness_s", "collocates_s"):
        rate = lambda s: float(n) / s
        cells = ["%10.0f/s" % rate(pz[key]), "%10.0f/s" % rate(sp[key])]
        cells.append("%10.0f/s" % rate(nl[key]) if nl else "%12s" % "-")
        ratio_nltk = "%10.1fx" % (nl[key] / pz[key]) if nl else "%11s" % "-"
        print("%-10s %-11s %16s %16s %16s %11s %10.2fx" % (n, key[:-2], cells[0], cells[1], cells[2], ratio_nltk, sp[key] / pz[key]))
PY
