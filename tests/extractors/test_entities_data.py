"""Integrity of the actors component's data files under lang/de/ (roles, names_*)."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from lagebild import lang as langdata

LANG = "de"


def test_roles_classes_cover_every_head_list() -> None:
    roles = langdata.load(LANG, "roles")
    assert set(roles["heads"]) <= set(roles["classes"])
    for cls, words in roles["heads"].items():
        assert words, f"empty head list {cls}"
        assert all(w[:1].isupper() and " " not in w for w in words), cls


def test_roles_heads_are_listed_once() -> None:
    roles = langdata.load(LANG, "roles")
    counts = Counter(w for words in roles["heads"].values() for w in words)
    assert [w for w, n in counts.items() if n > 1] == []


def test_relational_roles_are_heads() -> None:
    roles = langdata.load(LANG, "roles")
    heads = {w for words in roles["heads"].values() for w in words}
    assert set(roles["person"]["relational"]) <= heads


def test_feminine_endings_are_endings_of_a_class() -> None:
    roles = langdata.load(LANG, "roles")
    endings = {e for name, es in roles["classes"].items() if name != "feminine_endings" for e in es}
    assert set(roles["classes"]["feminine_endings"]) <= endings


def _gazetteer_names() -> set[str]:
    places = langdata.load(LANG, "names_places")["place"]
    orgs = langdata.load(LANG, "names_orgs")["org"]
    return {p["name"] for p in places} | {o["name"] for o in orgs}


def test_compound_prefixes_point_to_gazetteer_entries() -> None:
    roles = langdata.load(LANG, "roles")
    assert set(roles["compound_prefixes"].values()) <= _gazetteer_names()


@pytest.mark.parametrize("concept", ["names_places", "names_orgs"])
def test_gazetteer_entries_name_is_among_forms(concept: str) -> None:
    data = langdata.load(LANG, concept)
    rows = data["place"] if concept == "names_places" else data["org"]
    assert rows
    for row in rows:
        assert row["forms"], row["name"]
        if concept == "names_places":
            assert row["name"] in row["forms"], row["name"]
        assert all(f.strip() == f and f for f in row["forms"]), row["name"]


def test_place_names_are_unique() -> None:
    places = langdata.load(LANG, "names_places")["place"]
    counts = Counter(p["name"] for p in places)
    assert [n for n, c in counts.items() if c > 1] == []


def test_place_adjectives_are_lower_case_stems() -> None:
    for p in langdata.load(LANG, "names_places")["place"]:
        for adj in p.get("adjectives", []):
            assert adj[:1].islower() or adj.startswith("US-"), adj
            assert not adj.endswith(("e", "en", "er")) or adj.endswith("isch"), adj


def test_org_heads_rows_start_with_the_nominative() -> None:
    orgs = langdata.load(LANG, "names_orgs")
    for row in orgs["org_heads"]:
        assert all(form.startswith(row[0]) for form in row), row


def test_compound_org_heads_are_org_heads() -> None:
    orgs = langdata.load(LANG, "names_orgs")
    nominatives = {row[0] for row in orgs["org_heads"]}
    assert set(orgs["compound_org_heads"]) <= nominatives
    assert set(orgs["hyphen_org_heads"]) <= nominatives
    assert set(orgs["field_org_heads"]) <= nominatives
    assert all(w.islower() for w in orgs["field_org_openers"])


def test_first_names_are_capitalised_and_single_gendered() -> None:
    first = langdata.load(LANG, "names_first")
    female, male = set(first["female"]), set(first["male"])
    assert len(female) > 100 and len(male) > 100
    assert female & male == set()
    for name in female | male:
        assert name[:1].isupper() and " " not in name, name


def test_first_names_are_not_places() -> None:
    first = langdata.load(LANG, "names_first")
    places = {f for p in langdata.load(LANG, "names_places")["place"] for f in p["forms"]}
    assert (set(first["female"]) | set(first["male"])) & places == set()


def test_rules_particle_openers_are_particles() -> None:
    rules = langdata.load(LANG, "names_rules")
    particles = set(rules["particles"]) | {"und"}
    for opener in rules["particle_openers"]:
        assert opener and set(opener) <= particles, opener


def test_rules_spelling_variants_compile() -> None:
    rules = langdata.load(LANG, "names_rules")
    for pattern, replacement in rules["spelling"]["variants"]:
        re.compile(pattern)
        assert isinstance(replacement, str)


def test_rules_pronouns_are_lower_case() -> None:
    pron = langdata.load(LANG, "names_rules")["pronouns"]
    for key in ("masculine_subject", "feminine_subject", "masculine_other", "feminine_other"):
        assert pron[key] and all(w.islower() for w in pron[key]), key


def test_gazetteer_file_is_what_the_build_script_writes() -> None:
    """names_places.toml is generated: a hand edit would be lost at the next build."""
    pytest.importorskip("babel")
    script = Path(__file__).resolve().parents[2] / "tools" / "build_gazetteers.py"
    spec = importlib.util.spec_from_file_location("build_gazetteers", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = resources.files("lagebild.lang").joinpath(LANG, "names_places.toml").read_text(encoding="utf-8")
    assert module.build() == committed


def test_long_first_name_list_is_what_the_build_script_writes() -> None:
    """names_first_more.toml is generated from gender-guesser's name dictionary, filtered against
    simplemma's word lists and HanTa's lexicon: the comparison holds only with the versions it was
    built with."""
    pytest.importorskip("gender_guesser")
    from importlib import metadata

    committed = resources.files("lagebild.lang").joinpath(LANG, "names_first_more.toml").read_text(encoding="utf-8")
    installed = (
        f"gender-guesser {metadata.version('gender-guesser')}, simplemma {metadata.version('simplemma')}, "
        f"HanTa {metadata.version('HanTa')}"
    )
    if f"# Built with {installed}." not in committed:
        pytest.skip(f"built with other versions than the installed {installed}")
    script = Path(__file__).resolve().parents[2] / "tools" / "build_first_names.py"
    spec = importlib.util.spec_from_file_location("build_first_names", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == committed


def test_long_first_name_list_holds_no_common_words() -> None:
    more = langdata.load(LANG, "names_first_more")
    names = {n for key in ("female", "male", "either") for n in more[key]}
    assert len(names) > 10000
    assert {"Rose", "Stein", "Will", "Morgen"} & names == set()
    # Given names the dictionaries know only as names are in it.
    assert {"Lothar", "Constantin", "Taylor"} <= names
    assert all(n[:1].isupper() and n.isalpha() for n in names)


def test_known_persons_are_no_places_roles_or_common_words() -> None:
    persons = langdata.load(LANG, "names_persons")["persons"]
    places = {f for p in langdata.load(LANG, "names_places")["place"] for f in p["forms"]}
    rules = langdata.load(LANG, "names_rules")
    not_names = set(rules["context"]["not_names"])
    counts = Counter(name for name, _gender in persons)
    assert [n for n, c in counts.items() if c > 1] == []
    for name, gender in persons:
        assert gender in ("f", "m"), name
        assert name not in places and name not in not_names, name


def test_org_lists_are_capitalised_words() -> None:
    orgs = langdata.load(LANG, "names_orgs")
    assert all(" " not in w and w[:1].isupper() for w in orgs["club_prefixes"])
    assert all(w.islower() for w in orgs["org_joiners"])


def test_rules_word_lists_are_not_empty() -> None:
    rules = langdata.load(LANG, "names_rules")
    for key in (
        "prepositions",
        "place_prepositions",
        "coordinators",
        "not_names",
        "noun_suffixes",
        "patronymic_endings",
        "surname_endings",
    ):
        assert rules["context"][key], key
    for key in ("definite", "indefinite", "possessive", "singular_oblique"):
        assert rules["articles"][key], key


def test_rules_cue_lists_are_not_empty() -> None:
    cues = langdata.load(LANG, "names_rules")["cues"]
    for key in ("speech_verbs", "place_nouns", "org_nouns", "legal_forms", "not_alone", "saints"):
        assert cues[key], key
    assert all(w.islower() for w in cues["speech_verbs"])
    assert all(w[:1].isupper() and " " not in w for w in cues["place_nouns"] + cues["org_nouns"])


def test_rules_cue_lists_have_no_duplicates() -> None:
    cues = langdata.load(LANG, "names_rules")["cues"]
    for key, words in cues.items():
        assert [w for w, n in Counter(words).items() if n > 1] == [], key


def test_not_alone_names_are_first_names() -> None:
    first = langdata.load(LANG, "names_first")
    listed = set(first["female"]) | set(first["male"])
    assert set(langdata.load(LANG, "names_rules")["cues"]["not_alone"]) - listed == set()


def test_places_written_with_sharp_s_have_the_swiss_spelling() -> None:
    for p in langdata.load(LANG, "names_places")["place"]:
        for form in p["forms"]:
            if "ß" in form:
                assert form.replace("ß", "ss") in p["forms"], form


def test_org_and_place_head_endings_are_lower_case() -> None:
    orgs = langdata.load(LANG, "names_orgs")
    for key in ("org_head_endings", "place_head_endings"):
        assert orgs[key] and all(w.islower() and " " not in w for w in orgs[key]), key
    assert all(w[:1].isupper() for w in orgs["place_org_prefixes"])


def test_rules_adjective_suffixes_and_name_endings_are_lower_case() -> None:
    ctx = langdata.load(LANG, "names_rules")["context"]
    for key in ("adjective_suffixes", "adverb_endings", "name_compound_heads"):
        assert ctx[key] and all(w.islower() for w in ctx[key]), key


def test_other_names_have_their_name_among_forms() -> None:
    rows = langdata.load(LANG, "names_misc")["misc"]
    assert rows
    for row in rows:
        assert row["name"] in row["forms"], row["name"]
        assert all(f.strip() == f and f for f in row["forms"]), row["name"]


def test_other_names_do_not_shadow_places_or_organisations() -> None:
    misc = langdata.load(LANG, "names_misc")
    forms = {f for row in misc["misc"] for f in row["forms"]} | set(misc["languages"])
    taken = {
        f
        for concept, key in (("names_places", "place"), ("names_orgs", "org"))
        for row in langdata.load(LANG, concept)[key]
        for f in row["forms"]
    }
    assert sorted(forms & taken) == []


def test_work_nouns_are_lower_case() -> None:
    misc = langdata.load(LANG, "names_misc")
    for word in [*misc["work_nouns"], *misc["work_noun_endings"]]:
        assert word == word.lower(), word
