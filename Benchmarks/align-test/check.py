#!/usr/bin/env python3
"""Sanity check for the align-test set (docs/*.en, docs/*.hi, gold/*.tsv).

Errors (exit status 1): missing files, whitespace-only lines, ids out of range,
non-contiguous ids inside a bead, empty bead sides, non-monotonic or
overlapping beads.  Warnings: lines that do not end in sentence-final
punctuation, or that seem to contain an internal sentence boundary.
Prints per pair: sentence counts and bead-shape counts.
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
END = re.compile(r'[.?!।]["\'”’)]*$')
# an internal sentence end: terminal punctuation (+ optional closing quote) then space
INTERNAL = re.compile(r'[?!।]["\'”’]?\s+\S|[^\d\s.][.]["\'”’]?\s+[A-Z"]')
DATELINE_HI = re.compile(r'^[^।]*\d+ \S+( \(\S+\))?। ')   # "लखनऊ, 9 दिसंबर (आईएएनएस)। ..."


def read_doc(path, errors, warnings):
    raw = path.read_text(encoding='utf-8')
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    sents = []
    for no, line in enumerate(lines, 1):
        if line == '':
            continue                      # paragraph separator (allowed)
        if not line.strip():
            errors.append(f'{path.name}:{no}: whitespace-only line')
            continue
        if line != line.strip():
            errors.append(f'{path.name}:{no}: leading/trailing whitespace')
        if unicodedata.normalize('NFC', line) != line:
            warnings.append(f'{path.name}:{no}: not NFC-normalised')
        body = DATELINE_HI.sub('', line) if not sents else line
        if not END.search(line):
            warnings.append(f'{path.name}:{no}: no sentence-final punctuation: {line[:60]!r}')
        if INTERNAL.search(body):
            warnings.append(f'{path.name}:{no}: possible internal sentence end: {line[:60]!r}')
        sents.append(line)
    return sents


def parse_ids(field, where, errors):
    try:
        ids = [int(x) for x in field.split(',')]
    except ValueError:
        errors.append(f'{where}: bad id list {field!r}')
        return None
    if not ids:
        errors.append(f'{where}: empty side')
        return None
    if ids != list(range(ids[0], ids[0] + len(ids))):
        errors.append(f'{where}: ids not contiguous ascending {field!r}')
    return ids


def check_pair(slug, errors, warnings):
    en_p, hi_p, gold_p = ROOT / 'docs' / f'{slug}.en', ROOT / 'docs' / f'{slug}.hi', ROOT / 'gold' / f'{slug}.tsv'
    for p in (en_p, hi_p, gold_p):
        if not p.exists():
            errors.append(f'{slug}: missing {p.relative_to(ROOT)}')
            return None
    en = read_doc(en_p, errors, warnings)
    hi = read_doc(hi_p, errors, warnings)
    shapes = {'1-1': 0, '1-2': 0, '2-1': 0, 'other': 0}
    last_en = last_hi = -1
    used_en, used_hi = set(), set()
    nbeads = 0
    for no, line in enumerate(gold_p.read_text(encoding='utf-8').splitlines(), 1):
        where = f'{gold_p.name}:{no}'
        if not line.strip():
            errors.append(f'{where}: blank line')
            continue
        parts = line.split('\t')
        if len(parts) != 2:
            errors.append(f'{where}: expected EN_IDS<TAB>HI_IDS, got {line!r}')
            continue
        e = parse_ids(parts[0], where, errors)
        h = parse_ids(parts[1], where, errors)
        if e is None or h is None:
            continue
        nbeads += 1
        if max(e) >= len(en) or min(e) < 0:
            errors.append(f'{where}: EN id out of range 0..{len(en) - 1}: {e}')
        if max(h) >= len(hi) or min(h) < 0:
            errors.append(f'{where}: HI id out of range 0..{len(hi) - 1}: {h}')
        if used_en & set(e) or used_hi & set(h):
            errors.append(f'{where}: sentence used in more than one bead')
        if min(e) <= last_en or min(h) <= last_hi:
            errors.append(f'{where}: bead not monotonic (after EN {last_en}, HI {last_hi})')
        used_en |= set(e)
        used_hi |= set(h)
        last_en, last_hi = max(e), max(h)
        key = f'{len(e)}-{len(h)}'
        shapes[key if key in shapes else 'other'] += 1
    return {
        'en': len(en), 'hi': len(hi), 'beads': nbeads, **shapes,
        'en_unaligned': sorted(set(range(len(en))) - used_en),
        'hi_unaligned': sorted(set(range(len(hi))) - used_hi),
    }


def main():
    slugs = sorted({p.stem for p in (ROOT / 'docs').glob('*.en')} |
                   {p.stem for p in (ROOT / 'docs').glob('*.hi')} |
                   {p.stem for p in (ROOT / 'gold').glob('*.tsv')})
    errors, warnings = [], []
    total = {}
    print(f'{"slug":46} {"EN":>3} {"HI":>3} {"beads":>5} {"1-1":>4} {"1-2":>4} {"2-1":>4} {"oth":>4}  unaligned EN | HI')
    for slug in slugs:
        r = check_pair(slug, errors, warnings)
        if r is None:
            continue
        for k in ('en', 'hi', 'beads', '1-1', '1-2', '2-1', 'other'):
            total[k] = total.get(k, 0) + r[k]
        print(f'{slug:46} {r["en"]:3} {r["hi"]:3} {r["beads"]:5} {r["1-1"]:4} {r["1-2"]:4} {r["2-1"]:4} {r["other"]:4}  '
              f'{r["en_unaligned"]} | {r["hi_unaligned"]}')
    if total:
        print(f'{"TOTAL":46} {total["en"]:3} {total["hi"]:3} {total["beads"]:5} {total["1-1"]:4} '
              f'{total["1-2"]:4} {total["2-1"]:4} {total["other"]:4}')
    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print(f'{len(slugs)} pairs, {len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
