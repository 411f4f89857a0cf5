#!/usr/bin/env python3
"""Name lookup accuracy (issue 7): `make eval-lookup`.

1. Gazetteer, English -> Hindi: a fresh store gets the Hindi side of Dictionaries/names-dev.tsv
   plus generated distractor names (Hindi side only), through `sangam names import`; every
   English name of names-dev is then looked up (`sangam lookup --batch --json`). Hit@k when one
   of the first k answers is the row's Hindi spelling (or its listed variant).
2. Gazetteer, Hindi -> English: the same with the scripts swapped.
3. Latency percentiles of those lookups (`--timings`, in-process, per query).
4. Baseline in the same run: ICU romanisation (`uconv -x 'Devanagari-Latin; Latin-ASCII'`) plus
   edit distance (rapidfuzz, from PyPI into .build/eval-venv) over the same gazetteer.
5. Corpus: `sangam run Corpus/` into a fresh store, and every row of
   Benchmarks/entities-dev/corpus-names.tsv (the persons, places and organisations named in both
   versions of a pair) checked for one entity with both spellings, mined from the corpus.

Distractors are real names recombined: the training lists' (never names-dev's) persons' given
names with other rows' surnames, English and Hindi recombined alike, plus the training lists'
rows themselves; none has an English or Hindi spelling that names-dev has.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import REPO, venv_python_with  # noqa: E402

DICTIONARIES = REPO / "Dictionaries"


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[0].lower() == "english" or cols[0] == "en_id":
                continue
            rows.append(cols)
    return rows


def dev_rows() -> list[dict]:
    rows = []
    for cols in read_tsv(DICTIONARIES / "names-dev.tsv"):
        english, hindi = cols[0], cols[1]
        note = cols[3] if len(cols) > 3 else ""
        variants = {hindi}
        if note.startswith("variant: "):
            variants.add(note[len("variant: "):])
        rows.append({"english": english, "hindi": hindi, "variants": variants, "note": note})
    return rows


def distractors(count: int, exclude_en: set[str], exclude_hi: set[str], seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    pairs, people = [], []
    for path in sorted(DICTIONARIES.glob("names-train-*.tsv")):
        for cols in read_tsv(path):
            if len(cols) < 2 or not cols[0] or not cols[1]:
                continue
            pairs.append((cols[0], cols[1]))
            en, hi = cols[0].split(), cols[1].split()
            if len(en) >= 2 and len(en) == len(hi):
                people.append((en, hi))
    out, seen = [], set()

    def add(en: str, hi: str) -> None:
        if en.lower() in exclude_en or hi in exclude_hi or (en.lower(), hi) in seen:
            return
        seen.add((en.lower(), hi))
        out.append((en, hi))

    for en, hi in pairs:
        add(en, hi)
    while len(out) < count:
        a, b = rng.choice(people), rng.choice(people)
        add(" ".join(a[0][:-1] + b[0][-1:]), " ".join(a[1][:-1] + b[1][-1:]))
    rng.shuffle(out)
    return out[:count]


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed ({r.returncode}): {r.stderr[-2000:]}")
    return r


def lookup_accuracy(binary: Path, work: Path, name: str, gazetteer: list[str], queries: list[str],
                    gold: list[set[str]], field: str) -> dict:
    db, listing, batch, timings = (work / f"{name}.db", work / f"{name}.txt", work / f"{name}-queries.txt",
                                   work / f"{name}-timings.txt")
    listing.write_text("\n".join(gazetteer) + "\n", encoding="utf-8")
    batch.write_text("\n".join(queries) + "\n", encoding="utf-8")
    run([binary, "names", "import", "--db", db, "--quiet", listing])
    r = run([binary, "lookup", "--db", db, "--json", "--limit", "5", "--batch", batch, "--timings", timings])
    results = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(results) == len(queries), (len(results), len(queries))
    hits1 = hits5 = 0
    failures, hit1 = [], []
    for query, answers, expected in zip(queries, results, gold):
        found = [a[field] for a in answers["results"]]
        hit1.append(bool(found[:1] and found[0] in expected))
        if hit1[-1]:
            hits1 += 1
        if any(f in expected for f in found[:5]):
            hits5 += 1
        else:
            failures.append((query, sorted(expected)[0], found[:1]))
    times = sorted(float(t) for t in timings.read_text().split())
    return {"n": len(queries), "at1": hits1 / len(queries), "at5": hits5 / len(queries), "failures": failures,
            "hit1": dict(zip(queries, hit1)),
            "p50": statistics.median(times), "p90": times[int(0.9 * len(times))], "p99": times[int(0.99 * len(times))],
            "max": times[-1]}


_BASELINE = r"""
import json, sys
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
data = json.load(sys.stdin)
choices = data["choices"]
out = []
for q in data["queries"]:
    best = process.extract(q, choices, scorer=Levenshtein.distance, limit=1)
    out.append(best[0][2] if best else -1)
print(json.dumps(out))
"""


def icu_baseline(gazetteer_hi: list[str], queries_en: list[str], gold: list[set[str]],
                 gazetteer_en: list[str], queries_hi: list[str], gold_en: list[set[str]]) -> str:
    python = venv_python_with("rapidfuzz")
    if python is None:
        return "baseline skipped: rapidfuzz could not be installed"

    def romanise(lines: list[str]) -> list[str]:
        r = subprocess.run(["uconv", "-x", "Devanagari-Latin; Latin-ASCII; Lower"], input="\n".join(lines) + "\n",
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
        return r.stdout.split("\n")[:len(lines)]

    def best(queries: list[str], choices: list[str]) -> list[int]:
        r = subprocess.run([str(python), "-c", _BASELINE], input=json.dumps({"queries": queries, "choices": choices}),
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr[-500:])
        return json.loads(r.stdout)

    try:
        roman_hi = romanise(gazetteer_hi)
        picks = best([q.lower() for q in queries_en], roman_hi)
        en_hi = sum(1 for p, g in zip(picks, gold) if p >= 0 and gazetteer_hi[p] in g) / len(queries_en)
        picks = best(romanise(queries_hi), [e.lower() for e in gazetteer_en])
        hi_en = sum(1 for p, g in zip(picks, gold_en) if p >= 0 and gazetteer_en[p] in g) / len(queries_hi)
    except (RuntimeError, FileNotFoundError) as error:
        return f"baseline skipped: {str(error)[-300:]}"
    return f"{en_hi * 100:.1f} % English → Hindi, {hi_en * 100:.1f} % Hindi → English"


def corpus_check(binary: Path, work: Path) -> list[str]:
    db = work / "corpus.db"
    run([binary, "run", REPO / "Corpus", "--db", db, "--out", work / "corpus-out", "--quiet"])
    con = sqlite3.connect(db)
    rows = read_tsv(REPO / "Benchmarks" / "entities-dev" / "corpus-names.tsv")
    by_type: dict[str, list[int]] = {}
    missed = []
    for en_id, hi_id, english, hindi, kind in rows:
        found = con.execute("""
            SELECT COUNT(*) FROM entity_form e JOIN entity_form h ON h.entity_id = e.entity_id
            WHERE e.language = 'en' AND h.language = 'hi' AND e.text = ? AND h.text = ?
              AND e.mentions > 0 AND h.mentions > 0""", (english, hindi)).fetchone()[0] > 0
        counts = by_type.setdefault(kind, [0, 0])
        counts[0] += found
        counts[1] += 1
        if not found:
            missed.append(f"    {kind:<12} {english} / {hindi}  ({en_id.split('/')[-1]})")
    lines = ["| type | found as one entity with both spellings |", "|---|---:|"]
    for kind in ("person", "place", "organisation"):
        if kind in by_type:
            ok, n = by_type[kind]
            lines.append(f"| {kind} | {ok} / {n} ({ok / n * 100:.1f} %) |")
    ok, n = sum(v[0] for v in by_type.values()), sum(v[1] for v in by_type.values())
    lines.append(f"| all | {ok} / {n} ({ok / n * 100:.1f} %) |")
    entities = con.execute("SELECT COUNT(*) FROM entity").fetchone()[0]
    lines.append(f"\n{entities} entities mined from Corpus/. Not found:")
    return lines + missed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(REPO / ".build" / "release" / "sangam"))
    ap.add_argument("--distractors", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--failures", type=int, default=25, help="failures listed per direction")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    binary = Path(args.binary).resolve()

    rows = dev_rows()
    exclude_en = {r["english"].lower() for r in rows}
    exclude_hi = {v for r in rows for v in r["variants"]}
    extra = distractors(args.distractors, exclude_en, exclude_hi, args.seed)
    hard = [r for r in rows if r["note"].startswith("translated") or r["note"].startswith("expected-hard")]

    with tempfile.TemporaryDirectory(prefix="sangam-eval-lookup-") as tmp:
        work = Path(tmp)
        gaz_hi = sorted({r["hindi"] for r in rows}) + [hi for _, hi in extra]
        gaz_en = sorted({r["english"] for r in rows}) + [en for en, _ in extra]
        en_hi = lookup_accuracy(binary, work, "en-hi", gaz_hi, [r["english"] for r in rows],
                                [r["variants"] for r in rows], "hi")
        gold_en = [{x["english"] for x in rows if x["hindi"] == r["hindi"]} for r in rows]
        hi_en = lookup_accuracy(binary, work, "hi-en", gaz_en, [r["hindi"] for r in rows], gold_en, "en")
        baseline = "" if args.no_baseline else icu_baseline(
            gaz_hi, [r["english"] for r in rows], [r["variants"] for r in rows],
            gaz_en, [r["hindi"] for r in rows], gold_en)
        corpus = corpus_check(binary, work)

    hard_queries = {r["english"] for r in hard} | {r["hindi"] for r in hard}
    print(f"# Name lookup: {len(rows)} names of Dictionaries/names-dev.tsv among {args.distractors:,} distractors")
    print(f"(each direction's gazetteer holds only the target script; {len(hard)} rows are marked translated "
          "or expected-hard in names-dev and count as failures when missed)\n")
    print("| direction | accuracy@1 | accuracy@5 | @1 without translated/hard rows | p50 | p90 | p99 | max |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, result in (("English → Hindi", en_hi), ("Hindi → English", hi_en)):
        easy = [hit for query, hit in result["hit1"].items() if query not in hard_queries]
        result["at1_easy"] = sum(easy) / len(easy)
        print(f"| {label} | {result['at1'] * 100:.1f} % | {result['at5'] * 100:.1f} % | "
              f"{result.get('at1_easy', float('nan')) * 100:.1f} % | {result['p50'] / 1000:.2f} ms | "
              f"{result['p90'] / 1000:.2f} ms | {result['p99'] / 1000:.2f} ms | {result['max'] / 1000:.2f} ms |")
    if baseline:
        print(f"\nBaseline (ICU romanisation + edit distance, same gazetteers), accuracy@1: {baseline}")
    for label, result in (("English → Hindi", en_hi), ("Hindi → English", hi_en)):
        print(f"\n{label}: {len(result['failures'])} not in the first five (first {args.failures}):")
        for query, expected, got in result["failures"][:args.failures]:
            mark = " (translated/hard)" if query in hard_queries else ""
            print(f"    {query} → expected {expected}, got {got[0] if got else '—'}{mark}")
    print("\n# Corpus/: names in both versions of a pair (Benchmarks/entities-dev/corpus-names.tsv)\n")
    print("\n".join(corpus))


if __name__ == "__main__":
    main()
