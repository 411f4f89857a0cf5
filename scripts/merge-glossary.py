#!/usr/bin/env python3
"""Merges glossary batches (english<TAB>hindi|forms<TAB>kind) into Dictionaries/glossary.tsv:
rows with the same English headword and kind are joined (their Hindi forms united in order),
invalid rows are reported and skipped, and the output is sorted by headword.

Usage: scripts/merge-glossary.py BATCH.tsv... > Dictionaries/glossary.tsv
"""
import sys
import unicodedata

HEADER = """# Sangam's English–Hindi news glossary, written for the project (see README).
# english<TAB>Hindi forms, most common first, separated by |<TAB>kind
# Regular Hindi inflections (-ों, -ें, -ियों, -ाएं) and English plurals and tenses are found by
# the stemmers in SangamLexicon; irregular forms are listed.
"""

rows: dict[tuple[str, str], list[str]] = {}
order: list[tuple[str, str]] = []
bad = 0
for path in sys.argv[1:]:
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not fields[0].strip() or not fields[1].strip():
            print(f"{path}:{number}: skipped: {line!r}", file=sys.stderr)
            bad += 1
            continue
        english, hindi, kind = (unicodedata.normalize("NFC", f.strip()) for f in fields)
        forms = [f.strip() for f in hindi.split("|") if f.strip()]
        if not all(any("\u0900" <= c <= "\u097f" for c in f) for f in forms):
            print(f"{path}:{number}: skipped (a form without Devanagari): {line!r}", file=sys.stderr)
            bad += 1
            continue
        key = (english, kind)
        if key not in rows:
            rows[key] = []
            order.append(key)
        for form in forms:
            if form not in rows[key]:
                rows[key].append(form)

sys.stdout.write(HEADER)
for english, kind in sorted(order, key=lambda k: (k[0].lower(), k[0], k[1])):
    sys.stdout.write(f"{english}\t{'|'.join(rows[(english, kind)])}\t{kind}\n")
print(f"{len(order)} entries written, {bad} rows skipped", file=sys.stderr)
