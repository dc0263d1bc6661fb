"""Corpus helpers of the training recipe (``training/convert.py``) on hand-made sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from training.convert import NERSentence, UDSentence, iob_to_spans, joint_train_docs, mention_pools, swap_mentions

SENTS = [
    NERSentence(["Lind", "sagte", "in", "Bonn", "etwas", "."], ["B-PER", "O", "O", "B-LOC", "O", "O"]),
    NERSentence(["Anna", "Berg", "kam", "aus", "Köln", "."], ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
    NERSentence(["Es", "kostet", "5", "Euro", "."], ["O", "O", "O", "B-MISC", "O"]),
]


def test_mention_pools_hold_every_name_once_per_type() -> None:
    pools = mention_pools([*SENTS, SENTS[0]])
    assert sorted(pools["PER"]) == [["Anna", "Berg"], ["Lind"]]
    assert sorted(pools["LOC"]) == [["Bonn"], ["Köln"]]


def test_swapped_copy_keeps_the_context_and_labels_the_new_name() -> None:
    pools = {"PER": [["Eva", "Maria", "Roth"]], "LOC": [["Genf"]]}
    [copy] = swap_mentions(SENTS[:1], pools, seed=1)
    assert copy.words == ["Eva", "Maria", "Roth", "sagte", "in", "Genf", "etwas", "."]
    assert iob_to_spans(copy.iob) == [(0, 3, "PER"), (5, 6, "LOC")]


def test_sentences_with_only_misc_names_are_not_copied() -> None:
    assert swap_mentions(SENTS[2:], mention_pools(SENTS), seed=1) == []


UD = UDSentence(
    sent_id="x",
    words=["Sie", "sei", "müde", "."],
    spaces=[True, True, False, False],
    lemmas=["sie", "sein", "müde", "."],
    pos=["PRON", "AUX", "ADJ", "PUNCT"],
    tags=["PPER", "VAFIN", "ADJD", "$."],
    morphs=["Case=Nom", "Mood=Sub|VerbForm=Fin", "Degree=Pos", ""],
    heads=[2, 2, 2, 2],
    deps=["nsubj", "cop", "ROOT", "punct"],
)


def test_joint_training_set_annotates_each_doc_for_its_own_components_only() -> None:
    docs = joint_train_docs(spacy.blank("de").vocab, [UD], SENTS, ud_weight=3)
    assert isinstance(docs[0], Doc)
    ud_docs = [d for d in docs if isinstance(d, Doc) and d.has_annotation("DEP")]
    ner_docs = [d for d in docs if isinstance(d, Doc) and d.has_annotation("ENT_IOB")]
    # Three copies of the one UD doc, one NER doc of up to four sentences; none carries both.
    assert len(ud_docs) == 3 and len(ner_docs) == 1 and len(docs) == 4
    assert not any(d.has_annotation("ENT_IOB") for d in ud_docs)
    assert not any(d.has_annotation("DEP") or d.has_annotation("TAG") for d in ner_docs)
    assert [t.morph.get("Mood") for t in ud_docs[0]][1] == ["Sub"]
    assert [(e.text, e.label_) for e in ner_docs[0].ents][:2] == [("Lind", "PER"), ("Bonn", "LOC")]
