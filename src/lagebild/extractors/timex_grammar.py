"""The temporal grammar of a language, compiled from its ``lang/<code>/time.toml``.

The data file holds word classes (surface form -> value), number macros and rules (a regular
expression over class and macro names, plus the name of a generic resolver). This module only
turns them into compiled expressions and finds the candidate matches in a text; it knows no words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lagebild.errors import LagebildError
from lagebild.lang import load

_PLACEHOLDER = re.compile(r"\{([a-z][a-z_0-9]*)(?::([a-z][a-z_0-9]*))?\}")
# Not preceded or followed by a letter: a class word is a whole word unless the class says not.
_GUARD_START = r"(?<![^\W\d_])"
_GUARD_END = r"(?![^\W\d_])"


@dataclass(frozen=True, slots=True)
class WordClass:
    """Surface forms of one concept with their values; ``suffix`` covers inflection."""

    name: str
    words: Mapping[str, Any]
    suffix: str
    guard_start: bool
    guard_end: bool
    # Longest first, so that a lookup by prefix finds "übermorgen" before "morgen".
    _by_length: tuple[str, ...] = field(default=())

    def regex(self) -> str:
        alternatives = sorted(self.words, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in alternatives)
        start = _GUARD_START if self.guard_start else ""
        end = _GUARD_END if self.guard_end else ""
        return f"{start}(?i:(?:{body}){self.suffix}){end}"

    def value(self, surface: str) -> Any:
        """The value of a matched surface form (inflection and inner spacing ignored)."""
        key = " ".join(surface.lower().split())
        if key in self.words:
            return self.words[key]
        for word in self._by_length:
            if key.startswith(word):
                return self.words[word]
        raise KeyError(surface)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    # Group name -> class name, for the groups that name a class (aliases included).
    groups: Mapping[str, str]
    params: Mapping[str, Any]
    order: int
    # Lowercase strings of which one must occur in the text for the rule to be tried; empty: always.
    needs: frozenset[str] = frozenset()

    def applies(self, lowered: str) -> bool:
        return not self.needs or any(n in lowered for n in self.needs)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule match: ``start``/``end`` is the reported extent, ``length`` the whole match."""

    start: int
    end: int
    length: int
    rule: Rule
    match: re.Match[str]

    def group(self, name: str) -> str | None:
        if name not in self.rule.regex.groupindex:
            return None
        return self.match.group(name)


@dataclass(frozen=True, slots=True)
class Grammar:
    lang: str
    classes: Mapping[str, WordClass]
    rules: tuple[Rule, ...]
    tense: Mapping[str, Any]
    all_needs: frozenset[str] = frozenset()

    def value(self, candidate: Candidate, group: str) -> Any:
        """The class value of a named group of a candidate, or None when the group is empty."""
        surface = candidate.group(group)
        if surface is None:
            return None
        cls = candidate.rule.groups.get(group)
        if cls is None or cls not in self.classes:
            return surface
        return self.classes[cls].value(surface)

    def candidates(self, text: str) -> Iterator[Candidate]:
        lowered = text.lower()
        # Each distinct pre-check string is looked up once per text, not once per rule.
        present = {n for n in self.all_needs if n in lowered}
        for rule in self.rules:
            if rule.needs and present.isdisjoint(rule.needs):
                continue
            for m in rule.regex.finditer(text):
                if "x" in rule.regex.groupindex and m.group("x") is not None:
                    start, end = m.span("x")
                else:
                    start, end = m.span()
                if end > start:
                    yield Candidate(start, end, m.end() - m.start(), rule, m)

    def select(self, text: str) -> list[Candidate]:
        """Non-overlapping candidates: the longest extent wins, then the longer whole match (a
        context word such as "am" tells "am Morgen" from "morgen"), then the earlier rule."""
        found = sorted(self.candidates(text), key=lambda c: (c.start - c.end, -c.length, c.rule.order, c.start))
        taken: list[Candidate] = []
        occupied = bytearray(len(text) + 1)
        for cand in found:
            if any(occupied[cand.start : cand.end]):
                continue
            occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            taken.append(cand)
        taken.sort(key=lambda c: c.start)
        return taken


def _word_class(name: str, spec: Mapping[str, Any]) -> WordClass:
    words = {" ".join(str(k).lower().split()): v for k, v in spec["words"].items()}
    return WordClass(
        name=name,
        words=words,
        suffix=str(spec.get("suffix", "")),
        guard_start=bool(spec.get("guard_start", True)),
        guard_end=bool(spec.get("guard_end", True)),
        _by_length=tuple(sorted(words, key=len, reverse=True)),
    )


def _expand(pattern: str, classes: Mapping[str, WordClass], macros: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    groups: dict[str, str] = {}

    def replace(m: re.Match[str]) -> str:
        name, alias = m.group(1), m.group(2) or m.group(1)
        if name in classes:
            body = classes[name].regex()
        elif name in macros:
            body = macros[name]
        else:
            raise LagebildError("E010", f"time grammar: unknown class or macro {name!r}")
        if alias in groups:
            raise LagebildError("E010", f"time grammar: group {alias!r} used twice in {pattern!r}")
        groups[alias] = name
        return f"(?P<{alias}>{body})"

    return _PLACEHOLDER.sub(replace, pattern), groups


def _needs(spec: Any, classes: Mapping[str, WordClass]) -> frozenset[str]:
    """``@class`` stands for the longest word of each entry of a class: a substring of every
    inflected form (suffixes only add), and of a phrase whatever spacing it is written with."""
    out: list[str] = []
    for item in spec:
        item = str(item)
        if item.startswith("@"):
            out += [max(w.split(), key=len) for w in classes[item[1:]].words]
        else:
            out.append(item.lower())
    return frozenset(out)


def compile_grammar(data: Mapping[str, Any], lang: str) -> Grammar:
    """Compile a time grammar from its data; raises LagebildError E010 on a malformed file."""
    try:
        macros = {str(k): str(v) for k, v in data.get("macros", {}).items()}
        classes = {name: _word_class(name, spec) for name, spec in data["classes"].items()}
        rules = []
        for order, spec in enumerate(data["rules"]["list"]):
            source, groups = _expand(spec["pattern"], classes, macros)
            params = {k: v for k, v in spec.items() if k not in ("name", "kind", "pattern", "needs")}
            needs = _needs(spec.get("needs", ()), classes)
            rules.append(Rule(spec["name"], spec["kind"], re.compile(source), groups, params, order, needs))
        all_needs = frozenset(n for rule in rules for n in rule.needs)
        return Grammar(lang, classes, tuple(rules), dict(data.get("tense", {})), all_needs)
    except (KeyError, TypeError, re.error) as exc:
        raise LagebildError("E010", f"malformed time grammar for {lang!r}: {exc}") from exc


@cache
def grammar(lang: str = "de") -> Grammar:
    """The compiled grammar of a language (cached per process)."""
    return compile_grammar(load(lang, "time"), lang)
