"""RSS and Atom feeds: one article per entry, read with feedparser."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime

import feedparser
import lxml.html

from lagebild.errors import InputError
from lagebild.ingest.text import article_from_text
from lagebild.records import Article


def _plain(html: str) -> str:
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html.strip()
    # Block elements become line breaks so paragraphs survive.
    for br in root.iter("br", "p", "div", "li", "h1", "h2", "h3"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def read_feed(data: bytes, source: str, published: datetime | None = None) -> Iterator[Article | InputError]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "the feed has no entries"
        yield InputError("E006", reason, source)
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{source}#{n}"
        title = (entry.get("title") or "").strip()
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        body = _plain(html)
        text = f"{title}\n{body}" if title and body else (title or body)
        when = published
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if when is None and stamp:
            when = datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC)
        try:
            yield article_from_text(
                text,
                source=entry.get("link") or where,
                published=when,
                outlet=outlet,
                url=entry.get("link"),
                title=title or None,
            )
        except InputError as exc:
            exc.source = where
            yield exc
