"""The temporal grammar of a language, compiled from its ``lang/<code>/time.toml``.

The data file holds word classes (surface form -> value), number macros and rules (a regular
expression over class and macro names, plus the name of a generic resolver). This module only
turns them into compiled expressions and finds the candidate matches in a text; it knows no words.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lagebild.errors import LagebildError
from lagebild.lang import load

# The standard library's regex parser, only read (private modules, the same since Python 3.11).
# Without them (another Python), every rule runs unscanned: slower, with the same matches.
try:
    _sre_c: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - depends on the Python build
    _sre_c = _sre_parse = None

_PLACEHOLDER = re.compile(r"\{([a-z][a-z_0-9]*)(?::([a-z][a-z_0-9]*))?\}")
# Not preceded or followed by a letter: a class word is a whole word unless the class says not.
_GUARD_START = r"(?<![^\W\d_])"
_GUARD_END = r"(?![^\W\d_])"


def _transliterable(pattern: str, transliterations: Sequence[tuple[str, str]]) -> str:
    """A word's pattern that also matches it written in plain letters ("naechsten")."""
    for ch, plain in transliterations:
        pattern = pattern.replace(ch, f"(?:{ch}|{plain})")
    return pattern


def _transliterable_rule(pattern: str, transliterations: Sequence[tuple[str, str]]) -> str:
    """A rule's pattern whose literal words also match in plain letters ("für" as "fuer",
    "übernächste" as "uebernaechste"); character classes stay as written: they name letters,
    not spellings."""
    plain = dict(transliterations)
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in plain:
            out.append(f"(?:{ch}|{plain[ch]})")
            continue
        out.append(ch)
    return "".join(out)


def _transliterated(word: str, transliterations: Sequence[tuple[str, str]]) -> str:
    for ch, plain in transliterations:
        word = word.replace(ch, plain)
    return word


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
    # (letter, plain spelling) pairs of text written without special letters ("ä" as "ae").
    transliterations: tuple[tuple[str, str], ...] = ()

    def regex(self) -> str:
        alternatives = sorted(self.words, key=len, reverse=True)
        body = "|".join(
            r"\s+".join(_transliterable(re.escape(part), self.transliterations) for part in w.split())
            for w in alternatives
        )
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
        # Text without umlauts ("nächsten" written "naechsten"): the forms compared in plain letters.
        if self.transliterations:
            plain = _transliterated(key, self.transliterations)
            for word in self._by_length:
                if plain.startswith(_transliterated(word, self.transliterations)):
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
    # ``regex`` behind a test of the first character (see ``_scanner``); None: plain ``finditer``.
    scanner: re.Pattern[str] | None = None

    def applies(self, lowered: str) -> bool:
        return not self.needs or any(n in lowered for n in self.needs)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``regex.finditer(text)``, found faster where a scanner exists."""
        if self.scanner is None:
            yield from self.regex.finditer(text)
            return
        pos = 0
        while (hit := self.scanner.search(text, pos)) is not None:
            m = self.regex.match(text, hit.start())
            # The scanner matched where the rule does, so this is finditer's next match; it is
            # never empty (the scanner only exists for rules that consume a character).
            assert m is not None
            yield m
            pos = m.end()


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
            for m in rule.finditer(text):
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


def _word_class(name: str, spec: Mapping[str, Any], transliterations: tuple[tuple[str, str], ...] = ()) -> WordClass:
    words = {" ".join(str(k).lower().split()): v for k, v in spec["words"].items()}
    return WordClass(
        name=name,
        words=words,
        suffix=str(spec.get("suffix", "")),
        guard_start=bool(spec.get("guard_start", True)),
        guard_end=bool(spec.get("guard_end", True)),
        _by_length=tuple(sorted(words, key=len, reverse=True)),
        transliterations=transliterations,
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


# -- first characters ---------------------------------------------------------------------------
# Python's regex engine skips in C to the next position whose character can begin a match only
# when a pattern starts with a plain character set; the rules start with lookbehinds, optional
# words and case-insensitive alternations, so it tries every position. A rule's scanner is the set
# of characters that can begin one of its matches, followed by the rule itself as a lookahead: it
# finds the same match starts, and most positions cost one set lookup.

_CATEGORIES: dict[Any, str] = {}
_REPEATS: tuple[Any, ...] = ()
_ZERO_WIDTH: tuple[Any, ...] = ()
if _sre_c is not None:
    _CATEGORIES = {
        _sre_c.CATEGORY_DIGIT: r"\d",
        _sre_c.CATEGORY_NOT_DIGIT: r"\D",
        _sre_c.CATEGORY_SPACE: r"\s",
        _sre_c.CATEGORY_NOT_SPACE: r"\S",
        _sre_c.CATEGORY_WORD: r"\w",
        _sre_c.CATEGORY_NOT_WORD: r"\W",
    }
    _REPEATS = (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT)
    _ZERO_WIDTH = (_sre_c.ASSERT, _sre_c.ASSERT_NOT, _sre_c.AT)
# Case-insensitive matching folds some non-ASCII characters onto ASCII letters (the Kelvin sign
# onto "k"): a cased letter admits every non-ASCII character, and the ASCII characters the regex
# engine itself finds equal to it. Every non-ASCII character is written as the complement of some
# ASCII ones: a range up to U+10FFFF costs the regex compiler a second or so.
_NON_ASCII = "non-ascii"


class _NoScanner(Exception):
    """The pattern holds a construct whose first characters are not worked out here."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


@cache
def _ascii_cases(ch: str) -> tuple[str, ...]:
    literal = re.compile(re.escape(ch), re.IGNORECASE)
    return tuple(chr(c) for c in range(0x80) if literal.fullmatch(chr(c)))


def _add_literal(code: int, ignore_case: bool, out: set[str]) -> None:
    ch = chr(code)
    if ignore_case and (ch.lower() != ch or ch.upper() != ch or code > 0x7F):
        out.update(_char(ord(c)) for c in _ascii_cases(ch))
        out.add(_NON_ASCII)
    else:
        out.add(_char(code))


def _add_set(items: Sequence[tuple[Any, Any]], ignore_case: bool, out: set[str]) -> None:
    for op, av in items:
        if op is _sre_c.LITERAL:
            _add_literal(av, ignore_case, out)
        elif op is _sre_c.RANGE:
            low, high = av
            out.add(f"{_char(low)}-{_char(high)}")
            if ignore_case:
                out.update(("A-Za-z", _NON_ASCII))
        elif op is _sre_c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            # A negated set: its complement is no short list.
            raise _NoScanner


def _first_chars(items: Sequence[tuple[Any, Any]], flags: int, out: set[str]) -> bool:
    """Adds to ``out`` the characters that can begin a match of ``items``; True when the items
    can also match the empty string (then what follows them can begin the match as well)."""
    if flags & (re.ASCII | re.LOCALE):
        raise _NoScanner
    ignore_case = bool(flags & re.IGNORECASE)
    for op, av in items:
        if op is _sre_c.LITERAL:
            _add_literal(av, ignore_case, out)
            return False
        if op is _sre_c.IN:
            _add_set(av, ignore_case, out)
            return False
        if op is _sre_c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first_chars(alternative, flags, out) or empty
            if not empty:
                return False
        elif op is _sre_c.SUBPATTERN:
            _group, add, remove, sub = av
            if not _first_chars(sub, (flags | add) & ~remove, out):
                return False
        elif op is _sre_c.ATOMIC_GROUP:
            if not _first_chars(av, flags, out):
                return False
        elif op in _REPEATS:
            minimum, _maximum, sub = av
            if not _first_chars(sub, flags, out) and minimum > 0:
                return False
        elif op not in _ZERO_WIDTH:
            # Any character, a back reference, a conditional: no useful set.
            raise _NoScanner
    return True


def _ranges(codes: list[int]) -> str:
    """Sorted character codes as the body of a character set, runs written as ranges."""
    out = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(_char(codes[i]) if i == j else f"{_char(codes[i])}-{_char(codes[j])}")
        i = j + 1
    return "".join(out)


def _scanner(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that matches one character exactly where ``regex`` has a match starting, or
    None for a pattern that can match the empty string or whose first characters are unknown."""
    out: set[str] = set()
    if _sre_parse is None:
        return None
    try:
        if _first_chars(_sre_parse.parse(regex.pattern, regex.flags), regex.flags, out):
            return None
    except (_NoScanner, AttributeError, TypeError, ValueError):
        # Anything the parse tree holds that is not understood here: the rule runs unscanned.
        return None
    chars = f"[{''.join(sorted(out - {_NON_ASCII}))}]"
    if _NON_ASCII in out:
        listed = re.compile(chars) if out != {_NON_ASCII} else None
        chars = "[^" + _ranges([c for c in range(0x80) if not (listed and listed.fullmatch(chr(c)))]) + "]"
    # The lookbehind steps back over the set's character to test the rule where it starts; the
    # rule's own lookbehinds still see the text before it.
    try:
        return re.compile(f"{chars}(?<=(?=(?:{regex.pattern}))[\\s\\S])", regex.flags)
    except re.error:
        # A pattern with global inline flags cannot be nested.
        return None


def compile_grammar(data: Mapping[str, Any], lang: str) -> Grammar:
    """Compile a time grammar from its data; raises LagebildError E010 on a malformed file."""
    try:
        macros = {str(k): str(v) for k, v in data.get("macros", {}).items()}
        plain = tuple((str(k), str(v)) for k, v in data.get("transliterations", {}).items())
        classes = {name: _word_class(name, spec, plain) for name, spec in data["classes"].items()}
        rules = []
        for order, spec in enumerate(data["rules"]["list"]):
            source, groups = _expand(_transliterable_rule(spec["pattern"], plain), classes, macros)
            params = {k: v for k, v in spec.items() if k not in ("name", "kind", "pattern", "needs")}
            needs = _needs(spec.get("needs", ()), classes)
            needs |= {_transliterated(n, plain) for n in needs}
            regex = re.compile(source)
            rules.append(Rule(spec["name"], spec["kind"], regex, groups, params, order, needs, _scanner(regex)))
        all_needs = frozenset(n for rule in rules for n in rule.needs)
        return Grammar(lang, classes, tuple(rules), dict(data.get("tense", {})), all_needs)
    except (KeyError, TypeError, re.error) as exc:
        raise LagebildError("E010", f"malformed time grammar for {lang!r}: {exc}") from exc


@cache
def grammar(lang: str = "de") -> Grammar:
    """The compiled grammar of a language (cached per process)."""
    return compile_grammar(load(lang, "time"), lang)
