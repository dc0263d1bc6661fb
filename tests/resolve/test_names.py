from __future__ import annotations

import re

import pytest

from lagebild.lang import load
from lagebild.resolve.names import (
    fold,
    given_compatible,
    org_key,
    parse_person,
    quote_tokens,
    role_heads,
    same_place,
)


def test_resolve_data_file_has_every_section_with_valid_entries() -> None:
    data = load("de", "resolve")
    assert set(data) >= {"fold_rules", "surname_particles", "name_suffixes", "honorifics"}
    for rule in data["fold_rules"]:
        assert isinstance(rule, list)
        assert len(rule) == 2
        re.compile(rule[0])
    for key in ("surname_particles", "name_suffixes", "honorifics"):
        entries = data[key]
        assert entries
        assert all(isinstance(e, str) and e == e.lower() and e.strip() == e for e in entries)
        assert len(entries) == len(set(entries))


@pytest.mark.parametrize("variant", ["Selenskyj", "Selenski", "Selensky", "Zelensky", "Zelenskyy", "Selenskij"])
def test_transliterations_of_selenskyj_fold_to_one_key(variant: str) -> None:
    assert fold(variant) == fold("Selenskyj")


@pytest.mark.parametrize(("a", "b"), [("Umjerow", "Umerov"), ("Peskow", "Peskov"), ("Uschakow", "Ushakov")])
def test_german_and_english_transliterations_fold_alike(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_different_vowels_keep_different_surnames_apart() -> None:
    assert fold("Müller") != fold("Möller")


def test_parse_person_keeps_particles_with_the_surname() -> None:
    parsed = parse_person("Ursula von der Leyen")
    assert parsed is not None
    assert parsed.surname == "von der leyen"
    assert parsed.given == "ursula"


def test_parse_person_separates_a_junior_suffix() -> None:
    parsed = parse_person("Donald Trump Jr.")
    assert parsed is not None
    assert (parsed.surname, parsed.suffix) == ("trump", "jr")


def test_parse_person_marks_initials() -> None:
    parsed = parse_person("W. Selenskyj")
    assert parsed is not None
    assert parsed.initials_only


def test_parse_person_of_punctuation_only_is_none() -> None:
    assert parse_person("„ – “") is None


def test_initials_are_compatible_with_the_full_given_name() -> None:
    assert given_compatible("volodymyr", "v")
    assert not given_compatible("jared", "charles")


def test_role_head_of_compound_and_phrase() -> None:
    assert role_heads("US-Präsident") == role_heads("russischer Präsident")
    assert role_heads("Chef des ukrainischen Verhandlungsteams") == {"chef"}


def test_org_key_ignores_case_and_hyphens() -> None:
    assert org_key("Europäische Union") == org_key("europäische  Union")


def test_quote_tokens_drop_all_kinds_of_quotation_marks() -> None:
    assert quote_tokens("»Wir sind bereit«") == quote_tokens("„Wir sind bereit“") == quote_tokens('"wir sind bereit"')


def test_capital_and_its_country_are_one_place_and_two_capitals_are_not() -> None:
    assert same_place(org_key("Amman"), org_key("Jordanien"))
    assert same_place(org_key("Jordanien"), org_key("Amman"))
    assert not same_place(org_key("Amman"), org_key("Kairo"))
