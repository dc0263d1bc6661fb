"""TimeML reading and TempEval-3-style scoring of temporal expressions.

Reading: the text inside ``<TEXT>`` with its tags removed and entities decoded, each ``TIMEX3``
as character offsets into that text, and the document creation time from ``<DCT>``.

Scoring (UzZaman et al., TempEval-3, 2013): gold and system expressions are paired one to one by
overlap (largest overlap first). Relaxed extent counts every pair, strict extent only pairs with
identical offsets; precision = pairs / system expressions, recall = pairs / gold expressions.
An attribute (type, value) is scored over the relaxed pairs: its F1 is the relaxed extent F1 times
the share of pairs whose attribute is identical (value strings compared exactly, trimmed).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Expr:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass(slots=True)
class Document:
    name: str
    text: str
    dct: str | None
    timexes: list[Expr] = field(default_factory=list)


def parse_timeml(source: str, name: str = "") -> Document:
    """One TimeML document: text of ``<TEXT>`` without tags, TIMEX3 offsets into that text."""
    dct_match = re.search(r"<DCT>.*?<TIMEX3([^>]*)>", source, re.S)
    dct = None
    if dct_match:
        dct = dict(_ATTR.findall(dct_match.group(1))).get("value")
    body_match = re.search(r"<TEXT>(.*)</TEXT>", source, re.S)
    body = body_match.group(1) if body_match else ""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[Expr] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            timexes.append(Expr(start, length, attrs.get("type", ""), attrs.get("value", "").strip()))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    timexes = [Expr(t.start, t.end, t.type, t.value, text[t.start : t.end]) for t in timexes]
    timexes.sort(key=lambda t: (t.start, t.end))
    return Document(name=name, text=text, dct=dct, timexes=timexes)


def read_timeml(path: Path) -> Document:
    return parse_timeml(path.read_text(encoding="utf-8"), name=path.name)


def pair(gold: Sequence[Expr], system: Sequence[Expr]) -> list[tuple[Expr, Expr]]:
    """One-to-one pairs of overlapping expressions, the largest overlap first."""
    options = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                options.append((-overlap, gi, si))
    options.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in options:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, gold: Sequence[Expr], system: Sequence[Expr]) -> list[tuple[Expr, Expr]]:
        pairs = pair(gold, system)
        self.gold += len(gold)
        self.system += len(system)
        self.relaxed += len(pairs)
        self.strict += sum(1 for g, s in pairs if (g.start, g.end) == (s.start, s.end))
        self.type_ok += sum(1 for g, s in pairs if g.type == s.type)
        self.value_ok += sum(1 for g, s in pairs if g.value == s.value)
        return pairs

    def merged(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(frozen=True, slots=True)
class Scores:
    strict: tuple[float, float, float]
    relaxed: tuple[float, float, float]
    type_f1: float
    value_f1: float

    @staticmethod
    def of(c: Counts) -> Scores:
        relaxed = prf(c.relaxed, c.system, c.gold)
        share_type = c.type_ok / c.relaxed if c.relaxed else 0.0
        share_value = c.value_ok / c.relaxed if c.relaxed else 0.0
        return Scores(
            strict=prf(c.strict, c.system, c.gold),
            relaxed=relaxed,
            type_f1=relaxed[2] * share_type,
            value_f1=relaxed[2] * share_value,
        )


def score(docs: Iterable[tuple[Sequence[Expr], Sequence[Expr]]]) -> Scores:
    counts = Counts()
    for gold, system in docs:
        counts.add(gold, system)
    return Scores.of(counts)
