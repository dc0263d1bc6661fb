"""UPOS corrections (lagebild_postag) on short sentences written for these tests, and its data file.

Most tests build the model's analysis by hand, so that each rule is tested on exactly the reading
it corrects; the last ones run the whole pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.errors import LagebildError
from lagebild.language.extensions import register_extensions
from lagebild.language.pipeline import LAGEBILD_PIPES
from lagebild.language.postag import PosRule, _rule, annotate_pos, pos_data
from lagebild.language.second_tagger import SecondTags

# (word, UPOS, STTS, lemma, head index, relation, morph)
Row = tuple[str, str, str, str, int, str, str]


def analysed(rows: list[Row]) -> Doc:
    vocab = spacy.blank("de").vocab
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        deps=[r[5] for r in rows],
        morphs=[r[6] for r in rows],
    )


def corrected(rows: list[Row]) -> list[str]:
    return [t.pos_ for t in annotate_pos(analysed(rows))]


def test_auxiliary_serving_a_predicate_is_aux() -> None:
    rows: list[Row] = [
        ("Die", "DET", "ART", "der", 1, "det", ""),
        ("Lage", "NOUN", "NN", "Lage", 3, "nsubj", ""),
        ("ist", "VERB", "VAFIN", "sein", 3, "cop", ""),
        ("ernst", "ADJ", "ADJD", "ernst", 3, "ROOT", ""),
    ]
    assert corrected(rows)[2] == "AUX"


def test_haben_with_an_object_is_verb() -> None:
    rows: list[Row] = [
        ("Sie", "PRON", "PPER", "sie", 1, "nsubj", ""),
        ("hat", "AUX", "VAFIN", "haben", 1, "ROOT", ""),
        ("ein", "DET", "ART", "ein", 3, "det", ""),
        ("Auto", "NOUN", "NN", "Auto", 1, "obj", ""),
    ]
    assert corrected(rows)[1] == "VERB"


def test_haben_with_a_participle_stays_aux() -> None:
    rows: list[Row] = [
        ("Sie", "PRON", "PPER", "sie", 1, "nsubj", ""),
        ("hat", "AUX", "VAFIN", "haben", 1, "ROOT", ""),
        ("ein", "DET", "ART", "ein", 3, "det", ""),
        ("Auto", "NOUN", "NN", "Auto", 1, "obj", ""),
        ("gekauft", "VERB", "VVPP", "kaufen", 1, "xcomp", ""),
    ]
    assert corrected(rows)[1] == "AUX"


def test_sein_with_a_place_and_no_predicate_is_verb() -> None:
    rows: list[Row] = [
        ("Er", "PRON", "PPER", "er", 1, "nsubj", ""),
        ("war", "AUX", "VAFIN", "sein", 1, "ROOT", ""),
        ("in", "ADP", "APPR", "in", 3, "case", ""),
        ("Rom", "PROPN", "NE", "Rom", 1, "obl", ""),
    ]
    assert corrected(rows)[1] == "VERB"


def test_sein_over_a_misparsed_predicate_noun_stays_aux() -> None:
    rows: list[Row] = [
        ("Es", "PRON", "PPER", "es", 1, "nsubj", ""),
        ("war", "AUX", "VAFIN", "sein", 1, "ROOT", ""),
        ("keine", "DET", "PIAT", "kein", 3, "det", ""),
        ("Panne", "NOUN", "NN", "Panne", 1, "obj", ""),
    ]
    assert corrected(rows)[1] == "AUX"


def test_adverbially_used_adjective_stays_adj() -> None:
    rows: list[Row] = [
        ("Er", "PRON", "PPER", "er", 1, "nsubj", ""),
        ("lief", "VERB", "VVFIN", "laufen", 1, "ROOT", ""),
        ("schnell", "ADV", "ADJD", "schnell", 1, "advmod", ""),
    ]
    assert corrected(rows)[2] == "ADJ"


def test_standalone_das_is_pron() -> None:
    rows: list[Row] = [
        ("Das", "DET", "PDS", "der", 1, "nsubj", ""),
        ("stimmt", "VERB", "VVFIN", "stimmen", 1, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "PRON"


def test_article_before_its_noun_stays_det() -> None:
    rows: list[Row] = [
        ("Das", "DET", "ART", "der", 1, "det", ""),
        ("Amt", "NOUN", "NN", "Amt", 2, "nsubj", ""),
        ("schweigt", "VERB", "VVFIN", "schweigen", 2, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "DET"


def test_standalone_dies_is_left_to_the_model() -> None:
    # UD German keeps "dies" DET also where it stands alone; only forms of "der" become PRON.
    rows: list[Row] = [
        ("Dies", "DET", "PDS", "dieser", 1, "nsubj", ""),
        ("gilt", "VERB", "VVFIN", "gelten", 1, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "DET"


def test_sentence_adverb_read_as_noun_is_adv() -> None:
    rows: list[Row] = [
        ("Ansonsten", "NOUN", "NN", "ansonsten", 1, "nsubj", ""),
        ("blieb", "VERB", "VVFIN", "bleiben", 1, "ROOT", ""),
        ("es", "PRON", "PPER", "es", 1, "nsubj", ""),
        ("ruhig", "ADJ", "ADJD", "ruhig", 1, "advmod", ""),
    ]
    assert corrected(rows)[0] == "ADV"


def test_determiner_before_its_noun_read_as_noun_is_det() -> None:
    rows: list[Row] = [
        ("Beide", "NOUN", "NN", "beide", 1, "det", ""),
        ("Seiten", "NOUN", "NN", "Seite", 2, "nsubj", ""),
        ("schweigen", "VERB", "VVFIN", "schweigen", 2, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "DET"


def test_standalone_determiner_read_as_noun_is_left_to_the_model() -> None:
    # The quote extractor reads a standalone "Beide" as a possible speaker by its noun reading.
    rows: list[Row] = [
        ("Beide", "NOUN", "NN", "beide", 1, "nsubj", ""),
        ("schweigen", "VERB", "VVFIN", "schweigen", 1, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "NOUN"


def test_name_of_a_month_is_propn() -> None:
    rows: list[Row] = [
        ("im", "ADP", "APPRART", "in", 1, "case", ""),
        ("Oktober", "NOUN", "NN", "Oktober", 1, "ROOT", ""),
    ]
    assert corrected(rows)[1] == "PROPN"


def test_pronoun_read_as_noun_is_pron() -> None:
    rows: list[Row] = [
        ("Niemand", "NOUN", "NN", "Niemand", 1, "nsubj", ""),
        ("kam", "VERB", "VVFIN", "kommen", 1, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "PRON"


def test_noun_with_article_read_as_name_is_noun() -> None:
    rows: list[Row] = [
        ("Die", "DET", "ART", "der", 1, "det", ""),
        ("Currywurst", "PROPN", "NN", "Currywurst", 2, "nsubj", ""),
        ("schmeckt", "VERB", "VVFIN", "schmecken", 2, "ROOT", ""),
    ]
    assert corrected(rows)[1] == "NOUN"


def test_name_with_article_inside_a_recognised_name_stays_propn() -> None:
    rows: list[Row] = [
        ("Die", "DET", "ART", "der", 1, "det", ""),
        ("Bundesbank", "PROPN", "NN", "Bundesbank", 2, "nsubj", ""),
        ("warnt", "VERB", "VVFIN", "warnen", 2, "ROOT", ""),
    ]
    doc = analysed(rows)
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert annotate_pos(doc)[1].pos_ == "PROPN"


def test_name_without_determiner_stays_propn() -> None:
    rows: list[Row] = [
        ("Kowalski", "PROPN", "NN", "Kowalski", 1, "nsubj", ""),
        ("schweigt", "VERB", "VVFIN", "schweigen", 1, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "PROPN"


def test_name_after_a_title_noun_stays_propn() -> None:
    rows: list[Row] = [
        ("Sie", "PRON", "PPER", "sie", 1, "nsubj", ""),
        ("grüßt", "VERB", "VVFIN", "grüßen", 1, "ROOT", ""),
        ("den", "DET", "ART", "der", 4, "det", ""),
        ("Herrn", "NOUN", "NN", "Herr", 4, "case", ""),
        ("Kowalczyk", "PROPN", "NN", "Kowalczyk", 1, "obj", ""),
    ]
    assert corrected(rows)[4] == "PROPN"


def test_attributive_participle_read_as_verb_is_adj() -> None:
    rows: list[Row] = [
        ("Die", "DET", "ART", "der", 2, "det", ""),
        ("gestiegenen", "VERB", "ADJA", "gestiegen", 2, "amod", ""),
        ("Preise", "NOUN", "NN", "Preis", 3, "nsubj", ""),
        ("belasten", "VERB", "VVFIN", "belasten", 3, "ROOT", ""),
    ]
    assert corrected(rows)[1] == "ADJ"


def test_als_before_a_role_is_adp() -> None:
    rows: list[Row] = [
        ("Sie", "PRON", "PPER", "sie", 1, "nsubj", ""),
        ("arbeitet", "VERB", "VVFIN", "arbeiten", 1, "ROOT", ""),
        ("als", "CCONJ", "KOKOM", "als", 3, "case", ""),
        ("Sprecherin", "NOUN", "NN", "Sprecherin", 1, "obl", ""),
    ]
    assert corrected(rows)[2] == "ADP"


def test_als_opening_a_clause_stays_sconj() -> None:
    rows: list[Row] = [
        ("als", "SCONJ", "KOKOM", "als", 2, "mark", ""),
        ("er", "PRON", "PPER", "er", 2, "nsubj", ""),
        ("kam", "VERB", "VVFIN", "kommen", 2, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "SCONJ"


def test_conjunction_of_a_zu_infinitive_is_adp() -> None:
    rows: list[Row] = [
        ("um", "SCONJ", "KOUI", "um", 2, "mark", ""),
        ("zu", "PART", "PTKZU", "zu", 2, "mark", ""),
        ("helfen", "VERB", "VVINF", "helfen", 2, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "ADP"


def test_capitalised_word_inside_the_sentence_tagged_as_noun_is_noun() -> None:
    rows: list[Row] = [
        ("Er", "PRON", "PPER", "er", 1, "nsubj", ""),
        ("sucht", "VERB", "VVFIN", "suchen", 1, "ROOT", ""),
        ("das", "DET", "ART", "der", 3, "det", ""),
        ("Neue", "ADJ", "NN", "neu", 1, "obj", ""),
    ]
    assert corrected(rows)[3] == "NOUN"


def test_capitalised_adjective_heading_a_compound_name_stays_adj() -> None:
    rows: list[Row] = [
        ("Sie", "PRON", "PPER", "sie", 1, "nsubj", ""),
        ("liest", "VERB", "VVFIN", "lesen", 1, "ROOT", ""),
        ("die", "DET", "ART", "der", 5, "det", ""),
        ("Hamelner", "ADJ", "ADJA", "Hamelner", 4, "compound", ""),
        ("Neuesten", "ADJ", "NN", "neu", 5, "nmod", ""),
        ("Nachrichten", "NOUN", "NN", "Nachricht", 1, "obj", ""),
    ]
    assert corrected(rows)[4] == "ADJ"


def test_capitalised_adjective_at_the_sentence_start_is_left_to_the_model() -> None:
    rows: list[Row] = [
        ("Neue", "ADJ", "NN", "neu", 1, "amod", ""),
        ("Pläne", "NOUN", "NN", "Plan", 2, "nsubj", ""),
        ("folgen", "VERB", "VVFIN", "folgen", 2, "ROOT", ""),
    ]
    assert corrected(rows)[0] == "ADJ"


def test_word_taken_out_of_the_verbs_loses_its_mood() -> None:
    rows: list[Row] = [
        ("Er", "PRON", "PPER", "er", 1, "nsubj", ""),
        ("kam", "VERB", "VVFIN", "kommen", 1, "ROOT", "Mood=Ind|VerbForm=Fin"),
        ("deswegen", "VERB", "PAV", "deswegen", 1, "advmod", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ]
    doc = annotate_pos(analysed(rows))
    assert doc[2].pos_ == "ADV" and str(doc[2].morph) == ""
    assert str(doc[1].morph) == "Mood=Ind|VerbForm=Fin"


def test_doc_without_tagger_is_left_alone() -> None:
    doc = spacy.blank("de")("Ansonsten blieb es ruhig.")
    assert [t.pos_ for t in annotate_pos(doc)] == [""] * len(doc)


def test_dependency_conditions_do_not_match_without_a_parse() -> None:
    doc = Doc(
        spacy.blank("de").vocab,
        words=["Sie", "hat", "Zeit"],
        pos=["PRON", "AUX", "NOUN"],
        tags=["PPER", "VAFIN", "NN"],
        lemmas=["sie", "haben", "Zeit"],
    )
    assert [t.pos_ for t in annotate_pos(doc)] == ["PRON", "AUX", "NOUN"]


def test_data_file_rules_load_with_their_lists() -> None:
    data = pos_data("de")
    assert data.rules and all(isinstance(r, PosRule) for r in data.rules)
    adverbs = next(r for r in data.rules if "ansonsten" in r.lower)
    assert adverbs.set_pos == "ADV" and not any(w.startswith("@") for w in adverbs.lower)


def test_rule_naming_an_unknown_list_is_an_error() -> None:
    with pytest.raises(LagebildError):
        _rule({"name": "kaputt", "lower": ["@gibt_es_nicht"], "set_pos": "ADV"}, {})


def test_rule_with_an_unknown_condition_is_an_error() -> None:
    with pytest.raises(LagebildError):
        _rule({"name": "kaputt", "suffix": ["lich"], "set_pos": "ADJ"}, {})


def test_postag_runs_after_the_second_tagger_and_before_the_other_lagebild_components() -> None:
    assert LAGEBILD_PIPES[:2] == (
        ("lagebild_second_tagger", "lagebild_second_tagger_v1"),
        ("lagebild_postag", "lagebild_postag_v1"),
    )


def seconded(rows: list[Row], second: list[str], guessed: frozenset[int] = frozenset()) -> list[str]:
    """UPOS after the rules, with ``second`` as the second tagger's STTS tags."""
    register_extensions()
    doc = analysed(rows)
    doc._.second_tags = SecondTags(tuple(second), guessed)
    return [t.pos_ for t in annotate_pos(doc)]


_PARTY_AS_NOUN: list[Row] = [
    ("Die", "DET", "ART", "der", 1, "det", ""),
    ("CDU", "NOUN", "NN", "CDU", 2, "nsubj", ""),
    ("tagte", "VERB", "VVFIN", "tagen", 2, "ROOT", ""),
]


def test_word_the_second_tagger_knows_as_a_name_is_propn() -> None:
    assert seconded(_PARTY_AS_NOUN, ["ART", "NE", "VVFIN"])[1] == "PROPN"


def test_name_the_second_tagger_only_guessed_keeps_the_models_noun() -> None:
    assert seconded(_PARTY_AS_NOUN, ["ART", "NE", "VVFIN"], frozenset({1}))[1] == "NOUN"


def test_rules_asking_for_a_second_tag_do_not_apply_without_one() -> None:
    assert corrected(_PARTY_AS_NOUN)[1] == "NOUN"


def test_common_noun_to_the_second_tagger_is_noun() -> None:
    rows: list[Row] = [
        ("Große", "ADJ", "ADJA", "groß", 1, "amod", ""),
        ("Zuversicht", "PROPN", "NE", "Zuversicht", 2, "nsubj", ""),
        ("herrschte", "VERB", "VVFIN", "herrschen", 2, "ROOT", ""),
    ]
    assert seconded(rows, ["ADJA", "NN", "VVFIN"])[1] == "NOUN"


def test_weekday_stays_propn_whatever_the_second_tagger_reads() -> None:
    rows: list[Row] = [
        ("Am", "ADP", "APPRART", "an", 1, "case", ""),
        ("Montag", "PROPN", "NN", "Montag", 2, "obl", ""),
        ("tagte", "VERB", "VVFIN", "tagen", 2, "ROOT", ""),
    ]
    assert seconded(rows, ["APPRART", "NN", "VVFIN"])[1] == "PROPN"


def test_full_verb_to_the_second_tagger_is_verb() -> None:
    rows: list[Row] = [
        ("Belgien", "PROPN", "NE", "Belgien", 1, "nsubj", ""),
        ("beschränkt", "ADJ", "ADJD", "beschränkt", 1, "ROOT", ""),
        ("Exporte", "NOUN", "NN", "Export", 1, "obj", ""),
    ]
    assert seconded(rows, ["NE", "VVFIN", "NN"])[1] == "VERB"


_FINITE_VERB_AS_AMOD: list[Row] = [
    ("Selenskyj", "PROPN", "NE", "Selenskyj", 2, "nsubj", ""),
    ("dankte", "VERB", "ADJA", "danken", 2, "amod", ""),
    ("Frankreich", "PROPN", "NE", "Frankreich", 2, "ROOT", ""),
]


def test_finite_verb_to_the_second_tagger_is_no_attributive_adjective() -> None:
    assert seconded(_FINITE_VERB_AS_AMOD, ["NE", "VVFIN", "NE"])[1] == "VERB"


def test_attributive_reading_holds_where_the_second_tagger_agrees() -> None:
    assert seconded(_FINITE_VERB_AS_AMOD, ["NE", "ADJA", "NE"])[1] == "ADJ"


def test_lowercase_finite_verb_to_the_second_tagger_read_as_noun_is_verb() -> None:
    rows: list[Row] = [
        ("Die", "DET", "ART", "der", 1, "det", ""),
        ("Stadt", "NOUN", "NN", "Stadt", 2, "nsubj", ""),
        ("stellte", "NOUN", "NN", "stellte", 2, "ROOT", ""),
        ("Sandsäcke", "NOUN", "NN", "Sandsack", 2, "obj", ""),
    ]
    assert seconded(rows, ["ART", "NN", "VVFIN", "NN"])[2] == "VERB"


def test_adjective_to_the_second_tagger_is_adj_and_loses_verb_features() -> None:
    rows: list[Row] = [
        ("die", "DET", "ART", "der", 2, "det", ""),
        ("geforderte", "VERB", "VVPP", "fordern", 2, "amod", "Mood=Ind|VerbForm=Fin"),
        ("Umlage", "NOUN", "NN", "Umlage", 2, "ROOT", ""),
    ]
    register_extensions()
    doc = analysed(rows)
    doc._.second_tags = SecondTags(("ART", "ADJA", "NN"), frozenset())
    annotate_pos(doc)
    assert doc[1].pos_ == "ADJ"
    assert doc[1].morph.get("Mood", []) == []


def test_pipeline_reads_a_party_name_as_propn(nlp: Language) -> None:
    doc = nlp("Die CDU tagte in Berlin.")
    assert doc[1].pos_ == "PROPN"


def test_pipeline_reads_sentence_initial_adverb_as_adv(nlp: Language) -> None:
    doc = nlp("Ansonsten war der Abend ruhig.")
    assert doc[0].pos_ == "ADV"


def test_pipeline_reads_standalone_das_as_pron(nlp: Language) -> None:
    doc = nlp("Das hat uns sehr gefreut.")
    assert doc[0].pos_ == "PRON"


def test_particle_of_an_arabic_name_between_proper_nouns_is_propn() -> None:
    rows: list[Row] = [
        ("Mohammed", "PROPN", "NE", "Mohammed", 3, "nsubj", ""),
        ("bin", "AUX", "VAFIN", "sein", 3, "aux", ""),
        ("Salman", "PROPN", "NE", "Salman", 3, "flat", ""),
        ("reist", "VERB", "VVFIN", "reisen", 3, "ROOT", ""),
    ]
    assert corrected(rows)[1] == "PROPN"
    rows = [
        ("Ich", "PRON", "PPER", "ich", 1, "nsubj", ""),
        ("bin", "AUX", "VAFIN", "sein", 1, "ROOT", ""),
        ("Anna", "PROPN", "NE", "Anna", 1, "nsubj", ""),
    ]
    assert corrected(rows)[1] != "PROPN"
