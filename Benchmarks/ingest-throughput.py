#!/usr/bin/env python3
"""Ingest throughput benchmark for `sangam ingest`.

Builds deterministic sets of mixed English/Hindi news from Corpus/en, Corpus/hi and
Corpus/jsonl (Benchmarks/output/, reused when already built with the same parameters):

  main    --articles articles (default 20,000): half as scraped-page .txt files in
          subdirectories of 500, half as JSONL files of 1,000 records
  small   a quarter of that, laid out the same way (the memory-flatness comparison)
  single  --single-jsonl records (default: --articles) in one JSONL file (peak memory
          must not grow with one file's size either)

then times on one core, round-robin, N runs each:

  sangam ingest --db FRESH.db --quiet SET-DIR      (into a new, empty database)
  sangam ingest --db FRESH.db --quiet SET-DIR      (again: the rerun, nothing to add)

and reports median wall time, articles per second, peak RSS and database size, checks
the count of articles the summary line reports against the generated count, and prints
PASS/FAIL for the targets: >= 2,000 articles/s on one core, peak memory < 300 MB
whatever the input size.

Python 3 standard library only. Usage (from any directory):

  python3 Benchmarks/ingest-throughput.py --binary .build/release/sangam [--runs 3] [--articles 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

# The shared code lives beside this script; import it from there whatever the cwd. No
# __pycache__ is written into the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (ASCII_DIGITS, CORPUS, DEVANAGARI_DIGITS, MB, MIB, OUTPUT, REPO,  # noqa: E402
                      Runner, Samples, add_binary_and_runs, add_cpu_and_timeout, binary_description,
                      blocks, hash_file, header_lines, load_line, memory_growth, mib, noise_warning,
                      pin_command, read_meta, resolve_binary, rotated, utc_now, vary_numbers,
                      write_json, write_report)

# Bump when the generator changes, so old sets are not reused by mistake.
GENERATOR_VERSION = 1
SEED = 20251207
PAGES_PER_DIR = 500
RECORDS_PER_JSONL = 1000

# Targets from the issue.
TARGET_ARTICLES_PER_S = 2000
TARGET_RSS_BYTES = 300 * MB

# ---------------------------------------------------------------------------------------
# Source articles
# ---------------------------------------------------------------------------------------

# `Seoul, Dec 6 (IANS) …`, `नई दिल्ली, 6 दिसंबर (आईएएनएस) …`: place, date, agency, rest.
_DATELINE = re.compile(r"^(?P<place>[^,.।?!]{1,40}),(?P<date>[^(]{1,30})\((?P<agency>[^)]{2,20})\)(?P<rest>.*)$",
                       re.S)
_TRAILER = re.compile(r"^[-–—]+\s*\S")

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MONTHS_SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sep", "Oct",
                   "Nov", "Dec"]
HI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
             "अक्टूबर", "नवंबर", "दिसंबर"]


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n")
    paras = [p.strip() for p in re.split(r"\n[ \t]*\n+", text)]
    return [p for p in paras if p]


def _has_devanagari_digits(text: str) -> bool:
    return any(c in DEVANAGARI_DIGITS for c in text)


def _load_sources() -> tuple[dict[str, list[dict]], dict[str, list[dict]], str]:
    """Read the source articles: (page sources by language, JSONL sources by language, digest).

    A page source: {name, lang, title, place, agency, devanagari (digits in its date line),
    body: [paragraphs after the dateline's], tail: [trailer, desk code, related headlines]}.
    JSONL sources are the page sources plus the wire records of Corpus/jsonl (whose text may
    have no dateline: then place is None and every paragraph is body).
    """
    digest = hashlib.sha256()
    pages: dict[str, list[dict]] = {"en": [], "hi": []}
    for lang in ("en", "hi"):
        paths = sorted((CORPUS / lang).glob("*.txt"))
        if not paths:
            sys.exit(f"error: no source articles in {CORPUS / lang}")
        for path in paths:
            raw = path.read_bytes()
            digest.update(f"{lang}/{path.name}\0".encode() + raw + b"\0")
            blocks = _paragraphs(raw.decode("utf-8"))
            date_line, title = blocks[0], blocks[1]
            i = 3 if len(blocks) > 2 and blocks[2] == title else 2
            m = _DATELINE.match(blocks[i]) if i < len(blocks) else None
            end = next((j for j in range(i, len(blocks)) if _TRAILER.match(blocks[j])), None)
            if m is None or end is None:
                sys.exit(f"error: {path} is not in the expected page shape (date line, title twice, "
                         f"dateline `Place, Date (AGENCY) …`, body, `--AGENCY` trailer)")
            pages[lang].append({
                "name": path.stem, "lang": lang, "title": title,
                "place": m.group("place").strip(), "agency": m.group("agency").strip(),
                "devanagari": _has_devanagari_digits(date_line),
                "body": [m.group("rest").strip()] + blocks[i + 1:end], "tail": blocks[end:],
            })
    wire: dict[str, list[dict]] = {"en": [], "hi": []}
    for path in sorted((CORPUS / "jsonl").glob("*.jsonl")):
        raw = path.read_bytes()
        digest.update(f"jsonl/{path.name}\0".encode() + raw + b"\0")
        for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            lang = rec.get("lang") or ("hi" if re.search("[\u0900-\u097f]", rec["text"]) else "en")
            paras = _paragraphs(rec["text"])
            m = _DATELINE.match(paras[0])
            slug = rec.get("url", "").rstrip("/").rsplit("/", 1)[-1] or f"{path.stem}-{n}"
            wire[lang].append({
                "name": slug, "lang": lang, "title": rec.get("title", ""),
                "place": m.group("place").strip() if m else None,
                "agency": m.group("agency").strip() if m else None,
                "devanagari": _has_devanagari_digits(paras[0][:40]),
                "body": ([m.group("rest").strip()] + paras[1:]) if m else paras, "tail": [],
            })
    jsonl = {lang: pages[lang] + wire[lang] for lang in ("en", "hi")}
    return pages, jsonl, digest.hexdigest()


# ---------------------------------------------------------------------------------------
# Generating a set
# ---------------------------------------------------------------------------------------


def _digits(n: int, width: int, devanagari: bool) -> str:
    s = f"{n:0{width}d}"
    return s.translate(str.maketrans(ASCII_DIGITS, DEVANAGARI_DIGITS)) if devanagari else s


def _random_time(rng: random.Random) -> dt.datetime:
    """A publication time between 2023-01-01 and 2025-12-31, to the minute."""
    start = dt.date(2023, 1, 1).toordinal()
    day = dt.date.fromordinal(rng.randint(start, dt.date(2025, 12, 31).toordinal()))
    return dt.datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59))


def _dateline(src: dict, when: dt.datetime) -> str:
    """`Seoul, Dec 6 (IANS)` / `सियोल, 6 दिसंबर (आईएएनएस)` for the article's own date."""
    if src["lang"] == "en":
        date = f"{EN_MONTHS_SHORT[when.month - 1]} {when.day}"
    else:
        date = f"{_digits(when.day, 1, src['devanagari'])} {HI_MONTHS[when.month - 1]}"
    return f"{src['place']}, {date} ({src['agency']})"


def _body(src: dict, when: dt.datetime, rng: random.Random) -> list[str]:
    """The body paragraphs: the dateline paragraph first (when the source has one), the
    others shuffled, every number varied."""
    first, rest = src["body"][0], list(src["body"][1:])
    rng.shuffle(rest)
    rest = [vary_numbers(p, rng) for p in rest]
    if src["place"] is None:
        return [vary_numbers(first, rng)] + rest
    return [f"{_dateline(src, when)} {vary_numbers(first, rng)}"] + rest


def _page_text(src: dict, when: dt.datetime, rng: random.Random) -> str:
    hour12 = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    if src["lang"] == "en":
        date_line = f"{EN_MONTHS[when.month - 1]} {when.day:02d}, {when.year} {hour12}:{when.minute:02d} {ampm} हिंदी"
    else:
        d = src["devanagari"]
        date_line = (f"{_digits(when.day, 2, d)} {HI_MONTHS[when.month - 1]} {_digits(when.year, 4, d)} "
                     f"{_digits(hour12, 2, d)}:{_digits(when.minute, 2, d)} {ampm} English")
    title = vary_numbers(src["title"], rng)
    tail = [vary_numbers(p, rng) for p in src["tail"]]
    blocks = [date_line, title, title] + _body(src, when, rng) + tail
    return "\n\n".join(blocks) + "\n"


def _record(src: dict, when: dt.datetime, k: int, rng: random.Random) -> dict:
    aid = f"bench-{src['lang']}-{when:%Y%m%d}-{k:06d}"
    rec: dict = {"id": aid}
    if k % 20 != 19:  # like the real wire file, a few records leave the language to detection
        rec["lang"] = src["lang"]
    rec["title"] = vary_numbers(src["title"], rng)
    # Mostly full times in India time; one in ten only a date, one in ten in UTC.
    kind = k % 10
    if kind == 3:
        rec["published"] = when.date().isoformat()
    elif kind == 7:
        rec["published"] = (when - dt.timedelta(hours=5, minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        rec["published"] = when.strftime("%Y-%m-%dT%H:%M:00+05:30")
    slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", src["name"])
    rec["url"] = f"https://example.org/{src['lang']}/{when:%Y/%m/%d}/{slug}-{k:06d}"
    rec["source"] = "IANS"
    rec["text"] = "\n\n".join(_body(src, when, rng))
    return rec


def _layout(articles: int, single: bool) -> tuple[int, int]:
    """(page files, JSONL records) of a set."""
    return (0, articles) if single else (articles // 2, articles - articles // 2)


def _generate(root: Path, articles: int, single: bool, seed: str, sources) -> dict:
    """Write the set into root (which must not exist); return its stats.

    Pages: page k (language en for even k, hi for odd) goes to pages/NNN/ (500 per
    directory) named DATE-SLUG-K.txt, so every file name and hence every external id
    (LANG/FILE-NAME) is unique. JSONL: record k (same alternation) goes to
    jsonl/wire-NNN.jsonl (1,000 per file), or all into wire-all.jsonl for the single set.
    Each article is a source article of its language picked with a seeded RNG, with a new
    publication date, its body paragraphs after the dateline shuffled and its numbers varied.
    """
    page_sources, jsonl_sources, _ = sources
    rng = random.Random(seed)
    n_pages, n_records = _layout(articles, single)
    stats = {"articles": articles, "pages": n_pages, "records": n_records, "files": 0,
             "bytes": 0, "en": 0, "hi": 0}
    for k in range(n_pages):
        lang = "en" if k % 2 == 0 else "hi"
        src = rng.choice(page_sources[lang])
        when = _random_time(rng)
        slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", src["name"])
        path = root / "pages" / f"{k // PAGES_PER_DIR:03d}" / f"{when:%Y-%m-%d}-{slug}-{k:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _page_text(src, when, rng).encode("utf-8")
        path.write_bytes(data)
        stats["files"] += 1
        stats["bytes"] += len(data)
        stats[lang] += 1
    out = None
    current = ""
    for k in range(n_records):
        if single:
            name = "wire-all.jsonl"
        else:
            name = f"jsonl/wire-{k // RECORDS_PER_JSONL:03d}.jsonl"
        if name != current:
            if out is not None:
                out.close()
            current = name
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            out = open(root / name, "w", encoding="utf-8")
            stats["files"] += 1
        lang = "en" if k % 2 == 0 else "hi"
        src = rng.choice(jsonl_sources[lang])
        line = json.dumps(_record(src, _random_time(rng), k, rng), ensure_ascii=False) + "\n"
        out.write(line)
        stats["bytes"] += len(line.encode("utf-8"))
        stats[lang] += 1
    if out is not None:
        out.close()
    return stats


def _tree_digest(root: Path) -> tuple[str, int]:
    """SHA-256 over every file's relative path and content, and the file count."""
    h = hashlib.sha256()
    count = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            h.update(str(path.relative_to(root)).encode() + b"\0")
            hash_file(h, path)
            h.update(b"\0")
            count += 1
    return h.hexdigest(), count


def ensure_set(key: str, articles: int, single: bool, sources) -> tuple[Path, dict]:
    """Return (directory, metadata) of a set, generating it unless an identical one exists."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    seed = f"{SEED}-{key}-{articles}"
    params = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "articles": articles,
        "layout": "one JSONL file" if single else
                  f"pages in dirs of {PAGES_PER_DIR} + JSONL files of {RECORDS_PER_JSONL}",
        "sources_sha256": sources[2],
    }
    kind = "single" if single else "mixed"
    root = OUTPUT / f"ingest-{kind}-{articles}-seed{SEED}-v{GENERATOR_VERSION}"
    meta_path = root.with_name(root.name + ".json")
    if root.is_dir() and meta_path.exists():
        meta = read_meta(meta_path)
        if meta.get("params") == params and _tree_digest(root) == (meta.get("sha256"),
                                                                  meta.get("stats", {}).get("files")):
            print(f"corpus: reusing {root.relative_to(REPO)} ({meta['stats']['articles']:,} articles, "
                  f"{meta['stats']['files']:,} file{'s' if meta['stats']['files'] != 1 else ''})", file=sys.stderr)
            return root, meta
    t0 = time.perf_counter()
    tmp = root.with_name(root.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(root, ignore_errors=True)
    tmp.mkdir(parents=True)
    stats = _generate(tmp, articles, single, seed, sources)
    os.replace(tmp, root)
    meta = {"params": params, "stats": stats, "sha256": _tree_digest(root)[0]}
    write_json(meta_path, meta)
    print(f"corpus: generated {root.relative_to(REPO)} ({articles:,} articles: {stats['pages']:,} pages + "
          f"{stats['records']:,} JSONL records in {stats['files']:,} file{'s' if stats['files'] != 1 else ''}, {stats['bytes'] / MB:.1f} MB, "
          f"en {stats['en']:,} / hi {stats['hi']:,}) in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return root, meta


# ---------------------------------------------------------------------------------------
# Running commands
# ---------------------------------------------------------------------------------------

_SUMMARY = re.compile(
    r"(?P<files>\d+) files?: (?P<added>\d+) articles? added, (?P<updated>\d+) updated, "
    r"(?P<unchanged>\d+) unchanged.*?, (?P<sentences>\d+) sentences? stored; "
    r"(?P<failed>\d+) files? with errors, (?P<warnings>\d+) warnings?")


def parse_summary(out: str) -> dict[str, int]:
    """The counts of `sangam ingest`'s summary line (its last line of output)."""
    lines = out.strip().splitlines()
    m = _SUMMARY.search(lines[-1]) if lines else None
    if m is None:
        sys.exit(f"error: cannot read the ingest summary line from the output:\n{out[-2000:]}")
    return {k: int(v) for k, v in m.groupdict().items()}


def remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{db}{suffix}")
        except FileNotFoundError:
            pass


def db_bytes(db: Path) -> int:
    """The database's size on disk: the file plus any WAL left behind."""
    return sum(os.path.getsize(f"{db}{s}") for s in ("", "-wal") if os.path.exists(f"{db}{s}"))


def check(summary: dict[str, int], expected: dict, rerun: bool, argv: list[str], err: str) -> None:
    """Fail loudly unless the run stored (or, on the rerun, skipped) exactly every article."""
    n = expected["articles"]
    want = {"files": expected["files"], "added": 0 if rerun else n, "updated": 0,
            "unchanged": n if rerun else 0, "failed": 0, "warnings": 0}
    wrong = {k: (summary[k], v) for k, v in want.items() if summary[k] != v}
    if wrong:
        detail = ", ".join(f"{k} {got} (expected {v})" for k, (got, v) in wrong.items())
        sys.exit(f"error: {' '.join(argv)}{' (rerun)' if rerun else ''}: {detail}\n"
                 f"stderr (last lines):\n{err[-3000:]}")


# ---------------------------------------------------------------------------------------
# Main: warm-up, the timed runs and the report
# ---------------------------------------------------------------------------------------


def _warm(root: Path) -> None:
    """Read every file of a set once, so the first timed run does not pay for the disk."""
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            with open(Path(dirpath) / name, "rb") as f:
                for _ in blocks(f):
                    pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_binary_and_runs(ap, runs=3, per="set")
    ap.add_argument("--articles", type=int, default=20000,
                    help="articles in the main set; the memory-comparison set has a quarter "
                         "(default: 20000)")
    ap.add_argument("--single-jsonl", type=int, default=None, metavar="N",
                    help="records in the one-big-JSONL-file set; 0 leaves that set out "
                         "(default: --articles)")
    add_cpu_and_timeout(ap)
    args = ap.parse_args()
    if args.runs < 1 or args.articles < 8:
        ap.error("--runs must be at least 1 and --articles at least 8")
    single_n = args.articles if args.single_jsonl is None else args.single_jsonl
    if single_n < 0:
        ap.error("--single-jsonl must not be negative")

    binary = resolve_binary(args.binary)
    pin = pin_command(args.cpu)

    sources = _load_sources()
    small_n = args.articles // 4
    sets: list[tuple[str, str, Path, dict]] = []  # key, label, directory, metadata
    root, meta = ensure_set("main", args.articles, False, sources)
    sets.append(("main", f"{args.articles:,} mixed", root, meta))
    root, meta = ensure_set("small", small_n, False, sources)
    sets.append(("small", f"{small_n:,} mixed", root, meta))
    if single_n:
        root, meta = ensure_set("single", single_n, True, sources)
        sets.append(("single", f"{single_n:,} in one JSONL", root, meta))
    stats = {key: meta["stats"] for key, _, _, meta in sets}

    dbdir = OUTPUT / "ingest-db"
    dbdir.mkdir(parents=True, exist_ok=True)
    runner = Runner(pin, args.timeout, keep_stdout=True)

    def argv_for(key: str, root: Path) -> list[str]:
        return [str(binary), "ingest", "--db", str(dbdir / f"{key}.db"), "--quiet", str(root)]

    # Warm-up: the page cache for every set, the dynamic loader and ICU's data; and one
    # untimed ingest of the small set, checked like the timed ones.
    print("warm-up: reading every set, one untimed ingest of the small set ...", file=sys.stderr)
    for _, _, root, _ in sets:
        _warm(root)
    remove_db(dbdir / "small.db")
    _, _, _, out, err = runner.run(argv_for("small", sets[1][2]))
    check(parse_summary(out), stats["small"], False, argv_for("small", sets[1][2]), err)

    phases = ("fresh", "rerun")
    samples = Samples((k, p) for k, *_ in sets for p in phases)
    dbsizes = {(k, p): [] for k, *_ in sets for p in phases}
    summaries = {(k, p): None for k, *_ in sets for p in phases}
    load_before = os.getloadavg()
    try:
        for r in range(args.runs):
            for key, label, root, _ in rotated(sets, r):
                db = dbdir / f"{key}.db"
                argv = argv_for(key, root)
                remove_db(db)
                for phase in phases:
                    wall, cpu, rss, out, err = runner.run(argv)
                    summary = parse_summary(out)
                    check(summary, stats[key], phase == "rerun", argv, err)
                    samples.add((key, phase), wall, cpu, rss)
                    dbsizes[(key, phase)].append(db_bytes(db))
                    summaries[(key, phase)] = summary
                remove_db(db)
            print(f"round {r + 1}/{args.runs}: " + ", ".join(
                f"{key} {samples.walls[(key, 'fresh')][-1]:.2f}s "
                f"(+{samples.walls[(key, 'rerun')][-1]:.2f}s rerun, "
                f"{samples.rsss[(key, 'fresh')][-1] / 1024:.0f} MiB)" for key, *_ in sets), file=sys.stderr)
    finally:
        runner.close()
    load_after = os.getloadavg()
    try:
        dbdir.rmdir()
    except OSError:
        pass

    def med(key: str, phase: str) -> float:
        return samples.med((key, phase))

    def rate(key: str, phase: str) -> float:
        return stats[key]["articles"] / med(key, phase)

    def peak(key: str, phase: str | None = None) -> int:
        return max(samples.peak((key, p)) for p in ((phase,) if phase else phases))

    now = utc_now()

    def describe(key: str) -> str:
        s = stats[key]
        parts = []
        if s["pages"]:
            parts.append(f"{s['pages']:,} page files in {-(-s['pages'] // PAGES_PER_DIR)} directories")
        if s["records"]:
            n_jsonl = s["files"] - s["pages"]
            parts.append(f"{s['records']:,} JSONL records in {n_jsonl} file{'s' if n_jsonl != 1 else ''}")
        return " + ".join(parts) + f"; {s['bytes'] / MB:.1f} MB; en {s['en']:,} / hi {s['hi']:,}"

    lines = header_lines("Sangam ingest throughput", now)
    lines.append(f"- binary: {binary_description(binary)}; "
                 f"SQLite via GRDB, WAL, synchronous=NORMAL; database in `{dbdir.relative_to(REPO)}/`")
    lines.append(f"- pinned: `{' '.join(pin) or 'not pinned'}`; {args.runs} runs per set, round-robin; "
                 f"each run `sangam ingest --db NEW.db --quiet DIR` into a new empty database, then the "
                 f"same command again (the rerun); median wall time; max RSS via {runner.rss_method}, largest "
                 f"over runs")
    for key, label, root, _ in sets:
        lines.append(f"- set {label}: `{root.relative_to(REPO)}/`: {describe(key)}")
    lines.append("- articles/s = the set's articles ÷ median wall s; every run's summary line was "
                 "checked against the set: every article added (on the rerun: every article "
                 "unchanged), 0 updated, 0 warnings, 0 files with errors")
    lines.append(load_line(load_before, load_after))
    lines.append("")
    lines.append("| set | run | articles | files | median s | articles/s | max RSS | DB size | sentences | CPU s |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key, label, _, _ in sets:
        for phase in phases:
            s = summaries[(key, phase)]
            sentences = f"{s['sentences']:,}" if phase == "fresh" else "0 (unchanged)"
            lines.append(f"| {label} | {'new database' if phase == 'fresh' else 'rerun'} "
                         f"| {stats[key]['articles']:,} | {stats[key]['files']:,} "
                         f"| {med(key, phase):.3f} | {rate(key, phase):,.0f} | {mib(peak(key, phase))} "
                         f"| {statistics.median(dbsizes[(key, phase)]) / MB:.1f} MB | {sentences} "
                         f"| {samples.cpu_med((key, phase)):.3f} |")
    lines.append("")
    lines.extend(noise_warning([f"{key} {phase}" for key, *_ in sets for phase in phases
                                if samples.noisy((key, phase))]))

    # Targets.
    verdicts = []
    main_rate = rate("main", "fresh")
    ok_rate = main_rate >= TARGET_ARTICLES_PER_S
    verdicts.append(f"- **{'PASS' if ok_rate else 'FAIL'}** throughput ≥ {TARGET_ARTICLES_PER_S:,} articles/s "
                    f"on one core: {main_rate:,.0f} articles/s into a new database "
                    f"({sets[0][1]}, {main_rate / TARGET_ARTICLES_PER_S:.2f}× the target)")
    limit_kib = TARGET_RSS_BYTES / 1024
    peaks = {key: peak(key) for key, *_ in sets}
    measured = all(peaks.values())
    ok_mem = measured and all(v < limit_kib for v in peaks.values())
    verdicts.append(f"- **{'PASS' if ok_mem else 'FAIL' if measured else 'n/a'}** peak memory "
                    f"< {TARGET_RSS_BYTES // MB} MB ({TARGET_RSS_BYTES / MIB:.1f} MiB) whatever the "
                    f"input size: " + ", ".join(f"{label} {mib(peaks[key])}"
                                                 for key, label, _, _ in sets))
    lines.append("Targets:")
    lines.extend(verdicts)
    lines.append("")

    # Flatness: the peak must not grow with the input.
    def flat_line(a: str, b: str) -> str:
        return memory_growth(peak(a, "fresh"), peak(b, "fresh"))

    labels = {key: label for key, label, _, _ in sets}
    lines.append("Memory as the input grows (new database):")
    lines.append(f"- {labels['small']} → {labels['main']} (4× the articles and files): "
                 f"{flat_line('small', 'main')}")
    if "single" in labels:
        lines.append(f"- {labels['main']} (files of ≤ {RECORDS_PER_JSONL:,} records) → "
                     f"{labels['single']} ({stats['single']['bytes'] / MB:.1f} MB file): "
                     f"{flat_line('main', 'single')}")
    lines.append("")
    lines.append("Per-run wall seconds (new database; rerun):")
    for key, label, _, _ in sets:
        lines.append(f"- {label}: " + ", ".join(f"{w:.3f}" for w in samples.walls[(key, 'fresh')])
                     + "; rerun " + ", ".join(f"{w:.3f}" for w in samples.walls[(key, 'rerun')])
                     + " (CPU s: " + ", ".join(f"{c:.3f}" for c in samples.cpus[(key, 'fresh')]) + ")")
    lines.append("")

    write_report("ingest-throughput", lines, {
        "date": now,
        "binary": str(binary.resolve()),
        "runs": args.runs,
        "sets": {key: {"label": label, "path": str(root), "stats": stats[key]}
                 for key, label, root, _ in sets},
        **samples.to_json(),
        "db_bytes": {f"{k} [{p}]": v for (k, p), v in dbsizes.items()},
        "summaries": {f"{k} [{p}]": v for (k, p), v in summaries.items()},
        "targets": {"articles_per_s": TARGET_ARTICLES_PER_S, "max_rss_bytes": TARGET_RSS_BYTES,
                    "throughput_pass": ok_rate, "memory_pass": ok_mem},
        "loadavg_before": load_before,
        "loadavg_after": load_after,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
