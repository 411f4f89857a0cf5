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
import datetime as dt
import hashlib
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "Benchmarks"
OUTPUT = BENCH / "output"
CORPUS = REPO / "Corpus"

# Bump when the corpus generator changes, so old files are not reused by mistake.
GENERATOR_VERSION = 1
SEED = 20251206
MEMORY_SIZE_MB = 10
MB = 1_000_000

# ---------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------

_ASCII_DIGITS = "0123456789"
_DEVANAGARI_DIGITS = "०१२३४५६७८९"
_NUMBER = re.compile(r"[0-9]+|[०-९]+")


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


def _vary_numbers(text: str, rng: random.Random) -> str:
    """Replace every digit run by random digits of the same length and script.

    The first digit is zero only where it was zero, so "2025" stays a 4-digit number,
    "Dec 5" does not become "Dec 0", and "05" and "0.25" keep their shape.
    """

    def sub(m: re.Match[str]) -> str:
        s = m.group(0)
        digits = _ASCII_DIGITS if s[0] in _ASCII_DIGITS else _DEVANAGARI_DIGITS
        first = digits[0] if s[0] == digits[0] else digits[rng.randint(1, 9)]
        return first + "".join(digits[rng.randint(0, 9)] for _ in s[1:])

    return _NUMBER.sub(sub, text)


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
                chunk = ("" if first else "\n") + _vary_numbers(para, rng) + "\n"
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


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


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
        try:
            meta = json.loads(meta_path.read_text())
        except (OSError, ValueError):
            meta = {}
        if (
            meta.get("params") == params
            and path.stat().st_size == meta.get("stats", {}).get("bytes")
            and _file_sha256(path) == meta.get("sha256")
        ):
            print(f"corpus: reusing {path.relative_to(REPO)} ({meta['stats']['bytes']:,} bytes)",
                  file=sys.stderr)
            return path, meta
    t0 = time.perf_counter()
    stats = _generate(path, size_mb * MB, files, seed)
    meta = {"params": params, "stats": stats, "sha256": _file_sha256(path)}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    print(f"corpus: generated {path.relative_to(REPO)} ({stats['bytes']:,} bytes, "
          f"en {stats['bytes_en'] / stats['bytes']:.0%} / hi {stats['bytes_hi'] / stats['bytes']:.0%}, "
          f"{stats['paragraphs']:,} paragraphs) in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    return path, meta


# ---------------------------------------------------------------------------------------
# Running commands
# ---------------------------------------------------------------------------------------

GNU_TIME = "/usr/bin/time"


def _has_gnu_time() -> bool:
    if not os.access(GNU_TIME, os.X_OK):
        return False
    try:
        r = subprocess.run([GNU_TIME, "-f", "%M", "true"], capture_output=True, text=True)
    except OSError:
        return False
    return r.returncode == 0 and r.stderr.strip().splitlines()[-1].isdigit()


class Runner:
    """Runs one command at a time, pinned, and measures wall time, CPU time and max RSS.

    Max RSS comes from GNU time's %M when /usr/bin/time works. Otherwise it comes from the
    rusage that os.wait4 returns for the child (taskset execs the command, so that is the
    command itself); but Linux carries a process's peak RSS across exec, so that figure
    can never be below this Python process's own peak at the time of the spawn: such
    values are reported as 0 (n/a). CPU time always comes from the child's wait4 rusage,
    which includes its waited-for descendants.
    """

    def __init__(self, pin: list[str], timeout: float):
        self.pin = pin
        self.timeout = timeout
        self.gnu_time = _has_gnu_time()
        fd, name = tempfile.mkstemp(prefix="sangam-bench-rss-", suffix=".txt")
        os.close(fd)
        self.rss_file = name
        self.err = tempfile.TemporaryFile(prefix="sangam-bench-stderr-")
        self.floor_kib = 0  # fallback only: our own peak RSS, below which wait4 cannot see

    def close(self) -> None:
        self.err.close()
        try:
            os.unlink(self.rss_file)
        except OSError:
            pass

    def run(self, argv: list[str]) -> tuple[float, float, int]:
        """Run argv once, output to /dev/null; return (wall s, CPU s user+sys, max RSS KiB)."""
        if self.gnu_time:
            full = self.pin + [GNU_TIME, "-o", self.rss_file, "-f", "%M"] + argv
        else:
            full = self.pin + argv
        self.err.seek(0)
        self.err.truncate()
        if not self.gnu_time:
            self.floor_kib = max(self.floor_kib,
                                 resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        t0 = time.perf_counter()
        proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=self.err)
        timer = threading.Timer(self.timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            self.err.seek(0)
            err = self.err.read().decode("utf-8", "replace").strip()
            why = f"timed out after {self.timeout:g} s" if wall >= self.timeout else \
                f"exited {proc.returncode}"
            sys.exit(f"error: {' '.join(argv)} {why}\n{err[-2000:]}")
        cpu = usage.ru_utime + usage.ru_stime
        if self.gnu_time:
            with open(self.rss_file) as f:
                rss = int(f.read().strip().splitlines()[-1])
        else:
            rss = usage.ru_maxrss if usage.ru_maxrss > self.floor_kib else 0  # KiB on Linux
        return wall, cpu, rss


def sanity_check(binary: Path, corpus: Path, timeout: float) -> dict[str, dict]:
    """Run each sangam command once on the small corpus, counting the output.

    Doubles as a warm-up (page cache, dynamic loader). Fails loudly if a command prints
    nothing or, for normalize, changes the number of lines.
    """
    in_lines = 0
    with open(corpus, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            in_lines += block.count(b"\n")
    results = {}
    for name, argv in sangam_commands(binary, corpus):
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out_bytes = out_lines = 0
        assert proc.stdout is not None
        for block in iter(lambda: proc.stdout.read(1 << 20), b""):
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
# Report
# ---------------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _first_line(argv: list[str]) -> str:
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def _mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB" if kib else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=".build/release/sangam",
                    help="sangam binary; relative paths are taken from the repository root "
                         "(default: .build/release/sangam)")
    ap.add_argument("--runs", type=int, default=5, help="runs per command (default: 5)")
    ap.add_argument("--size-mb", type=int, default=50,
                    help="size of the main corpus in MB of 10^6 bytes (default: 50)")
    ap.add_argument("--cpu", type=int, default=0, help="core to pin to with taskset (default: 0)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed per run (default: 900)")
    args = ap.parse_args()
    if args.runs < 1 or args.size_mb < 1:
        ap.error("--runs and --size-mb must be at least 1")

    binary = Path(args.binary)
    if not binary.is_absolute():
        binary = REPO / binary
    if not os.access(binary, os.X_OK):
        sys.exit(f"error: no executable sangam at {binary} (build it: swift build -c release)")
    if shutil.which("uconv") is None:
        sys.exit("error: uconv not found (Debian package icu-devtools)")
    if shutil.which("taskset"):
        pin = ["taskset", "-c", str(args.cpu)]
    else:
        pin = []
        print("warning: taskset not found: runs are NOT pinned to one core", file=sys.stderr)

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
    walls: dict[tuple[str, str], list[float]] = {(n, s): [] for n, s, _ in jobs}
    cpus: dict[tuple[str, str], list[float]] = {(n, s): [] for n, s, _ in jobs}
    rsss: dict[tuple[str, str], list[int]] = {(n, s): [] for n, s, _ in jobs}
    load_before = os.getloadavg()
    try:
        for r in range(args.runs):
            k = r % len(jobs)
            for name, size, argv in jobs[k:] + jobs[:k]:
                wall, cpu, rss = runner.run(argv)
                walls[(name, size)].append(wall)
                cpus[(name, size)].append(cpu)
                rsss[(name, size)].append(rss)
            print(f"round {r + 1}/{args.runs}: " + ", ".join(
                f"{n} {walls[(n, 'big')][-1]:.2f}s" for n, s, _ in jobs if s == "big"),
                file=sys.stderr)
    finally:
        runner.close()
    load_after = os.getloadavg()

    def med(name: str, size: str = "big") -> float:
        return statistics.median(walls[(name, size)])

    def cpu_med(name: str, size: str = "big") -> float:
        return statistics.median(cpus[(name, size)])

    def spread(name: str, size: str = "big") -> float:
        w = walls[(name, size)]
        return (max(w) - min(w)) / statistics.median(w)

    def peak(name: str, size: str) -> int:
        return max(rsss[(name, size)])

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

    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count()
    rss_method = ("GNU time %M" if runner.gnu_time else
                  f"the child's wait4 rusage (GNU time missing: values at or below this "
                  f"script's own {runner.floor_kib / 1024:.1f} MiB show as n/a; "
                  f"`apt-get install time` for exact figures)")
    try:
        shown_binary = str(binary.relative_to(REPO))
    except ValueError:
        shown_binary = str(binary)
    if binary.resolve() != binary:
        shown_binary += f"` → `{binary.resolve()}"

    lines = []
    lines.append("# Sangam text throughput")
    lines.append("")
    lines.append(f"- date: {now}")
    lines.append(f"- machine: nproc {affinity} (cpu_count {os.cpu_count()}), CPU `{_cpu_model()}`, "
                 f"{platform.system()} {platform.release()}")
    lines.append(f"- binary: `{shown_binary}` ({_first_line([str(binary), '--version'])}); "
                 f"reference: `{shutil.which('uconv')}` ({_first_line(['uconv', '--version'])})")
    lines.append(f"- pinned: `{' '.join(pin) or 'not pinned'}`; {args.runs} runs per command, "
                 f"round-robin; median wall time; output to /dev/null; max RSS via {rss_method}, "
                 f"largest over runs")
    lines.append(f"- corpus: `{big.relative_to(REPO)}`, {big_bytes:,} bytes "
                 f"(en {big_meta['stats']['bytes_en'] / big_bytes:.0%}, "
                 f"hi {big_meta['stats']['bytes_hi'] / big_bytes:.0%}, "
                 f"{big_meta['stats']['paragraphs']:,} paragraphs, seed {SEED}); "
                 f"memory check also on `{small.relative_to(REPO)}`, {small_bytes:,} bytes")
    lines.append(f"- MB = 10^6 bytes of input; × uconv = MB/s ÷ uconv's MB/s (above 1 is faster); "
                 f"CPU s = median user+sys seconds")
    lines.append(f"- load average (1 min) before/after the timed runs: "
                 f"{load_before[0]:.2f} / {load_after[0]:.2f}")
    lines.append("")
    s_lbl, b_lbl = f"{MEMORY_SIZE_MB} MB", f"{args.size_mb} MB"
    lines.append(f"| command | median s | MB/s | × uconv | max RSS {s_lbl} | max RSS {b_lbl} "
                 f"| RSS {b_lbl} ÷ {s_lbl} | CPU s |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for cmd, m, mbs, ratio, rs, rb, cpu in rows:
        rr = f"{rb / rs:.2f}" if rs and rb else "n/a"
        lines.append(f"| {cmd} | {m:.3f} | {mbs:.1f} | {ratio:.2f} | {_mib(rs)} | {_mib(rb)} "
                     f"| {rr} | {cpu:.3f} |")
    lines.append("")
    noisy = [n for n, s, _ in jobs if s == "big" and args.runs > 1 and spread(n) > 0.10]
    if noisy:
        lines.append("**Noisy run:** wall times of " + ", ".join(f"`{n}`" for n in noisy)
                     + " spread more than 10 % of their median (max − min); another process "
                     "was probably using the machine. Compare CPU s, or rerun on a quiet machine.")
        lines.append("")

    # Memory verdict: flat means the peak does not grow with the input. Allow a little
    # slack for allocator noise (10 % or 8 MiB, whichever is larger).
    verdicts = []
    for name, _ in sangam_commands(binary, big):
        rs, rb = peak(name, "small"), peak(name, "big")
        if not rs or not rb:
            verdicts.append(f"- `{name}`: RSS not measured")
            continue
        grew = rb - rs
        flat = grew <= max(0.10 * rs, 8 * 1024)
        verdicts.append(f"- `sangam {name}`: {_mib(rs)} → {_mib(rb)} "
                        f"({'flat' if flat else f'GROWS by {grew / 1024:.1f} MiB, ×{rb / rs:.2f}'})")
    lines.append(f"Memory, {s_lbl} → {b_lbl} input:")
    lines.extend(verdicts)
    lines.append("")
    lines.append(f"Per-run wall seconds ({b_lbl}):")
    for name, size, _ in jobs:
        if size == "big":
            lines.append(f"- {name}: " + ", ".join(f"{w:.3f}" for w in walls[(name, size)])
                         + f" (CPU s: " + ", ".join(f"{c:.3f}" for c in cpus[(name, size)]) + ")")
    lines.append("")
    lines.append(f"Output check on {s_lbl} ({check['segment']['in_lines']:,} input lines): " + "; ".join(
        f"{n}: {c['out_lines']:,} lines, {c['out_bytes']:,} bytes" for n, c in check.items()))
    lines.append("")

    report = "\n".join(lines)
    print(report)
    (OUTPUT / "text-throughput.md").write_text(report)
    (OUTPUT / "text-throughput.json").write_text(json.dumps({
        "date": now,
        "binary": str(binary.resolve()),
        "runs": args.runs,
        "corpus": {"path": str(big), "bytes": big_bytes, "small_path": str(small),
                   "small_bytes": small_bytes},
        "walls": {f"{n} [{s}]": v for (n, s), v in walls.items()},
        "cpu": {f"{n} [{s}]": v for (n, s), v in cpus.items()},
        "max_rss_kib": {f"{n} [{s}]": v for (n, s), v in rsss.items()},
        "loadavg_before": load_before,
        "loadavg_after": load_after,
    }, indent=2, ensure_ascii=False) + "\n")
    print(f"written: {(OUTPUT / 'text-throughput.md').relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
