"""Integrity of the German quotation data file ``lang/de/quotes.toml``."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

import pytest

from lagebild.extractors.quotes import quote_data

SECTIONS = {
    "marks": ["pairs", "symmetric", "open_before"],
    "cue_verbs": [
        "weak",
        "strong",
        "weak_suffixes",
        "participle_prefix",
        "inseparable_prefixes",
        "no_participle_prefix_endings",
        "blocked_particles",
        "impersonal_subjects",
        "passive_auxiliaries",
    ],
    "cue_phrases": ["phrases"],
    "cue_nouns": ["nouns"],
    "attribution": [
        "before_source",
        "multiword_before_source",
        "after_source",
        "nach_words",
        "source_nouns",
        "as_clause_openers",
        "so_words",
        "next_sentence_openers",
        "complementisers",
        "correlates",
        "back_reference",
        "non_report_openers",
        "clause_determiners",
        "genitive_determiners",
        "conjunctions",
        "reportive_modals",
        "auxiliaries",
        "konj_i_idioms",
        "perfect_auxiliaries",
    ],
    "channels": ["media_nouns", "names", "prepositions", "statement_nouns"],
    "speaker": [
        "determiners",
        "pronouns",
        "role_endings",
        "negations",
        "not_name_endings",
        "name_particles",
        "titles",
        "non_subject_openers",
        "prepositions",
        "adverbs",
        "object_pronouns",
        "non_nominative",
        "dative_feminine",
    ],
    "titles_of_works": ["nouns", "scare_signals", "min_words_without_cue"],
}


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    path = resources.files("lagebild.lang").joinpath("de", "quotes.toml")
    with path.open("rb") as fh:
        return tomllib.load(fh)


def test_every_section_and_key_is_present(raw: dict[str, Any]) -> None:
    for section, keys in SECTIONS.items():
        assert section in raw, section
        for key in keys:
            assert key in raw[section], f"{section}.{key}"


def test_word_lists_are_clean_and_without_duplicates(raw: dict[str, Any]) -> None:
    for section, table in raw.items():
        for key, value in table.items():
            if isinstance(value, list) and value and isinstance(value[0], str):
                # Whitespace characters are data in the marks section ("open_before").
                if section != "marks":
                    assert all(v and v.strip() == v for v in value), f"{section}.{key}"
                assert len(value) == len(set(value)), f"duplicates in {section}.{key}"


def test_mark_pairs_are_single_characters(raw: dict[str, Any]) -> None:
    for opener, closers in raw["marks"]["pairs"]:
        assert len(opener) == 1 and closers
        assert opener not in closers or opener in raw["marks"]["symmetric"]


def test_cue_entries_have_at_most_one_particle(raw: dict[str, Any]) -> None:
    for entry in raw["cue_verbs"]["weak"] + raw["cue_verbs"]["strong"]:
        assert entry.count("|") <= 1, entry
        stem, _, particle = entry.partition("|")
        assert stem == stem.lower() and stem.replace(" ", "").isalpha(), entry
        assert particle == particle.lower()


def test_cue_index_builds_common_forms() -> None:
    cues = quote_data("de").cues
    for form in ("sagte", "sagten", "gesagt", "erklärt", "kritisiert", "mitgeteilt", "teilte", "schrieb"):
        assert form in cues, form
    assert cues["teilte"][0].particle == "mit"


def test_possessives_are_never_cues() -> None:
    cues = quote_data("de").cues
    for word in quote_data("de").determiners:
        assert word not in cues, word


def test_role_endings_and_names_are_lowercase(raw: dict[str, Any]) -> None:
    assert all(e == e.lower() for e in raw["speaker"]["role_endings"])
    assert all(e == e.lower() for e in raw["attribution"]["source_nouns"])


def test_min_words_is_a_small_positive_number(raw: dict[str, Any]) -> None:
    assert 1 <= raw["titles_of_works"]["min_words_without_cue"] <= 10


def test_cue_phrases_pair_verb_forms_with_clause_words(raw: dict[str, Any]) -> None:
    for entry in raw["cue_phrases"]["phrases"]:
        assert set(entry) == {"forms", "with"}, entry
        assert entry["forms"] and entry["with"]
        assert all(f == f.lower() and f.isalpha() for f in entry["forms"]), entry
        assert all(w.strip() == w and w.isalpha() for w in entry["with"]), entry
    assert "Auffassung" in quote_data("de").phrase_cues["vertrat"]
