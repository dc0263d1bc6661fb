"""The time grammar: integrity of ``lang/de/time.toml`` and the generic compiler and selector."""

from __future__ import annotations

import re
from typing import Any

import pytest

from lagebild import lang
from lagebild.errors import LagebildError
from lagebild.extractors.timex import known_kinds
from lagebild.extractors.timex_grammar import compile_grammar, grammar

# Sentences of our own that exercise every rule family; used to check the rules' pre-checks.
SAMPLES = [
    "Am 3. März 2026 und am 01.12.2024, am 3.4.26, bis 15.1. und am 2026-03-04.",
    "Am Fr., 5. Dezember und am Donnerstag, 4. Dezember; am 3., 4. und 5. Dezember.",
    "Im Juli und August, Dezember 2024, Juli dieses Jahres, Anfang März, seit Mai.",
    "Im Jahr 2011, Ende 2026, seit 2008, in den 1990er-Jahren, im 15. Jahrhundert.",
    "Heute, gestern Abend, morgen früh, am morgigen Sonntag, am heutigen Abend.",
    "Am kommenden Montag, am Dienstagabend, am Mittwoch vormittags, jeden Montag, montags.",
    "Einmal im Monat, jede Woche, 400 Euro pro Monat, täglich, jährlichen, jeden dritten Mittwoch im Monat.",
    "Es dauert sechs bis acht Monate, zwei Tage später, in der Nacht zum Dienstag, Mitte der achtziger Jahre.",
    "In der vergangenen Woche, diese Woche, am Wochenende, am kommenden Wochenende.",
    "Im vergangenen Monat, im nächsten Jahr, heuer, im Vorjahr, die heurige Ernte.",
    "Ende des Jahres, Mitte der Woche, zum Jahresende, im Frühjahr 2026, im kommenden Sommer.",
    "Im Sommer, im dritten Quartal, in der zweiten Jahreshälfte 2026.",
    "Von 10-18 Uhr, um 14.30 Uhr, um 9.15, in der zweiten Tageshälfte, am Abend, nachts.",
    "Am Vortag, am Tag zuvor, an diesem Tag, am nächsten Tag, zu Weihnachten, nach Ostern.",
    "Seit mehr als 25 Jahren, rund 360 ehrenamtliche Stunden, seit einigen Wochen.",
    "In den vergangenen zwei Jahren, in ein paar Jahren, seit Jahren, jahrelang.",
    "Bis heute, derzeit, von nun an, damals, ehemalige, Ex-Minister.",
    "Heute weiß man mehr, wie wir heute wissen; das wissen wir heute. Drei Minuten später, jeweils 20 Uhr.",
]


def data() -> dict[str, Any]:
    return lang.load("de", "time")


def test_every_rule_names_a_known_resolver() -> None:
    kinds = {rule["kind"] for rule in data()["rules"]["list"]}
    assert kinds <= known_kinds(), kinds - known_kinds()


def test_every_rule_has_a_unique_name() -> None:
    names = [rule["name"] for rule in data()["rules"]["list"]]
    assert len(names) == len(set(names))


def test_class_words_are_lowercase_and_unique_after_folding() -> None:
    for name, spec in data()["classes"].items():
        words = list(spec["words"])
        assert all(w == w.lower() for w in words), name
        assert len({" ".join(w.split()) for w in words}) == len(words), name


def test_every_class_is_used_by_a_rule_or_the_tense_logic() -> None:
    patterns = " ".join(rule["pattern"] for rule in data()["rules"]["list"])
    used_in_code = {"dir_prep", "year_cue"}
    for name in data()["classes"]:
        assert name in used_in_code or re.search(r"\{" + name + r"(?::\w+)?\}", patterns), name


def test_tense_lists_are_lowercase_words() -> None:
    tense = data()["tense"]
    for key, value in tense.items():
        if isinstance(value, list):
            assert all(isinstance(w, str) and w == w.lower() for w in value), key


def test_words_excluded_from_present_verbs_have_the_present_shape() -> None:
    # An entry the shape could never match would be dead weight in the list.
    tense = data()["tense"]
    shape = re.compile(tense["present_verb"])
    assert all(shape.match(w) for w in tense["not_present"]), [w for w in tense["not_present"] if not shape.match(w)]
    assert len(set(tense["not_present"])) == len(tense["not_present"])


def test_value_classes_hold_timex3_codes() -> None:
    classes = data()["classes"]
    assert set(classes["daypart"]["words"].values()) <= {"MO", "MI", "AF", "EV", "NI"}
    assert set(classes["season"]["words"].values()) <= {"SP", "SU", "FA", "WI"}
    assert set(classes["mod_point"]["words"].values()) <= {"START", "MID", "END"}
    assert set(classes["ref"]["words"].values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert all(1 <= v <= 12 for v in classes["month"]["words"].values())
    assert all(1 <= v <= 7 for v in classes["weekday"]["words"].values())


def test_grammar_compiles() -> None:
    g = grammar("de")
    assert len(g.rules) == len(data()["rules"]["list"])


def test_pre_checks_never_hide_a_match() -> None:
    g = grammar("de")
    for text in SAMPLES:
        for rule in g.rules:
            if rule.regex.search(text):
                assert rule.applies(text.lower()), (rule.name, text)


def test_unknown_placeholder_is_a_clear_error() -> None:
    bad = {"classes": {}, "rules": {"list": [{"name": "x", "kind": "date", "pattern": "{nothing}"}]}}
    with pytest.raises(LagebildError) as info:
        compile_grammar(bad, "xx")
    assert info.value.code == "E010"


def test_longest_extent_wins_over_overlaps() -> None:
    g = grammar("de")
    chosen = g.select("Am Donnerstag, 4. Dezember 2025 um 9 Uhr.")
    assert [text[c.start : c.end] for text in ["Am Donnerstag, 4. Dezember 2025 um 9 Uhr."] for c in chosen] == [
        "Donnerstag, 4. Dezember 2025",
        "9 Uhr",
    ]


def test_context_word_breaks_a_tie_of_equal_extents() -> None:
    g = grammar("de")
    (chosen,) = g.select("Am Morgen regnete es.")
    assert chosen.rule.kind == "daypart"


def _spans(matches: Any) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_every_rule_is_scanned_and_finds_what_the_plain_search_finds() -> None:
    g = grammar("de")
    assert all(rule.scanner is not None for rule in g.rules)
    for text in SAMPLES:
        for rule in g.rules:
            assert _spans(rule.finditer(text)) == _spans(rule.regex.finditer(text)), (rule.name, text)


def test_scanner_keeps_case_folding_and_lookbehinds() -> None:
    spec = {
        "classes": {"unit": {"suffix": "", "words": {"kw": 1, "märz": 3}}},
        "rules": {"list": [{"name": "u", "kind": "ref", "pattern": r"(?:am\s+)?(?<![\d.]){unit}"}]},
    }
    rule = compile_grammar(spec, "xx").rules[0]
    assert rule.scanner is not None
    # The Kelvin sign folds onto "k", "MÄRZ" onto "märz"; "am" stays case-sensitive, and neither
    # "Kw" inside a word nor "märz" after a period is a match.
    text = "In der \u212aW 12, am MÄRZ, AM märz, 3.märz, ZweiKw und kw."
    found = _spans(rule.finditer(text))
    assert found == _spans(rule.regex.finditer(text))
    assert [text[a:b] for (a, b), _ in found] == ["\u212aW", "am MÄRZ", "märz", "kw"]


def test_rule_that_can_match_nothing_is_not_scanned() -> None:
    spec = {
        "classes": {"unit": {"suffix": "", "words": {"tag": "D"}}},
        "rules": {"list": [{"name": "u", "kind": "ref", "pattern": r"(?:{unit})?"}]},
    }
    rule = compile_grammar(spec, "xx").rules[0]
    assert rule.scanner is None
    assert _spans(rule.finditer("Tag und Tag")) == _spans(rule.regex.finditer("Tag und Tag"))
