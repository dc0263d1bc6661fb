"""Name keys: one key for every spelling of a name an outlet may use, from the language data.

Only exact key equality merges: a fuzzy distance would merge "Müller" and "Möller", and a wrong
merge of two people is worse for the users than two entries for one person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from lagebild.lang import has, load

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class NameRules:
    rules: tuple[tuple[re.Pattern[str], str], ...]
    particles: frozenset[str]
    suffixes: frozenset[str]
    honorifics: frozenset[str]
    group_words: frozenset[str]


@cache
def rules(lang: str = "de") -> NameRules:
    data = load(lang, "resolve")
    return NameRules(
        rules=tuple((re.compile(p), r) for p, r in data["fold_rules"]),
        particles=frozenset(data["surname_particles"]),
        suffixes=frozenset(data["name_suffixes"]),
        honorifics=frozenset(data["honorifics"]),
        group_words=frozenset(data["group_words"]),
    )


def is_group(phrase: str, lang: str = "de") -> bool:
    """An unnamed group ("zwei Minister", "mehrere Diplomaten"): never one person's role mention."""
    words = phrase.split()
    return bool(words) and (words[0][:1].isdigit() or words[0].casefold() in rules(lang).group_words)


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(word: str, lang: str = "de") -> str:
    """The comparison key of one word or name part."""
    key = word.casefold()
    for pattern, repl in rules(lang).rules:
        key = pattern.sub(repl, key)
    key = _strip_marks(key)
    return "".join(c for c in key if c.isalnum())


@dataclass(frozen=True, slots=True)
class ParsedName:
    given: str  # folded given names, space-joined; "" when only the surname is given
    surname: str  # folded surname including particles
    suffix: str  # "jr", "sr", ... folded; "" when none
    initials_only: bool  # "W. Selenskyj": the given name is only initials


def parse_person(name: str, lang: str = "de") -> ParsedName | None:
    """Split a person's name into given names, surname (with particles) and suffix."""
    r = rules(lang)
    tokens = name.replace("-", " - ").split()
    tokens = [t for t in tokens if t.casefold() not in r.honorifics]
    suffix = ""
    while tokens and tokens[-1].casefold() in r.suffixes:
        suffix = fold(tokens.pop().rstrip("."), lang) + (" " + suffix if suffix else "")
    # A hyphenated double name stays one word ("Kramp-Karrenbauer").
    joined = " ".join(tokens).replace(" - ", "-")
    parts = [p for p in joined.split() if _TOKEN.search(p)]
    if not parts:
        return None
    surname_parts = [parts.pop()]
    while parts and parts[-1].casefold() in r.particles:
        surname_parts.insert(0, parts.pop())
    surname = " ".join(fold(p, lang) for p in surname_parts if fold(p, lang))
    if not surname:
        return None
    given_parts = [fold(p, lang) for p in parts]
    given_parts = [g for g in given_parts if g]
    initials = bool(given_parts) and all(len(g) == 1 for g in given_parts)
    return ParsedName(" ".join(given_parts), surname, suffix.strip(), initials)


@lru_cache(maxsize=65536)
def org_key(name: str, lang: str = "de") -> str:
    """Key of a non-person name: every word folded, in order."""
    return " ".join(k for k in (fold(t, lang) for t in _TOKEN.findall(name)) if k)


@cache
def _within(lang: str) -> dict[str, str]:
    """Place key -> key of the country it lies in, from the place gazetteer."""
    if not has(lang, "names_places"):
        return {}
    places = load(lang, "names_places").get("place", [])
    return {org_key(p["name"], lang): org_key(p["within"], lang) for p in places if p.get("within")}


def place_within(inner: str, outer: str, lang: str = "de") -> bool:
    """Whether the place of key ``inner`` lies in that of key ``outer`` ("amman", "jordanien")."""
    return bool(inner) and _within(lang).get(inner) == outer


def same_place(a: str, b: str, lang: str = "de") -> bool:
    """Two place keys name one place, or one lies in the other: two reports of one happening may
    name the city or its country."""
    return a == b or place_within(a, b, lang) or place_within(b, a, lang)


def given_compatible(known: str, seen: str) -> bool:
    """Two given-name keys can name one person: equal, or one is the initials of the other."""
    if not known or not seen:
        return True
    if known == seen:
        return True
    a, b = known.split(), seen.split()
    if all(len(x) == 1 for x in b):
        return len(a) >= len(b) and all(x[0] == y for x, y in zip(a, b, strict=False))
    if all(len(x) == 1 for x in a):
        return len(b) >= len(a) and all(x[0] == y for x, y in zip(b, a, strict=False))
    # "Jared Corey Kushner" and "Jared Kushner": the first given name decides.
    return a[0] == b[0] and (len(a) == 1 or len(b) == 1)


def role_heads(role: str) -> set[str]:
    """The head noun of a role phrase, folded ("US-Präsident", "Präsident" -> "praesident").

    The first capitalised word is the head ("Chef des Teams", "russischer Präsident"); of a
    hyphenated compound the last part is ("US-Präsident").
    """
    for word in role.split():
        if word[:1].isupper():
            head = fold(re.split(r"[-–]", word)[-1])
            return {head} if head else set()
    return set()


def quote_tokens(text: str) -> list[str]:
    """Words of a quote, case and marks folded, punctuation and quotation marks dropped."""
    return [_strip_marks(t.casefold()) for t in _TOKEN.findall(text)]
