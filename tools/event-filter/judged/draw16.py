#!/usr/bin/env python3
"""Held-out sample of stop s46: the next documents of stop s30's salted orders, all four blind samples and every
judged sample (k1-k30, w1-w18, t1-t7) left out. k31: the next 20 KCNA of lines 16501-20301, k32: the next 20 of
5001-10500, k33: the next 20 of 10501-16500. No web sample: no unjudged English dated news page is
left in ../shared (stop s44's w18 took the last)."""

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
for name,(lo,hi),n in (('k31',(16501,20301),20),('k32',(5001,10500),20),('k33',(10501,16500),20)):
    lines=[i for i in range(lo,hi+1) if ('kcna',str(i)) not in used]
    lines.sort(key=lambda i:h(f's30:judge:kcna:{i}'))
    with open(f'sample-{name}.jsonl','w') as f:
        for i in lines[:n]: f.write(json.dumps({"source":"kcna","line":i,"url":kc[i-1]['url'],"date":kc[i-1]['date']})+'\n')
