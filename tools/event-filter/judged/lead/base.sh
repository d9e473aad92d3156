#!/bin/bash
# base.sh TREE OUT: the dev/blind/extraction/time/PLOVER figures of a built tree
TREE=$1; OUT=$2; mkdir -p $OUT; cd $TREE
./dateline eval judged --shared /work/shared --no-filter --list NEW,DATE_WRONG,ACTOR_WRONG,KEPT_WRONG,MISSED,RECOVERED,DROPPED_RIGHT,DROPPED_WRONG > $OUT/judged-nofilter.txt 2>$OUT/judged-nofilter.err
./dateline eval judged --shared /work/shared > $OUT/judged-filter.txt 2>&1
for b in blind-events blind-events-s25 blind-events-s30 blind-events-s31; do
  ./dateline eval events --shared /work/shared --blind --blind-dir cli/src/test/resources/$b > $OUT/blind-$b.txt 2>&1
done
./dateline eval events --shared /work/shared > $OUT/plover.txt 2>&1
./dateline eval extraction > $OUT/extraction.txt 2>&1
./dateline eval time > $OUT/time.txt 2>&1
echo done > $OUT/DONE
