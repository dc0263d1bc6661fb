"""HTML pages: trafilatura finds the article text and metadata, htmldate the publication date."""

from __future__ import annotations

from datetime import datetime

import htmldate
import trafilatura

from lagebild.errors import InputError
from lagebild.ingest.text import article_from_text, parse_published
from lagebild.records import Article

# Below this, what trafilatura found is navigation debris, not an article.
_MIN_WORDS = 5


def read_html(html: str, source: str, published: datetime | None = None, url: str | None = None) -> Article:
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError) as exc:
        raise InputError("E006", f"the HTML could not be parsed: {exc}", source) from exc
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or len(body.split()) < _MIN_WORDS:
        raise InputError("E006", "no article text found in the HTML page", source)
    title = (getattr(doc, "title", None) or "").strip() or None
    # The headline is part of what lagebild reads (headline quotes), so it heads the text.
    text = f"{title}\n{body}" if title and not body.lstrip().startswith(title) else body
    if published is None:
        found = htmldate.find_date(html, extensive_search=False, outputformat="%Y-%m-%dT%H:%M:%S", original_date=True)
        if found:
            published = parse_published(found, source)
    return article_from_text(
        text,
        source=source,
        published=published,
        outlet=getattr(doc, "sitename", None) or None,
        url=url or getattr(doc, "url", None) or None,
        title=title,
    )
