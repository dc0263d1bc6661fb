"""A second opinion on each word's STTS tag, from the Hanover Tagger (HanTa), for the POS rules.

The shipped model learnt its tags from about 2,000 UD sentences; HanTa's hidden Markov model and
morphological lexicon were trained on a much larger newspaper treebank. Each is right where the
other slips: the model knows UD German's conventions (a weekday is PROPN, "das" as a subject is
PRON), HanTa knows far more words ("CDU", "Syrien" are names, "galt" is a finite verb). This
component only records HanTa's tag per token in ``doc._.second_tags``; the rules in
``lang/<lang>/pos.toml`` decide where it overrules the model (``lagebild/language/postag.py``).

A language whose data names no HanTa model (``second_tagger.model`` in ``pos.toml``) gets no
second tags, and the rules that ask for one do not apply.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from lagebild import lang as langdata
from lagebild.errors import LagebildError

# HanTa's analyses of words outside its lexicon are worth keeping: news repeats its names.
_MAX_GUESSES = 100_000
# Digits with the separators of numbers, dates and clock times ("2009", "4.000", "19:00").
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*\.?")
# HanTa splits an unknown word into morphemes in time that grows with the square of its length; no
# German compound comes near this, a run of letters from a broken scrape does.
_MAX_WORD_CHARS = 64


@dataclass(frozen=True, slots=True)
class SecondTags:
    """HanTa's STTS tag per token ("" for whitespace and untagged tokens); ``guessed`` holds the
    indices of words outside its lexicon for which it weighed more than one reading."""

    tags: tuple[str, ...]
    guessed: frozenset[int]

    def sure(self, i: int) -> bool:
        return bool(self.tags[i]) and i not in self.guessed


@dataclass(frozen=True, slots=True)
class SecondTaggerData:
    model: str
    tag_map: Mapping[str, str]
    stand_ins: Mapping[str, str] = field(default_factory=dict)
    respellings: tuple[tuple[str, str], ...] = ()
    number_stand_in: str = ""
    noun_stand_in: str = ""


@cache
def second_tagger_data(lang: str = "de") -> SecondTaggerData | None:
    section = langdata.load(lang, "pos").get("second_tagger")
    if not section or not section.get("model"):
        return None
    return SecondTaggerData(
        model=str(section["model"]),
        tag_map={str(k): str(v) for k, v in section.get("tag_map", {}).items()},
        stand_ins={str(k): str(v) for k, v in section.get("stand_ins", {}).items()},
        # The data loader adds a respelled copy of each pair; one that changes nothing is dropped.
        respellings=tuple((str(new), str(old)) for new, old in section.get("respellings", ()) if new != old),
        number_stand_in=str(section.get("number_stand_in", "")),
        noun_stand_in=str(section.get("noun_stand_in", "")),
    )


@cache
def _hanta(model: str) -> Any:
    try:
        from HanTa import HanoverTagger
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise LagebildError("E031", f"the second tagger needs the HanTa package: {exc}") from exc

    class _MemoTagger(HanoverTagger.HanoverTagger):  # type: ignore[misc]
        """HanTa caches its lexicon words only; this also keeps its analyses of other words."""

        def __init__(self, filename: str) -> None:
            super().__init__(filename)
            self._guesses: dict[str, Any] = {}
            self._readings: dict[tuple[str, bool], dict[int, float]] = {}

        def analyze_forward(self, word: str) -> Any:
            found = self._guesses.get(word)
            if found is None:
                found = _analyze_forward(self, word)
                if len(self._guesses) >= _MAX_GUESSES:
                    self._guesses.clear()
                self._guesses[word] = found
            return found

        def readings(self, word: str, casesensitive: bool) -> dict[int, float]:
            """The word's tags with log p(word | tag), as HanTa's Viterbi weighs them."""
            key = (word, casesensitive)
            found = self._readings.get(key)
            if found is None:
                found = dict(self._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True))
                if len(self._readings) >= _MAX_GUESSES:
                    self._readings.clear()
                self._readings[key] = found
            return found

        def tag_sent_viterbi(self, sent: Sequence[str], casesensitive: bool = True) -> list[int]:
            return _viterbi(self, sent, casesensitive)

    try:
        return _MemoTagger(model)
    except Exception as exc:  # HanTa raises a bare Exception for a missing model file
        raise LagebildError("E031", f"cannot load the HanTa model {model!r}: {exc}") from exc


def _forward_tables(tagger: Any) -> tuple[frozenset[str], dict[tuple[int, int], tuple[list[Any], list[Any]]]]:
    """Every morpheme HanTa's lexicon lists, and per state of its word model the tags that may follow
    (with their transition, morpheme lexicon and guess), all of them and those it may guess."""
    found = getattr(tagger, "_lagebild_forward", None)
    if found is not None:
        return found  # type: ignore[no-any-return]
    lexicon = tagger.LP_m_t
    guess: dict[int, tuple[float, Any, Mapping[str, float]]] = {}
    if not tagger.strict:
        for t in lexicon:
            if t in tagger.LP_hapax_t and t in tagger.LP_s_t:
                # Summed in HanTa's order, so that each guess is the same float as HanTa's.
                guess[t] = (tagger.Int_t + tagger.LP_hapax_t[t], tagger.LP_len_t[t], tagger.LP_s_t[t])
    morphs: set[str] = set()
    for entries in lexicon.values():
        morphs.update(entries)
    followers: dict[tuple[int, int], tuple[list[Any], list[Any]]] = {}
    for state, followup in tagger.LP_trans_nonfinal.items():
        full = [(t, lpt, lexicon[t], guess.get(t)) for t, lpt in followup]
        followers[state] = (full, [f for f in full if f[3] is not None])
    found = (frozenset(morphs), followers)
    tagger._lagebild_forward = found
    return found


def _analyze_forward(tagger: Any, word: str) -> list[tuple[int, float]]:
    """HanTa's analysis of a word outside its lexicon (``HanoverTagger.analyze_forward``: same
    scores, pruning, order and result), without weighing the segments that no path can use.

    HanTa tries every segment of the word as a morpheme of every tag that may follow each state. A
    segment that is no morpheme of its lexicon can only be a guessed morpheme of an open class, and a
    short one not even that; skipping the rest halves the time of the whole analysis, which was the
    largest cost of the second tagger on a fresh process.
    """
    from HanTa.HanoverTagger import EMPTY, START, UNKNOWN
    from numpy import logaddexp

    morphs, followers = _forward_tables(tagger)
    nothing: tuple[list[Any], list[Any]] = ([], [])
    floor = -1e6
    wlen = len(word)
    table: list[dict[tuple[int, int], float]] = [{(EMPTY, START): 0.0}] + [{} for _ in range(wlen + 1)]
    for i in range(wlen + 1):
        row = table[i]
        # HanTa goes on only from states within one of the fourth best.
        bound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else floor
        segments: list[tuple[Any, ...]] | None = None
        for state, lp in row.items():
            if lp < bound:
                continue
            full, guessable = followers.get(state, nothing)
            if not full:
                continue
            if segments is None:
                segments = []
                for j in range(i + 1, wlen + 1):
                    m = word[i:j]
                    mlen = j - i
                    known = m in morphs
                    may_guess = wlen < 4 or mlen > 2
                    if known or may_guess:
                        # HanTa weighs a guess by the longest of these endings its table lists.
                        s4 = m[-4:] if mlen > 4 else None
                        s3 = m[-3:] if mlen > 3 else None
                        s2 = m[-2:] if mlen > 2 else None
                        s1 = m[-1:] if mlen > 1 else None
                        segments.append((j, m, known, may_guess, s4, s3, s2, s1, min(mlen, 24), mlen == wlen))
            for j, m, known, may_guess, s4, s3, s2, s1, length, whole in segments:
                target = table[j]
                for tag, lpt, lexicon, guess in full if known else guessable:
                    lpm = lexicon.get(m) if known else None
                    if lpm is None:
                        if guess is None or not may_guess:
                            continue
                        base, lengths, suffix_lps = guess
                        if s4 is not None and s4 in suffix_lps:
                            lp_suffix = suffix_lps[s4]
                        elif s3 is not None and s3 in suffix_lps:
                            lp_suffix = suffix_lps[s3]
                        elif s2 is not None and s2 in suffix_lps:
                            lp_suffix = suffix_lps[s2]
                        elif s1 is not None and s1 in suffix_lps:
                            lp_suffix = suffix_lps[s1]
                        else:
                            lp_suffix = suffix_lps[""]
                        lpm = base + lengths[length] + lp_suffix
                        if whole:
                            # HanTa's penalty for reading the whole word as one unknown morpheme.
                            lpm -= 4.6
                    lp1 = lp + lpt + lpm
                    if lp1 > floor:
                        new = (state[1], tag)
                        old = target.get(new)
                        if old is None or lp1 > old:
                            target[new] = lp1
    last = table[-1]
    for state, lp in table[-2].items():
        for tag, lpt in tagger.LP_trans_final.get(state, ()):
            lp1 = lp + lpt
            if lp1 > floor:
                new = (state[1], tag)
                if new not in last or lp1 > last[new]:
                    last[new] = lp1
    results: dict[int, float] = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    ranked = sorted(results.items(), key=lambda item: item[1], reverse=True)
    return ranked or [(UNKNOWN, 0)]


def _viterbi(tagger: Any, sent: Sequence[str], casesensitive: bool) -> list[int]:
    """HanTa's sentence Viterbi (``HanoverTagger.tag_sent_viterbi``, same scores, pruning and
    result), but each state is extended only by the few tags the word can have instead of by every
    tag that may follow the state (about 56 in the German model), which was most of the time the
    whole pipeline spent in HanTa once its word analyses are memoised."""
    from HanTa.HanoverTagger import EMPTY, END, START, UNKNOWN

    floor = -1e6
    trans = tagger.LP_trans_word
    back: list[dict[tuple[int, int], tuple[int, int]]] = []
    prev: dict[tuple[int, int], float] = {(EMPTY, START): 0.0}
    for i, word in enumerate(sent):
        probs = tagger.readings(word, casesensitive and i > 0)
        if len(probs) == 1 and UNKNOWN in probs:
            probs = {}
        row: dict[tuple[int, int], float] = {}
        pointers: dict[tuple[int, int], tuple[int, int]] = {}
        # HanTa keeps the states within one of the sixth best.
        bound = sorted(prev.values(), reverse=True)[5] - 1 if len(prev) > 5 else floor
        for state, lp0 in prev.items():
            if lp0 < bound:
                continue
            follow = trans[state]
            # A word with no reading may take any tag, as in HanTa.
            options = ((c, 0.0) for c in follow) if not probs else probs.items()
            for c, lpwc in options:
                if c == END:
                    continue
                lp_tc = follow.get(c)
                if lp_tc is None:
                    continue
                lp = lp0 + lp_tc + lpwc
                if lp > floor:
                    new = (state[1], c)
                    if new not in row or lp > row[new]:
                        row[new] = lp
                        pointers[new] = state
        back.append(pointers)
        prev = row
    best = -math.inf
    state = (END, EMPTY)
    for candidate, lp0 in prev.items():
        lp = lp0 + trans[candidate].get(END, -math.inf)
        if lp > best:
            best, state = lp, candidate
    tags: list[int] = []
    for pointers in reversed(back):
        tags.append(state[1])
        state = pointers[state]
    return tags[::-1]


def _stts(raw: str, tag_map: Mapping[str, str]) -> str:
    # HanTa writes the STTS subclass in brackets ("VV(FIN)", "ADJ(A)").
    tag = raw.replace("(", "").replace(")", "")
    return tag_map.get(tag, tag)


def _stand_in(word: str, first: bool, tagger: Any, data: SecondTaggerData) -> tuple[str, bool, bool]:
    """The word to give HanTa for ``word``, whether its tag is worth keeping, and whether HanTa will
    have to analyse it (it is in none of its lexicon's forms).

    HanTa analyses each word outside its lexicon morpheme by morpheme, which costs far more than
    the rest of the pipeline per word. Its lexicon predates the 1996 spelling reform ("muß") and
    modern quotation marks, so such words are looked up in its spelling; a number stands for any
    number; a capitalised word inside the sentence is a noun or a name, whose class the model
    tells apart better than HanTa's guess, so a known noun holds its place and its tag is dropped.
    """
    if tagger.normalize(word) in tagger.cache:
        return word, True, False
    mapped = data.stand_ins.get(word)
    if mapped is not None:
        return mapped, True, False
    for new, old in data.respellings:
        at = word.rfind(new)
        if at >= 0:
            variant = word[:at] + old + word[at + len(new) :]
            if tagger.normalize(variant) in tagger.cache:
                return variant, True, False
    if data.number_stand_in and _NUMBER.fullmatch(word):
        return data.number_stand_in, True, False
    if data.noun_stand_in and not first and word[:1].isupper():
        return data.noun_stand_in, False, False
    return word, True, True


def tag_words(words: Sequence[str], lang: str = "de") -> tuple[list[str], set[int]]:
    """HanTa's STTS tags for one sentence of words ("" where it gives none worth keeping), and the
    positions of its unsure guesses (words outside its lexicon with more than one reading)."""
    data = second_tagger_data(lang)
    if data is None or not words:
        return [""] * len(words), set()
    tagger = _hanta(data.model)
    given: list[str] = []
    kept: list[bool] = []
    guessed: set[int] = set()
    for i, word in enumerate(words):
        stand_in, keep, unknown = _stand_in(word, i == 0, tagger, data)
        given.append(stand_in)
        kept.append(keep)
        # Its analysis is kept by _MemoTagger, so asking for the readings again costs little.
        if unknown and len(tagger.tag_word(word)) > 1:
            guessed.add(i)
    raw = tagger.tag_sent(given, taglevel=0)
    return [_stts(t, data.tag_map) if keep else "" for t, keep in zip(raw, kept, strict=True)], guessed


def lexicon_tags(word: str, lang: str = "de") -> frozenset[str]:
    """The STTS tags HanTa's lexicon lists for ``word`` ("Saison" -> {"NN"}), without analysing
    words it does not list (empty for them, and where the language has no second tagger)."""
    data = second_tagger_data(lang)
    if data is None:
        return frozenset()
    tagger = _hanta(data.model)
    readings = tagger.cache.get(tagger.normalize(word), ())
    return frozenset(_stts(tagger.int2tag[tag], data.tag_map) for tag, _ in readings)


def second_tags_of(doc: Doc) -> SecondTags | None:
    """The second tagger's tags of ``doc``, or None where it did not run or the doc was
    retokenised since (tags of other tokens say nothing about these)."""
    second: SecondTags | None = doc._.second_tags
    if second is None or len(second.tags) != len(doc):
        return None
    return second


def annotate_second_tags(doc: Doc, lang: str = "de") -> Doc:
    if second_tagger_data(lang) is None or not len(doc):
        return doc
    tags = [""] * len(doc)
    guessed: set[int] = set()
    sentences = doc.sents if doc.has_annotation("SENT_START") else (doc[:],)
    for sent in sentences:
        # Whitespace tokens (line breaks) are no words to HanTa's model.
        idx = [t.i for t in sent if not t.is_space and len(t.text) <= _MAX_WORD_CHARS]
        words = [doc[i].text for i in idx]
        sent_tags, sent_guessed = tag_words(words, lang)
        for j, i in enumerate(idx):
            tags[i] = sent_tags[j]
        guessed.update(idx[j] for j in sent_guessed)
    doc._.second_tags = SecondTags(tuple(tags), frozenset(guessed))
    return doc


@Language.factory("lagebild_second_tagger_v1", default_config={"lang": "de"})
def make_second_tagger(nlp: Language, name: str, lang: str) -> SecondTagger:
    return SecondTagger(lang)


class SecondTagger:
    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        data = second_tagger_data(lang)
        if data is not None:
            _hanta(data.model)

    def __call__(self, doc: Doc) -> Doc:
        return annotate_second_tags(doc, self.lang)
