"""The public data model: small typed records with character offsets into the article text.

Every fact carries the id of the article it came from and the character span that supports it,
so a span always slices back to the exact source characters (``article.text[start:end]``).
``to_dict`` writes the scorer format of ``shared/eval/README.md``; extra fields are allowed there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

ParagraphKind = Literal["headline", "teaser", "subheading", "body", "dateline"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect", "mixed", "reported"]
# Kinds whose content is rendered (in marks or as a reported clause); "reported" summarises a speech
# act without its content ("X warnte vor Y", "X sagte Hilfe zu") and is kept in a list of its own.
CONTENT_KINDS: frozenset[str] = frozenset({"direct", "indirect", "mixed"})
# Types of the actors and places an article is about; other names (MISC: currencies, indices,
# languages, wars, titles of works) are no actors and are kept in a list of their own.
ACTOR_TYPES: frozenset[str] = frozenset({"PER", "ORG", "LOC"})
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EventStatus = Literal["planned", "happened", "ongoing"]
EVENT_TYPES = (
    "meeting",
    "talks",
    "call",
    "travel",
    "visit",
    "resignation",
    "dismissal",
    "appointment",
    "contact",
)


@dataclass(slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@dataclass(slots=True)
class Role:
    """A role noun phrase given for a person, with the relation it names ("Berater von Putin")."""

    text: str
    start: int | None = None
    end: int | None = None
    # Organisation or country named inside the role ("US-Präsident" -> "USA").
    affiliation: str | None = None
    # The person or body the role is relative to ("Schwiegersohn von Trump" -> "Donald Trump").
    relation_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(slots=True)
class Entity:
    name: str
    type: EntityType
    mentions: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    article_id: str = ""
    # Stable within one article: "e0", "e1", ... in order of first mention.
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "roles": [r.text for r in self.roles],
            "role_details": [r.to_dict() for r in self.roles],
            "aliases": self.aliases,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Quote:
    """A statement: direct (quotation marks), indirect (a reported clause), mixed, or reported (a
    speech act named without its content: the whole sentence is the span)."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_entity: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    channel: str | None = None
    # Parts of a quote split by its attribution („…“, sagte sie, „…“); one part when unsplit.
    parts: list[Span] = field(default_factory=list)
    headline: bool = False
    article_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_entity": self.speaker_entity,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
            "cue": self.cue,
            "cue_span": self.cue_span.to_dict() if self.cue_span else None,
            "channel": self.channel,
            "parts": [p.to_dict() for p in self.parts],
            "headline": self.headline,
        }


@dataclass(slots=True)
class Timex:
    """A temporal expression normalised to a TIMEX3 value against the publication time."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    # Set when the value had to be computed from the discourse, not only the publication time.
    anchor: str | None = None
    article_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            d["mod"] = self.mod
        if self.anchor:
            d["anchor"] = self.anchor
        return d


@dataclass(slots=True)
class Event:
    type: str
    trigger: Span
    participants: list[str] = field(default_factory=list)
    participant_spans: list[Span] = field(default_factory=list)
    place: str | None = None
    place_span: Span | None = None
    date: str | None = None
    date_span: Span | None = None
    status: EventStatus = "happened"
    # Every trigger that refers to this same happening (teaser, body, "dann").
    mentions: list[Span] = field(default_factory=list)
    sentence: Span | None = None
    article_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "participants": self.participants,
            "place": self.place,
            "date": self.date,
            "status": self.status,
            "trigger": self.trigger.to_dict(),
            "participant_spans": [p.to_dict() for p in self.participant_spans],
            "place_span": self.place_span.to_dict() if self.place_span else None,
            "date_span": self.date_span.to_dict() if self.date_span else None,
            "mentions": [m.to_dict() for m in self.mentions],
            "sentence": self.sentence.to_dict() if self.sentence else None,
        }


@dataclass(slots=True)
class Article:
    id: str
    text: str
    source: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    language: str = "de"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }


@dataclass(slots=True)
class Extraction:
    """Everything lagebild found in one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = self.article.to_dict()
        d["entities"] = [e.to_dict() for e in self.entities if e.type in ACTOR_TYPES]
        d["names"] = [e.to_dict() for e in self.entities if e.type not in ACTOR_TYPES]
        # Quotes in the scorer's sense carry content; speech acts without content go beside them.
        d["quotes"] = [q.to_dict() for q in self.quotes if q.kind in CONTENT_KINDS]
        d["reported"] = [q.to_dict() for q in self.quotes if q.kind not in CONTENT_KINDS]
        d["timexes"] = [t.to_dict() for t in self.timexes]
        d["events"] = [e.to_dict() for e in self.events]
        return d
