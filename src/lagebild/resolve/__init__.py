"""Cross-article resolution: one actor, one event, one quote from many articles and outlets.

``install(store)`` adds the save hook, so every article saved updates the picture in the same
transaction; ``rebuild(conn)`` recomputes it from the stored articles with the same result;
``catch_up(conn)`` resolves articles that were saved without the hook (e.g. by ``lagebild ingest``).
"""

from __future__ import annotations

import sqlite3

from lagebild.records import Extraction
from lagebild.resolve.core import catch_up, rebuild, resolve_article
from lagebild.store import Store


def hook(conn: sqlite3.Connection, extraction: Extraction) -> None:
    resolve_article(conn, extraction.article.id)


def install(store: Store) -> Store:
    """Resolve every article this store saves from now on; returns the store."""
    if hook not in store.hooks:
        store.hooks.append(hook)
    return store


__all__ = ["catch_up", "hook", "install", "rebuild", "resolve_article"]
