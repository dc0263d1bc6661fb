"""Konjunktiv detection (Mood=Sub) on short sentences written for these tests, and its data file."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis

from lagebild.language.mood import annotate_mood, is_subjunctive, mood_data
from lagebild.language.second_tagger import SecondTags


@pytest.fixture(scope="module")
def mnlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_layout_v1", name="lagebild_layout")
    nlp.add_pipe("lagebild_mood_v1", name="lagebild_mood")
    return nlp


def moods(nlp: Language, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {t.text: t.morph.get("Mood", []) for t in doc if t.morph.get("Mood", [])}


def test_sei_is_subjunctive(mnlp: Language) -> None:
    assert moods(mnlp, "Die Lage sei ernst.") == {"sei": ["Sub"]}


def test_konjunktiv_ii_forms_are_subjunctive(mnlp: Language) -> None:
    got = moods(mnlp, "Sie hätte Zeit, wäre gern dabei und würde kommen.")
    assert got == {"hätte": ["Sub"], "wäre": ["Sub"], "würde": ["Sub"]}


def test_modal_konjunktiv_i_is_subjunctive(mnlp: Language) -> None:
    assert moods(mnlp, "Der Bund müsse sparen und könne nicht zahlen.") == {"müsse": ["Sub"], "könne": ["Sub"]}


def test_first_person_habe_is_indicative(mnlp: Language) -> None:
    assert moods(mnlp, "Ich habe heute frei.") == {"habe": ["Ind"]}


def test_third_person_habe_is_subjunctive(mnlp: Language) -> None:
    assert moods(mnlp, "Der Minister habe heute frei.") == {"habe": ["Sub"]}


def test_werde_and_gebe_without_first_person(mnlp: Language) -> None:
    assert moods(mnlp, "Das Treffen werde stattfinden, es gebe Zeit.") == {"werde": ["Sub"], "gebe": ["Sub"]}


def test_e_form_next_to_third_person_pronoun(mnlp: Language) -> None:
    assert moods(mnlp, "Sie verliere an Boden.") == {"verliere": ["Sub"]}


def test_past_tense_te_form_is_not_subjunctive(mnlp: Language) -> None:
    assert moods(mnlp, "Er sagte nichts dazu.") == {}


def test_indicative_t_form_is_not_subjunctive(mnlp: Language) -> None:
    assert moods(mnlp, "Er sagt nichts dazu.") == {}


def test_imperative_seien_sie_is_not_subjunctive(mnlp: Language) -> None:
    assert moods(mnlp, "Seien Sie vorsichtig.") == {}


def test_capitalised_noun_is_not_a_verb(mnlp: Language) -> None:
    assert moods(mnlp, "Sie verlor ihre ganze Habe.") == {}


def test_adjective_e_form_is_not_a_verb(mnlp: Language) -> None:
    assert moods(mnlp, "Die neue Schule ist groß.") == {}


def test_e_form_after_subject_noun_without_tagger(mnlp: Language) -> None:
    assert moods(mnlp, "Der Verband sagt, zur Sorge bestehe kein Anlass.") == {"bestehe": ["Sub"]}


def test_e_form_after_first_word_of_sentence(mnlp: Language) -> None:
    assert moods(mnlp, "Daran ändere auch der Streit nichts.") == {"ändere": ["Sub"]}


def test_word_after_article_is_not_a_verb(mnlp: Language) -> None:
    assert moods(mnlp, "Das einzige was stört, ist der Lärm.") == {}


def test_first_person_further_back_in_the_clause(mnlp: Language) -> None:
    assert moods(mnlp, "Ich bin ehrlich, weil ich nicht viel von Ausreden halte.") == {"halte": ["Ind"]}


def test_past_forms_after_a_noun_are_indicative(mnlp: Language) -> None:
    assert moods(mnlp, "Der Senat hatte am Montag abgestimmt und es wurde spät.") == {}


def test_weise_adverb_is_not_a_verb(mnlp: Language) -> None:
    assert moods(mnlp, "Er hat das verständlicherweise nicht gesagt.") == {}


def test_sentence_initial_form_without_subject(mnlp: Language) -> None:
    assert moods(mnlp, "Habe mich sehr gefreut.") == {}


def test_model_value_is_kept_for_ambiguous_forms(mnlp: Language) -> None:
    doc = mnlp.make_doc("Er werde kommen.")
    doc[1].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert doc[1].morph.get("Mood", []) == ["Ind"]


def test_unambiguous_form_overrides_model_indicative(mnlp: Language) -> None:
    doc = mnlp.make_doc("Das sei gut.")
    doc[1].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert is_subjunctive(doc[1])


def test_unambiguous_form_despite_wrong_tag(mnlp: Language) -> None:
    doc = mnlp.make_doc("Man dürfe nicht warten.")
    doc[1].pos_ = "ADV"
    annotate_mood(doc)
    assert is_subjunctive(doc[1])


def test_tagged_third_person_e_form_is_konjunktiv_i(mnlp: Language) -> None:
    doc = mnlp.make_doc("Zur Panik bestehe kein Anlass.")
    doc[2].pos_ = "VERB"
    doc[2].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Pres"})
    annotate_mood(doc)
    assert is_subjunctive(doc[2])


def test_tagged_third_person_t_form_stays_indicative(mnlp: Language) -> None:
    doc = mnlp.make_doc("Zur Panik besteht kein Anlass.")
    doc[2].pos_ = "VERB"
    doc[2].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Pres"})
    annotate_mood(doc)
    assert not is_subjunctive(doc[2])


def test_model_subjunctive_is_kept(mnlp: Language) -> None:
    doc = mnlp.make_doc("Er sollte kommen.")
    doc[1].morph = MorphAnalysis(doc.vocab, {"Mood": "Sub", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert is_subjunctive(doc[1])


def test_other_features_are_kept(mnlp: Language) -> None:
    doc = mnlp.make_doc("Sie sei da.")
    doc[1].morph = MorphAnalysis(doc.vocab, {"Person": "3", "Number": "Sing"})
    annotate_mood(doc)
    assert doc[1].morph.to_dict() == {"Mood": "Sub", "Number": "Sing", "Person": "3", "VerbForm": "Fin"}


def test_bad_input_does_not_crash(mnlp: Language) -> None:
    for text in ["", "   ", "\x00\x01", "你好 sei 世界", "e " * 5000, "Ich"]:
        mnlp(text)


def test_empty_doc(mnlp: Language) -> None:
    assert len(annotate_mood(Doc(mnlp.vocab, words=[]))) == 0


# ------------------------------------------------------------------ data integrity


def _mood_toml() -> dict[str, object]:
    path = resources.files("lagebild.lang").joinpath("de", "mood.toml")
    with path.open("rb") as fh:
        return tomllib.load(fh)


def test_mood_data_has_every_list() -> None:
    data = _mood_toml()
    for key in (
        "unambiguous",
        "first_person_homographs",
        "first_person_pronouns",
        "third_person_pronouns",
        "not_verbs",
        "past_endings",
        "stem_final_dental",
        "not_after_noun_endings",
        "adverb_endings",
        "imperative_followers",
        "determiners",
        "subject_relations",
        "aux_relations",
        "konj_ii_openers",
        "weak_plural_endings",
        "clause_openers",
        "cluster_relations",
        "finite_clause_relations",
        "subordinator_relations",
        "comparison_markers",
        "infinitive_markers",
        "complement_relations",
        "attribute_relations",
        "attribute_endings",
        "clause_boundary_pos",
        "not_singular_endings",
        "not_plural_endings",
        "finite_tags",
        "zu_infinitive_tags",
        "conjunct_relations",
        "outside_field_relations",
        "clause_pron_types",
    ):
        value = data[key]
        assert isinstance(value, list) and value, key
        assert all(isinstance(v, str) and v.strip() == v and v for v in value), key
        assert len(value) == len(set(value)), f"duplicates in {key}"


def test_mood_forms_are_lowercase_words() -> None:
    data = _mood_toml()
    for key in ("unambiguous", "first_person_homographs", "not_verbs"):
        words = data[key]
        assert isinstance(words, list)
        assert all(w == w.lower() and w.isalpha() for w in words), key


def test_konjunktiv_i_umlaut_forms_are_unambiguous_forms() -> None:
    data = _mood_toml()
    umlaut = data["konjunktiv_i_umlaut"]
    unambiguous = data["unambiguous"]
    assert isinstance(umlaut, list) and umlaut and isinstance(unambiguous, list)
    assert all(isinstance(w, str) and w == w.lower() and any(c in w for c in "äöü") for w in umlaut)
    assert set(umlaut) <= set(unambiguous)


def test_mood_lists_do_not_overlap() -> None:
    d = mood_data("de")
    assert not d.unambiguous & d.homographs
    assert not d.unambiguous & d.not_verbs
    assert not d.homographs & d.not_verbs


def test_homographs_end_in_e() -> None:
    assert all(w.endswith("e") for w in mood_data("de").homographs)


def _parsed(nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    return doc


def test_third_person_subject_in_parse_overrides_model_indicative(mnlp: Language) -> None:
    # "Er halte das für falsch." with the verb tagged indicative by a model.
    doc = _parsed(
        mnlp,
        ["Er", "halte", "das", "für", "falsch", "."],
        [1, 1, 1, 4, 1, 1],
        ["nsubj", "ROOT", "obj", "case", "obl", "punct"],
        ["PRON", "VERB", "PRON", "ADP", "ADJ", "PUNCT"],
    )
    doc[1].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert is_subjunctive(doc[1])


def test_fronted_object_with_ich_stays_indicative(mnlp: Language) -> None:
    # The parser takes the fronted object for the subject; "ich" beside the verb decides.
    doc = _parsed(
        mnlp,
        ["Den", "Schlüssel", "habe", "ich", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "obj", "punct"],
        ["DET", "NOUN", "VERB", "PRON", "PUNCT"],
    )
    doc[2].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert not is_subjunctive(doc[2])


def test_auxiliary_takes_the_subject_of_its_verb(mnlp: Language) -> None:
    # "weil ich es vergessen habe": "ich" hangs on the participle, not on the auxiliary.
    doc = _parsed(
        mnlp,
        ["weil", "ich", "es", "vergessen", "habe", "."],
        [3, 3, 3, 3, 3, 3],
        ["mark", "nsubj", "obj", "ROOT", "aux", "punct"],
        ["SCONJ", "PRON", "PRON", "VERB", "AUX", "PUNCT"],
    )
    doc[4].morph = MorphAnalysis(doc.vocab, {"Mood": "Sub", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert not is_subjunctive(doc[4])


def test_weak_past_form_after_als_ob_is_konjunktiv_ii(mnlp: Language) -> None:
    assert moods(mnlp, "Sie taten so, als ob sie nichts merkten.").get("merkten") == ["Sub"]


def test_weak_past_form_without_als_ob_is_not_marked(mnlp: Language) -> None:
    assert "merkten" not in moods(mnlp, "Sie merkten nichts, als sie kamen.")


def test_weak_plural_in_reported_clause_is_konjunktiv_ii(mnlp: Language) -> None:
    assert moods(mnlp, "Die Ministerin sagte, die Bauern brauchten dringend Regen.").get("brauchten") == ["Sub"]


def test_weak_plural_in_relative_clause_is_not_marked(mnlp: Language) -> None:
    assert "brauchten" not in moods(mnlp, "Die Ministerin sprach mit Bauern, die dringend Regen brauchten.")


def test_weak_plural_without_speech_verb_is_not_marked(mnlp: Language) -> None:
    assert "brauchten" not in moods(mnlp, "Im Sommer war es trocken, die Bauern brauchten dringend Regen.")


def test_e_form_tagged_adverb_with_parsed_subject_is_konjunktiv_i(mnlp: Language) -> None:
    # "Die Partei unterstütze den Plan." with the verb mistagged as an adverb.
    doc = _parsed(
        mnlp,
        ["Die", "Partei", "unterstütze", "den", "Plan", "."],
        [1, 2, 2, 4, 2, 2],
        ["det", "nsubj", "ROOT", "det", "obj", "punct"],
        ["DET", "NOUN", "ADV", "DET", "NOUN", "PUNCT"],
    )
    annotate_mood(doc)
    assert is_subjunctive(doc[2])


def test_attributive_adjective_with_odd_parse_is_not_a_verb(mnlp: Language) -> None:
    doc = _parsed(
        mnlp,
        ["Die", "Gäste", "gemütliche", "Bar", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "obj", "punct"],
        ["DET", "NOUN", "ADJ", "NOUN", "PUNCT"],
    )
    annotate_mood(doc)
    assert not is_subjunctive(doc[2])


def test_nominalised_adjective_subject_makes_homograph_subjunctive(mnlp: Language) -> None:
    # "Das Gleiche gelte auch für Pflegekräfte." with the verb tagged indicative by a model.
    doc = _parsed(
        mnlp,
        ["Das", "Gleiche", "gelte", "auch", "für", "Pflegekräfte", "."],
        [1, 2, 2, 2, 5, 2, 2],
        ["det", "nsubj", "ROOT", "advmod", "case", "obl", "punct"],
        ["DET", "ADJ", "VERB", "ADV", "ADP", "NOUN", "PUNCT"],
    )
    doc[2].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert is_subjunctive(doc[2])


def test_demonstrative_subject_makes_homograph_subjunctive(mnlp: Language) -> None:
    doc = _parsed(
        mnlp,
        ["Dies", "gelte", "für", "alle", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "case", "obl", "punct"],
        ["PRON", "VERB", "ADP", "PRON", "PUNCT"],
    )
    doc[1].morph = MorphAnalysis(doc.vocab, {"Mood": "Ind", "VerbForm": "Fin"})
    annotate_mood(doc)
    assert is_subjunctive(doc[1])


# ------------------------------------------------------------------ finiteness from the parse


def _tagged(
    nlp: Language,
    words: list[str],
    heads: list[int],
    deps: list[str],
    pos: list[str],
    morphs: list[str] | None = None,
    tags: list[str] | None = None,
) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs, tags=tags)


def _mood(doc: Doc, i: int) -> list[str]:
    return doc[i].morph.get("Mood", [])


def test_verb_with_subject_and_no_auxiliary_gets_indicative(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Die", "Stadt", "plant", "neue", "Wege", "."],
        [1, 2, 2, 4, 2, 2],
        ["det", "nsubj", "ROOT", "amod", "obj", "punct"],
        ["DET", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
        morphs=["", "Number=Sing", "VerbForm=Part", "", "Number=Plur", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 2) == ["Ind"]
    assert doc[2].morph.get("VerbForm", []) == ["Fin"]


_PLURAL_PRESENT = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"


def test_present_e_form_with_a_parsed_noun_subject_is_subjunctive(mnlp: Language) -> None:
    # The model's number and mood are wrong: "schaffe" with "Verlust" can only be Konjunktiv I.
    doc = _tagged(
        mnlp,
        ["Der", "Verlust", "schaffe", "Probleme", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "obj", "punct"],
        ["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
        morphs=["", "Number=Sing", _PLURAL_PRESENT, "Number=Plur", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 2) == ["Sub"]


def test_present_e_form_after_a_fronted_phrase_without_subject_is_subjunctive(mnlp: Language) -> None:
    # The parse took the subject for an object; no "ich" can be the verb's subject.
    doc = _tagged(
        mnlp,
        ["Ohne", "Einigung", "drohe", "ein", "Stillstand", "."],
        [1, 2, 2, 4, 2, 2],
        ["case", "obl", "ROOT", "det", "obj", "punct"],
        ["ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        morphs=["", "Number=Sing", _PLURAL_PRESENT, "", "Number=Sing", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 2) == ["Sub"]


def test_present_e_form_with_ich_stays_indicative(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Dann", "schicke", "ich", "Post", "."],
        [1, 1, 1, 1, 1],
        ["advmod", "ROOT", "nsubj", "obj", "punct"],
        ["ADV", "VERB", "PRON", "NOUN", "PUNCT"],
        morphs=["", "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin", "", "", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Ind"]


def test_ich_beside_the_verb_outweighs_a_misparsed_subject(mnlp: Language) -> None:
    # "Folglich" parsed as the subject; "ich" right after the verb is the real one.
    doc = _tagged(
        mnlp,
        ["Folglich", "lehne", "ich", "es", "ab", "."],
        [1, 1, 1, 1, 1, 1],
        ["nsubj", "ROOT", "nsubj", "obj", "compound:prt", "punct"],
        ["ADV", "VERB", "PRON", "PRON", "ADP", "PUNCT"],
        morphs=["", "Case=Nom|Number=Sing", "", "", "", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Ind"]


def test_konjunktiv_ii_with_ich_stays_subjunctive(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Dann", "käme", "ich", "zu", "spät", "."],
        [1, 1, 1, 4, 1, 1],
        ["advmod", "ROOT", "nsubj", "advmod", "advmod", "punct"],
        ["ADV", "VERB", "PRON", "PART", "ADJ", "PUNCT"],
        morphs=["", "Mood=Sub|Number=Sing|Person=1|Tense=Past|VerbForm=Fin", "", "", "", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Sub"]


def test_last_verb_of_a_subordinate_cluster_gets_indicative(mnlp: Language) -> None:
    # "weil sie länger warten müssen": the model reads "müssen" as an infinitive.
    doc = _tagged(
        mnlp,
        ["weil", "sie", "länger", "warten", "müssen"],
        [3, 3, 3, 3, 3],
        ["mark", "nsubj", "advmod", "ROOT", "aux"],
        ["SCONJ", "PRON", "ADV", "VERB", "AUX"],
        morphs=["", "Number=Plur|Person=3", "", "VerbForm=Inf", "VerbForm=Inf"],
    )
    annotate_mood(doc)
    assert _mood(doc, 4) == ["Ind"]
    assert _mood(doc, 3) == []


def test_infinitive_under_a_modal_loses_indicative(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Er", "will", "morgen", "kommen", "."],
        [3, 3, 3, 3, 3],
        ["nsubj", "aux", "advmod", "ROOT", "punct"],
        ["PRON", "AUX", "ADV", "VERB", "PUNCT"],
        morphs=["Number=Sing", "Mood=Ind|VerbForm=Fin", "", "Mood=Ind|VerbForm=Fin", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Ind"]
    assert _mood(doc, 3) == []
    assert doc[3].morph.get("VerbForm", []) == []


def test_verbs_split_by_a_comma_keep_their_moods(mnlp: Language) -> None:
    # The parse hangs "hat" of a second clause on the first clause's verb.
    doc = _tagged(
        mnlp,
        ["Das", "Lokal", "ist", "sauber", ",", "hat", "Platz", "."],
        [1, 3, 3, 3, 5, 3, 5, 3],
        ["det", "nsubj", "cop", "ROOT", "punct", "aux", "obj", "punct"],
        ["DET", "NOUN", "AUX", "ADJ", "PUNCT", "AUX", "NOUN", "PUNCT"],
        morphs=["", "Number=Sing", "Mood=Ind|VerbForm=Fin", "", "", "Mood=Ind|VerbForm=Fin", "", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 2) == ["Ind"]
    assert _mood(doc, 5) == ["Ind"]


def test_zu_infinitive_loses_indicative(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Sie", "versucht", ",", "zu", "helfen", "."],
        [1, 1, 4, 4, 1, 1],
        ["nsubj", "ROOT", "punct", "mark", "xcomp", "punct"],
        ["PRON", "VERB", "PUNCT", "PART", "VERB", "PUNCT"],
        morphs=["Number=Sing", "Mood=Ind|VerbForm=Fin", "", "", "Mood=Ind|VerbForm=Fin", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Ind"]
    assert _mood(doc, 4) == []


def test_participle_sharing_an_auxiliary_loses_indicative(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Er", "wurde", "festgenommen", "und", "verurteilt", "."],
        [2, 2, 2, 4, 2, 2],
        ["nsubj:pass", "aux:pass", "ROOT", "cc", "conj", "punct"],
        ["PRON", "AUX", "VERB", "CCONJ", "VERB", "PUNCT"],
        morphs=["Number=Sing", "Mood=Ind|VerbForm=Fin", "VerbForm=Part", "", "Mood=Ind|VerbForm=Fin", ""],
        tags=["PPER", "VAFIN", "VVPP", "KON", "VVPP", "$."],
    )
    annotate_mood(doc)
    assert _mood(doc, 4) == []


def test_participle_at_the_end_of_a_main_clause_loses_indicative(mnlp: Language) -> None:
    # "Alles bestens organisiert.": two constituents before the verb, no conjunction.
    doc = _tagged(
        mnlp,
        ["Alles", "bestens", "organisiert", "."],
        [2, 2, 2, 2],
        ["nsubj", "advmod", "ROOT", "punct"],
        ["PRON", "ADV", "VERB", "PUNCT"],
        morphs=["Number=Sing", "", "Mood=Ind|VerbForm=Fin", ""],
        tags=["PIS", "ADV", "VVPP", "$."],
    )
    annotate_mood(doc)
    assert _mood(doc, 2) == []


def test_verb_at_the_end_of_a_relative_clause_gets_indicative(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Gäste", ",", "die", "heute", "kommen"],
        [0, 4, 4, 4, 0],
        ["ROOT", "punct", "nsubj", "advmod", "acl:relcl"],
        ["NOUN", "PUNCT", "PRON", "ADV", "VERB"],
        morphs=["Number=Plur", "", "Number=Plur|PronType=Rel", "", "VerbForm=Inf"],
    )
    annotate_mood(doc)
    assert _mood(doc, 4) == ["Ind"]


def test_en_form_with_singular_subject_gets_no_mood(mnlp: Language) -> None:
    # "Der Kanzler muss bald entscheiden" with "muss" hung on the wrong word: "entscheiden" with a
    # singular subject is the infinitive, not a finite verb.
    doc = _tagged(
        mnlp,
        ["Der", "Kanzler", "muss", "bald", "entscheiden", "."],
        [1, 4, 1, 4, 4, 4],
        ["det", "nsubj", "dep", "advmod", "ROOT", "punct"],
        ["DET", "NOUN", "AUX", "ADV", "VERB", "PUNCT"],
        morphs=["", "Number=Sing", "", "", "VerbForm=Inf", ""],
        tags=["ART", "NN", "VMFIN", "ADV", "VVINF", "$."],
    )
    annotate_mood(doc)
    assert _mood(doc, 4) == []


def test_model_subjunctive_on_a_non_finite_slot_is_kept(mnlp: Language) -> None:
    doc = _tagged(
        mnlp,
        ["Er", "will", "kommen", "."],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "punct"],
        ["PRON", "AUX", "VERB", "PUNCT"],
        morphs=["Number=Sing", "Mood=Ind|VerbForm=Fin", "Mood=Sub|VerbForm=Fin", ""],
    )
    annotate_mood(doc)
    assert is_subjunctive(doc[2])


def test_ambiguous_relative_pronoun_does_not_veto_a_plural_verb(mnlp: Language) -> None:
    # The model calls "die" singular; "die … kommen" is still the finite plural.
    doc = _tagged(
        mnlp,
        ["Gäste", ",", "die", "heute", "kommen"],
        [0, 4, 4, 4, 0],
        ["ROOT", "punct", "nsubj", "advmod", "acl:relcl"],
        ["NOUN", "PUNCT", "PRON", "ADV", "VERB"],
        morphs=["Number=Plur", "", "Number=Sing|PronType=Rel", "", "VerbForm=Inf"],
    )
    annotate_mood(doc)
    assert _mood(doc, 4) == ["Ind"]


def test_relative_pronoun_makes_a_clause_finite_whatever_its_relation(mnlp: Language) -> None:
    # "Brot, was nach Stroh schmeckte": "was" parsed as an object, the clause as a plain "acl".
    doc = _tagged(
        mnlp,
        ["Brot", ",", "was", "nach", "Stroh", "schmeckte"],
        [0, 5, 5, 4, 5, 0],
        ["ROOT", "punct", "obj", "case", "obl", "acl"],
        ["NOUN", "PUNCT", "PRON", "ADP", "NOUN", "VERB"],
        morphs=["Number=Sing", "", "PronType=Int,Rel", "", "", "VerbForm=Part"],
    )
    annotate_mood(doc)
    assert _mood(doc, 5) == ["Ind"]


def _conjuncts(nlp: Language, first_morph: str, subject_dep: str) -> Doc:
    # "wenn Freunde kommen und helfen"
    return _tagged(
        nlp,
        ["wenn", "Freunde", "kommen", "und", "helfen", "."],
        [2, 2, 2, 4, 2, 2],
        ["mark", subject_dep, "ROOT", "cc", "conj", "punct"],
        ["SCONJ", "NOUN", "VERB", "CCONJ", "VERB", "PUNCT"],
        morphs=["", "Number=Plur", first_morph, "", "VerbForm=Inf", ""],
    )


def test_conjunct_of_a_finite_verb_is_finite(mnlp: Language) -> None:
    doc = _conjuncts(mnlp, "Mood=Ind|VerbForm=Fin", "nsubj")
    annotate_mood(doc)
    assert _mood(doc, 4) == ["Ind"]


def test_conjunct_of_a_verb_without_mood_stays_without_mood(mnlp: Language) -> None:
    doc = _conjuncts(mnlp, "VerbForm=Inf", "obj")
    doc[0].dep_ = "advmod"
    annotate_mood(doc)
    assert _mood(doc, 4) == []


def test_verb_before_its_auxiliary_loses_indicative(mnlp: Language) -> None:
    # "Das Konto soll bald freigeschaltet sein" with "soll" lost by the parse: "sein" serves
    # "freigeschaltet", which is then no finite verb even though "sein" has no mood either.
    doc = _tagged(
        mnlp,
        ["bald", "freigeschaltet", "sein", "."],
        [1, 1, 1, 1],
        ["advmod", "ROOT", "aux:pass", "punct"],
        ["ADV", "VERB", "AUX", "PUNCT"],
        morphs=["", "Mood=Ind|VerbForm=Fin", "VerbForm=Inf", ""],
    )
    annotate_mood(doc)
    assert _mood(doc, 1) == []


def _shared_final_auxiliary(nlp: Language, first_tag: str) -> Doc:
    # "…, das gelesen und verstanden wird": "wird" hangs on the second participle only.
    return _tagged(
        nlp,
        ["das", "gelesen", "und", "verstanden", "wird", "."],
        [1, 1, 3, 1, 3, 1],
        ["nsubj:pass", "ROOT", "cc", "conj", "aux:pass", "punct"],
        ["PRON", "VERB", "CCONJ", "VERB", "AUX", "PUNCT"],
        morphs=["PronType=Rel", "Mood=Ind|VerbForm=Fin", "", "VerbForm=Part", "Mood=Ind|VerbForm=Fin", ""],
        tags=["PRELS", first_tag, "KON", "VVPP", "VAFIN", "$."],
    )


def test_participle_sharing_a_later_auxiliary_loses_indicative(mnlp: Language) -> None:
    doc = _shared_final_auxiliary(mnlp, "VVPP")
    annotate_mood(doc)
    assert _mood(doc, 1) == []
    assert _mood(doc, 4) == ["Ind"]


def test_verb_tagged_finite_before_a_later_auxiliary_keeps_its_mood(mnlp: Language) -> None:
    doc = _shared_final_auxiliary(mnlp, "VVFIN")
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Ind"]


def test_regular_present_spelling_gives_present_tense() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    assert regular_tense("reist", "reisen", mood_data()) == "Pres"
    assert regular_tense("arbeitet", "arbeiten", mood_data()) == "Pres"
    assert regular_tense("handelt", "handeln", mood_data()) == "Pres"


def test_weak_past_spelling_gives_past_tense() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    assert regular_tense("reiste", "reisen", mood_data()) == "Past"
    assert regular_tense("arbeiteten", "arbeiten", mood_data()) == "Past"


def test_strong_spellings_tell_tense_by_their_ending_or_not_at_all() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    assert regular_tense("fährt", "fahren", mood_data()) == "Pres"
    assert regular_tense("hielt", "halten", mood_data()) == "Past"
    assert regular_tense("verbot", "verbieten", mood_data()) == "Past"
    assert regular_tense("fuhr", "fahren", mood_data()) == "Past"
    assert regular_tense("freigeschalten", "freigeschalten", mood_data()) is None


def test_strong_past_shows_a_stem_the_infinitive_lacks() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    assert regular_tense("starben", "sterben", mood_data()) == "Past"
    assert regular_tense("kam", "ankommen", mood_data()) == "Past"
    assert regular_tense("gingen", "gehen", mood_data()) == "Past"


def test_separated_particle_verb_in_the_present_is_no_strong_past() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    # "Am Freitag kommen die Minister an": the lemma carries the particle, the verb does not.
    assert regular_tense("kommen", "ankommen", mood_data()) is None


def test_presents_without_t_are_no_strong_past() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    assert regular_tense("weiß", "wissen", mood_data()) is None
    assert regular_tense("sind", "sein", mood_data()) is None


def test_participle_read_as_finite_is_no_strong_past() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    assert regular_tense("angetreten", "antreten", mood_data()) is None


def test_imperative_gets_no_tense() -> None:
    from lagebild.language.mood import annotate_tense, mood_data

    doc = Doc(spacy.blank("de").vocab, words=["Sieh", "mal", "an"])
    doc[0].pos_, doc[0].lemma_ = "VERB", "sehen"
    doc[0].set_morph("Mood=Imp|Number=Sing|Person=2|VerbForm=Fin")
    annotate_tense(doc, mood_data())
    assert doc[0].morph.get("Tense") == []


def test_model_past_on_a_present_spelling_is_corrected() -> None:
    from lagebild.language.mood import annotate_tense, mood_data

    doc = Doc(spacy.blank("de").vocab, words=["Am", "Donnerstag", "reist", "er", "ab"])
    reist = doc[2]
    reist.pos_, reist.lemma_ = "VERB", "reisen"
    reist.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")
    annotate_tense(doc, mood_data())
    assert reist.morph.get("Tense") == ["Pres"]
    assert reist.morph.get("Mood") == ["Ind"]


def test_full_verb_tagged_as_an_auxiliary_gets_the_tense_its_spelling_shows() -> None:
    from lagebild.language.mood import annotate_tense, mood_data

    doc = Doc(spacy.blank("de").vocab, words=["Roth", "(", "CDU", ")", "reist", "am", "Mittwoch", "ab"])
    reist = doc[4]
    reist.pos_, reist.lemma_ = "AUX", "reisen"
    reist.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")
    annotate_tense(doc, mood_data())
    assert reist.morph.get("Tense") == ["Pres"]


def test_true_auxiliary_keeps_the_models_tense() -> None:
    from lagebild.language.mood import annotate_tense, mood_data

    doc = Doc(spacy.blank("de").vocab, words=["Er", "hat", "gesagt"])
    hat = doc[1]
    hat.pos_, hat.lemma_ = "AUX", "haben"
    hat.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")
    annotate_tense(doc, mood_data())
    assert hat.morph.get("Tense") == ["Past"]


def test_model_past_on_an_infinitive_spelling_stays() -> None:
    from lagebild.language.mood import mood_data, regular_tense

    # "lagen" with the word itself as lemma: the lemmatiser did not know it.
    assert regular_tense("lagen", "lagen", mood_data(), "Past") is None
    assert regular_tense("reisen", "reisen", mood_data()) == "Pres"


def _needs_tagger(nlp: Language) -> None:
    if "morphologizer" not in nlp.pipe_names:
        pytest.skip("the rule corrects the trained model's tags")


def test_e_form_the_model_calls_past_is_subjunctive_by_its_spelling(nlp: Language) -> None:
    # The model tags "kläre" Tense=Past; "kläre" of "klären" is the present stem plus -e.
    _needs_tagger(nlp)
    assert moods(nlp, "Er meinte, dass man offene Fragen kläre.")["kläre"] == ["Sub"]


def test_e_form_tagged_adjective_after_man_is_subjunctive(nlp: Language) -> None:
    _needs_tagger(nlp)
    assert moods(nlp, "Selenskyj sagte am Mittwoch in Kiew, man brauche mehr Flugabwehr.")["brauche"] == ["Sub"]


def test_e_form_tagged_adjective_after_a_noun_opening_its_clause_is_subjunctive(nlp: Language) -> None:
    _needs_tagger(nlp)
    text = "Peskow sagte der Agentur Interfax, Russland greife nur militärische Ziele an."
    assert moods(nlp, text)["greife"] == ["Sub"]


def test_e_form_after_the_subject_opening_a_sentence_is_subjunctive(nlp: Language) -> None:
    _needs_tagger(nlp)
    text = "Die Bundeswehr brauche dringend mehr Personal, sagte Pistorius."
    assert moods(nlp, text)["brauche"] == ["Sub"]


def test_adjective_after_man_before_its_noun_stays_an_adjective(nlp: Language) -> None:
    _needs_tagger(nlp)
    assert "offene" not in moods(nlp, "Er meinte, dass man offene Fragen kläre.")


def _with_second(doc: Doc, second: list[str], guessed: frozenset[int] = frozenset()) -> Doc:
    doc._.second_tags = SecondTags(tuple(second), guessed)
    return doc


def _unparsed_verb(nlp: Language, morph: str) -> Doc:
    # "Beamte misshandelten Gefangene" with the verb left out of every clause the parse found.
    return _tagged(
        nlp,
        ["Beamte", "misshandelten", "Gefangene", "."],
        [0, 0, 0, 0],
        ["ROOT", "dep", "dep", "punct"],
        ["NOUN", "VERB", "NOUN", "PUNCT"],
        morphs=["", morph, "", ""],
    )


def test_verb_the_second_tagger_is_sure_is_finite_gets_indicative(mnlp: Language) -> None:
    doc = _with_second(_unparsed_verb(mnlp, ""), ["NN", "VVFIN", "NN", "$."])
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Ind"]


def test_verb_the_second_tagger_only_guessed_gets_no_mood(mnlp: Language) -> None:
    doc = _with_second(_unparsed_verb(mnlp, ""), ["NN", "VVFIN", "NN", "$."], frozenset({1}))
    annotate_mood(doc)
    assert _mood(doc, 1) == []


def test_indicative_on_a_participle_to_the_second_tagger_goes(mnlp: Language) -> None:
    doc = _with_second(_unparsed_verb(mnlp, "Mood=Ind|VerbForm=Fin"), ["NN", "VVPP", "NN", "$."])
    annotate_mood(doc)
    assert _mood(doc, 1) == []


def test_subjunctive_stays_whatever_the_second_tagger_reads(mnlp: Language) -> None:
    doc = _with_second(_unparsed_verb(mnlp, "Mood=Sub|VerbForm=Fin"), ["NN", "VVPP", "NN", "$."])
    annotate_mood(doc)
    assert _mood(doc, 1) == ["Sub"]


def test_infinitive_to_the_second_tagger_loses_the_models_tense(mnlp: Language) -> None:
    doc = _with_second(_unparsed_verb(mnlp, "Mood=Ind|Tense=Past|VerbForm=Fin"), ["NN", "VVINF", "NN", "$."])
    annotate_mood(doc)
    assert doc[1].morph.get("Tense", []) == []


def test_homograph_after_a_name_opening_the_sentence_is_konjunktiv_i(nlp: Language) -> None:
    doc = nlp("Das Gespräch sei gut gewesen, teilte ein Sprecher mit. Xi habe Merz nach Peking eingeladen.")
    (habe,) = [t for t in doc if t.text == "habe"]
    assert habe.morph.get("Mood") == ["Sub"]


def test_verb_with_a_finite_tag_and_no_features_gets_the_tense_its_spelling_shows() -> None:
    from lagebild.language.mood import annotate_tense, mood_data

    doc = Doc(spacy.blank("de").vocab, words=["Al", "Thani", "reist", "am", "Dienstag", "weiter"])
    reist = doc[2]
    reist.pos_, reist.tag_, reist.lemma_ = "VERB", "VVFIN", "reisen"
    reist.set_morph("Number=Sing|Person=3|Tense=Past")
    annotate_tense(doc, mood_data())
    assert reist.morph.get("Tense") == ["Pres"]
