"""Shared code of the benchmark scripts in Benchmarks/ (text-throughput.py, ingest-throughput.py).

Paths, the digit variation of the generated inputs, running a command pinned to one core
under GNU time (wall time, CPU time, peak RSS), the per-run samples and their medians, and
the pieces of the Markdown/JSON report both scripts write. Python 3 standard library only.
Not a script: the benchmarks import it from their own directory.
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
from collections.abc import Hashable, Iterable, Iterator
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "Benchmarks"
OUTPUT = BENCH / "output"
CORPUS = REPO / "Corpus"

MB = 1_000_000
MIB = 1024 * 1024
BLOCK = 1 << 20  # read size for hashing and counting

# A command's wall times are noisy when they spread more than this fraction of their median.
NOISE_SPREAD = 0.10

# ---------------------------------------------------------------------------------------
# Generated inputs
# ---------------------------------------------------------------------------------------

ASCII_DIGITS = "0123456789"
DEVANAGARI_DIGITS = "०१२३४५६७८९"
_NUMBER = re.compile(r"[0-9]+|[०-९]+")


def vary_numbers(text: str, rng: random.Random) -> str:
    """Replace every digit run by random digits of the same length and script.

    The first digit is zero only where it was zero, so "2025" stays a 4-digit number,
    "Dec 5" does not become "Dec 0", and "05" and "0.25" keep their shape.
    """

    def sub(m: re.Match[str]) -> str:
        s = m.group(0)
        digits = ASCII_DIGITS if s[0] in ASCII_DIGITS else DEVANAGARI_DIGITS
        first = digits[0] if s[0] == digits[0] else digits[rng.randint(1, 9)]
        return first + "".join(digits[rng.randint(0, 9)] for _ in s[1:])

    return _NUMBER.sub(sub, text)


def blocks(f: IO[bytes]) -> Iterator[bytes]:
    """The rest of a binary stream, BLOCK bytes at a time."""
    return iter(lambda: f.read(BLOCK), b"")


def hash_file(h, path: Path) -> None:
    """Feed a file's content to the hash object h."""
    with open(path, "rb") as f:
        for block in blocks(f):
            h.update(block)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    hash_file(h, path)
    return h.hexdigest()


def read_meta(meta_path: Path) -> dict:
    """The metadata beside a generated input, or {} when it is unreadable."""
    try:
        return json.loads(meta_path.read_text())
    except (OSError, ValueError):
        return {}


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------
# Options and set-up
# ---------------------------------------------------------------------------------------


def add_binary_and_runs(ap: argparse.ArgumentParser, runs: int, per: str) -> None:
    """--binary and --runs (the options every benchmark starts with)."""
    ap.add_argument("--binary", default=".build/release/sangam",
                    help="sangam binary; relative paths are taken from the repository root "
                         "(default: .build/release/sangam)")
    ap.add_argument("--runs", type=int, default=runs, help=f"runs per {per} (default: {runs})")


def add_cpu_and_timeout(ap: argparse.ArgumentParser) -> None:
    """--cpu and --timeout (the options every benchmark ends with)."""
    ap.add_argument("--cpu", type=int, default=0, help="core to pin to with taskset (default: 0)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed per run (default: 900)")


def resolve_binary(arg: str) -> Path:
    """The sangam binary (relative paths from the repository root); exits unless executable."""
    binary = Path(arg)
    if not binary.is_absolute():
        binary = REPO / binary
    if not os.access(binary, os.X_OK):
        sys.exit(f"error: no executable sangam at {binary} (build it: swift build -c release)")
    return binary


def pin_command(cpu: int) -> list[str]:
    """The taskset prefix that pins a run to one core, or [] (with a warning) without taskset."""
    if shutil.which("taskset"):
        return ["taskset", "-c", str(cpu)]
    print("warning: taskset not found: runs are NOT pinned to one core", file=sys.stderr)
    return []


def rotated(items: list, r: int) -> list:
    """items started at round r's place, so that no item always runs first or last."""
    k = r % len(items)
    return items[k:] + items[:k]


# ---------------------------------------------------------------------------------------
# Running commands
# ---------------------------------------------------------------------------------------


def run_interleaved(runner: "Runner", jobs: list, runs: int, samples: "Samples",
                    argv_of=lambda job: job[2], report=None, before=None) -> None:
    """Runs each job (key, variant, argv, ...) `runs` times, the order rotated every round so
    that no job always runs first or last (the machine drifts), adding each run's figures to
    `samples` under (key, variant). After each round a line on stderr: `report(samples)` or
    "done". `argv_of` makes the command line of a job (default: its third field); `before(job)`,
    if given, runs untimed before each run."""
    for r in range(runs):
        for job in rotated(jobs, r):
            if before:
                before(job)
            wall, cpu, rss, _, _ = runner.run(argv_of(job))
            samples.add((job[0], job[1]), wall, cpu, rss)
        print(f"round {r + 1}/{runs}" + (f": {report(samples)}" if report else " done"), file=sys.stderr)

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

    The command's stdout goes to /dev/null unless keep_stdout is set (ingest: the summary
    line is the article count to check); its stderr is always kept.
    """

    def __init__(self, pin: list[str], timeout: float, keep_stdout: bool = False):
        self.pin = pin
        self.timeout = timeout
        self.gnu_time = _has_gnu_time()
        fd, name = tempfile.mkstemp(prefix="sangam-bench-rss-", suffix=".txt")
        os.close(fd)
        self.rss_file = name
        self.out = tempfile.TemporaryFile(prefix="sangam-bench-stdout-") if keep_stdout else None
        self.err = tempfile.TemporaryFile(prefix="sangam-bench-stderr-")
        self.floor_kib = 0  # fallback only: our own peak RSS, below which wait4 cannot see

    def close(self) -> None:
        if self.out is not None:
            self.out.close()
        self.err.close()
        try:
            os.unlink(self.rss_file)
        except OSError:
            pass

    @property
    def rss_method(self) -> str:
        """How max RSS is measured, for the report."""
        if self.gnu_time:
            return "GNU time %M"
        return (f"the child's wait4 rusage (GNU time missing: values at or below this "
                f"script's own {self.floor_kib / 1024:.1f} MiB show as n/a; "
                f"`apt-get install time` for exact figures)")

    def run(self, argv: list[str]) -> tuple[float, float, int, str, str]:
        """Run argv once; return (wall s, CPU s user+sys, max RSS KiB, stdout, stderr).

        stdout is "" unless keep_stdout. Exits with the command's output if it fails or
        times out.
        """
        if self.gnu_time:
            full = self.pin + [GNU_TIME, "-o", self.rss_file, "-f", "%M"] + argv
        else:
            full = self.pin + argv
        for f in (self.out, self.err):
            if f is not None:
                f.seek(0)
                f.truncate()
        if not self.gnu_time:
            self.floor_kib = max(self.floor_kib, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        t0 = time.perf_counter()
        proc = subprocess.Popen(full, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL if self.out is None else self.out,
                                stderr=self.err)
        timer = threading.Timer(self.timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out = ""
        if self.out is not None:
            self.out.seek(0)
            out = self.out.read().decode("utf-8", "replace")
        self.err.seek(0)
        err = self.err.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            why = f"timed out after {self.timeout:g} s" if wall >= self.timeout else \
                f"exited {proc.returncode}"
            shown = f"{out[-1000:]}\n{err[-2000:]}" if self.out is not None else err.strip()[-2000:]
            sys.exit(f"error: {' '.join(argv)} {why}\n{shown}")
        cpu = usage.ru_utime + usage.ru_stime
        if self.gnu_time:
            with open(self.rss_file) as f:
                rss = int(f.read().strip().splitlines()[-1])
        else:
            rss = usage.ru_maxrss if usage.ru_maxrss > self.floor_kib else 0  # KiB on Linux
        return wall, cpu, rss, out, err


class Samples:
    """Wall s, CPU s and max RSS KiB of every timed run, by key: a (command, variant) pair."""

    def __init__(self, keys: Iterable[tuple[Hashable, Hashable]]):
        keys = list(keys)
        self.walls: dict[tuple, list[float]] = {k: [] for k in keys}
        self.cpus: dict[tuple, list[float]] = {k: [] for k in keys}
        self.rsss: dict[tuple, list[int]] = {k: [] for k in keys}

    def add(self, key: tuple, wall: float, cpu: float, rss: int) -> None:
        self.walls[key].append(wall)
        self.cpus[key].append(cpu)
        self.rsss[key].append(rss)

    def med(self, key: tuple) -> float:
        """Median wall seconds."""
        return statistics.median(self.walls[key])

    def cpu_med(self, key: tuple) -> float:
        """Median CPU seconds."""
        return statistics.median(self.cpus[key])

    def peak(self, key: tuple) -> int:
        """Largest max RSS, KiB (0: not measured)."""
        return max(self.rsss[key])

    def noisy(self, key: tuple) -> bool:
        """Whether the wall times (more than one) spread more than NOISE_SPREAD of their median."""
        w = self.walls[key]
        return len(w) > 1 and (max(w) - min(w)) / statistics.median(w) > NOISE_SPREAD

    def to_json(self) -> dict:
        """The raw samples for the .json output, keyed "COMMAND [VARIANT]"."""
        def named(d: dict) -> dict:
            return {f"{a} [{b}]": v for (a, b), v in d.items()}
        return {"walls": named(self.walls), "cpu": named(self.cpus), "max_rss_kib": named(self.rsss)}


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


def first_line(argv: list[str]) -> str:
    """The first line a command prints (for --version), or "unknown"."""
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB" if kib else "n/a"


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def header_lines(title: str, now: str) -> list[str]:
    """The report's title, date and machine lines."""
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count()
    return [
        f"# {title}",
        "",
        f"- date: {now}",
        f"- machine: nproc {affinity} (cpu_count {os.cpu_count()}), CPU `{_cpu_model()}`, "
        f"{platform.system()} {platform.release()}",
    ]


def binary_description(binary: Path) -> str:
    """`PATH` (→ `RESOLVED`) (VERSION), PATH relative to the repository where it can be."""
    try:
        shown = str(binary.relative_to(REPO))
    except ValueError:
        shown = str(binary)
    if binary.resolve() != binary:
        shown += f"` → `{binary.resolve()}"
    return f"`{shown}` ({first_line([str(binary), '--version'])})"


def load_line(before: tuple[float, ...], after: tuple[float, ...]) -> str:
    return (f"- load average (1 min) before/after the timed runs: "
            f"{before[0]:.2f} / {after[0]:.2f}")


def noise_warning(noisy: list[str]) -> list[str]:
    """The report's warning paragraph about the noisy commands, or nothing when none."""
    if not noisy:
        return []
    return ["**Noisy run:** wall times of " + ", ".join(f"`{n}`" for n in noisy)
            + " spread more than 10 % of their median (max − min); another process "
            "was probably using the machine. Compare CPU s, or rerun on a quiet machine.",
            ""]


def memory_growth(small_kib: int, big_kib: int) -> str:
    """`A → B (flat)` or `A → B (GROWS by …)` for the peak RSS on a smaller and a larger input.

    Flat means the peak does not grow with the input, with a little slack for allocator
    noise (10 % or 8 MiB, whichever is larger).
    """
    if not small_kib or not big_kib:
        return "RSS not measured"
    grew = big_kib - small_kib
    flat = grew <= max(0.10 * small_kib, 8 * 1024)
    return (f"{mib(small_kib)} → {mib(big_kib)} "
            f"({'flat' if flat else f'GROWS by {grew / 1024:.1f} MiB, ×{big_kib / small_kib:.2f}'})")


def write_report(name: str, lines: list[str], data: dict) -> None:
    """Print the report and write it to output/NAME.md, the raw numbers to output/NAME.json."""
    report = "\n".join(lines)
    print(report)
    (OUTPUT / f"{name}.md").write_text(report)
    write_json(OUTPUT / f"{name}.json", data)
    print(f"written: {(OUTPUT / f'{name}.md').relative_to(REPO)}", file=sys.stderr)


# ---------------------------------------------------------------------------------------
# The evaluation venv
# ---------------------------------------------------------------------------------------

EVAL_VENV = REPO / ".build" / "eval-venv"


def venv_python_with(package: str, module: str | None = None) -> Path | None:
    """The Python of .build/eval-venv with `package` installed from PyPI (on demand), or None
    with a message on stderr when the venv or the install fails."""
    python = EVAL_VENV / "bin" / "python"
    if not python.exists():
        r = subprocess.run([sys.executable, "-m", "venv", str(EVAL_VENV)], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"python3 -m venv {EVAL_VENV} failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    if subprocess.run([str(python), "-c", f"import {module or package}"], capture_output=True).returncode != 0:
        print(f"installing {package} into {EVAL_VENV.relative_to(REPO)} ...", file=sys.stderr)
        r = subprocess.run([str(python), "-m", "pip", "install", "--quiet", package], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"pip install {package} failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    return python
