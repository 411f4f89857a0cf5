#!/usr/bin/env python3
"""Transliteration throughput benchmark for `sangam translit`.

Builds deterministic inputs from Corpus/hi and Corpus/en (Benchmarks/output/, reused when
already built with the same parameters):

  hindi text    --size-mb MB (default 20) of Hindi news lines
  key words     --key-words words (default 1,000,000), one per line, English and Hindi
                alternately
  English words --l2d-words words (default 200,000), one per line
  hindi-distinct half --size-mb of generated Hindi-looking words, none repeated (the worst
                case for the per-word cache)
  names         the distinct English words of Dictionaries/names-train-*.tsv, each once

then times on one core, round-robin, N runs each, every command reading its input on
stdin with its output sent to /dev/null:

  uconv -x Devanagari-Latin < hindi text            (ICU's own tool: the reference)
  sangam translit --to latin < hindi text           target: >= 5 MB/s
  (both again on hindi-distinct)
  sangam translit --key < key words                 target: >= 200,000 words/s
  uconv -x Latin-Devanagari < English words         (reference)
  sangam translit --to devanagari --candidates 5 < English words    (no target)
  sangam translit --to devanagari --candidates 5 < names            (no target)

and reports median wall time, MB/s or words/s, speed relative to uconv, peak RSS, and
PASS/FAIL for the targets. Before timing, each command runs once with its output counted:
`sangam translit` must write exactly one line per input line.

Python 3 standard library only. Usage (from any directory):

  python3 Benchmarks/translit-throughput.py --binary .build/release/sangam [--runs 5] [--size-mb 20]
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
                      header_lines, load_line, mib, noise_warning, pin_command, read_meta,
                      resolve_binary, run_interleaved, utc_now, vary_numbers, write_json, write_report)

# Bump when a generator changes, so old files are not reused by mistake.
GENERATOR_VERSION = 1
SEED = 20251208
CANDIDATES = 5

# Targets from the issue.
TARGET_ROMAN_MB_S = 5.0
TARGET_KEY_WORDS_S = 200_000

# Words as the key input takes them: runs of Latin letters, runs of Devanagari letters and
# signs (no danda, digits or abbreviation sign).
LATIN_WORD = re.compile(r"[A-Za-z]+")
DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f]+")

# ---------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------


def _source_files() -> dict[str, list[Path]]:
    files = {lang: sorted((CORPUS / lang).glob("*.txt")) for lang in ("en", "hi")}
    for lang, paths in files.items():
        if not paths:
            sys.exit(f"error: no source articles in {CORPUS / lang}")
    return files


def _sources_digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(f"{path.parent.name}/{path.name}\0".encode())
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    paras = [p.strip("\n") for p in re.split(r"\n[ \t]*\n+", text)]
    return [p for p in paras if p.strip()]


def _hindi_text(path: Path, size_bytes: int, files: dict[str, list[Path]], rng: random.Random) -> dict:
    """At least size_bytes of Hindi news lines: one source article after another, picked
    with the seeded RNG, its paragraphs shuffled and its numbers varied (as the text
    benchmark does), one line per non-empty line of a paragraph."""
    articles = [_paragraphs(p) for p in files["hi"]]
    total = lines = n_articles = 0
    with open(path, "wb") as out:
        while total < size_bytes:
            paras = list(rng.choice(articles))
            rng.shuffle(paras)
            n_articles += 1
            for para in paras:
                for line in vary_numbers(para, rng).split("\n"):
                    if not line.strip():
                        continue
                    data = (line + "\n").encode("utf-8")
                    out.write(data)
                    total += len(data)
                    lines += 1
                if total >= size_bytes:
                    break
    return {"bytes": total, "lines": lines, "articles": n_articles}


def _corpus_words(paths: list[Path], pattern: re.Pattern) -> list[str]:
    """Every word occurrence of the articles, in order (so sampling follows frequency)."""
    return [w for p in paths for w in pattern.findall(p.read_text(encoding="utf-8"))]


def _key_words(path: Path, count: int, files: dict[str, list[Path]], rng: random.Random) -> dict:
    """count words, one per line, English and Hindi alternately, each a random word
    occurrence of Corpus/en or Corpus/hi."""
    en, hi = _corpus_words(files["en"], LATIN_WORD), _corpus_words(files["hi"], DEVANAGARI_WORD)
    total = 0
    with open(path, "wb") as out:
        for i in range(count):
            data = (rng.choice(en if i % 2 == 0 else hi) + "\n").encode("utf-8")
            out.write(data)
            total += len(data)
    return {"bytes": total, "lines": count, "words_en": (count + 1) // 2, "words_hi": count // 2,
            "distinct_en": len(set(en)), "distinct_hi": len(set(hi))}


def _english_words(path: Path, count: int, files: dict[str, list[Path]], rng: random.Random) -> dict:
    """count words, one per line, each a random word occurrence of Corpus/en."""
    en = _corpus_words(files["en"], LATIN_WORD)
    total = 0
    with open(path, "wb") as out:
        for _ in range(count):
            data = (rng.choice(en) + "\n").encode("utf-8")
            out.write(data)
            total += len(data)
    return {"bytes": total, "lines": count, "distinct_en": len(set(en))}


def _hindi_distinct(path: Path, size_bytes: int, files: dict[str, list[Path]], rng: random.Random) -> dict:
    """At least size_bytes of lines of ten Hindi-looking words, no word twice: syllables of a
    consonant and a vowel sign (or virama, or anusvara), two to five to a word. The worst case
    for a per-word cache, which never hits."""
    consonants = [chr(c) for c in range(0x0915, 0x093A)]
    signs = ["", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ", "ं", "्"]
    seen: set[str] = set()
    total = lines = 0
    with open(path, "wb") as out:
        while total < size_bytes:
            words = []
            while len(words) < 10:
                n = rng.randint(2, 5)
                word = "".join(rng.choice(consonants) + rng.choice(signs if i < n - 1 else signs[:-1])
                               for i in range(n))
                if word not in seen:
                    seen.add(word)
                    words.append(word)
            data = (" ".join(words) + "\n").encode("utf-8")
            out.write(data)
            total += len(data)
            lines += 1
    return {"bytes": total, "lines": lines, "distinct_words": len(seen)}


def _name_words(path: Path, count: int, files: dict[str, list[Path]], rng: random.Random) -> dict:
    """The distinct English words of Dictionaries/names-train-*.tsv, shuffled, one per line, each
    once (count is ignored): names the speller has to spell, not look up in a cache."""
    words = sorted({w for p in sorted((REPO / "Dictionaries").glob("names-train-*.tsv"))
                    for line in p.read_text(encoding="utf-8").splitlines()[1:] if "\t" in line
                    for w in LATIN_WORD.findall(line.split("\t")[0])})
    rng.shuffle(words)
    total = 0
    with open(path, "wb") as out:
        for w in words:
            data = (w + "\n").encode("utf-8")
            out.write(data)
            total += len(data)
    return {"bytes": total, "lines": len(words), "distinct_en": len(words)}


GENERATORS = {"hindi": ("hi", _hindi_text), "keys": ("en+hi", _key_words), "english": ("en", _english_words),
              "hindi-distinct": ("", _hindi_distinct), "names": ("", _name_words)}


def ensure_input(kind: str, name: str, amount: int) -> tuple[Path, dict]:
    """Return (path, metadata) of a generated input, generating it unless an identical one exists.

    amount is bytes for the Hindi text and a word count for the word lists.
    """
    OUTPUT.mkdir(parents=True, exist_ok=True)
    files = _source_files()
    langs, generate = GENERATORS[kind]
    sources = [p for lang in ("en", "hi") if lang in langs for p in files[lang]]
    if kind == "names":
        sources = sorted((REPO / "Dictionaries").glob("names-train-*.tsv"))
    seed = f"{SEED}-{kind}"
    params = {
        "generator_version": GENERATOR_VERSION,
        "kind": kind,
        "seed": seed,
        "amount": amount,
        "sources_sha256": _sources_digest(sources),
        "sources": [f"{p.parent.name}/{p.name}" for p in sources],
    }
    path = OUTPUT / f"translit-{name}-seed{SEED}-v{GENERATOR_VERSION}.txt"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = read_meta(meta_path)
        if (meta.get("params") == params
                and path.stat().st_size == meta.get("stats", {}).get("bytes")
                and file_sha256(path) == meta.get("sha256")):
            print(f"input: reusing {path.relative_to(REPO)} ({meta['stats']['bytes']:,} bytes)", file=sys.stderr)
            return path, meta
    t0 = time.perf_counter()
    tmp = path.with_name(path.name + ".tmp")
    # A string seed hashes the same on every run and machine (random.seed uses SHA-512 for it).
    stats = generate(tmp, amount, files, random.Random(seed))
    os.replace(tmp, path)
    meta = {"params": params, "stats": stats, "sha256": file_sha256(path)}
    write_json(meta_path, meta)
    print(f"input: generated {path.relative_to(REPO)} ({stats['bytes']:,} bytes, {stats['lines']:,} lines) "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return path, meta


# ---------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------


def on_stdin(path: Path, argv: list[str]) -> list[str]:
    """argv reading path on stdin, for the Runner (which gives its commands /dev/null):
    /bin/sh opens the file and execs argv, so the time and peak RSS measured are argv's own."""
    return ["/bin/sh", "-c", 'f=$1; shift; exec "$@" < "$f"', "sh", str(path), *argv]


def uconv(rule: str) -> list[str]:
    return ["uconv", "-f", "UTF-8", "-t", "UTF-8", "-x", rule]


def commands(binary: Path) -> list[tuple[str, str, list[str]]]:
    """(label, input kind, argv) of every timed command."""
    b = str(binary)
    return [
        ("uconv -x Devanagari-Latin", "hindi", uconv("Devanagari-Latin")),
        ("sangam translit --to latin", "hindi", [b, "translit", "--to", "latin"]),
        ("uconv -x Devanagari-Latin ", "hindi-distinct", uconv("Devanagari-Latin")),
        ("sangam translit --to latin ", "hindi-distinct", [b, "translit", "--to", "latin"]),
        ("sangam translit --key", "keys", [b, "translit", "--key"]),
        ("uconv -x Latin-Devanagari", "english", uconv("Latin-Devanagari")),
        (f"sangam translit --to devanagari --candidates {CANDIDATES}", "english",
         [b, "translit", "--to", "devanagari", "--candidates", str(CANDIDATES)]),
        (f"sangam translit --to devanagari --candidates {CANDIDATES} ", "names",
         [b, "translit", "--to", "devanagari", "--candidates", str(CANDIDATES)]),
    ]


def output_check(label: str, argv: list[str], path: Path, in_lines: int, timeout: float) -> dict:
    """Run argv once on path (warm-up), counting its output: lines, bytes, and per command
    the lines with no result (`-` keys, no candidate) and with keys for more than one word.
    Exits when sangam fails, prints nothing, or does not write one line per input line."""
    with open(path, "rb") as stdin:
        proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        out_bytes = out_lines = empty = multi = fields = 0
        tail = b""
        for block in blocks(proc.stdout):
            data = tail + block
            lines = data.split(b"\n")
            tail = lines.pop()
            for line in lines:
                out_lines += 1
                if "--key" in argv:
                    empty += line == b"-"
                    multi += b" " in line
                elif "--candidates" in argv:
                    empty += not line
                    fields += line.count(b"\t") + 1 if line else 0
                else:
                    empty += not line.strip()
            out_bytes += len(block)
        if tail:
            out_lines += 1  # a last line without its newline
        err = proc.stderr.read().decode("utf-8", "replace")
        rc = proc.wait(timeout=timeout)
    shown = f"{' '.join(argv)} < {path.relative_to(REPO)}"
    if rc != 0:
        sys.exit(f"error: {shown} exited {rc}\n{err[-2000:]}")
    sangam = label.startswith("sangam")
    if sangam and out_bytes == 0:
        sys.exit(f"error: {shown} printed nothing")
    if sangam and out_lines != in_lines:
        sys.exit(f"error: {shown}: {in_lines:,} lines in, {out_lines:,} out; `sangam translit` must "
                 f"write exactly one line per input line")
    return {"in_lines": in_lines, "out_lines": out_lines, "out_bytes": out_bytes, "empty": empty,
            "multi_word": multi, "candidates": fields, "stderr": err.strip()[:500],
            "no_final_newline": bool(tail)}


def word_counts(path: Path) -> tuple[int, int]:
    """(words, distinct words) of an input: the corpus is small, so the inputs repeat its
    words, and a per-word cache in sangam would serve every repeat; the report says how many."""
    words = LATIN_WORD.findall(path.read_text(encoding="utf-8")) + DEVANAGARI_WORD.findall(
        path.read_text(encoding="utf-8"))
    return len(words), len(set(words))


def count_lines(path: Path) -> int:
    n = 0
    with open(path, "rb") as f:
        for block in blocks(f):
            n += block.count(b"\n")
    return n


# ---------------------------------------------------------------------------------------
# Main: the timed runs and the report
# ---------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_binary_and_runs(ap, runs=5, per="command")
    ap.add_argument("--size-mb", type=int, default=20,
                    help="size of the Hindi text in MB of 10^6 bytes (default: 20)")
    ap.add_argument("--key-words", type=int, default=1_000_000,
                    help="words for --key, half English, half Hindi (default: 1000000)")
    ap.add_argument("--l2d-words", type=int, default=200_000,
                    help="English words for --to devanagari (default: 200000)")
    add_cpu_and_timeout(ap)
    args = ap.parse_args()
    if min(args.runs, args.size_mb, args.key_words, args.l2d_words) < 1:
        ap.error("--runs, --size-mb, --key-words and --l2d-words must be at least 1")

    binary = resolve_binary(args.binary)
    # The exceptions file read is the repository's, wherever the binary is.
    os.environ["SANGAM_DICTIONARIES"] = str(REPO / "Dictionaries")
    if shutil.which("uconv") is None:
        sys.exit("error: uconv not found (Debian package icu-devtools)")
    pin = pin_command(args.cpu)

    inputs = {
        "hindi": ensure_input("hindi", f"hi-{args.size_mb}mb", args.size_mb * MB),
        "keys": ensure_input("keys", f"keywords-{args.key_words}", args.key_words),
        "english": ensure_input("english", f"enwords-{args.l2d_words}", args.l2d_words),
        "hindi-distinct": ensure_input("hindi-distinct", f"hi-distinct-{max(1, args.size_mb // 2)}mb",
                                       max(1, args.size_mb // 2) * MB),
        "names": ensure_input("names", "names-train-words", 0),
    }
    sizes = {k: p.stat().st_size for k, (p, _) in inputs.items()}
    lines_in = {k: count_lines(p) for k, (p, _) in inputs.items()}
    distinct = {k: word_counts(p) for k, (p, _) in inputs.items()}
    jobs = commands(binary)

    print("warm-up and output check ...", file=sys.stderr)
    check = {label: output_check(label, argv, inputs[kind][0], lines_in[kind], args.timeout)
             for label, kind, argv in jobs}

    runner = Runner(pin, args.timeout)
    samples = Samples((label, kind) for label, kind, _ in jobs)
    load_before = os.getloadavg()
    try:
        run_interleaved(runner, jobs, args.runs, samples, argv_of=lambda job: on_stdin(inputs[job[1]][0], job[2]),
                        report=lambda samples: ", ".join(
                            f"{label} {samples.walls[(label, kind)][-1]:.2f}s" for label, kind, _ in jobs))
    finally:
        runner.close()
    load_after = os.getloadavg()

    # The figures: MB/s for text, words/s (input lines per second) for the word lists.
    def rate(label: str, kind: str) -> float:
        s = samples.med((label, kind))
        return sizes[kind] / MB / s if kind.startswith("hindi") else lines_in[kind] / s

    refs = {"hindi": "uconv -x Devanagari-Latin", "english": "uconv -x Latin-Devanagari",
            "hindi-distinct": "uconv -x Devanagari-Latin "}
    targets = {"sangam translit --to latin": (TARGET_ROMAN_MB_S, f"≥ {TARGET_ROMAN_MB_S:g} MB/s"),
               "sangam translit --to latin ": (TARGET_ROMAN_MB_S, f"≥ {TARGET_ROMAN_MB_S:g} MB/s"),
               "sangam translit --key": (TARGET_KEY_WORDS_S, f"≥ {TARGET_KEY_WORDS_S:,} words/s")}
    rows = []
    verdicts = []
    for label, kind, _ in jobs:
        r = rate(label, kind)
        shown_rate = f"{r:.2f} MB/s" if kind.startswith("hindi") else f"{r:,.0f} words/s"
        ratio = f"{r / rate(refs[kind], kind):.2f}" if kind in refs and label != refs[kind] else ""
        target = ""
        if label in targets:
            value, text = targets[label]
            ok = r >= value
            target = f"{text}: {'PASS' if ok else '**FAIL**'}"
            verdicts.append(f"- `{label}`: {shown_rate} against the target {text}: {'PASS' if ok else 'FAIL'}")
        rows.append(f"| `{label}` | {kind} | {samples.med((label, kind)):.3f} | {shown_rate} | {ratio} | {target} "
                    f"| {mib(samples.peak((label, kind)))} | {samples.cpu_med((label, kind)):.3f} |")

    now = utc_now()
    lines = header_lines("Sangam transliteration throughput", now)
    lines.append(f"- binary: {binary_description(binary)}; "
                 f"reference: `{shutil.which('uconv')}` ({first_line(['uconv', '--version'])})")
    lines.append(f"- pinned: `{' '.join(pin) or 'not pinned'}`; {args.runs} runs per command, round-robin; "
                 f"median wall time; input on stdin (`/bin/sh` redirects, then execs the command), output "
                 f"to /dev/null; max RSS via {runner.rss_method}, largest over runs")
    hindi_path, hindi_meta = inputs["hindi"]
    keys_path, keys_meta = inputs["keys"]
    en_path, en_meta = inputs["english"]
    lines.append(f"- hindi: `{hindi_path.relative_to(REPO)}`, {sizes['hindi']:,} bytes, "
                 f"{lines_in['hindi']:,} lines of Hindi news (Corpus/hi, paragraphs shuffled, numbers varied)")
    lines.append(f"- keys: `{keys_path.relative_to(REPO)}`, {lines_in['keys']:,} words one per line "
                 f"({sizes['keys']:,} bytes), English and Hindi alternately, drawn from the "
                 f"{keys_meta['stats']['distinct_en']:,} distinct English and {keys_meta['stats']['distinct_hi']:,} "
                 f"distinct Hindi words of Corpus/ by frequency")
    lines.append(f"- english: `{en_path.relative_to(REPO)}`, {lines_in['english']:,} English words one per line "
                 f"({sizes['english']:,} bytes), drawn from Corpus/en by frequency")
    lines.append(f"- hindi-distinct: `{inputs['hindi-distinct'][0].relative_to(REPO)}`, {sizes['hindi-distinct']:,} bytes "
                 f"of generated Hindi-looking words, none repeated: the worst case, where a per-word cache never hits")
    lines.append(f"- names: `{inputs['names'][0].relative_to(REPO)}`, the {lines_in['names']:,} distinct English words "
                 f"of Dictionaries/names-train-*.tsv, each once")
    lines.append("- repetition: " + "; ".join(
        f"{k} {d:,} distinct words of {n:,} ({1 - d / n:.1%} repeats)" for k, (n, d) in distinct.items())
        + ". The corpus is small: a per-word cache serves every repeat, so with one these figures "
        "are cache speed, not rule speed")
    lines.append("- MB = 10^6 bytes of input; words/s = input lines ÷ median seconds; × uconv = rate ÷ "
                 "uconv's rate on the same input (above 1 is faster); CPU s = median user+sys seconds")
    lines.append(load_line(load_before, load_after))
    lines.append("")
    lines.append("| command | input | median s | rate | × uconv | target | max RSS | CPU s |")
    lines.append("|---|---|---:|---:|---:|---|---:|---:|")
    lines.extend(rows)
    lines.append("")
    lines.extend(noise_warning([label for label, kind, _ in jobs if samples.noisy((label, kind))]))
    lines.append("Targets:")
    lines.extend(verdicts)
    lines.append("")
    lines.append("Per-run wall seconds:")
    for label, kind, _ in jobs:
        lines.append(f"- {label}: " + ", ".join(f"{w:.3f}" for w in samples.walls[(label, kind)])
                     + " (CPU s: " + ", ".join(f"{c:.3f}" for c in samples.cpus[(label, kind)]) + ")")
    lines.append("")
    lines.append("Output check (the warm-up run, output counted):")
    for label, kind, _ in jobs:
        c = check[label]
        extra = ""
        if "--key" in label:
            extra = f"; {c['empty']:,} words without a key (`-`), {c['multi_word']:,} lines with keys of more than one word"
        elif "--candidates" in label:
            extra = (f"; {c['candidates'] / max(c['out_lines'], 1):.2f} candidates a word on average, "
                     f"{c['empty']:,} words without a candidate")
        elif label.startswith("sangam"):
            extra = f"; {c['empty']:,} empty output lines"
        extra += "; no newline after the last line" if c["no_final_newline"] else ""
        extra += f"; stderr: `{c['stderr'].splitlines()[0][:200]}`" if c["stderr"] else ""
        lines.append(f"- {label}: {c['in_lines']:,} lines in, {c['out_lines']:,} out "
                     f"({c['out_bytes']:,} bytes){extra}")
    lines.append("")

    write_report("translit-throughput", lines, {
        "date": now,
        "binary": str(binary.resolve()),
        "runs": args.runs,
        "inputs": {k: {"path": str(p), "bytes": sizes[k], "lines": lines_in[k], "stats": m["stats"]}
                   for k, (p, m) in inputs.items()},
        "rates": {label: rate(label, kind) for label, kind, _ in jobs},
        "words_distinct": {k: {"words": n, "distinct": d} for k, (n, d) in distinct.items()},
        "targets": {"roman_mb_s": TARGET_ROMAN_MB_S, "key_words_s": TARGET_KEY_WORDS_S},
        "output_check": check,
        **samples.to_json(),
        "loadavg_before": load_before,
        "loadavg_after": load_after,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
