#!/bin/bash
# held.sh TREE OUT: the held-out k76-k81 scored on a built tree (filter off, on, proposer off)
TREE=$1; OUT=$2; mkdir -p $OUT; cd $TREE
./dateline eval judged --shared /work/shared --judged /tmp/sNN/judge --no-filter --list NEW,KEPT_WRONG,MISSED,ACTOR_WRONG,DATE_WRONG,RECOVERED,DROPPED_RIGHT,DROPPED_WRONG > $OUT/held-nofilter.txt 2>&1
./dateline eval judged --shared /work/shared --judged /tmp/sNN/judge > $OUT/held-filter.txt 2>&1
DATELINE_JAVA_OPTS="-Xmx4g -Ddateline.event-proposer=off" ./dateline eval judged --shared /work/shared --judged /tmp/sNN/judge --no-filter > $OUT/held-proposer-off.txt 2>&1
echo done > $OUT/HELD-DONE
