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


@cache
def load(lang: str, concept: str) -> dict[str, Any]:
    """The data file ``lang/<lang>/<concept>.toml`` as a dict (cached per process)."""
    path = resources.files("lagebild.lang").joinpath(lang, f"{concept}.toml")
    if not path.is_file():
        raise LagebildError("E010", f"no language data {concept!r} for language {lang!r}")
    with path.open("rb") as fh:
        return tomllib.load(fh)


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
