#!/usr/bin/env bash
# Geocoding accuracy, to hand-check: how the gazetteer resolves
#   (a) every event place and dateline place of the examples (examples/.expected.json and the example datelines);
#   (b) N distinct place texts drawn at random, with a fixed seed, from a store's events, story events and datelines.
#   bench/geocode-sample.sh [STORE.db] [N=50] [SEED=16]
# Reads the store with sqlite3, read-only (a copy is taken first); prints tab-separated resolutions.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-}"; n="${2:-50}"; seed="${3:-16}"
(cd "$here" && mvn -B -o -q -pl store -am -DskipTests package >/dev/null)
run() { java -cp "$here/store/target/classes" "$here/bench/GeocodePlaces.java"; }
echo "# examples: event places (no dateline preference) and dateline places"
{ python3 -c "import json,sys; [print(p) for p in sorted({e['place'] for e in json.load(open(sys.argv[1]))['events'] if e.get('place')})]" \
    "$here/examples/.expected.json"
  grep -ho '^[A-Z][A-Z .-]*,' "$here"/examples/*.txt | tr -d , | sort -u; } | run
[ -n "$db" ] || exit 0
copy="$(mktemp)"; trap 'rm -f "$copy"' EXIT
cp "$db" "$copy"
echo "# $n place texts drawn with seed $seed from $db"
sqlite3 "$copy" "SELECT place FROM events WHERE trim(coalesce(place,''))<>'' UNION SELECT place FROM story_events WHERE trim(coalesce(place,''))<>''
                 UNION SELECT dateline_place FROM articles WHERE trim(coalesce(dateline_place,''))<>''" \
  | python3 -c "import random,sys; p=sorted(set(l.rstrip('\n') for l in sys.stdin)); print('\n'.join(random.Random(int(sys.argv[2])).sample(p, min(int(sys.argv[1]), len(p)))))" "$n" "$seed" \
  | run
