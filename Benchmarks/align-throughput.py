#!/usr/bin/env python3
"""Speed of sentence alignment and document pairing (issue 5), against Gale–Church.

Sentence alignment: `sangam align-sentences --batch` over generated 30-odd-sentence documents
(two hand-aligned pairs of Benchmarks/align-dev/ joined, numbers varied per document), pinned
to one core, against `galechurch` (PyPI, installed into .build/eval-venv) aligning the same
files on one core. Each command also runs on a single document, so start-up (Sangam loads its
glossary, ICU names and FreeDict) is reported apart from steady throughput:

  sentences/s = (English + Hindi sentences) / (median wall of N documents − median wall of 1)

Document pairing: the gold pairs of Corpus/ (Benchmarks/align-dev/pairs.tsv) copied into 10,000
English and 10,000 Hindi articles spread over 30 days (each Hindi copy one to three hours after
its English copy), every copy with its own numbers (the same in both languages of a copy),
ingested once, then `sangam pair` timed (both cores, as users run it) with its peak RSS. How
many pairs join a copy with its own counterpart is printed too: copies of one story differ only
in their numbers and dates, so this is a hard stress test of the assignment rather than an
accuracy figure.

Usage: python3 Benchmarks/align-throughput.py [--binary .build/release/sangam] [--runs 3]
       [--documents 600] [--articles 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (OUTPUT, REPO, Runner, Samples, add_binary_and_runs, add_cpu_and_timeout,  # noqa: E402
                      binary_description, header_lines, load_line, mib, noise_warning, pin_command,
                      resolve_binary, run_interleaved, utc_now, vary_numbers, venv_python_with, write_report)

DEV = REPO / "Benchmarks" / "align-dev"
TARGET_SENTENCES_PER_S = 25_000
TARGET_PAIR_S = 60
TARGET_PAIR_RSS_MIB = 2048


def non_blank(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_documents(count: int, directory: Path) -> tuple[Path, Path, Path, Path, int]:
    """count documents as EN/HI files, the batch job lists for count and for 1, and the
    galechurch folders; returns (jobs, jobs1, src_dir, total sentences)."""
    slugs = sorted(p.stem for p in (DEV / "gold").glob("*.tsv"))
    docs = {s: (non_blank(DEV / "docs" / f"{s}.en"), non_blank(DEV / "docs" / f"{s}.hi")) for s in slugs}
    rng = random.Random(5)
    for sub in ("pairs", "src", "trg", "out", "src1", "trg1", "out1"):
        (directory / sub).mkdir(parents=True, exist_ok=True)
    jobs, total = [], 0
    for i in range(count):
        a, b = slugs[i % len(slugs)], slugs[(i + 1 + i // len(slugs)) % len(slugs)]
        en = [vary_numbers(t, rng) for t in docs[a][0] + docs[b][0]]
        hi = [vary_numbers(t, rng) for t in docs[a][1] + docs[b][1]]
        total += len(en) + len(hi)
        stem = directory / "pairs" / f"doc{i:05d}"
        Path(f"{stem}.en").write_text("\n".join(en) + "\n", encoding="utf-8")
        Path(f"{stem}.hi").write_text("\n".join(hi) + "\n", encoding="utf-8")
        (directory / "src" / f"doc{i:05d}.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
        (directory / "trg" / f"doc{i:05d}.txt").write_text("\n".join(hi) + "\n", encoding="utf-8")
        if i == 0:
            (directory / "src1" / "doc00000.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
            (directory / "trg1" / "doc00000.txt").write_text("\n".join(hi) + "\n", encoding="utf-8")
        jobs.append(f"{stem}.en\t{stem}.hi\t{stem}.out\n")
    (directory / "jobs.tsv").write_text("".join(jobs), encoding="utf-8")
    (directory / "jobs1.tsv").write_text(jobs[0], encoding="utf-8")
    return directory / "jobs.tsv", directory / "jobs1.tsv", directory, total


GALECHURCH = "import sys, galechurch; galechurch.align_corpus(sys.argv[1], sys.argv[2], sys.argv[3], n_jobs=1)"


_DIGIT_RUN = __import__("re").compile(r"[0-9]+|[०-९]+")


def vary_for_copy(text: str, copy: int) -> str:
    """Digit runs replaced the same way in both languages of one copy (2025 and २०२५ become the
    same new number), differently in each copy: counterpart copies share their numbers, copies
    of one story do not."""
    def sub(m):
        run = m.group(0)
        devanagari = run[0] in "०१२३४५६७८९"
        ascii_run = run.translate(str.maketrans("०१२३४५६७८९", "0123456789"))
        rng = random.Random(f"{copy}:{ascii_run}")
        new = "".join(str(rng.randrange(1 if i == 0 and d != "0" else 0, 10)) if d != "0" or i > 0 else "0"
                      for i, d in enumerate(ascii_run))
        return new.translate(str.maketrans("0123456789", "०१२३४५६७८९")) if devanagari else new
    return _DIGIT_RUN.sub(sub, text)


def make_articles(binary: Path, count: int, directory: Path, runner: Runner) -> Path:
    """A store of count English and count Hindi articles over 30 days, made from Corpus/."""
    db = directory / "pairing.db"
    if db.exists():
        return db
    seed_db = directory / "seed.db"
    runner.run([str(binary), "ingest", "--db", str(seed_db), "--quiet", str(REPO / "Corpus")])
    con = sqlite3.connect(seed_db)
    rows = con.execute("SELECT id, external_id, language, title, published_epoch FROM article").fetchall()
    texts = {aid: "\n\n".join(t for (t,) in con.execute(
        "SELECT text FROM sentence WHERE article_id = ? ORDER BY position", (aid,))) for aid, *_ in rows}
    # Counterparts by the gold list of Benchmarks/align-dev/pairs.tsv: copy i of a pair's
    # English article is the counterpart of copy i of its Hindi article.
    by_external = {r[1]: r for r in rows}
    gold = [line.split("\t") for line in (DEV / "pairs.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    english = [by_external[e] for e, _ in gold]
    hindi = [by_external[h] for _, h in gold]
    rng = random.Random(7)
    start = 1_764_547_200  # 2025-12-01 00:00 UTC
    jsonl = directory / "articles.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for i in range(count):
            day = rng.randrange(30) * 86_400 + rng.randrange(86_400)
            for side, lang, shift in ((english, "en", 0), (hindi, "hi", 3_600 + rng.randrange(7_200))):
                aid, ext, _, title, _ = side[i % len(side)]
                epoch = start + day + shift
                stamp = __import__("datetime").datetime.fromtimestamp(epoch, __import__("datetime").timezone.utc)
                f.write(json.dumps({"id": f"{lang}-{i:06d}", "lang": lang, "title": vary_for_copy(title or "", i),
                                    "published": stamp.isoformat(), "text": vary_for_copy(texts[aid], i)},
                                   ensure_ascii=False) + "\n")
    print(f"ingesting {2 * count} generated articles ...", file=sys.stderr)
    runner.run([str(binary), "ingest", "--db", str(db), "--quiet", str(jsonl)])
    return db


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_binary_and_runs(ap, runs=3, per="command")
    ap.add_argument("--documents", type=int, default=600, help="documents for sentence alignment (default: 600)")
    ap.add_argument("--articles", type=int, default=10_000, help="articles per language for pairing (default: 10000)")
    add_cpu_and_timeout(ap)
    args = ap.parse_args()
    binary = resolve_binary(args.binary)
    os.environ["SANGAM_DICTIONARIES"] = str(REPO / "Dictionaries")
    pin = pin_command(args.cpu)
    work = OUTPUT / "align-input"
    jobs, jobs1, directory, sentences = make_documents(args.documents, work)
    python = venv_python_with("galechurch")

    commands = [("sangam", "N", [str(binary), "align-sentences", "--batch", str(jobs)]),
                ("sangam", "1", [str(binary), "align-sentences", "--batch", str(jobs1)])]
    if python:
        commands += [("galechurch", "N", [str(python), "-c", GALECHURCH, str(directory / "src"), str(directory / "trg"), str(directory / "out")]),
                     ("galechurch", "1", [str(python), "-c", GALECHURCH, str(directory / "src1"), str(directory / "trg1"), str(directory / "out1")])]
    runner = Runner(pin, args.timeout)
    samples = Samples((name, size) for name, size, _ in commands)
    load_before = os.getloadavg()
    try:
        run_interleaved(runner, commands, args.runs, samples)

        pair_runner = Runner([], args.timeout, keep_stdout=True)
        db = make_articles(binary, args.articles, work, pair_runner)
        pair_samples = []
        for r in range(args.runs):
            wall, cpu, rss, out, _ = pair_runner.run([str(binary), "pair", "--db", str(db), "--quiet"])
            pair_samples.append((wall, cpu, rss, out.strip()))
        pair_runner.close()
    finally:
        runner.close()
    load_after = os.getloadavg()

    def steady(name: str) -> float:
        return sentences / max(1e-9, samples.med((name, "N")) - samples.med((name, "1")))

    lines = header_lines("Sentence alignment and document pairing throughput", utc_now())
    lines += [f"- sangam: {binary_description(binary)}", load_line(load_before, load_after),
              f"- runs: {args.runs} per command, medians; sentence alignment pinned to one core (`{' '.join(pin)}`)", ""]
    lines += noise_warning([f"{n} {s}" for n, s, _ in commands if samples.noisy((n, s))])
    lines += [f"## Sentence alignment: {args.documents} documents, {sentences:,} sentences (English + Hindi)", "",
              "| aligner | wall, N documents | wall, 1 document (start-up) | steady sentences/s | end-to-end sentences/s | max RSS |",
              "|---|---:|---:|---:|---:|---:|"]
    rates = {}
    for name in ("sangam", "galechurch"):
        if (name, "N") not in samples.walls:
            continue
        rates[name] = steady(name)
        lines.append(f"| {name} | {samples.med((name, 'N')):.2f} s | {samples.med((name, '1')):.2f} s | "
                     f"{rates[name]:,.0f} | {sentences / samples.med((name, 'N')):,.0f} | {mib(samples.peak((name, 'N')))} |")
    lines.append("")
    lines.append(f"Target: ≥ {TARGET_SENTENCES_PER_S:,} sentences/s per core — "
                 f"{'met' if rates.get('sangam', 0) >= TARGET_SENTENCES_PER_S else 'not met'} ({rates.get('sangam', 0):,.0f}).")
    if "galechurch" in rates:
        lines.append(f"Sangam / Gale–Church (steady): {rates['sangam'] / rates['galechurch']:.2f}×.")
    walls = sorted(w for w, *_ in pair_samples)
    median = walls[len(walls) // 2]
    peak = max(r for _, _, r, _ in pair_samples)
    lines += ["", f"## Document pairing: {args.articles:,} English and {args.articles:,} Hindi articles over 30 days", "",
              "| command | median wall | CPU (median run) | max RSS | result |", "|---|---:|---:|---:|---|",
              f"| sangam pair | {median:.2f} s | {sorted(c for _, c, _, _ in pair_samples)[len(walls) // 2]:.2f} s | {mib(peak)} | {pair_samples[-1][3]} |",
              "", f"Targets: under {TARGET_PAIR_S} s — {'met' if median < TARGET_PAIR_S else 'not met'}; "
              f"under 2 GB — {'met' if peak / 1024 < TARGET_PAIR_RSS_MIB else 'not met'}."]
    con = sqlite3.connect(db)
    correct = con.execute("""SELECT COUNT(*) FROM document_pair p JOIN article e ON e.id = p.en_article_id
                             JOIN article h ON h.id = p.hi_article_id
                             WHERE substr(e.external_id, 4) = substr(h.external_id, 4)""").fetchone()[0]
    made = con.execute("SELECT COUNT(*) FROM document_pair").fetchone()[0]
    lines.append(f"Pairs made: {made:,}, of which {correct:,} join an article with its own counterpart copy.")
    write_report("align-throughput", lines, {"sentences": sentences, "samples": samples.to_json(),
                                             "pairing": pair_samples})
    return 0


if __name__ == "__main__":
    sys.exit(main())
