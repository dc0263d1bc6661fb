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


def test_optional_concept_is_asked_for_before_loading() -> None:
    assert lang.has("de", "names_first_more")
    assert not lang.has("de", "gibt_es_nicht")


def test_variant_spelling_is_written_back_in_the_standard_one() -> None:
    assert lang.standard_spellings("Sparmassnahmen", "de") == ["Sparmaßnahmen"]
    assert lang.standard_spellings("Haus", "de") == []


def test_words_are_read_in_the_swiss_spelling_too() -> None:
    strong = lang.load("de", "quotes")["cue_verbs"]["strong"]
    assert "hieß" in strong and "hiess" in strong
    assert strong.index("hieß") < strong.index("hiess"), "variants come after the words as written"


def test_rows_of_words_gain_a_respelled_copy_and_keep_their_shape() -> None:
    persons = lang.load("de", "names_persons")["persons"]
    assert all(len(row) == 2 for row in persons)
    standard = [row for row in persons if "ß" in row[0]]
    assert standard, "the person list has a name with ß to test on"
    assert [lang.respell(standard[0][0], lang.spelling_variants("de")), standard[0][1]] in persons


def test_single_strings_keep_their_spelling() -> None:
    place = next(p for p in lang.load("de", "names_places")["place"] if p["name"] == "Großbritannien")
    assert place["name"] == "Großbritannien"
    assert "Grossbritannien" in place["forms"]


def test_words_are_read_without_umlauts_too() -> None:
    weak = lang.load("de", "quotes")["cue_verbs"]["weak"]
    assert "erklär" in weak and "erklaer" in weak


def test_each_spelling_system_is_applied_on_its_own() -> None:
    # Swiss copy keeps its umlauts and writes "ss"; umlaut-free text loses both.
    assert [lang.respell("Größe", group) for group in lang.spelling_groups("de")] == ["Grösse", "Groesse"]
    assert lang.standard_spellings("Praesident", "de") == ["Präsident"]
