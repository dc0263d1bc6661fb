"""Quotes and speakers: every statement in a German news article with its speaker, cue and channel.

The component works on sentence units (sentences joined where one pair of quotation marks spans
several). For each unit it looks for a frame, in this order: a headline ``Name: …``, a cue verb
with its clause after a comma or colon or before a comma (``…, sagte X``, ``Wie X mitteilte, …``),
``…, so X``, a source phrase (``laut X``, ``nach Angaben X``, ``X zufolge``), a cue noun with
``dass``, ``Demnach …``, a colon before quotation marks, a speaker named in the next sentence
(``So formulierte es X``), continuation of the last speaker by a subjunctive or fully quoted
sentence (one sentence of narration may stand between), and finally Konjunktiv I or reportive
``sollen`` with a perfect infinitive as reported speech whose speaker stays open. Cue-less
reported sentences that follow one another are joined into one statement. All words it relies on
live in ``lang/<lang>/quotes.toml``; Konjunktiv comes from ``token.morph`` (the model's, or
``lagebild_mood``'s fallback).

Speakers are resolved through the entity extractor's ``entity_at``/``resolve_reference`` when it
ran on the Doc; otherwise through the article itself (surname to the fullest name written, role
noun to the name it stands beside). What cannot be resolved stays a mention: an organisation keeps
its own name, an unresolved pronoun gives no speaker but keeps its span.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild import lang as langdata
from lagebild.language.doctext import text_of
from lagebild.language.extensions import register_extensions
from lagebild.language.layout import HEADLINE_DASHES, leading_wire_opening
from lagebild.language.layout import paragraphs as layout_paragraphs
from lagebild.language.lemma import dictionary_form, dictionary_word, lower_case_word
from lagebild.language.mood import mood_data, parsed_subject
from lagebild.records import Paragraph, Quote, QuoteKind, Span

_SENT_PUNCT = ".!?…"
_HEAD_KINDS = {"headline", "subheading"}
# How far back (characters) "die Behörde" looks for the organisation it stands for: about three
# sentences of news prose.
_BODY_REACH = 600


# --------------------------------------------------------------------------- language data


@dataclass(frozen=True, slots=True)
class CueForm:
    label: str
    particle: str | None
    blocked: frozenset[str]


@dataclass(frozen=True, slots=True)
class QuoteData:
    pairs: dict[str, str]
    symmetric: frozenset[str]
    open_before: frozenset[str]
    cues: dict[str, tuple[CueForm, ...]]
    cue_nouns: frozenset[str]
    before_source: frozenset[str]
    multi_before_source: tuple[tuple[str, ...], ...]
    multi_first_words: frozenset[str]
    after_source: frozenset[str]
    so_words: frozenset[str]
    so_closing_adverbs: frozenset[str]
    plural_nominatives: tuple[tuple[str, str], ...]
    subjectless_cues: frozenset[str]
    subjectless_particles: frozenset[str]
    talk_cues: frozenset[str]
    quoted_pronouns: frozenset[str]
    indefinite_articles: frozenset[str]
    addressee_preps: frozenset[str]
    spokesperson_bodies: tuple[str, ...]
    reflexives: frozenset[str]
    possessives: frozenset[str]
    spokesperson_possessives: frozenset[str]
    plural_substitutes: frozenset[str]
    first_person_plural: frozenset[str]
    question_words: frozenset[str]
    statement_labels: frozenset[str]
    next_openers: tuple[tuple[str, ...], ...]
    back_pointing: frozenset[str]
    back_pointing_objections: tuple[str, ...]
    naming_cues: frozenset[str]
    filled_contents: frozenset[str]
    owner_possessives: frozenset[str]
    anaphoric_source_determiners: frozenset[str]
    source_enders: frozenset[str]
    office_nouns: frozenset[str]
    frame_adverbials: frozenset[tuple[str, ...]]
    spoken_markers: frozenset[str]
    complementisers: frozenset[str]
    place_relatives: frozenset[str]
    correlates: frozenset[str]
    media_nouns: frozenset[str]
    channel_names: tuple[tuple[str, ...], ...]
    channel_preps: frozenset[str]
    statement_nouns: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    generic_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    role_endings: tuple[str, ...]
    definite_articles: frozenset[str]
    body_voice_endings: tuple[str, ...]
    epithet_endings: tuple[str, ...]
    name_particles: frozenset[str]
    titles: frozenset[str]
    non_subject_openers: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    work_nouns: frozenset[str]
    scare_signals: frozenset[str]
    min_words: int
    negations: frozenset[str]
    nach_words: frozenset[str]
    own_source_words: frozenset[str]
    possessive_relatives: frozenset[str]
    place_prepositions: frozenset[str]
    anonymous_sources: tuple[tuple[str, ...], ...]
    source_nouns: tuple[str, ...]
    as_clause_openers: frozenset[str]
    reportive_modals: frozenset[str]
    konj_i_idioms: tuple[str, ...]
    konj_i_idioms_ambiguous: tuple[str, ...]
    perfect_auxiliaries: frozenset[str]
    non_nominative: frozenset[str]
    back_reference: frozenset[str]
    conjunctions: frozenset[str]
    object_pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    non_report_openers: frozenset[str]
    clause_determiners: frozenset[str]
    genitive_determiners: frozenset[str]
    not_name_endings: tuple[str, ...]
    closers: frozenset[str] = field(default_factory=frozenset)
    # Verb form -> words of its clause that make it a cue ("vertrat" + "Auffassung").
    phrase_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    impersonal_subjects: frozenset[str] = field(default_factory=frozenset)
    impersonal_sources: frozenset[str] = field(default_factory=frozenset)
    passive_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    quoting_stems: tuple[str, ...] = ()
    no_one: frozenset[str] = frozenset()
    active_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    dative_feminine: frozenset[str] = field(default_factory=frozenset)
    media_staff: frozenset[str] = field(default_factory=frozenset)
    dative_media_articles: frozenset[str] = field(default_factory=frozenset)
    speaking_bodies: tuple[str, ...] = ()
    person_endings: tuple[str, ...] = ()
    not_persons: tuple[str, ...] = ()
    # Cue lemma -> (words that give it another sense, words that keep the speech sense).
    other_senses: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # Stance verb form -> (words one of which its clause needs, or empty; needs a named subject).
    stance_verbs: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)
    # Words before a source that also mean "in accordance with" ("gemäß dem Islam verändert"):
    # they name a source only where what follows can speak or is a report.
    weak_before_source: frozenset[str] = frozenset()
    # The same for stances only shown, which frame the next sentence without being statements.
    shown_stances: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)
    report_subordinators: frozenset[str] = field(default_factory=frozenset)
    predicate_words: frozenset[str] = field(default_factory=frozenset)
    indefinite_predicate_words: frozenset[str] = field(default_factory=frozenset)
    role_markers: frozenset[str] = field(default_factory=frozenset)
    separable_particles: tuple[str, ...] = ()
    not_speech_acts: frozenset[str] = field(default_factory=frozenset)
    anaphoric_bodies: frozenset[str] = field(default_factory=frozenset)
    # Participles that after a form of "sein" tell a state, not an act ("ist entschieden").
    stative_participles: frozenset[str] = field(default_factory=frozenset)
    state_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    abstract_endings: tuple[str, ...] = ()
    # Endings of common nouns that can speak: bodies, sources and people (built from the lists).
    speaker_noun_endings: tuple[str, ...] = ()
    # Openers of a subordinate clause: a cue inside one names no speech act of its own.
    act_subordinators: frozenset[str] = field(default_factory=frozenset)
    # Particle -> words that carry it fused with the correlate ("wies daraufhin, dass").
    particle_spellings: dict[str, frozenset[str]] = field(default_factory=dict)
    symmetric_strict: frozenset[str] = frozenset()
    # Two-character opening mark -> the marks (of one or two characters) that close it.
    double_pairs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spaced: frozenset[str] = frozenset()


def _cue_index(d: dict[str, Any], determiners: frozenset[str]) -> dict[str, tuple[CueForm, ...]]:
    index: dict[str, list[CueForm]] = {}
    blocked_map = {k: frozenset(v) for k, v in d["blocked_particles"].items()}
    insep = tuple(d["inseparable_prefixes"])
    no_ge = tuple(d["no_participle_prefix_endings"])
    ge = d["participle_prefix"]

    def add(form: str, cue: CueForm) -> None:
        if form in determiners:
            # "mein"+"e" is also the possessive "meine": never a cue.
            return
        index.setdefault(form, []).append(cue)

    for entry in d["weak"]:
        stem, _, particle = entry.partition("|")
        blocked = blocked_map.get(stem, frozenset())
        label = stem + "en" if not particle else f"{particle}{stem}en"
        for suffix in d["weak_suffixes"]:
            add(stem + suffix, CueForm(label, particle or None, blocked))
            if particle:
                add(particle + stem + suffix, CueForm(label, None, frozenset()))
        participle_stem = stem if stem.startswith(insep) or stem.endswith(no_ge) else ge + stem
        for suffix in ("t", "et"):
            add((particle or "") + participle_stem + suffix, CueForm(label, None, blocked))
    for entry in d["strong"]:
        form, _, particle = entry.partition("|")
        add(form, CueForm(form if not particle else f"{form} {particle}", particle or None, frozenset()))
    for form, blocked_particles in blocked_map.items():
        if form in index:
            index[form] = [CueForm(c.label, c.particle, c.blocked | blocked_particles) for c in index[form]]
    return {k: tuple(v) for k, v in index.items()}


def _stance_table(rows: Any) -> dict[str, tuple[frozenset[str], bool]]:
    return {form: (frozenset(o.get("with", ())), bool(o.get("named", False))) for o in rows for form in o["forms"]}


@cache
def quote_data(lang: str = "de") -> QuoteData:
    d = langdata.load(lang, "quotes")
    marks, cues, att, ch, sp, works = (
        d["marks"],
        d["cue_verbs"],
        d["attribution"],
        d["channels"],
        d["speaker"],
        d["titles_of_works"],
    )
    determiners = frozenset(sp["determiners"])
    pairs = dict(marks["pairs"])
    closers = frozenset("".join(pairs.values())) | frozenset(marks["symmetric"])
    return QuoteData(
        pairs=pairs,
        symmetric=frozenset(marks["symmetric"]),
        open_before=frozenset(marks["open_before"]),
        symmetric_strict=frozenset(marks.get("symmetric_strict", ())),
        double_pairs={row[0]: tuple(row[1:]) for row in marks.get("double_pairs", ())},
        spaced=frozenset(marks.get("spaced", ())),
        cues=_cue_index(cues, determiners),
        cue_nouns=frozenset(d["cue_nouns"]["nouns"]),
        before_source=frozenset(att["before_source"]),
        weak_before_source=frozenset(att.get("weak_before_source", ())),
        multi_before_source=tuple(tuple(p.split()) for p in att["multiword_before_source"]),
        multi_first_words=frozenset(p.split()[0] for p in att["multiword_before_source"]),
        after_source=frozenset(att["after_source"]),
        so_words=frozenset(att["so_words"]),
        so_closing_adverbs=frozenset(att.get("so_closing_adverbs", [])),
        plural_nominatives=tuple((a, b) for a, b in att.get("plural_nominatives", [])),
        subjectless_cues=frozenset(cues.get("subjectless_cues", [])),
        subjectless_particles=frozenset(cues.get("subjectless_particles", [])),
        talk_cues=frozenset(cues.get("talk_cues", [])),
        quoted_pronouns=frozenset(cues.get("quoted_pronouns", [])),
        indefinite_articles=frozenset(sp.get("indefinite_articles", [])),
        addressee_preps=frozenset(sp.get("addressee_preps", [])),
        spokesperson_bodies=tuple(sp.get("spokesperson_bodies", [])),
        anaphoric_bodies=frozenset(sp.get("anaphoric_bodies", [])),
        reflexives=frozenset(cues.get("reflexives", [])),
        possessives=frozenset(att.get("possessives", [])),
        spokesperson_possessives=frozenset(att.get("spokesperson_possessives", [])),
        plural_substitutes=frozenset(att.get("plural_substitutes", [])),
        first_person_plural=frozenset(att.get("first_person_plural", [])),
        question_words=frozenset(att.get("question_words", [])),
        statement_labels=frozenset(att.get("statement_labels", [])),
        next_openers=tuple(tuple(p.split()) for p in att["next_sentence_openers"]),
        back_pointing=frozenset(att["back_pointing_openers"]),
        back_pointing_objections=tuple(att.get("back_pointing_objections", ())),
        naming_cues=frozenset(works.get("naming_cues", ())),
        filled_contents=frozenset(att.get("filled_contents", ())),
        owner_possessives=frozenset(att.get("owner_possessives", ())),
        anaphoric_source_determiners=frozenset(att.get("anaphoric_source_determiners", ())),
        source_enders=frozenset(att.get("source_enders", ())),
        office_nouns=frozenset(att.get("office_nouns", ())),
        frame_adverbials=frozenset(tuple(p.lower().split()) for p in att.get("frame_adverbials", ())),
        spoken_markers=frozenset(att.get("spoken_markers", ())),
        complementisers=frozenset(att["complementisers"]),
        place_relatives=frozenset(att.get("place_relatives", [])),
        correlates=frozenset(att["correlates"]),
        media_nouns=frozenset(ch["media_nouns"]),
        channel_names=tuple(sorted((tuple(n.split()) for n in ch["names"]), key=len, reverse=True)),
        channel_preps=frozenset(ch["prepositions"]),
        statement_nouns=frozenset(ch["statement_nouns"]),
        determiners=determiners,
        pronouns=frozenset(sp["pronouns"]),
        generic_pronouns=frozenset(sp.get("generic_pronouns", ())),
        group_pronouns=frozenset(sp.get("group_pronouns", [])),
        role_endings=tuple(sp["role_endings"]),
        definite_articles=frozenset(sp.get("definite_articles", ())),
        body_voice_endings=tuple(sp.get("body_voice_endings", ())),
        epithet_endings=tuple(sp.get("epithet_endings", ())),
        name_particles=frozenset(sp["name_particles"]),
        titles=frozenset(sp["titles"]),
        non_subject_openers=frozenset(sp["non_subject_openers"]),
        prepositions=frozenset(sp["prepositions"]),
        adverbs=frozenset(sp["adverbs"]),
        work_nouns=frozenset(works["nouns"]),
        scare_signals=frozenset(works["scare_signals"]),
        min_words=int(works["min_words_without_cue"]),
        negations=frozenset(sp["negations"]),
        nach_words=frozenset(att["nach_words"]),
        own_source_words=frozenset(att["own_source_words"]),
        possessive_relatives=frozenset(att["possessive_relatives"]),
        place_prepositions=frozenset(sp["place_prepositions"]),
        anonymous_sources=tuple(tuple(p.split()) for p in att["anonymous_sources"]),
        source_nouns=tuple(att["source_nouns"]),
        as_clause_openers=frozenset(att["as_clause_openers"]),
        reportive_modals=frozenset(att["reportive_modals"]),
        konj_i_idioms=tuple(att["konj_i_idioms"]),
        konj_i_idioms_ambiguous=tuple(att.get("konj_i_idioms_ambiguous", ())),
        perfect_auxiliaries=frozenset(att["perfect_auxiliaries"]),
        non_nominative=frozenset(sp["non_nominative"]),
        back_reference=frozenset(att["back_reference"]),
        conjunctions=frozenset(att["conjunctions"]),
        object_pronouns=frozenset(sp["object_pronouns"]),
        auxiliaries=frozenset(att["auxiliaries"]),
        non_report_openers=frozenset(att["non_report_openers"]),
        clause_determiners=frozenset(att["clause_determiners"]),
        genitive_determiners=frozenset(att["genitive_determiners"]),
        not_name_endings=tuple(sp["not_name_endings"]),
        closers=closers,
        phrase_cues=_phrase_index(d["cue_phrases"]["phrases"]),
        impersonal_subjects=frozenset(cues["impersonal_subjects"]),
        impersonal_sources=frozenset(cues.get("impersonal_sources", ())),
        passive_auxiliaries=frozenset(cues["passive_auxiliaries"]),
        quoting_stems=tuple(cues.get("quoting_stems", ())),
        no_one=frozenset(cues.get("no_one", ())),
        active_auxiliaries=frozenset(cues.get("active_auxiliaries", ())),
        dative_feminine=frozenset(sp["dative_feminine"]),
        media_staff=frozenset(ch["media_staff"]),
        dative_media_articles=frozenset(ch["dative_articles"]),
        speaking_bodies=tuple(d["reported"]["speaking_bodies"]),
        person_endings=tuple(d["reported"]["person_endings"]),
        not_persons=tuple(d["reported"]["not_persons"]),
        other_senses={
            key: (frozenset(o["with"]), frozenset(o["unless"]))
            for o in d["reported"]["other_senses"]
            for key in [o["lemma"], *o.get("forms", ())]
        },
        report_subordinators=frozenset(att["report_subordinators"]),
        predicate_words=frozenset(works["predicate_words"]),
        indefinite_predicate_words=frozenset(works.get("indefinite_predicate_words", [])),
        role_markers=frozenset(works.get("role_markers", [])),
        separable_particles=tuple(att["separable_particles"]),
        not_speech_acts=frozenset(d["reported"]["not_speech_acts"]),
        stative_participles=frozenset(d["reported"].get("stative_participles", [])),
        state_auxiliaries=frozenset(d["reported"].get("state_auxiliaries", [])),
        abstract_endings=tuple(sp["abstract_endings"]),
        speaker_noun_endings=(
            *d["reported"]["speaking_bodies"],
            *att["source_nouns"],
            *d["reported"]["person_endings"],
        ),
        act_subordinators=frozenset(d["reported"]["subordinators"]),
        particle_spellings={k: frozenset(v) for k, v in cues.get("particle_spellings", {}).items()},
        stance_verbs=_stance_table(d["reported"]["stance_verbs"]),
        shown_stances=_stance_table(d["reported"].get("shown_stances", ())),
    )


@cache
def _channel_name_set(lang: str) -> frozenset[tuple[str, ...]]:
    return frozenset(quote_data(lang).channel_names)


def is_medium_name(name: str, lang: str = "de") -> bool:
    """Whether a name is a medium's: a channel the language data knows ("FAZ", "ZDF") or a
    name with a medium's kind in it ("Frankfurter Allgemeine Zeitung")."""
    words = tuple(name.split())
    return words in _channel_name_set(lang) or any(w in quote_data(lang).media_nouns for w in words)


def _phrase_index(phrases: list[dict[str, list[str]]]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for entry in phrases:
        for form in entry["forms"]:
            index.setdefault(form, set()).update(entry["with"])
    return {k: frozenset(v) for k, v in index.items()}


# Dependency relations (UD and TIGER) that attach a clause to a noun or verb: not part of a speaker.
_OBJECT_RELATIONS = frozenset({"obj", "iobj", "obl", "obl:arg", "nmod:poss"})
_SUBJECT_RELATIONS = frozenset({"sb", "nsubj"})
# Coordination of verbs (UD "conj", TIGER "cj"): the second conjunct shares the first's subject.
_CONJUNCT_RELATIONS = frozenset({"conj", "cj"})
# A passive subject (UD): a speech verb's passive subject is what was said, unless the parser
# mislabelled an active verb's subject.
_PASSIVE_SUBJECT_RELATIONS = frozenset({"nsubj:pass"})
# Word classes of a predicate whose subject a coordinated cue verb shares ("war anwesend und sagte").
_PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ"})
# The most words of a medium's name in quotation marks ("„Frankfurter Allgemeine Zeitung“").
_MAX_TITLE_WORDS = 5
# Word classes of a subject that stands for people without naming them ("Einige", "Viele").
_PRONOMINAL_POS = frozenset({"DET", "PRON", "NUM"})
# How far back (in characters) "das Blatt" looks for the paper it stands for.
_MEDIUM_REACH = 1500
_PHRASE_EDGE_MARKS = frozenset({",", ";", ":", "–", "—", "-"})
_ATTRIBUTE_RELATIONS = frozenset({"nmod", "obl", "mnr", "pg"})
_CLAUSE_RELATIONS = frozenset({"acl", "acl:relcl", "rc", "ccomp", "advcl", "parataxis", "csubj", "oc", "re"})

# --------------------------------------------------------------------------- quotation marks


@dataclass(slots=True)
class Marked:
    """A top-level stretch in quotation marks, marks included; ``closed`` False if none closed it."""

    start: int
    end: int
    closed: bool = True
    statement: bool = True
    # Marked as a title, a name or scare quotes by the words before it ("das Buch „…“").
    title: bool = False


def _is_opener(text: str, i: int, ch: str, data: QuoteData, para_start: int) -> bool:
    prev = text[i - 1] if i > para_start else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        # « Nous sommes prêts »: guillemets with a space inside, after a space or a line start.
        return ch in data.spaced and (prev.isspace() or prev in data.open_before) and nxt in " \u00a0\u202f"
    if ch in data.symmetric or ch in data.symmetric_strict:
        return prev in data.open_before or prev.isspace()
    if ch in data.pairs:
        # "“" opens an English-style quote only after a space; after a word it closes a German one.
        return prev in data.open_before or prev.isspace() or prev in data.pairs or ch in "„»«‚›‹"
    return False


def _double_opener(text: str, i: int, data: QuoteData, para_start: int) -> str | None:
    """A two-character opening mark at i (",,Es", "``Wir"), after a space or a line start."""
    pair = text[i : i + 2]
    if pair not in data.double_pairs or i + 2 >= len(text) or text[i + 2].isspace():
        return None
    prev = text[i - 1] if i > para_start else "\n"
    return pair if prev.isspace() or prev in data.open_before else None


def _closes_first(text: str, para: tuple[int, int], closers: tuple[str, ...], data: QuoteData) -> bool:
    """Whether the first quotation mark in a paragraph closes a quote (one of ``closers``, in a
    closing position) rather than opening one: "„Nur dann werden wir gehört.¶Es geht um …“"."""
    ps, pe = para
    for j in range(ps, pe):
        ch = text[j]
        if ch in "’‘'":
            continue  # apostrophes are no evidence either way
        if ch in closers:
            return not _is_opener(text, j, ch, data, ps)
        if ch in data.pairs or ch in data.symmetric or ch in data.symmetric_strict:
            return False
    return False


def find_marked(text: str, paras: Sequence[tuple[int, int]], data: QuoteData) -> list[Marked]:
    """Top-level quotation spans. Nested marks stay inside; a quote not closed by the end of its
    paragraph ends there, unless the next paragraph opens with the same mark (the convention for
    a quote running over several paragraphs). A single straight mark that does not close in its
    paragraph was an apostrophe ("'s ist gut") and marks nothing."""
    out: list[Marked] = []
    open_at: int | None = None
    opener = ""
    closers: tuple[str, ...] = ()
    nested: list[str] = []
    repeated = True
    for pi, (ps, pe) in enumerate(paras):
        i = ps
        if open_at is not None and repeated:
            # Carried over from the last paragraph: its opening mark here is a repeat, not new.
            i += len(opener)
        while i < pe:
            ch = text[i]
            if open_at is None:
                double = _double_opener(text, i, data, ps)
                if double is not None:
                    open_at, opener, closers, nested = i, double, data.double_pairs[double], []
                    i += 2
                    continue
                strict = ch in data.symmetric_strict
                if (ch in data.pairs or ch in data.symmetric or strict) and _is_opener(text, i, ch, data, ps):
                    open_at, opener = i, ch
                    closers = (ch,) if ch in data.symmetric or strict else tuple(data.pairs[ch])
                    nested = []
            else:
                two = text[i : i + 2]
                if nested and (ch in nested[-1] and not text[i + 1 : i + 2].isalpha()):
                    nested.pop()
                elif len(opener) == 2 and two in closers:
                    out.append(Marked(open_at, i + 2))
                    open_at = None
                    i += 2
                    continue
                elif ch in closers and (ch not in "’‘'" or not text[i + 1 : i + 2].isalpha()):
                    if ch in data.symmetric and _is_opener(text, i, ch, data, ps) and not nested:
                        # A straight mark opening a word inside a straight quote: a nested quote.
                        nested.append(ch)
                    elif ch in data.symmetric_strict and text[i - 1 : i].isspace():
                        pass  # an opening apostrophe inside ("Er sagte 's ist gut")
                    else:
                        out.append(Marked(open_at, i + 1))
                        open_at = None
                elif (ch in data.pairs or ch in data.symmetric) and ch != opener and _is_opener(text, i, ch, data, ps):
                    nested.append(ch if ch in data.symmetric else data.pairs[ch])
            i += 1
        if open_at is not None:
            if opener in data.symmetric_strict:
                open_at = None
                continue
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and text[nxt[0] : nxt[0] + len(opener)] == opener:
                repeated = True
                continue
            if nxt is not None and _closes_first(text, nxt, closers, data):
                # The next paragraph closes the quote without opening it again: one quote.
                repeated = False
                continue
            out.append(Marked(open_at, pe, closed=False))
            open_at = None
    return out


# --------------------------------------------------------------------------- units and tokens


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    para: int
    kind: str
    tokens: list[Token]
    marks: list[Marked]
    # Memo of the cue verbs found in the unit (asked for by several rules).
    cues: list[tuple[int, str, int]] | None = None


@dataclass(slots=True)
class Speaker:
    name: str | None
    entity: str | None
    span: Span | None


@dataclass(slots=True)
class Frame:
    """What attributes a stretch of content: cue, speaker, channel."""

    speaker: Speaker | None
    cue: str | None = None
    cue_span: Span | None = None
    channel: str | None = None


def _in_timex(doc: Doc, toks: list[Token]) -> bool:
    """Whether the time component marked any of these words as a time expression."""
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return any(t.start < end and start < t.end for t in doc._.timexes or [])


def _speaker_before(last: Frame | None, mention: Span | None) -> Speaker:
    """The speaker of the frame before, named by ``mention`` here; no one where that frame named
    none ("Nach seinen Worten", "den Angaben zufolge", "er" the entity layer could not link)."""
    if last is not None and last.speaker is not None and last.speaker.name:
        return Speaker(last.speaker.name, last.speaker.entity, mention)
    return Speaker(None, None, mention)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _units(doc: Doc, text: str, paras: list[Paragraph], marked: list[Marked]) -> list[Unit]:
    sents: list[tuple[int, int, int]] = []
    para_bounds = [(p.start, p.end) for p in paras]
    has_sents = doc.has_annotation("SENT_START")
    raw = [(s.start_char, s.end_char) for s in doc.sents] if has_sents else para_bounds
    pi = 0
    for s, e in raw:
        while pi < len(para_bounds) - 1 and s >= para_bounds[pi][1]:
            pi += 1
        txt = text[s:e]
        s2 = s + (len(txt) - len(txt.lstrip()))
        e2 = s + len(txt.rstrip())
        if e2 > s2:
            sents.append((s2, e2, pi))
    # A sentence splitter may leave the opening mark of the next sentence's quote at the end of
    # the sentence before ("… gefunden. „"): the mark belongs to the sentence it opens, else the
    # two sentences would be joined below as if one quote spanned both.
    openers = {m.start for m in marked}
    for k in range(len(sents) - 1):
        s, e, p = sents[k]
        ns, ne, np_ = sents[k + 1]
        cut = e - 1
        if cut > s and cut in openers and ns >= e and p == np_:
            e_new = s + len(text[s:cut].rstrip())
            if e_new > s:
                sents[k] = (s, e_new, p)
                sents[k + 1] = (cut, ne, np_)
    # Join sentences that one pair of marks spans; a split quote stays one unit. A sentence joins
    # the unit before it when a mark that opened inside that unit is still open at the sentence's
    # start: the marks are walked once, in order, keeping the furthest end of those opened since
    # the unit began (a scan of all marks per sentence was quadratic on long texts).
    by_start = sorted(marked, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    merged: list[list[int]] = []
    next_mark = 0
    open_until = -1
    for s, e, p in sents:
        while next_mark < len(by_start) and by_start[next_mark].start < s:
            open_until = max(open_until, by_start[next_mark].end)
            next_mark += 1
        if merged and open_until > s:
            merged[-1][1] = max(merged[-1][1], e)
            continue
        merged.append([s, e, p])
        open_until = -1
    units: list[Unit] = []
    # Offsets and whitespace flags as plain lists: a Token object per look costs more than the rest.
    table = doc.to_array(["IDX", "IS_SPACE"]).tolist()
    n = len(table)
    tok_i = 0
    for s, e, p in merged:
        toks: list[Token] = []
        while tok_i < n and table[tok_i][0] < s:
            tok_i += 1
        j = tok_i
        while j < n and table[j][0] < e:
            if not table[j][1]:
                toks.append(doc[j])
            j += 1
        kind = paras[p].kind if p < len(paras) else "body"
        inner = [m for m in by_start[bisect_left(starts, s) : bisect_left(starts, e)] if m.end <= e]
        units.append(Unit(s, e, p, kind, toks, inner))
    return units


def _inside(tok: Token, marks: Sequence[Marked]) -> bool:
    return any(m.start <= tok.idx < m.end for m in marks)


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _in_head(q: Quote, heads: list[tuple[int, int]]) -> bool:
    """Whether a quote stands in a headline or subheading (``heads``: their spans)."""
    return q.headline or any(a <= q.start < b for a, b in heads)


def _after_lead_in(u: Unit, ci: int) -> int:
    """Where the clause of the cue at ci starts after a lead-in closed by a colon ("Steuern: Die
    SPD will …", "Kritik kam von den Grünen: Deren Sprecherin nannte …"); 0 without one."""
    return max((k + 1 for k in range(ci) if u.tokens[k].text == ":" and not _inside(u.tokens[k], u.marks)), default=0)


# --------------------------------------------------------------------------- the extractor


# The time stamp that opens a live ticker's entry ("17.45 Uhr:", "9:30 Uhr –"), also between the
# plus signs of a liveblog ("+++ 12:05 Uhr: … +++").
_TICKER_STAMP = re.compile(r"(?:\+{2,}\s*)?\d{1,2}[.:]\d{2}\s*Uhr\s*[:–-]\s*")


# How many words into a clause a back reference ("demnach") may stand.
_BACK_REFERENCE_REACH = 8
# How far back (in characters) the speaker of a report may stand for a generic "man".
_GENERIC_REACH = 250


class QuoteExtractor:
    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        self.data = quote_data(lang)
        # Loaded lazily: the entity extractor is written alongside and may not offer these yet.
        self._entity_at: Callable[..., Any] | None = None
        self._resolve_ref: Callable[..., Any] | None = None
        self._is_people_noun: Callable[[str, str], bool] | None = None
        self._place_of_adjective: Callable[[str, str], str | None] | None = None
        self._role_holders: Callable[..., list[Any]] | None = None
        # Per-article memo of resolve_reference answers: one pronoun or role is asked about once.
        self._ref_cache: dict[tuple[int, int, int], Any] = {}
        # Per-article: the people whose interview answers were found ("Kallas: …").
        self._turn_speakers: set[str] = set()
        self._text = ""
        self._positions_doc: Doc | None = None
        self._positions_cache: dict[str, list[int]] | None = None
        try:
            ents = importlib.import_module("lagebild.extractors.entities")
        except ImportError:  # pragma: no cover - the module ships with the package
            ents = None
        if ents is not None:
            self._entity_at = getattr(ents, "entity_at", None)
            self._resolve_ref = getattr(ents, "resolve_reference", None)
            self._is_people_noun = getattr(ents, "is_people_noun", None)
            self._place_of_adjective = getattr(ents, "place_of_adjective", None)
            self._role_holders = getattr(ents, "role_holders", None)

    # ----------------------------------------------------------------- entry point

    def __call__(self, doc: Doc) -> Doc:
        register_extensions()
        doc._.quotes = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[Quote]:
        self._ref_cache = {}
        self._turn_speakers = set()
        # Doc.text joins every token on each access: read it once per article.
        self._text = text = text_of(doc)
        # Where each word form stands (built on first use, from the ORTH array: no Token objects).
        self._positions_doc = doc
        self._positions_cache = None
        if not text.strip():
            return []
        paras: list[Paragraph] = list(doc._.paragraphs or []) or layout_paragraphs(text, self.lang)
        if not paras:
            return []
        marked = find_marked(text, [(p.start, p.end) for p in paras], self.data)
        units = _units(doc, text, paras, marked)
        for u in units:
            for m in u.marks:
                m.statement = self._is_statement(doc, m)
        quotes: list[Quote] = []
        last: tuple[Frame, int, int, QuoteKind] | None = None  # frame, unit index, para, kind
        consumed: set[int] = set()
        for ui, u in enumerate(units):
            if ui in consumed:
                continue
            found = self._unit_quotes(doc, units, ui, last, consumed)
            for q in found:
                self._epithet_of_last(doc, q, units, ui, last)
            if found:
                quotes.extend(found)
                q = found[-1]
                frame = Frame(Speaker(q.speaker, q.speaker_entity, q.speaker_span), q.cue, q.cue_span, q.channel)
                last = None if u.kind in _HEAD_KINDS else (frame, ui, u.para, q.kind)
            elif u.kind not in _HEAD_KINDS and (act := self._speech_act(doc, u, last)):
                # "Die Polizei warnte vor …": a speech act without content is a statement of its
                # own, and the next subjunctive sentence is hers.
                quotes.append(act)
                frame = Frame(Speaker(act.speaker, act.speaker_entity, act.speaker_span), act.cue, act.cue_span)
                last = (frame, ui, u.para, "direct") if act.speaker else last
            elif u.kind not in _HEAD_KINDS and (said := self._statement_without_content(doc, u, last)):
                # "Die Polizei sprach …": no statement, but the next subjunctive sentence is hers.
                last = (said, ui, u.para, "direct")
            elif last is not None and ui - last[1] >= 2:
                # One sentence of narration may stand between a report and its subjunctive
                # continuation; after two the speaker is no longer in view.
                last = None
        article_id = doc._.article_id or ""
        heads = [(p.start, p.end) for p in paras if p.kind in _HEAD_KINDS]
        if len(self._turn_speakers) == 1:
            # An interview's headline quote is the interviewee's.
            (name,) = self._turn_speakers
            for q in quotes:
                if _in_head(q, heads) and q.speaker is None and q.speaker_span is None:
                    q.speaker = name
        self._headline_from_body(quotes, heads)
        quotes.sort(key=lambda q: q.start)
        quotes = self._merge_runs(quotes, paras)
        for q in quotes:
            q.article_id = article_id
        return quotes

    @staticmethod
    def _headline_from_body(quotes: list[Quote], heads: list[tuple[int, int]]) -> None:
        """ "Habeck-Nachfolger: »Wir müssen ehrlicher werden«": a headline quote that names no one
        is the speaker's whose words in the body contain it."""

        def words(text: str) -> str:
            return " ".join(re.findall(r"\w+", text.lower()))

        for q in quotes:
            if not _in_head(q, heads) or q.speaker is not None or q.speaker_span is not None:
                continue
            key = words(q.text)
            if len(key.split()) < 3:
                continue
            said = {
                (b.speaker, b.speaker_entity)
                for b in quotes
                if b is not q and b.speaker and not _in_head(b, heads) and key in words(b.text)
            }
            if len(said) == 1:
                q.speaker, q.speaker_entity = next(iter(said))

    def _epithet_of_last(
        self, doc: Doc, q: Quote, units: list[Unit], ui: int, last: tuple[Frame, int, int, QuoteKind] | None
    ) -> None:
        """ "…, so der Franzose", "sagte die 47-Jährige", "so die frühere Umweltministerin": a
        definite phrase for a person that names no one varies the epithet of the person just
        reported in its paragraph, or else of the one person the sentence before names (news
        style names a speaker once)."""
        if q.speaker_span is None or doc._.entities is None:
            return
        if q.speaker_entity is not None and self._entity_type(doc, q.speaker_entity) != "ORG":
            return
        # An organisation is allowed only where its word is a title too ("so der Schwyzer
        # Nationalrat": a member of the council, not the council).
        words = q.speaker_span.text.split()
        before = self._text[max(0, q.speaker_span.start - 8) : q.speaker_span.start].split()
        if len(words) == 1 and before and before[-1].lower() in self.data.definite_articles:
            words = [before[-1], *words]  # "so das Ministerium" gives the noun alone
        if len(words) < 2 or words[0].lower() not in self.data.definite_articles:
            return
        u = units[ui]
        sp = last[0].speaker if last is not None and last[2] == u.para and ui - last[1] <= 2 else None
        if len(words) == 2 and sp is not None and sp.name and sp.name.lower().endswith(words[1].lower()):
            # "…, so das Ministerium" after "Chinas Außenministerium": the body just named.
            q.speaker, q.speaker_entity = sp.name, sp.entity
            return
        head = 1
        while head < len(words) - 1 and (
            words[head][:1].islower()
            # A place's adjective before the head: "der Schwyzer Nationalrat".
            or (
                words[head].endswith("er")
                and self._is_people_noun is not None
                and self._is_people_noun(words[head], self.lang)
            )
        ):
            head += 1
        if not self._person_epithet(words[head]):
            return
        places = {
            place
            for w in words[1:head]
            if self._place_of_adjective is not None and (place := self._place_of_adjective(w, self.lang))
        }
        if head + 1 < len(words) and not (
            words[head + 1] in self.data.genitive_determiners or words[head + 1] in self.data.prepositions
        ):
            # Only a genitive or an adverbial may follow the head ("der Vorsteher des
            # Departements", "der CDU-Politiker in Luxemburg").
            return
        holder = self._other_role_holder(
            doc, sp.entity if sp is not None else None, words[head], places, q.speaker_span.start
        )
        if holder is not None:
            # "Der Ex-Minister konterte" after a deputy's question: the one person of the article
            # whose role ends in the epithet's noun ("Verkehrsminister"), not the last speaker.
            q.speaker, q.speaker_entity = holder.name, holder.id or None
            return
        if sp is not None and sp.name and self._entity_type(doc, sp.entity) == "PER":
            if not self._role_elsewhere(doc, sp.entity, words[head], places):
                q.speaker, q.speaker_entity = sp.name, sp.entity
            return
        # "Fehr tritt zurück. Das gab die SP-Politikerin bekannt": where the speaker stands in a
        # sentence after the words, the sentence before the speaker's is the one that names.
        k = next((j for j in range(ui, len(units)) if units[j].start <= q.speaker_span.start < units[j].end), ui)
        if k > ui and units[k].para == u.para:
            ui, u = k, units[k]
        if ui == 0 or units[ui - 1].para != u.para:
            return
        persons = self._persons_in(doc, units[ui - 1].start, units[ui - 1].end)
        if len(persons) == 1 and not self._persons_in(doc, u.start, q.speaker_span.start):
            (ent,) = persons
            if not self._role_elsewhere(doc, ent.id, words[head], places):
                q.speaker, q.speaker_entity = ent.name, ent.id or None

    def _other_role_holder(self, doc: Doc, last: str | None, epithet: str, places: set[str], at: int) -> Any:
        """The one person whose role ends in the epithet's noun ("Ex-Minister" -> a
        "Verkehrsminister"), of the place its adjective names if any ("der brasilianische
        Präsident"), where the last speaker holds no such role; else None. An epithet points
        back: a holder first named after ``at`` is not meant ("Der Bundesrat hat entschieden"
        before "Bundesrat Ignazio Cassis" is the council)."""
        key = epithet.lower().rsplit("-", 1)[-1]
        if len(key) < 5 or not self._is_role(epithet) or self._role_holders is None:
            return None
        holders = self._role_holders(key, doc._.entities or [], places=places)
        if any(e.id == last for e in holders):
            return None
        if len(holders) != 1 or not any(m.start < at for m in holders[0].mentions):
            return None
        return holders[0]

    @staticmethod
    def _role_elsewhere(doc: Doc, entity_id: str | None, head: str, places: set[str]) -> bool:
        """Whether the person holds the role ``head`` only for other places than the phrase
        names: "der russische Präsident" is not the ukrainische Präsident reported before."""
        if not places or entity_id is None:
            return False
        ent = next((e for e in doc._.entities or [] if e.id == entity_id), None)
        if ent is None:
            return False
        key = head.lower()
        held = [r.affiliation for r in ent.roles if r.affiliation and r.text.lower().endswith(key)]
        return bool(held) and not places.intersection(held)

    @staticmethod
    def _persons_in(doc: Doc, start: int, end: int) -> list[Any]:
        """The persons with a mention in [start, end), in the order of the entity list."""
        return [
            e
            for e in doc._.entities or []
            if e.type == "PER" and any(start <= m.start and m.end <= end for m in e.mentions)
        ]

    def _person_epithet(self, word: str) -> bool:
        """A noun for a person that is no name: a role ("Umweltministerin"), an age ("47-Jährige"),
        a people ("Franzose") or a party's member ("Sozialdemokrat"). Not a spokesperson, who
        is someone else than the one reported before ("…, sagte der Sprecher")."""
        low = word.lower()
        if low.endswith(self.data.body_voice_endings):
            return False
        if low.rsplit("-", 1)[-1].endswith(self.data.epithet_endings):
            return True
        return self._is_role(word) or (self._is_people_noun is not None and self._is_people_noun(word, self.lang))

    def _merge_runs(self, quotes: list[Quote], paras: list[Paragraph]) -> list[Quote]:
        """Join reported sentences that continue one another without a cue ("Es gebe … Doch
        die Lage sei …") into one statement of several sentences, as a quote in marks would be."""
        out: list[Quote] = []
        for q in quotes:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.cue is None
                and q.cue is None
                and prev.kind == q.kind == "indirect"
                and not prev.headline
                and prev.speaker == q.speaker
                and (prev.speaker_span and prev.speaker_span.start) == (q.speaker_span and q.speaker_span.start)
                and not self._text[prev.end : q.start].strip(" .!?…")
                and not any(p.start > prev.start and p.start <= q.start for p in paras)
            ):
                merged = self._text[prev.start : q.end]
                out[-1] = Quote(
                    text=merged,
                    start=prev.start,
                    end=q.end,
                    kind="indirect",
                    speaker=prev.speaker,
                    speaker_entity=prev.speaker_entity,
                    speaker_span=prev.speaker_span,
                    parts=[*prev.parts, *q.parts],
                )
                continue
            out.append(q)
        return out

    # ----------------------------------------------------------------- statement vs. title

    def _is_statement(self, doc: Doc, m: Marked) -> bool:
        d = self.data
        inner = self._text[m.start + 1 : m.end - (1 if m.closed else 0)]
        words = [w for w in inner.split() if any(c.isalpha() for c in w)]
        if not words:
            return False
        before = self._text[max(0, m.start - 40) : m.start].split()
        prev = before[-1].strip(",;(") if before else ""
        if prev in d.scare_signals or (len(before) >= 2 and " ".join(before[-2:]) in d.scare_signals):
            m.title = True
            return False
        if (
            prev
            and prev[:1].isupper()
            and (
                prev in d.work_nouns
                # A compound of the noun ("Protestaktion"), not a word that merely ends like it
                # ("Reaktion", "Fraktion").
                or any(
                    prev.lower().endswith(w.lower()) and len(prev) - len(w) >= 4 for w in d.work_nouns if len(w) >= 4
                )
            )
        ):
            m.title = True
            return False
        if prev in d.media_nouns:
            # "nach Informationen der Zeitung «Le Monde»": the name of the medium the noun names.
            m.title = True
            return False
        if prev.lower() in d.determiners and is_medium_name(inner.strip(), self.lang):
            # "das dem „Spiegel“ vorliegt": a paper's name after its article, no words of anyone.
            m.title = True
            return False
        lowered = [w for w in words if w[:1].islower() and w.lower() not in d.determiners and w not in d.name_particles]
        ends_sentence = inner.rstrip()[-1:] in _SENT_PUNCT
        if len(words) < d.min_words and not ends_sentence:
            # Short marked words are statements only when a cue stands right beside them.
            return self._cue_adjacent(doc, m)
        capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        if (not lowered or 2 * capitalised >= len(words)) and len(words) <= 8 and not ends_sentence:
            # Mostly capitalised words: a name or title ("Morning Star", "Union pour un Mouvement
            # Populaire"); German statements have far more lowercase words than nouns.
            return self._cue_adjacent(doc, m)
        return True

    def _cue_adjacent(self, doc: Doc, m: Marked) -> bool:
        after = self._text[m.end : m.end + 30].split()
        before = self._text[max(0, m.start - 30) : m.start].split()
        if after and after[0].startswith(",") and len(after) > 1 and self._cue_word(after[1]) is not None:
            return True
        if after and after[0] == "," and len(after) > 1 and self._cue_word(after[1]) is not None:
            return True
        if len(after) > 1 and after[0] == "," and after[1] in self.data.so_words:
            return True
        return bool(before and before[-1].endswith(":") and self._cue_word(before[-1].rstrip(":")) is not None)

    def _cue_word(self, word: str) -> tuple[CueForm, ...] | None:
        w = word.strip(",.:;")
        if not w or not w[:1].islower():
            return None
        return self.data.cues.get(w)

    # ----------------------------------------------------------------- cue verbs

    def _clause_end(self, toks: list[Token], i: int, marks: Sequence[Marked]) -> int:
        """Index of the first comma, colon or opening quote after token i (or len)."""
        for j in range(i + 1, len(toks)):
            t = toks[j]
            if _inside(t, marks):
                return j
            if t.text in {",", ":", ";"} or (t.text in _SENT_PUNCT):
                return j
        return len(toks)

    def _find_cues(self, u: Unit) -> list[tuple[int, str, int]]:
        """Cue verbs in the frame of a unit: (token index, label, index of last frame token)."""
        if u.cues is None:
            u.cues = self._scan_cues(u)
            if u.kind in _HEAD_KINDS and len(u.cues) > 1:
                # "Nationalrat beschließt Budget – Opposition spricht von „…“": a dash parts a
                # headline's statements; with a cue after it, the ones before frame nothing.
                toks = u.tokens
                dash = max(
                    (j for j, t in enumerate(toks) if t.text in HEADLINE_DASHES and not _inside(t, u.marks)),
                    default=-1,
                )
                if dash > 0 and any(ci > dash for ci, _label, _end in u.cues):
                    u.cues = [c for c in u.cues if c[0] > dash]
        return u.cues

    def _scan_cues(self, u: Unit) -> list[tuple[int, str, int]]:
        out = []
        for i, t in enumerate(u.tokens):
            if _inside(t, u.marks):
                continue
            low = t.text.lower()
            forms = self.data.cues.get(low)
            if not forms:
                phrase = self._phrase_cue(u, i)
                if phrase is not None:
                    out.append(phrase)
                continue
            if t.text[:1].isupper() and t.pos_ not in {"VERB", "AUX"}:
                # Capitalised, a cue form is a noun ("Angaben", "Sagen") unless a tagger says verb.
                continue
            if low in self.data.stative_participles and i > 0 and u.tokens[i - 1].lower_ in self.data.state_auxiliaries:
                # "Die Personalie ist entschieden: …": a state reached, no one deciding or saying.
                continue
            if t.pos_ in {"NOUN", "PROPN", "DET", "ADP", "PRON", "NUM"}:
                # A tagger that calls the form a noun or article is believed; ADJ and ADV are
                # frequent mistags of speech verbs ("teilten" as ADJ) and are not.
                continue
            end = self._clause_end(u.tokens, i, u.marks)
            end = self._past_quoted_names(u, end)
            end = self._past_name_list(u, i, end)
            # The particle closes the clause, past any quoted words in it ("wies … als „haltlos“ zurück").
            pend = end
            while pend < len(u.tokens) and _inside(u.tokens[pend], u.marks):
                pend += 1
            if pend > end and pend < len(u.tokens) and not _inside(u.tokens[pend], u.marks):
                pend = self._clause_end(u.tokens, pend - 1, u.marks)
            else:
                pend = end
            last_word = u.tokens[pend - 1].text if pend - 1 > i else ""
            if any(x.text in self.data.negations for x in u.tokens[max(0, i - 1) : end]):
                # "führten weder X noch Y aus", "sagte nicht, ob": nothing was said.
                continue
            if self._no_one_before(u, i):
                # "und keiner könne sagen, was passiere": no one said it.
                continue
            if last_word.lower() in self.data.filled_contents and end < len(u.tokens) and u.tokens[end].text == ",":
                # "Er sagt viel, wenn der Tag lang ist": the object is what is said; the clause
                # after the comma is none of it.
                continue
            before_word = u.tokens[i - 1].text if i > 0 else ""
            n_before = len(out)
            for f in forms:
                if last_word in f.blocked:
                    break
                spelled = self.data.particle_spellings.get(f.particle or "", frozenset())
                if (
                    f.particle is None
                    or last_word == f.particle
                    or before_word == f.particle
                    or any(x.lower_ in spelled for x in u.tokens[i + 1 : pend])
                    # A reflexive stands right after the verb, not at the clause end ("zeigte sich „…“").
                    or (
                        f.particle in self.data.reflexives
                        and i + 1 < pend
                        and u.tokens[i + 1].text == f.particle
                        and any(m.start > t.idx for m in u.marks)
                    )
                    or self._particle_ends_sentence(u, i, f.particle)
                ):
                    # The particle follows the verb in a main clause and precedes it in a
                    # verb-final one ("wie das Ministerium bekannt gab").
                    label = f.label if f.particle is None else f"{t.text} {f.particle}"
                    out.append((i, label if f.particle else t.text, end))
                    break
            if len(out) == n_before and (phrase := self._phrase_cue(u, i)) is not None:
                # "zeigte sich überzeugt, dass": the particle reading failed, the phrase holds.
                out.append(phrase)
        return out

    @staticmethod
    def _particle_ends_sentence(u: Unit, i: int, particle: str) -> bool:
        """ "fügte der Vorsteher des Departements für Verteidigung, Bevölkerungsschutz und Sport
        an": the particle closes the sentence past commas of a long subject, with no other verb
        between."""
        if i == 0 or u.tokens[i - 1].text != ",":
            return False  # only the frame after its content: "…, fügte der Vorsteher … an"
        k = len(u.tokens) - 1
        while k > i and u.tokens[k].is_punct:
            k -= 1
        if k <= i + 1 or u.tokens[k].text != particle:
            return False
        return not any(x.pos_ in {"VERB", "AUX"} or _inside(x, u.marks) for x in u.tokens[i + 1 : k])

    def _past_name_list(self, u: Unit, ci: int, end: int) -> int:
        """ "sagten Kanzler Stocker (ÖVP), Vizekanzler Babler (SPÖ) und Ministerin Meinl-Reisinger,
        man werde …": the commas of a list of speakers after the cue do not end its clause; the
        comma after the list's last member does."""
        toks = u.tokens
        if ci + 1 >= len(toks) or not _is_cap(toks[ci + 1]) or end >= len(toks) or toks[end].text != ",":
            return end
        j, listed = end, end
        while j < len(toks) and toks[j].text == ",":
            nxt = self._clause_end(toks, j, u.marks)
            seg = toks[j + 1 : nxt]
            if not seg or not _is_cap(seg[0]):
                break
            if not all(
                _is_cap(t)
                or t.text in {"(", ")", "-"}
                or t.text in self.data.name_particles
                or t.lower_ in self.data.conjunctions
                for t in seg
            ):
                break
            if any(t.pos_ in {"VERB", "AUX"} for t in seg):
                break
            j = nxt
            if any(t.lower_ in self.data.conjunctions for t in seg):
                listed = j  # "… und Außenministerin Meinl-Reisinger (NEOS)": the list ends here
                break
        return listed

    def _past_quoted_names(self, u: Unit, end: int) -> int:
        """ "kritisiert in der Zeitung „Nordblatt“, die Aktion …": a name in marks inside the frame
        (no statement of its own) does not end the cue's clause; the comma after it does."""
        toks = u.tokens
        while end < len(toks) and _inside(toks[end], u.marks):
            mark = next((m for m in u.marks if m.start <= toks[end].idx < m.end), None)
            if mark is None or mark.statement:
                return end
            j = end
            while j < len(toks) and _inside(toks[j], u.marks):
                j += 1
            if j >= len(toks) or toks[j].text not in {",", ":"}:
                return end
            end = j
        return end

    def _phrase_cue(self, u: Unit, i: int) -> tuple[int, str, int] | None:
        """A verb that is a cue with a word of its own clause ("vertrat die Auffassung, …",
        "hält es für möglich, dass …"): the clause runs from the last comma before the verb to
        the first comma after it, and the word must be outside quotation marks."""
        toks = u.tokens
        t = toks[i]
        companions = self.data.phrase_cues.get(t.text.lower() if t.text[:1].islower() else t.text)
        if not companions or t.pos_ in {"NOUN", "PROPN", "DET", "ADP", "PRON", "NUM", "ADJ"}:
            return None
        end = self._clause_end(toks, i, u.marks)
        if end >= len(toks) or toks[end].text not in {",", ":"}:
            # The phrase frames a clause after it; without a comma or colon it reports nothing.
            return None
        begin = i
        while begin > 0 and toks[begin - 1].text not in {",", ":", ";"} and not _inside(toks[begin - 1], u.marks):
            begin -= 1
        if any(x.text in self.data.negations for x in toks[begin:end]):
            return None
        for j in range(begin, end):
            if j != i and toks[j].text in companions:
                label = f"{t.text} … {toks[j].text}" if j > i else f"{toks[j].text} … {t.text}"
                return (i, label, end)
        return None

    # ----------------------------------------------------------------- speakers

    def _np_after(self, toks: list[Token], i: int, marks: Sequence[Marked]) -> list[Token]:
        d = self.data
        j = i
        while j < len(toks) and (toks[j].text in d.adverbs or toks[j].text in d.object_pronouns):
            j += 1
        if j >= len(toks):
            return []
        title_end = self._quoted_title_end(toks, j)
        if title_end is not None and self._named_organisation(toks[j + 1 : title_end - 1]):
            # "berichtete „Haaretz“": a paper's name in quotation marks, not its words.
            return list(toks[j + 1 : title_end - 1])
        if _inside(toks[j], marks):
            return []
        first = toks[j]
        if first.text in d.pronouns:
            return [first]
        particle_name = self._particle_surname(toks, j)
        if particle_name:
            # "sagte von der Leyen": a surname that opens with its particle.
            return particle_name
        np: list[Token] = []
        k = j
        if first.text.lower() in d.determiners:
            np.append(first)
            k += 1
            title_end = self._quoted_title_end(toks, k) if k < len(toks) else None
            if title_end is not None:
                # "urteilt die „taz“": a title in quotation marks after the article.
                return [first, *toks[k:title_end]]
        while k < len(toks) and toks[k].text[:1].islower() and toks[k].text.isalpha():
            t = toks[k]
            if t.text in d.prepositions or t.text in d.determiners or t.text in d.adverbs:
                break
            np.append(t)
            k += 1
        saw_cap = False
        while k < len(toks):
            t = toks[k]
            if _inside(t, marks):
                break
            if (
                _is_cap(t)
                and t.text.rstrip(".")
                and (t.text.rstrip(".").replace("-", "").isalnum() or t.text in d.titles)
            ) or (np and (t.text,) in d.channel_names):
                # A medium's name in lower case counts too ("so die Nachrichtenagentur dpa").
                np.append(t)
                saw_cap = True
                k += 1
                continue
            if saw_cap and t.text in d.name_particles and k + 1 < len(toks):
                # "Ursula von der Leyen": particles between capitalised name parts.
                m = k
                while m < len(toks) and toks[m].text in d.name_particles:
                    m += 1
                first_particle = toks[k].text
                if (
                    m < len(toks)
                    and _is_cap(toks[m])
                    and m - k <= 2
                    and first_particle.lower() not in d.determiners
                    and not self._is_role(toks[m].text)
                    and toks[m].text not in d.media_nouns
                ):
                    np.extend(toks[k:m])
                    k = m
                    continue
            break
        if not saw_cap:
            return []
        return np + self._voiced_body_after(toks, k, np[-1], marks)

    def _voiced_body_after(self, toks: list[Token], k: int, role: Token, marks: Sequence[Marked]) -> list[Token]:
        """The genitive after a spokesperson, whose body speaks through them: "sagte eine
        Sprecherin des Innenministeriums". The parse gives it where it makes the spokesperson the
        subject, and loses it where it takes the phrase for an object."""
        d = self.data
        if k >= len(toks) or toks[k].text not in d.genitive_determiners:
            return []
        if not (self._is_role(role.text) and role.lower_.endswith(d.body_voice_endings)):
            return []
        m = k + 1
        while (
            m < len(toks)
            and toks[m].text[:1].islower()
            and toks[m].text.isalpha()
            and toks[m].text not in d.prepositions
        ):
            m += 1  # "des russischen Verteidigungsministeriums"
        end = m
        while end < len(toks) and _is_cap(toks[end]) and not _inside(toks[end], marks):
            end += 1
        return list(toks[k:end]) if end > m else []

    def _subject_after(self, toks: list[Token], verb: int, marks: Sequence[Marked]) -> list[Token]:
        """The noun phrase after a verb, when it can be the subject: the verb stands second after
        an adverbial ("Im Anschluss teilte der Élysée-Palast mit") and the phrase is no object."""
        d = self.data
        before = [t for t in toks[:verb] if t.text not in {",", ":", "–", "-", "(", ")"}]
        first = before[0] if before else None
        # "Gelassener urteilt die „taz“": a lone adverb or adjective before the verb is no subject.
        adverbial = (
            len(before) == 1
            and first is not None
            and (first.pos_ in ("ADV", "ADJ") or lower_case_word(first.text, self.lang))
        )
        if first is not None and not (
            first.text in d.non_subject_openers
            or first.text.lower() in d.prepositions
            or self._verb_candidate(first)
            or adverbial
        ):
            # Something else stands before the verb: that was the subject, the phrase after is an object.
            medium_first = any(t.text in d.media_nouns for t in toks[:verb])
            if first.text not in d.as_clause_openers and not medium_first:
                return []
        np = self._np_after(toks, verb + 1, marks)
        if np and np[0].text.lower() in d.non_nominative:
            return []
        return np

    def _passive_aux(self, u: Unit, ci: int, *, clause: bool = True) -> int | None:
        """The passive auxiliary of a cue participle in its clause ("wird … vorgeworfen"), by the
        tagger's participle tag; None in the active or without a tagger. ``clause=False`` looks
        past commas ("wurde wegen A, B und C verurteilt")."""
        toks = u.tokens
        cue = toks[ci]
        # The tagger slips on participles with a particle ("vorgeworfen" as VVINF); an
        # infinitive is its own lemma, a participle is not.
        misread = cue.tag_ == "VVINF" and cue.lemma_ and cue.lemma_.lower() != cue.lower_
        if cue.tag_ != "VVPP" and "Part" not in cue.morph.get("VerbForm", []) and not misread:
            return None
        for k in range(ci - 1, -1, -1):
            t = toks[k]
            if clause and t.text in {",", ";", ":"} and not _inside(t, u.marks):
                return None
            if t.lower_ in self.data.passive_auxiliaries:
                return k
        return None

    def _quoting(self, tok: Token) -> bool:
        return tok.lower_.startswith(self.data.quoting_stems) if self.data.quoting_stems else False

    def _quoted_object(self, u: Unit, ci: int, subject: list[Token]) -> tuple[list[Token], str] | None:
        """ "Die Nachrichtenagentur Tass zitierte Peskow mit den Worten: „…“": the object of an
        active quoting verb speaks, and its subject, who passed it on, is the channel."""
        if not subject or not self._quoting(u.tokens[ci]):
            return None
        nxt = u.tokens[ci + 1] if ci + 1 < len(u.tokens) else None
        quoted = (
            # "Xinhua zitierte ihn mit den Worten …": the one the pronoun stands for.
            [nxt]
            if nxt is not None and nxt.lower_ in self.data.quoted_pronouns
            else self._np_after(u.tokens, ci + 1, u.marks)
        )
        cut = next((k for k, t in enumerate(quoted) if t.lower_ in {"mit", "so", "wie", ",", ":"}), len(quoted))
        if not quoted[:cut]:
            return None
        words = [t for t in subject if t.lower_ not in self.data.determiners] or subject
        channel = self._medium_entity(subject) or self._text[words[0].idx : words[-1].idx + len(words[-1].text)]
        return quoted[:cut], channel

    def _passive_speaker(self, u: Unit, ci: int, aux: int, first: int = 0) -> list[Token]:
        """Who speaks in a passive frame: the subject before the auxiliary of "wird … zitiert",
        else the "von" phrase after the auxiliary ("wurde von der Polizei mitgeteilt"), else no one."""
        toks = u.tokens
        if self._quoting(toks[ci]):
            return self._np_before(toks, first, aux) if aux > first else self._np_after(toks, aux + 1, u.marks)
        von = next((k for k in range(aux + 1, ci) if toks[k].lower_ in {"von", "vom"}), None)
        if von is None:
            return []
        return [t for t in toks[von + 1 : ci] if not t.is_punct][:8]

    def _no_one_before(self, u: Unit, ci: int) -> bool:
        """A subject that names no one ("keiner", "niemand") in the cue's clause before it."""
        for k in range(ci - 1, -1, -1):
            t = u.tokens[k]
            if t.text in {",", ";", ":"} or _inside(t, u.marks):
                return False
            if t.lower_ in self.data.no_one:
                return True
        return False

    def _closes_relative_clause(self, u: Unit, ci: int, cend: int) -> bool:
        """Whether the cue at ci ends a comma-delimited clause opened by a relative pronoun or a
        conjunction, inside the subject of the verb right after its comma ("Ein Beamter, den die
        Zeitung zitiert, kommentierte, …"). A relative clause followed by its content speaks for
        its noun ("Dschassim, der vor dem Parlament betonte, er gehöre …")."""
        toks = u.tokens
        if cend + 1 >= len(toks) or toks[cend].text != "," or cend > ci + 2:
            return False
        nxt = toks[cend + 1]
        if not (nxt.tag_.endswith("FIN") or self.data.cues.get(nxt.lower_)):
            return False
        comma = next((k for k in range(ci - 1, 0, -1) if toks[k].text == "," and not _inside(toks[k], u.marks)), None)
        if comma is None or comma + 1 >= ci:
            return False
        opener = toks[comma + 1]
        if opener.lower_ in self.data.complementisers:
            return True  # "…, dass X das bestätigte, …"
        # "…, den die Zeitung zitiert, …": after the relative pronoun comes its clause's own
        # article or pronoun; after an article comes its noun ("…, die Regierung bestätigte, …").
        return opener.text in self.data.clause_determiners and not _is_cap(toks[comma + 2])

    def _named_phrase(self, words: Sequence[Token]) -> bool:
        """Whether the entity layer read these words, quotation marks aside, as one person or
        organisation ("taz" in "Die „taz“ meint")."""
        words = [t for t in words if not t.is_punct]
        if not words or self._entity_at is None or not words[0].doc._.entities:
            return False
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        ent = self._entity_at(words[0].doc, start, end)
        return (
            ent is not None
            and ent.type in ("PER", "ORG")
            and any(m.start == start and m.end == end for m in ent.mentions)
        )

    def _np_before(self, toks: list[Token], start: int, verb: int, *, as_clause: bool = False) -> list[Token]:
        d = self.data
        seg = list(toks[start:verb])
        colon = next((k for k in range(len(seg) - 1, -1, -1) if seg[k].text == ":"), None)
        if colon is not None and colon <= 2:
            # "Frage: Ihr Koalitionspartner wirft Ihnen vor, …": an interview's turn label or a
            # headline's topic before the colon is no part of the subject.
            seg = seg[colon + 1 :]
        dashes = [k for k, t in enumerate(seg) if t.text in HEADLINE_DASHES and (t.text != "-" or t.whitespace_)]
        if len(dashes) == 1 and any(t.pos_ in {"VERB", "AUX"} for t in seg[: dashes[0]]):
            # "Nationalrat beschließt Budget – Opposition spricht …": a clause, a dash, then the
            # subject. Two dashes set off an aside ("Der Minister – sichtlich verärgert – sagte").
            seg = seg[dashes[0] + 1 :]
        while seg and seg[0].text in {",", ":", "–", "-", "(", ")"}:
            seg = seg[1:]
        if as_clause:
            # "Wie schon die WHO sagte": an adverb before the subject of an as-clause.
            while len(seg) > 1 and seg[0].text in d.adverbs:
                seg = seg[1:]
        apposition: list[Token] = []
        if "," in [t.text for t in seg]:
            # An apposition or relative clause after the head: the head noun phrase is the subject;
            # an apposition ("Jan Vogt, ein Sprecher der Stadt,") stays in the mention.
            cut = [t.text for t in seg].index(",")
            rest = [t for t in seg[cut:] if t.text not in {",", "(", ")"}]
            rest_words = seg[cut + 1 :]
            while rest_words and rest_words[-1].text == ",":
                rest_words = rest_words[:-1]
            clause = any(
                self._verb_candidate(t) and not (i + 1 < len(rest) and _is_cap(rest[i + 1])) for i, t in enumerate(rest)
            )
            if rest and not clause and len(rest) <= 10:
                apposition = [seg[cut], *rest_words]
            seg = seg[:cut]
        if not seg or len(seg) > 14:
            return []
        first = seg[0]
        if self._particle_name(seg):
            # "Von der Leyen sagte": a surname that starts with a particle, not a prepositional phrase.
            return [*seg, *apposition]
        if (first.text in d.non_subject_openers and not as_clause) or first.text.lower() in d.prepositions:
            return []
        lone = len(seg) == 1 and first.is_sent_start and _is_cap(first) and first.text not in d.pronouns
        # A lone capitalised first word is a subject only if the article also writes it
        # capitalised mid-sentence (a name or noun, not an adverb like "Ähnlich").
        if (
            lone
            and not any(not first.doc[i].is_sent_start for i in self._positions.get(first.text, ()))
            # "Wadephul sagte, …" with the surname alone and first in the article.
            and not self._named_phrase([first])
        ):
            return []
        if (
            any(t.text in d.media_nouns for t in seg)
            and not as_clause
            and (first.lower_ in d.dative_feminine or first.lower_ in d.non_nominative)
        ):
            # "Der Zeitung X sagte Y": a medium after an article that may be a dative is the
            # channel, not the speaker; "Die Zeitung kommentiert" is the medium speaking.
            return []
        if first.text in d.pronouns:
            # A pronoun first in a main clause is its subject ("Sie wird mit den Worten zitiert").
            return [first]
        if first.text.lower() not in d.determiners and not _is_cap(first):
            return []
        # A subject is a noun phrase, possibly with an apposition: no second verb inside.
        for i, t in enumerate(seg):
            if self._cue_word(t.text) is not None:
                return []
            if t.pos_ in {"VERB", "AUX"}:
                return []
            if i > 0 and t.text in self.data.auxiliaries:
                # "Angaben … wurden nicht gemacht": an auxiliary inside makes the segment a clause.
                return []
        if (
            not any(_is_cap(t) for t in seg[1:])
            and first.text.lower() in d.determiners
            and not self._named_phrase(seg[1:])
        ):
            # "Die Regierung" names a body; "Die taz" too, which only the entity layer knows.
            return []
        return [*seg, *apposition]

    def _particle_surname(self, toks: Sequence[Token], j: int) -> list[Token]:
        """ "von der Leyen", "van Aken", "de Maizière" at toks[j] in lower case: at most two
        particles and one capitalised word the dictionary does not know as a word ("von der
        Regierung" is none), the whole phrase; else []."""
        d = self.data
        m = j
        while m < len(toks) and m - j < 2 and toks[m].text in d.name_particles and toks[m].text.islower():
            m += 1
        if m == j or m >= len(toks):
            return []
        last = toks[m]
        if (
            not _is_cap(last)
            or not last.text.isalpha()
            or (dictionary_word(last.text, self.lang) and last.ent_type_ != "PER")
            or last.text.lower().endswith(d.not_name_endings)
            or self._is_role(last.text)
            or last.text in d.media_nouns
            or (m + 1 < len(toks) and _is_cap(toks[m + 1]))
        ):
            return []
        return list(toks[j : m + 1])

    def _particle_name(self, seg: list[Token]) -> bool:
        """ "Von der Leyen", "Van Aken", "De Maizière" opening a sentence: capitalised particle,
        further particles, one capitalised word that is no common noun ("Von der Regierung")."""
        d = self.data
        if len(seg) < 2 or not seg[0].is_sent_start or not _is_cap(seg[0]):
            return False
        if seg[0].text.lower() not in d.name_particles:
            return False
        last = seg[-1]
        return (
            all(t.text in d.name_particles for t in seg[1:-1])
            and _is_cap(last)
            and last.text.isalpha()
            and not last.text.lower().endswith(d.not_name_endings)
            and not self._is_role(last.text)
            and last.text not in d.media_nouns
        )

    def _subject_from_parse(self, verb: Token, u: Unit, after: int = -1) -> list[Token]:
        """The parse subject of a cue verb; with ``after`` (a doc token index) only one standing
        behind it: in "…, sagte er" everything before the comma is reported content, and a
        subject the parser hung from there ("Frieden") belongs to the content, not the cue."""
        if not verb.doc.has_annotation("DEP"):
            # Children of an unparsed Doc are undefined (and can crash spaCy).
            return []
        own = [c for c in verb.children if c.dep_ in _SUBJECT_RELATIONS and c.i > after]
        aux = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ in self.data.active_auxiliaries), None)
        if not own and aux is not None:
            # "Glos hatte … gesagt" with "Glos" labelled a passive subject: with the auxiliary of
            # the active perfect that is the speaker ("auch X genannt" has none).
            own = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_RELATIONS and c.i > after]
            if not own and aux.i + 1 < verb.i:
                # "Vor seiner Abreise hatte Macron gesagt, …" with the name taken for an object:
                # in a clause without a subject, a name right after the auxiliary is the one.
                nxt = verb.doc[aux.i + 1]
                if nxt.head == verb and nxt.i > after and nxt.ent_type_ in ("PER", "ORG") and nxt.ent_iob_ == "B":
                    own = [nxt]
        if not own and verb.dep_ in _CONJUNCT_RELATIONS and verb.head.i != verb.i and verb.head.pos_ in _PREDICATE_POS:
            # "Sie bedankte sich und sagte: …": the second of two coordinated verbs shares the
            # subject of the first.
            own = [c for c in verb.head.children if c.dep_ in _SUBJECT_RELATIONS and after < c.i < verb.i]
        if len(own) > 1:
            # Two subjects for one verb: one is a fronted object or adverbial the parser misread
            # ("Der Politik schlug er vor", "Sinngemäß hofft Musk"); a pronoun or a name is the subject.
            # A subject behind a comma after the verb belongs to the reported clause ("Der 58-Jährige
            # habe geschrieben, er müsse …") where the parser hung it on the cue.
            own.sort(key=lambda c: (self._behind_comma(verb, c), not self._names_someone(c)))
        for child in own:
            if any(t.text == ":" for t in verb.doc[child.i + 1 : verb.i]):
                continue  # "Frage: Ihr Partner wirft Ihnen vor": a label before a colon
            if u.start <= child.idx < u.end:
                sub = self._phrase_without_clauses(child)
                if not sub:
                    continue
                d = self.data
                # A parser's slips: an object pronoun, an adverb or a medium taken for the subject.
                # "Das Ministerium teilte mit": an article opening a longer phrase is no slip.
                # A lone article is the rest of a phrase the parser broke ("Die taz meint"); a
                # relative or demonstrative pronoun ("…, die angab", "Diese bestätigte") speaks.
                opener_slip = (
                    sub[0].text in d.non_subject_openers and not (len(sub) > 1 and sub[0].lower_ in d.determiners)
                ) or (len(sub) == 1 and sub[0].tag_ == "ART")
                # "Die Nachrichtenagentur AFP meldete" speaks; "Der Zeitung X sagte Y" may be a
                # dative the parser took for the subject, so a medium after such an article is not.
                medium_slip = any(t.text in d.media_nouns for t in sub) and (
                    (sub[0].lower_ in d.dative_feminine and "Nom" not in child.morph.get("Case", []))
                    or sub[0].lower_ in d.non_nominative
                )
                if (
                    len(sub) <= 14
                    and sub[0].text not in d.object_pronouns
                    and not opener_slip
                    and not medium_slip
                    and not self._fronted_slip(sub, verb)
                    and not _inside(sub[0], u.marks)
                ):
                    return sub
        return []

    @staticmethod
    def _behind_comma(verb: Token, tok: Token) -> bool:
        return tok.i > verb.i and any(t.text == "," for t in verb.doc[verb.i + 1 : tok.i])

    def _names_someone(self, head: Token) -> bool:
        """Whether a subject names someone: a pronoun, or a name in its phrase (a country speaks
        too: "China hatte gedroht"). A name inside a prepositional attribute names no one: in
        "Die Zeitung kommentiert die Gespräche in Moskau" the talks are not the speaker."""
        if head.text in self.data.pronouns:
            return True
        inside_pp = {
            x.i
            for c in head.children
            if c.dep_ in _ATTRIBUTE_RELATIONS and any(g.dep_ == "case" for g in c.children)
            for x in c.subtree
        }
        return any(t.ent_type_ == "PER" or t.pos_ == "PROPN" for t in head.subtree if t.i not in inside_pp)

    def _nameless_front(self, np: list[Token], verb: Token) -> bool:
        """Whether a phrase before the verb is no subject where the parse names one after it
        ("Die praktische Anwendung … stellte der SPD-Vorsitzende Franz Müntefering in Frage")."""
        if self._fronted_slip(np, verb):
            return True
        if not verb.doc.has_annotation("DEP") or any(t.pos_ == "PROPN" or t.ent_type_ for t in np):
            return False
        return any(c.dep_ in _SUBJECT_RELATIONS and c.i > verb.i and self._names_someone(c) for c in verb.children)

    def _fronted_slip(self, sub: list[Token], verb: Token) -> bool:
        """A phrase before the verb that the parser took for its subject and cannot be one: in an
        object case ("Den Unmut … brachte X zum Ausdruck"), after "als" ("Als Begründung gab er
        an"), or a sentence adverb the dictionary knows in lower case ("Sinngemäß hofft Musk")."""
        first = sub[0]
        if sub[-1].i > verb.i:
            return False
        if first.lower_ in self.data.non_nominative:
            return True
        if first.i > 0 and first.doc[first.i - 1].lower_ in self.data.role_markers:
            return True
        return (
            len(sub) == 1
            and bool(first.is_sent_start)
            and first.pos_ not in _PRONOMINAL_POS
            and first.lower_ not in self.data.group_pronouns  # "Beide", "Einige" stand for people
            and lower_case_word(first.text, self.lang)
        )

    @staticmethod
    def _phrase_without_clauses(head: Token) -> list[Token]:
        """The subject's words without a relative or other clause the parser hung on it ("Merz,
        die Reform komme" is "Merz"): the contiguous stretch around the head, commas trimmed."""
        cut: set[int] = set()
        for t in head.subtree:
            if t is not head and t.dep_ in _CLAUSE_RELATIONS:
                cut.update(x.i for x in t.subtree)
        words = [t for t in head.subtree if t.i not in cut and not t.is_space]
        # A whitespace head (a misparse of a line break) has no phrase to give.
        at = next((k for k, t in enumerate(words) if t.i == head.i), None)
        if at is None:
            return []
        # Keep only the contiguous run that contains the head.
        lo = hi = at
        while lo > 0 and words[lo - 1].i == words[lo].i - 1:
            lo -= 1
        while hi + 1 < len(words) and words[hi + 1].i == words[hi].i + 1:
            hi += 1
        run = words[lo : hi + 1]
        while run and run[-1].text in _PHRASE_EDGE_MARKS:
            run = run[:-1]
        while run and run[0].text in _PHRASE_EDGE_MARKS:
            # "Einigung – Opposition spricht von …": a headline's dash joins two statements.
            run = run[1:]
        return run

    def _is_role(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        tail = low.rsplit("-", 1)[-1]
        return tail.endswith(self.data.role_endings)

    def _name_tokens(self, np: list[Token]) -> list[Token]:
        texts = [t.text for t in np]
        if "," not in texts:
            return self._head_name(np)
        # The name is in the head, before an apposition ("Jan Vogt, ein Sprecher"), unless the head
        # is a role with a place or a body ("Der Korrespondent in Rom, Will Grant", "die Sprecherin
        # der Fraktion, Anna Berg"): then it is after it.
        cut = texts.index(",")
        head, appos = np[:cut], [t for t in np[cut + 1 :] if t.text != ","]
        names = self._head_name(head)
        role_head = any(self._is_role(t.text) for t in head)
        if (
            not names
            or (
                role_head
                and names[0].i > head[0].i + 1
                and (
                    head[names[0].i - head[0].i - 1].text in self.data.prepositions
                    or head[names[0].i - head[0].i - 1].lower_ in self.data.determiners
                )
            )
        ) and appos:
            alt = self._head_name(appos)
            if alt and all(_is_cap(t) or t.text in self.data.name_particles for t in alt) and len(alt) <= 4:
                return alt
        return names

    def _head_name(self, np: list[Token]) -> list[Token]:
        d = self.data
        out: list[Token] = []
        role_seen = False
        for k, t in enumerate(np):
            if t.text.lower() in d.determiners and not out:
                continue
            if t.text[:1].islower() and not out and t.text not in d.name_particles:
                if role_seen and t.text in d.prepositions:
                    break  # "der SP-Bundesrat vor den Medien": no name in what follows the role
                continue
            if self._is_role(t.text) and (not out or (k + 1 < len(np) and _is_cap(np[k + 1]))):
                # "Niedersachsens Ministerpräsident Olaf Lies": what stood before the role was its
                # place or body, and the name comes after it. A role word last is a surname
                # ("Wolfgang Richter").
                out = []
                role_seen = True
                continue
            if t.text == "(" and out:
                break  # "Olaf Lies (SPD)": the party in brackets is no part of the name
            if t.text in d.titles:
                continue
            out.append(t)
        while out and (out[-1].text in d.name_particles or out[-1].text.lower() in d.determiners):
            out.pop()
        return out

    def _could_be_given_name(self, word: str) -> bool:
        d = self.data
        low = word.lower()
        return not (
            self._is_role(word)
            or word in d.non_subject_openers
            or word in d.pronouns
            or low in d.determiners
            or word in d.cue_nouns
            or word in d.media_nouns
            or word in d.statement_nouns
            or word in d.work_nouns
            or low.endswith(d.not_name_endings)
        )

    def _full_name(self, doc: Doc, surname: str) -> str | None:
        """The fullest "First Last" written in the article for a single-word name."""
        best: str | None = None
        d = self.data
        if surname.isupper() or "-" in surname:
            # Acronyms ("AFP") and compounds ("Élysée-Palast") are names of bodies, not surnames.
            return None
        for i in self._positions.get(surname, ()):
            t = doc[i]
            if t.i == 0:
                continue
            j = t.i - 1
            parts = [t.text]
            while j >= 0:
                p = doc[j]
                if p.text in d.name_particles and p.text.lower() not in d.determiners and j > 0 and _is_cap(doc[j - 1]):
                    parts.insert(0, p.text)
                    j -= 1
                    continue
                if (
                    p.text.lower() in d.determiners
                    and p.text in d.name_particles
                    and j > 0
                    and doc[j - 1].text in d.name_particles
                    and doc[j - 1].text.lower() not in d.determiners
                ):
                    # "von der Leyen": an article inside a name only after "von"/"van".
                    parts.insert(0, p.text)
                    j -= 1
                    continue
                if (
                    _is_cap(p)
                    and p.text.replace("-", "").isalpha()
                    and not p.is_sent_start
                    and self._could_be_given_name(p.text)
                ):
                    parts.insert(0, p.text)
                    j -= 1
                    continue
                break
            if len(parts) > 1 and parts[0] not in d.name_particles and (best is None or len(parts) > len(best.split())):
                best = " ".join(parts)
        return best

    def _role_name(self, doc: Doc, role: str) -> str | None:
        """The name written beside the same role noun elsewhere ("EU-Außenbeauftragte Kaja Kallas"),
        if exactly one name is."""
        stem = role.rstrip(".")
        for suffix in ("en", "n", "r", "s"):
            if stem.endswith(suffix) and len(stem) > len(suffix) + 4:
                stem = stem[: -len(suffix)]
                break
        found_names: set[str] = set()
        for word, positions in self._positions.items():
            if not word.startswith(stem) or len(word) > len(stem) + 3:
                continue
            for i in positions:
                found = self._name_after_role(doc, i)
                if found:
                    found_names.add(found)
        # Two people with this role ("Ministerin Berg und Ministerin Voss"): not ours to pick one.
        distinct = {n for n in found_names if not any(n != m and n in m for m in found_names)}
        return next(iter(distinct)) if len(distinct) == 1 else None

    def _name_after_role(self, doc: Doc, i: int) -> str | None:
        """A name of two or more words right after the role noun at token i."""
        if i + 1 >= len(doc):
            return None
        names = self._name_tokens(self._np_after(list(doc[i + 1 : min(len(doc), i + 6)]), 0, []))
        # Right after the role: a name after an article is a genitive or dative phrase ("ein
        # Regierungssprecher der Deutschen Presse-Agentur").
        if names and names[0].i != i + 1:
            return None
        if len(names) >= 2 and all(_is_cap(n) or n.text in self.data.name_particles for n in names):
            return " ".join(n.text for n in names)
        return None

    @property
    def _positions(self) -> dict[str, list[int]]:
        """Word form -> token indices in the current article: look-ups without rescanning it."""
        if self._positions_cache is None:
            by_hash: dict[int, list[int]] = {}
            doc = self._positions_doc
            if doc is not None and len(doc):
                for i, h in enumerate(doc.to_array("ORTH").tolist()):
                    by_hash.setdefault(int(h), []).append(i)
                strings = doc.vocab.strings
                self._positions_cache = {strings[h]: v for h, v in by_hash.items()}
            else:
                self._positions_cache = {}
        return self._positions_cache

    @staticmethod
    def _entity_type(doc: Doc, entity_id: str | None) -> str | None:
        for ent in doc._.entities or []:
            if entity_id is not None and ent.id == entity_id:
                return str(ent.type)
        return None

    @staticmethod
    def _person_named(doc: Doc, name: str | None) -> Any:
        if not name:
            return None
        for ent in doc._.entities or []:
            if ent.type == "PER" and (ent.name == name or name in ent.aliases):
                return ent
        return None

    def _resolve_cached(self, doc: Doc, start: int, end: int) -> Any:
        key = (id(doc), start, end)
        if key not in self._ref_cache:
            assert self._resolve_ref is not None
            self._ref_cache[key] = self._resolve_ref(doc, start, end)
        return self._ref_cache[key]

    def _speaker(self, doc: Doc, np: list[Token], last: Frame | None, *, source: bool = False) -> Speaker | None:
        """The speaker a noun phrase names. ``source``: the phrase of "laut X", "X zufolge", "nach
        Angaben X", where a dative or a document ("laut einem Sprecher", "laut vorläufigem
        Ergebnis") is the source."""
        np = self._without_addressee(np)
        if not np:
            return None
        d = self.data
        np = self._with_apposed_name(doc, np)
        framing = next(
            (k for k in range(1, len(np) - 1) if (np[k].lower_, np[k + 1].lower_) in self.data.frame_adverbials), None
        )
        if framing is not None:
            # "ein Sprecher der Staatsanwaltschaft auf Anfrage": how it was said, not who said it.
            np = np[:framing]
        start, end = np[0].idx, np[-1].idx + len(np[-1].text.rstrip("."))
        if np[-1].text.endswith(".") and np[-1].text.rstrip(".") == "":
            end = np[-1].idx + len(np[-1].text)
        mention = _span(self._text, start, end)
        after_name = next(
            (
                k
                for k, t in enumerate(np)
                if k
                and t.text in d.prepositions
                and t.text not in d.name_particles
                and (np[k - 1].pos_ == "PROPN" or np[k - 1].ent_type_ == "PER")
            ),
            None,
        )
        # An attributive "damalige", "frühere" before the role is part of the phrase, not its time.
        timed = next(
            (
                k
                for k, t in enumerate(np)
                if k and _in_timex(doc, [t]) and any(_is_cap(x) and x.lower_ not in d.determiners for x in np[:k])
            ),
            None,
        )
        if timed is not None:
            # "sagte Marterbauer am Montagabend": a time after the name is no part of it.
            cut = timed - 1 if np[timed - 1].text.lower() in d.prepositions else timed
            if cut > 0:
                np = np[:cut]
                end = np[-1].idx + len(np[-1].text)
                after_name = None
        if after_name is not None and not any(t.text == "," for t in np[after_name:]):
            # "sagte Macron auf Französisch", "Merz vor Journalisten": the name ends at the
            # preposition; what follows says how or where.
            np = np[:after_name]
            end = np[-1].idx + len(np[-1].text)
        at = next((k for k, t in enumerate(np) if k and t.text in d.place_prepositions), None)
        if at is not None and any(self._is_role(t.text) for t in np[:at]):
            # "ein Regierungssprecher in Berlin": where the role holder spoke, not who spoke; an
            # apposition after it stays ("Der Korrespondent in Rom, Will Grant"). The mention
            # keeps the whole phrase.
            comma = next((k for k in range(at, len(np)) if np[k].text == ","), len(np))
            np = np[:at] + np[comma:]
            end = np[-1].idx + len(np[-1].text)
        coord = next(
            (k for k, t in enumerate(np) if k and t.text in d.conjunctions and k + 1 < len(np) and _is_cap(np[k + 1])),
            None,
        )
        if (
            coord is not None
            and self._is_name_token(np[coord - 1])
            and self._is_name_token(np[min(coord + 1 + (np[coord + 1].text in d.name_particles), len(np) - 1)])
            and all(t.text != "," for t in np[:coord])
        ):
            # "Merz und Macron erklärten": the first of the two names the statement; the
            # mention keeps both.
            np = np[:coord]
        # The entity extractor's answers count only where it ran on this Doc.
        has_entities = doc._.entities is not None
        apposed = self._apposed_person(doc, np) if has_entities else None
        if apposed is not None:
            # "sagte die Haushälterin der Linken, Ines Albers": the person after the comma.
            return Speaker(apposed.name, apposed.id or None, mention)
        if has_entities and self._medium_anaphor(np):
            # "warnt das Blatt", "meint das Schweizer Blatt": the paper named last.
            medium = self._last_medium(doc, np[0].idx)
            if medium is not None:
                return Speaker(medium.name, medium.id or None, mention)
        if len(np) == 1 and np[0].text in d.generic_pronouns:
            said = last.speaker.span if last is not None and last.speaker is not None else None
            near = (
                said is not None
                # The one who spoke in this paragraph, a sentence or two before.
                and 0 <= np[0].idx - said.end <= _GENERIC_REACH
                and "\n" not in self._text[said.end : np[0].idx]
            )
            return _speaker_before(last if near else None, mention)
        if len(np) == 1 and (np[0].text in d.pronouns or np[0].lower_ in d.quoted_pronouns):
            if self._resolve_ref is not None and has_entities:
                # The entity extractor decides; where it cannot, the pronoun stays unresolved.
                ent = self._resolve_cached(doc, start, end)
                return Speaker(ent.name if ent else None, (ent.id or None) if ent else None, mention)
            return _speaker_before(last, mention)
        owner = self._spokesperson_owner(doc, np) if has_entities else None
        if owner is not None:
            # "ein Sprecher seines Hauses", "eine Sprecherin ihres Ministeriums": the spokesperson
            # speaks for the person the possessive stands for.
            return Speaker(owner.name, owner.id or None, mention)
        after = np[-1].i + 1 if np else len(doc)
        if (
            np
            and np[-1].text in d.office_nouns
            and after + 1 < len(doc)
            and doc[after].text in d.genitive_determiners
            and _is_cap(doc[after + 1])
        ):
            # "das Büro des Landeshauptmanns": the office speaks for the holder of the role, the
            # one named beside the same role noun.
            holder = self._role_name(doc, doc[after + 1].text)
            if holder:
                return Speaker(holder, None, mention)
        capitals = [t for t in np if _is_cap(t)]
        body_word = capitals[0] if len(capitals) == 1 else None
        for k in range(len(np) - 2):
            if np[k].lower_.endswith(d.body_voice_endings) and np[k + 1].text in d.genitive_determiners:
                body_word = np[k + 2]  # "Ein Sprecher der Organisation sagte dem Sender …"
                break
        if has_entities and body_word is not None and self._anaphoric_body(body_word.text):
            # "Ein Sprecher der Organisation sagte", "Die Behörde teilte mit": the body named just
            # before speaks.
            ent = self._last_body(doc, np[0].idx)
            if ent is not None:
                return Speaker(ent.name, ent.id or None, mention)
        if has_entities and len(capitals) == 1 and capitals[0].lower_.endswith(d.body_voice_endings):
            body = self._spokesperson_body(doc, capitals[0])
            if body is not None:
                # "wie ein Ministeriumssprecher bestätigte": the ministry named before speaks.
                return Speaker(body[0], body[1], mention)
        held = next(
            (
                k
                for k in range(len(np) - 1)
                if self._is_role(np[k].text)
                and not np[k].lower_.endswith(d.body_voice_endings)
                and np[k].text not in d.media_staff
                and np[k + 1].text in d.genitive_determiners
            ),
            None,
        )
        # "der Vorsteher des Departements für Verteidigung": the names after the role's genitive
        # are the body its holder heads, not the speaker.
        names = self._name_tokens(np[: held + 1] if held is not None else np)
        at = next((k for k, t in enumerate(names) if k and t.text in d.place_prepositions), None)
        if (
            at is not None
            and at + 1 < len(names)
            and names[0].pos_ == "NOUN"
            and all(t.pos_ != "PROPN" for t in names[:at])
            and all(_is_cap(t) for t in names[at + 1 :])
        ):
            # "die Staatskanzlei in Hannover", "die Regierung in Peking": the body at its seat,
            # not the place alone.
            return Speaker(self._text[names[0].idx : names[-1].idx + len(names[-1].text)], None, mention)
        if names:
            n_start, n_end = names[0].idx, names[-1].idx + len(names[-1].text.rstrip("."))
            if self._entity_at is not None and has_entities:
                ent = self._entity_at(doc, n_start, n_end)
                if ent is not None and ent.type != "PER" and len(names) == 1:
                    # A surname that is also a place ("Roth"): the person written in full wins.
                    # So does the person whose role the place is part of ("Niedersachsens
                    # Ministerpräsident Olaf Lies", where the parse makes the genitive the subject).
                    person = self._person_named(doc, self._full_name(doc, names[0].text))
                    ent = person or self._person_with_role_at(doc, n_start, n_end) or ent
                elif ent is not None and ent.type != "PER":
                    # "Oberösterreichs Landeshauptmann Thomas Stelzer": a person's name that ends
                    # the phrase is its head, however long the genitive before it.
                    tail = self._entity_at(doc, names[-1].idx, n_end)
                    if tail is not None and tail.type == "PER":
                        ent = tail
                if (
                    ent is not None
                    and ent.type == "LOC"
                    and len(names) == 2
                    and names[0].text.endswith("s")
                    and not self._is_role(names[1].text)
                    and self._entity_at(doc, names[1].idx, names[1].idx + len(names[1].text)) is None
                ):
                    # "Chinas Außenministerium": the country's body speaks, not the country.
                    return Speaker(self._text[n_start:n_end], None, mention)
                if (
                    ent is not None
                    and ent.type == "LOC"
                    and len(names) == 2
                    and names[0].pos_ == "NOUN"
                    and not self._is_role(names[0].text)
                    and self._entity_at(doc, names[0].idx, names[0].idx + len(names[0].text)) is None
                ):
                    # "der Stadtverwaltung Kiew": the body of the place speaks, not the place.
                    return Speaker(self._nominative_phrase(names) or self._text[n_start:n_end], None, mention)
                if ent is not None:
                    return Speaker(ent.name, ent.id or None, mention)
            name = self._text[n_start:n_end]
            if len(names) > 1:
                name = self._nominative_phrase(names) or name
            if len(names) == 1:
                full = self._full_name(doc, name)
                if full is None and not source and names[0].pos_ != "PROPN" and not self._may_speak(np, names):
                    # A common noun read as a name ("Die Veranstaltung forderte …").
                    return None
                name = full or self._nominative(names[0]) or name
            return Speaker(name, None, mention)
        roles = [t for t in np if self._is_role(t.text)]
        if roles:
            if self._resolve_ref is not None and has_entities:
                ent = self._resolve_cached(doc, start, end)
                # "der Vorsteher des Departements": the body in the role's genitive is whose head
                # spoke, not the speaker; "ein Sprecher des VBS" speaks for it.
                role_end = roles[-1].idx + len(roles[-1].text)
                held_body = (
                    ent is not None
                    and ent.type != "PER"
                    and any(role_end <= m.start < end for m in ent.mentions)
                    and not any(m.start <= roles[-1].idx < m.end for m in ent.mentions)
                )
                if ent is not None and (
                    ent.type == "PER"
                    or roles[-1].lower_.endswith(d.body_voice_endings)
                    or (not self._inside_word(ent, roles[-1]) and not held_body)
                ):
                    # A body named inside the role's word ("US" of "US-Präsident") is no speaker
                    # unless the role speaks for it ("Kremlsprecher"); a body that is the word
                    # itself is ("Der Bundesrat hat beschlossen").
                    return Speaker(ent.name, ent.id or None, mention)
            # "der russische Präsident" after "Präsident Selenskyj": a place adjective names
            # whose role it is, which the entity extractor has weighed; the role noun alone
            # would find the wrong holder.
            placed = has_entities and any(
                self._place_of_adjective is not None and self._place_of_adjective(t.text, self.lang)
                for t in np
                if t.i < roles[-1].i
            )
            named = None if placed else self._role_name(doc, roles[-1].text)
            if named:
                return Speaker(named, None, mention)
        words = [t for t in np if t.text.lower() not in d.determiners]
        cut = next((k for k, t in enumerate(words) if k and t.text in d.prepositions), len(words))
        words = words[:cut]  # "der SP-Bundesrat vor den Medien": the phrase ends before its adverbial
        if not words:
            return Speaker(None, None, mention)
        if not source and not self._may_speak(np, words):
            # "Die Veranstaltung", "ihre Zufriedenheit", "einen Palästinenser": a phrase that
            # names no one who speaks; no speaker is better than a wrong one.
            return None
        name = self._text[words[0].idx : words[-1].idx + len(words[-1].text)]
        nominative = self._nominative(words[0]) if len(words) == 1 else self._nominative_phrase(words)
        return Speaker(nominative or name, None, mention)

    @staticmethod
    def _with_apposed_name(doc: Doc, np: list[Token]) -> list[Token]:
        """A noun phrase the parse ended before the person's name right after it ("sagte
        EZB-Praesidentin Christine Lagarde", a role the lexicon does not know): the name too."""
        last = np[-1]
        k = last.i + 1
        if k >= len(doc) or last.ent_type_ or not _is_cap(last) or doc[k].ent_type_ != "PER" or doc[k].ent_iob_ != "B":
            return np
        end = k + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return [*np, *doc[k:end]]

    def _spokesperson_owner(self, doc: Doc, np: list[Token]) -> Any:
        """The person a possessive after a spokesperson's noun stands for ("ein Sprecher seines
        Hauses"), where the entity extractor resolves it; else None."""
        if self._resolve_ref is None:
            return None
        if len(np) == 2 and np[0].lower_ in self.data.owner_possessives and np[1].text in self.data.office_nouns:
            # "Das teilte sein Büro mit", "sagte ihr Sprecher": the office speaks for its holder.
            pron = np[0]
            ent = self._resolve_cached(doc, pron.idx, pron.idx + len(pron.text))
            return ent if ent is not None and self._entity_type(doc, ent.id) == "PER" else None
        for k in range(len(np) - 2):
            if (
                np[k].lower_.endswith(self.data.body_voice_endings)
                and np[k + 1].lower_ in self.data.spokesperson_possessives
            ):
                pron = np[k + 1]
                ent = self._resolve_cached(doc, pron.idx, pron.idx + len(pron.text))
                return ent if ent is not None and self._entity_type(doc, ent.id) == "PER" else None
        return None

    def _without_dateline(self, doc: Doc, u: Unit, toks: list[Token]) -> list[Token]:
        """The tokens that open a paragraph without the wire dateline or place before a dash."""
        # "Bern, 5. August 2026 – Die Ministerin hat … telefoniert. Das teilte … mit.": the wire
        # dateline that opens the paragraph is no part of what was said.
        dateline = leading_wire_opening(self.lang).match(self._text[toks[0].idx : toks[-1].idx])
        if dateline is not None:
            toks = [t for t in toks if t.idx >= toks[0].idx + dateline.end()]
        dash = next((k for k, t in enumerate(toks[:5]) if t.text in HEADLINE_DASHES), None)
        if (
            dash is not None
            and 0 < dash < len(toks) - 1
            and all(_is_cap(t) or t.text == "/" for t in toks[:dash])
            and (toks[0].ent_type_ == "LOC" or toks[0].text.isupper() or self._place_at(doc, toks[0]))
            and (_is_cap(toks[dash + 1]) or _inside(toks[dash + 1], u.marks))
        ):
            # "Berlin - „Die Lage ist ernst“, sagte Faeser", "Kairo/Tel Aviv – Die Lage sei
            # ernst, …": the place that opens the report before a dash is no part of what was said.
            toks = toks[dash + 1 :]
        return toks

    def _document(self, span: Span) -> bool:
        """Whether a speaker phrase is a document with no author ("der Begründung")."""
        words = span.text.split()
        return bool(words) and words[-1] in self.data.statement_nouns

    def _place_at(self, doc: Doc, tok: Token) -> bool:
        """Whether the entity layer reads the word as a place ("Magdeburg - …")."""
        if self._entity_at is None or doc._.entities is None:
            return False
        ent = self._entity_at(doc, tok.idx, tok.idx + len(tok.text))
        return ent is not None and ent.type == "LOC"

    def _apposed_person(self, doc: Doc, np: list[Token]) -> Any:
        """The person a phrase names in an apposition after its first comma, where the phrase
        before the comma names no person ("die Haushälterin der Linken, Ines Albers")."""
        comma = next((k for k, t in enumerate(np) if t.text == ","), None)
        if comma is None or comma == 0 or comma + 1 >= len(np) or self._entity_at is None:
            return None
        # The apposition ends at its closing comma: "…, Pascal Reddig, der Deutschen Presse-Agentur".
        close = next((k for k in range(comma + 1, len(np)) if np[k].text == ","), len(np))
        tail = np[comma + 1 : close]
        if not tail or not all(_is_cap(t) or t.text in self.data.name_particles for t in tail):
            return None
        tail_start, tail_end = tail[0].idx, tail[-1].idx + len(tail[-1].text)
        ent = self._entity_at(doc, tail_start, tail_end)
        if ent is None or ent.type != "PER":
            # "…, Niedersachsens Regierungschef Olaf Lies": the person named at the tail's end.
            ent = next(
                (
                    e
                    for e in doc._.entities or []
                    if e.type == "PER" and any(m.end == tail_end and m.start >= tail_start for m in e.mentions)
                ),
                None,
            )
        if ent is None:
            return None
        head_end = np[comma - 1].idx + len(np[comma - 1].text)
        head = self._entity_at(doc, np[0].idx, head_end)
        # "Der Vorsitzende der Konferenz, Olaf Lies": a role phrase the entity layer links to
        # someone named before is no name of its own; "Merz, Kanzler …" is.
        named_head = head is not None and any(np[0].idx <= m.start and m.end <= head_end for m in head.mentions)
        return ent if head is None or head.type != "PER" or head is ent or not named_head else None

    def _anaphoric_body(self, word: str) -> bool:
        """A noun for a kind of body that points back to one named before ("der Behörde", "des
        Unternehmens"), in any case."""
        bodies = self.data.anaphoric_bodies
        return word in bodies or (word.endswith("s") and (word[:-1] in bodies or word[:-2] in bodies))

    def _last_body(self, doc: Doc, before: int) -> Any:
        """The organisation, not a medium, named last before ``before`` and not far before it."""
        best: tuple[int, Any] | None = None
        for ent in doc._.entities or []:
            if ent.type != "ORG" or is_medium_name(ent.name, self.lang):
                continue
            for m in ent.mentions:
                if before - _BODY_REACH <= m.start < before and (best is None or m.start > best[0]):
                    best = (m.start, ent)
        return best[1] if best is not None else None

    def _spokesperson_body(self, doc: Doc, role: Token) -> tuple[str, str | None] | None:
        """The organisation a spokesperson of a kind of body speaks for ("Ministeriumssprecher",
        "Parteisprecherin"), as name and entity id: the last one named before whose name ends in
        that kind."""
        low = role.lower_
        ending = next((e for e in self.data.body_voice_endings if low.endswith(e)), None)
        if ending is None or len(low) - len(ending) < 4:
            return None
        kind = low[: len(low) - len(ending)].rstrip("s-")
        if not kind.endswith(self.data.spokesperson_bodies):
            return None  # a "Pressesprecher" speaks for no body called "Presse"
        best: tuple[int, Any] | None = None
        for ent in doc._.entities or []:
            if ent.type != "ORG" or not ent.name.lower().endswith(kind):
                continue
            for m in ent.mentions:
                if m.start < role.idx and (best is None or m.start > best[0]):
                    best = (m.start, ent)
        if best is not None:
            return best[1].name, best[1].id or None
        # A body the entity layer leaves out ("das Innenministerium"): the word as named, without
        # a genitive ending.
        named = None
        for m in re.finditer(rf"\b([A-ZÄÖÜ][\w-]*{re.escape(kind)})(?:es|s)?\b", self._text[: role.idx], re.IGNORECASE):
            if m.group(1)[:1].isupper() and m.group(0).lower() != low:
                named = m.group(1)
        return (named, None) if named else None

    def _medium_anaphor(self, np: list[Token]) -> bool:
        """ "das Blatt", "die Zeitung", "das Schweizer Blatt": a definite phrase whose head is a
        medium's kind and which names no medium itself."""
        d = self.data
        if not np or np[-1].text not in d.media_nouns:
            return False
        first = np[0]
        if first.lower_ not in d.definite_articles:
            # The phrase may come without its article ("warnt das Blatt" gives "Blatt").
            before = first.doc[first.i - 1] if first.i > 0 else None
            if before is None or before.lower_ not in d.definite_articles:
                return False
            return all(not _is_cap(t) or t.text.endswith("er") for t in np[:-1])
        return all(not _is_cap(t) or t.text.endswith("er") for t in np[1:-1])

    def _last_medium(self, doc: Doc, before: int) -> Any:
        """The medium named last before ``before`` (in the text of its paragraph or the two
        before it): an organisation the channel list knows, or whose name holds a medium's kind,
        or that the text sets in quotation marks."""
        d = self.data
        text = self._text
        floor = max(0, before - _MEDIUM_REACH)
        best: tuple[int, Any] | None = None
        for ent in doc._.entities or []:
            if ent.type != "ORG":
                continue
            words = tuple(ent.name.split())
            named = words in d.channel_names or any(w in d.media_nouns for w in words)
            for m in ent.mentions:
                if not floor <= m.start < before:
                    continue
                quoted = m.start > 0 and (text[m.start - 1] in d.pairs or text[m.start - 1] in d.symmetric)
                if (named or quoted) and (best is None or m.start > best[0]):
                    best = (m.start, ent)
        return best[1] if best else None

    @staticmethod
    def _is_name_token(tok: Token) -> bool:
        """A name's word by the tagger or the recogniser ("Merz", not "Richterinnen")."""
        return tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG")

    def _nominative_phrase(self, words: list[Token]) -> str | None:
        """A source phrase in the genitive named in the nominative, where only its head noun
        changes: "nach Angaben des Sprechers des Ministeriums" -> "Sprecher des Ministeriums",
        "einer Meldung des Belgrader Staatsfernsehens" -> "Belgrader Staatsfernsehen" (a city's
        adjective in -er does not decline). None where more would change."""
        head = 0
        while head + 1 < len(words) and words[head].text.endswith("er") and _is_cap(words[head + 1]):
            head += 1
        tok = words[head]
        if tok.pos_ != "NOUN" or tok.ent_type_:
            return None
        lemma = tok.lemma_
        if not tok.text.endswith("s") or lemma not in (tok.text[:-1], tok.text[:-2]) or not lemma[:1].isupper():
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        return self._text[start : tok.idx] + lemma + self._text[tok.idx + len(tok.text) : end]

    def _nominative(self, tok: Token) -> str | None:
        """A common noun speaker in the nominative ("nach Angaben seines Büros" -> "Büro"); a
        plural stays plural ("aus Regierungskreisen" -> "Regierungskreise", "von Experten" ->
        "Experten"). None for a name or an unchanged word."""
        lemma = tok.lemma_
        low = tok.text.lower()
        if _is_cap(tok):
            # These dative plurals are no singular's form and no name, whatever the tagger and
            # lemmatizer say ("aus Teilnehmerkreisen" -> "Teilnehmerkreise", not "Teilnehmerkreis").
            for dative, nominative in self.data.plural_nominatives:
                if low.endswith(dative):
                    return tok.text[: len(tok.text) - len(dative)] + nominative
        if tok.pos_ != "NOUN" or tok.ent_type_ or not lemma[:1].isupper() or lemma == tok.text:
            return None
        if not tok.text.startswith(lemma[: max(len(lemma) - 2, 1)]):
            return None
        # "sagten EU-Diplomaten", "wie EU-Diplomaten bestätigten": a subject the tagger called
        # singular is plural by its verb (the parse's, or the verb closing an as-clause).
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        as_clause = any(doc[j].lower_ in self.data.as_clause_openers for j in range(max(0, tok.i - 3), tok.i))
        by_verb = (tok.dep_.startswith("nsubj") and "Plur" in tok.head.morph.get("Number", [])) or (
            as_clause and nxt is not None and nxt.pos_ in {"VERB", "AUX"} and "Plur" in nxt.morph.get("Number", [])
        )
        if "Plur" in tok.morph.get("Number", []) or by_verb:
            text = tok.text
            if text == lemma + "n":
                # "Experten", "Quellen": the plural in -n is every case's; "Beobachtern" is the
                # dative of "Beobachter".
                return text if lemma.endswith("e") else lemma
            if text == lemma + "en":
                # "Medienberichten" is the dative of "Medienberichte", "Diplomaten" is every
                # case's: the dictionary knows the one plural in -e, not the other.
                return lemma + "e" if dictionary_word(lemma + "e", self.lang) else text
            if text == lemma + "ern":
                return text[:-1]  # "Kindern" -> "Kinder"
        return lemma

    @staticmethod
    def _person_with_role_at(doc: Doc, start: int, end: int) -> Any:
        for ent in doc._.entities or []:
            if ent.type == "PER" and any(r.start <= start and end <= r.end for r in ent.roles):
                return ent
        return None

    def _without_addressee(self, np: list[Token]) -> list[Token]:
        """The phrase before a medium it was said to: "ein Sprecher der Organisation [der
        Nachrichtenagentur AFP]". A medium's own staff keep it ("der Chefredakteur der Zeitung")."""
        d = self.data
        words = tuple(t.text for t in np)
        for k in range(1, len(np) - 1):
            if np[k].lower_ in d.addressee_preps and k + 2 <= len(np):
                # "der Sprecher des Ministeriums gegenüber der APA": whom it was said to.
                return np[:k]
            if (
                np[k].text in d.dative_media_articles  # a capital "Der" is a title's ("Der Spiegel")
                and np[k - 1].text not in d.media_nouns
                and (self._channel_name_at(words, k + 1) or self._adjective_medium_noun(words, k + 1) is not None)
                and self._addresses_medium(np[k - 1], np[k].text)
            ):
                # "sagte Merz der Rheinischen Post", "sagte er der Deutschen Presse-Agentur" and
                # "sagte die 47-Jährige dem Bayerischen Rundfunk" were said to the medium; "ein
                # Sprecher der ARD" speaks for it.
                return np[:k]
            if (
                np[k].text in d.dative_media_articles
                and self._addresses_medium(np[k - 1], np[k].text)
                and self._quoted_title_end(list(np[0].doc[np[k + 1].i : np[k + 1].i + _MAX_TITLE_WORDS + 2]), 0)
                is not None
            ):
                # "Wadephul der „Frankfurter Allgemeinen Zeitung“": a title in quotation marks
                # after the name is the paper it was said to. Its closing mark is looked up in the
                # article, as the parse may hang it on the verb, outside the phrase.
                return np[:k]
            if np[k].lower_ in d.dative_feminine | {"dem"} and np[k + 1].text in d.media_nouns:
                head = np[k - 1].text
                if _is_cap(np[k - 1]) and head.rsplit("-", 1)[-1] not in d.media_staff:
                    return np[:k]
                return np
        return np

    def _addresses_medium(self, before: Token, article: str) -> bool:
        """Whether a medium in the dative or genitive after ``before`` is whom it was said to:
        after a pronoun, a name or a role; not after the medium's own staff or a bare spokesperson,
        who speak for it ("ein Sprecher der ARD"). "dem" is no genitive at all."""
        d = self.data
        word = before.text
        if word in d.pronouns or article == "dem":
            return True
        if not (_is_cap(before) or word[:1].isdigit()) or word in d.media_staff:
            return False
        return not (self._is_role(word) and word.lower().endswith(d.body_voice_endings)) or self._voice_of_named_body(
            word
        )

    def _adjective_medium_noun(self, words: Sequence[str], i: int) -> int | None:
        """Where the noun stands of a medium named by adjectives and its noun from words[i] on
        ("dem Bayerischen Rundfunk", "der Österreichischen Nachrichtenagentur"), or None."""
        j = i
        while (
            j < len(words)
            and words[j][:1].isupper()
            and words[j].endswith("en")
            and words[j] not in self.data.media_nouns
        ):
            j += 1
        return j if i < j < len(words) and words[j] in self.data.media_nouns else None

    def _channel_name_at(self, words: tuple[str, ...], i: int) -> bool:
        return any(words[i : i + len(name)] == name for name in self.data.channel_names)

    def _may_speak(self, np: list[Token], words: list[Token]) -> bool:
        """Whether a common noun phrase without a name or role can be a speaker: not an object
        case, and not an abstract noun unless it names a source (a statement, report, body)."""
        d = self.data
        if np[0].lower_ in d.non_nominative:
            return False
        head = next((t for t in words if _is_cap(t) and t.pos_ in {"NOUN", "PROPN", ""}), None)
        if head is None:
            return True
        low = head.lower_.rsplit("-", 1)[-1]
        if low.endswith(d.speaker_noun_endings):
            return True
        return not low.endswith(d.abstract_endings)

    # ----------------------------------------------------------------- channels

    def _channel_after_apposition(self, u: Unit, cend: int) -> str | None:
        """The medium named after the speaker's apposition ("sagte Anna Berg, Sprecherin des
        Ministeriums, der „Süddeutschen Zeitung“"): the clause goes on after the second comma."""
        toks = u.tokens
        if cend >= len(toks) or toks[cend].text != ",":
            return None
        close = next((k for k in range(cend + 1, len(toks)) if toks[k].text == ","), None)
        if close is None or close - cend > 8 or self._has_clause_verb(toks[cend + 1 : close]):
            return None
        end = next(
            (k for k in range(close + 1, len(toks)) if toks[k].text in _SENT_PUNCT or toks[k].text == ","), len(toks)
        )
        rest = toks[close + 1 : end]
        if not rest or rest[0].lower_ not in self.data.dative_media_articles:
            return None
        return self._channel([toks[cend - 1], *rest])

    def _channel(self, toks: Sequence[Token]) -> str | None:
        d = self.data
        words = [t.text.rstrip(".") if t.text.endswith(".") and len(t.text) <= 3 else t.text for t in toks]
        for i, w in enumerate(words):
            if w not in d.media_nouns:
                continue
            # "der Zeitung „Bild“": the name may stand in quotation marks.
            opens = i + 2 < len(words) and (words[i + 1] in d.pairs or words[i + 1] in d.symmetric)
            first = i + 2 if opens else i + 1
            if first < len(words) and words[first][:1].isupper():
                j = first
                while j < len(words) and words[j][:1].isupper():
                    j += 1
                return " ".join(words[first:j])
        for i in range(len(words)):
            for name in d.channel_names:
                if tuple(words[i : i + len(name)]) == name:
                    window = words[max(0, i - 3) : i]
                    # "sagte Merz der Rheinischen Post", and "Merz sagte der Rheinischen Post":
                    # right after the verb or its subject the article is a dative, not the
                    # genitive of "ein Sprecher der Rheinischen Post".
                    dative = words[i - 1].lower() in d.dative_media_articles and (
                        i == 1
                        or words[i - 2] in d.pronouns
                        or (i > 1 and words[i - 2][:1].isupper() and not self._is_role(words[i - 2]))
                    )
                    if (
                        dative
                        or any(p in d.channel_preps or p.lower() in d.channel_preps for p in window)
                        or (i + len(name) < len(words) and words[i + len(name)] in d.after_source)
                    ):
                        # The nominative where the actors component has the medium ("der
                        # Rheinischen Post" -> "Rheinische Post").
                        return self._medium_entity(toks[i : i + len(name)]) or " ".join(name)
        for i in range(1, len(words)):
            noun = self._adjective_medium_noun(words, i) if words[i - 1].lower() in d.dative_media_articles else None
            if noun is not None:
                # "sagte er dem Bayerischen Rundfunk": adjectives and the medium's noun.
                return self._medium_entity(toks[i : noun + 1]) or " ".join(words[i : noun + 1])
        for i, w in enumerate(words):
            if w in d.statement_nouns and any(
                # A preposition, not the article: "nach dem Gespräch" tells when, not where.
                p.lower() in d.channel_preps and p.lower() not in d.dative_media_articles
                for p in words[max(0, i - 3) : i]
            ):
                return w
        for i in range(1, len(toks)):
            # "sagte er der „Süddeutschen Zeitung“": a title in quotation marks after the dative
            # article of a frame is the medium it was said to.
            if toks[i - 1].lower_ in d.dative_media_articles:
                end = self._quoted_title_end(toks, i)
                if end is not None:
                    return self._medium_name(toks[i + 1 : end - 1])
        return None

    def _relaying_as_clause(self, u: Unit, lo: int) -> str | None:
        """The channel of an as-clause that runs from toks[lo] to the end of the unit and closes
        with a cue verb ("wie die Agentur Tass meldete"): the medium it names, else its
        capitalised words; None for no such clause."""
        toks = u.tokens
        if lo + 2 >= len(toks) or toks[lo].text not in self.data.as_clause_openers:
            return None
        last = len(toks) - 1
        while last > lo and toks[last].text in _SENT_PUNCT:
            last -= 1
        if not any(ci == last for ci, _label, _cend in self._find_cues(u)):
            return None
        inner = toks[lo + 1 : last]
        if any(t.pos_ == "PRON" and t.text not in self.data.impersonal_subjects for t in inner) or (
            inner and inner[-1].text in self.data.determiners
        ):
            return None  # "…, wie Scholz das erklärte": a question reported, not a source
        words = [t for t in toks[lo + 1 : last] if _is_cap(t)]
        if not words:
            return None
        return self._channel(toks[lo:]) or " ".join(t.text for t in words)

    def _relative_clause_at(self, toks: Sequence[Token], lo: int, comma: int) -> bool:
        """Whether the clause at toks[lo] is a relative clause on a noun right before the comma,
        or one of place on a place's name ("in London erwartet, wo …": the verb's particle or
        participle may stand between)."""
        if lo >= len(toks) or comma == 0:
            return False
        first, noun = toks[lo], toks[comma - 1]
        if first.lower_ in self.data.place_relatives:
            # A Konjunktiv after it reports all the same ("…, wo es als unpatriotisch galt, …
            # heute sei es Fukushima").
            reported = any("Sub" in t.morph.get("Mood", []) for t in toks[lo:])
            return not reported and any(t.ent_type_ == "LOC" for t in toks[max(0, comma - 3) : comma])
        return first.tag_ in ("PRELS", "PRELAT") and noun.pos_ in ("NOUN", "PROPN") and first.head.head == noun

    def _channel_before(
        self, toks: Sequence[Token], ci: int, np: Sequence[Token], speaker: Speaker | None
    ) -> str | None:
        """A channel fronted before the cue ("Im ZDF sagte Söder, …", "Im Gespräch mit der
        „Rheinischen Post“ sagte Wüst, …"): the words before the cue, up to the speaker's phrase,
        which is the speaker and never its own channel ("Der ZDF-Intendant sagte"; "Im
        „Tagesspiegel“ heißt es" names the source, not a channel besides it)."""
        end = np[0].i - toks[0].i if np and np[0].i < toks[ci].i else ci
        channel = self._channel(toks[:end]) if end > 1 else None
        return None if speaker is not None and channel == speaker.name else channel

    def _narrated_speaker(self, doc: Doc, u: Unit, speaker: Speaker | None) -> Speaker | None:
        """``speaker`` where the unit's subject is that speaker, by a pronoun the entity
        extractor resolves to them or by their name; else None."""
        if speaker is None or not speaker.name or doc._.entities is None:
            return None
        for t in u.tokens:
            if t.dep_ not in _SUBJECT_RELATIONS:
                continue
            if t.text in self.data.pronouns and self._resolve_ref is not None:
                ent = self._resolve_cached(doc, t.idx, t.idx + len(t.text))
                if ent is None and speaker.entity is None and self._find_cues(u):
                    # "Sie fügte hinzu. „…“": a pronoun that no name resolves, in a speech act
                    # right after a speaker named by a phrase ("eine Armeesprecherin").
                    return Speaker(speaker.name, None, None)
            elif self._entity_at is not None:
                ent = self._entity_at(doc, t.idx, t.idx + len(t.text))
            else:
                ent = None
            if ent is not None and speaker.entity is not None and (ent.id or None) == speaker.entity:
                return Speaker(speaker.name, speaker.entity, None)
        return None

    def _trailing_so(self, u: Unit, lo: int, hi: int) -> tuple[int, Speaker | None] | None:
        """Where a closing ", so <name>" starts in u.tokens[lo:hi], with the speaker it names."""
        toks = u.tokens
        for i in range(max(lo, 1), hi - 1):
            t = toks[i]
            if t.text not in self.data.so_words or toks[i - 1].text != "," or _inside(t, u.marks):
                continue
            np = self._np_after(toks, i + 1, u.marks)
            after = i + 1 + len(np)
            while after < hi and toks[after].text in self.data.so_closing_adverbs:
                after += 1
            if np and (after >= hi or all(x.text in _SENT_PUNCT for x in toks[after:hi])):
                return i - 1, self._speaker(u.tokens[0].doc, np, None)
        return None

    def _names_person(self, doc: Doc, speaker: Speaker | None) -> bool:
        return speaker is not None and self._entity_type(doc, speaker.entity) == "PER"

    def _with_medium_title(self, toks: Sequence[Token], cend: int) -> int:
        """The end of a frame's channel words: the frame ends where a quotation opens, but a
        medium's title in quotation marks after a dative article belongs to it ("sagte er der
        „Süddeutschen Zeitung“")."""
        if 0 < cend < len(toks) and toks[cend - 1].lower_ in self.data.dative_media_articles:
            return self._quoted_title_end(toks, cend) or cend
        return cend

    def _medium_name(self, words: Sequence[Token]) -> str:
        """A medium's name as the actors component has it (the nominative "Süddeutsche Zeitung"
        for "der Süddeutschen Zeitung"), else as written."""
        return self._medium_entity(words) or self._text[words[0].idx : words[-1].idx + len(words[-1].text)]

    def _named_organisation(self, words: Sequence[Token]) -> bool:
        """Whether words are an organisation's name: the entity at them, one the article names
        elsewhere ("die Zeitung „Haaretz“ … berichtete „Haaretz“"), or a known medium."""
        if not words:
            return False
        if self._medium_entity(words) is not None:
            return True
        name = self._text[words[0].idx : words[-1].idx + len(words[-1].text)]
        entities = words[0].doc._.entities or []
        return is_medium_name(name, self.lang) or any(e.type == "ORG" and e.name == name for e in entities)

    def _medium_entity(self, words: Sequence[Token]) -> str | None:
        doc = words[0].doc
        if self._entity_at is None or doc._.entities is None:
            return None
        ent = self._entity_at(doc, words[0].idx, words[-1].idx + len(words[-1].text))
        return str(ent.name) if ent is not None and ent.type == "ORG" else None

    # ----------------------------------------------------------------- building quotes

    def _content_quotes(
        self, doc: Doc, u: Unit, lo: int, hi: int, frame: Frame, *, need_report: bool, headline: bool = False
    ) -> list[Quote]:
        """Quotes for the content tokens u.tokens[lo:hi] under ``frame``."""
        trailing = self._trailing_so(u, lo, hi)
        if trailing is not None:
            # "Die Grünen bemängelten, das Gesetz bleibe zurück, so Fraktionsvize Brugger": the
            # "so" phrase is no content; the person it names spoke for the group before.
            hi, so_speaker = trailing
            if so_speaker is not None and so_speaker.name and not self._names_person(doc, frame.speaker):
                frame = Frame(so_speaker, frame.cue, frame.cue_span, frame.channel)
        toks = u.tokens[lo:hi]
        if toks and lo == 0:
            toks = self._without_dateline(doc, u, toks)
        while toks and toks[-1].text in {",", ";", ":", "–", "-"} | set(_SENT_PUNCT) and not _inside(toks[-1], u.marks):
            toks = toks[:-1]
        # A comma that is half of the mark ",,Es …''" stays.
        while toks and toks[0].text in {",", ":", "–", "-"} and not _inside(toks[0], u.marks):
            toks = toks[1:]
        if not toks:
            return []
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        inner = [m for m in u.marks if m.start >= start and m.end <= end]
        # Also marks that the token range cuts (an unclosed quote running to the end).
        inner += [m for m in u.marks if m.start >= start and m.start < end and m not in inner]
        if inner:
            end = max(end, *(m.end for m in inner))
        rest = [t for t in toks if not _inside(t, inner)]
        connectors = {"und", "sowie", "oder", ",", ";", "–", "-", "…"} | set(_SENT_PUNCT)
        if inner and all(t.text in connectors for t in rest):
            return [self._quote(doc, m.start, m.end, "direct", frame, headline=headline) for m in inner]

        def after_colon(m: Marked) -> bool:
            before = [t for t in rest if t.idx < m.start]
            return bool(before) and before[-1].text == ":"

        if inner and after_colon(inner[0]) and all(m.statement or after_colon(m) for m in inner):
            # "erläutert die These, …, so: „A“, und fügt hinzu: „B“": a colon hands over to the
            # speaker's own words; the words before it and between the marks are the frame.
            return [self._quote(doc, m.start, m.end, "direct", frame, headline=headline) for m in inner]
        if need_report and not inner and not self._is_report(toks):
            return []
        verbless_headline = (
            headline
            and len(toks) >= 2
            and not any(t.like_num for t in toks)  # "Merz: 28 Prozent" is a poll's figure
            and frame.speaker is not None
            and self._entity_type(doc, frame.speaker.entity) == "PER"
        )
        if not inner and not self._has_clause_verb(toks) and not verbless_headline:
            # A list of names or a noun phrase ("Kohlendioxid, Methan oder Stickstoff") reports
            # nothing; a headline gives a person's words in a few nouns ("Selenskyj: Keine
            # Gebietsabtretungen").
            return []
        kind: QuoteKind = "mixed" if inner else "indirect"
        return [self._quote(doc, start, end, kind, frame, headline=headline)]

    def _reported_clause(self, toks: Sequence[Token], marks: Sequence[Marked]) -> bool:
        """Whether a clause is marked as someone's words: quotation marks, a complementiser, an
        infinitive clause or the Konjunktiv."""
        if not toks:
            return False
        if toks[0].lower_ in self.data.complementisers or any(_inside(t, marks) for t in toks):
            return True
        if len(toks) >= 3 and self._infinitive_clause(toks):
            return True
        return any("Sub" in t.morph.get("Mood", []) for t in toks)

    def _is_report(self, toks: Sequence[Token]) -> bool:
        d = self.data
        if not toks:
            return False
        first = toks[0].text.lower()
        # "seit Jahresbeginn hätten …": the word is a preposition there, no conjunction.
        preposition = toks[0].tag_ == "APPR" and first in d.prepositions
        if first in d.non_report_openers and first not in d.complementisers and not preposition:
            return False
        if self._reported_clause(toks, ()):
            # "dass …", an infinitive clause after the cue ("forderte, die Lizenz zu entziehen",
            # "kündigte an, erneut anzutreten"), or the Konjunktiv.
            return True
        if first in d.clause_determiners and len(toks) > 2:
            # "…, die Lage ist ernst" (a reported main clause) vs. "…, die in Brüssel stattfand"
            # (a relative clause): after the article comes a noun or an attributive adjective.
            second, third = toks[1], toks[2]
            if _is_cap(second) and not self._verb_candidate(third) and self._ends_with_finite_verb(toks):
                # "…, die Selenskyj am Montag empfing": the verb closes the clause, as in a relative
                # clause; a reported main clause has it after its subject ("die Lage ist ernst").
                return False
            return _is_cap(second) or (
                second.text[:1].islower() and second.text.endswith(("e", "en")) and _is_cap(third)
            )
        # An indicative main clause ("…, die Grenze ist offen"): it needs a word that can be its
        # finite verb, not only names, articles and conjunctions.
        return len(toks) > 2 and any(self._verb_candidate(t) for t in toks[1:6])

    def _voice_of_named_body(self, word: str) -> bool:
        """A spokesperson whose word names the body already ("Regierungssprecher"): a medium in
        the genitive after it is whom it was said to ("ein Regierungssprecher der Deutschen
        Presse-Agentur"), where after "ein Sprecher" it is the body he speaks for."""
        low = word.lower()
        return any(low.endswith(e) and len(low) > len(e) + 2 for e in self.data.body_voice_endings)

    @staticmethod
    def _inside_word(ent: Any, word: Token) -> bool:
        """Whether the entity's mention at the word is only a part of it."""
        start, end = word.idx, word.idx + len(word.text)
        return not any(m.start <= start and end <= m.end for m in ent.mentions)

    @staticmethod
    def _ends_with_finite_verb(toks: Sequence[Token]) -> bool:
        words = [t for t in toks if not t.is_punct]
        return bool(words) and words[-1].pos_ in ("VERB", "AUX") and words[-1].tag_.endswith("FIN")

    def _subject_with_relative(self, seg: Sequence[Token], marks: Sequence[Marked]) -> bool:
        """Whether a stretch before a cue's comma is a noun phrase with a relative clause ("Anna
        Berg, die das Amt leitet"), not reported content: no verb before the first comma, a
        relative pronoun after it, no subjunctive and no quotation marks."""
        d = self.data
        cut = next((k for k, t in enumerate(seg) if t.text == ","), None)
        if cut is None or cut == 0 or cut + 2 >= len(seg):
            return False
        head, rel, after = seg[:cut], seg[cut + 1], seg[cut + 2]
        if self._has_clause_verb(head) or not (_is_cap(head[0]) or head[0].lower_ in d.determiners):
            return False
        possessive = rel.lower_ in d.possessive_relatives  # "Lies, dessen Land 20 Prozent hält"
        if rel.lower_ not in d.clause_determiners or (_is_cap(after) and not possessive):
            return False  # "Merz, die Lage ist ernst": a reported main clause
        return not any("Sub" in t.morph.get("Mood", []) or _inside(t, marks) for t in seg)

    def _has_clause_verb(self, toks: Sequence[Token]) -> bool:
        """Whether a stretch has a word that can be a finite verb (an attributive adjective, right
        before a capitalised noun, cannot)."""
        for i, t in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if self._verb_candidate(t) and not (nxt is not None and _is_cap(nxt) and not t.pos_):
                return True
            if "Sub" in t.morph.get("Mood", []) and t.text[:1].islower():
                # A tagger may call a Konjunktiv I form an adjective ("brauche" as ADJ); the mood
                # component's Konjunktiv reading still makes it the finite verb of a clause.
                return True
        return False

    def _verb_form(self, word: str) -> bool:
        """A third person present the dictionary knows as a verb's ("plant" of "planen",
        "fordert" of "fordern"), whatever the tagger read."""
        lemma = dictionary_form(word, self.lang)
        return (
            lemma.endswith("n") and lemma != word and word.endswith("t") and lemma.rstrip("n").rstrip("e") == word[:-1]
        )

    def _is_name_like(self, t: Token) -> bool:
        """Lowercase names of media and firms ("n24", "dpa", "ntv")."""
        return any(c.isdigit() for c in t.text) or t.text in {n[0] for n in self.data.channel_names}

    def _verb_candidate(self, t: Token) -> bool:
        if t.pos_:
            # An adjective without a copula that is the root or a verb's form in the dictionary is
            # a verb the tagger misread ("plant" as ADJD in "Nach Informationen des Spiegel plant
            # die Regierung …"): a clause needs a verb.
            adjective = t.pos_ == "ADJ" and t.text[:1].islower()
            if adjective and not any(c.dep_ == "cop" for c in t.children):
                return t.dep_ == "ROOT" or self._verb_form(t.text)
            if t.pos_ == "ADV" and t.text[:1].islower():
                return self._verb_form(t.text)  # "des „Spiegel“ plant die Regierung": read as an adverb
            return t.pos_ in {"VERB", "AUX"}
        d = self.data
        w = t.text
        return (
            w[:1].islower()
            and w.isalpha()
            and w not in d.determiners
            and w not in d.prepositions
            and w not in d.conjunctions
            and w not in d.adverbs
            and w not in d.complementisers
        )

    def _quote(
        self,
        doc: Doc,
        start: int,
        end: int,
        kind: QuoteKind,
        frame: Frame,
        *,
        parts: list[Span] | None = None,
        headline: bool = False,
    ) -> Quote:
        sp = frame.speaker
        return Quote(
            text=self._text[start:end],
            start=start,
            end=end,
            kind=kind,
            speaker=sp.name if sp else None,
            speaker_entity=sp.entity if sp else None,
            speaker_span=sp.span if sp else None,
            cue=frame.cue,
            cue_span=frame.cue_span,
            # "schrieb der „Spiegel“": the paper that speaks is no channel besides itself.
            channel=None if sp is not None and frame.channel == sp.name else frame.channel,
            parts=parts or [_span(self._text, start, end)],
            headline=headline,
        )

    # ----------------------------------------------------------------- per unit

    def _unit_quotes(
        self,
        doc: Doc,
        units: list[Unit],
        ui: int,
        last: tuple[Frame, int, int, QuoteKind] | None,
        consumed: set[int],
    ) -> list[Quote]:
        u = units[ui]
        toks = u.tokens
        if not toks:
            return []
        last_frame = last[0] if last else None
        if u.kind in _HEAD_KINDS:
            head = self._headline(doc, u)
            if head:
                return head
        elif ui == 0 or units[ui - 1].para != u.para:
            turn = self._interview_turn(doc, units, ui, consumed)
            if turn:
                return turn
        found = self._by_cue_verb(doc, u, last_frame)
        if found is not None:
            if (
                found
                and last is not None
                and last[0].speaker is not None
                and last[0].speaker.name
                # The unit right before, or the one before a frame sentence it consumed ("…
                # telefoniert. Das teilte Kornelius mit. Beide hätten …, hieß es.").
                and (last[1] == ui - 1 or (last[1] == ui - 2 and ui - 1 in consumed))
                and last[2] == u.para
                and all(q.speaker is None and (q.speaker_span is None or self._document(q.speaker_span)) for q in found)
                and u.tokens[-1].text != "?"
                # A passive frame ("Dazu wurde erklärt, …") names no one to go on with; a passive
                # in what was said does not count.
                and not any(
                    t.text in self.data.passive_auxiliaries
                    for t in u.tokens
                    if not _inside(t, u.marks) and not any(q.start <= t.idx < q.end for q in found)
                )
                and (
                    # "„…“, hieß es in einer Erklärung": an impersonal cue quoting in marks, the
                    # whole statement or words of it ("Diese gingen «in die falsche Richtung»").
                    (self._impersonal_cue(u, found[0]) and all(q.kind in ("direct", "mixed") for q in found))
                    or any(
                        "Sub" in t.morph.get("Mood", [])
                        and not _inside(t, u.marks)
                        # After "hieß es" the Konjunktiv II of the plural reports too ("Beide hätten …").
                        and (t.lower_ in self._konj_i() or self._impersonal_cue(u, found[0]))
                        for t in u.tokens
                    )
                )
            ):
                # "Nun müsse sich zeigen, ob …": a cue with no one before or after it, right
                # after a report, goes on with that report's speaker.
                for q in found:
                    q.speaker, q.speaker_entity = last[0].speaker.name, last[0].speaker.entity
                    if q.speaker_span is None:
                        q.speaker_span = last[0].speaker.span
            elif (
                last is not None
                and last[0].speaker is not None
                and last[0].speaker.name
                and last[1] == ui - 1
                and last[2] == u.para
            ):
                for q in found:
                    if q.speaker_span is None or q.speaker_entity is not None:
                        continue
                    if q.speaker is None and q.speaker_span.text in self.data.pronouns:
                        # "„…“, sagte er." right after the report of someone the entity layer could
                        # not link the pronoun to ("Der Minister betonte, …"): that speaker.
                        q.speaker, q.speaker_entity = last[0].speaker.name, last[0].speaker.entity
            return found
        for finder in (self._by_so, self._by_source_phrase, self._by_cue_noun, self._by_back_reference):
            found = finder(doc, u, last_frame)
            if found is not None:
                return found
        statements = [m for m in u.marks if m.statement]
        colon_found = self._by_colon(doc, u, statements, last_frame)
        if colon_found:
            return colon_found
        if statements and ui + 1 < len(units) and units[ui + 1].para == u.para:
            nxt = self._next_sentence_frame(doc, units[ui + 1], last_frame)
            if nxt is not None:
                consumed.add(ui + 1)
                return [self._quote(doc, m.start, m.end, "direct", nxt) for m in statements]
        if not statements and u.kind not in _HEAD_KINDS and ui + 1 < len(units) and units[ui + 1].para == u.para:
            nu = units[ui + 1]
            back = self._back_pointing_frame(doc, nu, last_frame)
            if back is not None:
                if not nu.marks and not any(t.text in {",", ":", ";"} for t in nu.tokens):
                    # "Das teilte die Polizei mit." is all frame: no speech act of its own.
                    consumed.add(ui + 1)
                return self._content_quotes(doc, u, 0, len(toks), back, need_report=False)
        if last is not None:
            frame, _lui, lpara, lkind = last
            opens_quote = toks[0].idx in {m.start for m in statements}
            same_para = lpara == u.para
            # "…. Das teilte Uschakow mit. Es sei …": the frame sentence between is no narration.
            framed_between = _lui == ui - 2 and ui - 1 in consumed
            if _lui < ui - 1 and not framed_between:
                # After a sentence of narration only an unmistakable Konjunktiv I carries on.
                if same_para and not statements and self._continues_report(u, lkind, strict=True):
                    cont = Frame(frame.speaker, None, None, None)
                    return self._content_quotes(doc, u, 0, len(toks), cont, need_report=False)
                if not (opens_quote and _lui == ui - 2 and units[ui - 1].para == u.para):
                    # Someone else may speak now: the words stay, with no speaker.
                    if u.kind not in _HEAD_KINDS and self._reported_without_source(u):
                        start = self._report_start(u)
                        return self._content_quotes(doc, u, start, len(toks), Frame(None), need_report=False)
                    return [self._quote(doc, m.start, m.end, "direct", Frame(None)) for m in statements]
                # "Zugleich warb er für Gespräche. „Die Tür bleibt offen.“": a quotation right after
                # a sentence about the one who spoke last is theirs; else it stays unattributed.
                about = self._narrated_speaker(doc, units[ui - 1], frame.speaker)
                return [self._quote(doc, m.start, m.end, "direct", Frame(about)) for m in statements]
            if opens_quote and (same_para or (lpara == u.para - 1)):
                cont = Frame(frame.speaker, None, None, None)
                return [self._quote(doc, m.start, m.end, "direct", cont) for m in statements]
            # A report may run on into the next paragraph when nothing else came between.
            next_para = lpara == u.para - 1 and (_lui == ui - 1 or framed_between)
            if (same_para or next_para) and self._continues_report(u, lkind, strict=next_para):
                cont = Frame(frame.speaker, None, None, None)
                return self._content_quotes(doc, u, 0, len(toks), cont, need_report=False)
        if statements:
            return [self._quote(doc, m.start, m.end, "direct", Frame(None)) for m in statements]
        if u.kind not in _HEAD_KINDS and self._reported_without_source(u):
            # Konjunktiv I in a main clause is reported speech even where the source is out of
            # view: a quote with an unresolved speaker rather than none.
            return self._content_quotes(doc, u, self._report_start(u), len(toks), Frame(None), need_report=False)
        return []

    def _coordinated_cue(self, u: Unit, j: int) -> tuple[int, str, int] | None:
        """A cue verb right after "und" at u.tokens[j] with no subject of its own ("…, und fügte
        hinzu: …"): (its index, label, clause end), else None."""
        toks = u.tokens
        if j + 1 >= len(toks) or toks[j].lower_ not in self.data.conjunctions:
            return None
        return next(((ci, label, cend) for ci, label, cend in self._find_cues(u) if ci == j + 1), None)

    def _marked_after_colon(self, u: Unit, ci: int) -> list[Marked]:
        """Statement marks that a colon behind the cue's frame introduces ("entgegnete X: „…“")."""
        toks = u.tokens
        tail = [m for m in u.marks if m.start > toks[ci].idx and m.statement]
        if not tail:
            return []
        between = [t for t in toks[ci + 1 :] if t.idx < tail[0].start]
        if not between or between[-1].text != ":" or any(t.text in {",", ";"} for t in between):
            return []
        return tail

    def _report_after_frame(self, doc: Doc, u: Unit, ci: int, frame: Frame) -> list[Quote]:
        """The report that goes on behind an inserted frame: "Die Lage sei ernst, sagte er, man
        werde aber reagieren." A clause in Konjunktiv I after the frame's comma is a second
        statement of the same speaker."""
        toks = u.tokens
        k = next((j for j in range(ci + 1, len(toks)) if toks[j].text == ","), None)
        if k is None or k + 2 >= len(toks):
            return []
        if any(t.pos_ in {"VERB", "AUX"} or _inside(t, u.marks) for t in toks[ci + 1 : k]):
            return []
        after = toks[k + 1 :]
        if after[0].lower_ in self.data.non_report_openers or not self._is_report(after):
            return []
        if not any(self._sure_konj_i(t) for t in after):
            return []
        return self._content_quotes(doc, u, k + 1, len(toks), frame, need_report=False)

    def _report_start(self, u: Unit) -> int:
        """Where the reported part of a sentence without a source begins: at a subordinate clause
        that alone carries the Konjunktiv ("Die Kasse musste eine Schlappe hinnehmen, weil sie es
        versäumt habe, …" reports the reason, not the defeat), else at the sentence's start."""
        toks = u.tokens
        first = next((k for k, t in enumerate(toks) if not _inside(t, u.marks) and self._sure_konj_i(t)), None)
        if first is None:
            return 0
        for j in range(first - 1, 0, -1):
            if toks[j].text == "," and toks[j + 1].lower_ in self.data.report_subordinators:
                return j + 1
        return 0

    def _idiom_spans(self, u: Unit) -> list[tuple[int, int]]:
        """Character spans of the fixed phrases in ``u`` whose Konjunktiv I reports nothing ("es
        sei denn")."""
        text = self._text[u.start : u.end]
        spans = []
        for idiom in self.data.konj_i_idioms:
            at = text.find(idiom)
            while at >= 0:
                spans.append((u.start + at, u.start + at + len(idiom)))
                at = text.find(idiom, at + 1)
        return spans

    def _reported_without_source(self, u: Unit) -> bool:
        toks = u.tokens
        if toks[-1].text == "?" or toks[0].text.lower() in self.data.non_report_openers:
            return False
        text = self._text[u.start : u.end]
        if any(idiom in text for idiom in (*self.data.konj_i_idioms, *self.data.konj_i_idioms_ambiguous)):
            return False
        if self._reportive_perfect(u):
            return True
        return any(self._sure_konj_i(t) for t in toks if not _inside(t, u.marks))

    def _sure_konj_i(self, t: Token) -> bool:
        """A finite verb in Konjunktiv I beyond doubt: an unambiguous form, or a homograph of the
        1st person with a 3rd person subject, in either case read as subjunctive."""
        return (t.lower_ in self._konj_i_strict() or self._konj_i_by_subject(t)) and "Sub" in t.morph.get("Mood", [])

    def _konj_i_cue(self, u: Unit, ci: int) -> bool:
        """A cue in the Konjunktiv I, itself or through the auxiliary of its participle in the
        same clause ("Witkoff werde ebenfalls erwartet, berichtete …")."""
        toks = u.tokens
        if self._sure_konj_i(toks[ci]):
            return True
        cue = toks[ci]
        if not (cue.tag_ == "VVPP" or "Part" in cue.morph.get("VerbForm", []) or self._participle(cue.text)):
            return False
        lo = ci
        while lo > 0 and toks[lo - 1].text not in {",", ":", ";"} and not _inside(toks[lo - 1], u.marks):
            lo -= 1
        clause = toks[lo:ci]
        for t in reversed(clause):
            if t.text in self.data.auxiliaries or t.lower_ in self.data.passive_auxiliaries:
                # "werde", "habe" are also the 1st person: without "ich" in the clause, the 3rd.
                first_person = any(x.lower_ == "ich" for x in clause)
                return self._sure_konj_i(t) or ("Sub" in t.morph.get("Mood", []) and not first_person)
        return False

    def _konj_i_by_subject(self, t: Token) -> bool:
        """ "Er halte das für richtig": a form spelled like the 1st person ("halte") is Konjunktiv
        I for certain when the parse gives it a 3rd person pronoun or noun as subject."""
        md = mood_data(self.lang)
        if t.lower_ not in md.homographs:
            return False
        subject = parsed_subject(t, md)
        return subject is not None and (subject.lower_ in md.third_person or subject.pos_ in {"NOUN", "PROPN"})

    def _main_clause_modal(self, u: Unit) -> bool:
        """A reportive modal that is the finite verb of the unit's main clause: before any comma,
        or the root of the parse."""
        before_comma = True
        for t in u.tokens:
            if t.text in {",", ";"} and not _inside(t, u.marks):
                before_comma = False
            elif t.text in self.data.reportive_modals and (before_comma or t.dep_ == "ROOT"):
                return True
        return False

    def _reportive_perfect(self, u: Unit) -> bool:
        """ "Dort sollen drei Hallen abgebrannt sein": "sollen" with a perfect infinitive reports."""
        words = [t.text for t in u.tokens if not _inside(t, u.marks) and t.text not in _SENT_PUNCT]
        modal = next((k for k, w in enumerate(words) if w in self.data.reportive_modals), None)
        if modal is None or len(words) <= 3:
            return False
        # The clause of the modal ends at the next comma ("Er soll geflohen sein, um …").
        end = next((k for k in range(modal + 1, len(words)) if words[k] in {",", ";"}), len(words))
        return end - modal >= 3 and words[end - 1] in self.data.perfect_auxiliaries and self._participle(words[end - 2])

    @staticmethod
    def _participle(word: str) -> bool:
        """A past participle before the infinitive ("abgebrannt", "gestiegen", "verletzt worden"),
        not a predicative adjective ("pünktlich sein")."""
        return word == "worden" or (word[:1].islower() and "ge" in word[:6] and word.endswith(("t", "en")))

    def _frames_content(self, u: Unit) -> bool:
        """Whether a cue verb of the unit introduces content of its own: followed by a comma or
        colon, after a comma ("…, sagte er") or beside marks. "Man erwarte ein langes Gespräch"
        has a cue form but reports nothing new, so a report may run on through it."""
        toks = u.tokens
        for ci, _label, cend in self._find_cues(u):
            if toks[ci].lower_ in self.data.not_speech_acts and cend < len(toks) and toks[cend].text != ",":
                continue  # "habe zu oft „über die Köpfe hinweg“ entschieden": no one speaks here
            if cend < len(toks) and toks[cend].text == "," and self._relative_clause_at(toks, cend + 1, cend):
                continue
            rest = toks[cend + 1 :]
            if (
                not u.marks
                and cend < len(toks)
                and toks[cend].text == ","
                and any(t.pos_ for t in rest)
                and not any(t.pos_ in {"VERB", "AUX"} for t in rest)
            ):
                continue  # "hätten auf Maximalforderungen beharrt, unter anderem beim …": no clause
            if u.marks or (cend < len(toks) and toks[cend].text in {",", ":"}):
                return True
            if ci > 0 and toks[ci - 1].text in {",", ":"}:
                return True
        return False

    def _continues_report(self, u: Unit, last_kind: QuoteKind, *, strict: bool = False) -> bool:
        if u.tokens[-1].text == "?" or self._frames_content(u):
            return False
        subj = [t for t in u.tokens if "Sub" in t.morph.get("Mood", []) and not _inside(t, u.marks)]
        if subj:
            idioms = self._idiom_spans(u)
            subj = [t for t in subj if not any(a <= t.idx < b for a, b in idioms)]
        if self._reportive_perfect(u):
            return True
        if not subj:
            # Reportive "sollen" ("Dort sollen drei Hallen abgebrannt sein") continues a report,
            # as the verb of the main clause: in "X reist nach Brüssel, wo er Y treffen soll" the
            # author states the journey.
            # A dated one is a schedule, not hearsay ("Die Regierungschefs sollen am Donnerstag beraten").
            return (
                not strict
                and last_kind in {"indirect", "mixed"}
                and self._main_clause_modal(u)
                and not _in_timex(u.tokens[0].doc, u.tokens)
            )
        if u.tokens[0].text.lower() in {"wenn", "falls", "ob"}:
            return False
        # Konjunktiv II ("würde", "könnte") is also the author's own conditional; only a chain of
        # reported speech carries it over.
        # A present-tense Konjunktiv the mood rules found by its -e ("zaudere" for "zaudert") is
        # as sure as a listed form.
        unambiguous_i = any(
            t.lower_ in self._konj_i() or (t.lower_.endswith("e") and "Pres" in t.morph.get("Tense", [])) for t in subj
        )
        substitute = any(t.lower_ in self.data.plural_substitutes for t in subj) and not any(
            t.text in self.data.first_person_plural and not _inside(t, u.marks) for t in u.tokens
        )
        return unambiguous_i or (not strict and (last_kind in {"indirect", "mixed"} or substitute))

    @staticmethod
    @cache
    def _konj_i_forms(lang: str) -> frozenset[str]:
        d = langdata.load(lang, "mood")
        return (
            frozenset(w for w in d["unambiguous"] if "ä" not in w and "ü" not in w and "ö" not in w)
            | frozenset(d["konjunktiv_i_umlaut"])
            | frozenset(d["first_person_homographs"])
        )

    @staticmethod
    @cache
    def _konj_i_strict_forms(lang: str) -> frozenset[str]:
        d = langdata.load(lang, "mood")
        return frozenset(w for w in d["unambiguous"] if not any(c in w for c in "äöü")) | frozenset(
            d["konjunktiv_i_umlaut"]
        )

    def _konj_i_strict(self) -> frozenset[str]:
        """Konjunktiv I forms never spelled like any indicative ("sei", "könne"), without the
        1st person homographs ("habe"); built once per language, asked for per token."""
        return self._konj_i_strict_forms(self.lang)

    def _konj_i(self) -> frozenset[str]:
        return self._konj_i_forms(self.lang)

    def _headline(self, doc: Doc, u: Unit) -> list[Quote]:
        toks = u.tokens
        end = len(toks)
        while end and set(toks[end - 1].text) == {"+"}:
            end -= 1  # "+++ 12:05 Uhr: Kreml: „…“ +++": the liveblog's closing signs
        toks = toks[:end]
        stamp = _TICKER_STAMP.match(self._text, toks[0].idx) if toks else None
        if stamp is not None:
            # "17.45 Uhr: Merz: „Nicht um jeden Preis“": a live ticker's entry opens with its time.
            toks = [t for t in toks if t.idx >= stamp.end()]
            if not toks:
                return []
        colon = next((i for i, t in enumerate(toks) if t.text == ":" and not _inside(t, u.marks)), None)
        if colon is not None and colon > 4:
            # "Koalition streitet über Haushalt – Klingbeil: „…“": a topic, a dash, then the
            # speaker's name and the quote.
            dash = next((i for i in range(colon - 1, 0, -1) if toks[i].text in HEADLINE_DASHES), None)
            if dash is not None and colon - dash - 1 <= 4:
                toks = toks[dash + 1 :]
                colon -= dash + 1
        statements = [m for m in u.marks if m.statement or m.start > (toks[colon].idx if colon else -1)]
        if colon is None or colon == 0 or colon > 4 or colon + 1 >= len(toks):
            return []
        np = toks[:colon]
        if not all(_is_cap(t) or t.text in self.data.name_particles or t.text == "-" for t in np):
            return []
        # "Nach der Landtagswahl: Kretschmer sondiert …": a phrase of time or topic, no speaker.
        speaker = None if np[0].pos_ == "ADP" else self._speaker(doc, np, None)
        marked_after = [m for m in statements if m.start >= toks[colon].idx]
        # Only a person or an organisation speaks; "Ukraine: Russland greift an" names a topic.
        etype = self._entity_type(doc, speaker.entity) if speaker is not None else None
        person_like = (
            speaker is not None
            and speaker.name is not None
            and (etype in {"PER", "ORG"} or (speaker.entity is None and len(speaker.name.split()) >= 2))
        )
        if not person_like and not marked_after:
            return []
        if etype == "ORG" and not marked_after and not self._sounds_spoken(toks[colon + 1 :]):
            # "Nationalrat: Debatte über Budget beginnt" names where something happens; "SPD: Rente
            # muss steigen", "CDU: Wir sind bereit" give a body's position.
            return []
        frame = Frame(speaker if person_like else None)
        offset = end - len(toks)
        found = self._content_quotes(doc, u, offset + colon + 1, end, frame, need_report=False, headline=True)
        for q in found:
            # "Name: statement" is the headline form of a direct quote, with or without marks.
            q.kind = "direct"
        return found

    def _sounds_spoken(self, toks: Sequence[Token]) -> bool:
        """Whether words without marks read as someone's position: a first person, a modal of
        obligation or will, the Konjunktiv, an imperative or an exclamation."""
        d = self.data
        for t in toks:
            if t.lower_ in d.spoken_markers or "Sub" in t.morph.get("Mood", []) or "Imp" in t.morph.get("Mood", []):
                return True
        return bool(toks) and toks[-1].text == "!"

    def _interview_turn(self, doc: Doc, units: list[Unit], ui: int, consumed: set[int]) -> list[Quote]:
        """An answer in a printed interview: a paragraph opening with a person's name and a colon
        ("Kallas: Wir sind eng eingebunden. …") is, to its end, that person's words. Only a name
        the entity layer reads as a person counts: "Frage:", "Berlin:" or "Zur Person:" open
        no answer."""
        u = units[ui]
        toks = u.tokens
        colon = next((i for i, t in enumerate(toks[:5]) if t.text == ":"), None)
        if colon is None or colon == 0 or colon + 3 >= len(toks) or _inside(toks[colon], u.marks):
            return []
        label = toks[:colon]
        if not all(_is_cap(t) or t.text in self.data.name_particles or t.text == "-" for t in label):
            return []
        rest = list(toks[colon + 1 :])
        k = ui + 1
        while k < len(units) and units[k].para == u.para:
            rest.extend(units[k].tokens)  # "Klingbeil: Sehr ernst. Aber wir …": the answer goes on
            k += 1
        if toks[colon - 1].whitespace_ or not any(t.pos_ in {"VERB", "AUX"} for t in rest):
            # A label takes its colon without a space, and an answer is a clause: "Merz: 28
            # Prozent" in a poll's list is no one's words.
            return []
        speaker = self._speaker(doc, label, None)
        if speaker is None or speaker.name is None or self._entity_type(doc, speaker.entity) != "PER":
            return []
        end = u.end
        k = ui + 1
        while k < len(units) and units[k].para == u.para:
            end = units[k].end
            consumed.add(k)
            k += 1
        start = toks[colon + 1].idx
        self._turn_speakers.add(speaker.name)
        turn = [self._quote(doc, start, end, "direct", Frame(speaker))]
        for inner in units[ui:k]:
            # "Uschakow hat … erklärt, ein Kompromiss sei „noch nicht gefunden“": someone else's
            # words the answer reports are quotes of their own.
            for q in self._by_cue_verb(doc, inner, None) or []:
                if q.speaker and q.speaker != speaker.name and q.cue:
                    turn.append(q)
        return turn

    def _by_cue_verb(self, doc: Doc, u: Unit, last: Frame | None) -> list[Quote] | None:
        toks = u.tokens
        cues = self._find_cues(u)
        if len(cues) > 1 and any(not self._konj_i_cue(u, c[0]) for c in cues):
            # "Der Bund erwarte „klare Ergebnisse“, sagte Schnieder": a cue in the Konjunktiv I is
            # part of what was said; the indicative one frames it.
            cues = [c for c in cues if not self._konj_i_cue(u, c[0])]
        for ci, label, cend in cues:
            cue_tok = toks[ci]
            cue_span = _span(self._text, cue_tok.idx, cue_tok.idx + len(cue_tok.text))
            # Cue after the content: "…, sagte X" / "„…“, sagte X".
            prev = ci - 1
            as_clause = toks[0].text in self.data.as_clause_openers and cend < len(toks) and toks[cend].text == ","
            if as_clause and ci >= 2:
                # "Wie die Polizei mitteilte, wurden …": the main clause after the comma is the report.
                np = self._np_before(toks, 1, ci, as_clause=True)
                # "Wie es aus dem Ministerium hieß, …": the source, if named.
                impersonal_as = self._no_subject(np) and (
                    toks[1].text in self.data.impersonal_subjects or cue_tok.lower_ in self.data.subjectless_cues
                )
                lo = 2 if toks[1].text in self.data.impersonal_subjects else 1
                speaker = (
                    self._impersonal_source(doc, toks, lo, ci, u.marks)
                    if impersonal_as
                    else self._speaker(doc, np, last)
                )
                frame = Frame(speaker, label, cue_span, self._channel(toks[1:ci]))
                found = self._content_quotes(doc, u, cend + 1, len(toks), frame, need_report=False)
                if found:
                    return found
                continue
            trailing = next(
                (
                    j
                    for j in range(ci - 1, 1, -1)
                    if toks[j].text in self.data.as_clause_openers
                    and toks[j - 1].text == ","
                    and not _inside(toks[j], u.marks)
                ),
                None,
            )
            at_end = cend >= len(toks) or toks[cend].text in _SENT_PUNCT
            if trailing is not None and at_end:
                # "…, wie das Ministerium mitteilte.": the clause before the comma is the report. A
                # comma between "wie" and the cue only sets off an apposition of the speaker
                # ("…, wie Anna Berg, Leiterin der Behörde, betonte.").
                np = self._np_before(toks, trailing + 1, ci, as_clause=True)
                if np or all(t.text != "," for t in toks[trailing + 1 : ci]):
                    # "…, wie es aus Kiew hieß.": the source, if named, as in "Aus Kiew hieß es".
                    impersonal_as = self._no_subject(np) and toks[trailing + 1].text in self.data.impersonal_subjects
                    speaker = (
                        self._impersonal_source(doc, toks, trailing + 2, ci, u.marks)
                        if impersonal_as
                        else self._speaker(doc, np, last)
                    )
                    frame = Frame(speaker, label, cue_span, self._channel(toks[trailing:ci]))
                    found = self._content_quotes(doc, u, 0, trailing - 1, frame, need_report=False)
                    if found:
                        return found
            if prev >= 2 and toks[prev].text in self.data.so_words and toks[prev - 1].text == ",":
                # "„…“, so charakterisierte ihn X": "so" stands between the statement and the cue.
                prev -= 1
            subordinate = toks[0].text.lower() in self.data.complementisers | self.data.non_report_openers
            if subordinate and not as_clause and cend < len(toks) and toks[cend].text == "," and cend <= ci + 2:
                # "Dass die Partei X ablehnt, ist …": a cue at the end of a subordinate clause
                # frames nothing that follows.
                continue
            if self._closes_relative_clause(u, ci, cend):
                # "Ein Beamter, den die New York Times zitiert, kommentierte, …": the cue of a
                # relative clause frames nothing; the verb after it does.
                continue
            subj_from, chan = ci + 1, toks[ci + 1 : self._with_medium_title(toks, cend)]
            aux = self._aux_before(u, ci)
            if aux is not None and (cend >= len(toks) or toks[cend].text in _SENT_PUNCT):
                # "„…“, hatte VW-Chef X in einem Interview erklärt": the auxiliary follows the comma,
                # the subject the auxiliary, and the cue participle closes the clause.
                prev, subj_from, chan = aux - 1, aux + 1, toks[aux + 1 : ci]
            inverted = prev >= 1 and toks[prev].text == "," and not _inside(toks[prev], u.marks)
            if (
                inverted
                and not any(_inside(t, u.marks) for t in toks[:prev])
                and not self._has_clause_verb(toks[:prev])
            ):
                # "Michael Knipper, Vorsitzender des Verbands, kritisierte …": an apposition, no statement.
                inverted = False
            if (
                inverted
                and toks[0].lower_ in self.data.non_nominative
                and not any("Sub" in t.morph.get("Mood", []) or _inside(t, u.marks) for t in toks[:prev])
            ):
                # "Den Währungsfonds, dessen Gremien tagen, forderte er auf, …": a fronted object
                # with its relative clause, not a statement before the cue.
                inverted = False
            if (
                inverted
                and any(
                    m.start > cue_tok.idx
                    and (cend >= len(toks) or m.start <= toks[cend].idx)
                    and not m.title
                    and (self._text[m.start + 1 : m.start + 2].islower() or self._as_predicate(u, m))
                    for m in u.marks
                )
                and not any(_inside(t, u.marks) or "Sub" in t.morph.get("Mood", []) for t in toks[:prev])
            ):
                # "Jung begrüßte die Zusage, nannte sie aber einen „Tropfen auf den heißen Stein“":
                # the second verb of the subject quotes its own object; the clause before is no report.
                inverted = False
            if inverted and toks[0].lower_ in self.data.prepositions:
                comma = next((k for k in range(1, prev) if toks[k].text == ","), None)
                if comma is not None and toks[comma + 1].lower_ in self.data.clause_determiners:
                    # "In einem Schreiben, das dem „Spiegel“ vorliegt, heißt es, …": a fronted
                    # phrase of where it is written, with its relative clause, no statement.
                    inverted = False
            if inverted and self._subject_with_relative(toks[:prev], u.marks):
                # "Hubert Primus, der bei der Stiftung verantwortlich ist, wies … zurück": the
                # subject with its relative clause, no statement before the cue.
                inverted = False
            np_after = self._np_after(toks, subj_from, u.marks) if inverted else []
            impersonal = inverted and not np_after and self._impersonal(toks, ci, aux)
            after_comma = toks[prev].i if inverted else -1
            if inverted and not np_after and not impersonal and not self._subject_from_parse(cue_tok, u, after_comma):
                # "John Kline, ein Abgeordneter, sagte, …": the comma closes an apposition of the
                # subject, not a statement; the cue comes before its content, if any.
                inverted = False
            if inverted:
                np = [] if impersonal else (self._subject_from_parse(cue_tok, u, after_comma) or np_after)
                after_np = subj_from + (len(np) if np else 0)
                speaker = (
                    self._impersonal_source(doc, toks, subj_from, cend, u.marks)
                    if impersonal
                    else self._speaker(doc, np, last)
                )
                frame = Frame(speaker, label, cue_span, self._channel(chan) or self._channel_after_apposition(u, cend))
                # A split quote: „A“, sagte sie, „B“.
                tail = [m for m in u.marks if m.start > cue_tok.idx and m.statement]
                head = [m for m in u.marks if m.end <= toks[prev].idx + 1]
                if (
                    tail
                    and head
                    and len(head) == 1
                    and toks[0].idx == head[0].start
                    and self._only_frame_between(u, after_np, tail[0])
                ):
                    # One record per stretch of the speaker's words: the cue between them is
                    # no part of either, and each stands where the text has it.
                    return [self._quote(doc, m.start, m.end, "direct", frame) for m in [head[0], *tail]]
                after_colon = self._marked_after_colon(u, ci)
                asked = any(t.text in self.data.question_words for t in toks[:ci])
                if after_colon and (
                    toks[0].lower_ in self.data.non_report_openers | self.data.complementisers or asked
                ):
                    # "Nachdem er gefragt wurde, was … unterscheide, entgegnete X: „…“", "Auf die
                    # Frage, ob …, sagte X: „…“": the clause before the cue is a time or the
                    # question; the marks after the colon are what X said.
                    return [self._quote(doc, m.start, m.end, "direct", frame) for m in after_colon]
                before = self._content_quotes(doc, u, 0, prev, frame, need_report=False)
                return before + self._report_after_frame(doc, u, ci, frame) if before else before
            # Cue before the content: content after the first comma or colon behind the cue.
            if cend < len(toks) and toks[cend].text in {",", ":"}:
                lo = cend + 1
                if toks[cend].text == "," and not u.marks and self._relative_clause_at(toks, lo, cend):
                    # "Andernfalls drohe ein Vertrauensverlust, der kaum … sei": a relative
                    # clause on the noun before the comma, not what was said.
                    continue
                # "warnte davor, dass": the correlate stays in the frame.
                passive = self._passive_aux(u, ci)
                relayed: str | None = None
                if passive is not None:
                    np = self._passive_speaker(u, ci, passive)
                else:
                    np = self._subject_from_parse(cue_tok, u)
                    if np and np[0].i > toks[cend].i:
                        # A subject behind the comma is the content's ("verlautete, eine
                        # Einigung sei nahe"), however the parser hung it.
                        np = []
                    if np and np[0].i > cue_tok.i and not any(t.ent_type_ == "PER" for t in np):
                        # "AfD-Chefin Alice Weidel warf der Regierung vor, …": a person named
                        # before the verb is its subject, not the article phrase the parser took.
                        named = self._np_before(toks, 0, ci)
                        if named and any(t.ent_type_ == "PER" for t in named):
                            np = named
                    if not np:
                        np = self._np_before(toks, 0, ci)
                    if not np:
                        # "Thomas Keil hatte noch am Vortag erklärt, …": the subject stands before
                        # the perfect's auxiliary.
                        aux = next(
                            (
                                j
                                for j in range(1, ci)
                                if toks[j].text in self.data.auxiliaries and toks[j].pos_ == "AUX"
                            ),
                            None,
                        )
                        if aux is not None:
                            np = self._np_before(toks, 0, aux)
                    if not np:
                        np = self._subject_after(toks, ci, u.marks)
                    quoted = self._quoted_object(u, ci, np)
                    if quoted is not None:
                        np, relayed = quoted
                # "Aus dem Kreml hieß es, …", "Es hieß aus Paris, …": the source, if named.
                speaker = (
                    self._impersonal_source(doc, toks, 0, cend, u.marks)
                    if self._no_subject(np) and self._impersonal(toks, ci, None)
                    else self._speaker(doc, np, last, source=relayed is not None)
                )
                frame = Frame(
                    speaker,
                    label,
                    cue_span,
                    relayed
                    or self._channel(toks[ci + 1 : self._with_medium_title(toks, cend)])
                    or self._channel_before(toks, ci, np, speaker),
                )
                via = self._relaying_as_clause(u, lo)
                if via is not None:
                    # "Lawrow bezeichnete die Gespräche als «nützlich», wie Tass meldete": the
                    # clause after the comma names who passed the words on, not what was said.
                    marked = [m for m in u.marks if m.end <= toks[cend].idx and not m.title]
                    if not marked:
                        continue
                    return [
                        self._quote(doc, m.start, m.end, "direct", Frame(speaker, label, cue_span, via)) for m in marked
                    ]
                colon = toks[cend].text == ":"
                talk = cue_tok.lower_ in self.data.talk_cues and not colon
                if talk and not self._reported_clause(toks[lo:], u.marks):
                    # "hat er mit Merz gesprochen, am Montag reist er nach Paris": a talk with
                    # someone, then the next thing that happens, not what was said.
                    continue
                hi = len(toks)
                second: tuple[int, str, int] | None = None
                for j in range(lo + 2, len(toks)):
                    if toks[j - 1].text != "," or _inside(toks[j], u.marks):
                        continue
                    relayed_by = self._relaying_as_clause(u, j)
                    if relayed_by is not None:
                        # "Lawrow sagte, …, wie Tass meldete": the closing as-clause is the channel.
                        hi = j - 1
                        frame = Frame(frame.speaker, frame.cue, frame.cue_span, frame.channel or relayed_by)
                        break
                    if (
                        j + 1 < len(toks)
                        and self._cue_word(toks[j].text) is not None
                        and toks[j + 1].lower_ in self.data.impersonal_subjects
                    ):
                        # "Xi habe betont, …, hieß es in einer Mitteilung": the closing frame
                        # names where the report stands, no part of what was said.
                        hi = j - 1
                        frame = Frame(
                            frame.speaker, frame.cue, frame.cue_span, frame.channel or self._channel(toks[j:])
                        )
                        break
                    second = self._coordinated_cue(u, j)
                    if second is not None:
                        # "Merz sagte, er habe telefoniert, und fügte hinzu: „…“": the second verb
                        # of the same subject frames what follows it.
                        hi = j - 1
                        break
                found = self._content_quotes(doc, u, lo, hi, frame, need_report=not colon)
                if found and second is not None:
                    k2, label2, cend2 = second
                    tok2 = toks[k2]
                    frame2 = Frame(frame.speaker, label2, _span(self._text, tok2.idx, tok2.idx + len(tok2.text)), None)
                    after = self._marked_after_colon(u, k2)
                    if after:
                        found += [self._quote(doc, m.start, m.end, "direct", frame2) for m in after]
                    elif cend2 < len(toks) and toks[cend2].text in {",", ":"}:
                        found += self._content_quotes(doc, u, cend2 + 1, len(toks), frame2, need_report=False)
                if found:
                    return found
            if cend < len(toks) and _inside(toks[cend], u.marks) and cend == ci + 1:
                # "sagte „…“" without a comma.
                np = self._np_before(toks, 0, ci)
                frame = Frame(self._speaker(doc, np, last), label, cue_span, None)
                found = self._content_quotes(doc, u, cend, len(toks), frame, need_report=False)
                if found:
                    return found
        # A verb of deciding frames a clause, never marked words: in "Die Partei habe zu oft „über
        # die Köpfe hinweg“ entschieden" someone else speaks.
        cues = [c for c in self._find_cues(u) if toks[c[0]].lower_ not in self.data.not_speech_acts]
        # Capitalised words in marks are names ("der Bär „Bruno“"), not the speaker's words, unless
        # the speaker applies them as a predicate ("bezeichnete es als „Unsensibilität“").
        short = [
            m
            for m in u.marks
            if not m.title and (not self._text[m.start + 1 : m.start + 2].isupper() or self._as_predicate(u, m))
        ]
        if not cues and short:
            # "lobte die Schweiz als „verlässlichen Nachbarn“": a verb of judging with its
            # predicate in marks says the words like "bezeichnete … als".
            stance = self._stance_verb(u)
            if stance is not None and all(self._after_als(u, m, stance[0]) for m in short):
                cues = [(stance[0], toks[stance[0]].text, len(toks))]
        if cues and short:
            # "wies die Vorwürfe als „haltlos“ zurück": quoted words inside the speaker's own clause;
            # the verb of a relative clause is not theirs ("Die CSU, die geklagt hatte, sprach
            # von einem „großen Erfolg“").
            main = [c for c in cues if not self._closes_relative_clause(u, c[0], c[2])]
            ci, label, _cend = (main or cues)[0]
            cue_tok = toks[ci]
            # "Die Bestrebungen …, bezeichnete er als „…“": a pronoun right after the verb is the
            # subject, the phrase before it an object.
            first_verb = next((j for j in range(1, ci - 1) if self._verb_candidate(toks[j])), None)
            coordinated = (
                ci > 1
                and (toks[ci - 1].text == "," or toks[ci - 1].text in self.data.conjunctions)
                and first_verb is not None
                # A finite first verb ("Jung begrüßte …, nannte …"), not the infinitive of a fronted
                # object's clause ("Die Bestrebungen, die Macht zu erhalten, bezeichnete er …").
                and "Inf" not in toks[first_verb].morph.get("VerbForm", [])
                and not self._infinitive_clause(toks[: ci - 1])
            )
            pronoun_after = ci + 1 < len(toks) and toks[ci + 1].text in self.data.pronouns and ci > 0
            np = (
                []
                if coordinated
                else [toks[ci + 1]]
                if pronoun_after
                else self._np_before(toks, _after_lead_in(u, ci), ci)
            )
            if coordinated and first_verb is not None:
                # "Jung begrüßte die Zusage, nannte sie aber einen „…“": the verb after the comma
                # shares the subject of the first.
                np = self._np_before(toks, 0, first_verb)
            np = np or self._subject_after(toks, ci, u.marks)
            if not np:
                # "Die Firma bestätigte es nicht und nannte es „Spekulation“": the second of two
                # coordinated verbs shares the subject of the first.
                np = self._subject_from_parse(cue_tok, u)
            speaker = self._speaker(doc, np, last)
            if speaker is not None and (
                speaker.name is not None or (len(np) == 1 and np[0].text in self.data.pronouns)
            ):
                cue_span = _span(self._text, cue_tok.idx, cue_tok.idx + len(cue_tok.text))
                channel = self._channel(toks[ci + 1 : _cend])
                so_phrase = self._trailing_so(u, ci + 1, len(toks)) if channel is None else None
                passer = so_phrase[1] if so_phrase is not None else None
                if passer is not None and passer.name and is_medium_name(passer.name, self.lang):
                    channel = passer.name  # "…, so die Nachrichtenagentur dpa": a medium passing it on
                frame = Frame(speaker, label, cue_span, channel)
                return [self._quote(doc, m.start, m.end, "direct", frame) for m in short]
        return None

    def _impersonal_cue(self, u: Unit, q: Quote) -> bool:
        """Whether the quote's cue is impersonal ("hieß es")."""
        if q.cue_span is None:
            return False
        k = next((k for k, t in enumerate(u.tokens) if t.idx == q.cue_span.start), None)
        return k is not None and k + 1 < len(u.tokens) and u.tokens[k + 1].text in self.data.impersonal_subjects

    def _as_predicate(self, u: Unit, m: Marked) -> bool:
        """Whether marked words follow a word that makes them what something is called ("als",
        "von"), so that they are the speaker's words even when capitalised."""
        before = [t for t in u.tokens if t.idx < m.start]
        indefinite = False
        # "als mögliche „Grundlage“": attributive adjectives between the word and the marks.
        while before and before[-1].pos_ == "ADJ" and before[-1].text[:1].islower() and len(before) > 1:
            before = before[:-1]
        while before and before[-1].lower_ in self.data.determiners | self.data.indefinite_articles:
            indefinite = indefinite or before[-1].lower_ in self.data.indefinite_articles
            before = before[:-1]
        if not before:
            return False
        if before[-1].lower_ in self.data.predicate_words:
            return True
        if indefinite and before[-1].lower_ in self.data.indefinite_predicate_words:
            return True
        # "nannte sie aber einen „Tropfen auf den heißen Stein“": an object in marks with its
        # indefinite article right after the cue's pronoun or adverb; not after a preposition
        # ("über den „Spiegel“") nor a medium in the dative ("sagte er den „Nachrichten“").
        if indefinite and (before[-1].lower_ in self.data.adverbs or before[-1].text in self.data.pronouns):
            return True
        # "nannte die Lieferungen eine „Eskalation“": a verb of naming takes a second accusative,
        # the name it gives, in its own clause.
        if not indefinite:
            return False
        for t in reversed(before):
            if t.text in {",", ";", ":"} or _inside(t, u.marks):
                return False
            if t.lower_ in self.data.naming_cues:
                return True
        return False

    def _impersonal(self, toks: list[Token], ci: int, aux: int | None) -> bool:
        """ "…, hieß es aus dem Ministerium" and "…, wird vermutet": a frame with no speaker that
        still closes the statement before it."""
        d = self.data
        if ci + 1 < len(toks) and toks[ci + 1].text in d.impersonal_subjects:
            return True
        if toks[ci].lower_ in d.subjectless_cues or self._subjectless_particle(toks, ci):
            return True  # "Aus Sicherheitskreisen verlautete, …" has no subject at all
        if aux is not None and aux + 1 == ci and toks[aux].text in d.passive_auxiliaries:
            end = ci + 1
            return end >= len(toks) or toks[end].text in _SENT_PUNCT
        # "…, wie vermutet wird" is a trailing as-clause, handled elsewhere.
        return False

    def _subjectless_particle(self, toks: Sequence[Token], ci: int) -> bool:
        """A particle of the cue's clause that leaves it without a subject ("geht … hervor")."""
        for t in toks[ci + 1 :]:
            if t.text in {",", ":", ";"} or t.text in _SENT_PUNCT:
                return False
            if t.lower_ in self.data.subjectless_particles:
                return True
        return False

    def _no_subject(self, np: list[Token]) -> bool:
        """No subject, or only the impersonal "es" ("hält es der Präsident für möglich" has one)."""
        return not np or (len(np) == 1 and np[0].text in self.data.impersonal_subjects)

    def _impersonal_source(
        self, doc: Doc, toks: list[Token], lo: int, hi: int, marks: Sequence[Marked]
    ) -> Speaker | None:
        """The source an impersonal frame names with a preposition: "hieß es aus dem Kanzleramt",
        "Aus Paris hieß es"; None where it names none (the statement stays without a speaker)."""
        for j in range(lo, min(hi, len(toks)) - 1):
            if toks[j].lower_ not in self.data.impersonal_sources or _inside(toks[j], marks):
                continue
            np = toks[j + 1 : self._source_end(toks, j + 1)]
            if not np or np[0].text in self.data.pronouns or _in_timex(doc, np):
                continue  # "In der Nacht hieß es": a time, not a source
            if not any(_is_cap(t) for t in np):
                continue
            if len(np) <= 3 and np[-1].text in self.data.statement_nouns and np[0].lower_ in self.data.determiners:
                # "hieß es in einer Erklärung", "In der Begründung heißt es": a document, no author
                # named (the one who spoke before may have written it). The definite one is
                # kept as the phrase that speaks.
                if np[0].lower_ in self.data.indefinite_articles:
                    return None
                return Speaker(None, None, _span(self._text, np[0].idx, np[-1].idx + len(np[-1].text)))
            # "In der Pressemitteilung des WWF heißt es": the document's author, as after "laut".
            return self._source_speaker(doc, np, None)
        return None

    def _by_back_reference(self, doc: Doc, u: Unit, last: Frame | None) -> list[Quote] | None:
        """ "Demnach hat …": the sentence reports the source named just before."""
        toks = u.tokens
        # "Demnach hat …", "Im Detail sollen die Dienste demnach …": in the clause's first words.
        comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks))
        for i, t in enumerate(toks[: min(_BACK_REFERENCE_REACH, comma)]):
            if t.text in self.data.back_reference and not _inside(t, u.marks):
                mention = _span(self._text, t.idx, t.idx + len(t.text))
                sp = last.speaker if last is not None and last.speaker is not None else None
                frame = Frame(Speaker(sp.name if sp else None, sp.entity if sp else None, mention), t.text, mention)
                if i == 0:
                    return self._content_quotes(doc, u, 1, len(toks), frame, need_report=False)
                return self._split_around(doc, u, i, i + 1, frame)
        return None

    def _owned_statement(self, doc: Doc, u: Unit, first: int | None) -> list[Quote] | None:
        """ "Sein Fazit: „Beide Seiten wollen weiter reden.“": a possessive and a noun for a
        statement before the colon name whose words follow, as the entity extractor resolves it."""
        toks = u.tokens
        if first != 3 or toks[2].text != ":" or self._resolve_ref is None or doc._.entities is None:
            return None
        if toks[0].lower_ not in self.data.possessives or toks[1].text not in self.data.statement_labels:
            return None
        ent = self._resolve_cached(doc, toks[0].idx, toks[0].idx + len(toks[0].text))
        if ent is None:
            return None
        label_span = _span(self._text, toks[0].idx, toks[1].idx + len(toks[1].text))
        frame = Frame(Speaker(ent.name, ent.id or None, label_span), toks[1].text, label_span)
        return [
            self._quote(doc, m.start, m.end, "direct", frame) for m in u.marks if m.statement and m.start >= toks[3].idx
        ]

    def _by_colon(self, doc: Doc, u: Unit, statements: list[Marked], last: Frame | None) -> list[Quote]:
        """ "X reagierte gelassen: „…“": a colon before quotation marks introduces the subject's words."""
        toks = u.tokens
        first = next((i for i, t in enumerate(toks) if t.idx == statements[0].start), None) if statements else None
        owned = self._owned_statement(doc, u, first)
        if owned is not None:
            return owned
        reported = False
        if first is None or first < 3 or toks[first - 1].text != ":":
            # "Linnemann sah das anders: Scholz betreibe „Geschichtsklitterung“": after the
            # colon a report in the Konjunktiv, with or without marks inside it.
            colon = next((i for i, t in enumerate(toks) if t.text == ":" and not _inside(t, u.marks)), None)
            if colon is None or colon < 2 or colon + 2 >= len(toks):
                return []
            after = toks[colon + 1 :]
            # Konjunktiv I, not the -te forms that are also a past or a Konjunktiv II ("Sie
            # sollte … unterschreiben" tells what happened to her).
            if after[0].lower_ not in self.data.complementisers and not any(
                "Sub" in t.morph.get("Mood", []) and not t.lower_.endswith(("te", "ten")) for t in after
            ):
                return []
            first, reported = colon + 1, True
        verb = next((i for i in range(1, first - 1) if self._verb_candidate(toks[i])), None)
        if verb is None:
            return []
        np = self._np_before(toks, 0, verb)
        if np and self._nameless_front(np, toks[verb]):
            # "Den Unmut der CDU brachte die Sprecherin X zum Ausdruck: …": a fronted object.
            np = self._subject_from_parse(toks[verb], u)
        elif np and verb + 1 < first and toks[verb + 1].text in self.data.pronouns:
            # "Einer Koalition wolle er sich nicht verweigern: …": a pronoun right after the verb
            # is the subject, the phrase before it an object.
            np = [toks[verb + 1]]
        if not np:
            np = self._subject_after(toks, verb, u.marks)
        channel = self._channel(toks[verb:first])
        quoted = self._quoted_object(u, verb, np)
        if quoted is not None:
            np, channel = quoted
        # A quoted object is in the accusative ("zitiert einen Augenzeugen") and still speaks.
        speaker = self._speaker(doc, np, last, source=quoted is not None)
        if speaker is None or (speaker.name is None and speaker.span is None):
            return []
        if reported and not self._names_speaker(doc, speaker, np):
            return []  # "Eine weitere Schlappe musste die Versicherung hinnehmen: …"
        vt = toks[verb]
        frame = Frame(speaker, vt.text, _span(self._text, vt.idx, vt.idx + len(vt.text)), channel)
        return self._content_quotes(doc, u, first, len(toks), frame, need_report=reported)

    def _names_speaker(self, doc: Doc, speaker: Speaker, np: list[Token]) -> bool:
        """Whether a subject is someone who can speak: a person or organisation the entity layer
        knows, a pronoun, or a role ("der Minister")."""
        if self._entity_type(doc, speaker.entity) in ("PER", "ORG"):
            return True
        d = self.data
        for t in np:
            low = t.lower_.rsplit("-", 1)[-1]
            if t.text in d.pronouns or self._is_role(t.text) or (_is_cap(t) and low.endswith(d.speaking_bodies)):
                return True  # "die Opposition", "die Regierung"
        return False

    def _statement_without_content(
        self, doc: Doc, u: Unit, last: tuple[Frame, int, int, QuoteKind] | None
    ) -> Frame | None:
        cues = self._find_cues(u)
        if not cues:
            return self._shown_stance(doc, u, last)
        ci, label, _cend = cues[0]
        if self._passive_aux(u, ci) is not None:
            return None  # "Ihm wird vorgeworfen …": the subject is spoken about
        np = self._np_before(u.tokens, 0, ci)
        if not np:
            # "Chinas Außenministerium hat die Kritik zurückgewiesen": the subject stands before
            # the perfect's auxiliary.
            aux = next((j for j in range(1, ci) if u.tokens[j].text in self.data.auxiliaries), None)
            np = self._np_before(u.tokens, 0, aux) if aux is not None else []
        np = np or self._subject_after(u.tokens, ci, u.marks)
        speaker = self._speaker(doc, np, last[0] if last else None)
        if speaker is None or speaker.name is None:
            return None
        tok = u.tokens[ci]
        return Frame(speaker, label, _span(self._text, tok.idx, tok.idx + len(tok.text)))

    def _shown_stance(self, doc: Doc, u: Unit, last: tuple[Frame, int, int, QuoteKind] | None) -> Frame | None:
        """ "Die Ministerin zeigte sich zuversichtlich.": the frame of someone who can speak, for
        the Konjunktiv sentence after it."""
        stance = self._stance_verb(u, shown=True)
        if stance is None or any(m.statement for m in u.marks):
            return None
        ci, named = stance
        np = self._np_before(u.tokens, 0, ci) or self._subject_after(u.tokens, ci, u.marks)
        subject = [t for t in np if t.dep_.startswith("nsubj") and t.pos_ != "NUM"]
        if not subject or (np and np[0].lower_ in self.data.non_nominative):
            return None
        speaker = self._speaker(doc, np, last[0] if last else None)
        if speaker is None or speaker.name is None:
            return None
        if not self._can_speak(doc, speaker, subject[-1], np, named=named):
            return None
        tok = u.tokens[ci]
        return Frame(speaker, tok.text, _span(self._text, tok.idx, tok.idx + len(tok.text)))

    def _speech_act(self, doc: Doc, u: Unit, last: tuple[Frame, int, int, QuoteKind] | None) -> Quote | None:
        """A sentence that names what someone said without rendering it ("sagte weitere Hilfe
        zu", "warnte vor einer Eskalation", "bezeichnete die Lösung als Irrweg"): a statement of
        kind "reported" spanning the sentence, when its subject is someone who can speak."""
        toks = u.tokens
        if toks[-1].text == "?" or any(m.statement for m in u.marks):
            return None
        if len([t for t in toks if not t.is_punct]) < 4:
            return None
        cues = self._find_cues(u)
        named = False
        if cues:
            ci, label, _end = cues[0]
        elif (stance := self._stance_verb(u)) is not None:
            ci, named = stance
            label = toks[ci].text
        else:
            return None
        cue = toks[ci]
        if cue.lower_ in self.data.not_speech_acts or not self._speech_sense(u, cue):
            return None
        opened = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in toks[:ci])
        if opened > 0:
            # "(Wikinews berichtete)", "(dpa meldete)": a reference in brackets, not a statement.
            return None
        if toks[0].lower_ in self.data.as_clause_openers or toks[0].lower_ in self.data.act_subordinators:
            # "Dass die FDP den Mindestlohn ablehnt, ist ein Signal": the cue is in a subordinate
            # clause; the sentence states the author's view.
            return None
        if self._passive_aux(u, ci, clause=False) is not None:
            # "Er wurde verurteilt", "Die Einkäufe werden als Reaktion dargestellt": in the
            # passive the subject is what is spoken about, not who speaks.
            return None
        # A lead-in before a colon ("Steuern: Die SPD will …") is a label, not part of the clause;
        # so is a wire dateline ("BERLIN, 22. Juli 2027 (Reuters) - Merz hat …").
        first = _after_lead_in(u, ci)
        opening = leading_wire_opening(self.lang).match(self._text[toks[0].idx : toks[ci].idx])
        if opening is not None:
            first = max(first, next((k for k in range(ci) if toks[k].idx >= toks[0].idx + opening.end()), first))
        np = self._np_before(toks, first, ci) or self._subject_after(toks, ci, u.marks)
        if not np and cue.tag_ in {"VVPP", "VVINF"}:
            # "X hatte am Samstag … bekanntgegeben", "X will … festhalten": the subject stands
            # before the clause's finite auxiliary or modal.
            fin = next(
                (
                    k
                    for k in range(first, ci)
                    if toks[k].text in self.data.auxiliaries or toks[k].lower_ in self.data.stance_verbs
                ),
                None,
            )
            if fin:
                np = self._np_before(toks, first, fin)
        if not np:
            # A modal's subject hangs from its infinitive ("will sich die SPD … einsetzen").
            np = self._subject_from_parse(cue.head if cue.dep_ == "aux" else cue, u)
        # The speaker must be the cue's subject: in "Zwölf Todesopfer forderte ein Taifun" the
        # phrase before the verb is its object.
        if np and np[0].lower_ in self.data.non_nominative:
            # "Diesen Einwand ließ das Gericht nicht gelten": a fronted object.
            return None
        subject = [t for t in np if t.dep_.startswith("nsubj") and t.pos_ != "NUM"]
        if subject and any(t.pos_ == "ADP" and t.i < subject[0].i for t in np):
            # "Sehr direkt für die Ukraine sprach eine Landsfrau": a prepositional phrase.
            return None
        if not subject and np and np[0] is toks[first] and not any(t.dep_ in _OBJECT_RELATIONS for t in np):
            # The phrase that opens the sentence before its verb is the subject even where the
            # parser lost it ("Kemal Bedri, Vorsitzender der Kommission, begründete …").
            subject = [t for t in np if t.pos_ in {"NOUN", "PROPN", "PRON"} and t.text != ","][:1]
        if not subject:
            return None
        speaker = self._speaker(doc, np, last[0] if last else None)
        if speaker is None or speaker.span is None or not self._can_speak(doc, speaker, subject[-1], np, named=named):
            return None
        frame = Frame(speaker, label, _span(self._text, cue.idx, cue.idx + len(cue.text)), self._channel(toks))
        return self._quote(doc, toks[first].idx, u.end, "reported", frame)

    def _speech_sense(self, u: Unit, cue: Token) -> bool:
        sense = self.data.other_senses.get(cue.lemma_) or self.data.other_senses.get(cue.lower_)
        if sense is None:
            return True
        other, keep = sense
        # The object may stand before the verb ("Zwölf Todesopfer forderte ein Sturm"); a noun
        # also counts as the last part of a compound ("schrieb Automobilgeschichte").
        clause = {t.text for t in u.tokens if t.i != cue.i}
        nouns = tuple(w.lower() for w in other if w[:1].isupper())
        compound = any(w[:1].isupper() and w.lower().endswith(nouns) for w in clause) if nouns else False
        return not (clause & other or compound or "*" in other) or bool(clause & keep)

    def _after_als(self, u: Unit, m: Marked, verb: int) -> bool:
        """Whether the marks m follow "als" after the verb at ``verb`` in its clause."""
        toks = u.tokens
        k = next((j for j, t in enumerate(toks) if t.idx >= m.start), None)
        if k is None:
            return False
        j = k - 1
        while j > verb and toks[j].lower_ in self.data.determiners:
            j -= 1  # "als einen „verlässlichen Nachbarn“"
        if j <= verb or toks[j].lower_ not in self.data.role_markers:
            return False
        return not any(t.text in {",", ";", ":"} for t in toks[verb + 1 : j])

    def _stance_verb(self, u: Unit, shown: bool = False) -> tuple[int, bool] | None:
        """The finite stance verb of a main clause ("will", "begrüßte"; with ``shown`` one of a
        stance only shown, "zeigte sich besorgt"): index and whether it needs a named subject."""
        sv = self.data.shown_stances if shown else self.data.stance_verbs
        for i, t in enumerate(u.tokens):
            entry = sv.get(t.lower_)
            if entry is None or _inside(t, u.marks) or t.pos_ not in {"VERB", "AUX"}:
                continue
            # The main clause's verb, or its modal ("will … fördern"); not a relative clause's.
            main = t.dep_ in {"ROOT", "conj"} or (t.dep_ == "aux" and t.head.dep_ in {"ROOT", "conj"})
            if not main:
                continue
            need, named = entry
            # The word that completes the stance stands in the verb's own clause ("Mit Sturm rechnet
            # der Wetterdienst", not "hält sich auf, wo er um Hilfe für … bittet").
            lo = max((k + 1 for k in range(i) if u.tokens[k].text == ","), default=0)
            hi = next((k for k in range(i + 1, len(u.tokens)) if u.tokens[k].text == ","), len(u.tokens))
            if need and not any(x.text in need for x in u.tokens[lo:hi]):
                continue
            return i, named
        return None

    def _can_speak(self, doc: Doc, sp: Speaker, head: Token, np: list[Token], *, named: bool = False) -> bool:
        d = self.data
        # The subject's own head must be the name, or a role noun the name stands beside ("Der
        # Künstler Martin Zet"): "Die Überschwemmungen im Süden Thailands" do not speak for Thailand.
        name = sp.name or ""
        named_head = head.pos_ == "PROPN" or head.text in name
        if not named_head and name:
            at = next((k for k, t in enumerate(np) if t.i == head.i), None)
            named_head = at is not None and at + 1 < len(np) and np[at + 1].text in name and np[at + 1].pos_ == "PROPN"
        if sp.entity and named_head and self._entity_type(doc, sp.entity) in {"PER", "ORG", "LOC"}:
            return True
        word = head.text
        low = word.lower().rsplit("-", 1)[-1]
        if low.endswith(d.speaking_bodies):
            return True
        if named:
            # A pronoun stands for a named speaker only where the article resolves it; a name the
            # entity layer missed still counts when the tagger calls it one ("Mathias Edler").
            if word in d.pronouns:
                return sp.entity is not None
            return any(t.pos_ == "PROPN" and t.text in name for t in np)
        if word in d.pronouns or self._is_role(word) or head.pos_ == "PROPN":
            # A name the entity layer did not type ("Li", "Airbus") is still a name.
            return True
        return head.pos_ == "NOUN" and low.endswith(d.person_endings) and not low.endswith(d.not_persons)

    def _aux_before(self, u: Unit, ci: int) -> int | None:
        """Index of an auxiliary right after a comma that opens the cue participle's clause."""
        toks = u.tokens
        for j in range(ci - 1, 0, -1):
            t = toks[j]
            if _inside(t, u.marks) or t.text in {",", ":", ";"}:
                return None
            if t.text in self.data.auxiliaries and toks[j - 1].text == ",":
                return j
        return None

    def _only_frame_between(self, u: Unit, k: int, m: Marked) -> bool:
        for t in u.tokens[k:]:
            if t.idx >= m.start:
                return True
            if t.text not in {",", ":"} and not self._channel_word(t):
                return False
        return True

    def _channel_word(self, t: Token) -> bool:
        d = self.data
        return t.text in d.channel_preps or t.text in d.media_nouns or t.text.lower() in d.determiners

    def _by_so(self, doc: Doc, u: Unit, last: Frame | None) -> list[Quote] | None:
        toks = u.tokens
        for i in range(1, len(toks) - 1):
            t = toks[i]
            if t.text in self.data.so_words and toks[i - 1].text == "," and not _inside(t, u.marks):
                np = self._np_after(toks, i + 1, u.marks)
                if not np:
                    continue
                k = i + 1 + len(np)
                rest = toks[k:]
                apposition = [x for x in rest[1:] if x.text not in _SENT_PUNCT]
                if (
                    rest
                    and rest[0].text == ","
                    and 0 < len(apposition) <= 6
                    and all(_is_cap(x) or x.text in self.data.name_particles for x in apposition)
                    and all(x.text in _SENT_PUNCT for x in rest[1 + len(apposition) :])
                ):
                    # "…, so der Sprecher der Taliban, Ehsanullah Ehsan.": the name in apposition
                    # closes the sentence; the frame inserted mid-sentence goes on with words.
                    np = [*np, *rest[: 1 + len(apposition)]]
                    k += 1 + len(apposition)
                    rest = toks[k:]
                while rest and rest[0].text in self.data.so_closing_adverbs:
                    # "…, so Winkel weiter.": an adverb after the name closes the frame.
                    rest = rest[1:]
                    k += 1
                inserted = bool(rest) and rest[0].text == "," and len(rest) > 2
                if rest and not inserted and rest[0].text not in _SENT_PUNCT and self._channel(rest) is None:
                    tail = [x for x in rest if x.text not in _SENT_PUNCT]
                    # "so Polizei- und Feuerwehrkreise": a conjunction after a truncated compound
                    # joins two nouns of one phrase.
                    truncated = {j for j, x in enumerate([np[-1], *tail]) if x.text.endswith("-")}
                    # One comma may set off the name at the end ("so der Sprecher der Taliban,
                    # Ehsanullah Ehsan").
                    commas = [j for j, x in enumerate(tail) if x.text == ","]
                    apposed = len(commas) == 1 and 0 < commas[0] < len(tail) - 1 and _is_cap(tail[-1])
                    name_like = all(
                        _is_cap(x)
                        or x.text.lower() in self.data.determiners
                        or x.text in self.data.name_particles
                        or (x.text in self.data.conjunctions and j in truncated)
                        or (x.text == "," and apposed)
                        for j, x in enumerate(tail)
                    )
                    if not (name_like and len(tail) <= 8):
                        continue
                    # "so der Chef des Verwaltungsrats Ulrich Müller": a genitive extends the phrase.
                    np = [*np, *tail]
                    rest = rest[len(tail) :]
                frame = Frame(
                    self._speaker(doc, np, last),
                    t.text,
                    _span(self._text, t.idx, t.idx + len(t.text)),
                    self._channel(rest),
                )
                if inserted:
                    # "Das sei, so der Minister, nicht hinnehmbar": the frame splits the statement.
                    return self._split_around(doc, u, i - 1, k + 1, frame)
                return self._content_quotes(doc, u, 0, i - 1, frame, need_report=False)
        return None

    def _source_end(self, toks: list[Token], k: int) -> int:
        """End of a source noun phrase starting at k: before the finite verb or a comma."""
        d = self.data
        j = k
        words = tuple(t.text for t in toks)
        named = max((len(n) for n in d.channel_names if len(n) > 1 and words[k : k + len(n)] == n), default=0)
        if named:
            return k + named  # "Laut Bild am Sonntag …": a medium's whole name, with its preposition
        while j < len(toks):
            t = toks[j]
            if j == k and (title := self._quoted_title_end(toks, j)) is not None:
                # "im „Tagesspiegel“ heißt es": a title in quotation marks is the whole source.
                return title
            title = (
                self._quoted_title_end(toks, j)
                if j > k
                and (
                    toks[j - 1].lower_ in d.determiners
                    or toks[j - 1].lower_ == "von"
                    or toks[j - 1].text in d.media_nouns
                )
                else None
            )
            if title is not None:
                # "nach Informationen des „Spiegel“", "der Zeitung «Le Monde»": a medium's name in
                # quotation marks.
                j = title
                continue
            if t.text in {",", ":", ";"} or t.text in _SENT_PUNCT or t.text in d.pairs or t.text in d.symmetric:
                break
            low = t.text.lower()
            if j > k and t.text in d.source_enders and _is_cap(toks[j - 1]):
                break
            if j > k and t.text in d.prepositions and t.text != "von" and _is_cap(toks[j - 1]) and t.ent_iob_ != "I":
                # "laut vorläufigem Ergebnis auf 194 Sitze": a preposition after the source's noun
                # starts the statement (only "von" continues the source: "Angaben von n24").
                break
            if j > k and low in d.determiners and low not in d.genitive_determiners and _is_cap(toks[j - 1]):
                # "laut einem Sprecher eine …": a new noun phrase starts after a complete one.
                break
            if t.pos_:
                if t.pos_ in {"VERB", "AUX"} or (j > k and t.pos_ == "PART"):
                    break  # "nach Angaben der Diplomaten nicht mit": the negation is the statement's
                prev = toks[j - 1]
                if (
                    j > k
                    and t.pos_ == "NOUN"
                    and prev.pos_ == "NOUN"
                    and not t.ent_type_
                    and not prev.ent_type_
                    and not self._is_role(prev.text)
                    and prev.tag_ != "ADJA"  # "des Belgrader Staatsfernsehens"
                    and "-" not in t.text  # "der Gewerkschaft Nahrung-Genuss-Gaststätten"
                ):
                    break  # "aus Regierungskreisen Botschafter in London werden": a new phrase
                nxt_t = toks[j + 1] if j + 1 < len(toks) else None
                if (
                    j > k
                    and t.pos_ in {"ADJ", "ADV"}
                    and t.text[:1].islower()
                    and (nxt_t is None or not _is_cap(nxt_t))
                ):
                    # "… nach Angaben des Roten Kreuzes obdachlos": a predicative word after the
                    # source belongs to the statement again.
                    break
            elif t.text[:1].islower() and t.text.isalpha():
                w = t.text
                if w not in d.determiners and w not in d.prepositions and w not in d.name_particles:
                    nxt = toks[j + 1] if j + 1 < len(toks) else None
                    # An attributive adjective precedes a noun ("ansässigen Instituts"); a finite
                    # verb is followed by its subject or objects.
                    if nxt is None or not (
                        _is_cap(nxt)
                        or (
                            nxt.text[:1].islower()
                            and nxt.text not in d.determiners
                            and j + 2 < len(toks)
                            and _is_cap(toks[j + 2])
                        )
                    ):
                        break
            j += 1
        return j

    def _quoted_title_end(self, toks: Sequence[Token], j: int) -> int | None:
        """After a short capitalised title in quotation marks opening at toks[j] ("„Spiegel“",
        "\"Süddeutschen Zeitung\""), the index behind its closing mark; else None."""
        d = self.data
        if toks[j].text not in d.pairs and toks[j].text not in d.symmetric:
            return None
        m = j + 1
        while m < len(toks) and m - j <= _MAX_TITLE_WORDS and toks[m].text not in d.closers:
            m += 1
        if m >= len(toks) or m == j + 1 or m - j > _MAX_TITLE_WORDS:
            return None
        if not _is_cap(toks[j + 1]) and not self._named_phrase(toks[j + 1 : m]):
            return None  # "„taz“" is a title the entity layer knows, in lower case
        return m + 1

    def _source_speaker(self, doc: Doc, np: list[Token], last: Frame | None) -> Speaker | None:
        """A source phrase's speaker: the medium's name ("der Nachrichtenagentur AFP") or its head."""
        d = self.data
        while len(np) > 1 and np[0].lower_ in d.prepositions:
            np = np[1:]  # "nach Ansicht von Experten": the experts
        if len(np) > 1 and np[0].lower_ in d.possessives and doc._.entities is not None and self._resolve_ref:
            # "Nach seinen Worten", "Ihren Angaben zufolge": the one the possessive stands for.
            own = np[0]
            ent = self._resolve_cached(doc, own.idx, own.idx + len(own.text))
            whole = _span(self._text, np[0].idx, np[-1].idx + len(np[-1].text))
            if ent is not None:
                return Speaker(ent.name, ent.id or None, whole)
            return _speaker_before(last, whole)
        if (
            len(np) == 2
            and np[0].lower_ in d.anaphoric_source_determiners
            and np[1].text.lower().endswith(d.source_nouns)
        ):
            # "den Angaben zufolge": the source named just before, not the noun.
            return _speaker_before(last, _span(self._text, np[0].idx, np[-1].idx + len(np[-1].text)))
        for i, t in enumerate(np):
            if t.text in d.media_nouns and i + 1 < len(np) and _is_cap(np[i + 1]):
                j = i + 1
                while j < len(np) and _is_cap(np[j]):
                    j += 1
                name = self._speaker(doc, np[i + 1 : j], last, source=True)
                if name:
                    name.span = _span(self._text, np[0].idx, np[-1].idx + len(np[-1].text))
                return name
        whole = _span(self._text, np[0].idx, np[-1].idx + len(np[-1].text))
        head = next((i for i, t in enumerate(np) if _is_cap(t) and t.text.lower().endswith(d.source_nouns)), None)
        if head is not None and head > 0 and self._place_of_adjective is not None:
            # "nach ukrainischen Angaben": the country the adjective names.
            place = self._place_of_adjective(np[head - 1].text, self.lang)
            if place is not None and np[head - 1].text[:1].islower():
                return Speaker(place, None, whole)
        if head is not None and head + 1 < len(np):
            # "Angaben der Polizei", "Berichten von n24": the source is the complement of the noun.
            nxt = np[head + 1].text
            comp = np[head + 2 :] if nxt == "von" else np[head + 1 :] if nxt.lower() in d.determiners else []
            cut_c = next((i for i, t in enumerate(comp) if i > 0 and t.text in d.prepositions), len(comp))
            found = self._speaker(doc, comp[:cut_c], last, source=True) if comp else None
            if found is not None:
                found.span = whole
                return found
        # Head noun phrase up to the first preposition ("Angaben des Ministeriums").
        cut = len(np)
        for i, t in enumerate(np[1:], 1):
            if t.text in d.prepositions:
                cut = i
                break
        return self._speaker(doc, np[:cut], last, source=True)

    def _speaking_source(self, doc: Doc, np: list[Token]) -> bool:
        """ "gemäß einem Augenzeugen", "gemäß Polizei", "gemäß dem Bericht": someone who can speak,
        or a report; not "gemäß dem Islam", "gemäß dem Vertrag"."""
        d = self.data
        for x in np:
            if not _is_cap(x):
                continue
            low = x.text.lower()
            if low.endswith((*d.source_nouns, *d.speaking_bodies)) or self._is_role(x.text):
                return True
            if low.endswith(d.person_endings) and not low.endswith(d.not_persons):
                return True
        ent = self._entity_at(doc, np[0].idx, np[-1].idx + len(np[-1].text)) if self._entity_at else None
        return ent is not None and ent.type in ("PER", "ORG")

    def _by_source_phrase(self, doc: Doc, u: Unit, last: Frame | None) -> list[Quote] | None:
        d = self.data
        toks = u.tokens
        words = [t.text for t in toks]
        for i, t in enumerate(toks):
            if _inside(t, u.marks):
                continue
            anonymous = next((p for p in d.anonymous_sources if tuple(words[i : i + len(p)]) == p), None)
            if anonymous is not None:
                end = i + len(anonymous)
                last_tok = toks[end - 1]
                frame = Frame(None, " ".join(anonymous), _span(self._text, t.idx, last_tok.idx + len(last_tok.text)))
                if i == 0:
                    return self._content_quotes(doc, u, end, len(toks), frame, need_report=False)
                return self._split_around(doc, u, i, end, frame)
            k = None
            if t.text in d.before_source:
                k = i + 1
            elif t.text in d.multi_first_words:
                for phrase in d.multi_before_source:
                    if tuple(words[i : i + len(phrase)]) == phrase:
                        k = i + len(phrase)
                        break
            relative = i >= 2 and toks[i - 1].text.lower() in d.clause_determiners and toks[i - 2].text == ","
            if k is None and not relative and t.text in d.nach_words:
                for j in range(i + 1, min(i + 5, len(toks))):
                    w = toks[j]
                    if _is_cap(w):
                        if w.text.lower().endswith(d.source_nouns):
                            # "nach jüngsten Untersuchungen", "nach Polizeiangaben".
                            k = i + 1
                        break
                    if w.text.lower() not in d.determiners and not w.text.endswith(("e", "en", "er", "em", "es")):
                        break
            if k is not None and k < len(toks) and toks[k].text in d.own_source_words:
                own = self._own_source(doc, u, i, k, k + 2, last)
                if own is not None:
                    return own
                continue
            if k is not None and k < len(toks):
                end = self._source_end(toks, k)
                if end == k and _inside(toks[k], u.marks):
                    # "Laut „Radio Nord“ …": a source named in quotation marks.
                    end = k
                    while end < len(toks) and _inside(toks[end], u.marks):
                        end += 1
                np = toks[k:end]
                if not np or not any(_is_cap(x) or x.text[:1].isdigit() or self._is_name_like(x) for x in np):
                    continue
                if t.text in d.weak_before_source and not self._speaking_source(doc, np):
                    continue
                # The quotation marks around a medium's name are no part of it.
                np = [x for x in np if x.text not in d.pairs and x.text not in d.closers] or np
                speaker = self._source_speaker(doc, np, last)
                cue = " ".join(words[i:k])
                frame = Frame(
                    speaker, cue, _span(self._text, t.idx, toks[k - 1].idx + len(toks[k - 1].text)), self._channel(np)
                )
                if i == 0:
                    return self._content_quotes(doc, u, end, len(toks), frame, need_report=False)
                return self._split_around(doc, u, i, end, frame)
            if t.text in d.after_source and i > 0:
                j = i
                while j > 0:
                    p = toks[j - 1]
                    if p.text in {",", ":"} or _inside(p, u.marks) or p.pos_ in {"VERB", "AUX"}:
                        break
                    low = p.text.lower()
                    attributive = p.text[:1].islower() and p.text.endswith(("e", "en", "er", "es", "em"))
                    if not (_is_cap(p) or low in d.determiners or low in d.name_particles or attributive):
                        break
                    j -= 1
                    if low in d.determiners and (j == 0 or not _is_cap(toks[j - 1])):
                        break
                np = toks[j:i]
                if not np:
                    continue
                if np[0].text in d.own_source_words and len(np) == 2:
                    own = self._own_source(doc, u, j, j, i + 1, last)
                    if own is not None:
                        return own
                    continue
                speaker = self._source_speaker(doc, np, last)
                frame = Frame(speaker, t.text, _span(self._text, t.idx, t.idx + len(t.text)), self._channel([*np, t]))
                # "Berlin - Den Angaben des Amtes zufolge …": the source opens the sentence after
                # the report's place line.
                opening = len(toks) - len(self._without_dateline(doc, u, toks))
                if j <= opening:
                    return self._content_quotes(doc, u, i + 1, len(toks), frame, need_report=False)
                return self._split_around(doc, u, j, i + 1, frame)
        return None

    def _own_source(self, doc: Doc, u: Unit, a: int, k: int, b: int, last: Frame | None) -> list[Quote] | None:
        """ "Die Polizei nahm nach eigenen Angaben drei Personen fest": the source phrase
        toks[a:b] ("nach eigenen Angaben", "eigenen Angaben zufolge") names no one; the subject of
        its clause is the source. No subject found: the phrase gives no quote rather than a wrong
        speaker."""
        toks = u.tokens
        if b > len(toks) or k + 1 >= len(toks) or not toks[k + 1].text.lower().endswith(self.data.source_nouns):
            return None
        noun = toks[k + 1]
        verb = noun.head
        # Token objects are made afresh on each access: the root is found by index, not identity.
        while verb.pos_ not in _PREDICATE_POS and verb.head.i != verb.i:
            verb = verb.head
        np = self._subject_from_parse(verb, u) if verb.pos_ in _PREDICATE_POS else []
        if not np or any(toks[a].i <= t.i < toks[b - 1].i + 1 for t in np):
            return None
        speaker = self._speaker(doc, np, last)
        if speaker is None:
            return None
        start, stop = toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text)
        frame = Frame(speaker, " ".join(t.text for t in toks[a:b]), _span(self._text, start, stop), None)
        if a == 0:
            return self._content_quotes(doc, u, b, len(toks), frame, need_report=False)
        return self._split_around(doc, u, a, b, frame)

    def _split_around(self, doc: Doc, u: Unit, a: int, b: int, frame: Frame) -> list[Quote]:
        """The unit's content minus the source phrase toks[a:b], kept as parts."""
        toks = u.tokens
        left = [t for t in (self._without_dateline(doc, u, toks[:a]) if a else []) if t.text not in {",", "–"}]
        right = toks[b:]
        while right and right[-1].text in _SENT_PUNCT:
            right = right[:-1]
        while right and right[0].text in {",", "–"}:
            right = right[1:]
        if not left or not right:
            return []
        s1, e1 = left[0].idx, left[-1].idx + len(left[-1].text)
        s2, e2 = right[0].idx, right[-1].idx + len(right[-1].text)
        kind: QuoteKind = "mixed" if any(m.start >= s1 and m.end <= e2 for m in u.marks) else "indirect"
        return [self._quote(doc, s1, e2, kind, frame, parts=[_span(self._text, s1, e1), _span(self._text, s2, e2)])]

    def _by_cue_noun(self, doc: Doc, u: Unit, last: Frame | None) -> list[Quote] | None:
        d = self.data
        toks = u.tokens
        for i, t in enumerate(toks[:-2]):
            if (
                t.text in d.cue_nouns
                and toks[i + 1].text == ","
                and (toks[i + 2].text.lower() in d.complementisers or self._infinitive_clause(toks[i + 2 :]))
            ):
                verb = next(
                    (j for j in range(1, i) if toks[j].text[:1].islower() and toks[j].text not in d.determiners), None
                )
                if verb is None:
                    continue
                np = self._np_before(toks, 0, verb)
                if not np:
                    continue
                frame = Frame(self._speaker(doc, np, last), t.text, _span(self._text, t.idx, t.idx + len(t.text)))
                return self._content_quotes(doc, u, i + 2, len(toks), frame, need_report=False)
        return None

    def _infinitive_clause(self, toks: Sequence[Token]) -> bool:
        """ "…, die Grenze zu öffnen." / "…, den Vertrag aufzukündigen": a zu-infinitive closes it."""
        words = [t for t in toks if not t.is_punct]
        if len(words) < 2 or not words[-1].text[:1].islower():
            return False
        last = words[-1]
        if words[-2].text == "zu" or last.tag_ == "VVIZU":
            return True
        # A separable verb takes "zu" between particle and stem ("umzuschulen", "aufzugeben").
        return last.text.endswith("n") and any(
            last.text.startswith(p + "zu") and len(last.text) > len(p) + 4 for p in self.data.separable_particles
        )

    def _back_pointing_frame(self, doc: Doc, nu: Unit, last: Frame | None) -> Frame | None:
        """The frame of a next sentence that says who said this one: "Das teilte die Polizei
        mit", "Dies sagte ein Sprecher". Only with a named or described speaker right after the
        cue verb, the pronoun right before it."""
        toks = nu.tokens
        if len(toks) < 3 or toks[0].text not in self.data.back_pointing:
            return None
        for ci, label, cend in self._find_cues(nu):
            if ci != 1:
                continue
            if toks[ci].lower_.startswith(self.data.back_pointing_objections):
                # "Das lehnte Merz ab": what he rejects is someone else's, not his words.
                return None
            if self._subjectless_particle(toks, ci):
                # "Das geht aus einem Bericht des Ministeriums hervor": the document's author.
                speaker = self._impersonal_source(doc, toks, ci + 1, len(toks), nu.marks)
                if speaker is None:
                    return None
                tok = toks[ci]
                return Frame(speaker, label, _span(self._text, tok.idx, tok.idx + len(tok.text)), None)
            np = self._np_after(toks, ci + 1, nu.marks)
            speaker = self._speaker(doc, np, last) if np else None
            if speaker is None or (speaker.name is None and np[0].text in self.data.pronouns):
                return None
            tok = toks[ci]
            return Frame(
                speaker,
                label,
                _span(self._text, tok.idx, tok.idx + len(tok.text)),
                self._channel(toks[ci + 1 : cend]),
            )
        return None

    def _next_sentence_frame(self, doc: Doc, nu: Unit, last: Frame | None) -> Frame | None:
        words = [t.text for t in nu.tokens]
        for opener in self.data.next_openers:
            if tuple(words[: len(opener)]) == opener:
                for ci, label, cend in self._find_cues(nu):
                    if ci > len(opener) + 1:
                        break
                    np = self._np_after(nu.tokens, ci + 1, nu.marks)
                    if not np:
                        continue
                    tok = nu.tokens[ci]
                    return Frame(
                        self._speaker(doc, np, last),
                        label,
                        _span(self._text, tok.idx, tok.idx + len(tok.text)),
                        self._channel(nu.tokens[ci + 1 : cend]),
                    )
        return None


@Language.factory("lagebild_quotes_v1", default_config={"lang": "de"})
def make_quotes(nlp: Language, name: str, lang: str) -> QuoteExtractor:
    return QuoteExtractor(lang)
