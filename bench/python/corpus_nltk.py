#!/usr/bin/python3
"""The NLTK side of the corpus benchmark: the same files, the same token pattern, the same queries.

Prints `name value` lines like CorpusTimings. NLTK has no saved index, so "build" is tokenising
(RegexpTokenizer with PhaseZero's default pattern written for Python's re) plus building the
ConcordanceIndex, the closest NLTK structure. Queries are timed as median of repeated runs like
the Java side. Collocates of a node: NLTK's recipe, BigramCollocationFinder.from_words with
window_size=6 (the node and 5 words after it) filtered to pairs containing the node, scored by PMI.
usage: corpus_nltk.py query FILES_DIR COPIES WORD [no-collocates] | keyness TARGET_DIR REF_DIR
"""
import math
import os
import statistics
import sys
import time

from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.probability import FreqDist
from nltk.text import ConcordanceIndex
from nltk.tokenize import RegexpTokenizer

TOKENIZER = RegexpTokenizer(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def out(name, value):
    print("%s %s" % (name, ("%.0f" % value) if float(value).is_integer() else "%.4f" % value))


def files(folder, limit=None):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    return [os.path.join(folder, n) for n in names[:limit]]


def tokens_of(paths):
    tokens = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            tokens.extend(TOKENIZER.tokenize(f.read()))
    return tokens


def median_ms(runs, task):
    task()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        task()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def query(folder, copies, word, with_collocates=True):
    t0 = time.perf_counter()
    tokens = tokens_of(files(folder, copies))
    tokenize_s = time.perf_counter() - t0
    index = ConcordanceIndex(tokens)
    build = time.perf_counter() - t0
    out("tokens", len(tokens))
    out("build_s", build)
    out("tokenize_s", tokenize_s)
    out("tokens_per_s", len(tokens) / build)
    out("hits", len(index.offsets(word)))
    out("kwic_ms", median_ms(3, lambda: index.find_concordance(word, width=80)))
    out("freq_ms", median_ms(1, lambda: FreqDist(tokens).most_common(20)))
    measures = BigramAssocMeasures()

    def bigrams():
        finder = BigramCollocationFinder.from_words(tokens)
        finder.apply_freq_filter(3)
        return finder.nbest(measures.pmi, 20)

    out("bigrams_ms", median_ms(1, bigrams))

    def collocates():
        finder = BigramCollocationFinder.from_words(tokens, window_size=6)
        finder.apply_ngram_filter(lambda w1, w2: word not in (w1, w2))
        finder.apply_freq_filter(3)
        return finder.nbest(measures.pmi, 20)

    if with_collocates:
        out("collocates_ms", median_ms(1, collocates))


def rayson_ll(a, c, b, d):
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    return 2 * ((a * math.log(a / e1) if a else 0) + (b * math.log(b / e2) if b else 0))


def keyness(target_dir, reference_dir):
    t0 = time.perf_counter()
    target = FreqDist(tokens_of(files(target_dir)))
    reference = FreqDist(tokens_of(files(reference_dir)))
    out("keyness_tokens_target", target.N())
    out("keyness_tokens_reference", reference.N())
    out("keyness_build_s", time.perf_counter() - t0)
    c, d = target.N(), reference.N()

    def keywords():
        scored = []
        for w in set(target) | set(reference):
            a, b = target[w], reference[w]
            if a * d > b * c and a >= 3:
                scored.append((rayson_ll(a, c, b, d), w))
        scored.sort(reverse=True)
        return scored[:20]

    out("keyness_ms", median_ms(3, keywords))
    print("# top keywords", keywords()[:3])


if __name__ == "__main__":
    if sys.argv[1] == "keyness":
        keyness(sys.argv[2], sys.argv[3])
    else:
        query(sys.argv[2], int(sys.argv[3]), sys.argv[4], "no-collocates" not in sys.argv[5:])
