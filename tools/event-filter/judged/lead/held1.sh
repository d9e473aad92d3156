#!/bin/bash
# held1.sh TREE OUT: the held-out, filter off only, with lists
TREE=$1; OUT=$2; mkdir -p $OUT; cd $TREE
./dateline eval judged --shared /work/shared --judged /tmp/sNN/judge --no-filter --list NEW,KEPT_WRONG,MISSED,ACTOR_WRONG,DATE_WRONG,RECOVERED,DROPPED_RIGHT,DROPPED_WRONG > $OUT/held-nofilter.txt 2>&1
echo done > $OUT/HELD-DONE
