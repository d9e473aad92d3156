import os
WORD_LISTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../core/src/main/resources/org/dateline/core/event/word-lists.txt')
import json, sys, math, re, hashlib
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analyse import *
WL = {}
for line in open(WORD_LISTS):
    m = re.match(r'^([a-z0-9-]+) = (.*)$', line.strip())
    if m: WL.setdefault(m.group(1), set()).update(m.group(2).split())
def words(p): return set(re.findall(r"[a-z][a-z'-]*", p['body'].lower()))
for p in pages: p['_w'] = words(p)
def distinct(p, ws): return len(p['_w'] & ws)

def feats(p, variant):
    c = p['cues']; n = max(1, c['sentences'])
    share = c['publicSentences']/n
    ent = p['entities']; ne = max(1, sum(ent.values()))
    f = {
      'share': share, 'share>=.2': float(share >= .2), 'share0': float(share == 0),
      'pubwords': min(c['publicWords'], 10)/10, 'pubwords>=3': float(c['publicWords'] >= 3),
      'pubev': min(c['publicEvents'], 5)/5, 'pubev>=1': float(c['publicEvents'] >= 1),
      'events': min(c['events'], 20)/20, 'noevents': float(c['events'] == 0),
      'leisure': min(c['leisureWords'], 10)/10, 'sports': min(c['sportsWords'], 10)/10,
      'logsent': math.log(n)/6,
      'head=' + c['headline']: 1.0,
      'quotes': min(p['quotes']/n, 1),
    }
    for t in ['PERSON','ORGANIZATION','LOCATION','COUNTRY','NATIONALITY','GROUP']:
        f['ent_'+t] = ent.get(t,0)/ne
    if variant == 'rule-cues':
        f = {k: v for k, v in f.items() if k in ('share','share>=.2','share0','pubwords','pubwords>=3','pubev','pubev>=1','events','noevents','leisure','sports','logsent')}
    return f

def matrix(ps, variant, names=None):
    fs = [feats(p, variant) for p in ps]
    if names is None: names = sorted({k for f in fs for k in f})
    X = np.array([[f.get(k, 0.0) for k in names] + [1.0] for f in fs])
    return X, names

def fit(X, y, lam):
    w = np.zeros(X.shape[1])
    for _ in range(50):
        p = 1/(1+np.exp(-X@w))
        g = X.T@(p-y) + lam*np.r_[w[:-1], 0]
        H = (X.T*(p*(1-p)))@X + lam*np.diag(np.r_[np.ones(len(w)-1), 0]) + 1e-6*np.eye(len(w))
        w -= np.linalg.solve(H, g)
    return w

def prob(X, w): return 1/(1+np.exp(-X@w))

def run(variant, lam, target='real'):
    A = [p for p in pages if p['half']=='A' and judgeable(p)]
    B = [p for p in pages if p['half']=='B' and judgeable(p)]
    lab = (lambda p: float(real(p))) 
    XA, names = matrix(A, variant); yA = np.array([lab(p) for p in A])
    oof = np.zeros(len(A))
    for k in range(5):
        tr = np.array([fold(p['doc']) != k for p in A])
        w = fit(XA[tr], yA[tr], lam)
        oof[~tr] = prob(XA[~tr], w)
    for p, s in zip(A, oof): p['_s'] = s
    # threshold on A by event F1 (pages judged by the rule keep the rule's exemptions)
    best = None
    for t in np.arange(0.02, 0.9, 0.01):
        r, wr, g, P, R = evscore([p for p in pages if p['half']=='A'], lambda p: (not judgeable(p)) or p['_s'] >= t)
        F = 2*P*R/max(1e-9, P+R)
        if best is None or F > best[0] + 1e-12: best = (F, t)
    t = best[1]
    w = fit(XA, yA, lam)
    XB, _ = matrix(B, variant, names)
    for p, s in zip(B, prob(XB, w)): p['_s'] = s
    ll = np.mean(yA*np.log(np.clip(oof,1e-9,1))+(1-yA)*np.log(np.clip(1-oof,1e-9,1)))
    print(f"variant {variant} lam {lam}: oof ll {ll:.4f}, threshold {t:.2f}")
    for half in 'AB':
        ps = [p for p in pages if p['half']==half]
        keep = lambda p: (not judgeable(p)) or p['_s'] >= t
        print(fmt(f' {half} learned' + (' (oof)' if half=='A' else ' (model A)'), ps, keep))
        print(pagelevel(f' {half} learned', ps, keep))
    return w, names

if __name__ == '__main__':
    for half in 'AB':
        ps = [p for p in pages if p['half']==half]
        print(fmt(f' {half} keep all', ps, lambda p: True)); print(fmt(f' {half} rule', ps, lambda p: p['reports']))
    for variant in ['rule-cues', 'all']:
        for lam in [0.3, 1, 3, 10]:
            w, names = run(variant, lam)
    w, names = run('all', 3)
    for n, v in sorted(zip(names+['bias'], w), key=lambda x: -abs(x[1])): print(f"   {n:20s} {v:+.2f}")
