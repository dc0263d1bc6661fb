"""Actors benchmark: the seed gold via the shared scorer, GermEval 2014 NER, and speed.

    .venv/bin/python benchmarks/bench_entities.py [--limit N] [--errors N] [--model blank:de]

Without --model it runs on the shipped pipeline (src/lagebild/models/de_lagebild, else blank);
"--model blank:de" measures the tokenizer-only path.

1. ``../shared/eval/score.py`` on the seed gold: entities and entities.typed F1 of the whole
   pipeline's output (targets 0.92 and 0.90).
2. GermEval 2014 test (``../shared/data/germeval2014``, CC BY 4.0), outer column, CoNLL-style
   exact span F1 over PER/LOC/ORG/OTH, for the language pipeline's own ``doc.ents`` (the
   baseline; empty without a trained model) and for the entities component (name mentions only:
   pronouns and role phrases are no GermEval names; MISC counts as OTH). Two readings: "collapsed"
   maps the derivation and part labels (LOCderiv, ORGpart) to their base type; "names only" drops
   gold spans with those labels and ignores predictions on them.
3. Speed: time of the entities component per sentence against the rest of the pipeline up to it,
   measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lagebild.extractors.entities import _lexicon
from lagebild.language import get_nlp
from lagebild.language.layout import paragraphs
from lagebild.language.pipeline import make_doc
from lagebild.records import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_e268a12336e5f0d3.txt"
GOLD = SHARED / "eval" / "dev"
GERMEVAL = SHARED / "data" / "germeval2014" / "NER-de-test.tsv"
LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "OTH", "OTH": "OTH"}

_FAILED: set[str] = set()


def run_pipeline(nlp: Any, text: str, upto: str | None = None, timing: dict[str, float] | None = None) -> Any:
    """Component by component, so a colleague's failing component is reported and skipped."""
    t0 = time.perf_counter()
    doc = make_doc(nlp, Article(id="bench", text=text, paragraphs=paragraphs(text)))
    if timing is not None:
        timing["rest"] = timing.get("rest", 0.0) + time.perf_counter() - t0
    for name, proc in nlp.pipeline:
        if name in _FAILED:
            continue
        t0 = time.perf_counter()
        if name == "lagebild_entities":
            # The component writes its names back to doc.ents: keep the model's own for the baseline.
            doc.user_data["model_ents"] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        try:
            doc = proc(doc)
        except Exception as exc:
            if name == "lagebild_entities":
                raise
            _FAILED.add(name)
            print(f"  (skipping {name}: {type(exc).__name__}: {str(exc)[:120]})")
        if timing is not None:
            key = "entities" if name == "lagebild_entities" else "rest"
            timing[key] = timing.get(key, 0.0) + time.perf_counter() - t0
        if name == upto:
            break
    return doc


def bench_seed(model: str | None = None) -> None:
    from lagebild.ingest import article_from_text, parse_published
    from lagebild.pipeline import Pipeline

    text = SEED.read_text(encoding="utf-8")
    published = parse_published("2025-12-01T16:51:00+01:00", str(SEED))
    nlp = get_nlp(model=model)
    ex = Pipeline(nlp=nlp).process(article_from_text(text, source=str(SEED), published=published))
    row = ex.to_dict()
    row["source"] = str(SEED)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        pred = fh.name
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(GOLD), pred, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    base = "trained pipeline" if "ner" in nlp.pipe_names else "blank tokenizer"
    print(f"seed gold (../shared/eval/score.py), base: {base}:")
    for task in result["tasks"]:
        if task["task"].startswith("entities"):
            target = 0.92 if task["task"] == "entities" else 0.90
            print(
                f"  {task['task']:<16} P {task['p']:.3f}  R {task['r']:.3f}  F1 {task['f1']:.3f}"
                f"  (tp/fp/fn {task['tp']}/{task['fp']}/{task['fn']}; target >= {target})"
            )
    verbose = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(GOLD), pred, "-v"],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in verbose.stdout.splitlines():
        if "entity" in line:
            print("   ", line)


def germeval_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
            continue
        cols = line.split("\t")
        tokens.append(cols[1])
        tags.append(cols[2])
    if tokens:
        yield tokens, tags


def gold_spans(tags: list[str]) -> tuple[set[tuple[int, int, str]], set[tuple[int, int]]]:
    """(collapsed spans, spans of derivation/part labels) from outer BIO tags."""
    spans: set[tuple[int, int, str]] = set()
    derived: set[tuple[int, int]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == label:
            continue
        if start >= 0:
            spans.add((start, i, LABELS[label[:3]]))
            if label.endswith(("deriv", "part")):
                derived.add((start, i))
            start = -1
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    return spans, derived


def char_to_token(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    first = last = None
    for k, (s, e) in enumerate(offsets):
        if s <= start < e or (first is None and start <= s < end):
            first = k if first is None else first
        if s < end <= e or (s < end and e <= end):
            last = k
    if first is None or last is None or last < first:
        return None
    return first, last + 1


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def row(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp/fp/fn {self.tp}/{self.fp}/{self.fn})"


def bench_germeval(limit: int | None, errors: int, model: str | None = None) -> None:
    if not GERMEVAL.is_file():
        print(f"GermEval 2014 test not found at {GERMEVAL}")
        return
    nlp = get_nlp(model=model)
    not_names = _lexicon("de").not_name_openers
    scores = {
        k: PRF() for k in ("baseline collapsed", "entities collapsed", "baseline names only", "entities names only")
    }
    per_type: dict[str, PRF] = {t: PRF() for t in ("PER", "LOC", "ORG", "OTH")}
    timing: dict[str, float] = {}
    shown = 0
    n = 0
    for tokens, tags in germeval_sentences(GERMEVAL):
        if limit is not None and n >= limit:
            break
        n += 1
        offsets = []
        pos = 0
        for t in tokens:
            offsets.append((pos, pos + len(t)))
            pos += len(t) + 1
        text = " ".join(tokens)
        doc = run_pipeline(nlp, text, upto="lagebild_entities", timing=timing)
        gold, derived = gold_spans(tags)
        base: set[tuple[int, int, str]] = set()
        for start_char, end_char, label in doc.user_data.get("model_ents", []):
            span = char_to_token(offsets, start_char, end_char)
            if span and label in LABELS:
                base.add((*span, LABELS[label]))
        ours: set[tuple[int, int, str]] = set()
        for ent in doc._.entities or []:
            for m in ent.mentions:
                if m.text.split()[0].lower() in not_names:
                    continue
                span = char_to_token(offsets, m.start, m.end)
                if span:
                    ours.add((*span, LABELS[ent.type]))
        scores["baseline collapsed"].add(gold, base)
        scores["entities collapsed"].add(gold, ours)
        names_gold = {g for g in gold if (g[0], g[1]) not in derived}
        scores["baseline names only"].add(names_gold, {p for p in base if (p[0], p[1]) not in derived})
        scores["entities names only"].add(names_gold, {p for p in ours if (p[0], p[1]) not in derived})
        for t, prf in per_type.items():
            prf.add({g for g in gold if g[2] == t}, {p for p in ours if p[2] == t})
        if shown < errors and gold != ours:
            shown += 1
            print("  gold", sorted((" ".join(tokens[a:b]), lab) for a, b, lab in gold))
            print("  ours", sorted((" ".join(tokens[a:b]), lab) for a, b, lab in ours))
    model = "trained pipeline" if "ner" in nlp.pipe_names else "blank tokenizer (no doc.ents)"
    print(f"GermEval 2014 test, {n} sentences, outer spans, CoNLL exact match; base: {model}:")
    for name, prf in scores.items():
        print(f"  {name:<22} {prf.row()}")
    for t, prf in per_type.items():
        print(f"  entities {t:<13} {prf.row()}")
    rest = timing.get("rest", 0.0)
    ent = timing.get("entities", 0.0)
    if rest:
        print(
            f"speed: entities component {1000 * ent / n:.2f} ms/sentence, rest of the pipeline up to it "
            f"{1000 * rest / n:.2f} ms/sentence; ratio entities/rest = {ent / rest:.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="GermEval sentences to use (default: all)")
    ap.add_argument("--errors", type=int, default=0, help="print this many GermEval sentences with errors")
    ap.add_argument("--skip-germeval", action="store_true")
    ap.add_argument(
        "--model", default=None, help='a spaCy pipeline instead of the shipped one ("blank:de": tokenizer only)'
    )
    a = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"needs the shared data at {SHARED}")
        return 1
    bench_seed(a.model)
    if not a.skip_germeval:
        bench_germeval(a.limit, a.errors, a.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
