#!/usr/bin/env python3
"""Second round of judge samples of stop s30: the next documents of the same salted orders, blind samples left out
(both earlier ones and the third, drawn this stop)."""
import gzip, json, hashlib, os, re
S='/work/shared'; B='/work/main/cli/src/test/resources'
def h(s): return int(hashlib.sha1(s.encode()).hexdigest(),16)
blind=set()
for d in ('blind-events','blind-events-s25','blind-events-s30'):
    for l in open(f'{B}/{d}/sample.jsonl'):
        e=json.loads(l); blind.add((e['source'], str(e.get('line') or e.get('key'))))
kc=[json.loads(l) for l in gzip.open(f'{S}/corpus/kcna/kcna_2011_2012_en.jsonl.gz','rt')]
def kcna(lo,hi,skip,n,name):
    lines=[i for i in range(lo,hi+1) if ('kcna',str(i)) not in blind]
    lines.sort(key=lambda i:h(f's30:judge:kcna:{i}'))
    with open(f'sample-{name}.jsonl','w') as f:
        for i in lines[skip:skip+n]: f.write(json.dumps({"source":"kcna","line":i,"url":kc[i-1]['url'],"date":kc[i-1]['date']})+'\n')
kcna(5001,10500,110,110,'k3'); kcna(10501,16500,110,110,'k4')
arts=json.load(open(f'{S}/dev/extraction/newspaper4k/articles.json'))
keys=[k for k in arts if os.path.exists(f'{S}/dev/extraction/newspaper4k/html/{k}.html.gz')]
keys.sort(key=lambda k:h(f's30:judge:n4k:{k}'))
first=[k for k in keys if ('newspaper4k',k) not in blind or k in ()][:0]
# the same order as draw.py (which left out the two earlier blinds only): its first 60 were judged
old=[k for k in keys if ('newspaper4k',k) not in {b for b in blind if b[0]=='newspaper4k'} or False]
done=set(json.loads(l)['key'] for l in open('sample-w1.jsonl'))
rest=[k for k in keys if k not in done and ('newspaper4k',k) not in blind]
with open('sample-w3.jsonl','w') as f:
    for k in rest[:70]: f.write(json.dumps({"source":"newspaper4k","key":k,"date":arts[k].get('date')})+'\n')
with open('sample-w4.jsonl','w') as f:
    for k in rest[70:140]: f.write(json.dumps({"source":"newspaper4k","key":k,"date":arts[k].get('date')})+'\n')
