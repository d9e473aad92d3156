#!/usr/bin/env python3
"""Held-out sample of stop s36: the next documents of stop s30's salted orders, all four blind samples and every
judged sample (k1-k10, w1-w11) left out. k11: 30 KCNA of lines 5001-10500, k12: 30 of 10501-16500; w12/w13: 20 newspaper4k
pages each (the English htmldate pages have run out)."""
import gzip, json, hashlib, os, re, glob
S='/work/shared'; B='/work/main/cli/src/test/resources'; J='/work/main/tools/event-filter/judged'
def h(s): return int(hashlib.sha1(s.encode()).hexdigest(),16)
used=set()
for d in ('blind-events','blind-events-s25','blind-events-s30','blind-events-s31'):
    for l in open(f'{B}/{d}/sample.jsonl'):
        e=json.loads(l); used.add((e['source'], str(e.get('line') or e.get('key'))))
for f in glob.glob(f'{J}/sample-*.jsonl'):
    for l in open(f):
        e=json.loads(l); used.add((e['source'], str(e.get('line') or e.get('key'))))
print('used',len(used))
kc=[json.loads(l) for l in gzip.open(f'{S}/corpus/kcna/kcna_2011_2012_en.jsonl.gz','rt')]
for name,(lo,hi) in (('k11',(5001,10500)),('k12',(10501,16500))):
    lines=[i for i in range(lo,hi+1) if ('kcna',str(i)) not in used]
    lines.sort(key=lambda i:h(f's30:judge:kcna:{i}'))
    with open(f'sample-{name}.jsonl','w') as f:
        for i in lines[:30]: f.write(json.dumps({"source":"kcna","line":i,"url":kc[i-1]['url'],"date":kc[i-1]['date']})+'\n')
arts=json.load(open(f'{S}/dev/extraction/newspaper4k/articles.json'))
keys=[k for k in arts if os.path.exists(f'{S}/dev/extraction/newspaper4k/html/{k}.html.gz') and ('newspaper4k',k) not in used]
keys.sort(key=lambda k:h(f's30:judge:n4k:{k}'))
root=f'{S}/dev/extraction/htmldate-dev'; dates=json.load(open(f'{root}/dates.json'))
def english(path):
    t = gzip.open(path, 'rt', errors='replace').read()
    t = re.sub(r'<[^>]+>', ' ', re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', t))
    ws = t.lower().split()
    return len(ws) > 300 and sum(x in ('the', 'and', 'of', 'to') for x in ws) / len(ws) > 0.06
pool=[]
for url,v in dates.items():
    p=f"{root}/pages/{v['file']}"
    if not os.path.exists(p) and os.path.exists(p+'.gz'): p+='.gz'
    name=os.path.basename(p)
    if os.path.exists(p) and ('htmldate',name) not in used and english(p): pool.append((name,url,v['date']))
pool.sort(key=lambda x:h(f's30:judge:htmldate:{x[0]}'))
print('n4k left',len(keys),'htmldate english left',len(pool))
w=[{"source":"newspaper4k","key":k,"date":arts[k].get('date')} for k in keys[:40]]
for name,part in (('w12',w[:20]),('w13',w[20:])):
    with open(f'sample-{name}.jsonl','w') as f:
        for e in part: f.write(json.dumps(e)+'\n')
