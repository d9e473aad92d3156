#!/usr/bin/env python3
"""Offsets of a phrase in a judged document's body, as the pipeline reads it.
    python3 /tmp/sNN/judge/offsets.py kNN kcna:LINE "a short anchor phrase"
Prints every occurrence as 'start end' (body offsets, end exclusive) with the text between them."""
import json, sys
name, doc, phrase = sys.argv[1], sys.argv[2], sys.argv[3]
for line in open(f'/tmp/sNN/judge/view/dump-{name}.jsonl'):
    r = json.loads(line)
    if r['doc'] != doc:
        continue
    body = r['body']; i = body.find(phrase); hits = 0
    while i >= 0:
        print(i, i + len(phrase), repr(body[i:i + len(phrase)])); hits += 1
        i = body.find(phrase, i + 1)
    if not hits:
        print('not found (copy the phrase exactly from the view, same spaces and quotes)')
    sys.exit(0)
print('no such document in this sample:', doc)
