#!/usr/bin/env python3
"""Transliteration evaluation for `sangam translit` on Dictionaries/names-dev.tsv (issue 4).

Runs the built binary over the name list, every line of a metric through one process's
stdin, and prints one table of:

  romanisation        Hindi → Latin (`--to latin`): word-exact and full-name-exact rates
                      (case-insensitive) and the character error rate on the full name
  Latin → Devanagari  `--to devanagari --candidates 5`, per word: top-1 and top-5 accuracy
  key recall          per aligned word pair: the English and the Hindi word share a key
  selectivity         how many words of a large Hindi word list share a key with each
                      English word (median, mean, 90th percentile)

with and without the exceptions dictionary (`--no-exceptions`), over all rows that are
transliterations and again without the rows marked expected-hard, next to ICU's `uconv`
(Devanagari-Latin; Latin-ASCII and Latin-Devanagari) as a baseline, and the issue's
targets with met / not met.

Python 3 standard library only; the selectivity word list comes from wordfreq, which the
script installs into its own venv (.build/eval-venv), or else from the FreeDict
English-Hindi dictionary. Usage (from any directory):

  python3 Benchmarks/eval-translit.py --binary .build/debug/sangam [--failures 20]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# The shared code lives beside this script; import it from there whatever the cwd. No
# __pycache__ is written into the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import OUTPUT, REPO, binary_description, first_line, utc_now, write_json  # noqa: E402

NAMES = REPO / "Dictionaries" / "names-dev.tsv"
EXCEPTIONS = REPO / "Dictionaries" / "romanisation-exceptions.tsv"
GLOSSARY = REPO / "Dictionaries" / "glossary.tsv"
# The glossary's kinds whose names Sangam spells from the glossary (GlossaryPlaceNames.swift).
GLOSSARY_PLACE_KINDS = {"city", "country", "place", "river", "state"}
VENV = REPO / ".build" / "eval-venv"
FREEDICT = Path("/usr/share/dictd/freedict-eng-hin.dict.dz")

# Targets from the issue.
TARGET_ROMAN_WORD = 0.85
TARGET_L2D_TOP1 = 0.70
TARGET_L2D_TOP5 = 0.90
TARGET_KEY_RECALL = 0.97

CANDIDATES = 5
# A one-word variant of a longer name stands for the Hindi word it is closest to, when at
# most this fraction of that word's letters differ (पिल्लई for पिल्लै in "पी. एस. श्रीधरन
# पिल्लै"); further off it is an acronym or a translation (भाजपा), not a spelling.
VARIANT_WORD_DISTANCE = 1 / 3
# Letters of a word in the selectivity list: Devanagari without the danda, the digits and
# the abbreviation sign.
DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f]+")

SUBSETS = {"all": "all transliterated rows", "excl_hard": "excluding expected-hard",
           "unseen": "words in no dictionary (exceptions file, glossary places)"}

# ---------------------------------------------------------------------------------------
# The name list
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """One row of names-dev.tsv, with its note read into flags."""

    line: int
    english: str
    hindi: str
    kind: str
    note: str
    translated: bool  # the Hindi translates the English: no transliteration metric uses it
    hard: str  # why the row is expected-hard (a kept expected failure), or ""
    variants: tuple[str, ...]  # other accepted Hindi spellings (of the name or of one word)
    # (English word, its accepted Hindi spellings) when English and Hindi have as many
    # words; None otherwise (then only the full-name metrics use the row).
    pairs: tuple[tuple[str, tuple[str, ...]], ...] | None

    def subsets(self) -> list[str]:
        return ["all"] if self.hard else ["all", "excl_hard"]


class Exceptions:
    """The words Sangam knows the spelling of from a dictionary rather than by rule: the
    exceptions dictionary (`hindi<TAB>english` lines) and every word of the glossary's place
    names (kinds city, country, place, river, state; the English and the first Hindi form),
    which romanisation and Latin → Devanagari use as exceptions when the two words share a
    phonetic key. They tell the word pairs a dictionary covers from those only the rules can
    get right: both files are written by the same engineers, so figures on the covered words
    say little about the rules. (Every glossary place word counts as covered, even one Sangam
    leaves to the rules because its keys differ: the last column errs on the strict side.)"""

    def __init__(self, path: Path, glossary: Path):
        self.hindi: set[str] = set()
        self.english: set[str] = set()
        self.glossary_hindi: set[str] = set()
        self.found = path.exists()
        if self.found:
            for line in path.read_text(encoding="utf-8").splitlines():
                fields = line.split("\t")
                if line.startswith("#") or len(fields) < 2:
                    continue
                self.hindi.add(nfc(fields[0].strip()))
                self.english.add(fields[1].strip().casefold())
        if glossary.exists():
            for line in glossary.read_text(encoding="utf-8").splitlines():
                fields = line.split("\t")
                if line.startswith("#") or len(fields) < 3 or fields[2].strip() not in GLOSSARY_PLACE_KINDS:
                    continue
                words = nfc(fields[1].split("|")[0].strip()).split()
                self.glossary_hindi.update(words)
                self.hindi.update(words)
                self.english.update(w.casefold() for w in fields[0].split())

    def covers(self, english: str, accepted: tuple[str, ...]) -> bool:
        return english.casefold() in self.english or any(h in self.hindi for h in accepted)


def levenshtein(a: str, b: str) -> int:
    """Edit distance in code points (insertions, deletions, substitutions, all cost 1)."""
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _word_pairs(english: str, hindi: str, variants: tuple[str, ...]):
    """The aligned word pairs of a row, or None when the word counts differ.

    A variant with as many words as the Hindi gives each word an alternative spelling; a
    one-word variant of a longer name gives one to the word it is closest to, if close
    enough (VARIANT_WORD_DISTANCE); any other variant (a contraction like विष्णुदेव साय,
    an acronym) is accepted for no single word.
    """
    en_words, hi_words = english.split(), hindi.split()
    if len(en_words) != len(hi_words):
        return None
    accepted = [[nfc(h)] for h in hi_words]
    for variant in variants:
        v_words = variant.split()
        if len(v_words) == len(hi_words):
            for i, v in enumerate(v_words):
                accepted[i].append(nfc(v))
        elif len(v_words) == 1:
            v = nfc(v_words[0])
            dist, i = min((levenshtein(v, nfc(h)) / max(len(v), len(h)), i) for i, h in enumerate(hi_words))
            if dist <= VARIANT_WORD_DISTANCE:
                accepted[i].append(v)
    return tuple((e, tuple(dict.fromkeys(a))) for e, a in zip(en_words, accepted))


def load_names(path: Path) -> list[Name]:
    """The rows of the name list. The note is `;`-separated tags: `variant: SPELLING`,
    `expected-hard: WHY`, `translated`, or free text (read as a normal row)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[:4] != ["english", "hindi", "type", "note"]:
        sys.exit(f"error: {path}: expected the header english<TAB>hindi<TAB>type<TAB>note")
    names = []
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip() or not fields[1].strip():
            sys.exit(f"error: {path}:{number}: expected english<TAB>hindi<TAB>type<TAB>note")
        fields += [""] * (4 - len(fields))
        english, hindi, kind, note = (f.strip() for f in fields[:4])
        tags = [t.strip() for t in note.split(";")]
        variants = tuple(t.split(":", 1)[1].strip() for t in tags if t.startswith("variant:"))
        names.append(Name(
            line=number, english=english, hindi=hindi, kind=kind, note=note,
            translated="translated" in tags,
            hard=next((t.split(":", 1)[1].strip() or "yes" for t in tags if t.startswith("expected-hard")), ""),
            variants=variants,
            pairs=_word_pairs(english, hindi, variants),
        ))
    return names


# ---------------------------------------------------------------------------------------
# Running the binary: one process per metric, every line through stdin
# ---------------------------------------------------------------------------------------


class CLIRun:
    """Runs commands over lines of text and keeps what looked wrong (stderr, non-NFC)."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.notes: list[str] = []  # CLI behaviour worth reporting, in run order
        self.commands: list[str] = []

    def lines(self, argv: list[str], inputs: list[str], what: str, one_line_check: bool = True) -> list[str]:
        """argv's output lines for the input lines, one each; exits loudly otherwise.

        On a line-count mismatch it runs the first inputs one at a time to name the lines
        that do not give exactly one output line.
        """
        shown = " ".join(_shown(a) for a in argv)
        self.commands.append(f"{shown} < ({len(inputs)} lines: {what})")
        print(f"running: {shown}  ({len(inputs):,} lines: {what})", file=sys.stderr)
        out, err = self._run(argv, inputs, shown)
        if err.strip():
            first = err.strip().splitlines()
            self.notes.append(f"`{shown}` ({what}) wrote {len(first)} line(s) to stderr; first: "
                              f"`{first[0][:200]}`")
        if len(out) != len(inputs) and one_line_check:
            lines = [f"error: `{shown}` printed {len(out):,} lines for {len(inputs):,} input lines "
                     f"({what}); every input line must give exactly one output line."]
            lines += self._culprits(argv, inputs, shown)
            sys.exit("\n".join(lines))
        return out

    def _run(self, argv: list[str], inputs: list[str], shown: str) -> tuple[list[str], str]:
        data = "".join(line + "\n" for line in inputs).encode("utf-8")
        try:
            proc = subprocess.run(argv, input=data, capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            sys.exit(f"error: `{shown}` timed out after {self.timeout:g} s on {len(inputs):,} lines")
        except OSError as e:
            sys.exit(f"error: cannot run `{shown}`: {e}")
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode != 0:
            sys.exit(f"error: `{shown}` exited {proc.returncode} on {len(inputs):,} input lines\n"
                     f"{err.strip()[-2000:]}")
        try:
            text = proc.stdout.decode("utf-8")
        except UnicodeDecodeError as e:
            sys.exit(f"error: `{shown}` wrote invalid UTF-8 (byte {e.start} of its output)")
        out = text.split("\n")
        if text.endswith("\n") or not text:
            out.pop()
        return out, err

    def _culprits(self, argv: list[str], inputs: list[str], shown: str, limit: int = 400) -> list[str]:
        found = []
        for i, line in enumerate(inputs[:limit]):
            out, _ = self._run(argv, [line], shown)
            if len(out) != 1:
                found.append(f"  input line {i + 1} {line!r} gives {len(out)} lines: {out[:4]!r}")
                if len(found) == 5:
                    break
        if found:
            return ["Run one at a time, these inputs do not give one line each:"] + found
        return [f"Each of the first {min(limit, len(inputs))} input lines gives one line when run "
                f"alone, so the count goes wrong only in a batch (or later in the input)."]


def _shown(arg: str) -> str:
    try:
        arg = str(Path(arg).relative_to(REPO)) if arg.startswith("/") else arg
    except ValueError:
        pass
    return f"'{arg}'" if re.search(r"[\s;|]", arg) else arg


def translit(binary: Path, *options: str) -> list[str]:
    return [str(binary), "translit", *options]


UCONV_ROMAN = ["uconv", "-f", "UTF-8", "-t", "UTF-8", "-x", "Devanagari-Latin; Latin-ASCII"]
UCONV_DEVANAGARI = ["uconv", "-f", "UTF-8", "-t", "UTF-8", "-x", "Latin-Devanagari"]

# ---------------------------------------------------------------------------------------
# Metrics. Each returns {subset: {"correct", "total", "rate"}} and a list of failures.
# ---------------------------------------------------------------------------------------


class Tally:
    """Correct/total counts per subset."""

    def __init__(self):
        self.counts = {s: [0, 0] for s in SUBSETS}

    def add(self, name: Name, correct: bool | int, total: int = 1, unseen: bool = False) -> None:
        """Count a result of name; unseen: a word pair the exceptions file does not cover."""
        for s in name.subsets() + (["unseen"] if unseen else []):
            self.counts[s][0] += int(correct)
            self.counts[s][1] += total

    def figures(self) -> dict:
        return {s: {"correct": c, "total": t, "rate": c / t if t else None}
                for s, (c, t) in self.counts.items()}


def romanisation(names: list[Name], outputs: dict[str, str], exceptions: Exceptions) -> tuple[dict, dict]:
    """Word-exact, full-name-exact and character error rate of Hindi → Latin.

    Case-insensitive; the output's whitespace runs count as one space (outputs that needed
    that are counted under whitespace_fixed). Word-exact uses the rows with as many words
    on both sides; a row whose output has another word count gets all its words wrong.
    """
    word, full = Tally(), Tally()
    cer = {s: [0, 0] for s in SUBSETS}
    fails = {"word": [], "full": []}
    word_count_mismatch = whitespace_fixed = 0
    for n in names:
        raw = outputs[n.hindi]
        got = " ".join(raw.split())
        whitespace_fixed += got != raw
        ok = got.casefold() == n.english.casefold()
        full.add(n, ok)
        if not ok:
            fails["full"].append({"input": n.hindi, "expected": n.english, "got": raw, "hard": n.hard})
        edits = levenshtein(got.casefold(), n.english.casefold())
        for s in n.subsets():
            cer[s][0] += edits
            cer[s][1] += len(n.english)
        if n.pairs is None:
            continue
        got_words = got.split()
        if len(got_words) != len(n.pairs):
            word_count_mismatch += 1
            got_words = [None] * len(n.pairs)
        for (e, accepted), h, g in zip(n.pairs, n.hindi.split(), got_words):
            ok = g is not None and g.casefold() == e.casefold()
            word.add(n, ok, unseen=not exceptions.covers(e, accepted))
            if not ok:
                fails["word"].append({"input": h, "expected": e,
                                      "got": g if g is not None else f"(word count differs: {raw})",
                                      "hard": n.hard})
    figures = {
        "word_exact": word.figures(),
        "full_exact": full.figures(),
        "cer": {s: {"edits": e, "reference_chars": c, "rate": e / c if c else None}
                for s, (e, c) in cer.items()},
        "rows_word_count_mismatch": word_count_mismatch,
        "outputs_whitespace_fixed": whitespace_fixed,
    }
    return figures, fails


def latin_to_devanagari(names: list[Name], outputs: dict[str, list[str]], k: int,
                        exceptions: Exceptions) -> tuple[dict, dict]:
    """Top-1 and top-k word accuracy of Latin → Devanagari over the aligned word pairs.

    A candidate is correct when it equals (after NFC) the row's Hindi word or one of its
    variant spellings.
    """
    top1, topk = Tally(), Tally()
    fails = {"top1": [], f"top{k}": []}
    for n in names:
        for e, accepted in n.pairs or ():
            cands = [nfc(c) for c in outputs[e][:k]]
            hit1 = bool(cands) and cands[0] in accepted
            hitk = any(c in accepted for c in cands)
            unseen = not exceptions.covers(e, accepted)
            top1.add(n, hit1, unseen=unseen)
            topk.add(n, hitk, unseen=unseen)
            record = {"input": e, "expected": " / ".join(accepted), "got": "\t".join(outputs[e]),
                      "hard": n.hard}
            if not hit1:
                fails["top1"].append(record)
            if not hitk:
                fails[f"top{k}"].append(record)
    return {"top1": top1.figures(), f"top{k}": topk.figures()}, fails


def parse_keys(line: str) -> list[set[str]]:
    """The keys of each word of a `--key` output line (`-`: a word with no key)."""
    return [set() if w == "-" else set(w.split("|")) for w in line.split(" ")] if line else []


def key_recall(names: list[Name], keys: dict[str, list[set[str]]], exceptions: Exceptions) -> tuple[dict, list]:
    """Share of aligned word pairs whose English and Hindi words share a key.

    Hyphens and dots may split a word into several (Mazumdar-Shaw): then each part must
    share a key with the Hindi part at the same place, and the parts must be as many.
    """
    recall = Tally()
    fails = []
    for n in names:
        for e, accepted in n.pairs or ():
            ek = keys[e]
            ok = any(len(ek) == len(keys[h]) and ek and all(a & b for a, b in zip(ek, keys[h]))
                     for h in accepted)
            recall.add(n, ok, unseen=not exceptions.covers(e, accepted))
            if not ok:
                fails.append({"input": e, "expected": " / ".join(accepted),
                              "got": f"{_key_text(ek)} vs " + " / ".join(_key_text(keys[h]) for h in accepted),
                              "hard": n.hard})
    return recall.figures(), fails


def _key_text(keys: list[set[str]]) -> str:
    return " ".join("|".join(sorted(k)) or "-" for k in keys) or "(empty line)"


def selectivity(english_words: list[str], keys: dict[str, list[set[str]]], wordlist: list[str]) -> dict:
    """How many list words share a key with each English word (all keys of all its parts)."""
    index: dict[str, set[int]] = {}
    for i, w in enumerate(wordlist):
        for part in keys[w]:
            for key in part:
                index.setdefault(key, set()).add(i)
    counts = []
    for e in english_words:
        hits: set[int] = set()
        for part in keys[e]:
            for key in part:
                hits |= index.get(key, set())
        counts.append(len(hits))
    counts.sort()
    return {
        "english_words": len(counts),
        "median": statistics.median(counts),
        "mean": statistics.fmean(counts),
        "p90": counts[math.ceil(0.9 * len(counts)) - 1],  # nearest rank
        "max": counts[-1],
        "zero": sum(c == 0 for c in counts),
        "list_words_without_key": sum(1 for w in wordlist if not any(keys[w])),
    }


# ---------------------------------------------------------------------------------------
# The Hindi word list for selectivity
# ---------------------------------------------------------------------------------------

_WORDFREQ_DUMP = """
import importlib.metadata, re, sys, wordfreq
word = re.compile(r"[\\u0900-\\u0963\\u0971-\\u097f]+")
words = [w for w in wordfreq.get_frequency_dict("hi") if word.fullmatch(w)]
sys.stdout.write("wordfreq " + importlib.metadata.version("wordfreq") + "\\n")
sys.stdout.write("\\n".join(words) + "\\n")
"""


def wordfreq_list() -> tuple[list[str], str] | None:
    """wordfreq's Hindi words (purely Devanagari), installed into .build/eval-venv on demand."""
    python = VENV / "bin" / "python"
    if not python.exists():
        print(f"selectivity: creating {VENV.relative_to(REPO)} and installing wordfreq ...", file=sys.stderr)
        r = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"selectivity: python3 -m venv failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    r = subprocess.run([str(python), "-c", "import wordfreq"], capture_output=True)
    if r.returncode != 0:
        r = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "wordfreq"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(f"selectivity: pip install wordfreq failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    r = subprocess.run([str(python), "-c", _WORDFREQ_DUMP], capture_output=True)
    if r.returncode != 0:
        print(f"selectivity: reading wordfreq failed: {r.stderr.decode(errors='replace')[-300:]}",
              file=sys.stderr)
        return None
    version, *words = r.stdout.decode("utf-8").splitlines()
    return words, (f"{version}, `get_frequency_dict('hi')`, purely Devanagari tokens "
                   f"(venv `{VENV.relative_to(REPO)}`)")


_AKSHARAMUKHA_ROMAN = r"""
import sys
from importlib.metadata import version
from aksharamukha import transliterate
print("aksharamukha " + version("aksharamukha"))
for line in sys.stdin.read().splitlines():
    out = transliterate.process("Devanagari", "RomanReadable", line, pre_options=["RemoveSchwaHindi"])
    print(out.replace("\n", " "))
"""


def aksharamukha_roman(lines: list[str]) -> tuple[list[str], str] | None:
    """The best installable rule-based peer: aksharamukha's readable romanisation with its Hindi
    schwa deletion, installed into .build/eval-venv on demand. None when it cannot be installed."""
    python = VENV / "bin" / "python"
    if not python.exists():
        r = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if r.returncode != 0:
            return None
    if subprocess.run([str(python), "-c", "import aksharamukha"], capture_output=True).returncode != 0:
        print("peer: installing aksharamukha into the eval venv ...", file=sys.stderr)
        r = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "aksharamukha"], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"peer: pip install aksharamukha failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
            return None
    r = subprocess.run([str(python), "-c", _AKSHARAMUKHA_ROMAN], input="\n".join(lines) + "\n",
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(f"peer: aksharamukha failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    version, *out = r.stdout.splitlines()
    if len(out) != len(lines):
        print(f"peer: aksharamukha gave {len(out)} lines for {len(lines)}", file=sys.stderr)
        return None
    return out, version


def freedict_list() -> tuple[list[str], str] | None:
    """The Devanagari words of the FreeDict English-Hindi dictionary (dict-freedict-eng-hin)."""
    try:
        text = gzip.open(FREEDICT, "rt", encoding="utf-8", errors="replace").read()
    except OSError:
        return None
    words = sorted(set(DEVANAGARI_WORD.findall(text)))
    return words, f"FreeDict English-Hindi `{FREEDICT}` (Devanagari words of its entries)"


# ---------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------


def pct(fig: dict | None, target: float | None = None, lower_is_better: bool = False) -> str:
    """`78.3 % (966/1,234)`, with `met`/`NOT met` when there is a target."""
    if fig is None or fig.get("rate") is None:
        return "n/a"
    num, den = (fig["edits"], fig["reference_chars"]) if "edits" in fig else (fig["correct"], fig["total"])
    cell = f"{100 * fig['rate']:.1f} % ({num:,}/{den:,})"
    if target is not None:
        ok = fig["rate"] <= target if lower_is_better else fig["rate"] >= target
        cell += " met" if ok else " **NOT met**"
    return cell


def failure_lines(title: str, fails: list[dict], n: int) -> list[str]:
    if n <= 0:
        return []
    lines = [f"### {title}: {len(fails):,} failures" + (f", the first {min(n, len(fails))}" if fails else ""), ""]
    if fails:
        lines += ["| input | expected | got | expected-hard |", "|---|---|---|---|"]
        for f in fails[:n]:
            cells = [str(f[c]).replace("|", "\\|").replace("\t", " ⇥ ") for c in ("input", "expected", "got")]
            lines.append(f"| {cells[0]} | {cells[1]} | {cells[2]} | {f['hard']} |")
        lines.append("")
    return lines


def sha256(path: Path) -> str:
    try:
        return "sha256 " + hashlib.sha256(path.read_bytes()).hexdigest()[:16] + "…"
    except OSError:
        return "MISSING"


def training_overlap(names: list[Name]) -> list[str]:
    """How much of the evaluated list also appears in the name lists the rules learn from
    (Dictionaries/names-train*.tsv): full names, and aligned word pairs (English word
    ignoring case, Hindi word after NFC). Anything above zero flatters the figures."""
    dev_names = {(n.english.casefold(), nfc(n.hindi)) for n in names}
    dev_pairs = {(e.casefold(), nfc(n.hindi.split()[i])) for n in names
                 for i, (e, _) in enumerate(n.pairs or ())}
    lines = []
    for path in sorted(EXCEPTIONS.parent.glob("names-train*.tsv")):
        try:
            train = load_names(path)
        except SystemExit as e:
            lines.append(f"`{path.name}` could not be read: {e}")
            continue
        t_names = {(t.english.casefold(), nfc(t.hindi)) for t in train}
        t_pairs = {(e.casefold(), nfc(t.hindi.split()[i])) for t in train for i, (e, _) in enumerate(t.pairs or ())}
        lines.append(f"`{path.name}` ({len(train):,} rows, {sha256(path)}): {len(dev_names & t_names)} of the "
                     f"{len(dev_names):,} evaluated names and {len(dev_pairs & t_pairs)} of its {len(dev_pairs):,} "
                     f"distinct word pairs are also in it")
    return lines


def git_head() -> str:
    r = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return r.stdout.strip() or "unknown"


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=".build/debug/sangam",
                    help="sangam binary; relative paths are taken from the repository root "
                         "(default: .build/debug/sangam)")
    ap.add_argument("--names", default=str(NAMES.relative_to(REPO)),
                    help="the name list (default: Dictionaries/names-dev.tsv)")
    ap.add_argument("--failures", type=int, default=0, metavar="N",
                    help="print the first N failures of each metric (default: 0)")
    ap.add_argument("--json", metavar="PATH", default=str((OUTPUT / "eval-translit.json").relative_to(REPO)),
                    help="write every figure and failure here (default: Benchmarks/output/eval-translit.json)")
    ap.add_argument("--no-selectivity", action="store_true",
                    help="skip the selectivity measure (no word list, no venv)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed per process (default: 600)")
    args = ap.parse_args()

    binary = Path(args.binary)
    binary = binary if binary.is_absolute() else REPO / binary
    if not os.access(binary, os.X_OK):
        sys.exit(f"error: no executable sangam at {binary} (build it: make build)")
    names_path = Path(args.names)
    names_path = names_path if names_path.is_absolute() else REPO / names_path
    json_path = Path(args.json)
    json_path = json_path if json_path.is_absolute() else REPO / json_path

    # The exceptions evaluated are the repository's, wherever the binary or the caller is.
    os.environ["SANGAM_DICTIONARIES"] = str(EXCEPTIONS.parent)
    all_names = load_names(names_path)
    names = [n for n in all_names if not n.translated]
    translated = len(all_names) - len(names)
    pairs = [p for n in names for p in n.pairs or ()]
    english_words = list(dict.fromkeys(e for e, _ in pairs))
    cli = CLIRun(args.timeout)
    exceptions = Exceptions(EXCEPTIONS, GLOSSARY)
    if not exceptions.found:
        print(f"warning: {EXCEPTIONS} is missing: the runs with and without exceptions are the same",
              file=sys.stderr)
    covered = sum(exceptions.covers(e, acc) for e, acc in pairs)
    has_uconv = shutil.which("uconv") is not None

    # Romanisation: the full Hindi names, one per line.
    hindi_lines = list(dict.fromkeys(n.hindi for n in names))
    roman = {}
    roman_fails = {}
    for mode, extra in (("exceptions", []), ("rules", ["--no-exceptions"])):
        out = cli.lines(translit(binary, "--to", "latin", *extra), hindi_lines, "Hindi names")
        roman[mode], roman_fails[mode] = romanisation(names, dict(zip(hindi_lines, out)), exceptions)
    if has_uconv:
        out = cli.lines(UCONV_ROMAN, hindi_lines, "Hindi names")
        roman["icu"], _ = romanisation(names, dict(zip(hindi_lines, out)), exceptions)
    peer = None if args.no_selectivity else aksharamukha_roman(hindi_lines)
    if peer is not None:
        roman["peer"], _ = romanisation(names, dict(zip(hindi_lines, peer[0])), exceptions)

    # Latin → Devanagari: the English words of the aligned pairs, one per line.
    l2d = {}
    l2d_fails = {}
    bad_candidates = {}
    for mode, extra in (("exceptions", []), ("rules", ["--no-exceptions"])):
        out = cli.lines(translit(binary, "--to", "devanagari", "--candidates", str(CANDIDATES), *extra),
                        english_words, "English words")
        fields = [line.split("\t") if line else [] for line in out]
        too_many = sum(len(f) > CANDIDATES for f in fields)
        empty = sum(not f or any(not c for c in f) for f in fields)
        not_nfc = sum(any(c != nfc(c) for c in f) for f in fields)
        bad_candidates[mode] = {"more_than_k": too_many, "empty_fields": empty, "not_nfc": not_nfc}
        if too_many:
            cli.notes.append(f"`--candidates {CANDIDATES}` ({mode}) gave more than {CANDIDATES} fields on "
                             f"{too_many} lines (only the first {CANDIDATES} are scored)")
        if empty:
            cli.notes.append(f"`--to devanagari` ({mode}): {empty} lines with no candidate or an empty field")
        if not_nfc:
            cli.notes.append(f"`--to devanagari` ({mode}): {not_nfc} lines with a candidate not in NFC "
                             f"(compared after NFC)")
        l2d[mode], l2d_fails[mode] = latin_to_devanagari(names, dict(zip(english_words, fields)), CANDIDATES, exceptions)
    if has_uconv:
        out = cli.lines(UCONV_DEVANAGARI, english_words, "English words")
        l2d["icu"], _ = latin_to_devanagari(names, {e: [o] for e, o in zip(english_words, out)}, 1, exceptions)

    # Keys: every word of the pairs and, for selectivity, of the word list, in one process.
    wordlist: list[str] = []
    wordlist_source = None
    selectivity_skip = None
    if args.no_selectivity:
        selectivity_skip = "skipped (--no-selectivity)"
    else:
        got = wordfreq_list()
        if got is None:
            got = freedict_list()
            if got is not None:
                got = (got[0], got[1] + " — fallback: wordfreq could not be installed")
        if got is None:
            selectivity_skip = (f"skipped: no word list (wordfreq could not be installed into "
                                f"{VENV.relative_to(REPO)} and {FREEDICT} is missing: "
                                f"apt-get install dict-freedict-eng-hin)")
        else:
            wordlist, wordlist_source = got
    if selectivity_skip:
        print(f"selectivity: {selectivity_skip}", file=sys.stderr)
    key_words = list(dict.fromkeys([w for e, acc in pairs for w in (e, *acc)] + wordlist))
    out = cli.lines(translit(binary, "--key"), key_words, "words, one per line")
    keys = {w: parse_keys(line) for w, line in zip(key_words, out)}
    multi = sum(len(keys[w]) > 1 for w in key_words)
    if multi:
        cli.notes.append(f"`--key`: {multi} of {len(key_words):,} one-word lines gave keys for more than "
                         f"one word (hyphens, dots: compared part by part)")
    recall, recall_fails = key_recall(names, keys, exceptions)
    select = selectivity(english_words, keys, wordlist) if wordlist else None

    # ---- the report
    now = utc_now()
    hard = sum(bool(n.hard) for n in names)
    lines = [
        "# Sangam transliteration evaluation",
        "",
        f"- date: {now}; repository at `{git_head()}`",
        f"- binary: {binary_description(binary)}",
        f"- data: `{names_path.relative_to(REPO) if names_path.is_relative_to(REPO) else names_path}` "
        f"({sha256(names_path)}): {len(all_names):,} rows; {translated} `translated` rows left out of "
        f"every metric; {len(names):,} transliterated rows, {hard} of them expected-hard; "
        f"{sum(n.pairs is not None for n in names):,} rows with as many English as Hindi words give "
        f"{len(pairs):,} aligned word pairs ({len(english_words):,} distinct English words)",
        f"- exceptions dictionary: `{EXCEPTIONS.relative_to(REPO)}` ({sha256(EXCEPTIONS)}), "
        f"passed as `SANGAM_DICTIONARIES={EXCEPTIONS.parent.relative_to(REPO)}`, "
        f"and the words of the glossary's place names, `{GLOSSARY.relative_to(REPO)}` ({sha256(GLOSSARY)}, "
        f"kinds {', '.join(sorted(GLOSSARY_PLACE_KINDS))}): "
        f"{len(exceptions.hindi):,} Hindi words ({len(exceptions.glossary_hindi):,} from the glossary), "
        f"covering {covered:,} of the {len(pairs):,} aligned word pairs "
        f"(Hindi or English word listed); the last column is the other {len(pairs) - covered:,}, "
        f"which only the rules can get right",
        f"- baseline: "
        + (f"`{shutil.which('uconv')}` ({first_line(['uconv', '--version'])})" if has_uconv
           else "uconv not found (Debian icu-devtools): baseline rows left out"),
        *[f"- training list {line}" for line in training_overlap(names)],
        f"- other dictionary files: " + (", ".join(
            f"`{p.name}` ({sha256(p)})" for p in sorted(EXCEPTIONS.parent.glob("*.tsv"))
            if p not in (names_path, EXCEPTIONS) and not p.name.startswith("names-train")) or "none"),
        "- compared: romanisation case-insensitively, whitespace runs as one space; Devanagari "
        "after NFC, accepting the row's variant spellings; CER = edits ÷ reference characters, "
        "summed over names (lower is better)",
        "",
        f"| metric | system | {SUBSETS['all']} | {SUBSETS['excl_hard']} | {SUBSETS['unseen']} | target |",
        "|---|---|---:|---:|---:|---|",
    ]
    systems = [("exceptions", "sangam"), ("rules", "sangam, rules only (`--no-exceptions`)"),
               ("icu", "ICU `uconv` (baseline)"),
               ("peer", f"{peer[1] if peer else 'aksharamukha'} `RomanReadable` + `RemoveSchwaHindi` (peer)")]

    def row(metric: str, figs: dict, key: str, target: float | None, label: str, lower: bool = False):
        for mode, system in systems:
            if mode not in figs or key not in figs[mode]:
                continue
            t = target if mode not in ("icu", "peer") else None
            f = figs[mode][key]
            lines.append(f"| {metric} | {system} | {pct(f['all'], t, lower)} | {pct(f['excl_hard'], t, lower)} "
                         f"| {pct(f['unseen'], t, lower)} | {label if mode not in ('icu', 'peer') else ''} |")

    row("romanisation, word exact", roman, "word_exact", TARGET_ROMAN_WORD, "≥ 85 %")
    row("romanisation, full name exact", roman, "full_exact", None, "")
    row("romanisation, CER", roman, "cer", None, "", lower=True)
    row("Latin → Devanagari, top-1", l2d, "top1", TARGET_L2D_TOP1, "≥ 70 %")
    row(f"Latin → Devanagari, top-{CANDIDATES}", l2d, f"top{CANDIDATES}", TARGET_L2D_TOP5, "≥ 90 %")
    lines.append(f"| key recall | sangam `--key` | {pct(recall['all'], TARGET_KEY_RECALL)} "
                 f"| {pct(recall['excl_hard'], TARGET_KEY_RECALL)} | {pct(recall['unseen'], TARGET_KEY_RECALL)} "
                 f"| ≥ 97 % |")
    lines.append("")
    if select:
        lines.append(f"Selectivity: Hindi words of the list sharing a key with an English word, over the "
                     f"{select['english_words']:,} distinct English words: median {select['median']:g}, "
                     f"mean {select['mean']:.1f}, 90th percentile {select['p90']:,} (nearest rank), "
                     f"max {select['max']:,}; {select['zero']} English words match none. "
                     f"List: {len(wordlist):,} words ({select['list_words_without_key']:,} with no key), "
                     f"from {wordlist_source}.")
    else:
        lines.append(f"Selectivity: {selectivity_skip}.")
    lines.append("")
    for mode in ("exceptions", "rules"):
        if roman[mode]["rows_word_count_mismatch"] or roman[mode]["outputs_whitespace_fixed"]:
            lines.append(f"- romanisation ({mode}): {roman[mode]['rows_word_count_mismatch']} aligned rows "
                         f"came out with another word count (all their words counted wrong); "
                         f"{roman[mode]['outputs_whitespace_fixed']} outputs had extra whitespace")
    lines += [f"- {note}" for note in cli.notes]
    lines += ["", "Commands (each one process, the lines on stdin):"]
    lines += [f"- `{c.split(' < ')[0]}` < {c.split(' < ', 1)[1]}" for c in cli.commands]
    lines.append("")

    if args.failures > 0:
        lines += ["## Failures", ""]
        for mode, label in (("exceptions", "with exceptions"), ("rules", "rules only")):
            lines += failure_lines(f"Romanisation, word ({label})", roman_fails[mode]["word"], args.failures)
            lines += failure_lines(f"Romanisation, full name ({label})", roman_fails[mode]["full"], args.failures)
            lines += failure_lines(f"Latin → Devanagari, top-1 ({label})", l2d_fails[mode]["top1"], args.failures)
            lines += failure_lines(f"Latin → Devanagari, top-{CANDIDATES} ({label})",
                                   l2d_fails[mode][f"top{CANDIDATES}"], args.failures)
        lines += failure_lines("Key recall (English keys vs Hindi keys)", recall_fails, args.failures)

    report = "\n".join(lines)
    print(report)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "eval-translit.md").write_text(report + "\n")
    json_path.parent.mkdir(parents=True, exist_ok=True)
    write_json(json_path, {
        "date": now,
        "binary": str(binary.resolve()),
        "names": {"path": str(names_path), "sha256": sha256(names_path), "rows": len(all_names),
                  "translated": translated, "transliterated": len(names), "expected_hard": hard,
                  "aligned_pairs": len(pairs), "distinct_english_words": len(english_words),
                  "pairs_covered_by_exceptions": covered},
        "targets": {"romanisation_word_exact": TARGET_ROMAN_WORD, "l2d_top1": TARGET_L2D_TOP1,
                    f"l2d_top{CANDIDATES}": TARGET_L2D_TOP5, "key_recall": TARGET_KEY_RECALL},
        "romanisation": roman,
        "latin_to_devanagari": l2d,
        "latin_to_devanagari_output": bad_candidates,
        "key_recall": recall,
        "selectivity": {**select, "list_size": len(wordlist), "list_source": wordlist_source} if select
        else {"skipped": selectivity_skip},
        "training_overlap": training_overlap(names),
        "dictionaries": {p.name: sha256(p) for p in sorted(EXCEPTIONS.parent.glob("*.tsv"))},
        "cli_notes": cli.notes,
        "commands": cli.commands,
        "failures": {"romanisation": roman_fails, "latin_to_devanagari": l2d_fails, "key_recall": recall_fails},
    })
    print(f"written: {json_path.relative_to(REPO) if json_path.is_relative_to(REPO) else json_path}, "
          f"{(OUTPUT / 'eval-translit.md').relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
