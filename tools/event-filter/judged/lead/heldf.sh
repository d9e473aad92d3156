#!/bin/bash
# heldf.sh TREE OUT: the held-out with the shipped filter on, with lists
TREE=$1; OUT=$2; mkdir -p $OUT; cd $TREE
./dateline eval judged --shared /work/shared --judged /tmp/sNN/judge --list KEPT_WRONG,DROPPED_RIGHT,DROPPED_WRONG > $OUT/held-filter.txt 2>&1
echo done > $OUT/HELDF-DONE
