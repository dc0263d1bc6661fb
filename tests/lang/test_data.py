"""Integrity of the language data files: every file parses, and layout data has what code needs."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from lagebild import lang
from lagebild.errors import LagebildError


def test_german_is_available() -> None:
    assert "de" in lang.available_languages()


def test_every_data_file_parses() -> None:
    for code in lang.available_languages():
        folder = resources.files("lagebild.lang").joinpath(code)
        for entry in folder.iterdir():
            if entry.name.endswith(".toml"):
                with entry.open("rb") as fh:
                    assert isinstance(tomllib.load(fh), dict), entry.name


def test_layout_abbreviations_end_in_a_period() -> None:
    data = lang.load("de", "layout")
    assert all(a.endswith(".") for a in data["abbreviations"])
    assert len(set(data["abbreviations"])) == len(data["abbreviations"])


def test_missing_concept_is_a_clear_error() -> None:
    with pytest.raises(LagebildError) as info:
        lang.load("de", "gibt_es_nicht")
    assert info.value.code == "E010"
