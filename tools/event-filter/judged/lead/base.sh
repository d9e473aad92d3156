#!/bin/bash
# base.sh TREE OUT: the dev/blind/extraction/time/PLOVER figures of a built tree (the dev judged runs, then endrest.sh)
TREE=$1; OUT=$2; mkdir -p $OUT; cd $TREE
./dateline eval judged --shared /work/shared --no-filter --list NEW,DATE_WRONG,ACTOR_WRONG,KEPT_WRONG,MISSED,RECOVERED,DROPPED_RIGHT,DROPPED_WRONG > $OUT/judged-nofilter.txt 2>$OUT/judged-nofilter.err
./dateline eval judged --shared /work/shared > $OUT/judged-filter.txt 2>&1
"$(dirname "$(readlink -f "$0")")/endrest.sh" "$TREE" "$OUT"
