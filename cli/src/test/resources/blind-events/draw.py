#!/usr/bin/env python3
"""Draws the frozen blind sample for event coding (issue 13): 40 KCNA stories, 20 newspaper4k articles.
Fixed seed; re-running gives the same sample. Prints one JSON line per drawn document (source, line or key, url, date, title)."""
import gzip, json, random, sys, os
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared')
rng = random.Random(20261203)
with gzip.open(os.path.join(shared, 'corpus/kcna/kcna_2011_2012_en.jsonl.gz'), 'rt') as f:
    kcna = [json.loads(l) for l in f]
for i in sorted(rng.sample(range(len(kcna)), 40)):
    d = kcna[i]
    print(json.dumps({"source": "kcna", "line": i + 1, "url": d["url"], "date": d["date"], "title": d["title"]}))
arts = json.load(open(os.path.join(shared, 'dev/extraction/newspaper4k/articles.json')))
keys = sorted(k for k, v in arts.items() if (v.get('articleBody') or '').strip())
for k in sorted(rng.sample(keys, 20)):
    v = arts[k]
    print(json.dumps({"source": "newspaper4k", "key": k, "date": v.get("date"), "title": v.get("title")}))
