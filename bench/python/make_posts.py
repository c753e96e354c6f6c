#!/usr/bin/python3
"""Generates forum posts for the Spark benchmark under a folder (never in the repository).

The sentences of the shared corpora, read in place, become posts of one to three consecutive
sentences, deterministically (seeded). Posts from the novels and Genesis go to the forum
"carers", those from the inaugural and State of the Union addresses to "staff", so that keyness
between the two forums has something to find. Each line: {"text", "forum", "author"}.
  OUT/posts-N.jsonl   the first N posts, for every N asked for (largest written once, others cut)
With --distinct, posts are two to four sentences drawn at random instead, so that almost no two
are the same (a platform corpus keeps a text once); written to OUT/distinct-posts-N.jsonl.
usage: make_posts.py [--distinct] SHARED_CORPORA_DIR OUT N [N ...]
"""
import json
import os
import random
import re
import sys
import zipfile

SENTENCE = re.compile(r"(?<=[.!?])\s+")


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def zip_texts(path, prefix):
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if n.startswith(prefix) and n.endswith(".txt"))
        return [decode(z.read(n)) for n in names]


def sentences(texts):
    out = []
    for t in texts:
        out.extend(s for s in SENTENCE.split(" ".join(t.split())) if len(s) > 1)
    return out


def main():
    args = sys.argv[1:]
    distinct = args[0] == "--distinct"
    if distinct:
        args = args[1:]
    shared, out, sizes = args[0], args[1], sorted(int(n) for n in args[2:])
    prefix = "distinct-posts" if distinct else "posts"
    read = lambda name: decode(open(os.path.join(shared, name), "rb").read())
    forums = {
        "carers": sentences([read("gutenberg_melville-moby_dick.txt"),
                             read("gutenberg_austen-sense.txt")]
                            + zip_texts(os.path.join(shared, "nltk_genesis.zip"),
                                        "genesis/english-web")),
        "staff": sentences(zip_texts(os.path.join(shared, "nltk_inaugural.zip"), "inaugural/")
                           + zip_texts(os.path.join(shared, "nltk_state_union.zip"),
                                       "state_union/")),
    }
    os.makedirs(out, exist_ok=True)
    largest = os.path.join(out, "%s-%d.jsonl" % (prefix, sizes[-1]))
    if not os.path.exists(largest):
        rng = random.Random(20261202)
        names = list(forums)
        with open(largest + ".part", "w", encoding="utf-8") as f:
            for i in range(sizes[-1]):
                forum = names[i % 2]
                pool = forums[forum]
                if distinct:
                    text = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))
                else:
                    start = rng.randrange(len(pool))
                    text = " ".join(pool[start:start + rng.randint(1, 3)])
                f.write(json.dumps({"text": text, "forum": forum,
                                    "author": "member-%d" % rng.randrange(50000)}) + "\n")
        os.rename(largest + ".part", largest)
    for n in sizes[:-1]:
        path = os.path.join(out, "%s-%d.jsonl" % (prefix, n))
        if not os.path.exists(path):
            with open(largest, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i == n:
                        break
                    dst.write(line)


if __name__ == "__main__":
    main()
