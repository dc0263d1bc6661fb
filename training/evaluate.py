"""Scores on held-out data, shared by ``training/build.py`` and ``benchmarks/bench_language.py``.

All functions take a spaCy ``Language`` and gold records from ``training.convert``; the texts are
built from the gold tokens so that scores measure the model, not tokenisation differences (sentence
boundaries are the exception: they are scored on raw joined text, see ``sentence_f1``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from training.convert import NERSentence, UDSentence


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)


def _gold_doc(nlp: Language, words: Sequence[str], spaces: Sequence[bool] | None = None) -> Doc:
    return Doc(nlp.vocab, words=list(words), spaces=list(spaces) if spaces else None)


SpanFn = Callable[[Doc], Iterable[tuple[int, int, str]]]


def doc_ents(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def pipe_sentences(nlp: Language, sentences: Sequence[NERSentence], batch_size: int = 256) -> Iterator[Doc]:
    """The corpus sentences through ``nlp``, on the corpus tokens; with ``docs=`` of
    :func:`ner_scores` one run of a pipeline serves several ways of reading its output."""
    return nlp.pipe((_gold_doc(nlp, s.words) for s in sentences), batch_size=batch_size)


def ner_pipes(nlp: Language) -> list[str]:
    """The components NER needs alone: itself and, in the joint pipeline, the tok2vec it listens to."""
    return [name for name in nlp.pipe_names if name in ("tok2vec", "ner")]


def ner_scores(
    nlp: Language,
    sentences: Sequence[NERSentence],
    *,
    spans: SpanFn = doc_ents,
    labels: Sequence[str] = ("PER", "LOC", "ORG", "MISC"),
    batch_size: int = 256,
    docs: Sequence[Doc] | None = None,
) -> dict[str, PRF]:
    """Exact outer-span P/R/F, micro over ``labels`` ("ALL") and per label; ``docs``: the
    sentences already processed (``pipe_sentences``), else ``nlp`` runs here.

    Predictions with a label the gold set does not annotate (MISC on corpora without it) are not
    counted as errors: the gold cannot say whether they are right.
    """
    wanted = set(labels)
    result: dict[str, PRF] = {"ALL": PRF(), **{label: PRF() for label in labels}}
    processed = docs if docs is not None else pipe_sentences(nlp, sentences, batch_size)
    for sent, doc in zip(sentences, processed, strict=True):
        gold = {g for g in sent.spans() if g[2] in wanted}
        pred = {p for p in spans(doc) if p[2] in wanted}
        result["ALL"].add(gold, pred)
        for label in labels:
            result[label].add({g for g in gold if g[2] == label}, {p for p in pred if p[2] == label})
    return result


@dataclass
class UDScores:
    tokens: int
    pos_acc: float
    tag_acc: float
    morph_acc: float
    lemma_acc: float
    uas: float
    las: float
    mood: PRF
    mood_sub: PRF
    tense: PRF


def _feat(morph: str, key: str) -> str | None:
    for item in morph.split("|"):
        k, _, v = item.partition("=")
        if k == key:
            return v
    return None


def ud_scores(nlp: Language, sentences: Sequence[UDSentence], batch_size: int = 128) -> UDScores:
    """Token-level scores; Mood F1 is micro over (token, Mood value) pairs, so a missing Mood, a
    spurious Mood and a wrong value all count."""
    n = pos = tag = tag_n = morph = lemma = uas = las = 0
    mood, mood_sub, tense = PRF(), PRF(), PRF()
    docs = (_gold_doc(nlp, s.words, s.spaces) for s in sentences)
    for sent, doc in zip(sentences, nlp.pipe(docs, batch_size=batch_size), strict=True):
        gold_mood: set[object] = set()
        pred_mood: set[object] = set()
        gold_sub: set[object] = set()
        pred_sub: set[object] = set()
        gold_tense: set[object] = set()
        pred_tense: set[object] = set()
        for i, tok in enumerate(doc):
            n += 1
            pos += tok.pos_ == sent.pos[i]
            if sent.tags is not None:
                tag_n += 1
                tag += tok.tag_ == sent.tags[i]
            morph += str(tok.morph) == sent.morphs[i]
            lemma += tok.lemma_ == sent.lemmas[i]
            head_ok = tok.head.i == sent.heads[i]
            uas += head_ok
            las += head_ok and tok.dep_.lower() == sent.deps[i].lower()
            for key, gold_set, pred_set in (("Mood", gold_mood, pred_mood), ("Tense", gold_tense, pred_tense)):
                g = _feat(sent.morphs[i], key)
                p = _feat(str(tok.morph), key)
                if g:
                    gold_set.add((i, g))
                if p:
                    pred_set.add((i, p))
            if _feat(sent.morphs[i], "Mood") == "Sub":
                gold_sub.add(i)
            if _feat(str(tok.morph), "Mood") == "Sub":
                pred_sub.add(i)
        mood.add(gold_mood, pred_mood)
        mood_sub.add(gold_sub, pred_sub)
        tense.add(gold_tense, pred_tense)
    return UDScores(
        tokens=n,
        pos_acc=pos / n if n else 0.0,
        tag_acc=tag / tag_n if tag_n else 0.0,
        morph_acc=morph / n if n else 0.0,
        lemma_acc=lemma / n if n else 0.0,
        uas=uas / n if n else 0.0,
        las=las / n if n else 0.0,
        mood=mood,
        mood_sub=mood_sub,
        tense=tense,
    )


def joined_text(sentences: Sequence[UDSentence], per_paragraph: int = 8) -> tuple[str, list[int]]:
    """Sentences joined by single spaces into paragraphs (blank line between paragraphs) and the
    gold character offsets of every sentence start."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, sent in enumerate(sentences):
        text = "".join(w + (" " if sp else "") for w, sp in zip(sent.words, sent.spaces, strict=True)).strip()
        if i:
            sep = "\n\n" if i % per_paragraph == 0 else " "
            parts.append(sep)
            pos += len(sep)
        starts.append(pos)
        parts.append(text)
        pos += len(text)
    return "".join(parts), starts


def sentence_f1(nlp: Language, sentences: Sequence[UDSentence]) -> PRF:
    """Sentence-start F1 of the full pipeline on raw text (no gold tokens), first sentence excluded."""
    text, gold_starts = joined_text(sentences)
    doc = nlp(text)
    pred: set[int] = set()
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is not None:
            pred.add(first.idx)
    prf = PRF()
    prf.add(set(gold_starts[1:]), pred - {0})
    return prf


def label_counts(sentences: Iterable[NERSentence]) -> Counter[str]:
    return Counter(label for s in sentences for *_, label in s.spans())
