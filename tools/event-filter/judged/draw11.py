#!/usr/bin/env python3
"""Held-out sample of stop s41: the next documents of stop s30's salted orders, all four blind samples and every
judged sample (k1-k18, w1-w15, t1-t5) left out. k19: the next 20 KCNA of lines 5001-10500, k20: the next 20 of
10501-16500; t6, t7: the last 24 news stories of the TimeML sets (dev/time TimeBank and AQUAINT, the Wall Street
Journal's 1989 business copy left out), 12 a file, in the order of sha1("s30:judge:tml:PATH"). After this draw no
unjudged non-WSJ TimeML story is left."""
import gzip, json, hashlib, os, glob
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
for name,(lo,hi) in (('k19',(5001,10500)),('k20',(10501,16500))):
    lines=[i for i in range(lo,hi+1) if ('kcna',str(i)) not in used]
    lines.sort(key=lambda i:h(f's30:judge:kcna:{i}'))
    with open(f'sample-{name}.jsonl','w') as f:
        for i in lines[:20]: f.write(json.dumps({"source":"kcna","line":i,"url":kc[i-1]['url'],"date":kc[i-1]['date']})+'\n')
pool=[]
for d in ('TimeBank','AQUAINT'):
    for p in sorted(os.listdir(f'{S}/dev/time/{d}')):
        if p.endswith('.tml') and not p.startswith('wsj') and ('timeml',f'{d}/{p}') not in used: pool.append(f'{d}/{p}')
pool.sort(key=lambda k:h(f's30:judge:tml:{k}'))
print('timeml pool',len(pool))
for name,part in (('t6',pool[:12]),('t7',pool[12:24])):
    with open(f'sample-{name}.jsonl','w') as f:
        for k in part: f.write(json.dumps({"source":"timeml","key":k})+'\n')
