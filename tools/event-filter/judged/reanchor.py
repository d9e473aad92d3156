#!/usr/bin/env python3
"""Re-anchors judged rows when the reading of their documents changes (stop s41: the TimeML stories now go through
the wire reader, which takes the dateline out of the body and splits list lines into paragraphs).

    reanchor.py OLD_DUMP NEW_DUMP JUDGED_TSV > NEW_TSV

OLD_DUMP and NEW_DUMP are `dateline eval judge-view` dumps (dump-NAME.jsonl: one document a line, its body) of the
same sample before and after the change. Each row's start and end are carried from the old body to the new one
along a character alignment (difflib): a start inside removed text moves to the next kept character, an end to just
after the last kept one. The report on stderr counts rows moved, rows whose text changed beyond blanks (checked by
hand), and rows left without text (their anchor was all removed: kept as they were, listed)."""
import difflib, json, re, sys

def bodies(path):
    return {d['doc']: d['body'] for d in map(json.loads, open(path, encoding='utf-8'))}

def mapper(old, new):
    """old offset -> new offset, for offsets inside equal blocks; None elsewhere."""
    table = [None] * (len(old) + 1)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == 'equal':
            for k in range(i2 - i1): table[i1 + k] = j1 + k
    return table

def carry(table, start, end):
    s = next((table[p] for p in range(start, end) if table[p] is not None), None)
    e = next((table[p] + 1 for p in range(end - 1, start - 1, -1) if table[p] is not None), None)
    return (s, e) if s is not None and e is not None and s < e else None

def main(old_dump, new_dump, tsv):
    old, new = bodies(old_dump), bodies(new_dump)
    tables, moved, changed, lost = {}, 0, [], []
    squash = lambda t: re.sub(r'\s+', ' ', t).strip()
    for line in open(tsv, encoding='utf-8'):
        line = line.rstrip('\n')
        cols = line.split('\t')
        if line.startswith('#') or cols[0] == 'doc' or len(cols) < 3 or cols[0] not in old or cols[0] not in new:
            print(line); continue
        doc, start, end = cols[0], int(cols[1]), int(cols[2])
        if old[doc] == new[doc]:
            print(line); continue
        if doc not in tables: tables[doc] = mapper(old[doc], new[doc])
        spot = carry(tables[doc], start, end)
        if spot is None:
            lost.append(f'{doc} {start}-{end}'); print(line); continue
        if squash(old[doc][start:end]) != squash(new[doc][spot[0]:spot[1]]):
            changed.append(f'{doc} {start}-{end} -> {spot[0]}-{spot[1]}')
        moved += spot != (start, end)
        cols[1], cols[2] = str(spot[0]), str(spot[1])
        print('\t'.join(cols))
    print(f'{tsv}: {moved} rows moved, {len(changed)} with text changed beyond blanks, {len(lost)} without text',
          file=sys.stderr)
    for c in changed: print('  changed ' + c, file=sys.stderr)
    for l in lost: print('  lost ' + l, file=sys.stderr)

if __name__ == '__main__':
    main(*sys.argv[1:4])
