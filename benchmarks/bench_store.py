"""Store, resolution and API speed at scale: ingest generated articles, then time the queries.

    .venv/bin/python benchmarks/bench_store.py [--n 10000] [--queries 300] [--pipeline 40]

The N articles come from benchmarks/data/generate.py (own templates: varied names and spellings,
dates over a year, ten outlets) as Extraction records built directly from the templates, so the
ingest rate measures store + cross-article resolution, not the language pipeline; the rate with
the real pipeline is measured on --pipeline generated articles and on --real Wikinews articles
from ../shared (when present). The baseline for the resolution cost is a
plain Store.save of the same articles without the resolution hook, in the same run. Latencies are
real HTTP requests to a live uvicorn on 127.0.0.1 (target: p95 < 100 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent / "data"))

import generate

from lagebild.records import Extraction
from lagebild.resolve import install
from lagebild.resolve.spec import extraction_from_spec
from lagebild.store import Store
from lagebild.web import create_app

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews-quotes" / "dev"


def ingest(path: Path, extractions: list[Extraction], *, resolve: bool) -> float:
    store = Store.open(path)
    if resolve:
        install(store)
    t0 = time.perf_counter()
    for ex in extractions:
        store.save(ex)
    elapsed = time.perf_counter() - t0
    store.close()
    return len(extractions) / elapsed


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def real_rate(tmp: Path, n: int) -> None:
    """The real pipeline + resolution on real articles: Wikinews dev from ../shared, if present."""
    import json
    import re
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from lagebild.ingest import article_from_text
    from lagebild.pipeline import Pipeline

    files = sorted(WIKINEWS.glob("*.json"))[:n]
    if not files:
        print(f"real articles: skipped, no Wikinews dev set at {WIKINEWS}")
        return
    pipeline = Pipeline()
    store = install(Store.open(tmp / "wikinews.db"))
    chars = 0
    t0 = time.perf_counter()
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        day = re.search(r"\((\d{4}-\d{2}-\d{2})\)$", doc["documentName"])
        text = doc["documentName"].split(" - ", 1)[-1] + "\n" + doc["originalText"]
        chars += len(text)
        when = datetime.fromisoformat(day[1] + "T12:00").replace(tzinfo=ZoneInfo("Europe/Berlin")) if day else None
        store.save(pipeline.process(article_from_text(text, source=f.name, published=when, outlet="Wikinews")))
    rate = len(files) / (time.perf_counter() - t0)
    store.close()
    print(
        f"ingest of real articles (Wikinews dev, {len(files)} articles, {chars / len(files):,.0f} characters on average)"
        f" through the real pipeline + resolution: {rate:,.1f} articles/s"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--pipeline", type=int, default=40)
    ap.add_argument("--real", type=int, default=100, help="Wikinews articles from ../shared through the pipeline")
    args = ap.parse_args()
    rng = random.Random(1)
    tmp = Path(tempfile.mkdtemp(prefix="lagebild-bench-"))

    t0 = time.perf_counter()
    specs = generate.articles(args.n)
    extractions = [extraction_from_spec(s) for s in specs]
    print(f"generated {args.n} articles as Extraction records in {time.perf_counter() - t0:.1f} s (no NLP pipeline)")

    base_n = min(2000, args.n)
    plain = ingest(tmp / "plain.db", extractions[:base_n], resolve=False)
    db = tmp / "store.db"
    rate = ingest(db, extractions, resolve=True)
    size = sum(p.stat().st_size for p in tmp.glob("store.db*"))
    print(f"baseline: Store.save without resolution, {base_n} articles: {plain:,.0f} articles/s")
    print(
        f"ingest with cross-article resolution, {args.n} articles: {rate:,.0f} articles/s"
        f"  (ratio to baseline {rate / plain:.2f})"
    )
    print(f"store size: {size / 1e6:.1f} MB ({size / args.n / 1024:.1f} KiB per article)")
    store = Store.open(db)
    counts = {
        t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("actors", "story_events", "story_quotes", "actor_mentions")
    }
    unresolved = store.conn.execute("SELECT count(*) FROM actor_mentions WHERE actor_id IS NULL").fetchone()[0]
    actor_ids = [r[0] for r in store.conn.execute("SELECT id FROM actors WHERE type = 'PER'")]
    store.close()
    print(
        f"resolved: {counts['actors']} actors, {counts['story_events']} events, {counts['story_quotes']} quotes;"
        f" {unresolved} of {counts['actor_mentions']} mentions left unresolved (ambiguous surname)"
    )

    if args.pipeline:
        from datetime import datetime

        from lagebild.ingest import article_from_text
        from lagebild.pipeline import Pipeline

        pipeline = Pipeline()
        small = generate.articles(args.pipeline, seed=99)
        trate = ingest(tmp / "templates-small.db", [extraction_from_spec(s) for s in small], resolve=True)
        pstore = install(Store.open(tmp / "pipeline.db"))
        texts = [(s["text"], s) for s in small]
        pipeline.process(article_from_text("Warmlauf.\nEin Satz.", source="warm"))
        t0 = time.perf_counter()
        for text, s in texts:
            art = article_from_text(
                text, source=s["id"], outlet=s["outlet"], published=datetime.fromisoformat(s["published"])
            )
            pstore.save(pipeline.process(art))
        prate = args.pipeline / (time.perf_counter() - t0)
        pstore.close()
        print(
            f"ingest through the real language pipeline + resolution, {args.pipeline} articles: {prate:,.1f} articles/s"
            f"  (ratio to template records of the same articles into a fresh store, {trate:,.0f}/s: {prate / trate:.3f})"
        )

    if args.real:
        real_rate(tmp, args.real)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    words = [w for t in generate.TOPICS for w in [t]] + ["Gespräche", "Einigung", "konstruktiv", "Zusagen"]
    surnames = [s[0] for s in generate.SURNAMES]
    months = [f"2025-{m:02d}" for m in range(1, 13)]
    cases = {
        "quote search": lambda: (
            f"/api/quotes?q={rng.choice(words)}" + (f"&speaker={rng.choice(surnames)}" if rng.random() < 0.5 else "")
        ),
        "actor page": lambda: f"/api/actors/{rng.choice(actor_ids)}",
        "actor quotes": lambda: f"/api/actors/{rng.choice(actor_ids)}/quotes",
        "timeline (1 month)": lambda: (lambda m: f"/api/timeline?since={m}-01&until={m}-28")(rng.choice(months)),
        "timeline web page": lambda: (lambda m: f"/?since={m}-01&until={m}-10")(rng.choice(months)),
    }
    ok = True
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for name, make in cases.items():
            client.get(make())
            times = []
            for _ in range(args.queries):
                url = make()
                t0 = time.perf_counter()
                resp = client.get(url)
                times.append(time.perf_counter() - t0)
                if resp.status_code != 200:
                    print(f"  {url} -> {resp.status_code}")
                    ok = False
            p50, p95 = percentiles(times)
            print(f"{name:20s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({args.queries} requests)")
            ok &= p95 < 100
    server.should_exit = True
    thread.join(10)
    for p in tmp.iterdir():
        p.unlink()
    os.rmdir(tmp)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
