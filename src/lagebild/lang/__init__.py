"""Language knowledge as data: one TOML file per concept under ``lang/<code>/``.

Code never lists words of a language; it asks this module for them, so adding a language means
adding a folder of data files (as dateparser keeps its language data), not editing logic.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from lagebild.errors import LagebildError


def available_languages() -> list[str]:
    root = resources.files("lagebild.lang")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


_SPELLING = "spelling"


@cache
def load(lang: str, concept: str) -> dict[str, Any]:
    """The data file ``lang/<lang>/<concept>.toml`` as a dict (cached per process), its words
    also in the language's spelling variants (``spelling.toml``)."""
    data = _read(lang, concept)
    if concept == _SPELLING:
        return data
    for group in spelling_groups(lang):
        data = _with_variants(data, group)
    return data


def has(lang: str, concept: str) -> bool:
    """Whether the language has the data file: some concepts are optional (a long name list)."""
    return resources.files("lagebild.lang").joinpath(lang, f"{concept}.toml").is_file()


def _read(lang: str, concept: str) -> dict[str, Any]:
    path = resources.files("lagebild.lang").joinpath(lang, f"{concept}.toml")
    if not path.is_file():
        raise LagebildError("E010", f"no language data {concept!r} for language {lang!r}")
    with path.open("rb") as fh:
        return tomllib.load(fh)


@cache
def spelling_groups(lang: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The spelling systems of the language, each as its (standard, variant) pairs, applied
    together: Swiss ("ß" -> "ss") and umlaut-free ("ä" -> "ae", …, "ß" -> "ss") for German."""
    if not resources.files("lagebild.lang").joinpath(lang, f"{_SPELLING}.toml").is_file():
        return ()
    groups: dict[str, list[tuple[str, str]]] = {}
    for v in _read(lang, _SPELLING).get("variant", []):
        groups.setdefault(str(v.get("group", "")), []).append((str(v["standard"]), str(v["also"])))
    return tuple(tuple(pairs) for pairs in groups.values())


@cache
def spelling_variants(lang: str) -> tuple[tuple[str, str], ...]:
    """Every (standard, variant) spelling pair of the language, whatever its group."""
    return tuple(dict.fromkeys(pair for group in spelling_groups(lang) for pair in group))


def respell(text: str, variants: tuple[tuple[str, str], ...]) -> str:
    """``text`` in the variant spelling ("Außenminister" -> "Aussenminister")."""
    for standard, also in variants:
        text = text.replace(standard, also)
    return text


def standard_spellings(word: str, lang: str) -> list[str]:
    """``word`` written back in the standard spelling where it uses a variant: "Sparmassnahmen"
    -> "Sparmaßnahmen". Which occurrence stands for the standard is not known ("Schlussstrich"),
    so the last one and all of them are tried."""
    out: list[str] = []
    for standard, also in spelling_variants(lang):
        at = word.rfind(also)
        if at < 0:
            continue
        for form in (word[:at] + standard + word[at + len(also) :], word.replace(also, standard)):
            if form not in out:
                out.append(form)
    return out


def _with_variants(value: Any, variants: tuple[tuple[str, str], ...]) -> Any:
    """Lists of words gain each word's variant after the originals; tables gain the variant of each
    key. Single strings stay as written: a canonical name or a pattern keeps its spelling (a
    pattern that should match both says so itself)."""
    if isinstance(value, dict):
        out = {k: _with_variants(v, variants) for k, v in value.items()}
        for k, v in value.items():
            other = respell(k, variants)
            if other != k and other not in out:
                out[other] = _respelled(v, variants)
        return out
    if isinstance(value, list):
        # A list of strings inside a list is one entry (a phrase, a row such as [name, gender]):
        # it gains a respelled copy of itself, never words of its own.
        items = [v if _words(v) else _with_variants(v, variants) for v in value]
        extra: list[Any] = []
        for v in value:
            if isinstance(v, str) or _words(v):
                other = _respelled(v, variants)
                if other != v and other not in value and other not in extra:
                    extra.append(other)
        return items + extra
    return value


def _words(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(x, str) for x in value)


def _respelled(value: Any, variants: tuple[tuple[str, str], ...]) -> Any:
    if isinstance(value, str):
        return respell(value, variants)
    if isinstance(value, list):
        return [_respelled(v, variants) for v in value]
    if isinstance(value, dict):
        return {respell(k, variants): _respelled(v, variants) for k, v in value.items()}
    return value


@cache
def load_list(lang: str, name: str) -> frozenset[str]:
    """A plain word list ``lang/<lang>/<name>.txt``: one entry a line, ``#`` starts a comment."""
    path = resources.files("lagebild.lang").joinpath(lang, f"{name}.txt")
    if not path.is_file():
        raise LagebildError("E010", f"no word list {name!r} for language {lang!r}")
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.add(line)
    return frozenset(entries)
