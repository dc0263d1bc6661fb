"""Small hand-made extractions for store and CLI tests (no language pipeline needed)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from lagebild.ingest import article_from_text
from lagebild.records import Entity, Event, Extraction, Quote, Span, Timex

BERLIN = ZoneInfo("Europe/Berlin")


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def extraction(
    text: str = "Die Ministerin sagte: „Wir verhandeln weiter.“ Am Dienstag trifft sie Vertreter in Rom.",
    published: datetime | None = None,
    speaker: str = "Anna Beispiel",
) -> Extraction:
    article = article_from_text(text, published=published or datetime(2025, 12, 1, 10, tzinfo=BERLIN), source="t.txt")
    quote_part = "Wir verhandeln weiter."
    q = span(text, quote_part) if quote_part in text else Span(0, 3, text[:3])
    quote = Quote(text=q.text, start=q.start, end=q.end, kind="direct", speaker=speaker, cue="sagte")
    trig = span(text, "trifft") if "trifft" in text else Span(0, 3, text[:3])
    event = Event(
        type="meeting", trigger=trig, participants=[speaker], place="Rom", date="2025-12-02", status="planned"
    )
    timexes = [Timex("Am Dienstag", *_se(text, "Am Dienstag"), "DATE", "2025-12-02")] if "Am Dienstag" in text else []
    entity = Entity(name=speaker, type="PER", mentions=[], id="e0")
    return Extraction(article=article, entities=[entity], quotes=[quote], timexes=timexes, events=[event])


def _se(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)
