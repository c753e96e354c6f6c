#!/usr/bin/python3
"""The NLTK side of the Spark benchmark: the same posts, the same token pattern, the same three
analyses as `phasezero spark`, each from the JSON Lines file (as the Spark commands run).

freq: RegexpTokenizer over every post's text into one FreqDist, top 20. keyness: a FreqDist per
forum, then the two-term log-likelihood of every over-used word with frequency >= 3, top 20.
collocates: BigramCollocationFinder.from_words with window_size=6 over the posts (NLTK's
recipe; the node and five words after it; five None between posts), filtered to pairs with the node, scored by PMI.
Prints `name value` lines like PostsTimings.
usage: posts_nltk.py FILE.jsonl WORD TARGET_FORUM
"""
import itertools
import json
import math
import sys
import time

from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.probability import FreqDist
from nltk.tokenize import RegexpTokenizer

TOKENIZER = RegexpTokenizer(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def out(name, value):
    print("%s %s" % (name, ("%.0f" % value) if float(value).is_integer() else "%.4f" % value))


def posts(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def rayson_ll(a, c, b, d):
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    return 2 * ((a * math.log(a / e1) if a else 0) + (b * math.log(b / e2) if b else 0))


def main():
    path, word, target_forum = sys.argv[1], sys.argv[2], sys.argv[3]

    t0 = time.perf_counter()
    freq = FreqDist()
    documents = 0
    for p in posts(path):
        freq.update(TOKENIZER.tokenize(p["text"]))
        documents += 1
    freq.most_common(20)
    out("documents", documents)
    out("tokens", freq.N())
    out("freq_s", time.perf_counter() - t0)

    t0 = time.perf_counter()
    target, reference = FreqDist(), FreqDist()
    for p in posts(path):
        (target if p["forum"] == target_forum else reference).update(TOKENIZER.tokenize(p["text"]))
    c, d = target.N(), reference.N()
    scored = []
    for w in set(target) | set(reference):
        a, b = target[w], reference[w]
        if a * d > b * c and a >= 3:
            scored.append((rayson_ll(a, c, b, d), w))
    scored.sort(reverse=True)
    out("keyness_s", time.perf_counter() - t0)
    print("# top keywords", [w for _, w in scored[:5]])

    t0 = time.perf_counter()
    # Five None between posts keep the windows inside a post; the pairs with None are dropped.
    words = itertools.chain.from_iterable(
        TOKENIZER.tokenize(p["text"]) + [None] * 5 for p in posts(path))
    finder = BigramCollocationFinder.from_words(words, window_size=6)
    finder.apply_word_filter(lambda w: w is None)
    finder.apply_ngram_filter(lambda w1, w2: word not in (w1, w2))
    finder.apply_freq_filter(3)
    finder.nbest(BigramAssocMeasures().pmi, 20)
    out("collocates_s", time.perf_counter() - t0)


if __name__ == "__main__":
    main()
