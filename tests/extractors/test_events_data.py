"""Integrity of the event language data (``lang/<lang>/events.toml``) for every language that has it."""

from __future__ import annotations

from importlib import resources

import pytest

from lagebild import lang as langdata
from lagebild.extractors.events import lexicon
from lagebild.records import EVENT_TYPES

LANGS = [
    code
    for code in langdata.available_languages()
    if resources.files("lagebild.lang").joinpath(code, "events.toml").is_file()
]
TENSES = ("present", "past", "participle", "infinitive", "manner")


@pytest.fixture(params=LANGS)
def data(request: pytest.FixtureRequest) -> dict[str, object]:
    return dict(langdata.load(request.param, "events"))


def test_german_has_event_data() -> None:
    assert "de" in LANGS


def test_every_event_type_has_a_verb_and_a_noun_trigger(data: dict[str, object]) -> None:
    verbs = {v["type"] for v in data["verb"]}  # type: ignore[attr-defined]
    nouns = {n["type"] for n in data["noun"]}  # type: ignore[attr-defined]
    assert verbs | nouns == set(EVENT_TYPES)
    assert set(EVENT_TYPES) <= nouns


def test_verb_entries_are_well_formed(data: dict[str, object]) -> None:
    for entry in data["verb"]:  # type: ignore[attr-defined]
        assert entry["type"] in EVENT_TYPES
        allowed = {
            "type",
            *TENSES,
            "particle",
            "generic",
            "not_before",
            "not_with",
            "with_words",
            "needs_destination",
            "needs_with",
            "needs_place",
            "needs_body",
            "needs_new_role",
            "plan",
        }
        assert set(entry) <= allowed
        # Clause words are matched against lowercased words.
        assert all(w == w.lower() for w in entry.get("with_words", []) + entry.get("not_with", []))
        forms = [f for t in TENSES for f in entry.get(t, [])]
        assert forms, entry
        for form in forms:
            # One token each, written as in running text: lower case and without spaces.
            assert form == form.strip() and " " not in form and form == form.lower(), form
        particle = entry.get("particle", "")
        if particle:
            assert any(f.startswith(particle) for f in forms), entry


def test_noun_forms_are_capitalised_single_words(data: dict[str, object]) -> None:
    for entry in data["noun"]:  # type: ignore[attr-defined]
        assert entry["type"] in EVENT_TYPES
        assert isinstance(entry.get("compound", False), bool)
        for form in entry["forms"]:
            assert form[:1].isupper() and " " not in form, form


def test_noun_form_belongs_to_one_type(data: dict[str, object]) -> None:
    seen: dict[str, str] = {}
    for entry in data["noun"]:  # type: ignore[attr-defined]
        for form in entry["forms"]:
            assert seen.setdefault(form, entry["type"]) == entry["type"], form


def test_word_lists_are_non_empty_strings_without_duplicates(data: dict[str, object]) -> None:
    for section in ("clause", "participants", "place", "status", "date"):
        for key, values in data[section].items():  # type: ignore[attr-defined]
            if key in ("joins", "phrases"):
                continue
            assert values, (section, key)
            assert all(isinstance(v, str) and v.strip() == v and v for v in values), (section, key)
            assert len(values) == len(set(values)), (section, key)


def test_status_cues_do_not_contradict_each_other(data: dict[str, object]) -> None:
    status = data["status"]
    planned, happened = set(status["planned"]), set(status["happened"])  # type: ignore[index]
    assert not planned & happened


def test_lexicon_loads_for_every_language() -> None:
    for code in LANGS:
        lex = lexicon(code)
        assert lex.verbs and lex.nouns_exact and lex.place_at
