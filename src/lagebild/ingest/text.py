"""Plain-text articles: layout, the publication date from a ``Stand:`` line or a date-only header,
and content-hash ids."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from lagebild import settings
from lagebild.errors import InputError
from lagebild.language.layout import is_dateline, leading_dateline, month_alternation, month_numbers, paragraphs
from lagebild.records import Article

_STAND = re.compile(
    r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{2,4})"
    r"(?:\s*[,|-]?\s*(?:um\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:\s*Uhr)?)?"
)


_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2}))?")


def content_id(text: str) -> str:
    """Same content, same id: a hash of the text with line ends and outer space normalised."""
    norm = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def local_zone() -> ZoneInfo:
    return ZoneInfo(str(settings.get("timezone")))


def parse_published(value: str, source: str) -> datetime:
    """An ISO 8601 date or datetime; one without a zone is taken in the configured zone."""
    raw = value.strip()
    try:
        when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(
            "E007", f"malformed publication date {value!r}: use ISO 8601, e.g. 2025-12-01T16:51+01:00", source
        ) from exc
    if not 1800 <= when.year <= 2200:
        raise InputError("E007", f"publication date {value!r} is outside the years 1800-2200", source)
    if when.tzinfo is None:
        when = when.replace(tzinfo=local_zone())
    return when


@cache
def _named_month(lang: str) -> re.Pattern[str]:
    """ "1. Dezember 2025, 16:51 Uhr": a date with the month's name (names from the time data)."""
    return re.compile(
        rf"(?P<d>\d{{1,2}})\.\s?(?P<m>{month_alternation(lang)})\s+(?P<y>\d{{4}})"
        r"(?:\s*[,|-]?\s*(?:um\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:\s*Uhr)?)?",
        re.IGNORECASE,
    )


def dateline_published(line: str, source: str, lang: str = "de") -> datetime | None:
    """The time in a dateline (``Stand: 01.12.2025 16:51 Uhr``, ``1. Dezember 2025``,
    ``2025-12-01``), in the configured zone."""
    m = _STAND.search(line)
    month: int | None = None
    if m is None:
        m = _named_month(lang).search(line)
        if m is not None:
            month = month_numbers(lang)[m["m"].lower()]
        else:
            m = _ISO_DATE.search(line)
    if not m:
        raise InputError("E007", f"no date in the dateline {line.strip()!r}", source)
    year = int(m["y"])
    if year < 100:
        year += 2000
    try:
        return datetime(
            year, month or int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0), tzinfo=local_zone()
        )
    except ValueError as exc:
        raise InputError(
            "E007", f"malformed date in the dateline {line.strip()!r} ({exc}); set it with --published", source
        ) from exc


def article_from_text(
    text: str,
    *,
    source: str = "",
    published: datetime | None = None,
    article_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    if not text.strip():
        raise InputError("E002", "the article text is empty", source or None)
    limit = int(settings.get("max_chars"))
    if len(text) > limit:
        raise InputError(
            "E004", f"{len(text):,} characters is over the limit of {limit:,} (setting max_chars)", source or None
        )
    paras = paragraphs(text)
    if published is None:
        for p in paras:
            if p.kind == "dateline" and is_dateline(text[p.start : p.end]):
                published = dateline_published(text[p.start : p.end], source)
                break
    if published is None:
        # A wire report dates itself at the start of its first paragraph ("Genf, 2. Dezember
        # 2025 (sda) – …").
        first = next((p for p in paras if p.kind in ("teaser", "body")), None)
        m = leading_dateline("de").match(text[first.start : first.end]) if first is not None else None
        if m is not None:
            published = dateline_published(m.group(), source)
    if title is None:
        heads = [p for p in paras if p.kind == "headline"]
        title = text[heads[0].start : heads[0].end] if heads else None
    return Article(
        id=article_id or content_id(text),
        text=text,
        source=source,
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        paragraphs=paras,
    )
