#!/usr/bin/env python3
"""Held-out sample of stop s43: the next documents of stop s30's salted orders, all four blind samples and every
judged sample (k1-k22, w1-w16, t1-t7) left out. k23: the next 20 KCNA of lines 5001-10500, k24: the next 20 of
10501-16500; w17: the next 20 English dated article pages of the WCXB dev split in the order of
sha1("s30:judge:wcxb:KEY") that read as news reports (the word "said" three times or more in the gold main content:
w15 and w16, drawn without that test, held blogs, guides and shop pages where nobody found an event). No unjudged
non-WSJ TimeML story is left (draw11.py), so this round has no wire sample."""
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
for name,(lo,hi) in (('k23',(5001,10500)),('k24',(10501,16500))):
    lines=[i for i in range(lo,hi+1) if ('kcna',str(i)) not in used]
    lines.sort(key=lambda i:h(f's30:judge:kcna:{i}'))
    with open(f'sample-{name}.jsonl','w') as f:
        for i in lines[:20]: f.write(json.dumps({"source":"kcna","line":i,"url":kc[i-1]['url'],"date":kc[i-1]['date']})+'\n')
def english(text):
    ws=text.lower().split()
    return len(ws) > 150 and sum(x in ('the','and','of','to') for x in ws)/len(ws) > 0.06
pool=[]
for l in gzip.open(f'{S}/dev/extraction/wcxb-dev/ground-truth.jsonl.gz','rt'):
    e=json.loads(l)
    if 'file_id' not in e: continue
    g=e['ground_truth']; k=e['file_id']
    if e['_internal']['page_type']['primary']!='article' or not g.get('publish_date') or ('wcxb',k) in used: continue
    if not re.match(r'\d{4}-\d{2}-\d{2}', g['publish_date']) or not english(g.get('main_content') or ''): continue
    if len(re.findall(r'\bsaid\b', g.get('main_content') or '')) < 3: continue
    if os.path.exists(f'{S}/dev/extraction/wcxb-dev/html/{k}.html.gz'): pool.append((k,g['publish_date'][:10]))
pool.sort(key=lambda x:h(f's30:judge:wcxb:{x[0]}'))
print('wcxb english dated news articles left',len(pool))
with open('sample-w17.jsonl','w') as f:
    for k,d in pool[:20]: f.write(json.dumps({"source":"wcxb","key":k,"date":d})+'\n')
