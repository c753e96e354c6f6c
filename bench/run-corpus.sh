#!/usr/bin/env bash
# Corpus benchmark: PhaseZero against NLTK on the same generated text, in one run.
#   bench/run-corpus.sh            # PhaseZero at ~0.86M, ~8.6M and ~100M tokens; NLTK at the two smaller sizes
# Environment: PZ_BENCH_DIR (default /tmp/pz-corpus-bench; never inside the repository),
#   SHARED_CORPORA (default ../shared/data/corpora), PZ_COPIES_LARGE (default 117 = ~100M tokens),
#   PZ_XMX (default 2g: the heap PhaseZero is given at every size).
# Prints every figure, then a table of NLTK time / PhaseZero time at equal sizes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${PZ_BENCH_DIR:-/tmp/pz-corpus-bench}"
shared="${SHARED_CORPORA:-$here/../shared/data/corpora}"
large="${PZ_COPIES_LARGE:-117}"
xmx="${PZ_XMX:-2g}"
python=/usr/bin/python3

(cd "$here" && ./mvnw -B -q -ntp -DskipTests package -pl bench -am) >&2
"$python" "$here/bench/python/make_corpus.py" "$shared" "$data" "$large" >&2
word="$(cat "$data/word.txt")"
results="$data/results"
mkdir -p "$results"

echo "# machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') memory; $(java -version 2>&1 | head -1); python3 $("$python" -c 'import nltk, sys; print(sys.version.split()[0], "nltk", nltk.__version__)')"
echo "# word for KWIC and collocates: '$word'"

java_run() { java -Xmx"$xmx" -cp "$here/bench/target/benchmarks.jar" org.phasezero.bench.corpus.CorpusTimings "$@"; }

for copies in 1 10 "$large"; do
  echo "## PhaseZero, $copies copies"
  java_run query "$data/copies" "$copies" "$data/index-$copies" "$word" | tee "$results/pz-$copies.txt"
  rm -rf "$data/index-$copies"
done
echo "## PhaseZero keyness, two ~10M-token corpora"
java_run keyness "$data/keyness/target" "$data/keyness/reference" | tee "$results/pz-keyness.txt"

echo "## NLTK, 1 copy"
"$python" "$here/bench/python/corpus_nltk.py" query "$data/copies" 1 "$word" | tee "$results/nltk-1.txt"
echo "## NLTK, 10 copies (collocates skipped: a window finder over the whole corpus takes minutes)"
"$python" "$here/bench/python/corpus_nltk.py" query "$data/copies" 10 "$word" no-collocates | tee "$results/nltk-10.txt"
echo "## NLTK keyness, two ~10M-token corpora"
"$python" "$here/bench/python/corpus_nltk.py" keyness "$data/keyness/target" "$data/keyness/reference" | tee "$results/nltk-keyness.txt"

echo
echo "## Ratios (NLTK time / PhaseZero time, same data, same run)"
"$python" - "$results" <<'PY'
import os, sys
d = sys.argv[1]
def load(name):
    vals = {}
    for line in open(os.path.join(d, name)):
        if line.startswith("#"):
            continue
        k, v = line.split()
        vals[k] = float(v)
    return vals
print("%-10s %-14s %14s %14s %10s" % ("size", "operation", "PhaseZero", "NLTK", "ratio"))
rows = [("index_s", "index build", 1000), ("kwic_ms", "KWIC query", 1), ("first_kwic_ms", "first KWIC", 1),
        ("collocates_ms", "collocates", 1),
        ("freq_ms", "freq top 20", 1), ("bigrams_ms", "bigrams PMI", 1)]
for copies in ("1", "10"):
    pz, nl = load("pz-%s.txt" % copies), load("nltk-%s.txt" % copies)
    nl["index_s"] = nl["build_s"]
    # A first concordance in a fresh session: PhaseZero loads its saved index, NLTK must tokenise
    # and build its ConcordanceIndex (what nltk.Text(...).concordance does on first use).
    pz["first_kwic_ms"] = pz["load_ms"] + pz["kwic_ms"]
    nl["first_kwic_ms"] = nl["build_s"] * 1000 + nl["kwic_ms"]
    assert pz["tokens"] == nl["tokens"], "token counts differ: %s vs %s" % (pz["tokens"], nl["tokens"])
    assert pz["hits"] == nl["hits"], "KWIC hit counts differ"
    size = "%.2fM" % (pz["tokens"] / 1e6)
    for key, label, scale in rows:
        if key in pz and key in nl:
            print("%-10s %-14s %11.2f ms %11.2f ms %9.1fx" % (size, label, pz[key] * scale, nl[key] * scale, nl[key] / pz[key]))
pz, nl = load("pz-keyness.txt"), load("nltk-keyness.txt")
assert pz["keyness_tokens_target"] == nl["keyness_tokens_target"]
size = "2x%.0fM" % (pz["keyness_tokens_target"] / 1e6)
print("%-10s %-14s %11.2f ms %11.2f ms %9.1fx" % (size, "keyness build", pz["keyness_build_s"] * 1000, nl["keyness_build_s"] * 1000, nl["keyness_build_s"] / pz["keyness_build_s"]))
print("%-10s %-14s %11.2f ms %11.2f ms %9.1fx" % (size, "keyness query", pz["keyness_ms"], nl["keyness_ms"], nl["keyness_ms"] / pz["keyness_ms"]))
PY
