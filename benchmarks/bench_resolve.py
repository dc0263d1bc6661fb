"""Cross-article resolution quality on a story told by several outlets (benchmarks/data/story).

Saves the hand-annotated articles through Store.save with the resolution hook, then scores the
merges against the gold labels: pairwise precision and recall of "same actor" (person mentions),
"same event" (event reports) and "same statement" (quotes). The annotated extractions stand in for
the per-article extractors, so this measures resolution alone. Also checks that a rebuild of the
whole store gives the same picture as the incremental run.

    .venv/bin/python benchmarks/bench_resolve.py
"""

from __future__ import annotations

import itertools
import sys
import tempfile
import tomllib
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from lagebild.resolve import install, rebuild
from lagebild.resolve.spec import extraction_from_spec
from lagebild.store import Store

STORY = Path(__file__).parent / "data" / "story" / "story.toml"
TARGET = 0.95


def load_story(path: Path = STORY) -> list[dict[str, Any]]:
    with path.open("rb") as fh:
        return list(tomllib.load(fh)["article"])


def pairwise(gold: dict[Hashable, str], pred: dict[Hashable, Hashable]) -> tuple[float, float, int, int]:
    """Precision and recall over pairs of items: same gold label vs same predicted cluster."""
    items = sorted(gold, key=str)
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        same_gold = gold[a] == gold[b]
        same_pred = pred[a] is not None and pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fn, len(items)


def main() -> int:
    articles = load_story()
    gold_actor: dict[Hashable, str] = {}
    gold_event: dict[Hashable, str] = {}
    gold_quote: dict[Hashable, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = install(Store.open(Path(tmp) / "story.db"))
        for art in articles:
            ex = extraction_from_spec(art)
            store.save(ex)
            for ent, spec in zip(ex.entities, art.get("entities") or [], strict=True):
                if ent.type == "PER":
                    gold_actor[(art["id"], ent.id)] = spec["g"]
            for i, spec in enumerate(art.get("events") or []):
                gold_event[(art["id"], i)] = spec["g"]
            for i, spec in enumerate(art.get("quotes") or []):
                gold_quote[(art["id"], i)] = spec["g"]
        conn = store.conn
        pred_actor: dict[Hashable, Hashable] = {
            (r["article_id"], r["eid"]): r["actor_id"] for r in conn.execute("SELECT * FROM actor_mentions")
        }

        def by_row(table: str, link: str, fk: str) -> dict[Hashable, Hashable]:
            out: dict[Hashable, Hashable] = {}
            rows = conn.execute(
                f"SELECT t.article_id, t.id, l.{fk} AS cluster FROM {table} t LEFT JOIN {link} l ON l.{table[:-1]}_row = t.id"
                " ORDER BY t.article_id, t.id"
            ).fetchall()
            for article_id, group in itertools.groupby(rows, key=lambda r: r["article_id"]):
                for i, r in enumerate(group):
                    out[(article_id, i)] = r["cluster"]
            return out

        pred_event = by_row("events", "event_sources", "story_event_id")
        pred_quote = by_row("quotes", "quote_sources", "story_quote_id")
        tables = ["actors", "actor_mentions", "story_events", "event_sources", "story_quotes", "quote_sources"]
        before = {t: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}")) for t in tables}
        rebuild(conn)
        after = {t: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}")) for t in tables}
        unresolved = conn.execute("SELECT count(*) FROM actor_mentions WHERE actor_id IS NULL").fetchone()[0]
        disputed = conn.execute("SELECT count(*) FROM story_events WHERE date_disputed OR place_disputed").fetchone()[0]
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("actors", "story_events", "story_quotes")
        }
        store.close()

    print(f"story set: {len(articles)} articles, {len({a['outlet'] for a in articles})} outlets ({STORY})")
    ok = True
    for label, gold, pred in (
        ("actors", gold_actor, pred_actor),
        ("events", gold_event, pred_event),
        ("quotes", gold_quote, pred_quote),
    ):
        p, r, gold_pairs, n = pairwise(gold, pred)
        ok &= p >= TARGET and r >= TARGET
        print(
            f"{label:7s} merge precision {p:.3f}  recall {r:.3f}  ({n} items, {gold_pairs} gold same-pairs, target >= {TARGET})"
        )
    print(
        f"canonical: {counts['actors']} actors, {counts['story_events']} events, {counts['story_quotes']} quotes;"
        f" {unresolved} mention(s) left unresolved on purpose; {disputed} event(s) with disputed date or place"
    )
    same = before == after
    print(f"rebuild from the whole store gives the same result: {same}")
    return 0 if ok and same else 1


if __name__ == "__main__":
    sys.exit(main())
