"""Temporal tagging benchmark: KRAUTS (TempEval-3-style, beside HeidelTime), the seed gold, speed.

    .venv/bin/python benchmarks/bench_time.py [--errors N] [--repeat N]

1. KRAUTS Dolomiten-42 and Dolomiten-100 (``../shared/data/krauts``, TimeML gold): strict and
   relaxed extent P/R/F1, type F1 and value F1 (``timeml.py``), for lagebild (full pipeline, the
   document creation time as publication date) and for HeidelTime 2.2.1's own output shipped with
   the corpus, side by side; each part and both together. KRAUTS is CC BY-NC: measured here,
   never trained on, no text copied into the repository.
2. ``../shared/eval/score.py`` on the seed gold (timex and timex.value F1).
3. Speed: articles per second of the timex component alone on one core (single-threaded, per
   CPU second of the process and per wall second), against the blank tokenizer measured in the
   same run over the same texts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lagebild.language import get_nlp
from lagebild.language.pipeline import make_doc
from lagebild.pipeline import extract
from lagebild.records import Article
from timeml import Counts, Document, Expr, Scores, read_timeml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
KRAUTS = SHARED / "data" / "krauts"
PARTS = ("Dolomiten-42", "Dolomiten-100")
SEED = SHARED / "seeds" / "000_e268a12336e5f0d3.txt"
# South Tyrol: the newspaper's own time zone for its creation dates.
KRAUTS_ZONE = ZoneInfo("Europe/Rome")


def load_part(part: str) -> list[tuple[Document, Document | None]]:
    gold_dir = KRAUTS / f"KRAUTS_{part}"
    heidel_dir = KRAUTS / f"KRAUTS_{part}_Heideltime"
    docs = []
    for path in sorted(gold_dir.glob("*.tml")):
        gold = read_timeml(path)
        heidel_path = heidel_dir / path.name
        heidel = read_timeml(heidel_path) if heidel_path.is_file() else None
        if heidel is not None and heidel.text != gold.text:
            heidel = None
        docs.append((gold, heidel))
    return docs


def published(doc: Document) -> datetime | None:
    if not doc.dct:
        return None
    try:
        day = datetime.strptime(doc.dct[:10], "%Y-%m-%d")
    except ValueError:
        return None
    return day.replace(hour=12, tzinfo=KRAUTS_ZONE)


MODEL: str | None = None


def lagebild_exprs(doc: Document) -> list[Expr]:
    nlp = get_nlp(model=MODEL)
    article = Article(id=doc.name, text=doc.text, published=published(doc))
    # Only the components up to the tagger: the later ones never change ``doc._.timexes``, and a
    # colleague's component failing on an article must not stop this measurement.
    doc = make_doc(nlp, article)
    for name in nlp.pipe_names[: nlp.pipe_names.index("lagebild_timex") + 1]:
        doc = nlp.get_pipe(name)(doc)
    return [Expr(t.start, t.end, t.type, t.value, t.text) for t in doc._.timexes]


def row(name: str, s: Scores) -> str:
    def pct(x: float) -> str:
        return f"{100 * x:5.1f}"

    sp, sr, sf = s.strict
    rp, rr, rf = s.relaxed
    return f"{name:<22} {pct(sp)} {pct(sr)} {pct(sf)}   {pct(rp)} {pct(rr)} {pct(rf)}   {pct(s.type_f1)}  {pct(s.value_f1)}"


def krauts(errors: int) -> dict[str, dict[str, Scores]]:
    header = f"{'':<22} {'strict P/R/F1':^17}   {'relaxed P/R/F1':^17}   {'type':>5}  {'value':>5}"
    results: dict[str, dict[str, Scores]] = {}
    total_l, total_h = Counts(), Counts()
    mistakes: list[str] = []
    for part in (*PARTS, "all"):
        if part == "all":
            cl, ch = total_l, total_h
        else:
            cl, ch = Counts(), Counts()
            for gold, heidel in load_part(part):
                system = lagebild_exprs(gold)
                pairs = cl.add(gold.timexes, system)
                if heidel is not None:
                    ch.add(gold.timexes, heidel.timexes)
                paired_g = {id(g) for g, _ in pairs}
                paired_s = {id(s) for _, s in pairs}
                mistakes += [
                    f"{gold.name} MISS {g.text!r} {g.type} {g.value}" for g in gold.timexes if id(g) not in paired_g
                ]
                mistakes += [f"{gold.name} FP   {s.text!r} {s.type} {s.value}" for s in system if id(s) not in paired_s]
                mistakes += [
                    f"{gold.name} VAL  {g.text!r}/{s.text!r} gold {g.type} {g.value} ours {s.type} {s.value}"
                    for g, s in pairs
                    if g.value != s.value
                ]
            total_l, total_h = total_l.merged(cl), total_h.merged(ch)
        results[part] = {"lagebild": Scores.of(cl), "HeidelTime 2.2.1": Scores.of(ch)}
        print(f"\nKRAUTS {part}: {cl.gold} gold expressions, lagebild {cl.system}, HeidelTime {ch.system}")
        print(header)
        for name, s in results[part].items():
            print(row(name, s))
    if errors:
        print(f"\nFirst {errors} lagebild errors of {len(mistakes)}:")
        for line in mistakes[:errors]:
            print("  " + line)
    return results


def seed_score() -> None:
    if not SEED.is_file():
        print("\nseed: ../shared absent, skipped")
        return
    result = extract(
        SEED.read_text(encoding="utf-8"),
        published="2025-12-01T16:51:00+01:00",
        id="seed",
        source=str(SEED),
    )
    line = result.to_dict()
    line["source"] = str(SEED)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        pred = fh.name
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "dev"), pred, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        scores = json.loads(out.stdout)
    except json.JSONDecodeError:
        print("\nseed scorer output:\n" + out.stdout + out.stderr)
        return
    print("\nSeed gold (../shared/eval/score.py), required items:")
    for task in scores.get("tasks", []):
        if str(task.get("task", "")).startswith("timex"):
            print(
                f"  {task['task']:<14} P {task['p']:.3f}  R {task['r']:.3f}  F1 {task['f1']:.3f}"
                f"  (tp {task['tp']}, fp {task['fp']}, fn {task['fn']})"
            )
    print(f"  timex value accuracy: {scores.get('timex_value_accuracy')}")


def speed(repeat: int) -> None:
    nlp = get_nlp(model=MODEL)
    texts = [gold.text for part in PARTS for gold, _ in load_part(part)]
    if SEED.is_file():
        texts.append(SEED.read_text(encoding="utf-8"))
    timex = nlp.get_pipe("lagebild_timex")
    before = list(nlp.pipe_names[: nlp.pipe_names.index("lagebild_timex")])
    docs = []
    for text in texts:
        doc = make_doc(nlp, Article(id="x", text=text, published=datetime(2025, 12, 1, 12, tzinfo=KRAUTS_ZONE)))
        for name in before:
            doc = nlp.get_pipe(name)(doc)
        docs.append(doc)

    def timed(work: Callable[[], object]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            work()
        return time.perf_counter() - wall, time.process_time() - cpu

    tok_wall, tok_cpu = timed(lambda: [nlp.make_doc(text) for text in texts])
    tim_wall, tim_cpu = timed(lambda: [timex(doc) for doc in docs])
    n = repeat * len(texts)
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"\nSpeed over {len(texts)} articles (mean {chars:.0f} characters) x {repeat}, one process, one thread:")
    print(f"  {'':<28} {'per CPU second':>15} {'per wall second':>16}")
    print(f"  {'blank tokenizer (baseline)':<28} {n / tok_cpu:15.0f} {n / tok_wall:16.0f}")
    print(f"  {'timex component alone':<28} {n / tim_cpu:15.0f} {n / tim_wall:16.0f}")
    print(f"  timex time / tokenizer time: {tim_cpu / tok_cpu:.2f} (CPU), {tim_wall / tok_wall:.2f} (wall)")
    print("  (CPU seconds of this process: a shared machine's load does not count against it)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, help="print the first N lagebild errors on KRAUTS")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts for the speed measurement")
    parser.add_argument("--model", default=None, help="spaCy pipeline to run under lagebild's components")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    args = parser.parse_args()
    global MODEL
    MODEL = args.model
    if not KRAUTS.is_dir():
        print(f"KRAUTS not found at {KRAUTS}; nothing to measure")
        return
    krauts(args.errors)
    seed_score()
    if not args.no_speed:
        speed(args.repeat)


if __name__ == "__main__":
    main()
