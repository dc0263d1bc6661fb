"""Corpus helpers of the training recipe (``training/convert.py``) on hand-made sentences."""

from __future__ import annotations

from training.convert import NERSentence, iob_to_spans, mention_pools, swap_mentions

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
