#!/usr/bin/env python3
"""Draws a held-out KCNA sample for the judges: the next N stories of a line range in stop s30's salted order, every
story of a blind sample and of a judged sample already in this directory left out.

    python3 draw_heldout.py [--n 20] NAME:LO-HI [NAME:LO-HI ...]     e.g. k37:16501-20301 k38:5001-10500

Writes sample-NAME.jsonl (source, line, url, date) beside this script's working directory. The order is
sha1("s30:judge:kcna:" + line), the order every draw since stop s30 used (draw10.py-draw17.py repeat this block by
hand: this script replaces them), so a range's next stories are the ones no earlier sample took. Run it from the
directory that should receive the files; it reads ../shared from /work/shared or $DATELINE_SHARED."""

import argparse, glob, gzip, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
BLIND = ('blind-events', 'blind-events-s25', 'blind-events-s30', 'blind-events-s31')


def order(line):
    return int(hashlib.sha1(f's30:judge:kcna:{line}'.encode()).hexdigest(), 16)


def used_documents(extra_dirs):
    used = set()
    files = [os.path.join(ROOT, 'cli/src/test/resources', d, 'sample.jsonl') for d in BLIND]
    for d in [HERE, *extra_dirs]:
        files += glob.glob(os.path.join(d, 'sample-*.jsonl'))
    for f in files:
        with open(f) as fh:
            for row in map(json.loads, fh):
                used.add((row['source'], str(row.get('line') or row.get('key'))))
    return used


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('ranges', nargs='+', help='NAME:LO-HI, e.g. k37:16501-20301')
    ap.add_argument('--n', type=int, default=20, help='stories per sample (20)')
    ap.add_argument('--also-used', action='append', default=[],
                    help='another directory whose sample-*.jsonl count as used (a held-out not yet committed)')
    args = ap.parse_args()
    shared = os.environ.get('DATELINE_SHARED', '/work/shared')
    used = used_documents(args.also_used)
    corpus = f'{shared}/corpus/kcna/kcna_2011_2012_en.jsonl.gz'
    with gzip.open(corpus, 'rt') as fh:
        stories = [json.loads(l) for l in fh]
    for spec in args.ranges:
        m = re.fullmatch(r'(\w+):(\d+)-(\d+)', spec)
        if not m:
            sys.exit(f'draw_heldout: {spec}: want NAME:LO-HI')
        name, lo, hi = m.group(1), int(m.group(2)), int(m.group(3))
        lines = sorted((i for i in range(lo, hi + 1) if ('kcna', str(i)) not in used), key=order)[:args.n]
        with open(f'sample-{name}.jsonl', 'w') as out:
            for i in lines:
                s = stories[i - 1]
                out.write(json.dumps({"source": "kcna", "line": i, "url": s['url'], "date": s['date']}) + '\n')
                used.add(('kcna', str(i)))
        print(f'{name}: {len(lines)} stories of lines {lo}-{hi} -> sample-{name}.jsonl')


if __name__ == '__main__':
    main()
