"""Throughput of the whole pipeline (extract, and ingest into a store), next to a tokenizer baseline.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles N]

The articles are the bundled samples, repeated with a varying first line so each has its own id.
Prints articles/s and words/s for: the tokenizer alone (baseline), the full language pipeline with
all extractors, and ingest into a fresh SQLite store; speed is also given as a ratio to the baseline.
Run with one core (``taskset -c 0``) for the one-core figure.

``--long`` adds single lines of 200,000 characters (bad input the pipeline must survive): words
without any punctuation, clauses with commas but no sentence end, short sentences with quotes,
and quotes opened but never closed. Each
prints words/s as a ratio to the sample articles' words/s in the same run: a ratio far below 1
means some rule grows faster than the text.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

from lagebild.ingest import read_path
from lagebild.language import get_nlp
from lagebild.pipeline import Pipeline
from lagebild.records import Article
from lagebild.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def corpus(n: int) -> list[Article]:
    base = [a for p in sorted(SAMPLES.iterdir()) for a in read_path(p) if isinstance(a, Article)]
    out = []
    for i in range(n):
        a = base[i % len(base)]
        out.append(
            Article(id=f"{a.id}-{i}", text=a.text, source=a.source, published=a.published, paragraphs=a.paragraphs)
        )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--long", action="store_true", help="also time 200,000-character single lines")
    args = ap.parse_args()
    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)

    t0 = time.perf_counter()
    nlp = get_nlp()
    load_s = time.perf_counter() - t0
    pipeline = Pipeline(nlp=nlp)
    pipeline.process(articles[0])  # warm caches so the timing measures steady state

    blank = spacy.blank("de")
    t0 = time.perf_counter()
    for a in articles:
        blank(a.text)
    base_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for a in articles:
        pipeline.process(a)
    full_s = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        for a in articles:
            store.save(pipeline.process(a))
        ingest_s = time.perf_counter() - t0
        store.close()  # closing checkpoints the WAL into the main file, so its size is the store's
        size = (Path(tmp) / "bench.db").stat().st_size

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(articles)}, words: {words}, pipeline: {', '.join(nlp.pipe_names)}")
    print(f"load time: {load_s:.2f} s, peak memory: {rss_mb:.0f} MB")
    for name, secs in [("tokenizer (baseline)", base_s), ("full pipeline", full_s), ("ingest to store", ingest_s)]:
        print(
            f"{name:<22} {len(articles) / secs:8.1f} articles/s {words / secs:10.0f} words/s"
            f"   {secs / base_s:6.1f}x baseline time"
        )
    print(f"store size: {size / 1024:.0f} KiB for {len(articles)} articles")
    if args.long:
        for name, line in LONG_LINES.items():
            text = (line * (200_000 // len(line) + 1))[:200_000]
            article = Article(id=f"long-{name}", text=text)
            t0 = time.perf_counter()
            pipeline.process(article)
            secs = time.perf_counter() - t0
            n = len(text.split())
            print(
                f"200,000-char line, {name:<24} {secs:6.1f} s {n / secs:8.0f} words/s  {n / secs / (words / full_s):5.2f}x articles"
            )
    return 0


# One line repeated to 200,000 characters; sentences written for this benchmark.
LONG_LINES = {
    "no punctuation": "Merz traf Macron in Berlin und sprach über die Ukraine ",
    "commas, no sentence end": "Merz traf Macron in Berlin, sagte er, und sprach über die Ukraine, ",
    "short quoted sentences": "Merz traf am Montag Macron in Berlin. „Wir stehen zusammen“, sagte er. ",
    "quotes never closed": "„Das ist gut, sagte Merz ",
}


if __name__ == "__main__":
    sys.exit(main())
