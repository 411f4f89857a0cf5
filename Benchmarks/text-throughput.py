#!/usr/bin/env python3
"""Text throughput benchmark for `sangam normalize` and `sangam segment`.

Builds a deterministic mixed English/Hindi news corpus from Corpus/en and Corpus/hi
(Benchmarks/output/, reused when already built with the same parameters), then times on
one core, round-robin, N runs each:

  uconv -f UTF-8 -t UTF-8 -x any-nfc FILE    (ICU's own tool: the reference, same run)
  sangam normalize --form nfc FILE
  sangam normalize --form match FILE
  sangam segment FILE

and reports median wall time, MB/s (10^6 bytes of input per wall second), speed relative
to uconv, the "normalise + segment" pipeline figure, and max RSS on a 10 MB and a
--size-mb corpus (memory must stay flat as the input grows).

Python 3 standard library only. Usage (from any directory):

  python3 Benchmarks/text-throughput.py --binary .build/release/sangam [--runs 5] [--size-mb 50]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

# The shared code lives beside this script; import it from there whatever the cwd. No
# __pycache__ is written into the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (CORPUS, MB, OUTPUT, REPO, Runner, Samples, add_binary_and_runs,  # noqa: E402
                      add_cpu_and_timeout, binary_description, blocks, file_sha256, first_line,
                      header_lines, load_line, memory_growth, mib, noise_warning, pin_command,
                      read_meta, resolve_binary, run_interleaved, utc_now, vary_numbers, write_json,
                      write_report)

# Bump when the corpus generator changes, so old files are not reused by mistake.
GENERATOR_VERSION = 1
SEED = 20251206
MEMORY_SIZE_MB = 10

# ---------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------


def _source_files() -> dict[str, list[Path]]:
    files = {lang: sorted((CORPUS / lang).glob("*.txt")) for lang in ("en", "hi")}
    for lang, paths in files.items():
        if not paths:
            sys.exit(f"error: no source articles in {CORPUS / lang}")
    return files


def _paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    paras = [p.strip("\n") for p in re.split(r"\n[ \t]*\n+", text)]
    return [p for p in paras if p.strip()]


def _sources_digest(files: dict[str, list[Path]]) -> str:
    h = hashlib.sha256()
    for lang in sorted(files):
        for path in files[lang]:
            h.update(f"{lang}/{path.name}\0".encode())
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


def _generate(path: Path, size_bytes: int, files: dict[str, list[Path]], seed: int) -> dict:
    """Write at least size_bytes of mixed news text to path; return stats.

    Articles are emitted one after another; each is a source article (the language with
    fewer bytes so far goes next, so the mix is about half/half by bytes) whose paragraphs
    are shuffled with a seeded RNG and whose numbers are replaced by random numbers of the
    same shape. Paragraphs are separated by one blank line. Deterministic for a given
    seed and source corpus, and a smaller size is a prefix of a larger one.
    """
    rng = random.Random(seed)
    articles = {lang: [_paragraphs(p) for p in paths] for lang, paths in files.items()}
    written = {"en": 0, "hi": 0}
    total = 0
    n_articles = 0
    n_paragraphs = 0
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as out:
        first = True
        while total < size_bytes:
            lang = "en" if written["en"] <= written["hi"] else "hi"
            paras = list(rng.choice(articles[lang]))
            rng.shuffle(paras)
            n_articles += 1
            for para in paras:
                chunk = ("" if first else "\n") + vary_numbers(para, rng) + "\n"
                first = False
                data = chunk.encode("utf-8")
                out.write(data)
                written[lang] += len(data)
                total += len(data)
                n_paragraphs += 1
                if total >= size_bytes:
                    break
    os.replace(tmp, path)
    return {
        "bytes": total,
        "bytes_en": written["en"],
        "bytes_hi": written["hi"],
        "articles": n_articles,
        "paragraphs": n_paragraphs,
    }


def ensure_corpus(size_mb: int, seed: int) -> tuple[Path, dict]:
    """Return (path, metadata) of the corpus, generating it unless an identical one exists."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    files = _source_files()
    params = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "size_bytes": size_mb * MB,
        "sources_sha256": _sources_digest(files),
        "sources": {lang: [p.name for p in paths] for lang, paths in files.items()},
    }
    path = OUTPUT / f"corpus-{size_mb}mb-seed{seed}-v{GENERATOR_VERSION}.txt"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = read_meta(meta_path)
        if (
            meta.get("params") == params
            and path.stat().st_size == meta.get("stats", {}).get("bytes")
            and file_sha256(path) == meta.get("sha256")
        ):
            print(f"corpus: reusing {path.relative_to(REPO)} ({meta['stats']['bytes']:,} bytes)",
                  file=sys.stderr)
            return path, meta
    t0 = time.perf_counter()
    stats = _generate(path, size_mb * MB, files, seed)
    meta = {"params": params, "stats": stats, "sha256": file_sha256(path)}
    write_json(meta_path, meta)
    print(f"corpus: generated {path.relative_to(REPO)} ({stats['bytes']:,} bytes, "
          f"en {stats['bytes_en'] / stats['bytes']:.0%} / hi {stats['bytes_hi'] / stats['bytes']:.0%}, "
          f"{stats['paragraphs']:,} paragraphs) in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    return path, meta


# ---------------------------------------------------------------------------------------
# Running commands
# ---------------------------------------------------------------------------------------


def sanity_check(binary: Path, corpus: Path, timeout: float) -> dict[str, dict]:
    """Run each sangam command once on the small corpus, counting the output.

    Doubles as a warm-up (page cache, dynamic loader). Fails loudly if a command prints
    nothing or, for normalize, changes the number of lines.
    """
    in_lines = 0
    with open(corpus, "rb") as f:
        for block in blocks(f):
            in_lines += block.count(b"\n")
    results = {}
    for name, argv in sangam_commands(binary, corpus):
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out_bytes = out_lines = 0
        assert proc.stdout is not None
        for block in blocks(proc.stdout):
            out_bytes += len(block)
            out_lines += block.count(b"\n")
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        rc = proc.wait(timeout=timeout)
        if rc != 0:
            sys.exit(f"error: {' '.join(argv)} exited {rc}\n{err[-2000:]}")
        if out_bytes == 0:
            sys.exit(f"error: {' '.join(argv)} printed nothing")
        if name.startswith("normalize") and out_lines != in_lines:
            sys.exit(f"error: {' '.join(argv)}: {in_lines} lines in, {out_lines} out")
        results[name] = {"out_bytes": out_bytes, "out_lines": out_lines, "in_lines": in_lines}
    return results


def uconv_command(corpus: Path) -> list[str]:
    return ["uconv", "-f", "UTF-8", "-t", "UTF-8", "-x", "any-nfc", str(corpus)]


def sangam_commands(binary: Path, corpus: Path) -> list[tuple[str, list[str]]]:
    return [
        ("normalize --form nfc", [str(binary), "normalize", "--form", "nfc", str(corpus)]),
        ("normalize --form match", [str(binary), "normalize", "--form", "match", str(corpus)]),
        ("segment", [str(binary), "segment", str(corpus)]),
    ]


# ---------------------------------------------------------------------------------------
# Main: the timed runs and the report
# ---------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_binary_and_runs(ap, runs=5, per="command")
    ap.add_argument("--size-mb", type=int, default=50,
                    help="size of the main corpus in MB of 10^6 bytes (default: 50)")
    add_cpu_and_timeout(ap)
    args = ap.parse_args()
    if args.runs < 1 or args.size_mb < 1:
        ap.error("--runs and --size-mb must be at least 1")

    binary = resolve_binary(args.binary)
    if shutil.which("uconv") is None:
        sys.exit("error: uconv not found (Debian package icu-devtools)")
    pin = pin_command(args.cpu)

    big, big_meta = ensure_corpus(args.size_mb, SEED)
    small, small_meta = ensure_corpus(MEMORY_SIZE_MB, SEED)
    big_bytes = big.stat().st_size
    small_bytes = small.stat().st_size

    print("warm-up and output check on the small corpus ...", file=sys.stderr)
    check = sanity_check(binary, small, args.timeout)
    subprocess.run(uconv_command(small), stdout=subprocess.DEVNULL, check=True)

    # Every job: (label, size key, argv). Rounds are round-robin over all jobs, and the
    # order is rotated each round so that no command always runs first or last.
    jobs: list[tuple[str, str, list[str]]] = [("uconv -x any-nfc", "big", uconv_command(big))]
    jobs += [(name, "big", argv) for name, argv in sangam_commands(binary, big)]
    jobs += [("uconv -x any-nfc", "small", uconv_command(small))]
    jobs += [(name, "small", argv) for name, argv in sangam_commands(binary, small)]

    runner = Runner(pin, args.timeout)
    samples = Samples((n, s) for n, s, _ in jobs)
    load_before = os.getloadavg()
    try:
        run_interleaved(runner, jobs, args.runs, samples, report=lambda samples: ", ".join(
            f"{n} {samples.walls[(n, 'big')][-1]:.2f}s" for n, s, _ in jobs if s == "big"))
    finally:
        runner.close()
    load_after = os.getloadavg()

    def med(name: str, size: str = "big") -> float:
        return samples.med((name, size))

    def cpu_med(name: str, size: str = "big") -> float:
        return samples.cpu_med((name, size))

    def peak(name: str, size: str) -> int:
        return samples.peak((name, size))

    ref = "uconv -x any-nfc"
    ref_mbs = big_bytes / MB / med(ref)
    rows = []  # command, median s, MB/s, x uconv, rss small, rss big, CPU s
    for name in [ref] + [n for n, _ in sangam_commands(binary, big)]:
        m = med(name)
        mbs = big_bytes / MB / m
        rows.append((f"`{'uconv -x any-nfc' if name == ref else 'sangam ' + name}`", m, mbs,
                     mbs / ref_mbs, peak(name, "small"), peak(name, "big"), cpu_med(name)))
    pipe_s = med("normalize --form match") + med("segment")
    pipe_mbs = big_bytes / MB / pipe_s
    rows.append(("normalise + segment (`match` then `segment`)", pipe_s, pipe_mbs,
                 pipe_mbs / ref_mbs,
                 max(peak("normalize --form match", "small"), peak("segment", "small")),
                 max(peak("normalize --form match", "big"), peak("segment", "big")),
                 cpu_med("normalize --form match") + cpu_med("segment")))

    now = utc_now()
    lines = header_lines("Sangam text throughput", now)
    lines.append(f"- binary: {binary_description(binary)}; "
                 f"reference: `{shutil.which('uconv')}` ({first_line(['uconv', '--version'])})")
    lines.append(f"- pinned: `{' '.join(pin) or 'not pinned'}`; {args.runs} runs per command, "
                 f"round-robin; median wall time; output to /dev/null; max RSS via {runner.rss_method}, "
                 f"largest over runs")
    lines.append(f"- corpus: `{big.relative_to(REPO)}`, {big_bytes:,} bytes "
                 f"(en {big_meta['stats']['bytes_en'] / big_bytes:.0%}, "
                 f"hi {big_meta['stats']['bytes_hi'] / big_bytes:.0%}, "
                 f"{big_meta['stats']['paragraphs']:,} paragraphs, seed {SEED}); "
                 f"memory check also on `{small.relative_to(REPO)}`, {small_bytes:,} bytes")
    lines.append(f"- MB = 10^6 bytes of input; × uconv = MB/s ÷ uconv's MB/s (above 1 is faster); "
                 f"CPU s = median user+sys seconds")
    lines.append(load_line(load_before, load_after))
    lines.append("")
    s_lbl, b_lbl = f"{MEMORY_SIZE_MB} MB", f"{args.size_mb} MB"
    lines.append(f"| command | median s | MB/s | × uconv | max RSS {s_lbl} | max RSS {b_lbl} "
                 f"| RSS {b_lbl} ÷ {s_lbl} | CPU s |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for cmd, m, mbs, ratio, rs, rb, cpu in rows:
        rr = f"{rb / rs:.2f}" if rs and rb else "n/a"
        lines.append(f"| {cmd} | {m:.3f} | {mbs:.1f} | {ratio:.2f} | {mib(rs)} | {mib(rb)} "
                     f"| {rr} | {cpu:.3f} |")
    lines.append("")
    lines.extend(noise_warning([n for n, s, _ in jobs if s == "big" and samples.noisy((n, s))]))

    # Memory verdict: flat means the peak does not grow with the input.
    verdicts = []
    for name, _ in sangam_commands(binary, big):
        rs, rb = peak(name, "small"), peak(name, "big")
        shown = f"sangam {name}" if rs and rb else name
        verdicts.append(f"- `{shown}`: {memory_growth(rs, rb)}")
    lines.append(f"Memory, {s_lbl} → {b_lbl} input:")
    lines.extend(verdicts)
    lines.append("")
    lines.append(f"Per-run wall seconds ({b_lbl}):")
    for name, size, _ in jobs:
        if size == "big":
            lines.append(f"- {name}: " + ", ".join(f"{w:.3f}" for w in samples.walls[(name, size)])
                         + " (CPU s: " + ", ".join(f"{c:.3f}" for c in samples.cpus[(name, size)]) + ")")
    lines.append("")
    lines.append(f"Output check on {s_lbl} ({check['segment']['in_lines']:,} input lines): " + "; ".join(
        f"{n}: {c['out_lines']:,} lines, {c['out_bytes']:,} bytes" for n, c in check.items()))
    lines.append("")

    write_report("text-throughput", lines, {
        "date": now,
        "binary": str(binary.resolve()),
        "runs": args.runs,
        "corpus": {"path": str(big), "bytes": big_bytes, "small_path": str(small),
                   "small_bytes": small_bytes},
        **samples.to_json(),
        "loadavg_before": load_before,
        "loadavg_after": load_after,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
