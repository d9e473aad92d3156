import os
WORD_LISTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../core/src/main/resources/org/dateline/core/event/word-lists.txt')
import json, sys, math, re, hashlib
import numpy as np
path = sys.argv[1]
pages = [json.loads(l) for l in open(path)]
def fold(doc, n=5): return int(hashlib.sha1(("s30:fold:"+doc).encode()).hexdigest(),16) % n

def judgeable(p):  # pages the text rule judges (not wire, >= 6 sentences)
    c = p.get('cues')
    return c is not None and not c['wire'] and c['sentences'] >= 6

def evscore(pages, keep):
    """events P/R over pages given a keep(page)->bool decision (judged events only)"""
    kr=kw=rec=gold=0
    for p in pages:
        k = p['ifKept']; gold += k['GOLD']
        if keep(p):
            kr += k['KEPT_RIGHT']; kw += k['KEPT_WRONG']; rec += k['RECOVERED']
    right = kr + rec
    return right, kw, gold, right/max(1,right+kw), right/max(1,gold)

def fmt(name, pages, keep):
    r, w, g, P, R = evscore(pages, keep)
    F = 2*P*R/max(1e-9,P+R)
    return f"{name:28s} right {r:4d} wrong {w:4d} gold {g:4d} P {P:.3f} R {R:.3f} F {F:.3f}"

def real(p): return p['rightOrMissedRows'] > 0

def pagelevel(name, pages, keep):
    tp = sum(1 for p in pages if keep(p) and real(p)); fp = sum(1 for p in pages if keep(p) and not real(p))
    fn = sum(1 for p in pages if not keep(p) and real(p)); tn = sum(1 for p in pages if not keep(p) and not real(p))
    return f"{name:28s} pages kept real {tp:3d} kept no-event {fp:3d} withheld real {fn:3d} withheld no-event {tn:3d}"

if __name__ == '__main__':
    for half in 'AB':
        ps = [p for p in pages if p['half'] == half]
        print(f"half {half}: {len(ps)} pages, judgeable {sum(map(judgeable, ps))}, real {sum(map(real, ps))}")
        print(fmt(' keep all', ps, lambda p: True))
        print(fmt(' rule', ps, lambda p: p['reports']))
        print(pagelevel(' rule', ps, lambda p: p['reports']))
        print(pagelevel(' keep all', ps, lambda p: True))
