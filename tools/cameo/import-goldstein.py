#!/usr/bin/env python3
"""Re-runnable importer: the Goldstein scale of each CAMEO code, from the shared CAMEO code table
(../shared/dev/events/cameo-codes.csv, columns "code" and "goldstein"), written as the table the exports read:
    store/src/main/resources/org/dateline/store/export/cameo-goldstein.tsv
Only the codes and the numbers are taken (facts); the table's descriptions, usage notes and examples are not.
Usage: tools/cameo/import-goldstein.py [CSV]
"""
import csv
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
repo = here.parent.parent
src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else repo.parent / "shared/dev/events/cameo-codes.csv"
out = repo / "store/src/main/resources/org/dateline/store/export/cameo-goldstein.tsv"

rows = {}
with open(src, newline="", encoding="utf-8", errors="replace") as f:
    for row in csv.DictReader(f):
        code, value = row["code"].strip(), row["goldstein"].strip()
        if not code.isdigit() or value in ("", "NA"):
            continue
        rows[code] = float(value)

with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# CAMEO code<TAB>Goldstein scale (-10 conflict .. +10 cooperation), one per code.\n")
    f.write("# Imported by tools/cameo/import-goldstein.py from the shared CAMEO code table; see NOTICE.\n")
    for code in sorted(rows):
        f.write(f"{code}\t{rows[code]:g}\n")
print(f"wrote {len(rows)} codes to {out}")
