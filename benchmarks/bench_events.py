"""Event extraction on the dev gold: events F1, event date and place accuracy, and speed.

    .venv/bin/python benchmarks/bench_events.py [--gold ../shared/eval/dev] [-v]

Two runs, both scored by ``../shared/eval/score.py``:

1. end to end: ``lagebild.extract`` on each gold article's text, the whole pipeline as shipped;
2. events component alone: the same articles, with ``doc._.entities`` and ``doc._.timexes`` filled
   from the gold entity names and timex values (located in the text by string search) instead of
   the actors and time components. This isolates the event logic from its inputs: the gap between
   the two runs is what better entities and dates upstream would gain.

Speed is the events component's time as a ratio of the tokenizer's time on the same texts,
measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _gold_files(gold_dir: Path) -> list[tuple[dict[str, Any], Path, str]]:
    out = []
    for gp in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        src = (gp.parent / gold["text_file"]).resolve()
        out.append((gold, src, src.read_text(encoding="utf-8")))
    return out


def _score(gold_dir: Path, rows: list[dict[str, Any]], verbose: bool) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        pred = fh.name
    scorer = SHARED / "eval" / "score.py"
    if verbose:
        subprocess.run([sys.executable, str(scorer), str(gold_dir), pred, "-v"], check=True)
    res = subprocess.run(
        [sys.executable, str(scorer), str(gold_dir), pred, "--json"], check=True, capture_output=True, text=True
    )
    Path(pred).unlink()
    return dict(json.loads(res.stdout))


def _print(label: str, result: dict[str, Any]) -> None:
    events = next(t for t in result["tasks"] if t["task"] == "events")
    print(
        f"{label:<34} events P={events['p']:.3f} R={events['r']:.3f} F1={events['f1']:.3f} "
        f"(tp/fp/fn {events['tp']}/{events['fp']}/{events['fn']})  "
        f"date_acc={result['event_date_accuracy']}  place_acc={result['event_place_accuracy']}"
    )


def _reference_doc(nlp: Any, gold: dict[str, Any], text: str, published: datetime) -> Any:
    from lagebild.ingest import article_from_text
    from lagebild.language.pipeline import make_doc
    from lagebild.records import Entity, Role, Span, Timex

    article = article_from_text(text, source=gold["text_file"], published=published, article_id=gold["id"])
    doc = make_doc(nlp, article)
    doc = nlp.get_pipe("lagebild_layout")(doc)
    entities = []
    taken: list[tuple[int, int]] = []
    forms = []
    for ent in gold.get("entities", []):
        for form in {ent["name"], *ent.get("aliases", [])}:
            forms.append((form, ent))
    forms.sort(key=lambda f: -len(f[0]))
    by_name: dict[str, Entity] = {}
    for form, ent in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"s?(?!\w)", text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            roles = [Role(r) for r in ent.get("roles", [])]
            rec = by_name.setdefault(
                ent["name"], Entity(ent["name"], ent["type"], roles=roles, aliases=ent.get("aliases", []))
            )
            rec.mentions.append(Span(s, e, text[s:e]))
    entities = list(by_name.values())
    doc._.entities = entities
    timexes = []
    for t in gold.get("timexes", []):
        start = -1
        for _ in range(t.get("occurrence", 1)):
            start = text.find(t["text"], start + 1)
        if start >= 0:
            timexes.append(Timex(t["text"], start, start + len(t["text"]), t["type"], t["value"]))
    doc._.timexes = timexes
    return doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--review",
        type=int,
        default=0,
        metavar="N",
        help="also run on the Wikinews dev articles (no event gold) and print N random events to judge by hand",
    )
    a = ap.parse_args(argv)
    if not (SHARED / "eval" / "score.py").is_file():
        print(f"needs the shared scorer at {SHARED / 'eval' / 'score.py'}")
        return 2

    from lagebild.extractors.events import extract_events
    from lagebild.language.pipeline import get_nlp
    from lagebild.pipeline import extract

    files = _gold_files(a.gold)
    nlp = get_nlp()

    rows = []
    for gold, src, text in files:
        result = extract(text, published=gold["published"], id=gold["id"], source=str(src))
        row = result.to_dict()
        row["source"] = str(src)
        rows.append(row)
    _print("end to end (lagebild.extract)", _score(a.gold, rows, a.verbose))

    rows = []
    docs = []
    for gold, src, text in files:
        doc = _reference_doc(nlp, gold, text, datetime.fromisoformat(gold["published"]))
        docs.append(doc)
        events = extract_events(doc)
        rows.append({"id": gold["id"], "source": str(src), "events": [e.to_dict() for e in events]})
    _print("events on reference entities/timex", _score(a.gold, rows, a.verbose))

    # Speed: the events component against the tokenizer on the same texts, same run.
    repeat = 20
    texts = [text for _, _, text in files]
    t0 = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            nlp.make_doc(text)
    tokenizer_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            extract_events(doc)
    events_s = time.perf_counter() - t0
    print(f"speed: events component / tokenizer time = {events_s / tokenizer_s:.2f}x ({repeat} runs)")
    if a.review:
        _review(a.review)
    return 0


def _review(n: int) -> None:
    """Events on unannotated real news, for a precision estimate by hand (held out from tuning)."""
    import random

    from lagebild.pipeline import extract

    lines = []
    files = sorted((SHARED / "data" / "wikinews-quotes" / "dev").glob("*.json"))
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        m = re.search(r"\((\d{4}-\d{2}-\d{2})\)$", d["documentName"])
        published = m.group(1) + "T12:00:00+01:00" if m else None
        for e in extract(d["originalText"], published=published).events:
            sentence = e.sentence.text[:200] if e.sentence else ""
            lines.append(f"{e.type} {e.participants} @{e.place} {e.date} {e.status} | {sentence}")
    print(f"review: {len(files)} Wikinews dev articles, {len(lines)} events")
    for line in random.Random(7).sample(lines, min(n, len(lines))):
        print("  -", line)


if __name__ == "__main__":
    sys.exit(main())
