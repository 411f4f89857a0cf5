#!/usr/bin/env python3
"""Sentence-alignment and document-pairing evaluation for Sangam (issue 5).

Sentence alignment is measured on Benchmarks/align-dev/: the sentences of the Corpus/ pairs
(docs/SLUG.en, docs/SLUG.hi, one per line as `sangam segment` writes them) with gold beads
written by hand (gold/SLUG.tsv, `EN_IDS<TAB>HI_IDS`). Each pair is aligned as written and in
generated variants, made with a fixed seed so every run sees the same files:

  merged       two pairs of adjacent Hindi sentences joined into one line each
  split        two long English sentences cut in two at a comma
  dropped      two Hindi sentences and one English sentence deleted
  boilerplate  three wire/site lines (`Also read: …`, `(इनपुट: आईएएनएस)`) inserted on each side
  all          all of the above together

Metrics, over non-null beads: strict bead precision, recall and F1 (a bead counts only if both
id sets match exactly) and link F1 (every English–Hindi sentence pair inside a bead is a link).
Gale–Church (the `galechurch` package from PyPI, installed into .build/eval-venv) runs on the
same files as the reference.

The same table is printed for Benchmarks/align-test/ when it exists: pairs written for the
purpose without running the aligner and never used to set its costs, so that one figure is not
tuned on (--skip-held-out leaves it out).

Document pairing: Corpus/ is ingested into a temporary store and `sangam pair` is run with the
default 48-hour window and again with every article a candidate for every other; precision and
recall are against the gold pairs (same file name under Corpus/en and Corpus/hi; JSONL ids
ians-en-N ↔ ians-hi-N except the ones listed as unrelated in align-dev/unpaired.txt).

Usage (from any directory):
  python3 Benchmarks/eval-align.py --binary .build/release/sangam [--failures 10]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

DEV = benchlib.BENCH / "align-dev"
# Written without running the aligner and never used to set its costs (see its README).
HELD_OUT = benchlib.BENCH / "align-test"

EN_BOILERPLATE = ["Also read: {title}", "(With inputs from IANS)", "Follow us for more news from India and the world."]
HI_BOILERPLATE = ["यह भी पढ़ें: {title}", "(इनपुट: आईएएनएस)", "हमें फॉलो करें और पढ़ें देश-दुनिया की ताज़ा ख़बरें।"]


@dataclass
class Doc:
    """One pair: sentence texts by token, token order per side, gold beads as token sets."""
    text: dict[int, str] = field(default_factory=dict)
    en: list[int] = field(default_factory=list)
    hi: list[int] = field(default_factory=list)
    beads: list[tuple[set[int], set[int]]] = field(default_factory=list)
    next_token: int = 0

    def new(self, text: str) -> int:
        self.next_token += 1
        self.text[self.next_token] = text
        return self.next_token

    def copy(self) -> "Doc":
        return Doc(dict(self.text), list(self.en), list(self.hi),
                   [(set(e), set(h)) for e, h in self.beads], self.next_token)

    def gold(self) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
        """Non-null gold beads as id tuples over the current order."""
        ep = {t: i for i, t in enumerate(self.en)}
        hp = {t: i for i, t in enumerate(self.hi)}
        return {(tuple(sorted(ep[t] for t in e)), tuple(sorted(hp[t] for t in h)))
                for e, h in self.beads if e and h}


def non_blank(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_set(directory: Path) -> dict[str, Doc]:
    docs = {}
    for gold in sorted((directory / "gold").glob("*.tsv")):
        slug = gold.stem
        doc = Doc()
        doc.en = [doc.new(t) for t in non_blank(directory / "docs" / f"{slug}.en")]
        doc.hi = [doc.new(t) for t in non_blank(directory / "docs" / f"{slug}.hi")]
        for line in gold.read_text(encoding="utf-8").splitlines():
            e, h = line.split("\t")
            doc.beads.append(({doc.en[int(i)] for i in e.split(",") if i}, {doc.hi[int(i)] for i in h.split(",") if i}))
        # A sentence the gold leaves out is a null bead of its own, for the variants to find.
        listed = set().union(*(e | h for e, h in doc.beads))
        doc.beads += [({t}, set()) for t in doc.en if t not in listed] + [(set(), {t}) for t in doc.hi if t not in listed]
        docs[slug] = doc
    return docs


# ----- variants ------------------------------------------------------------------------

def bead_of(doc: Doc, token: int) -> int:
    return next(i for i, (e, h) in enumerate(doc.beads) if token in e or token in h)


def merge_hindi(doc: Doc, rng: random.Random) -> None:
    k = rng.randrange(len(doc.hi) - 1)
    a, b = doc.hi[k], doc.hi[k + 1]
    merged = doc.new(doc.text[a] + " " + doc.text[b])
    ia, ib = bead_of(doc, a), bead_of(doc, b)
    e, h = doc.beads[ia]
    if ib != ia:
        e2, h2 = doc.beads[ib]
        e, h = e | e2, h | h2
        doc.beads[ib] = (set(), set())
    doc.beads[ia] = (e, (h - {a, b}) | {merged})
    doc.hi[k:k + 2] = [merged]


def split_english(doc: Doc, rng: random.Random) -> None:
    """Cuts a long English sentence of a 1-1 bead at a comma (the bead becomes 2-1). Sentences of
    wider beads are left alone: their halves might each match one Hindi sentence, and the gold
    could not say which."""
    one_to_one = {next(iter(e)) for e, h in doc.beads if len(e) == 1 and len(h) == 1}
    candidates = [i for i, t in enumerate(doc.en)
                  if t in one_to_one and len(doc.text[t]) > 80 and ", " in doc.text[t][25:-25]]
    if not candidates:
        return
    k = rng.choice(candidates)
    t = doc.en[k]
    s = doc.text[t]
    cut = min((i for i in range(25, len(s) - 25) if s.startswith(", ", i)), key=lambda i: abs(i - len(s) // 2))
    first, second = doc.new(s[:cut + 1]), doc.new(s[cut + 2:])
    i = bead_of(doc, t)
    e, h = doc.beads[i]
    doc.beads[i] = ((e - {t}) | {first, second}, h)
    doc.en[k:k + 1] = [first, second]


def drop(doc: Doc, side: str, rng: random.Random) -> None:
    order = doc.en if side == "en" else doc.hi
    k = rng.randrange(len(order))
    t = order.pop(k)
    i = bead_of(doc, t)
    e, h = doc.beads[i]
    doc.beads[i] = (e - {t}, h - {t})


def insert_boilerplate(doc: Doc, side: str, line: str, rng: random.Random) -> None:
    """Inserts a line between beads (never inside a merged bead, which would make it
    discontiguous)."""
    order = doc.en if side == "en" else doc.hi
    t = doc.new(line)
    position = {token: i for i, token in enumerate(order)}
    starts = {min(position[x] for x in (e if side == "en" else h)) for e, h in doc.beads if (e if side == "en" else h)}
    order.insert(rng.choice(sorted(starts | {len(order)})), t)
    doc.beads.append(({t}, set()) if side == "en" else (set(), {t}))


def variants(docs: dict[str, Doc], titles: dict[str, tuple[str, str]]) -> dict[str, dict[str, Doc]]:
    """Variant name → slug → doc; seeded per slug so a new pair does not move the others."""
    out: dict[str, dict[str, Doc]] = {name: {} for name in ["as written", "merged", "split", "dropped", "boilerplate", "all"]}
    slugs = sorted(docs)
    for slug in slugs:
        base = docs[slug]
        other = slugs[(slugs.index(slug) + 1) % len(slugs)]
        en_title, hi_title = titles.get(other, ("RBI keeps rates unchanged", "आरबीआई ने दरें नहीं बदलीं"))

        def make(ops: list[str]) -> Doc:
            rng = random.Random(f"{slug}:{'+'.join(ops)}")
            doc = base.copy()
            for op in ops:
                if op == "merged":
                    merge_hindi(doc, rng)
                    merge_hindi(doc, rng)
                elif op == "split":
                    split_english(doc, rng)
                    split_english(doc, rng)
                elif op == "dropped":
                    drop(doc, "hi", rng)
                    drop(doc, "hi", rng)
                    drop(doc, "en", rng)
                elif op == "boilerplate":
                    for line in EN_BOILERPLATE:
                        insert_boilerplate(doc, "en", line.format(title=en_title), rng)
                    for line in HI_BOILERPLATE:
                        insert_boilerplate(doc, "hi", line.format(title=hi_title), rng)
            doc.beads = [b for b in doc.beads if b[0] or b[1]]
            return doc

        out["as written"][slug] = base
        for name in ["merged", "split", "dropped", "boilerplate"]:
            out[name][slug] = make([name])
        out["all"][slug] = make(["merged", "split", "dropped", "boilerplate"])
    return out


# ----- metrics -------------------------------------------------------------------------

Beads = set[tuple[tuple[int, ...], tuple[int, ...]]]


def links(beads: Beads) -> set[tuple[int, int]]:
    return {(e, h) for es, hs in beads for e in es for h in hs}


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    link_tp: int = 0
    link_predicted: int = 0
    link_gold: int = 0

    def add(self, gold: Beads, predicted: Beads) -> None:
        self.tp += len(gold & predicted)
        self.predicted += len(predicted)
        self.gold += len(gold)
        gl, pl = links(gold), links(predicted)
        self.link_tp += len(gl & pl)
        self.link_predicted += len(pl)
        self.link_gold += len(gl)

    def row(self) -> tuple[float, float, float, float]:
        p, r, f = prf(self.tp, self.predicted, self.gold)
        return p, r, f, prf(self.link_tp, self.link_predicted, self.link_gold)[2]


def parse_beads(text: str) -> Beads:
    beads = set()
    for line in text.splitlines():
        e, h, *_ = line.split("\t")
        es = tuple(int(i) for i in e.split(",") if i)
        hs = tuple(int(i) for i in h.split(",") if i)
        if es and hs:
            beads.add((es, hs))
    return beads


def run_sangam(binary: Path, sets: dict[str, dict[str, Doc]], work: Path, extra: list[str]) -> dict[str, dict[str, Beads]]:
    jobs = []
    for vi, (variant, docs) in enumerate(sets.items()):
        for slug, doc in docs.items():
            stem = work / f"{vi}-{slug}"
            Path(f"{stem}.en").write_text("\n".join(doc.text[t] for t in doc.en) + "\n", encoding="utf-8")
            Path(f"{stem}.hi").write_text("\n".join(doc.text[t] for t in doc.hi) + "\n", encoding="utf-8")
            jobs.append((variant, slug, stem))
    (work / "jobs.tsv").write_text("".join(f"{s}.en\t{s}.hi\t{s}.out\n" for _, _, s in jobs), encoding="utf-8")
    r = subprocess.run([str(binary), "align-sentences", "--batch", str(work / "jobs.tsv"), *extra],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"sangam align-sentences failed ({r.returncode}): {r.stderr[-2000:]}")
    result: dict[str, dict[str, Beads]] = {v: {} for v in sets}
    for variant, slug, stem in jobs:
        result[variant][slug] = parse_beads(Path(f"{stem}.out").read_text(encoding="utf-8"))
    return result


_GALECHURCH = r"""
import json, sys
from importlib.metadata import version
import galechurch
jobs = json.load(sys.stdin)
out = []
for en, hi in jobs:
    block = galechurch.align(en, hi)
    out.append([[list(range(b.source_start, b.source_end)), list(range(b.target_start, b.target_end))] for b in block.beads])
print(json.dumps({"version": version("galechurch"), "beads": out}))
"""


def run_galechurch(sets: dict[str, dict[str, Doc]]) -> tuple[dict[str, dict[str, Beads]], str] | None:
    python = benchlib.venv_python_with("galechurch")
    if python is None:
        return None
    jobs, keys = [], []
    for variant, docs in sets.items():
        for slug, doc in docs.items():
            jobs.append([[doc.text[t] for t in doc.en], [doc.text[t] for t in doc.hi]])
            keys.append((variant, slug))
    r = subprocess.run([str(python), "-c", _GALECHURCH], input=json.dumps(jobs), capture_output=True, text=True)
    if r.returncode != 0:
        print(f"galechurch failed: {r.stderr[-500:]}", file=sys.stderr)
        return None
    data = json.loads(r.stdout)
    result: dict[str, dict[str, Beads]] = {v: {} for v in sets}
    for (variant, slug), beads in zip(keys, data["beads"]):
        result[variant][slug] = {(tuple(e), tuple(h)) for e, h in beads if e and h}
    return result, f"galechurch {data['version']}, defaults"


def titles_of_corpus() -> dict[str, tuple[str, str]]:
    """Each dev pair's first line in both languages, used as the 'Also read' headline of another pair."""
    out = {}
    for gold in (DEV / "gold").glob("*.tsv"):
        en = non_blank(DEV / "docs" / f"{gold.stem}.en")[0]
        hi = non_blank(DEV / "docs" / f"{gold.stem}.hi")[0]
        out[gold.stem] = (en[:80], hi[:80])
    return out


def sentence_table(binary: Path, failures: int, extra: list[str], keep: Path | None,
                   directory: Path = DEV) -> list[str]:
    """The table for the pairs under `directory`: the development set (its target 0.95) or
    the held-out one."""
    docs = load_set(directory)
    held_out = directory != DEV
    sets = variants(docs, titles_of_corpus())
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        ours = run_sangam(binary, sets, keep, extra)
        for vi, vdocs in enumerate(sets.values()):
            for slug, doc in vdocs.items():
                (keep / f"{vi}-{slug}.gold").write_text(
                    "".join(f"{','.join(map(str, e))}\t{','.join(map(str, h))}\n" for e, h in sorted(doc.gold())), encoding="utf-8")
    else:
        with tempfile.TemporaryDirectory(prefix="sangam-eval-align-") as tmp:
            ours = run_sangam(binary, sets, Path(tmp), extra)
    peer = run_galechurch(sets)
    what = "held-out pairs (written without running the aligner, never used to set it)" if held_out else "Corpus pairs"
    lines = [f"Sentence alignment: {len(docs)} hand-aligned {what}, "
             f"{sum(len(d.en) for d in docs.values())} English and {sum(len(d.hi) for d in docs.values())} Hindi sentences",
             "", "| variant | beads | strict P | strict R | strict F1 | link F1 | Gale–Church strict F1 |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    total, total_peer = Score(), Score()
    worst: list[tuple[float, str, str]] = []
    for variant, vdocs in sets.items():
        score, peer_score = Score(), Score()
        for slug, doc in vdocs.items():
            gold = doc.gold()
            s = Score()
            s.add(gold, ours[variant][slug])
            worst.append((s.row()[2], variant, slug))
            score.add(gold, ours[variant][slug])
            total.add(gold, ours[variant][slug])
            if peer:
                peer_score.add(gold, peer[0][variant][slug])
                total_peer.add(gold, peer[0][variant][slug])
        p, r, f, lf = score.row()
        pf = f"{peer_score.row()[2]:.3f}" if peer else "—"
        lines.append(f"| {variant} | {score.gold} | {p:.3f} | {r:.3f} | {f:.3f} | {lf:.3f} | {pf} |")
    p, r, f, lf = total.row()
    pf = f"{total_peer.row()[2]:.3f}" if peer else "—"
    lines.append(f"| **all variants** | {total.gold} | {p:.3f} | {r:.3f} | **{f:.3f}** | {lf:.3f} | {pf} |")
    if held_out:
        lines += ["", "No target of its own: the issue's 0.92 is for a set of 124 real documents this one only resembles."]
    else:
        lines += ["", f"Target: strict F1 ≥ 0.95 on this set — {'met' if f >= 0.95 else 'not met'}."]
    if peer:
        lines.append(f"Reference: {peer[1]}.")
    if failures:
        lines += ["", f"Weakest {failures} documents (strict F1, variant, pair):"]
        lines += [f"  {f:.3f}  {v}  {s}" for f, v, s in sorted(worst)[:failures]]
    return lines


# ----- document pairing ----------------------------------------------------------------

def gold_pairs() -> set[tuple[str, str]]:
    return {tuple(line.split("\t")) for line in (DEV / "pairs.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def sangam(binary: Path, *args: str) -> str:
    r = subprocess.run([str(binary), *args], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"sangam {' '.join(args)} failed ({r.returncode}): {r.stderr[-2000:]}")
    return r.stdout


def halves_jsonl(db: Path, out: Path) -> set[tuple[str, str]]:
    """Each article of the store cut into two sibling articles (first and second half of its
    sentences, same date and title with 'part 1/2'): the siblings are each other's confusers.
    Gold: part k of an English pair with part k of its Hindi counterpart."""
    con = sqlite3.connect(db)
    rows = con.execute("SELECT id, external_id, language, title, published_at FROM article").fetchall()
    with out.open("w", encoding="utf-8") as f:
        for aid, ext, lang, title, published in rows:
            sentences = [t for (t,) in con.execute("SELECT text FROM sentence WHERE article_id = ? ORDER BY position", (aid,))]
            cut = len(sentences) // 2
            for part, chunk in ((1, sentences[:cut]), (2, sentences[cut:])):
                f.write(json.dumps({"id": f"{ext}#part{part}", "lang": lang, "title": f"{title} ({part}/2)",
                                    "published": published, "text": "\n\n".join(chunk)}, ensure_ascii=False) + "\n")
    return {(f"{e}#part{k}", f"{h}#part{k}") for e, h in gold_pairs() for k in (1, 2)}


def pairing_table(binary: Path) -> list[str]:
    gold = gold_pairs()
    lines = ["", "Document pairing: Corpus/ ingested into a fresh store; gold pairs in Benchmarks/align-dev/pairs.tsv",
             "", "| setting | articles (en/hi) | gold pairs | unpaired share | made | precision | recall | F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory(prefix="sangam-eval-pair-") as tmp:
        db = Path(tmp) / "corpus.db"
        sangam(binary, "ingest", "--db", str(db), "--quiet", str(benchlib.CORPUS))
        halves_db = Path(tmp) / "halves.db"
        halves_gold = halves_jsonl(db, Path(tmp) / "halves.jsonl")
        sangam(binary, "ingest", "--db", str(halves_db), "--quiet", str(Path(tmp) / "halves.jsonl"))
        settings = [("48-hour window (default)", db, gold, []),
                    ("every article a candidate", db, gold, ["--window-hours", "0"]),
                    ("halves as sibling confusers", halves_db, halves_gold, ["--window-hours", "0"])]
        worst = []
        for name, store, expected, extra in settings:
            sangam(binary, "pair", "--db", str(store), "--quiet", *extra)
            made = {tuple(line.split("\t")[:2]) for line in sangam(binary, "pairs", "--db", str(store)).splitlines()}
            counts = sqlite3.connect(store).execute(
                "SELECT SUM(language = 'en'), SUM(language = 'hi') FROM article").fetchone()
            tp = len(made & expected)
            p, r, f = prf(tp, len(made), len(expected))
            unpaired = 1 - 2 * len(expected) / (counts[0] + counts[1])
            lines.append(f"| {name} | {counts[0]}/{counts[1]} | {len(expected)} | {unpaired:.2f} | {len(made)} | {p:.3f} | {r:.3f} | {f:.3f} |")
            worst += [f"  {name}: wrong pair {e} ↔ {h}" for e, h in sorted(made - expected)]
            worst += [f"  {name}: missed {e} ↔ {h}" for e, h in sorted(expected - made)]
    lines += ["", "Targets: precision ≥ 0.98 and recall ≥ 0.95."]
    if worst:
        lines += ["", "Errors:"] + worst
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(benchlib.REPO / ".build" / "release" / "sangam"))
    ap.add_argument("--failures", type=int, default=8, help="list the N weakest documents")
    ap.add_argument("--lexicon", default=None, help="passed to sangam align-sentences --lexicon")
    ap.add_argument("--skip-pairing", action="store_true", help="sentence alignment only")
    ap.add_argument("--skip-sentences", action="store_true", help="document pairing only")
    ap.add_argument("--keep", type=Path, help="keep the variant files, outputs and gold beads in this directory")
    ap.add_argument("--skip-held-out", action="store_true", help=f"leave out the held-out set ({HELD_OUT.name}/)")
    args = ap.parse_args()
    binary = benchlib.resolve_binary(args.binary)
    extra = ["--lexicon", args.lexicon] if args.lexicon else []
    if not args.skip_sentences:
        print("\n".join(sentence_table(binary, args.failures, extra, args.keep)))
        if not args.skip_held_out and (HELD_OUT / "gold").is_dir():
            keep = args.keep / "held-out" if args.keep else None
            print("\n" + "\n".join(sentence_table(binary, args.failures, extra, keep, HELD_OUT)))
    if not args.skip_pairing:
        print("\n".join(pairing_table(binary)))


if __name__ == "__main__":
    main()
