#!/usr/bin/python3
"""Generates the corpus benchmark data under a folder (never in the repository).

The base material is the shared corpora (Moby Dick, Sense and Sensibility, Genesis (WEB), the
inaugural addresses and the State of the Union addresses), read in place from ../shared/data.
  OUT/copies/copy-NNNN.txt   the whole base repeated, one file (document) per copy, ~0.9M tokens
  OUT/keyness/target/*.txt    Moby Dick + Sense + Genesis repeated to ~10M tokens
  OUT/keyness/reference/*.txt inaugural + State of the Union repeated to ~10M tokens
  OUT/word.txt                a word whose frequency is ~10,000 in 100M tokens
usage: make_corpus.py SHARED_CORPORA_DIR OUT COPIES
"""
import collections
import os
import re
import sys
import zipfile

TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")  # PhaseZero's default pattern in Python re


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def zip_texts(path, prefix):
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if n.startswith(prefix) and n.endswith(".txt"))
        return [decode(z.read(n)) for n in names]


def write_repeated(folder, text, tokens_per_copy, target_tokens):
    os.makedirs(folder, exist_ok=True)
    copies = max(1, round(target_tokens / tokens_per_copy))
    for i in range(copies):
        with open(os.path.join(folder, "part-%04d.txt" % i), "w", encoding="utf-8") as f:
            f.write(text)
    return copies


def main():
    shared, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    read = lambda name: decode(open(os.path.join(shared, name), "rb").read())
    books = [read("gutenberg_melville-moby_dick.txt"), read("gutenberg_austen-sense.txt"),
             zip_texts(os.path.join(shared, "nltk_genesis.zip"), "genesis/english-web")[0]]
    speeches = (zip_texts(os.path.join(shared, "nltk_inaugural.zip"), "inaugural/")
                + zip_texts(os.path.join(shared, "nltk_state_union.zip"), "state_union/"))
    base = "\n".join(books + speeches)
    counts = collections.Counter(TOKEN.findall(base))
    per_copy = sum(counts.values())
    folder = os.path.join(out, "copies")
    os.makedirs(folder, exist_ok=True)
    existing = len([n for n in os.listdir(folder) if n.endswith(".txt")])
    for i in range(existing, copies):
        with open(os.path.join(folder, "copy-%04d.txt" % i), "w", encoding="utf-8") as f:
            f.write(base)
    # ~10,000 hits at 100M tokens: relative frequency 1e-4.
    wanted = 1e-4 * per_copy
    word = min((w for w in counts if w.isalpha() and w.islower() and len(w) > 3),
               key=lambda w: (abs(counts[w] - wanted), w))
    with open(os.path.join(out, "word.txt"), "w") as f:
        f.write(word)
    book_text = "\n".join(books)
    speech_text = "\n".join(speeches)
    write_repeated(os.path.join(out, "keyness", "target"), book_text,
                   len(TOKEN.findall(book_text)), 10_000_000)
    write_repeated(os.path.join(out, "keyness", "reference"), speech_text,
                   len(TOKEN.findall(speech_text)), 10_000_000)
    print("tokens per copy %d, word '%s' (%d per copy)" % (per_copy, word, counts[word]))


if __name__ == "__main__":
    main()
