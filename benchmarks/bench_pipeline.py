"""Throughput of the whole pipeline (extract, and ingest into a store), next to a tokenizer baseline.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles N]

The articles are the bundled samples, repeated with a varying first line so each has its own id.
Prints articles/s and words/s for: the tokenizer alone (baseline), the full language pipeline with
all extractors, and ingest into a fresh SQLite store; speed is also given as a ratio to the baseline.
Run with one core (``taskset -c 0``) for the one-core figure.
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
