#!/usr/bin/env python3
"""Name lookup speed (issue 7): `sangam names import` of 1,000,000 names and `sangam lookup --batch`
of 10,000 queries over them.

Targets: the import of 1,000,000 names in under 60 s; over that store, a lookup's p50 under 2 ms
and p99 under 10 ms (in-process, per query, from `--timings`); 10,000 batch queries in under 5 s
(the whole `sangam lookup --batch` process: start, opening the store, all queries, output).

The names are real name words recombined, deterministically (seeded): the person rows of
Dictionaries/names-train-*.tsv whose English and Hindi have the same number of words (two or
more) give their given names, another row gives the surname, English and Hindi alike, and about
a third get a middle word from a third row. Every name's English and every name's Hindi is
distinct in its matching form (`sangam normalize --form match`, word by word), so each pair
makes its own entity and each query has one right answer. They go to a temporary file as
english<TAB>hindi lines and are imported once into a fresh store (wall time, CPU time, peak RSS
from GNU time).

The queries: 5 % are names not in the store (held-out recombinations, half in each script); of
the rest, half are English and half Hindi spellings of stored names sampled without
replacement, and a quarter of the English ones are perturbed by dropping or doubling one vowel
(Kejriwal -> Kejriwaal). The batch runs --runs times (default 3; the first may be cold) and the
report gives the median of each figure. Accuracy@1 on the unperturbed stored queries (the other
script of the sampled pair as the first answer) is a sanity figure, not a target.

Usage: python3 Benchmarks/lookup-throughput.py [--binary .build/release/sangam] [--names 1000000]
       [--queries 10000] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (REPO, Runner, add_binary_and_runs, binary_description, header_lines,  # noqa: E402
                      load_line, mib, resolve_binary, utc_now, write_report)

DICTIONARIES = REPO / "Dictionaries"
SEED = 20251209

# Targets from the issue (for 1,000,000 names and 10,000 queries).
TARGET_IMPORT_S = 60.0
TARGET_IMPORT_NAMES = 1_000_000
TARGET_P50_MS = 2.0
TARGET_P99_MS = 10.0
TARGET_BATCH_S = 5.0
TARGET_BATCH_QUERIES = 10_000

THREE_WORD_SHARE = 0.3   # names given a middle word from a third row
ABSENT_SHARE = 0.05      # queries for names not in the store
PERTURBED_SHARE = 0.25   # English queries with one vowel dropped or doubled
VOWELS = "aeiou"

# `names.tsv: 1000000 names (1000000 new entities, 2000000 new spellings, 0 merged), 0 lines skipped`
_SUMMARY = re.compile(r"(\d+) names? \((\d+) new entit(?:y|ies), (\d+) new spellings?, (\d+) merged\), (\d+) lines? skipped")


# ---------------------------------------------------------------------------------------
# Generated names and queries
# ---------------------------------------------------------------------------------------


def person_rows() -> list[tuple[list[str], list[str]]]:
    """(English words, Hindi words) of the training lists' persons with as many words in each script (≥ 2)."""
    rows = []
    for path in sorted(DICTIONARIES.glob("names-train-*.tsv")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 3 or cols[0].lower() == "english" or cols[0].startswith("#"):
                    continue
                if cols[2] != "person":
                    continue
                en, hi = cols[0].split(), cols[1].split()
                if len(en) >= 2 and len(en) == len(hi):
                    rows.append((en, hi))
    if not rows:
        sys.exit(f"error: no two-word person rows in {DICTIONARIES}/names-train-*.tsv")
    return rows


def matching_forms(binary: Path, words: list[str]) -> dict[str, str]:
    """Each word's matching form, from `sangam normalize --form match` (one word a line)."""
    r = subprocess.run([str(binary), "normalize", "--form", "match"], input="\n".join(words) + "\n",
                       capture_output=True, text=True)
    forms = r.stdout.split("\n")
    if r.returncode != 0 or len(forms) < len(words):
        sys.exit(f"error: sangam normalize --form match failed ({r.returncode}): {r.stderr[-1000:]}")
    return dict(zip(words, forms))


def generate(binary: Path, count: int, rng: random.Random) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """`count` distinct (English, Hindi) names, and the word -> matching form table used."""
    people = person_rows()
    form = matching_forms(binary, sorted({w for en, hi in people for w in en + hi}))
    seen_en: set[tuple[str, ...]] = set()
    seen_hi: set[tuple[str, ...]] = set()
    out: list[tuple[str, str]] = []
    attempts = 0
    while len(out) < count:
        attempts += 1
        if attempts > 20 * count + 100_000:
            sys.exit(f"error: only {len(out):,} distinct names after {attempts:,} attempts (wanted {count:,})")
        a, b = rng.choice(people), rng.choice(people)
        en, hi = a[0][:-1], a[1][:-1]
        if len(en) == 1 and rng.random() < THREE_WORD_SHARE:
            c = rng.choice(people)
            j = rng.choice((0, -1))
            en, hi = en + [c[0][j]], hi + [c[1][j]]
        en, hi = en + [b[0][-1]], hi + [b[1][-1]]
        ken, khi = tuple(form[w] for w in en), tuple(form[w] for w in hi)
        if len(set(ken)) < len(ken) or len(set(khi)) < len(khi):  # "Kumar Kumar"
            continue
        if ken in seen_en or khi in seen_hi:
            continue
        seen_en.add(ken)
        seen_hi.add(khi)
        out.append((" ".join(en), " ".join(hi)))
    return out, form


def english_key(name: str, form: dict[str, str]) -> tuple[str, ...]:
    return tuple(form.get(w) or unicodedata.normalize("NFKC", w).casefold() for w in name.split())


def perturb(name: str, rng: random.Random, taken: set[tuple[str, ...]], form: dict[str, str]) -> str | None:
    """The English name with one vowel (not a word's first letter) dropped or doubled, not another stored name."""
    words = name.split()
    for _ in range(20):
        wi = rng.randrange(len(words))
        w = words[wi]
        places = [i for i, ch in enumerate(w) if i > 0 and ch in VOWELS]
        if not places:
            continue
        i = rng.choice(places)
        if len(w) >= 4 and rng.random() < 0.5:
            new = w[:i] + w[i + 1:]
        else:
            new = w[:i] + w[i] + w[i:]
        candidate = " ".join(words[:wi] + [new] + words[wi + 1:])
        if english_key(candidate, form) not in taken:
            return candidate
    return None


def make_queries(stored: list[tuple[str, str]], absent: list[tuple[str, str]], count: int,
                 rng: random.Random, form: dict[str, str]) -> list[dict]:
    """The query records, shuffled: query, script, kind (exact, perturbed, absent), expected answer."""
    n_absent = len(absent)
    n_present = count - n_absent
    n_en = n_present // 2
    picks = rng.sample(range(len(stored)), n_present)
    taken = {english_key(en, form) for en, _ in stored}
    queries = []
    for k, i in enumerate(picks):
        en, hi = stored[i]
        if k < n_en:
            q = {"query": en, "script": "en", "kind": "exact", "expected": hi}
            if rng.random() < PERTURBED_SHARE:
                p = perturb(en, rng, taken, form)
                if p is not None:
                    q.update(query=p, kind="perturbed", original=en)
        else:
            q = {"query": hi, "script": "hi", "kind": "exact", "expected": en}
        queries.append(q)
    for k, (en, hi) in enumerate(absent):
        queries.append({"query": en, "script": "en", "kind": "absent", "expected": None} if k % 2 == 0 else
                       {"query": hi, "script": "hi", "kind": "absent", "expected": None})
    rng.shuffle(queries)
    return queries


# ---------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list (p in 0..100)."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def latency(times_us: list[float]) -> dict:
    s = sorted(times_us)
    return {"n": len(s), "p50": percentile(s, 50), "p90": percentile(s, 90), "p99": percentile(s, 99),
            "max": s[-1] if s else float("nan"), "mean": statistics.fmean(s) if s else float("nan")}


def score(queries: list[dict], results: list[dict]) -> dict:
    """Accuracy@1 and @5 by kind; what answers the absent names first."""
    out: dict = {}
    for kind in ("exact", "perturbed"):
        for script in ("en", "hi", "all"):
            n = at1 = at5 = 0
            for q, r in zip(queries, results):
                if q["kind"] != kind or (script != "all" and q["script"] != script):
                    continue
                field = "hi" if q["script"] == "en" else "en"
                found = [a.get(field) for a in r["results"]]
                n += 1
                at1 += bool(found[:1] and found[0] == q["expected"])
                at5 += q["expected"] in found[:5]
            if n:
                out[f"{kind} {script}"] = {"n": n, "at1": at1 / n, "at5": at5 / n}
    first_source: dict[str, int] = {}
    for q, r in zip(queries, results):
        if q["kind"] == "absent":
            source = r["results"][0]["source"] if r["results"] else "none"
            first_source[source] = first_source.get(source, 0) + 1
    out["absent first answer"] = first_source
    return out


def ms(us: float) -> str:
    return f"{us / 1000:.2f} ms"


def verdict(ok: bool) -> str:
    return "yes" if ok else "**NO**"


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_binary_and_runs(ap, runs=3, per="lookup batch")
    ap.add_argument("--names", type=int, default=1_000_000, help="names imported (default: 1000000)")
    ap.add_argument("--queries", type=int, default=10_000, help="queries in the batch (default: 10000)")
    ap.add_argument("--seed", type=int, default=SEED, help=f"generator seed (default: {SEED})")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep the store, name list and queries there")
    ap.add_argument("--cpu", type=int, default=None, help="pin every run to this core with taskset (default: not pinned)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds allowed per run (default: 1800)")
    args = ap.parse_args()
    if args.names < 1 or args.queries < 2 or args.runs < 1:
        sys.exit("error: --names, --queries (at least 2) and --runs must be positive")
    binary = resolve_binary(args.binary)
    os.environ.setdefault("SANGAM_DICTIONARIES", str(DICTIONARIES))
    pin = []
    if args.cpu is not None:
        if not shutil.which("taskset"):
            sys.exit("error: --cpu needs taskset (util-linux)")
        pin = ["taskset", "-c", str(args.cpu)]

    rng = random.Random(args.seed)
    n_absent = max(2, round(args.queries * ABSENT_SHARE))
    t0 = time.perf_counter()
    print(f"generating {args.names:,} names (+ {n_absent} held out) ...", file=sys.stderr)
    names, form = generate(binary, args.names + n_absent, rng)
    stored, absent = names[:args.names], names[args.names:]
    queries = make_queries(stored, absent, args.queries, rng, form)
    print(f"generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    if args.keep:
        work = Path(args.keep).resolve()
        work.mkdir(parents=True, exist_ok=True)
        cleanup = None
    else:
        cleanup = tempfile.TemporaryDirectory(prefix="sangam-lookup-throughput-")
        work = Path(cleanup.name)
    try:
        db = work / "lookup.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        listing, batch = work / "names.tsv", work / "queries.txt"
        with listing.open("w", encoding="utf-8") as f:
            f.writelines(f"{en}\t{hi}\n" for en, hi in stored)
        batch.write_text("".join(q["query"] + "\n" for q in queries), encoding="utf-8")
        (work / "queries.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries),
                                            encoding="utf-8")

        runner = Runner(pin, args.timeout, keep_stdout=True)
        load_before = os.getloadavg()
        try:
            print(f"importing {args.names:,} names into a fresh store (once) ...", file=sys.stderr)
            imp_wall, imp_cpu, imp_rss, imp_out, imp_err = runner.run(
                [str(binary), "names", "import", "--db", str(db), "--quiet", str(listing)])
            summary = imp_out.strip()
            print(f"import: {imp_wall:.1f} s: {summary}", file=sys.stderr)
            db_bytes = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())

            runs = []
            for r in range(args.runs):
                timings = work / f"timings-{r + 1}.txt"
                wall, cpu, rss, out, err = runner.run(
                    [str(binary), "lookup", "--db", str(db), "--json", "--limit", "5", "--batch", str(batch),
                     "--timings", str(timings)])
                results = [json.loads(line) for line in out.splitlines() if line.strip()]
                times = [float(t) for t in timings.read_text().split()]
                if len(results) != len(queries) or len(times) != len(queries):
                    sys.exit(f"error: run {r + 1}: {len(results)} JSON lines and {len(times)} timings "
                             f"for {len(queries)} queries\n{err[-2000:]}")
                mismatched = sum(res.get("query") != q["query"] for res, q in zip(results, queries))
                by_kind = {kind: latency([t for t, q in zip(times, queries) if q["kind"] == kind])
                           for kind in ("exact", "perturbed", "absent")}
                by_kind.update({f"{s} exact": latency([t for t, q in zip(times, queries)
                                                       if q["kind"] == "exact" and q["script"] == s])
                                for s in ("en", "hi")})
                runs.append({"wall": wall, "cpu": cpu, "rss_kib": rss, "latency": latency(times),
                             "by_kind": by_kind, "score": score(queries, results), "query_mismatches": mismatched,
                             "stderr": err.strip()[-500:]})
                lat = runs[-1]["latency"]
                print(f"lookup run {r + 1}/{args.runs}: {wall:.2f} s, p50 {ms(lat['p50'])}, p99 {ms(lat['p99'])}",
                      file=sys.stderr)
                if r == 0:
                    slow = sorted(zip(times, range(1, len(queries) + 1), queries), key=lambda x: -x[0])[:10]
        finally:
            runner.close()
        load_after = os.getloadavg()
    finally:
        if cleanup is not None:
            cleanup.cleanup()

    # ---- figures
    m = re.search(_SUMMARY, summary)
    imported = int(m.group(1)) if m else None
    entities = int(m.group(2)) if m else None
    merged = int(m.group(4)) if m else None
    skipped = int(m.group(5)) if m else None
    rate = args.names / imp_wall
    target_rate = TARGET_IMPORT_NAMES / TARGET_IMPORT_S

    def med(f) -> float:
        return statistics.median(f(run) for run in runs)

    p50, p90, p99, pmax = (med(lambda x, k=k: x["latency"][k]) for k in ("p50", "p90", "p99", "max"))
    batch_wall = med(lambda x: x["wall"])
    batch_target = TARGET_BATCH_S * args.queries / TARGET_BATCH_QUERIES
    sc = runs[0]["score"]
    same_scores = all(run["score"] == sc for run in runs)
    n_kind = {k: sum(q["kind"] == k for q in queries) for k in ("exact", "perturbed", "absent")}

    import_target = (f"< {TARGET_IMPORT_S:.0f} s" if args.names == TARGET_IMPORT_NAMES
                     else f"≥ {target_rate:,.0f} names/s (60 s per 1,000,000)")
    lines = header_lines(f"Name lookup throughput: {args.names:,} names, {args.queries:,} queries", utc_now())
    lines += [f"- sangam: {binary_description(binary)}",
              load_line(load_before, load_after),
              f"- runs: import once; lookup batch {args.runs} times, medians; "
              + (f"pinned (`{' '.join(pin)}`)" if pin else "not pinned (both cores available)"),
              f"- names: {args.names:,} recombined from the person rows of Dictionaries/names-train-*.tsv "
              f"(seed {args.seed}); queries: {n_kind['exact']:,} exact ({sum(q['kind'] == 'exact' and q['script'] == 'en' for q in queries):,} English, "
              f"{sum(q['kind'] == 'exact' and q['script'] == 'hi' for q in queries):,} Hindi), "
              f"{n_kind['perturbed']:,} English with a vowel dropped or doubled, {n_kind['absent']:,} not in the store",
              ""]
    lines += ["| figure | measured | target | met? |", "|---|---:|---:|:---:|",
              f"| import of {args.names:,} names, wall | {imp_wall:.1f} s | {import_target} | "
              f"{verdict(rate >= target_rate)} |",
              f"| import rate | {rate:,.0f} names/s | ≥ {target_rate:,.0f} names/s | {verdict(rate >= target_rate)} |",
              f"| import CPU time, peak RSS | {imp_cpu:.1f} s, {mib(imp_rss)} | — | |",
              f"| store size after import | {db_bytes / 1e6:,.0f} MB | — | |",
              f"| lookup p50 (in-process, per query) | {ms(p50)} | < {TARGET_P50_MS:g} ms | {verdict(p50 / 1000 < TARGET_P50_MS)} |",
              f"| lookup p90 | {ms(p90)} | — | |",
              f"| lookup p99 | {ms(p99)} | < {TARGET_P99_MS:g} ms | {verdict(p99 / 1000 < TARGET_P99_MS)} |",
              f"| lookup max | {ms(pmax)} | — | |",
              f"| batch of {args.queries:,} queries, whole process wall | {batch_wall:.2f} s | < {batch_target:g} s"
              f"{'' if args.queries == TARGET_BATCH_QUERIES else ' (5 s per 10,000)'} | "
              f"{verdict(batch_wall < batch_target)} |",
              f"| lookup process CPU time, peak RSS | {med(lambda x: x['cpu']):.2f} s, "
              f"{mib(max(run['rss_kib'] for run in runs))} | — | |"]
    for key, label in (("exact en", "English → Hindi"), ("exact hi", "Hindi → English")):
        if key in sc:
            lines.append(f"| *sanity, not a target:* accuracy@1, unperturbed {label} ({sc[key]['n']:,}) | "
                         f"{sc[key]['at1'] * 100:.1f} % | — | |")
    if "perturbed en" in sc:
        lines.append(f"| *sanity, not a target:* accuracy@1, perturbed English → Hindi ({sc['perturbed en']['n']:,}) | "
                     f"{sc['perturbed en']['at1'] * 100:.1f} % | — | |")

    lines += ["", "Lookup latency by kind of query (medians over the runs):", "",
              "| queries | n | p50 | p90 | p99 | max |", "|---|---:|---:|---:|---:|---:|"]
    for kind, label in (("en exact", "English, exact"), ("hi exact", "Hindi, exact"),
                        ("perturbed", "English, vowel dropped/doubled"), ("absent", "not in the store")):
        if runs[0]["by_kind"][kind]["n"]:
            lines.append(f"| {label} | {runs[0]['by_kind'][kind]['n']:,} | "
                         + " | ".join(ms(med(lambda x, k=k: x["by_kind"][kind][k])) for k in ("p50", "p90", "p99", "max"))
                         + " |")
    lines += ["", "Per run (wall s / p50 / p99): " + "; ".join(
        f"{run['wall']:.2f} s / {ms(run['latency']['p50'])} / {ms(run['latency']['p99'])}" for run in runs) + ".",
        f"Import summary: `{summary}`."]
    notes = []
    if imported is not None and (imported != args.names or entities != args.names or merged or skipped):
        notes.append(f"the import reports {imported:,} names, {entities:,} new entities, {merged:,} merged, "
                     f"{skipped:,} lines skipped (expected {args.names:,} names as as many entities)")
    if m is None:
        notes.append("the import's summary line was not recognised")
    if imp_err.strip():
        notes.append(f"import stderr: `{imp_err.strip()[-300:]}`")
    if any(run["query_mismatches"] for run in runs):
        notes.append("some JSON lines echo a different query than the one on their line of the batch")
    if not same_scores:
        notes.append("accuracy differs between runs (figures above are from the first run)")
    first = sc.get("absent first answer", {})
    if first:
        notes.append("first answer to the names not in the store: "
                     + ", ".join(f"{source} {n}" for source, n in sorted(first.items())))
    lines += [""] + [f"- note: {n}" for n in notes]
    lines += ["", "Slowest queries of the first run:", ""]
    lines += [f"- {ms(t)}: `{q['query']}` ({q['kind']}, {q['script']}; line {i:,} of the batch)" for t, i, q in slow]

    write_report("lookup-throughput", lines, {
        "names": args.names, "queries": args.queries, "seed": args.seed, "binary": str(binary),
        "import": {"wall": imp_wall, "cpu": imp_cpu, "max_rss_kib": imp_rss, "summary": summary,
                   "db_bytes": db_bytes, "names_per_s": rate},
        "lookup": {"median": {"wall": batch_wall, "p50_us": p50, "p90_us": p90, "p99_us": p99, "max_us": pmax},
                   "runs": runs},
        "targets": {"import_s": TARGET_IMPORT_S, "p50_ms": TARGET_P50_MS, "p99_ms": TARGET_P99_MS,
                    "batch_s": batch_target},
        "met": {"import": rate >= target_rate, "p50": p50 / 1000 < TARGET_P50_MS, "p99": p99 / 1000 < TARGET_P99_MS,
                "batch": batch_wall < batch_target},
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
