"""Extractions from compact hand annotations: names and phrases located in the text.

Gold sets and test fixtures name their facts by their wording ("Wladimir Putin", "treffen"); this
module finds the character spans, so an annotation cannot drift from the text it annotates.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lagebild.errors import InputError
from lagebild.ingest import article_from_text
from lagebild.records import Entity, Event, Extraction, Quote, Role, Span


def _find(text: str, needle: str, source: str, start: int = 0) -> Span:
    at = text.find(needle, start)
    if at < 0:
        at = text.find(needle)
    if not needle or at < 0:
        raise InputError("E008", f"annotation {needle!r} does not occur in the text", source)
    return Span(at, at + len(needle), needle)


def _all(text: str, needle: str) -> list[Span]:
    spans, at = [], text.find(needle)
    while needle and at >= 0:
        spans.append(Span(at, at + len(needle), needle))
        at = text.find(needle, at + len(needle))
    return spans


def extraction_from_spec(spec: dict[str, Any]) -> Extraction:
    """An Extraction from ``{id, text, published, outlet, entities, quotes, events}``.

    entities: ``{name, type, aliases?, roles?}``; quotes: ``{text, speaker?, kind?}``;
    events: ``{type, trigger, participants?, place?, date?, status?}``; every string must occur
    in the text.
    """
    text = str(spec["text"])
    source = str(spec.get("id") or "<spec>")
    published = spec.get("published")
    when = datetime.fromisoformat(published) if isinstance(published, str) else published
    article = article_from_text(
        text, source=source, published=when, article_id=spec.get("id"), outlet=spec.get("outlet"), url=spec.get("url")
    )
    entities = []
    for i, e in enumerate(spec.get("entities") or []):
        name = str(e["name"])
        aliases = [str(a) for a in e.get("aliases") or []]
        mentions = sorted(
            {(s.start, s.end): s for n in [name, *aliases] for s in _all(text, n)}.values(), key=lambda s: s.start
        )
        if not mentions:
            raise InputError("E008", f"entity {name!r} is not mentioned in the text", source)
        roles = []
        for r in e.get("roles") or []:
            span = _find(text, str(r), source)
            roles.append(Role(text=span.text, start=span.start, end=span.end))
        entities.append(
            Entity(
                name=name,
                type=e.get("type", "PER"),
                mentions=mentions,
                roles=roles,
                aliases=aliases,
                article_id=article.id,
                id=f"e{i}",
            )
        )
    by_name = {n: ent for ent in entities for n in [ent.name, *ent.aliases]}
    quotes = []
    for q in spec.get("quotes") or []:
        span = _find(text, str(q["text"]), source)
        speaker = q.get("speaker")
        ent = by_name.get(str(speaker)) if speaker else None
        quotes.append(
            Quote(
                text=span.text,
                start=span.start,
                end=span.end,
                kind=q.get("kind", "direct"),
                speaker=ent.name if ent else speaker,
                speaker_entity=ent.id if ent else None,
                parts=[span],
                article_id=article.id,
            )
        )
    events = []
    for ev in spec.get("events") or []:
        trigger = _find(text, str(ev["trigger"]), source)
        place = ev.get("place")
        events.append(
            Event(
                type=str(ev["type"]),
                trigger=trigger,
                participants=[str(p) for p in ev.get("participants") or []],
                place=place,
                place_span=_find(text, str(place), source) if place else None,
                date=ev.get("date"),
                status=ev.get("status", "happened"),
                mentions=[trigger],
                article_id=article.id,
            )
        )
    return Extraction(article=article, entities=entities, quotes=quotes, events=events)
