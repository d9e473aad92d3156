#!/usr/bin/env python3
"""Judge samples of stop s30: fixed salted-hash order, blind documents left out. Writes sample-NAME.jsonl."""
import gzip, json, hashlib, os, re
S='/work/shared'; B='/work/main/cli/src/test/resources'
def h(s): return int(hashlib.sha1(s.encode()).hexdigest(),16)
blind=set()
for d in ('blind-events','blind-events-s25'):
    for l in open(f'{B}/{d}/sample.jsonl'):
        e=json.loads(l); blind.add((e['source'], str(e.get('line') or e.get('key'))))
kc=[json.loads(l) for l in gzip.open(f'{S}/corpus/kcna/kcna_2011_2012_en.jsonl.gz','rt')]
def kcna(lo,hi,n,name):
    lines=[i for i in range(lo,hi+1) if ('kcna',str(i)) not in blind]
    lines.sort(key=lambda i:h(f's30:judge:kcna:{i}'))
    with open(f'sample-{name}.jsonl','w') as f:
        for i in lines[:n]: f.write(json.dumps({"source":"kcna","line":i,"url":kc[i-1]['url'],"date":kc[i-1]['date']})+'\n')
kcna(5001,10500,110,'k1'); kcna(10501,16500,110,'k2')
arts=json.load(open(f'{S}/dev/extraction/newspaper4k/articles.json'))
keys=[k for k in arts if ('newspaper4k',k) not in blind and os.path.exists(f'{S}/dev/extraction/newspaper4k/html/{k}.html.gz')]
keys.sort(key=lambda k:h(f's30:judge:n4k:{k}'))
with open('sample-w1.jsonl','w') as f:
    for k in keys[:60]: f.write(json.dumps({"source":"newspaper4k","key":k,"date":arts[k].get('date')})+'\n')
root=f'{S}/dev/extraction/htmldate-dev'; dates=json.load(open(f'{root}/dates.json'))
def english(path):
    t = gzip.open(path, 'rt', errors='replace').read()
    t = re.sub(r'<[^>]+>', ' ', re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', t))
    w = t.lower().split()
    return len(w) > 300 and sum(x in ('the', 'and', 'of', 'to') for x in w) / len(w) > 0.06
pool=[]
for url,v in dates.items():
    p=f"{root}/pages/{v['file']}"
    if not os.path.exists(p) and os.path.exists(p+'.gz'): p+='.gz'
    name=os.path.basename(p)
    if os.path.exists(p) and ('htmldate',name) not in blind and english(p): pool.append((name,url,v['date']))
pool.sort(key=lambda x:h(f's30:judge:htmldate:{x[0]}'))
print('htmldate english pool',len(pool),'n4k pool',len(keys))
with open('sample-w2.jsonl','w') as f:
    for name,url,d in pool[:60]: f.write(json.dumps({"source":"htmldate","key":name,"url":url,"date":d})+'\n')
