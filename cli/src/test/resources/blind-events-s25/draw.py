#!/usr/bin/env python3
"""Draws the second frozen blind sample for event coding (stop of 2026-12-04): 20 KCNA stories and 15 English pages
of htmldate's multilingual dated set. Fixed seed; re-running gives the same sample. Prints one JSON line per drawn
document (source, line or key, url, date).

KCNA: any line not in the first blind sample (../blind-events/sample.jsonl) and not in lines 16001-20301, which the
engineers of that stop sampled. htmldate-dev: the pages whose text, tags stripped, has over 300 words and a share of
"the / and / of / to" over 6% (a crude test for English; the pipeline's own language step decides later)."""
import gzip, json, random, re, sys, os
here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', '..', '..', 'shared')
rng = random.Random(20261204)
first = {json.loads(l).get('line') for l in open(os.path.join(here, '..', 'blind-events', 'sample.jsonl'))}
with gzip.open(os.path.join(shared, 'corpus/kcna/kcna_2011_2012_en.jsonl.gz'), 'rt') as f:
    kcna = [json.loads(l) for l in f]
lines = [i + 1 for i in range(len(kcna)) if i + 1 not in first and not 16001 <= i + 1 <= 20301]
for n in sorted(rng.sample(lines, 20)):
    d = kcna[n - 1]
    print(json.dumps({"source": "kcna", "line": n, "url": d["url"], "date": d["date"]}))
root = os.path.join(shared, 'dev/extraction/htmldate-dev')
dates = json.load(open(os.path.join(root, 'dates.json')))
def english(path):
    t = gzip.open(path, 'rt', errors='replace').read()
    t = re.sub(r'<[^>]+>', ' ', re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', t))
    w = t.lower().split()
    return len(w) > 300 and sum(x in ('the', 'and', 'of', 'to') for x in w) / len(w) > 0.06
pool = []
for url, v in sorted(dates.items()):
    p = os.path.join(root, 'pages', v['file'])
    if not os.path.exists(p) and os.path.exists(p + '.gz'): p += '.gz'
    if os.path.exists(p) and english(p): pool.append((url, v, os.path.basename(p)))
for url, v, name in sorted(rng.sample(pool, 15), key=lambda x: x[2]):
    print(json.dumps({"source": "htmldate", "key": name, "url": url, "date": v["date"]}))
