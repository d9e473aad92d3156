import os
WORD_LISTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../core/src/main/resources/org/dateline/core/event/word-lists.txt')
import json, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analyse import evscore, fmt, pagelevel, real
WL = {}
for line in open(WORD_LISTS):
    m = re.match(r'^([a-z0-9-]+) = (.*)$', line.strip())
    if m: WL.setdefault(m.group(1), set()).update(m.group(2).split())
PUBLIC = WL['public-affairs-words'] | WL['public-page-words']
def load(path):
    ps = [json.loads(l) for l in open(path)]
    for p in ps: p['_w'] = set(re.findall('[a-z]+', ((p['headline'] or '') + ' ' + p['body']).lower()))
    return ps
def rule(p, extra=frozenset()):
    c = p.get('cues')
    if c is None or c['wire'] or c['sentences'] < 6: return p['reports']
    pw = min(10, len(p['_w'] & (PUBLIC | extra)))
    share = c['publicSentences']/c['sentences']
    return (c['publicEvents'] >= 2 and share >= .06 or c['publicEvents'] >= 1 and pw >= 2 or share >= .2 or pw >= 3)
ROYAL = set('king queen prince princess royal royals monarch monarchy duke duchess palace throne coronation'.split())
LOCAL = set('council councils councillor councillors councilman councilwoman councilmember commissioners county municipal municipality borough township alderman aldermen supervisors ordinance zoning'.split())
GOVT = set('govt'.split())
if __name__ == '__main__':
    path = sys.argv[1]
    ps = load(path)
    differ = [p['doc'] for p in ps if rule(p) != p['reports']]
    if differ: print(f'{len(differ)} pages decided otherwise than in the dump (a dump of other word lists?)')
    for name, extra in [('rule', frozenset()), ('+royal', ROYAL), ('+local', LOCAL), ('+govt', GOVT), ('+all', ROYAL|LOCAL|GOVT)]:
        for half in 'AB':
            h = [p for p in ps if p['half']==half]
            print(fmt(f'{half} {name}', h, lambda p: rule(p, extra)), '|', pagelevel('', h, lambda p: rule(p, extra))[29:])
        flips = [p for p in ps if rule(p, extra) != rule(p)]
        for p in flips: print('   flip', p['half'], p['doc'][:40], (p['headline'] or '')[:60], 'real' if real(p) else 'none', p['ifKept']['KEPT_RIGHT'], p['ifKept']['KEPT_WRONG'], sorted(p['_w'] & extra))
