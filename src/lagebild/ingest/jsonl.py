"""JSON Lines: one article a line, ``{"id", "text", "published", "url", "outlet", "title"}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

from lagebild.errors import InputError
from lagebild.ingest.text import article_from_text, parse_published
from lagebild.records import Article


def read_jsonl(text: str, source: str, published: datetime | None = None) -> Iterator[Article | InputError]:
    """Yields an Article, or the error of that one line, for every non-empty line."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise InputError("E008", "a line must hold one JSON object", where)
            body = obj.get("text")
            if not isinstance(body, str):
                raise InputError("E008", "the object has no string field 'text'", where)
            when = published
            if when is None and obj.get("published"):
                when = parse_published(str(obj["published"]), where)
            given_id = obj.get("id")
            yield article_from_text(
                body,
                source=str(obj.get("source") or where),
                published=when,
                article_id=str(given_id) if given_id not in (None, "") else None,
                outlet=obj.get("outlet"),
                url=obj.get("url"),
                title=obj.get("title"),
            )
        except json.JSONDecodeError as exc:
            yield InputError("E008", f"not valid JSON: {exc.msg} at column {exc.colno}", where)
        except InputError as exc:
            if exc.source is None:
                exc.source = where
            yield exc
