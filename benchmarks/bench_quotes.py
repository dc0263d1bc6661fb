"""Quote extraction benchmark: the seed gold, the German Wikinews quotation corpus, and speed.

    .venv/bin/python benchmarks/bench_quotes.py [--split dev] [--errors N]

1. ``../shared/eval/score.py`` on the seed gold (quotes and quotes+speaker F1).
2. The Wikinews quotation corpus (Petersen-Frey & Biemann, LREC-COLING 2024) with its
   token-overlap scoring: per article, gold and predicted quotes are paired by best token
   overlap (each used once); precision and recall count corpus tokens of the quote spans, of the
   speaker spans of paired quotes, and of both together (joint); overall and per gold type. A
   prediction left unpaired counts against the type its kind maps to (direct -> Direct, else
   Indirect). The corpus is CC BY-NC-SA: measured here, never trained on, no text copied.
3. Speed: time of the quote component relative to the rest of the language pipeline, per article
   (target: at most +20%).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from lagebild.language import get_nlp
from lagebild.language.layout import paragraphs
from lagebild.language.pipeline import make_doc
from lagebild.records import Article, Quote

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "wikinews-quotes"
SEED = SHARED / "seeds" / "000_e268a12336e5f0d3.txt"
TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")


_FAILED: set[str] = set()


def run_pipeline(nlp: Any, text: str, published: datetime | None = None) -> Any:
    """The language pipeline component by component: a colleague's component that fails while it
    is being written is reported once and skipped, so the quote numbers stay measurable."""
    doc = make_doc(nlp, Article(id="bench", text=text, paragraphs=paragraphs(text), published=published))
    for name, proc in nlp.pipeline:
        if name in _FAILED:
            continue
        try:
            doc = proc(doc)
        except Exception as exc:
            if name == "lagebild_quotes":
                raise
            _FAILED.add(name)
            print(f"  (skipping {name}: {type(exc).__name__}: {str(exc)[:120]})")
    return doc


def _tokens_in(spans: Iterable[tuple[int, int]], tok_bounds: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        for i, (a, b) in enumerate(tok_bounds):
            if a < e and b > s:
                out.add(i)
    return out


class Counts:
    def __init__(self) -> None:
        self.tp = 0
        self.pred = 0
        self.gold = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _pair(gold: list[set[int]], pred: list[set[int]]) -> list[tuple[int, int, int]]:
    """Greedy one-to-one pairing by largest token overlap: (gold index, pred index, overlap)."""
    cands = [(len(g & p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if g & p]
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for ov, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, ov))
    return out


def _pred_type(q: Quote) -> str:
    return {"direct": "Direct", "reported": "Reported"}.get(q.kind, "Indirect")


def score_wikinews(split: str, show_errors: int) -> None:
    nlp = get_nlp()
    files = sorted((CORPUS / split).glob("*.json"))
    if not files:
        print(f"no Wikinews files under {CORPUS / split}")
        return
    keys = ["all", "all but Reported", "not nested, no Reported", *TYPES]
    quote = {k: Counts() for k in keys}
    speaker = {k: Counts() for k in keys}
    joint = {k: Counts() for k in keys}
    n_gold: dict[str, int] = defaultdict(int)
    n_found: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        text = data["originalText"]
        bounds = [(t["charBegin"], t["charEnd"]) for t in data["tokens"]]
        doc = run_pipeline(nlp, text)
        preds: list[Quote] = doc._.quotes or []
        g_q = [set(a["quote"]["tokenIds"]) for a in data["annotations"]]
        g_s = [set(a["speaker"]["tokenIds"]) for a in data["annotations"]]
        g_t = [a["type"] for a in data["annotations"]]
        g_n = [bool(a.get("isNested")) for a in data["annotations"]]
        p_q = [_tokens_in([(p.start, p.end) for p in q.parts] or [(q.start, q.end)], bounds) for q in preds]
        p_s = [
            _tokens_in([(q.speaker_span.start, q.speaker_span.end)], bounds) if q.speaker_span else set() for q in preds
        ]
        pairs = _pair(g_q, p_q)
        paired_p = {pi: gi for gi, pi, _ in pairs}
        paired_g = {gi for gi, _, _ in pairs}

        def groups(t: str, nested: bool = False) -> tuple[str, ...]:
            # "Reported" (a speech act summarised without its content: "X sprach von Y") is not a
            # quote in lagebild's gold; the second row scores without it. The third also leaves
            # out quotes nested in another (the marked words inside a reported clause), which
            # lagebild reports once, as one mixed quote.
            if t == "Reported":
                return ("all", t)
            if nested:
                return ("all", "all but Reported", t)
            return ("all", "all but Reported", "not nested, no Reported", t)

        for gi, t in enumerate(g_t):
            for k in groups(t, g_n[gi]):
                quote[k].gold += len(g_q[gi])
                speaker[k].gold += len(g_s[gi])
                joint[k].gold += len(g_q[gi]) + len(g_s[gi])
                n_gold[k] += 1
                if gi in paired_g:
                    n_found[k] += 1
        for pi, q in enumerate(preds):
            t = g_t[paired_p[pi]] if pi in paired_p else _pred_type(q)
            for k in groups(t, g_n[paired_p[pi]] if pi in paired_p else False):
                quote[k].pred += len(p_q[pi])
                speaker[k].pred += len(p_s[pi])
                joint[k].pred += len(p_q[pi]) + len(p_s[pi])
        for gi, pi, ov in pairs:
            sov = len(g_s[gi] & p_s[pi])
            for k in groups(g_t[gi], g_n[gi]):
                quote[k].tp += ov
                speaker[k].tp += sov
                joint[k].tp += ov + sov
        if show_errors:
            for gi, a in enumerate(data["annotations"]):
                if gi not in paired_g:
                    errors.append(
                        f"MISS {a['type']:<20} {a['quote']['text'][:90]!r} <- {a['speaker']['text'][:40]!r} cue {a['cue']['text']!r}"
                    )
            for pi, q in enumerate(preds):
                if pi not in paired_p:
                    errors.append(f"EXTRA {q.kind:<19} {q.text[:100]!r} <- {q.speaker!r}")
                elif g_s[paired_p[pi]] and not (g_s[paired_p[pi]] & p_s[pi]):
                    a = data["annotations"][paired_p[pi]]
                    sp = q.speaker_span.text if q.speaker_span else None
                    errors.append(f"SPEAKER gold {a['speaker']['text']!r} pred {sp!r}: {q.text[:70]!r}")
    print(f"\nWikinews quotation corpus, {split} split ({len(files)} articles): token-overlap P / R / F1 (%)")
    print(f"{'type':<22}{'n':>5}{'found':>7}   {'quote':>20}   {'speaker':>20}   {'joint':>20}")
    for k in keys:
        if not n_gold.get(k):
            continue
        cells = []
        for c in (quote[k], speaker[k], joint[k]):
            p, r, f1 = c.prf()
            cells.append(f"{100 * p:5.1f} {100 * r:5.1f} {100 * f1:5.1f}")
        print(f"{k:<22}{n_gold[k]:>5}{n_found[k]:>7}   " + "   ".join(f"{c:>20}" for c in cells))
    print("targets on dev: quote F1 >= 75, joint F1 >= 65 (published rule-based baseline on test: 47.9 / 39.1)")
    for line in errors[:show_errors]:
        print(line)


def score_seed() -> None:
    if not SEED.is_file():
        print(f"seed absent at {SEED}")
        return
    from zoneinfo import ZoneInfo

    from lagebild.pipeline import extract

    text = SEED.read_text(encoding="utf-8")
    published = datetime(2025, 12, 1, 16, 51, tzinfo=ZoneInfo("Europe/Berlin"))
    try:
        row: dict[str, Any] = extract(text, published=published).to_dict()
    except Exception as exc:
        # Another component failing mid-development: score the quotes from the tolerant run.
        print(f"  (lagebild.extract failed: {type(exc).__name__}; scoring quotes from the language pipeline)")
        doc = run_pipeline(get_nlp(), text, published)
        row = {"id": "seed", "quotes": [q.to_dict() for q in doc._.quotes or []]}
    row["source"] = str(SEED)
    out = Path("/tmp") / "lagebild_bench_quotes_seed.jsonl"
    out.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    res = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "dev"), str(out), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        scores = json.loads(res.stdout)
    except json.JSONDecodeError:
        print("score.py output:", res.stdout[-2000:], res.stderr[-2000:])
        return
    print("Seed gold (../shared/eval/score.py):")
    for task in scores.get("tasks", []):
        if task["task"] in ("quotes", "quotes+speaker"):
            print(
                f"  {task['task']:<16} P {task['p']:.3f}  R {task['r']:.3f}  F1 {task['f1']:.3f}  "
                f"(tp {task['tp']}, fp {task['fp']}, fn {task['fn']})"
            )
    print("  targets: quotes F1 >= 0.95, quotes+speaker F1 >= 0.90")


def speed(split: str, limit: int) -> None:
    nlp = get_nlp()
    files = sorted((CORPUS / split).glob("*.json"))[:limit]
    texts = [json.loads(f.read_text(encoding="utf-8"))["originalText"] for f in files]
    if SEED.is_file():
        texts.append(SEED.read_text(encoding="utf-8"))
    extractor = nlp.get_pipe("lagebild_quotes")
    # Time spent inside the entity extractor's resolve_reference/entity_at is counted separately:
    # it is the actors component's work, called from the quote component.
    in_entities = [0.0]

    def timed(fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                in_entities[0] += time.perf_counter() - t0

        return wrapper

    originals = (extractor._resolve_ref, extractor._entity_at)
    if extractor._resolve_ref is not None:
        extractor._resolve_ref = timed(extractor._resolve_ref)
    if extractor._entity_at is not None:
        extractor._entity_at = timed(extractor._entity_at)
    per_pipe: dict[str, float] = defaultdict(float)
    rounds = 3
    try:
        for _ in range(rounds):
            for text in texts:
                doc = make_doc(nlp, Article(id="x", text=text, paragraphs=paragraphs(text)))
                for name, proc in nlp.pipeline:
                    if name in _FAILED:
                        continue
                    t0 = time.perf_counter()
                    doc = proc(doc)
                    per_pipe[name] += time.perf_counter() - t0
    finally:
        extractor._resolve_ref, extractor._entity_at = originals
    n = rounds * len(texts)
    quotes = per_pipe.pop("lagebild_quotes", 0.0)
    rest = sum(per_pipe.values())
    own = quotes - in_entities[0]
    print(
        f"\nSpeed over {len(texts)} articles x{rounds}: quote component {1000 * quotes / n:.2f} ms/article "
        f"(of which {1000 * in_entities[0] / n:.2f} ms in the entity extractor's resolve_reference/entity_at), "
        f"rest of the pipeline {1000 * rest / n:.2f} ms/article"
    )
    print(f"  quote extraction adds {100 * quotes / rest:.1f}% to the language pipeline (target <= 20%)")
    print(f"  without the entity look-ups it calls: {100 * own / rest:.1f}%")


# (file, sentences scored). The shipped model trained on GSD dev, PUD and GSD test 1-488
# (training/README.md), so only GSD test from sentence 489 on is held out for the model; PUD was
# never looked at while writing the mood rules but is training data of the model.
UD_PARTS = {
    "GSD test 489-977 (held out)": (SHARED / "data" / "ud" / "ud_gsd" / "de_gsd-ud-test.conllu", slice(488, None)),
    "PUD (model training data)": (SHARED / "data" / "ud" / "ud_pud" / "de_pud-ud-test.conllu", slice(None)),
}


def mood_on_ud(label: str, path: Path, keep: slice) -> None:
    """Mood=Sub precision/recall of the language pipeline up to lagebild_mood on a UD German part."""
    from spacy.tokens import Doc

    if not path.is_file():
        return
    nlp = get_nlp()
    tp = fp = fn = 0
    sent: list[tuple[str, bool]] = []
    index = -1
    wanted = range(10**6)[keep]

    def flush() -> None:
        nonlocal tp, fp, fn, index
        if not sent:
            return
        index += 1
        if index not in wanted:
            return
        doc = Doc(nlp.vocab, words=[w for w, _ in sent])
        for name, proc in nlp.pipeline:
            if name == "lagebild_layout":
                continue
            doc = proc(doc)
            if name == "lagebild_mood":
                break
        for tok, (_w, gold) in zip(doc, sent, strict=True):
            pred = "Sub" in tok.morph.get("Mood", [])
            tp += pred and gold
            fp += pred and not gold
            fn += gold and not pred

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            sent = []
            continue
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 6 or not cols[0].isdigit():
            continue
        sent.append((cols[1], "Mood=Sub" in cols[5]))
    flush()
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    base = "trained model" if any(n in nlp.pipe_names for n in ("morphologizer", "tagger")) else "no model (rules only)"
    print(f"\nMood=Sub on UD German {label} ({base}): P {p:.3f} R {r:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--errors", type=int, default=0, help="print this many error lines")
    ap.add_argument("--speed-articles", type=int, default=60)
    ap.add_argument(
        "--only", choices=("seed", "wikinews", "mood", "speed"), action="append", help="run only these parts"
    )
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"needs ../shared at {SHARED}")
        return
    parts = set(args.only or ("seed", "wikinews", "mood", "speed"))
    if "seed" in parts:
        score_seed()
    if "wikinews" in parts:
        score_wikinews(args.split, args.errors)
    if "mood" in parts:
        for label, (path, keep) in UD_PARTS.items():
            mood_on_ud(label, path, keep)
    if "speed" in parts:
        speed(args.split, args.speed_articles)


if __name__ == "__main__":
    main()
