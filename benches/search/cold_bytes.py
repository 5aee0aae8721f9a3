#!/usr/bin/env python3
"""What a cold one-word query downloads from a built site's search index,
by arithmetic over the files (no browser): search.js, the shards' map
(index.json), the words', stems' and compound parts' shards the word falls
in (chosen as search.js chooses them), and ten record chunks (the worst
case: the ten results in ten chunks), each gzipped at level 6.

    benches/search/cold_bytes.py SITE WORDS_FILE

WORDS_FILE: a word a line; every 997th of them and ten common Swedish words
are asked. For a large site: `gen-portal --pages 10000 --vocabulary FILE`.
"""
import gzip
import json
import os
import sys

site, words_file = sys.argv[1], sys.argv[2]
index = os.path.join(site, "search/index")
shard_map = json.load(open(os.path.join(index, "index.json")))


def gz(path):
    with open(path, "rb") as file:
        return len(gzip.compress(file.read(), 6))


def fold(word):
    table = {"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "é": "e"}
    return "".join(table.get(ch, ch) for ch in word.lower())


def shards(family, prefix):
    firsts = shard_map.get(family, [])
    start = 0
    for at, first in enumerate(firsts):
        if first <= prefix:
            start = at
        else:
            break
    wanted = [start]
    wanted += [at for at in range(start + 1, len(firsts)) if firsts[at] < prefix + "\uffff"]
    return wanted[:1] if len(wanted) > 3 and len(prefix) < 3 else wanted


script = gz(os.path.join(site, "search.js"))
records = sorted(gz(os.path.join(index, "p", name)) for name in os.listdir(os.path.join(index, "p")))
record = records[len(records) // 2]
words = [line.strip() for line in open(words_file) if line.strip()][::997][:30]
words += ["förbättring", "patienten", "vården", "kvalitet", "uppföljning", "samverkan", "mätning", "åtgärd", "region", "team"]
sizes = []
for word in words:
    total = script + gz(os.path.join(index, "index.json")) + 10 * record
    for family in ["w", "s", "c"]:
        total += sum(gz(os.path.join(index, family, f"{n}.json")) for n in shards(family, fold(word)))
    sizes.append((total, word))
sizes.sort()
print(f"shards: " + ", ".join(f"{family} {len(shard_map.get(family, []))}" for family in "wscx"))
print(f"a cold one-word query, gzip: least {sizes[0][0]:,} B ({sizes[0][1]}), median {sizes[len(sizes) // 2][0]:,} B, most {sizes[-1][0]:,} B ({sizes[-1][1]})")
