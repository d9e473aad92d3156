#!/usr/bin/env python3
"""Draws the fourth frozen blind sample for event coding (stop s31, 2026-12-04): 16 KCNA stories, 4 newspaper4k
articles and 4 English pages of htmldate's dated set. Fixed salted-hash order (salt "s31:blind4:"); re-running gives
the same sample. Prints one JSON line per drawn document (source, line or key, url, date).

Left out: the documents of the three earlier blind samples (blind-events, blind-events-s25, blind-events-s30), KCNA
lines 5001-16500 (the judges' pool of stop s30) and 16501-20301 (the merge/thread dev store), and every web page the
judges of stop s30 judged (the keys of tools/event-filter/judged/sample-w*.jsonl)."""
import gzip, glob, json, hashlib, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', '..', '..', 'shared')
repo = os.path.join(here, '..', '..', '..', '..', '..')
def h(s): return int(hashlib.sha1(s.encode()).hexdigest(), 16)
left_out = set()
for d in ('blind-events', 'blind-events-s25', 'blind-events-s30'):
    for l in open(os.path.join(here, '..', d, 'sample.jsonl')):
        e = json.loads(l); left_out.add((e['source'], str(e.get('line') or e.get('key'))))
judged = glob.glob(os.path.join(repo, 'tools', 'event-filter', 'judged', 'sample-w*.jsonl'))
if not judged: sys.exit('tools/event-filter/judged/sample-w*.jsonl not found')
for p in judged:
    for l in open(p):
        e = json.loads(l); left_out.add((e['source'], str(e['key'])))
n4k = json.load(open(os.path.join(shared, 'dev/extraction/newspaper4k/articles.json')))
n4k_pool = [k for k in n4k if ('newspaper4k', k) not in left_out
            and os.path.exists(os.path.join(shared, 'dev/extraction/newspaper4k/html', k + '.html.gz'))]
root = os.path.join(shared, 'dev/extraction/htmldate-dev')
dates = json.load(open(os.path.join(root, 'dates.json')))
def english(path):
    t = gzip.open(path, 'rt', errors='replace').read()
    t = re.sub(r'<[^>]+>', ' ', re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', t))
    w = t.lower().split()
    return len(w) > 300 and sum(x in ('the', 'and', 'of', 'to') for x in w) / len(w) > 0.06
hd_pool = []
for url, v in dates.items():
    p = os.path.join(root, 'pages', v['file'])
    if not os.path.exists(p) and os.path.exists(p + '.gz'): p += '.gz'
    name = os.path.basename(p)
    if os.path.exists(p) and ('htmldate', name) not in left_out and english(p): hd_pool.append((name, url, v['date']))
with gzip.open(os.path.join(shared, 'corpus/kcna/kcna_2011_2012_en.jsonl.gz'), 'rt') as f:
    kcna = [json.loads(l) for l in f]
lines = [i for i in range(1, len(kcna) + 1)
         if not 5001 <= i <= 16500 and not 16501 <= i <= 20301 and ('kcna', str(i)) not in left_out]
for n in sorted(sorted(lines, key=lambda i: h('s31:blind4:kcna:%d' % i))[:16]):
    print(json.dumps({"source": "kcna", "line": n, "url": kcna[n - 1]["url"], "date": kcna[n - 1]["date"]}))
for k in sorted(sorted(n4k_pool, key=lambda k: h('s31:blind4:n4k:' + k))[:4]):
    print(json.dumps({"source": "newspaper4k", "key": k, "date": n4k[k].get('date')}))
for name, url, d in sorted(sorted(hd_pool, key=lambda x: h('s31:blind4:htmldate:' + x[0]))[:4]):
    print(json.dumps({"source": "htmldate", "key": name, "url": url, "date": d}))
