"""Temporal tagger and normaliser: finds time expressions and resolves them to TIMEX3 values.

Candidates come from the language's time grammar (``lang/<code>/time.toml``, compiled by
``timex_grammar``); each rule names a generic resolver here, which computes the value against the
publication date (``doc._.published``, read in its own time zone) and the discourse:

- the clause's direction (past tense, Perfekt, "bereits" look back; Futur, "soll", "will" look
  forward) decides which Tuesday or which December is meant; from token morphology when the trained
  pipeline set it, else from the word lists of the grammar;
- clock times, parts of the day and "am Tag zuvor" take the date last mentioned (``anchor`` then
  holds ``start:end`` of that expression);
- without a publication date, relative expressions keep X placeholders (``XXXX-XX-XX``,
  ``XXXX-WXX-2``) instead of a guessed date.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.extractors import timex_calendar as cal
from lagebild.extractors.timex_grammar import Candidate, Grammar, grammar
from lagebild.language.doctext import text_of
from lagebild.language.extensions import register_extensions
from lagebild.records import Timex, TimexType

_WORD = re.compile(r"[^\W\d_]+")
# Without a Doc's sentences: a period after a one- or two-digit number is an ordinal ("am 3. März"),
# not a sentence end; one after a year still is.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[\"„“»«‚A-ZÄÖÜ0-9])|\n+")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# Opening quotation marks and the mark that closes each ("„…“", "«…»", "»…«", straight).
_QUOTE_CLOSERS = {"„": "“", "«": "»", "»": "«", '"': '"'}
_YEAR_VALUE = re.compile(r"^(\d{4})(?!\d)")
# How many sentences a mentioned date carries to a later clock time or part of the day.
_ANCHOR_SENTENCES = 2
# Words before a clock time searched for "jeweils", "wochentags"; characters between listed days.
_HABITUAL_WINDOW = 6
_LIST_GAP = 16
_ANCHORED_KINDS = frozenset(
    {"clock", "daypart", "anaphoric_day", "anaphoric_shift", "anaphoric_week", "publication_day"}
)
# Resolved: (type, value, mod, anchor expression or None).
Resolved = tuple[TimexType, str, str | None, "Timex | None"]


@dataclass(slots=True)
class _Cue:
    pos: int
    direction: int


@dataclass
class _Context:
    """What the resolvers know about one document while walking through it."""

    text: str
    g: Grammar
    ref: date | None
    sentences: list[tuple[int, int]]
    cues: list[_Cue]
    participles: list[int]
    perfect_aux: list[int]
    # Finite present-tense verbs, when the trained model tells them (None: not known).
    presents: list[int] | None = None
    # (start, end, year) of each expression naming a year relative to publication ("heuer").
    year_refs: list[tuple[int, int, int]] = field(default_factory=list)
    # The expression that carries the date last mentioned (for clock times, "dann", "am Tag zuvor").
    anchor: Timex | None = None
    anchor_date: date | None = None
    # The anchor closes a list or range of days ("am 3. und 4. Mai"): a clock time after it is
    # the time on each of them, no one day's.
    anchor_listed: bool = False
    # (position, year) of each expression so far whose value names a year.
    years: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [start for start, _ in self.sentences]

    # -- the clause around an expression -----------------------------------------------------
    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, pos) - 1
        if 0 <= i < len(self.sentences) and pos < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.text)

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        s_start, s_end = self.sentence_of(start)
        breaks = self.g.tense.get("clause_breaks", "")
        left = start
        while left > s_start and self.text[left - 1] not in breaks:
            left -= 1
        right = end
        while right < s_end and self.text[right] not in breaks:
            right += 1
        return left, right

    def direction(self, cand: Candidate, present: int = 0) -> int:
        """-1 when the clause points back, +1 forward, 0 when it does not say.

        A clause without a cue of its own but with a finite present-tense verb says ``present``
        (a weekday passes +1: news reports schedules in the present tense); the rest of the
        sentence is asked only when the clause has no finite verb the model could tell.
        """
        # The preposition nearest the expression: in "Spätestens seit Oktober" it is "seit".
        x_start = cand.match.start("x") if "x" in cand.match.re.groupindex else cand.match.start()
        prep = self._preposition_direction(x_start)
        if prep:
            return prep
        clause = self.clause_of(cand.start, cand.end)
        found = self._nearest_cue(*clause, cand.start, cand.end)
        if found:
            return found
        if self.present_in_clause(cand.start, cand.end):
            return present
        # Inside quotation marks the speaker's own time counts, not the narration's ("„Luftabwehr
        # jetzt, nicht erst im Herbst“, sagte er").
        lo, hi = self.quotation_of(cand.start) or self.sentence_of(cand.start)
        return self._nearest_cue(lo, hi, cand.start, cand.end, present)

    def quotation_of(self, pos: int) -> tuple[int, int] | None:
        """The stretch inside the quotation marks around ``pos`` in its sentence, if any."""
        s_start, s_end = self.sentence_of(pos)
        opened: tuple[str, int] | None = None
        for k in range(s_start, s_end):
            ch = self.text[k]
            if opened is not None and ch == _QUOTE_CLOSERS[opened[0]]:
                if opened[1] <= pos < k:
                    return opened[1] + 1, k
                opened = None
            elif opened is None and ch in _QUOTE_CLOSERS:
                opened = (ch, k)
        return None

    def past_in_clause(self, cand: Candidate) -> bool:
        """The expression's own clause is in a past tense: then a date after publication is
        impossible, however near the calendar puts it ("Im Jänner war es kalt" in December)."""
        lo, hi = self.clause_of(cand.start, cand.end)
        return self._nearest_cue(lo, hi, cand.start, cand.end) < 0

    def _preposition_direction(self, pos: int) -> int:
        cls = self.g.classes.get("dir_prep")
        if cls is None:
            return 0
        before = self.text[max(0, pos - 24) : pos]
        m = _trailing(cls.regex()).search(before)
        if m:
            return int(cls.value(m.group(1)))
        since = self.g.tense.get("since_words", ())
        phrase = _SINCE_PHRASE.search(self.text[max(0, pos - 60) : pos]) if since else None
        words = phrase.group(1).split() if phrase is not None else []
        for k in range(max(0, len(words) - 4), len(words) - 2):
            # "seit ihrem Amtsantritt im", "seit der Wahl am": the article opens the phrase.
            if words[k].lower() in since and words[k + 1][:1].islower():
                return -1
        return 0

    def _nearest_cue(self, lo: int, hi: int, start: int, end: int, present: int | None = None) -> int:
        """The direction of the cue nearest to ``start:end`` within ``lo:hi``; with ``present``
        given, a finite present-tense verb nearer than any cue says ``present``."""
        best: tuple[int, int] | None = None
        focus = self._focus_particle_before(start)
        perfect = any(lo <= p < hi for p in self.perfect_aux)
        points = [(c.pos, c.direction) for c in self.cues if lo <= c.pos < hi]
        if perfect:
            points += [(p, -1) for p in self.participles if lo <= p < hi]
        if present is not None and self.presents:
            # An auxiliary of a Perfekt found here is no present tense.
            perfect_here = perfect and any(lo <= p < hi for p in self.participles)
            aux = set(self.perfect_aux) if perfect_here else set()
            points += [(p, present) for p in self.presents if lo <= p < hi and p not in aux]
        for pos, direction in points:
            if start <= pos < end or pos == focus:
                continue
            distance = start - pos if pos < start else pos - end
            if best is None or distance < best[0]:
                best = (distance, direction)
        return best[1] if best else 0

    def _focus_particle_before(self, start: int) -> int:
        """Position of a focus particle right before ``start`` (skipping a preposition and an
        article: "bereits in der Nacht zu Donnerstag"), or -1."""
        words = list(_WORD.finditer(self.text, max(0, start - 30), start))
        particles = set(self.g.tense.get("focus_particles", ()))
        for m in reversed(words[-3:]):
            if m.group().lower() in particles:
                return m.start()
        return -1

    def present_in_clause(self, start: int, end: int) -> bool:
        """A finite present-tense verb in the clause of ``start:end`` (model analyses only)."""
        if not self.presents:
            return False
        lo, hi = self.clause_of(start, end)
        return any(lo <= p < hi and not start <= p < end for p in self.presents)

    def clause_year(self, start: int, end: int) -> int | None:
        """The year of a relative year word in the same clause ("heuer im Jänner", "im Jänner
        des Vorjahres" written apart): it fixes which January is meant, whatever the tense."""
        if not self.year_refs:
            return None
        lo, hi = self.clause_of(start, end)
        found = [(min(abs(s - end), abs(start - e)), y) for s, e, y in self.year_refs if lo <= s and e <= hi]
        return min(found)[1] if found else None

    def explicit_year_near(self, pos: int, sentences_back: int = 0) -> int | None:
        """A year written earlier in the same sentence (or so many sentences before, within the
        paragraph), when it lies well away from the publication year: then the text narrates
        that year ("im März 1992 ..., im April")."""
        index = self.sentence_index(pos) - sentences_back
        s_start = self.sentences[index][0] if 0 <= index < len(self.sentences) else self.sentence_of(pos)[0]
        if "\n" in self.text[s_start:pos]:
            s_start, _ = self.sentence_of(pos)
        found = [y for p, y in self.years if s_start <= p < pos]
        if not found:
            return None
        if self.ref is not None and abs(found[-1] - self.ref.year) < 2:
            return None
        return found[-1]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self.sentence_starts, pos) - 1)

    def anchor_for(self, pos: int, carried: bool, anywhere: bool = False) -> tuple[date | None, Timex | None]:
        """The date last mentioned in this paragraph, else the publication date.

        In its own sentence the anchor always holds. Up to two sentences on it holds when
        ``carried`` (a part of the day: "am Nachmittag" continues a story) or when a continuation
        word lies between ("dann"); a listing of events each "um 20 Uhr" stays on the paper's day.
        """
        if self.anchor is None or self.anchor_date is None:
            return self.ref, None
        if anywhere:
            return self.anchor_date, self.anchor
        between = self.text[self.anchor.end : pos]
        if "\n" in between:
            return self.ref, None
        index = self.sentence_index(pos)
        gap = index - self.sentence_index(self.anchor.start)
        if gap == 0:
            return self.anchor_date, self.anchor
        if gap <= _ANCHOR_SENTENCES and (carried or self._continues(between) or self._starts_on(index)):
            return self.anchor_date, self.anchor
        return self.ref, None

    def _starts_on(self, index: int) -> bool:
        """The sentence begins with a word that goes on about the one before ("Es", "Dort")."""
        if not 0 <= index < len(self.sentences):
            return False
        start, end = self.sentences[index]
        first = _WORD.search(self.text, start, end)
        if first is None:
            return False
        return first.group().lower() in set(self.g.tense.get("continuation_starts", ()))

    def _continues(self, stretch: str) -> bool:
        words = set(self.g.tense.get("continuation", ()))
        return any(w.lower() in words for w in _WORD.findall(stretch))


def _trailing(class_regex: str) -> re.Pattern[str]:
    return _trailing_cache.setdefault(class_regex, re.compile(f"({class_regex})\\s+$"))


_trailing_cache: dict[str, re.Pattern[str]] = {}
# A preposition, up to three words of its noun phrase, and the preposition of the time expression
# that dates it ("seit ihrem Amtsantritt im März").
_SINCE_PHRASE = re.compile(r"((?:[\w-]+\s+){2,4})(?:im|am|vom|in)\s+$")


def _governing_verb(tok: Token) -> Token | None:
    """The verb above ``tok`` in the parse; a parser may hang an infinitive from a noun of its
    own clause ("… mit Arbeitsministerin Bas zu beraten")."""
    head = tok.head
    for _ in range(_MAX_HEAD_STEPS):
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        tok, head = head, head.head
    return None


def _full_lemma(verb: Token) -> str:
    """The lemma with its separated particle: "kündigte … an" -> "ankündigen"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")), "")
    return particle + verb.lemma_


def _zu_infinitive(tok: Token, marker: str) -> bool:
    """ "zu beraten", "abzuschließen": an infinitive with its marker before it or inside it."""
    if not marker:
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    inner = tok.lower_.find(marker, 1)
    return before == marker or (inner > 0 and tok.lower_.endswith("en") and len(tok.lower_) > inner + len(marker) + 3)


# How far up the parse the verb governing an infinitive is looked for.
_MAX_HEAD_STEPS = 6


def _closes_clause(tok: Token) -> bool:
    """Whether a word stands last in its clause: punctuation or the end of the Doc after it."""
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].is_punct or tok.doc[nxt].is_space


# -- cues of tense and mood --------------------------------------------------------------------
@dataclass(frozen=True)
class _TenseLexicon:
    """The tense word lists of a grammar, as sets and compiled expressions."""

    past: frozenset[str]
    future: frozenset[str]
    aux: frozenset[str]
    not_participles: frozenset[str]
    not_weak: frozenset[str]
    determiners: frozenset[str]
    participle: re.Pattern[str]
    fused_past: re.Pattern[str]
    weak: re.Pattern[str]
    present: re.Pattern[str]
    not_present: frozenset[str]
    present_max_position: int
    # What each lowercase word can be, from the word alone (``_PAST`` ...): news repeats its
    # words, and the lists and expressions are asked once per distinct word.
    _kinds: dict[str, int] = field(default_factory=dict, compare=False)

    def kinds(self, low: str) -> int:
        kinds = self._kinds.get(low)
        if kinds is None:
            kinds = (
                (_PAST if low in self.past or self.fused_past.match(low) else 0)
                | (_FUTURE if low in self.future else 0)
                | (_WEAK if low not in self.not_weak and self.weak.match(low) else 0)
                | (_AUX if low in self.aux else 0)
                | (_PARTICIPLE if low not in self.not_participles and self.participle.match(low) else 0)
            )
            if len(self._kinds) >= _MAX_KNOWN_WORDS:
                self._kinds.clear()
            self._kinds[low] = kinds
        return kinds


_PAST, _FUTURE, _WEAK, _AUX, _PARTICIPLE = 1, 2, 4, 8, 16
_MAX_KNOWN_WORDS = 200_000


@cache
def _tense_lexicon(lang: str) -> _TenseLexicon:
    t = grammar(lang).tense
    past = frozenset(t.get("past_words", ()))
    prefixes = "|".join(sorted(map(re.escape, t.get("separable_prefixes", ())), key=len, reverse=True))
    strong = "|".join(sorted((re.escape(w) for w in past if len(w) >= 3), key=len, reverse=True))
    return _TenseLexicon(
        past=past,
        future=frozenset(t.get("future_words", ())),
        aux=frozenset(t.get("perfect_aux", ())),
        not_participles=frozenset(t.get("not_participles", ())),
        not_weak=frozenset(t.get("not_weak_past", ())),
        determiners=frozenset(t.get("determiners", ())),
        participle=re.compile(t.get("participle", "(?!)")),
        fused_past=re.compile(f"^(?:{prefixes})(?:{strong})$" if prefixes and strong else "(?!)"),
        weak=re.compile(t.get("weak_past", "(?!)")),
        present=re.compile(t.get("present_verb", "(?!)")),
        not_present=frozenset(t.get("not_present", ())),
        present_max_position=int(t.get("present_max_position", 0)),
    )


def _auxiliary_in_sentence(tok: Token, aux_positions: list[int], has_sentences: bool) -> bool:
    """Whether the sentence of ``tok`` holds an auxiliary (by character offset) other than it."""
    if not has_sentences:
        return any(p != tok.idx for p in aux_positions)
    if not aux_positions:
        return False
    sent = tok.sent
    return any(sent.start_char <= p < sent.end_char and p != tok.idx for p in aux_positions)


def _lexical_presents(text: str, g: Grammar, cues: list[_Cue], participles: list[int]) -> list[int]:
    """Finite present-tense verbs by shape and place, for a Doc without a model: a lowercase word
    of the present shape among the first words of its clause, that is no other cue."""
    lex = _tense_lexicon(g.lang)
    taken = {c.pos for c in cues} | set(participles)
    breaks = set(g.tense.get("clause_breaks", "")) | set(".!?\n")
    found: list[int] = []
    position = 0
    last_end = 0
    for m in _WORD.finditer(text):
        if any(ch in breaks for ch in text[last_end : m.start()]):
            position = 0
        word = m.group()
        if (
            1 <= position <= lex.present_max_position
            and word.islower()
            and m.start() not in taken
            and word not in lex.not_present
            and word not in lex.aux
            and lex.present.match(word)
            and not lex.participle.match(word)
        ):
            found.append(m.start())
        position += 1
        last_end = m.end()
    return found


def _lexical_cues(text: str, g: Grammar) -> tuple[list[_Cue], list[int], list[int]]:
    lex = _tense_lexicon(g.lang)
    determiners = lex.determiners
    cues: list[_Cue] = []
    participles: list[int] = []
    auxes: list[int] = []
    previous = ""
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        word = m.group()
        low = word.lower()
        kinds = lex.kinds(low)
        if kinds:
            # A capitalised form is a noun ("die Boten", "das Verbot") unless it opens a sentence.
            verb_shape = kinds & (_PAST | _FUTURE) and (word == low or _opens_sentence(text, m.start()))
            if verb_shape and kinds & _PAST:
                cues.append(_Cue(m.start(), -1))
            elif verb_shape and kinds & _FUTURE:
                cues.append(_Cue(m.start(), 1))
            elif (
                word == low
                and kinds & _WEAK
                and previous not in determiners
                and not _adjective_before_noun(low, words[i + 1].group() if i + 1 < len(words) else "")
            ):
                cues.append(_Cue(m.start(), -1))
            if kinds & _AUX:
                auxes.append(m.start())
            elif word == low and kinds & _PARTICIPLE:
                participles.append(m.start())
        previous = low
    return cues, participles, auxes


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"„“»«‚‘'")
    return not before or before[-1] in ".!?:\n"


def _adjective_before_noun(low: str, following: str) -> bool:
    """An -en form right before a capitalised word is an adjective ("von regelrechten
    Blechlawinen"); a verb in -te may stand before a name ("sagte Kallas")."""
    return low.endswith("en") and following[:1].isupper()


Cues = tuple[list[_Cue], list[int], list[int], list[int] | None]


def _morph_cues(doc: Doc, g: Grammar, text: str | None = None) -> Cues | None:
    """Cues from the trained pipeline's POS, lemma and morphology; particles from the lexicon.

    A finite past form never equals its lemma (no infinitive is a preterite), so Tense=Past on a
    word the lemmatizer left unchanged ("reist" -> "reist") is an analysis the model itself did not
    understand: there the lexicon decides. A finite verb without VerbForm but with Mood (the
    morphologizer leaves it off some auxiliaries: "wird") is finite all the same.

    None when the Doc carries no verb analysis at all (the blank pipeline): then the lexicon alone.
    ``text`` is the Doc's text when the caller has it.
    """
    # Only verbs are looked at one by one: a Token object for every word costs more than the rest.
    pos = doc.to_array("POS")
    strings = doc.vocab.strings
    verb_ids = [int(i) for i in numpy.flatnonzero((pos == strings["VERB"]) | (pos == strings["AUX"]))]
    verbs = [doc[i] for i in verb_ids]
    if not any(tok.has_morph() for tok in verbs):
        return None
    t = g.tense
    future_lemmas = set(t.get("future_lemmas", ()))
    intention_lemmas = set(t.get("intention_lemmas", ()))
    has_sentences = doc.has_annotation("SENT_START")
    marker = str(t.get("infinitive_marker", ""))
    perfect_lemmas = set(t.get("perfect_lemmas", ()))
    particles = set(t.get("past_words", ())) | set(t.get("future_words", ()))
    if text is None:
        text = text_of(doc)
    lexical, lexical_participles, _ = _lexical_cues(text, g)
    participle_shapes = set(lexical_participles)
    by_pos = {c.pos: c for c in lexical}
    verb_starts = {tok.idx for tok in verbs}
    cues: list[_Cue] = []
    for c in lexical:
        word = _WORD.match(text, c.pos)
        if c.pos not in verb_starts and word is not None and word.group().lower() in particles:
            cues.append(c)
    participles: list[int] = []
    auxes: list[int] = []
    presents: list[int] = []
    scheduled = set(t.get("scheduled_participles", ()))
    present_scheduled = set(t.get("present_scheduled_participles", ()))
    present_copulas = set(t.get("present_copulas", ()))
    conditional_lemmas = set(t.get("conditional_lemmas", ()))
    forward_lemmas = future_lemmas | conditional_lemmas
    # Where the auxiliaries of a Perfekt, passive or future stand: a participle-shaped form with
    # itself as lemma is a participle only in a sentence with one of them.
    aux_lemmas = perfect_lemmas | future_lemmas
    aux_positions = [t.idx for t in verbs if t.lemma_ in aux_lemmas]
    for tok in verbs:
        if tok.lower_ in scheduled:
            # "Die Rückkehr ist für Donnerstag geplant": a plan's participle is no Perfekt.
            cues.append(_Cue(tok.idx, 1))
            continue
        if tok.lower_ in present_scheduled and has_sentences:
            start = tok.sent.start
            if any(w.lower_ in present_copulas for w in tok.doc[max(start, tok.i - 8) : tok.i]):
                # "Neuwahlen sind für den 29. Oktober angesetzt": set now for a day to come.
                cues.append(_Cue(tok.idx, 1))
                continue
        morph = tok.morph
        tense = morph.get("Tense", [])
        form = morph.get("VerbForm", [])
        finite = "Fin" in form or (not form and bool(morph.get("Mood", [])))
        # Tense=Past with neither VerbForm nor Mood is how the model marks some participles
        # ("wird trainiert"): not a preterite.
        understood = not tok.lemma_ or tok.lemma_ != tok.text
        # A participle the model missed ("empfangen" read as a preterite with its own form as
        # lemma, "zusammengetroffen" with no analysis): the word's shape decides, so that
        # "hat ... empfangen" is a Perfekt and not a present tense.
        # So is a participle read as a finite verb at the end of a clause whose perfect auxiliary
        # came before it ("Peskow hat … Berichte dementiert.").
        closing = False
        if auxes and _closes_clause(tok):
            sentence_start = tok.sent.start_char if has_sentences else 0
            closing = any(sentence_start <= a < tok.idx for a in auxes)
        # A form like "beraten", "empfangen" with itself as lemma is a participle only beside an
        # auxiliary of its sentence; "Am Montag beraten die Minister" is a present.
        unaided = not understood and finite and not _auxiliary_in_sentence(tok, aux_positions, has_sentences)
        shaped = tok.idx in participle_shapes and (not finite or (not understood and not unaided) or closing)
        participle = "Part" in form or (not form and not finite and bool(tense)) or shaped
        if finite and tok.lemma_ in conditional_lemmas and "Sub" in morph.get("Mood", []):
            # "würden sich Ende März treffen": the Konjunktiv II of "werden" looks ahead, though
            # its form is a past one.
            cues.append(_Cue(tok.idx, 1))
        elif not understood and tok.idx in by_pos and not (unaided and tok.idx in participle_shapes):
            # An unlemmatized form the lexicon knows ("trafen" read as present): the lexicon;
            # not under a modal that looks ahead ("dürfte … im März beraten").
            modal = any(c.dep_.startswith("aux") and c.lemma_ in forward_lemmas for c in tok.children)
            if not modal:
                cues.append(by_pos[tok.idx])
        elif "Past" in tense and not participle and understood:
            cues.append(_Cue(tok.idx, -1))
        elif "Past" in tense and not participle:
            presents.append(tok.idx)
        elif tok.lemma_ in future_lemmas and finite:
            cues.append(_Cue(tok.idx, 1))
        elif tok.lemma_ in perfect_lemmas and finite:
            auxes.append(tok.idx)
            # Without a participle in its clause "ist"/"hat" is a plain present (the Perfekt
            # cue, when there is one, is found first).
            if "Pres" in tense:
                presents.append(tok.idx)
        elif finite and "Pres" in tense:
            presents.append(tok.idx)
        if participle:
            participles.append(tok.idx)
        if finite and intention_lemmas and _full_lemma(tok) in intention_lemmas:
            # "vereinbarten ein Treffen im Januar": what is agreed or planned lies ahead of the
            # agreement, so its object points forward where a time stands next to it.
            for child in tok.children:
                nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
                # Only where a prepositional phrase follows the object, which the time may be.
                if (
                    child.dep_ in _OBJECT_DEPS
                    and child.pos_ in ("NOUN", "PROPN")
                    and child.i > tok.i
                    and nxt is not None
                    and nxt.pos_ == "ADP"
                ):
                    cues.append(_Cue(child.idx, 1))
        infinitive = "Inf" in form or not (form or tense)
        if intention_lemmas and infinitive and _zu_infinitive(tok, marker):
            governor = _governing_verb(tok)
            if governor is not None and _full_lemma(governor) in intention_lemmas:
                cues.append(_Cue(tok.idx, 1))
    return cues, participles, auxes, presents


_OBJECT_DEPS = frozenset({"obj", "oa"})


# -- resolvers ---------------------------------------------------------------------------------
def _int(cand: Candidate, name: str) -> int | None:
    raw = cand.group(name)
    return int(raw) if raw is not None else None


def _day_result(ctx: _Context, d: date, part: str | None = None) -> tuple[TimexType, str]:
    if part:
        return "TIME", f"{cal.day_value(d)}T{part}"
    return "DATE", cal.day_value(d)


def _part_of_day(ctx: _Context, cand: Candidate) -> str | None:
    for name in ("daypart", "daypart_adverb", "daypart_noun", "dayhalf"):
        value = ctx.g.value(cand, name)
        if value is not None:
            return str(value)
    return None


def _month_of(ctx: _Context, cand: Candidate) -> int | None:
    for name in ("month", "month_abbr"):
        value = ctx.g.value(cand, name)
        if value is not None:
            return int(value)
    return _int(cand, "month_num")


def _year_of(cand: Candidate) -> int | None:
    year = _int(cand, "year4")
    if year is not None:
        return year
    short = _int(cand, "year2")
    if short is not None:
        return 2000 + short if short < 50 else 1900 + short
    return None


def _resolve_date(ctx: _Context, cand: Candidate) -> Resolved | None:
    day, month = _int(cand, "day"), _month_of(ctx, cand)
    if day is None or month is None:
        return None
    year = _year_of(cand)
    offset = ctx.g.value(cand, "day_offset_adj")
    if year is None and offset is not None and ctx.ref is not None:
        year = ctx.ref.year
    if year is None:
        year = ctx.clause_year(cand.start, cand.end)
    if year is None:
        year = ctx.explicit_year_near(cand.start)
    if year is None:
        if cal.safe_date(2000, month, day) is None:
            return None
        if ctx.ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
        options = [d for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1) if (d := cal.safe_date(y, month, day))]
        # A day-precise date keeps the calendar's check: a past clause often names an event
        # still ahead ("die Rennen vom 18. Dezember wurden verlegt").
        # "Neuwahlen sind für den 29. Oktober geplant": ahead, however near the last one was;
        # "Die für den 20. November geplante Sitzung fiel aus" tells of a plan that has passed.
        prep = _scheduled_for(ctx, cand)
        scheduled = prep == "target" or (prep == "schedule" and not ctx.past_in_clause(cand))
        chosen = cal.pick(options, ctx.ref, 1 if scheduled else ctx.direction(cand), strict=scheduled)
    else:
        found = cal.safe_date(year, month, day)
        if found is None:
            return None
        chosen = found
    hour, minute = _int(cand, "hour"), _int(cand, "minute")
    if hour is not None and minute is not None:
        return "TIME", f"{cal.day_value(chosen)}T{hour:02d}:{minute:02d}", None, None
    part = _part_of_day(ctx, cand)
    if part:
        return "TIME", f"{cal.day_value(chosen)}T{part}", None, None
    return "DATE", cal.day_value(chosen), None, None


def _resolve_month(ctx: _Context, cand: Candidate) -> Resolved | None:
    month = _month_of(ctx, cand)
    if month is None:
        return None
    mod = ctx.g.value(cand, "mod_point")
    year = _year_of(cand)
    rel = ctx.g.value(cand, "rel")
    if year is None and rel is not None and ctx.ref is not None:
        if cand.rule.params.get("nearest") and int(rel):
            # "im vergangenen Oktober": the last October before this month, not last year's.
            step = int(rel)
            year = ctx.ref.year + (step if (month - ctx.ref.month) * step <= 0 else 0)
        else:
            year = ctx.ref.year + int(rel)
    if year is None:
        year = ctx.clause_year(cand.start, cand.end)
    if year is None:
        year = ctx.explicit_year_near(cand.start)
    if year is None:
        if ctx.ref is None:
            return "DATE", f"XXXX-{month:02d}", mod, None
        options = [date(y, month, 1) for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)]
        first = date(ctx.ref.year, ctx.ref.month, 1)
        if _scheduled_for(ctx, cand) == "target":
            # "Die Beratungen wurden auf Januar vertagt": put off to a month ahead.
            year = cal.pick(options, first, 1, strict=True).year
        else:
            direction = ctx.direction(cand)
            year = cal.pick(options, first, direction, strict=direction < 0 and ctx.past_in_clause(cand)).year
    return "DATE", cal.month_value(year, month), mod, None


def _resolve_month_week(ctx: _Context, cand: Candidate) -> Resolved | None:
    """The n-th (or last) week of a month ("in der ersten Dezemberwoche"): the ISO week holding
    the month's day 4, 11, 18 or 25 (for the last, the month's last day but three), so that a week
    counts for the month that has most of its days; the month alone where the year is unknown."""
    resolved = _resolve_month(ctx, cand)
    nth = ctx.g.value(cand, "ordinal")
    if resolved is None or nth is None or resolved[1].startswith("X"):
        return resolved
    year, month = int(resolved[1][:4]), int(resolved[1][5:7])
    last = calendar.monthrange(year, month)[1]
    n = int(nth)
    day = date(year, month, last) - timedelta(days=3) if n < 0 else date(year, month, min(7 * (n - 1) + 4, last))
    iso = day.isocalendar()
    return "DATE", f"{iso[0]}-W{iso[1]:02d}", resolved[2], resolved[3]


def _resolve_year(ctx: _Context, cand: Candidate) -> Resolved | None:
    year = _year_of(cand)
    if year is None:
        return None
    if not cand.rule.params.get("cue") and not _looks_like_year(ctx, cand):
        return None
    return "DATE", f"{year:04d}", ctx.g.value(cand, "mod_point"), None


def _looks_like_year(ctx: _Context, cand: Candidate) -> bool:
    """A bare four-digit number is a count when a noun follows it ("2000 Menschen"), unless a
    year cue precedes it ("im 2010 eröffneten Bau" is rare, "seit 2008" common)."""
    after = _WORD.search(ctx.text, cand.end, min(len(ctx.text), cand.end + 40))
    between = ctx.text[cand.end : after.start()] if after else ""
    follows_noun = bool(after and after.group()[0].isupper() and between.strip() == "")
    before = ctx.text[max(0, cand.start - 24) : cand.start]
    words = _WORD.findall(before)
    cue = ctx.g.classes.get("year_cue")
    has_cue = bool(words and cue is not None and words[-1].lower() in cue.words)
    if follows_noun:
        month = ctx.g.classes.get("month")
        return has_cue and not (month is not None and after is not None and after.group().lower() in month.words)
    return True


def _resolve_decade(ctx: _Context, cand: Candidate) -> Resolved | None:
    mod = ctx.g.value(cand, "mod_point")
    full = _int(cand, "decade4")
    if full is not None:
        return "DATE", f"{full // 10:03d}", mod, None
    short = _int(cand, "decade2")
    if short is not None:
        return "DATE", f"19{short // 10}", mod, None
    word = ctx.g.value(cand, "decade_word")
    if word is None:
        return None
    return "DATE", f"19{int(word)}", mod, None


def _resolve_century(ctx: _Context, cand: Candidate) -> Resolved | None:
    n = _int(cand, "ordnum")
    if n is None or n < 1:
        return None
    return "DATE", f"{n - 1:02d}", None, None


def _resolve_day_offset(ctx: _Context, cand: Candidate) -> Resolved | None:
    offset = ctx.g.value(cand, "day_offset")
    if offset is None:
        offset = ctx.g.value(cand, "day_offset_adj")
    if offset is None:
        return None
    part = _part_of_day(ctx, cand)
    if ctx.ref is None:
        return ("TIME", f"XXXX-XX-XXT{part}", None, None) if part else ("DATE", "XXXX-XX-XX", None, None)
    d = cal.shift(ctx.ref, int(offset))
    if d is None:
        return None
    typ, value = _day_result(ctx, d, part)
    return typ, value, None, None


def _weekday_of(ctx: _Context, cand: Candidate) -> tuple[int, TimexType, str] | None:
    """A weekday candidate's day number, and its type and value suffix by the part of the day."""
    weekday = ctx.g.value(cand, "weekday")
    if weekday is None:
        return None
    part = _part_of_day(ctx, cand)
    return int(weekday), ("TIME" if part else "DATE"), (f"T{part}" if part else "")


def _scheduled_for(ctx: _Context, cand: Candidate) -> str | None:
    """ "schedule" for the day something is set for ("für Donnerstag", "für den 29. Oktober"),
    "target" for the day it is put off or invited to ("auf Januar vertagt", "für April nach
    Washington eingeladen"), else None."""
    t = ctx.g.tense
    words = list(_WORD.finditer(ctx.text, max(0, cand.start - 24), cand.start))
    if words and words[-1].group().lower() in t.get("determiners", ()):
        words = words[:-1]
    if not words or words[-1].end() < cand.start - 5:
        return None
    prep = words[-1].group().lower()
    if prep in t.get("schedule_preps", ()):
        lo, hi = ctx.clause_of(cand.start, cand.end)
        inviting = set(t.get("invitation_words", ()))
        if any(w.group().lower() in inviting for w in _WORD.finditer(ctx.text, lo, hi)):
            return "target"
        return "schedule"
    if prep in t.get("target_preps", ()):
        # "in der Nacht auf den 28. Juli": the night before that day, no day put off to.
        blocked = len(words) >= 2 and words[-2].group().lower() in t.get("target_blockers", ())
        return None if blocked else "target"
    return None


def _resolve_weekday(ctx: _Context, cand: Candidate) -> Resolved | None:
    found = _weekday_of(ctx, cand)
    if found is None:
        return None
    wd, typ, suffix = found
    if ctx.ref is None:
        if cand.rule.params.get("night_before"):
            return "TIME", "XXXX-XX-XXTNI", None, None
        return typ, f"XXXX-WXX-{wd}{suffix}", None, None
    delta = wd - ctx.ref.isoweekday()
    rel = ctx.g.value(cand, "rel")
    if rel is not None and int(rel) < 0:
        delta = delta if delta < 0 else delta - 7
    elif (rel is not None and int(rel) > 0) or (delta != 0 and rel is None and _scheduled_for(ctx, cand) is not None):
        delta = delta if delta > 0 else delta + 7
    elif delta != 0 and rel is None:
        # News reports schedules in the present tense ("reist am Mittwoch nach Rom", "trifft
        # sich am Sonntag mit ..."): without a past marker such a weekday lies ahead.
        direction = ctx.direction(cand, present=1)
        if direction < 0:
            delta = delta if delta < 0 else delta - 7
        elif direction > 0:
            delta = delta if delta > 0 else delta + 7
        else:
            delta = min((delta, delta - 7, delta + 7), key=abs)
    if cand.rule.params.get("night_before"):
        delta -= 1
        typ, suffix = "TIME", "TNI"
    d = cal.shift(ctx.ref, delta)
    if d is None:
        return None
    return typ, cal.day_value(d) + suffix, None, None


def _resolve_weekday_of_week(ctx: _Context, cand: Candidate) -> Resolved | None:
    """ "am Dienstag nächster Woche": the weekday in the week the relative word names, counted
    from the reference week (not the nearest such weekday, which may lie in this week)."""
    found = _weekday_of(ctx, cand)
    if found is None:
        return None
    wd, typ, suffix = found
    if ctx.ref is None:
        return typ, f"XXXX-WXX-{wd}{suffix}", None, None
    d = cal.shift(ctx.ref, 7 * _rel(ctx, cand) + wd - ctx.ref.isoweekday())
    return (typ, cal.day_value(d) + suffix, None, None) if d else None


def _resolve_set_weekday(ctx: _Context, cand: Candidate) -> Resolved | None:
    weekday = ctx.g.value(cand, "weekday")
    if weekday is None:
        weekday = ctx.g.value(cand, "weekday_adverb")
    if weekday is None:
        return None
    part = _part_of_day(ctx, cand)
    return "SET", f"XXXX-WXX-{int(weekday)}" + (f"T{part}" if part else ""), None, None


def _first_value(ctx: _Context, cand: Candidate, names: tuple[str, ...]) -> Any:
    """The value of the first of ``names`` the rule's match gives, or None."""
    for name in names:
        value = ctx.g.value(cand, name)
        if value is not None:
            return value
    return None


def _count(ctx: _Context, cand: Candidate) -> Any:
    """A written count ("3") or a number word's value ("drei"); None when neither is there."""
    count = cand.group("count")
    return int(count) if count is not None else ctx.g.value(cand, "number")


def _resolve_set_unit(ctx: _Context, cand: Candidate) -> Resolved | None:
    unit = _first_value(ctx, cand, ("unit_singular", "rate_unit", "unit"))
    if unit is None:
        return None
    n: Any = _count(ctx, cand)
    if n is None:
        n = 1
    if n <= 0:
        return None
    return "SET", _duration_value(_number_text(n), str(unit)), None, None


def _resolve_set_word(ctx: _Context, cand: Candidate) -> Resolved | None:
    value = ctx.g.value(cand, "set_word")
    return ("SET", str(value), None, None) if value else None


def _rel(ctx: _Context, cand: Candidate) -> int:
    rel = ctx.g.value(cand, "rel")
    if rel is None:
        # "übernächste Woche": a rule of its own gives the distance.
        return int(cand.rule.params.get("rel", 0))
    return int(rel)


def _resolve_week(ctx: _Context, cand: Candidate) -> Resolved | None:
    if ctx.ref is None:
        return "DATE", "XXXX-WXX", None, None
    d = cal.shift(ctx.ref, 7 * _rel(ctx, cand))
    return ("DATE", cal.week_value(d), None, None) if d else None


def _resolve_weekend(ctx: _Context, cand: Candidate) -> Resolved | None:
    if ctx.ref is None:
        return "DATE", "XXXX-WXX-WE", None, None
    saturday = cal.shift(ctx.ref, 6 - ctx.ref.isoweekday())
    if saturday is None:
        return None
    rel = ctx.g.value(cand, "rel")
    weekday = ctx.ref.isoweekday()
    if rel is not None:
        weeks = {-1: -1, 0: 0, 1: 0 if weekday <= 5 else 1}[max(-1, min(1, int(rel)))]
    else:
        # As for a weekday, a finite present tense tells of a weekend to come ("Was passiert,
        # wenn die Gespräche am Wochenende scheitern?").
        direction = ctx.direction(cand, present=1)
        if direction < 0:
            weeks = 0 if weekday >= 6 else -1
        elif direction > 0:
            weeks = 0
        else:
            weeks = 0 if weekday >= 4 else -1
    target = cal.shift(saturday, 7 * weeks)
    return ("DATE", cal.weekend_value(target), None, None) if target else None


def _resolve_month_rel(ctx: _Context, cand: Candidate) -> Resolved | None:
    if ctx.ref is None:
        return "DATE", "XXXX-XX", None, None
    year, month = cal.add_months(ctx.ref.year, ctx.ref.month, _rel(ctx, cand))
    return "DATE", cal.month_value(year, month), None, None


def _resolve_year_rel(ctx: _Context, cand: Candidate) -> Resolved | None:
    n = ctx.g.value(cand, "rel")
    for name in ("year_word", "heuer_adj"):
        if n is None:
            n = ctx.g.value(cand, name)
    if n is None:
        return None
    if ctx.ref is None:
        return "DATE", "XXXX", None, None
    return "DATE", f"{ctx.ref.year + int(n):04d}", None, None


def _resolve_publication_day(ctx: _Context, cand: Candidate) -> Resolved | None:
    """ "im Laufe des Tages", "im Tagesverlauf": the day the text was published; in a clause
    that looks back, the day narrated just before ("Am Sonntag … Im Laufe des Tages kam es …")."""
    if ctx.past_in_clause(cand):
        day, anchor = ctx.anchor_for(cand.start, carried=True)
        if day is not None:
            return "DATE", cal.day_value(day), None, anchor
    if ctx.ref is None:
        return "DATE", "XXXX-XX-XX", None, None
    return "DATE", cal.day_value(ctx.ref), None, None


def _resolve_year_turn(ctx: _Context, cand: Candidate) -> Resolved | None:
    """The year to come ("im neuen Jahr"), or its first day ("zum Jahreswechsel"); early in a
    year the one just begun."""
    day = bool(cand.rule.params.get("day"))
    if ctx.ref is None:
        return "DATE", "XXXX-01-01" if day else "XXXX", None, None
    year = ctx.ref.year if ctx.ref.month <= int(cand.rule.params.get("early_months", 0)) else ctx.ref.year + 1
    return "DATE", f"{year:04d}-01-01" if day else f"{year:04d}", None, None


def _period(ctx: _Context, unit: str, rel: int) -> str | None:
    if ctx.ref is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit)
    if unit == "Y":
        return f"{ctx.ref.year + rel:04d}"
    if unit == "M":
        return cal.month_value(*cal.add_months(ctx.ref.year, ctx.ref.month, rel))
    if unit == "W":
        d = cal.shift(ctx.ref, 7 * rel)
        return cal.week_value(d) if d else None
    return None


def _resolve_period_mod(ctx: _Context, cand: Candidate) -> Resolved | None:
    word = (cand.group("unit") or "").lower()
    unit = "Y" if word.startswith("jahr") else "M" if word.startswith("monat") else "W"
    value = _period(ctx, unit, _rel(ctx, cand))
    if unit == "Y" and cand.group("definite") is not None and cand.group("rel") is None:
        narrated = ctx.explicit_year_near(cand.start, sentences_back=1)
        if narrated is not None and ctx.ref is not None and narrated > ctx.ref.year and ctx.direction(cand) < 0:
            # "… bis Mitte 2027 senken. Seit Anfang des Jahres seien …": what lies behind is
            # not in the year named as a goal.
            narrated = None
        value = f"{narrated:04d}" if narrated is not None else value
    mod = ctx.g.value(cand, "mod_point")
    return ("DATE", value, mod, None) if value else None


def _resolve_period_edge(ctx: _Context, cand: Candidate) -> Resolved | None:
    spec = ctx.g.value(cand, "period_edge")
    if not spec:
        return None
    unit, mod = str(spec).split()
    value = _period(ctx, unit, 0)
    return ("DATE", value, mod, None) if value else None


def _resolve_season(ctx: _Context, cand: Candidate) -> Resolved | None:
    season = ctx.g.value(cand, "season")
    if season is None:
        return None
    mod = ctx.g.value(cand, "mod_point")
    year = _year_of(cand)
    rel = ctx.g.value(cand, "rel")
    if year is None and ctx.ref is None:
        return "DATE", f"XXXX-{season}", mod, None
    if year is None and ctx.ref is not None:
        if rel is not None and int(rel) != 0:
            base = cal.season_year(str(season), ctx.ref, int(rel))
            current = cal.season_year(str(season), ctx.ref, 0)
            year = base if base != current else current + int(rel)
        else:
            year = ctx.explicit_year_near(cand.start) or cal.season_year(str(season), ctx.ref, ctx.direction(cand))
    return "DATE", f"{year:04d}-{season}", mod, None


def _resolve_year_part(ctx: _Context, cand: Candidate) -> Resolved | None:
    letter = ctx.g.value(cand, "year_part")
    n = ctx.g.value(cand, "ordinal")
    if letter is None or n is None:
        return None
    count = 4 if letter == "Q" else 2
    index = count if int(n) < 0 else int(n)
    if not 1 <= index <= count:
        return None
    year = _year_of(cand)
    if year is None and ctx.ref is None:
        return "DATE", f"XXXX-{letter}{index}", None, None
    if year is None and ctx.ref is not None:
        current = (ctx.ref.month - 1) * count // 12 + 1
        direction = ctx.direction(cand)
        year = ctx.ref.year
        if direction < 0 and index > current:
            year -= 1
        elif direction > 0 and index < current:
            year += 1
        elif direction == 0 and abs(index - current) > count // 2:
            # Without a tense to go by, the nearer one: "bis Ende des ersten Quartals" written in
            # December is next year's, "im vierten Quartal" written in February last year's.
            year += 1 if index < current else -1
    return "DATE", f"{year:04d}-{letter}{index}", None, None


def _resolve_clock(ctx: _Context, cand: Candidate) -> Resolved | None:
    hour, minute = _int(cand, "hour"), _int(cand, "minute") or 0
    if hour is None or hour > 24 or (hour == 24 and minute):
        return None
    part = _part_of_day(ctx, cand)
    if part in ("AF", "EV", "NI") and hour < 12 and not (part == "NI" and hour < 6):
        hour += 12
    before = _WORD.findall(ctx.text, max(0, cand.start - 12), cand.start)
    carried = bool(before) and before[-1].lower() in set(ctx.g.tense.get("clock_carriers", ()))
    day, anchor = ctx.anchor_for(cand.start, carried=carried)
    if (anchor is not None and ctx.anchor_listed) or _habitual_before(ctx, cand):
        # "jeweils 20 Uhr", "wochentags von 14 bis 18 Uhr": a time of day, on no one date.
        return "TIME", f"T{hour:02d}:{minute:02d}", None, None
    prefix = cal.day_value(day) if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{hour:02d}:{minute:02d}", None, anchor


def _habitual_before(ctx: _Context, cand: Candidate) -> bool:
    left, _ = ctx.clause_of(cand.start, cand.end)
    words = _WORD.findall(ctx.text, left, cand.start)[-_HABITUAL_WINDOW:]
    habitual = set(ctx.g.tense.get("clock_habitual", ()))
    return any(w.lower() in habitual for w in words)


def _closes_day_list(g: Grammar, text: str, before: Timex, anchor: Timex) -> bool:
    """``anchor`` ends a list or range of other days begun by ``before`` ("25. und 26. August",
    "vom 3. bis 7. Mai"); a comma alone is an apposition ("Freitag, 5. Mai"), not a list."""
    if before.value == anchor.value or not _DAY_VALUE.match(before.value) or before.anchor:
        return False
    gap = text[before.end : anchor.start]
    if len(gap) > _LIST_GAP:
        return False
    joins = set(g.tense.get("day_list_joins", ()))
    fillers = set(g.tense.get("day_list_fillers", ()))
    rest = _WORD.sub(
        lambda m: "" if m.group().lower() in fillers else ("|" if m.group().lower() in joins else "?"), gap
    )
    rest = re.sub(r"[\s,.]", "", rest)
    return bool(rest) and set(rest) <= set("|-–")


def _resolve_daypart(ctx: _Context, cand: Candidate) -> Resolved | None:
    part = _part_of_day(ctx, cand)
    if part is None:
        return None
    day, anchor = ctx.anchor_for(cand.start, carried=True)
    if day is not None and ctx.ref is not None and day > ctx.ref and ctx.past_in_clause(cand):
        # "gratulierte am Abend" after "tritt am 5. Mai zusammen": a past clause takes no day still
        # to come; the evening is the publication day's.
        day, anchor = ctx.ref, None
    prefix = cal.day_value(day) if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{part}", None, anchor


def _resolve_anaphoric_day(ctx: _Context, cand: Candidate) -> Resolved | None:
    offset = cand.rule.params.get("offset")
    for name in ("anaphoric_day", "anaphoric_dir", "rel"):
        if offset is None:
            offset = ctx.g.value(cand, name)
    if offset is None:
        offset = 1
    # "am Tag zuvor" always counts from a day the text named, however far back.
    day, anchor = ctx.anchor_for(cand.start, carried=True, anywhere=True)
    if day is not None and ctx.ref is not None and day > ctx.ref and ctx.past_in_clause(cand):
        # "hatte noch am Vortag erklärt" after "am Donnerstag" ahead: a past clause cannot count
        # from a day still to come; the publication day is its anchor.
        day, anchor = ctx.ref, None
    part = cand.rule.params.get("part")
    if day is None:
        return ("TIME", f"XXXX-XX-XXT{part}", None, None) if part else ("DATE", "XXXX-XX-XX", None, None)
    d = cal.shift(day, int(offset))
    if d is None:
        return None
    # "am Vorabend": a part of that day.
    return ("TIME", f"{cal.day_value(d)}T{part}", None, anchor) if part else ("DATE", cal.day_value(d), None, anchor)


def _resolve_anaphoric_shift(ctx: _Context, cand: Candidate) -> Resolved | None:
    """ "zwei Tage später": the anchor moved by so many days, weeks, months or years; without a
    date mentioned before, only the duration is known. "drei Minuten später": an unknown moment."""
    unit, sign = ctx.g.value(cand, "unit"), ctx.g.value(cand, "anaphoric_dir")
    count = cand.group("count")
    n: Any = int(count) if count is not None else ctx.g.value(cand, "number")
    if unit is None or sign is None or n is None or n <= 0 or not float(n).is_integer():
        return None
    n, unit = int(n) * int(sign), str(unit)
    if unit.startswith("T"):
        # "drei Minuten später" is a moment, not a stretch. Its clock time is not known, nor its
        # day: the hours may cross midnight, and the date last mentioned is seldom its anchor.
        return "TIME", "XXXX-XX-XXTXX:XX", None, None
    day, anchor = (None, None) if ctx.anchor is None else ctx.anchor_for(cand.start, carried=True, anywhere=True)
    if day is None or anchor is None or unit not in ("D", "W", "M", "Y"):
        return "DURATION", _duration_value(str(abs(n)), unit), None, None
    if unit in ("D", "W"):
        d = cal.shift(day, n * (7 if unit == "W" else 1))
        if d is None:
            return None
        return "DATE", cal.day_value(d) if unit == "D" else cal.week_value(d), None, anchor
    if unit == "M":
        return "DATE", cal.month_value(*cal.add_months(day.year, day.month, n)), None, anchor
    return "DATE", f"{day.year + n:04d}", None, anchor


def _resolve_publication_shift(ctx: _Context, cand: Candidate) -> Resolved | None:
    """ "vor drei Tagen", "in zwei Wochen": the publication day moved by so many days, weeks,
    months or years, at the unit's grain. "in zwei Jahren" in a clause that looks back is a
    stretch ("hat sich in zwei Jahren verdoppelt"), and so is any such phrase without a
    publication day."""
    unit, sign = ctx.g.value(cand, "unit"), ctx.g.value(cand, "offset_prep")
    count = cand.group("count")
    n: Any = int(count) if count is not None else ctx.g.value(cand, "number")
    if unit is None or sign is None or n is None or n <= 0 or not float(n).is_integer():
        return None
    n, unit = int(n), str(unit)
    mod = ctx.g.value(cand, "mod_quant")
    if mod is not None and mod != "EQUAL":
        # "vor mehr als einem Jahr" is no one day, week or year: the stretch with its modifier.
        return "DURATION", _duration_value(str(n), unit), mod, None
    direction = ctx.direction(cand) if ctx.ref is not None else 0
    # "vor zwei Jahren" is a year on the calendar (2024), as TimeML reads "two years ago"; "in
    # zwei Jahren" only where the clause looks ahead ("soll in zwei Jahren in Kraft treten"), not
    # in "hat sich in zwei Jahren verdoppelt". (KRAUTS alone annotates "zwei Jahren" after "vor"
    # as a stretch.)
    dated = unit in ("D", "W") or int(sign) < 0 or direction > 0
    if not dated or ctx.ref is None or (int(sign) > 0 and direction < 0):
        return "DURATION", _duration_value(str(n), unit), None, None
    n *= int(sign)
    if unit in ("D", "W"):
        d = cal.shift(ctx.ref, n * (7 if unit == "W" else 1))
        if d is None:
            return None
        # The unit's grain: "vor drei Tagen" is a day, "vor einer Woche" and "in zwei Wochen" a week.
        return "DATE", cal.day_value(d) if unit == "D" else cal.week_value(d), None, None
    if unit == "M":
        return "DATE", cal.month_value(*cal.add_months(ctx.ref.year, ctx.ref.month, n)), None, None
    year = ctx.ref.year + n
    return ("DATE", f"{year:04d}", None, None) if 1 <= year <= 9999 else None


def _resolve_anaphoric_week(ctx: _Context, cand: Candidate) -> Resolved | None:
    """ "in der dritten Woche": the n-th week from the date last mentioned (its own week is the
    first); "in der Woche darauf": the one after it. Without such a date the week is unknown."""
    offset = cand.rule.params.get("offset")
    if offset is None:
        n = ctx.g.value(cand, "ordinal")
        if n is None or int(n) < 1:
            return None
        offset = int(n) - 1
    day, anchor = (None, None) if ctx.anchor is None else ctx.anchor_for(cand.start, carried=True, anywhere=True)
    if day is None or anchor is None:
        return "DATE", "XXXX-WXX", None, None
    d = cal.shift(day, 7 * int(offset))
    return ("DATE", cal.week_value(d), None, anchor) if d else None


def _resolve_holiday(ctx: _Context, cand: Candidate) -> Resolved | None:
    fixed = ctx.g.value(cand, "holiday_fixed")
    from_easter = ctx.g.value(cand, "holiday_easter")
    if fixed is None and from_easter is None:
        return None

    def on(year: int) -> date | None:
        if fixed is not None:
            return cal.safe_date(year, int(fixed[0]), int(fixed[1]))
        if not 1583 <= year <= 9999:
            return None
        return cal.shift(cal.easter(year), int(from_easter))

    year = _year_of(cand)
    if year is not None:
        d = on(year)
        return ("DATE", cal.day_value(d), None, None) if d else None
    if ctx.ref is None:
        if fixed is not None:
            return "DATE", f"XXXX-{int(fixed[0]):02d}-{int(fixed[1]):02d}", None, None
        return "DATE", "XXXX-XX-XX", None, None
    options = [d for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1) if (d := on(y))]
    chosen = cal.pick(options, ctx.ref, ctx.direction(cand))
    return "DATE", cal.day_value(chosen), None, None


def _number_text(n: Any) -> str:
    if isinstance(n, float) and not n.is_integer():
        return f"{n:g}"
    return str(int(n)) if not isinstance(n, str) else n


def _duration_value(n: str, unit: str) -> str:
    if unit.startswith("T"):
        return f"PT{n}{unit[1:]}"
    return f"P{n}{unit}"


def _resolve_duration(ctx: _Context, cand: Candidate) -> Resolved | None:
    unit = _first_value(ctx, cand, ("unit", "unit_plural", "long_word"))
    if unit is None:
        return None
    n: Any = _count(ctx, cand)
    if n is None:
        n = "X"
    elif not isinstance(n, str) and n <= 0:
        return None
    mod = ctx.g.value(cand, "mod_quant")
    if mod == "EQUAL":
        mod = None
    return "DURATION", _duration_value(_number_text(n), str(unit)), mod, None


def _resolve_stretch(ctx: _Context, cand: Candidate) -> Resolved | None:
    unit = ctx.g.value(cand, "unit_plural")
    if unit is None:
        return None
    count = cand.group("count")
    n: Any = int(count) if count is not None else ctx.g.value(cand, "number")
    rel = _rel(ctx, cand)
    if n is None and rel > 0:
        return "DATE", "FUTURE_REF", None, None
    return "DURATION", _duration_value(_number_text(n) if n is not None else "X", str(unit)), None, None


def _resolve_ref(ctx: _Context, cand: Candidate) -> Resolved | None:
    value = ctx.g.value(cand, "ref")
    if value is None:
        value = ctx.g.value(cand, "ref_adj")
    return ("DATE", str(value), None, None) if value else None


def _resolve_ref_fixed(ctx: _Context, cand: Candidate) -> Resolved | None:
    value = cand.rule.params.get("value")
    return ("DATE", str(value), None, None) if value else None


def _resolve_set_fixed(ctx: _Context, cand: Candidate) -> Resolved | None:
    value = cand.rule.params.get("value")
    return ("SET", str(value), None, None) if value else None


_RESOLVERS: dict[str, Callable[[_Context, Candidate], Resolved | None]] = {
    "date": _resolve_date,
    "month": _resolve_month,
    "month_week": _resolve_month_week,
    "year": _resolve_year,
    "decade": _resolve_decade,
    "century": _resolve_century,
    "day_offset": _resolve_day_offset,
    "weekday": _resolve_weekday,
    "weekday_of_week": _resolve_weekday_of_week,
    "set_weekday": _resolve_set_weekday,
    "set_unit": _resolve_set_unit,
    "set_word": _resolve_set_word,
    "week": _resolve_week,
    "weekend": _resolve_weekend,
    "month_rel": _resolve_month_rel,
    "year_rel": _resolve_year_rel,
    "year_turn": _resolve_year_turn,
    "publication_day": _resolve_publication_day,
    "period_mod": _resolve_period_mod,
    "period_edge": _resolve_period_edge,
    "season": _resolve_season,
    "year_part": _resolve_year_part,
    "clock": _resolve_clock,
    "daypart": _resolve_daypart,
    "anaphoric_day": _resolve_anaphoric_day,
    "holiday": _resolve_holiday,
    "anaphoric_shift": _resolve_anaphoric_shift,
    "anaphoric_week": _resolve_anaphoric_week,
    "publication_shift": _resolve_publication_shift,
    "duration": _resolve_duration,
    "stretch": _resolve_stretch,
    "ref": _resolve_ref,
    "ref_fixed": _resolve_ref_fixed,
    "set_fixed": _resolve_set_fixed,
}


def known_kinds() -> frozenset[str]:
    """The resolver names a time grammar may use."""
    return frozenset(_RESOLVERS)


# -- driver ------------------------------------------------------------------------------------
def reference_date(published: datetime | date | None) -> date | None:
    """The publication day in the publication's own time zone (a Berlin evening stays that day)."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    return None


def _regex_sentences(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _anchor_anaphor_result(resolved: Resolved, timex: Timex) -> Timex:
    anchor = resolved[3]
    if anchor is not None:
        timex.anchor = f"{anchor.start}:{anchor.end}"
    return timex


def tag_text(
    text: str,
    published: datetime | date | None = None,
    *,
    lang: str = "de",
    sentences: Sequence[tuple[int, int]] | None = None,
    cues: Cues | None = None,
) -> list[Timex]:
    """Every time expression of ``text`` with its TIMEX3 value: the Doc-free entry point."""
    if not text or not text.strip():
        return []
    g = grammar(lang)
    ref = reference_date(published)
    if cues is None:
        lexical, lexical_participles, lexical_auxes = _lexical_cues(text, g)
        cues = (lexical, lexical_participles, lexical_auxes, _lexical_presents(text, g, lexical, lexical_participles))
    found_cues, participles, auxes, presents = cues
    ctx = _Context(
        text=text,
        g=g,
        ref=ref,
        sentences=list(sentences) if sentences is not None else _regex_sentences(text),
        cues=found_cues,
        participles=participles,
        perfect_aux=auxes,
        presents=presents,
    )
    selected = g.select(text)
    # "bereits jetzt", "schon morgen": a focus particle in front of a time expression says "as
    # early as", no tense, for that expression and for every other one in the sentence.
    focus = {ctx._focus_particle_before(c.start) for c in selected} - {-1}
    if focus:
        ctx.cues = [c for c in ctx.cues if c.pos not in focus]
    if ref is not None:
        ctx.year_refs = [
            (c.start, c.end, int(r[1]))
            for c in selected
            if c.rule.kind == "year_rel" and (r := _resolve_year_rel(ctx, c))
        ]
    result: list[Timex] = []
    # Clock times dated only by the publication day, waiting for a day later in their sentence.
    undated_clocks: list[Timex] = []
    # Days of a list still waiting for the year of the written date that closes it.
    listed: list[Timex] = []
    for cand in selected:
        resolver = _RESOLVERS.get(cand.rule.kind)
        if resolver is None:
            continue
        try:
            resolved = resolver(ctx, cand)
        except (KeyError, ValueError, OverflowError):
            # A form the regex accepted but the word lists cannot read (odd case folding, a
            # number out of range): one expression is lost, never the article.
            resolved = None
        if resolved is None:
            continue
        typ, value, mod, _ = resolved
        start = cand.start
        if typ == "DURATION" and cand.rule.kind == "publication_shift":
            # A stretch after "vor"/"in" ("vor 90 Jahren") is the stretch alone, as "seit" is not
            # part of "drei Tagen" either; only the date takes the preposition.
            start = _after_first_word(text, start, cand.end)
        timex = Timex(text=text[start : cand.end], start=start, end=cand.end, type=typ, value=value, mod=mod)
        result.append(_anchor_anaphor_result(resolved, timex))
        if (
            cand.rule.kind == "clock"
            and resolved[3] is None
            and ref is not None
            and value.startswith(cal.day_value(ref))
        ):
            undated_clocks.append(timex)
        elif undated_clocks and cand.rule.kind not in _ANCHORED_KINDS and _DAY_VALUE.match(value):
            # "Es war nach 21 Uhr, als Klingbeil am Donnerstagabend ans Pult trat": a clock time
            # before the day of its own sentence is on that day.
            sentence = ctx.sentence_of(start)
            for clock in undated_clocks:
                if ctx.sentence_of(clock.start) == sentence:
                    clock.value = value[:10] + clock.value[10:]
            undated_clocks = []
        if typ == "DATE" and _DAY_VALUE.match(value):
            if cand.rule.params.get("year_from_next") and _year_of(cand) is None:
                listed.append(timex)
            elif listed:
                _share_year(listed, value[:4])
                listed = []
        year = _YEAR_VALUE.match(value)
        if year and cand.rule.kind not in _ANCHORED_KINDS:
            ctx.years.append((cand.start, int(year.group(1))))
        m = _DAY_VALUE.match(value)
        # Only an expression with a date of its own becomes the anchor: a clock time or "am Tag
        # zuvor" dated from the anchor does not move it (a second "Vortag" is the same day).
        if m and resolved[3] is None and cand.rule.kind not in _ANCHORED_KINDS and not _span_edge(ctx, start):
            ctx.anchor_listed = len(result) > 1 and _closes_day_list(g, text, result[-2], timex)
            ctx.anchor = timex
            ctx.anchor_date = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return result


def _span_edge(ctx: _Context, start: int) -> bool:
    """Whether a date opens or closes a stretch ("seit Montag", "bis Freitag"): the day a later
    "am Vortag" counts from is a day something happened on, not such an edge."""
    words = ctx.g.tense.get("span_edge_words", ())
    before = ctx.text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].lower() in words


def _after_first_word(text: str, start: int, end: int) -> int:
    k = start
    while k < end and not text[k].isspace():
        k += 1
    while k < end and text[k].isspace():
        k += 1
    return k if k < end else start


def _share_year(listed: list[Timex], year: str) -> None:
    for timex in listed:
        if timex.value[:4] != year and cal.safe_date(int(year), int(timex.value[5:7]), int(timex.value[8:10])):
            timex.value = year + timex.value[4:]


def discourse_anchor(timexes: Iterable[Timex], offset: int) -> Timex | None:
    """The expression carrying the date last mentioned before ``offset``: what "dann" or
    "danach" at that offset refers to (None when no day-precise date came before)."""
    best: Timex | None = None
    for timex in timexes:
        if timex.end <= offset and _DAY_VALUE.match(timex.value) and (best is None or timex.end > best.end):
            best = timex
    return best


def _doc_sentences(doc: Doc) -> list[tuple[int, int]] | None:
    """Character spans of the Doc's sentences, read from arrays: ``doc.sents`` walks every token
    three times, which cost more than the whole tagging."""
    if len(doc) == 0:
        return None
    table = doc.to_array(["SENT_START", "IDX", "LENGTH"])
    flags = table[:, 0].astype("int64")
    if not flags.any():
        return None
    starts = [0, *(int(i) for i in numpy.flatnonzero(flags == 1) if i > 0)]
    ends = [*starts[1:], len(doc)]
    return [(int(table[a, 1]), int(table[b - 1, 1] + table[b - 1, 2])) for a, b in zip(starts, ends, strict=True)]


class TimexTagger:
    """The spaCy component: writes ``doc._.timexes``."""

    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        g = grammar(self.lang)
        text = text_of(doc)
        cues = _morph_cues(doc, g, text)
        timexes = tag_text(
            text,
            doc._.published,
            lang=self.lang,
            sentences=_doc_sentences(doc),
            cues=cues,
        )
        doc._.timexes = _outside_names(timexes, doc._.entities or [])
        return doc


def _outside_names(timexes: list[Timex], entities: list[Any]) -> list[Timex]:
    """Without the time words inside an organisation's name: "Welt am Sonntag" and "NZZ am
    Sonntag" are papers, not a Sunday. (An event's year stays: "Sicherheitskonferenz 2026".)"""
    names = [(m.start, m.end) for ent in entities if ent.type == "ORG" for m in ent.mentions]
    if not names:
        return timexes
    return [t for t in timexes if not any(a <= t.start and t.end <= b and (a, b) != (t.start, t.end) for a, b in names)]


@Language.factory("lagebild_timex_v1", default_config={"lang": "de"})
def make_timex(nlp: Language, name: str, lang: str) -> TimexTagger:
    return TimexTagger(lang)
