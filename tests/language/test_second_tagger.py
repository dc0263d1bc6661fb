"""The second tagger (HanTa) records its STTS tag per token; short sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from lagebild.language import second_tagger
from lagebild.language.extensions import register_extensions
from lagebild.language.second_tagger import (
    SecondTags,
    annotate_second_tags,
    lexicon_tags,
    second_tagger_data,
    tag_words,
)


@pytest.fixture(scope="module")
def snlp() -> Language:
    register_extensions()
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_layout_v1", name="lagebild_layout")
    nlp.add_pipe("lagebild_second_tagger_v1", name="lagebild_second_tagger")
    return nlp


def test_party_name_is_tagged_ne() -> None:
    tags, guessed = tag_words(["Die", "CDU", "tagte", "in", "Berlin", "."])
    assert tags[1] == "NE" and tags[4] == "NE"
    assert not guessed


def test_bracketed_hanta_tags_become_stts() -> None:
    tags, _ = tag_words(["Der", "Streit", "galt", "einer", "geheimen", "Absprache", "."])
    assert tags[2] == "VVFIN"
    assert tags[4] == "ADJA"


def test_unknown_word_with_rival_readings_is_a_guess() -> None:
    _, guessed = tag_words(["Labskaus", "gab", "es", "."])
    assert guessed == {0}


def test_new_spelling_is_read_in_the_old() -> None:
    tags, guessed = tag_words(["Er", "muss", "gehen", ",", "sagte", "sie", "bewusst", "."])
    assert tags[1] == "VMFIN" and tags[6] == "ADJD"
    assert not guessed


def test_number_of_any_shape_is_a_cardinal() -> None:
    tags, _ = tag_words(["Um", "19:00", "kamen", "4.000", "Menschen", "."])
    assert tags[1] == "CARD" and tags[3] == "CARD"


def test_typographic_quotation_marks_are_punctuation() -> None:
    tags, _ = tag_words(["Er", "sagte", "„", "Nein", "“", "."])
    assert tags[2].startswith("$") and tags[4].startswith("$")


def test_unknown_capitalised_word_inside_the_sentence_gets_no_tag() -> None:
    # A noun or a name: the model tells them apart, HanTa's analysis would only guess, slowly.
    tags, guessed = tag_words(["Die", "Wrzlbrmfstadt", "wächst", "."])
    assert tags[1] == "" and tags[2] == "VVFIN"
    assert 1 not in guessed


@pytest.mark.parametrize(
    "words",
    [
        ["Der", "Kanzler", "sagte", ",", "man", "werde", "die", "Hilfe", "prüfen", "."],
        ["Wagen", "wagen", "sie", "es", "?"],
        ["Gestern", "verhandelten", "Delegationen", "in", "Genf", "über", "eine", "Waffenruhe", "."],
        # A word HanTa has no reading for (Cyrillic): every tag may follow.
        ["Sie", "sagte", "Жук", "schnell", "."],
        ["Nein", "."],
    ],
)
def test_fast_viterbi_gives_hantas_own_tags(words: list[str]) -> None:
    from HanTa.HanoverTagger import HanoverTagger

    data = second_tagger_data()
    assert data is not None
    tagger = second_tagger._hanta(data.model)
    assert tagger.tag_sent_viterbi(words) == HanoverTagger.tag_sent_viterbi(tagger, words)
    assert tagger.tag_sent_viterbi(words, casesensitive=False) == HanoverTagger.tag_sent_viterbi(
        tagger, words, casesensitive=False
    )


@pytest.mark.parametrize(
    "word",
    [
        "waffenruhegespräche",
        "nachverhandelten",
        "unbeschadet",
        "zurückgewiesene",
        "wrzlbrmf",
        "ab",
        "x",
        "",
        "жук",
        "12.000",
        "über-",
    ],
)
def test_fast_word_analysis_gives_hantas_own_readings(word: str) -> None:
    from HanTa.HanoverTagger import HanoverTagger

    data = second_tagger_data()
    assert data is not None
    tagger = second_tagger._hanta(data.model)
    # Equal to the last bit: the sentence Viterbi compares these weights.
    assert second_tagger._analyze_forward(tagger, word) == HanoverTagger.analyze_forward(tagger, word)


def test_lexicon_lists_the_tags_of_a_word_it_knows() -> None:
    assert lexicon_tags("Saison") == {"NN"}
    assert "NN" in lexicon_tags("Wagen") and "VVINF" in lexicon_tags("Wagen")


def test_lexicon_lists_nothing_for_a_word_it_does_not_know() -> None:
    assert lexicon_tags("Wrzlbrmfstadt") == frozenset()


def test_component_tags_every_token_and_leaves_line_breaks_empty(snlp: Language) -> None:
    doc = snlp("Merz reist nach Kiew\n\nDer Kanzler trifft Selenskyj.")
    second: SecondTags = doc._.second_tags
    assert len(second.tags) == len(doc)
    assert all(tag == "" for tok, tag in zip(doc, second.tags, strict=True) if tok.is_space)
    assert second.tags[0] == "NE" and second.sure(0)


def test_empty_text_gets_no_second_tags(snlp: Language) -> None:
    assert snlp("")._.second_tags is None


@pytest.mark.parametrize(
    "text",
    [
        "Путин sprach mit Зеленський 🇺🇦 über الخرطوم.",
        "Steuer\x07zeichen\x1b und\u200b Null\ufeffbreite",
        "😀😀😀 !!! ??? ...",
        "Abc" * 20_000,
    ],
)
def test_odd_text_gets_a_tag_slot_per_token(snlp: Language, text: str) -> None:
    doc = snlp(text)
    assert len(doc._.second_tags.tags) == len(doc)


def test_language_without_a_second_tagger_model_gets_no_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_tagger.langdata, "load", lambda lang, concept: {"rules": []})
    second_tagger_data.cache_clear()
    try:
        assert second_tagger_data("de") is None
        doc = annotate_second_tags(spacy.blank("de")("Merz reist."))
        assert doc._.second_tags is None
    finally:
        second_tagger_data.cache_clear()
