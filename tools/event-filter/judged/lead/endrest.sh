#!/bin/bash
# endrest.sh TREE OUT: a tree's blind samples, PLOVER, extraction and time (base.sh without the dev judged runs)
TREE=$1; OUT=$2; mkdir -p $OUT; cd $TREE
for b in blind-events blind-events-s25 blind-events-s30 blind-events-s31; do
  ./dateline eval events --shared /work/shared --blind --blind-dir cli/src/test/resources/$b > $OUT/blind-$b.txt 2>&1
done
./dateline eval events --shared /work/shared > $OUT/plover.txt 2>&1
./dateline eval extraction > $OUT/extraction.txt 2>&1
./dateline eval time > $OUT/time.txt 2>&1
echo done > $OUT/DONE
