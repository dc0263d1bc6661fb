"""Dictionary lemmas (lagebild_lemma) on analyses built by hand, and in the shipped pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.errors import LagebildError
from lagebild.language import lemma as lemma_module
from lagebild.language.lemma import annotate_lemmas, compound_splits, dictionary_lemma
from lagebild.language.pipeline import LAGEBILD_PIPES


def analysed(rows: list[tuple[str, str, str]]) -> Doc:
    """(word, UPOS, the model's lemma) per token."""
    return Doc(
        spacy.blank("de").vocab,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        lemmas=[r[2] for r in rows],
    )


def test_invented_verb_lemma_is_replaced() -> None:
    doc = annotate_lemmas(analysed([("Sie", "PRON", "sie"), ("erkannte", "VERB", "erkannen"), ("es", "PRON", "es")]))
    assert doc[1].lemma_ == "erkennen"


def test_word_left_as_its_own_lemma_gets_the_dictionary_lemma() -> None:
    doc = annotate_lemmas(analysed([("Zwei", "NUM", "zwei"), ("starben", "VERB", "starben")]))
    assert doc[1].lemma_ == "sterben"


def test_invented_noun_lemma_is_replaced() -> None:
    doc = annotate_lemmas(analysed([("die", "DET", "der"), ("Verhandlungen", "NOUN", "Verhandlungen")]))
    assert doc[1].lemma_ == "Verhandlung"


def test_model_lemma_that_is_a_dictionary_lemma_stays() -> None:
    # The dictionary alone reads "gehört" as "hören"; the model saw the context.
    doc = annotate_lemmas(analysed([("Das", "PRON", "der"), ("gehört", "VERB", "gehören"), ("ihr", "PRON", "sie")]))
    assert doc[1].lemma_ == "gehören"


def test_word_the_dictionary_does_not_know_keeps_the_model_lemma() -> None:
    assert dictionary_lemma("Blaszkiewitz", "Blaszkiewitze", "de") is None


def test_adjectives_keep_the_model_lemma() -> None:
    doc = annotate_lemmas(analysed([("ein", "DET", "ein"), ("einladend", "ADJ", "einladend")]))
    assert doc[1].lemma_ == "einladend"


def test_doc_without_pos_is_left_alone() -> None:
    doc = Doc(spacy.blank("de").vocab, words=["Sie", "erkannte", "es"])
    assert [t.lemma_ for t in annotate_lemmas(doc)] == ["", "", ""]


def test_whitespace_token_is_left_alone() -> None:
    assert dictionary_lemma(" ", "x", "de") is None


def test_overlong_token_keeps_the_model_lemma() -> None:
    # 67 letters: the dictionary would cut the plural ending, but blobs this long are not looked up.
    word = "Friedensverhandlungsdelegationsmitgliederversammlungsvorbereitungen"
    assert dictionary_lemma(word, word, "de") is None


def test_unknown_dictionary_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lemma_module.langdata, "load", lambda lang, concept: {"dictionary": "xx", "pos": ["VERB"]})
    with pytest.raises(LagebildError, match="no dictionary 'xx'"):
        lemma_module.lemma_data.__wrapped__("de")


def test_lemmas_are_set_after_postag_and_before_mood() -> None:
    names = [name for name, _ in LAGEBILD_PIPES]
    assert names.index("lagebild_postag") < names.index("lagebild_lemma") < names.index("lagebild_mood")


def test_shipped_pipeline_gives_dictionary_lemmas() -> None:
    from lagebild.language import get_nlp

    doc = get_nlp()("Schönlein erkannte die Krankheit. Am Donnerstag reist er nach Genf.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["erkannte"] == "erkennen"
    assert lemmas["reist"] == "reisen"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Offiziell", True), ("Momentan", True), ("Merkel", False), ("Koch", False), ("Hu", False), ("offiziell", False)],
)
def test_lower_case_word_is_a_word_the_dictionary_knows_only_in_lower_case(word: str, expected: bool) -> None:
    assert lemma_module.lower_case_word(word) is expected


@pytest.mark.parametrize(("word", "expected"), [("Vorfeld", True), ("Walchensee", False), ("", False)])
def test_dictionary_word_is_a_word_the_dictionary_knows(word: str, expected: bool) -> None:
    assert lemma_module.dictionary_word(word) is expected


@pytest.mark.parametrize("word", ["Sparmassnahmen", "Aussenminister"])
def test_dictionary_word_in_swiss_spelling_is_known(word: str) -> None:
    assert lemma_module.dictionary_word(word)


def test_lower_case_word_in_swiss_spelling_is_known() -> None:
    assert lemma_module.lower_case_word("Schliesslich")


def test_unlisted_compound_splits_into_two_dictionary_words() -> None:
    assert ("Edelstahl", "Tank") in compound_splits("Edelstahltank")


def test_compound_split_drops_the_linking_element() -> None:
    assert ("Hurrikan", "Saison") in compound_splits("Hurrikansaison")
    assert ("Wettbewerb", "Hüter") in compound_splits("Wettbewerbshüter")


def test_compound_splits_list_the_longest_head_first() -> None:
    heads = [head for _, head in compound_splits("Kraftfahrzeugmotoren")]
    assert heads.index("Fahrzeugmotoren") < heads.index("Motoren")


def test_word_of_unknown_parts_has_no_compound_split() -> None:
    assert compound_splits("Blaszkiewitz") == ()
