#!/usr/bin/env python3
"""Export speed (issue 6): `sangam export` of 1,000,000 segments to each format, on one core;
and `sangam run` on a generated 20,000-article corpus, time per stage.

A store is made once by `sangam run` on Corpus/ (a few hundred real aligned segments); its
segments are then copied inside SQLite, position-shifted within their pairs, until the store
holds the wanted number of segments linking both languages (1,000,000 by default, and a
100,000-segment store beside it to show that memory stays flat). Each format is exported
pinned to one core, median of --runs interleaved runs, with peak RSS from GNU time.

`sangam run` runs once (both cores, as users run it) on the 10,000 + 10,000 articles that
align-throughput.py generates (output/align-input/articles.jsonl; run that first, or pass
--skip-run), into a fresh store; its closing summary gives the time per stage.

Usage: python3 Benchmarks/export-throughput.py [--binary .build/release/sangam] [--runs 3]
       [--segments 1000000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (OUTPUT, REPO, Runner, Samples, add_binary_and_runs, add_cpu_and_timeout,  # noqa: E402
                      binary_description, header_lines, load_line, memory_growth, mib, noise_warning,
                      pin_command, resolve_binary, run_interleaved, utc_now, write_report)

TARGETS = {"moses": 200_000, "tsv": 200_000, "jsonl": 200_000, "tmx": 100_000}


def make_store(binary: Path, segments: int, directory: Path) -> Path:
    """A store with `segments` linked segments, made from Corpus/ (cached between runs)."""
    db = directory / f"export-{segments}.db"
    if db.exists():
        return db
    seed = directory / "export-seed.db"
    if not seed.exists():
        subprocess.run([str(binary), "run", str(REPO / "Corpus"), "--db", str(seed), "--out",
                        str(directory / "export-seed-out"), "--quiet"], check=True, capture_output=True)
    shutil.copy(seed, db)
    con = sqlite3.connect(db)
    con.execute("DELETE FROM aligned_segment WHERE en_positions = '' OR hi_positions = ''")
    base = con.execute("SELECT COUNT(*) FROM aligned_segment").fetchone()[0]
    copy = 1
    while con.execute("SELECT COUNT(*) FROM aligned_segment").fetchone()[0] < segments:
        have = con.execute("SELECT COUNT(*) FROM aligned_segment").fetchone()[0]
        take = min(base, segments - have)
        con.execute("""INSERT INTO aligned_segment (pair_id, position, en_positions, hi_positions, en_text, hi_text, score, bead_type)
                       SELECT pair_id, position + ? * 10000, en_positions, hi_positions, en_text, hi_text, score, bead_type
                       FROM aligned_segment WHERE position < 10000 ORDER BY id LIMIT ?""", (copy, take))
        copy += 1
        if copy % 200 == 0:
            con.commit()
    con.commit()
    con.execute("VACUUM")
    con.close()
    return db


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_binary_and_runs(ap, runs=3, per="format")
    ap.add_argument("--segments", type=int, default=1_000_000, help="segments in the large store (default: 1000000)")
    ap.add_argument("--skip-run", action="store_true", help="skip timing `sangam run` on 20,000 articles")
    add_cpu_and_timeout(ap)
    args = ap.parse_args()
    binary = resolve_binary(args.binary)
    os.environ["SANGAM_DICTIONARIES"] = str(REPO / "Dictionaries")
    directory = OUTPUT / "export-input"
    directory.mkdir(parents=True, exist_ok=True)
    small_count = max(1, args.segments // 10)
    print(f"making stores of {args.segments:,} and {small_count:,} segments (once) ...", file=sys.stderr)
    large = make_store(binary, args.segments, directory)
    small = make_store(binary, small_count, directory)
    pin = pin_command(args.cpu)
    out = directory / "out"
    out.mkdir(exist_ok=True)
    jobs = [(fmt, size, [str(binary), "export", "--db", str(db), "--format", fmt, "--out", str(out / f"{size}.{fmt}")])
            for fmt in TARGETS for size, db in (("large", large), ("small", small))]
    runner = Runner(pin, args.timeout)
    samples = Samples((fmt, size) for fmt, size, _ in jobs)
    load_before = os.getloadavg()

    def fresh_start(job) -> None:
        """Each run writes a new file with no backlog of dirty pages: the last run's output
        is removed and the disk synced, untimed. Otherwise a run would also pay for freeing
        the file it replaces (up to 800 MB) and for writing back the gigabytes the runs before
        it left in the page cache, which is the benchmark's doing, not the export's."""
        fmt, size, _ = job
        for suffix in ((".en", ".hi") if fmt == "moses" else ("",)):
            (out / f"{size}.{fmt}{suffix}").unlink(missing_ok=True)
        os.sync()

    try:
        run_interleaved(runner, jobs, args.runs, samples, before=fresh_start)
    finally:
        runner.close()
    load_after = os.getloadavg()
    lines = header_lines("Export throughput", utc_now())
    lines += [f"- sangam: {binary_description(binary)}", load_line(load_before, load_after),
              f"- runs: {args.runs} per format, medians, pinned to one core (`{' '.join(pin)}`); before each run, "
              "untimed, the run's previous output is removed and the disk synced", ""]
    lines += noise_warning([f"{f} {s}" for f, s, _ in jobs if samples.noisy((f, s))])
    lines += [f"| format | wall, {args.segments:,} segments | segments/s | target | peak RSS, {small_count:,} → {args.segments:,} |",
              "|---|---:|---:|---:|---|"]
    for fmt, target in TARGETS.items():
        wall = samples.med((fmt, "large"))
        rate = args.segments / wall
        lines.append(f"| {fmt} | {wall:.2f} s | {rate:,.0f} | ≥ {target:,} ({'met' if rate >= target else 'not met'}) | "
                     f"{memory_growth(samples.peak((fmt, 'small')), samples.peak((fmt, 'large')))} |")
    run_summary = None
    articles = OUTPUT / "align-input" / "articles.jsonl"
    if not args.skip_run and articles.exists():
        run_dir = directory / "run"
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir()
        print("sangam run on 20,000 generated articles ...", file=sys.stderr)
        runner = Runner([], args.timeout, keep_stdout=True)
        wall, cpu, rss, out, _ = runner.run([str(binary), "run", str(articles), "--db", str(run_dir / "run.db"),
                                             "--out", str(run_dir / "out"), "--quiet"])
        runner.close()
        run_summary = out.strip()
        stages = {}
        for line in out.splitlines():
            if line.startswith("time"):
                for part in line[4:].split("(total")[0].split(","):
                    name, seconds, _ = part.split()
                    stages[name] = float(seconds)
        slowest = max(stages, key=stages.get) if stages else "?"
        total = sum(stages.values()) or 1
        lines += ["", f"## `sangam run` on {articles.name} (10,000 English and 10,000 Hindi articles), once, both cores", "",
                  "| stage | seconds | share |", "|---|---:|---:|"]
        lines += [f"| {name} | {seconds:.2f} | {seconds / total:.0%} |" for name, seconds in stages.items()]
        lines += ["", f"Wall {wall:.1f} s, CPU {cpu:.1f} s, peak RSS {mib(rss)}; slowest stage: {slowest} "
                  f"({stages.get(slowest, 0) / total:.0%} of the stage total).", "", "```", run_summary, "```"]
    elif not args.skip_run:
        lines += ["", f"(`sangam run` not timed: {articles} is missing; run align-throughput.py first.)"]
    write_report("export-throughput", lines, {"segments": args.segments, "samples": samples.to_json(), "run": run_summary})
    return 0


if __name__ == "__main__":
    sys.exit(main())
