"""Events within one article: who meets, talks to, calls, visits, appoints or dismisses whom, when and where.

The component runs last and reads what the earlier ones wrote: ``doc._.entities`` (names and their
mentions, pronouns included where the actors component resolved them), ``doc._.timexes`` (dates
resolved against the publication time) and ``doc._.quotes`` (speakers, who report a happening
rather than take part in it). Without entities it falls back to ``doc.ents``; without either it
still finds unnamed participants ("zwei Minister") and places after a place preposition.

Steps: split each sentence into clauses at commas (a relative clause is embedded, the clause
around it continues after it); find triggers (verb forms by tense, separable particles, nouns and
compound heads); give each trigger participants, place, date and status from its clause; then merge
the triggers that name one happening: same sentence and type, shared participants, or a definite
noun ("das Treffen") that refers back to the latest compatible event. All words come from
``lang/<lang>/events.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from itertools import pairwise
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild import lang as langdata
from lagebild.extractors import timex_calendar as cal
from lagebild.extractors.quotes import is_medium_name
from lagebild.language.doctext import text_of
from lagebild.language.layout import HEADLINE_DASHES, leading_place_opening, leading_wire_opening
from lagebild.language.lemma import compound_splits, dictionary_form
from lagebild.records import Entity, Event, EventStatus, Span, Timex

# Which types can name the same happening (the same grouping the scorer uses).
_GROUP = {
    "meeting": "meet",
    "talks": "meet",
    "call": "call",
    "travel": "travel",
    "visit": "travel",
    "resignation": "office",
    "dismissal": "office",
    "appointment": "office",
    "contact": "contact",
}
_STRONG, _DATED, _DEFAULT = 2, 1, 0
_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")
# How many sentences back a definite noun or a "nahm daran teil" looks for its happening.
_ANTECEDENT_SENTENCES = 8
_JOIN_SENTENCES = 2
_ANCHOR_SENTENCES = 3
_MAX_NP_TOKENS = 6
# How far (in tokens) a trigger looks for its participants, place, date and status cues, and how
# far back a name looks for the preposition that governs it.
_WINDOW = 40
# The most verbs that close a clause before an extraposed relative clause ("zustimmen können").
_MAX_CLOSING_VERBS = 3
_MAX_WALK = 40
# A whole number of days, weeks, months or years: a duration "vor"/"in" turns into a date.
_OFFSET = re.compile(r"P(\d{1,4})([DWMY])")
# Dependency labels of a separated verb particle ("traf … ein").
_PARTICLE_DEPS = frozenset({"compound:prt", "svp"})
# Relations of a zu-infinitive to the verb whose subject does it ("kündigte an, … zu treffen"); a
# clause of purpose ("reist nach Washington, um … zu verhandeln") and a complement the parser
# labels as one are advcl.
_CONTROLLED_DEPS = frozenset({"xcomp", "ccomp", "oc", "advcl"})
# Relations of a name to the role noun beside it ("Wirtschaftsminister Guy Parmelin").
_NAME_BESIDE_DEPS = frozenset({"appos", "flat", "flat:name"})


@dataclass(frozen=True, slots=True)
class _VerbForm:
    type: str
    tense: str  # present, past, participle, infinitive; "manner": an adverb ("telefonisch")
    particle: str
    generic: bool
    needs_destination: bool
    needs_with: bool
    needs_place: bool
    not_before: frozenset[str]
    not_with: frozenset[str]
    with_words: frozenset[str]
    # The verb names a plan, whatever its tense ("hat ihn nach Washington eingeladen").
    plan: bool = False
    # Only into a body ("in den Bundesrat gewählt"; "wählen in Bayern" is a vote).
    needs_body: bool = False
    # Only as the copula before or after a new role with no other verb in the clause ("Neuer
    # Außenminister wird Wadephul"; "Die neue Ministerin wird nach Kiew reisen" is a journey).
    needs_new_role: bool = False


@dataclass(frozen=True, slots=True)
class _Lexicon:
    lang: str
    verbs: dict[str, tuple[_VerbForm, ...]]
    # Infinitives with "zu" written inside ("zurückzutreten", "abzureisen").
    zu_infinitives: frozenset[str]
    nouns_exact: dict[str, str]
    nouns_compound: tuple[tuple[str, str], ...]  # (lowercased head, type), longest first
    # Per lowercased noun form: clause words that make it another noun, and first parts of a
    # compound that make it another word.
    noun_not_with: dict[str, frozenset[str]]
    # Nouns that tell a meeting only with a partner or as joint ("Pressekonferenz mit Macron").
    noun_needs_partner: frozenset[str]
    joint_words: frozenset[str]
    noun_not_after: dict[str, frozenset[str]]
    predicative_openers: frozenset[str]
    relative: frozenset[str]
    pair_words: frozenset[str]
    credits: tuple[tuple[str, ...], ...]
    another_words: frozenset[str]
    another_prefixes: tuple[str, ...]
    sideline_words: frozenset[str]
    argument_relatives: frozenset[str]
    subordinators: frozenset[str]
    auxiliaries: frozenset[str]
    speech_verbs: frozenset[str]
    separators: frozenset[str]
    # Opening bracket -> its closing bracket.
    asides: dict[str, str]
    determiners: frozenset[str]
    definite: frozenset[str]
    possessives: frozenset[str]
    plural_possessives: frozenset[str]
    deadline_words: frozenset[str]
    around_date_words: frozenset[str]
    reference_point_words: frozenset[str]
    reciprocals: tuple[str, ...]
    remote_joins: tuple[str, ...]
    margin_words: frozenset[str]
    object_pronouns: frozenset[str]
    plural_role_endings: tuple[str, ...]
    copula_openers: frozenset[tuple[str, ...]]
    date_joiners: frozenset[str]
    definite_articles: frozenset[str]
    plural_articles: frozenset[str]
    adjective_endings: tuple[str, ...]
    infinitive_markers: frozenset[str]
    purpose_markers: frozenset[str]
    # Place -> the country it lies in ("Amman" -> "Jordanien"), from the place gazetteer.
    within: dict[str, str]
    countries: frozenset[str]
    reference_words: frozenset[str]
    temporal_reference_words: frozenset[str]
    topic_words: frozenset[str]
    genitive: frozenset[str]
    genitive_singular: frozenset[str]
    coordinators: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    address_words: frozenset[str]
    numerals: frozenset[str]
    not_agents: frozenset[str]
    around_preps: frozenset[str]
    means_preps: frozenset[str]
    topic_verbs: frozenset[str]
    topic_after_verb: frozenset[str]
    group_nouns: frozenset[str]
    not_agent_endings: tuple[str, ...]
    with_preps: frozenset[str]
    partner_preps: frozenset[str]
    host_preps: frozenset[str]
    of_preps: frozenset[str]
    origin_preps: frozenset[str]
    # The genitive articles and origin prepositions that open a group's attribute.
    group_attributes: frozenset[str]
    passive_agent: frozenset[str]
    passive_auxiliaries: frozenset[str]
    reflexives: frozenset[str]
    plural_relatives: frozenset[str]
    place_kinds: frozenset[str]
    # Genitive nouns of time after a noun trigger ("Gipfel des Jahres"): no participant.
    time_nouns: frozenset[str]
    prepositions: frozenset[str]
    office_light_verbs: frozenset[str]
    light_verbs: frozenset[str]
    copulas: frozenset[str]
    presence_preps: frozenset[str]
    joins: tuple[tuple[frozenset[str], str, frozenset[str]], ...]
    # Of the join verbs, those of going along, which join journeys too ("begleitet").
    companion_verbs: frozenset[str]
    place_at: frozenset[str]
    place_to: frozenset[str]
    place_to_with_article: frozenset[str]
    accusative_articles: frozenset[str]
    into_contracted: frozenset[str]
    sitting_bodies: tuple[str, ...]
    colleague_roles: tuple[str, ...]
    setting_preps: frozenset[str]
    plural_they: frozenset[str]
    following_verbs: frozenset[str]
    following_preps: frozenset[str]
    elected_bodies: frozenset[str]
    place_from: frozenset[str]
    place_phrases: tuple[tuple[str, ...], ...]
    place_roles: frozenset[str]
    # Organisations named after the building they sit in -> the city: "im Kreml" took place in
    # Moscow, as other reports of the same meeting say.
    venues: dict[str, str]
    seat_heads: tuple[str, ...]
    venue_nouns: frozenset[str]
    # Relative adverbs that continue the clause before them at the place it ends with ("…, wo").
    place_relatives: frozenset[str]
    # Prepositions before a duration that date a happening before or after publication.
    offset_back: frozenset[str]
    offset_ahead: frozenset[str]
    # Adverbs that stand for the place last named ("Dort will er …").
    place_anaphors: frozenset[str]
    # Nouns of family and friends: talking with them is no talks ("mit seiner Frau").
    private_partners: frozenset[str]
    not_places: frozenset[str]
    planned: frozenset[str]
    invitation: frozenset[str]
    announcement: frozenset[str]
    invited_to: frozenset[str]
    happened: frozenset[str]
    ongoing: frozenset[str]
    perfect_aux: frozenset[str]
    negation: frozenset[str]
    negating_determiners: frozenset[str]
    report_denials: frozenset[str]
    hypothetical: frozenset[str]
    former_plan: frozenset[str]
    anaphoric: frozenset[str]
    # The noun trigger of a written form, worked out once per form: the compound heads are tried
    # one by one against every capitalised word.
    noun_forms: dict[str, tuple[str, str] | None] = field(default_factory=dict, compare=False)


def _zu_positions(word: str) -> list[int]:
    return [k for k in range(1, len(word) - 3) if word.startswith("zu", k)]


def _set(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v) for v in values)


@cache
def lexicon(lang: str = "de") -> _Lexicon:
    """The event knowledge of one language, from ``lang/<lang>/events.toml``."""
    d = langdata.load(lang, "events")
    verbs: dict[str, list[_VerbForm]] = {}
    zu_infinitives: set[str] = set()
    for entry in d["verb"]:
        present = set(entry.get("present", []))
        zu_infinitives.update(
            f for f in entry.get("infinitive", []) if any(f[:k] + f[k + 2 :] in present for k in _zu_positions(f))
        )
        for tense in ("present", "past", "participle", "infinitive", "manner"):
            for form in entry.get(tense, []):
                vf = _VerbForm(
                    type=entry["type"],
                    tense=tense,
                    particle=entry.get("particle", ""),
                    generic=bool(entry.get("generic", False)),
                    needs_destination=bool(entry.get("needs_destination", False)),
                    needs_with=bool(entry.get("needs_with", False)),
                    needs_place=bool(entry.get("needs_place", False)),
                    not_before=_set(entry.get("not_before", [])),
                    not_with=_set(entry.get("not_with", [])),
                    with_words=_set(entry.get("with_words", [])),
                    plan=bool(entry.get("plan", False)),
                    needs_body=bool(entry.get("needs_body", False)),
                    needs_new_role=bool(entry.get("needs_new_role", False)),
                )
                verbs.setdefault(form, []).append(vf)
    # A form with its particle is the more specific verb: "traf … ein" is eintreffen before treffen.
    for forms in verbs.values():
        forms.sort(key=lambda vf: not vf.particle)
    exact: dict[str, str] = {}
    compound: list[tuple[str, str]] = []
    noun_not_with: dict[str, frozenset[str]] = {}
    noun_needs_partner: set[str] = set()
    noun_not_after: dict[str, frozenset[str]] = {}
    for entry in d["noun"]:
        for form in entry["forms"]:
            exact.setdefault(form, entry["type"])
            if entry.get("not_with"):
                noun_not_with[form.lower()] = _set(w.lower() for w in entry["not_with"])
            if entry.get("not_after"):
                noun_not_after[form.lower()] = _set(entry["not_after"])
            if entry.get("needs_partner"):
                noun_needs_partner.add(form.lower())
            if entry.get("compound", False):
                compound.append((form.lower(), entry["type"]))
        if not entry.get("compound", False):
            # Listed compounds of a non-compounding head still act as heads of longer words.
            compound.extend((f.lower(), entry["type"]) for f in entry["forms"] if len(f) > 8)
    compound.sort(key=lambda item: -len(item[0]))
    c, p, pl, st = d["clause"], d["participants"], d["place"], d["status"]
    return _Lexicon(
        lang=lang,
        verbs={k: tuple(v) for k, v in verbs.items()},
        zu_infinitives=frozenset(zu_infinitives),
        nouns_exact=exact,
        nouns_compound=tuple(compound),
        noun_not_with=noun_not_with,
        noun_needs_partner=frozenset(noun_needs_partner),
        joint_words=_set(p.get("joint_words", ())),
        noun_not_after=noun_not_after,
        relative=_set(c["relative_pronouns"]),
        predicative_openers=_set(c.get("predicative_openers", ())),
        pair_words=_set(p.get("pair_words", [])),
        another_words=_set(p.get("another_words", [])),
        another_prefixes=tuple(p.get("another_prefixes", [])),
        sideline_words=_set(p.get("sideline_words", [])),
        argument_relatives=_set(c["argument_relatives"]),
        subordinators=_set(c["subordinators"]),
        auxiliaries=_set(c["auxiliaries"]),
        speech_verbs=_set(c["speech_verbs"]),
        separators=_set(c["separators"]),
        asides={str(pair)[0]: str(pair)[1] for pair in c["asides"]},
        determiners=_set(c["determiners"]),
        definite=_set(c["definite"]),
        possessives=_set(c["possessives"]),
        plural_possessives=_set(c.get("plural_possessives", ())),
        deadline_words=_set(c.get("deadline_words", ())),
        around_date_words=_set(c.get("around_date_words", ())),
        reference_point_words=_set(c.get("reference_point_words", ())),
        reciprocals=tuple(p.get("reciprocals", ())),
        remote_joins=tuple(p.get("remote_joins", ())),
        margin_words=_set(p.get("margin_words", [])),
        object_pronouns=_set(c.get("object_pronouns", [])),
        plural_role_endings=tuple(p.get("plural_role_endings", ())),
        date_joiners=_set(c.get("date_joiners", ())),
        copula_openers=frozenset(tuple(o.split()) for o in p.get("copula_openers", ())),
        definite_articles=_set(c["definite_articles"]),
        plural_articles=_set(c.get("plural_articles", ())),
        adjective_endings=tuple(str(e) for e in c["adjective_endings"]),
        infinitive_markers=_set(c["infinitive_markers"]),
        purpose_markers=_set(c.get("purpose_markers", ())),
        countries=frozenset(
            p["name"] for p in langdata.load(lang, "names_places")["place"] if p.get("kind") == "country"
        ),
        within={
            **{p["name"]: p["within"] for p in langdata.load(lang, "names_places")["place"] if p.get("within")},
            # Seats of government stand in their city ("im Kanzleramt" and "in Berlin").
            **{o["name"]: o["within"] for o in langdata.load(lang, "names_orgs").get("org", []) if o.get("within")},
        },
        reference_words=_set(c["reference_words"]),
        temporal_reference_words=_set(c["temporal_reference_words"]),
        topic_words=_set(c["topic_words"]),
        genitive=_set(c["genitive"]),
        genitive_singular=_set(c.get("genitive_singular", ())),
        coordinators=_set(c["coordinators"]),
        pronouns=_set(c["pronouns"]),
        first_person=_set(c.get("first_person", [])),
        address_words=_set(c.get("address_words", [])),
        numerals=_set(c["numerals"]),
        not_agents=_set(c.get("not_agents", [])),
        around_preps=_set(p.get("around", [])),
        means_preps=_set(p.get("means", [])),
        topic_verbs=_set(c.get("topic_verbs", [])),
        topic_after_verb=_set(c.get("topic_after_verb", [])),
        group_nouns=_set(p.get("group_nouns", [])),
        not_agent_endings=tuple(str(e) for e in c.get("not_agent_endings", [])),
        with_preps=_set(p["with"]),
        partner_preps=_set(p.get("partner", p["with"])),
        host_preps=_set(p.get("host", [])),
        of_preps=_set(p["of"]),
        origin_preps=_set(p.get("origin", [])),
        # "die Spitzen von Union und SPD" as "die Spitzen der Union": "von" opens the body too.
        group_attributes=_set(c["genitive"]) | _set(p.get("origin", [])) | _set(p.get("of", [])),
        passive_agent=_set(p.get("passive_agent", [])),
        passive_auxiliaries=_set(p.get("passive_auxiliaries", [])),
        reflexives=_set(p.get("reflexives", [])),
        plural_relatives=_set(c.get("plural_relatives", [])),
        place_kinds=_set(d["place"].get("kinds", [])),
        time_nouns=_set(p["time_nouns"]),
        prepositions=_set(p["prepositions"]),
        light_verbs=_set(p["light_verbs"]),
        office_light_verbs=_set(p.get("office_light_verbs", ())),
        copulas=_set(p.get("copulas", [])),
        presence_preps=_set(p.get("presence", [])),
        joins=tuple((_set(j["forms"]), str(j.get("particle", "")), _set(j.get("needs", []))) for j in p["joins"]),
        companion_verbs=frozenset(f for j in p["joins"] if j.get("journeys") for f in j["forms"]),
        place_at=_set(pl["at"]),
        place_to=_set(pl["to"]),
        place_to_with_article=_set(pl.get("to_with_article", ())),
        accusative_articles=_set(pl.get("accusative_articles", ())),
        into_contracted=_set(pl.get("into_contracted", ())),
        sitting_bodies=tuple(str(w).lower() for w in c.get("sitting_bodies", ())),
        colleague_roles=tuple(str(w).lower() for w in p.get("colleague_roles", ())),
        setting_preps=_set(p.get("setting_preps", ())),
        plural_they=_set(p.get("plural_they", ())),
        following_verbs=_set(c.get("following_verbs", ())),
        following_preps=_set(c.get("following_preps", ())),
        elected_bodies=frozenset(d.get("office", {}).get("elected_bodies", ())),
        place_from=_set(pl["from"]),
        place_phrases=tuple(tuple(w.lower() for w in ph) for ph in pl["phrases"]),
        place_roles=frozenset(w.lower() for w in pl.get("roles", [])),
        venues={str(k): str(v) for k, v in pl.get("venues", {}).items()},
        seat_heads=tuple(str(h) for h in pl.get("seat_heads", ())),
        venue_nouns=frozenset(pl.get("venue_nouns", ())),
        place_relatives=_set(pl.get("relatives", [])),
        offset_back=_set(d["date"].get("offset_back", [])),
        offset_ahead=_set(d["date"].get("offset_ahead", [])),
        place_anaphors=_set(pl.get("anaphoric", [])),
        private_partners=_set(p.get("private", [])),
        not_places=_set(pl["not_places"]),
        planned=_set(st["planned"]),
        invitation=_set(st.get("invitation", ())),
        announcement=_set(st.get("announcement", ())),
        invited_to=_set(st.get("invited_to", ())),
        happened=_set(st["happened"]),
        ongoing=_set(st["ongoing"]),
        perfect_aux=_set(st["perfect_auxiliaries"]),
        negation=_set(st["negation"]),
        negating_determiners=_set(st.get("negating_determiners", ())),
        report_denials=_set(st.get("report_denials", ())),
        credits=tuple(tuple(c.split()) for c in st.get("credits", [])),
        hypothetical=_set(st["hypothetical"]),
        former_plan=_set(d["date"].get("former_plan", [])),
        anaphoric=_set(d["date"]["anaphoric"]),
    )


# ---------------------------------------------------------------------------------------------
# Document view: sentences, clauses, mentions


@dataclass(slots=True)
class _Mention:
    start: int  # token indices, end exclusive
    end: int
    name: str
    type: str
    pronoun: bool = False


@dataclass(slots=True)
class _Clause:
    tokens: list[int]  # token indices (no whitespace tokens) in text order
    kind: str  # main, relative, subordinate
    pos: dict[int, int] = field(default_factory=dict)

    def index(self) -> _Clause:
        """Fill ``pos`` (token index -> position), once the clause has all its tokens."""
        self.pos = {t: n for n, t in enumerate(self.tokens)}
        return self

    def window(self, i: int, size: int) -> _Clause:
        """The part of the clause within ``size`` tokens of token ``i``: a run-on sentence or a
        list of hundreds of names must not make every trigger look at every word."""
        p = self.pos[i]
        return _Clause(self.tokens[max(0, p - size) : p + size + 1], self.kind).index()


@dataclass(slots=True)
class _Sentence:
    index: int
    tokens: list[int]
    clauses: list[_Clause]
    start_char: int
    end_char: int


@dataclass(slots=True)
class _Candidate:
    type: str
    trigger: int  # token index
    noun: bool
    definite: bool
    generic: bool
    sentence: int
    clause: int
    participants: list[tuple[str, Span | None]] = field(default_factory=list)
    place: tuple[str, Span] | None = None
    date: tuple[str, Span] | None = None
    status: EventStatus = "happened"
    strength: int = _DEFAULT
    # "vor dem Gipfel": a point of reference for another happening of the sentence.
    reference: bool = False
    # "Beide vereinbarten ein Treffen": the pair of the happening told just before.
    both: bool = False
    # "mit beiden Landeschefs": the pair told before is the partner; the noun after the pair word.
    pair_partner: bool = False
    pair_noun: str = ""
    # "ein weiteres Treffen": another happening than the ones told before.
    another: bool = False
    # "Anschließend war ein Treffen mit Herzog geplant": the noun names only the one met.
    partner_only: bool = False
    # "Das gab Parmelin nach einem Treffen mit Greer bekannt": a happening named as a point of
    # time, with only the one met.
    reference_partner: bool = False
    # "Merz sagte bei einem Besuch in Kiew": a visit that is the setting of the clause is its
    # subject's, also where the subject speaks.
    setting: bool = False
    # "Dort sollen sie Putin treffen": "sie" with a plural verb, the two people told just before.
    they: bool = False


@dataclass(slots=True)
class _Draft:
    event: Event
    group: str
    sentence: int  # last sentence that mentioned it
    strength: int
    last: int  # character offset of the latest trigger
    sentences: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # folded participant names
    mention_starts: set[int] = field(default_factory=set)
    # First told as the point of time of another happening ("Nach dem Gespräch mit Macron reiste
    # Merz nach Rom"): the other trigger of its clause is a happening of its own.
    reference: bool = False
    # Where a reference noun merged into it ("am Rande des Treffens"): no anchor for the other
    # triggers of that clause.
    reference_starts: set[int] = field(default_factory=set)


def _is_adjective_like(tok: Token, lex: _Lexicon) -> bool:
    """An inflected attributive adjective ("ukrainischen"). A tagger may only veto: a model still
    in training calls "traf" an adjective, the ending test does not."""
    if tok.pos_ and tok.pos_ not in ("ADJ", "NUM", "DET"):
        return False
    text = tok.text
    return text[:1].islower() and text.endswith(lex.adjective_endings) and len(text) > 3


def _determiner(tok: Token, lex: _Lexicon) -> bool:
    low = tok.lower_
    return low in lex.determiners or low in lex.possessives or low in lex.definite


def _is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


class _DocView:
    """Token-level helpers over one Doc, built once per Doc."""

    def __init__(self, doc: Doc, lex: _Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        # Doc.text joins every token on each access: read it once. So does has_annotation scan.
        self.text = text_of(doc)
        self.tagged = doc.has_annotation("TAG")
        # Names inside a compound token ("EU" in "EU-Gipfel"), by token.
        self.parts: dict[int, list[tuple[str, str, Span]]] = {}
        self.openings = self._openings()
        self.mentions = self._mentions()
        self.type_of_name = {m.name: m.type for m in self.mentions}
        # Names written on their own, not only inside a compound ("EU" of "EU-Gipfel").
        self.named_alone = set(self.type_of_name)
        for parts in self.parts.values():
            # "G7" of "G7-Gipfel" is named, though only inside a compound.
            for name, etype, _span in parts:
                self.type_of_name.setdefault(name, etype)
        self.mention_at: dict[int, _Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.mention_at.setdefault(i, m)
        self.timexes = self._timexes()
        self.timex_starts = [start for start, _, _ in self.timexes]
        self.lower = [t.text.lower() for t in doc]
        self.timex_tokens: set[int] = set()
        for start, end, _ in self.timexes:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self.timex_tokens.update(range(span.start, span.end))
        self.heads = [(p.start, p.end) for p in doc._.paragraphs or [] if p.kind in ("headline", "subheading")]
        # Clauses read mentions and time expressions: "Merz traf X und reiste am Montag ab".
        self.sentences = self._sentences()
        self.sentence_of: dict[int, int] = {}
        for s in self.sentences:
            for i in s.tokens:
                self.sentence_of[i] = s.index
        self.speaker_tokens = self._speaker_tokens()
        self.has_types = bool(self.mentions)

    # -- sentences and clauses

    def _sentences(self) -> list[_Sentence]:
        doc = self.doc
        groups: list[list[int]] = []
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                toks = [t.i for t in sent if not t.is_space]
                if toks:
                    groups.append(toks)
        else:
            current: list[int] = []
            for t in doc:
                if t.is_space:
                    if "\n" in t.text and current:
                        groups.append(current)
                        current = []
                    continue
                current.append(t.i)
                if t.text in (".", "!", "?"):
                    groups.append(current)
                    current = []
            if current:
                groups.append(current)
        if self.heads:
            groups = [part for toks in groups for part in self._headline_parts(toks, self.heads)]
        out = []
        for n, toks in enumerate(groups):
            clauses = self._clauses(toks)
            start = doc[toks[0]].idx
            end = doc[toks[-1]].idx + len(doc[toks[-1]].text)
            out.append(_Sentence(n, toks, clauses, start, end))
        return out

    def _headline_parts(self, toks: list[int], heads: list[tuple[int, int]]) -> list[list[int]]:
        """ "Trump und Putin telefonieren – Gipfel in Budapest geplant": in a headline (``heads``:
        the headline paragraphs' spans) a dash between spaces joins two statements, each with its
        own happening, time and place."""
        doc = self.doc
        start = doc[toks[0]].idx
        if not any(a <= start < b for a, b in heads):
            return [toks]
        parts: list[list[int]] = [[]]
        for i in toks:
            t = doc[i]
            spaced = i > 0 and doc[i - 1].whitespace_ and t.whitespace_
            if t.text in HEADLINE_DASHES and spaced and parts[-1]:
                parts.append([])
                continue
            parts[-1].append(i)
        return [part for part in parts if part]

    def _missed_sentence_end(self, toks: list[int], n: int) -> bool:
        """ "… schrieb er auf X. Der Präsident reist …": a word with a period, read as an initial or
        abbreviation, before a capitalised article still ends what comes before it."""
        text = self.doc[toks[n]].text
        if n + 1 >= len(toks) or len(text) < 2 or not text.endswith("."):
            return False
        nxt = self.doc[toks[n + 1]].text
        return nxt[:1].isupper() and (nxt.lower() in self.lex.determiners or nxt in self.lex.pronouns)

    def _segment_kind(self, seg: list[int]) -> str:
        doc, lex = self.doc, self.lex
        first = doc[seg[0]]
        k = 0
        if first.text.lower() in lex.prepositions and len(seg) > 1:
            k = 1
        tok = doc[seg[k]]
        if tok.text in lex.relative and self._relative_pronoun(seg[k], seg):
            return "relative"
        if first.text.lower() in lex.subordinators:
            return "subordinate"
        return "main"

    def _relative_pronoun(self, i: int, seg: list[int]) -> bool:
        doc = self.doc
        tok = doc[i]
        # A tagger may confirm a relative pronoun; its "article" is not trusted to deny one, as
        # "das" and "der" are the words taggers confuse most.
        if "Rel" in tok.morph.get("PronType", []) or tok.tag_ in ("PRELS", "PRELAT"):
            return True
        pos = seg.index(i)
        if pos + 1 >= len(seg):
            return True
        nxt = doc[seg[pos + 1]]
        if _is_capitalised(nxt):
            # "Merz, den Macron am Dienstag traf": a name after the pronoun, and the clause closes
            # with its finite verb, as only a subordinate clause does ("…, den Kanzler." has none).
            named = self.mention_at.get(seg[pos + 1])
            is_name = nxt.pos_ == "PROPN" or (named is not None and named.type in ("PER", "ORG"))
            return is_name and self._verb_final(seg[pos + 2 :])
        if nxt.text in self.lex.determiners:
            return True
        if nxt.text in self.lex.prepositions:
            # "über die von den USA angestoßenen Bemühungen": an article before an extended attribute.
            return False
        return not (_is_adjective_like(nxt, self.lex) and pos + 2 < len(seg) and _is_capitalised(doc[seg[pos + 2]]))

    def _verb_final(self, rest: list[int]) -> bool:
        doc = self.doc
        words = [i for i in rest if not doc[i].is_punct]
        return len(words) >= 1 and doc[words[-1]].pos_ in ("VERB", "AUX") and _tagged_finite(doc[words[-1]])

    def _has_verb(self, seg: list[int]) -> bool:
        """Whether a comma segment has a finite verb of its own; a segment with only a participle or
        infinitive closes the verb bracket of the clause before it ("sei … beraten worden")."""
        doc, lex = self.doc, self.lex
        for i in seg:
            tok = doc[i]
            text = tok.text
            if tok.pos_ in ("VERB", "AUX") and text not in lex.verbs:
                if _tagged_finite(tok):
                    return True
                continue
            if text in lex.auxiliaries or text in lex.speech_verbs or text in lex.light_verbs:
                return True
            forms = lex.verbs.get(text, ()) if not _is_capitalised(tok) else ()
            tenses = {f.tense for f in forms}
            if tenses and not tenses & {"participle", "infinitive"}:
                return True
        return False

    def _clauses(self, toks: list[int]) -> list[_Clause]:
        doc, lex = self.doc, self.lex
        segments: list[list[int]] = []
        current: list[int] = []
        aside, aside_clauses = self.asides(toks)
        for n, i in enumerate(toks):
            if i in aside:
                continue
            if doc[i].text in lex.separators:
                if current:
                    segments.append(current)
                current = []
                continue
            current.append(i)
            if self._missed_sentence_end(toks, n):
                segments.append(current)
                current = []
        if current:
            segments.append(current)
        segments += aside_clauses
        clauses: list[_Clause] = []
        resume: int | None = None
        last_main: int | None = None
        if (
            len(segments) > 1
            and not self._has_verb(segments[0])
            # A list runs on after a comma; a colon ends a headline's topic ("G20-Gipfel in
            # Johannesburg: Merz trifft Modi und Lula").
            and segments[0][-1] + 1 < len(doc)
            and doc[segments[0][-1] + 1].text != ":"
            and self._segment_kind(segments[1]) == "main"
            and self._has_verb(segments[1])
            and any(doc[i].text in lex.coordinators for i in segments[1])
        ):
            # A list item before the first verb ("Stocker (ÖVP), Babler (SPÖ) und Meinl-Reisinger
            # berieten"): it opens the clause that follows.
            segments = [segments[0] + segments[1], *segments[2:]]
        for seg in segments:
            kind = self._segment_kind(seg)
            if kind != "main":
                clauses.append(_Clause(list(seg), kind))
                if kind == "relative" and last_main is not None and clauses[last_main].tokens[-1] < seg[0]:
                    resume = last_main if resume is None else resume
                continue
            if resume is not None:
                # The clause interrupted by a relative clause goes on after it.
                clauses[resume].tokens.extend(seg)
                last_main, resume = resume, None
                continue
            if clauses and not self._has_verb(seg):
                # An apposition or list item ("…, Jared Kushner, …") belongs to the clause before it.
                clauses[-1].tokens.extend(seg)
                continue
            if (
                last_main is not None
                and last_main == len(clauses) - 1
                and not self._has_verb(clauses[last_main].tokens)
                and (self._finite(seg[0]) or self._place_then_verb(seg))
            ):
                # "Die Außenministerinnen, Meinl-Reisinger und Cassis, sind … zusammengetroffen":
                # the subject with its apposition stands before the comma, its verb after it;
                # "Bei einem Treffen mit dem Emir, Scheich Tamim, in Istanbul sagte Erdogan": so
                # does a fronted phrase, its apposition and the rest of the phrase.
                clauses[last_main].tokens.extend(seg)
                continue
            if (
                last_main is not None
                and len(seg) > 1
                and doc[seg[0]].text in lex.coordinators
                and seg[1] == seg[0] + 1
                and self._finite(seg[1])
            ):
                # "Merz war in Paris, wo er Macron traf, und reiste weiter": after a comma the
                # second verb still shares the subject of the main clause before.
                before = clauses[last_main].tokens
                verb = self._first_finite(before)
                seg = (self._subject_before_coordination(before, verb) if verb is not None else []) + seg
            clauses.append(_Clause(list(seg), "main"))
            last_main = len(clauses) - 1
        out: list[_Clause] = []
        for c in clauses:
            if c.kind == "main":
                out.extend(_Clause(part, "main") for part in self._split_coordinated(c.tokens))
            else:
                out.append(c)
        return [c.index() for c in out]

    def asides(self, toks: list[int]) -> tuple[set[int], list[list[int]]]:
        """Bracketed asides ("(ÖVP)", "(67)", "(der aus Rom kam)"), brackets included, and those of
        them with a verb of their own: the clause they interrupt goes on after them, with its subject,
        and an aside with a verb is a clause of its own."""
        doc, lex = self.doc, self.lex
        skip: set[int] = set()
        own: list[list[int]] = []
        # Positions of each closing bracket, so that an unclosed "(" in a run-on line costs a
        # lookup, not a scan to the end of the sentence.
        closers: dict[str, list[int]] = {c: [] for c in lex.asides.values()}
        for m, i in enumerate(toks):
            if doc[i].text in closers:
                closers[doc[i].text].append(m)
        n = 0
        while n < len(toks):
            close = lex.asides.get(doc[toks[n]].text)
            end = None
            if close is not None:
                k = bisect_right(closers[close], n)
                end = closers[close][k] if k < len(closers[close]) else None
            if end is None or end == n + 1:
                n += 1
                continue
            inner = toks[n + 1 : end]
            skip.update(toks[n : end + 1])
            if self._has_verb(inner):
                own.append(inner)
            n = end + 1
        return skip, own

    def _split_coordinated(self, toks: list[int]) -> list[list[int]]:
        """ "Merz traf Macron und reiste am Montag nach Rom weiter": two finite verbs of one subject
        are two clauses, the second with the first's subject, so that each keeps its own date,
        place and objects. Names joined by "und" ("Merz und Macron trafen sich") are no such case."""
        doc, lex = self.doc, self.lex
        first = self._first_finite(toks)
        if first is None:
            return [toks]
        for n in range(first + 1, len(toks) - 1):
            if doc[toks[n]].text not in lex.coordinators or toks[n + 1] != toks[n] + 1 or not self._finite(toks[n + 1]):
                continue
            subject = self._subject_before_coordination(toks, first)
            if not subject:
                return [toks]
            return [toks[:n], subject + toks[n:]]
        # "will Wadephul nach Israel weiterreisen und dort Netanjahu treffen": two verbs under one
        # modal or auxiliary; the second clause keeps the finite verb for its tense.
        for n in range(first + 2, len(toks) - 2):
            if doc[toks[n]].text not in lex.coordinators or not self._non_finite(toks[n - 1]):
                continue
            if not any(self._non_finite(i) for i in toks[n + 1 :]):
                continue
            subject = self._subject_before_coordination(toks, first)
            if not subject:
                return [toks]
            # The time said before the first verb holds for both ("will am 12. Februar nach
            # Lübbecke kommen und mit Doğan sprechen").
            shared = {toks[first], *subject, *(i for i in toks[first + 1 : n] if i in self.timex_tokens)}
            return [toks[:n], sorted(shared) + toks[n:]]
        return self._split_schedule(toks, first)

    def _split_schedule(self, toks: list[int], first: int) -> list[list[int]]:
        """ "trifft sich am Mittwoch mit Fegebank, am Donnerstag mit Thering": one verb and a list
        of dated phrases after a comma, each its own happening with the verb and its subject."""
        doc, timed = self.doc, self.timex_tokens
        for n in range(first + 2, len(toks) - 1):
            # The clause's tokens leave the separators out: a comma shows as a gap.
            after_comma = toks[n] == toks[n - 1] + 2 and doc[toks[n] - 1].text == ","
            after_and = doc[toks[n - 1]].text in self.lex.coordinators and n - 1 > first
            part = toks[first + 1 : n - after_and]
            if not (after_comma or after_and) or not any(i in timed for i in part):
                continue
            lex = self.lex
            if all(i in timed or doc[i].lower_ in lex.prepositions or doc[i].lower_ in lex.reflexives for i in part):
                continue  # "kommen am Donnerstag und Freitag in Brüssel zusammen": one stretch of days
            opens = toks[n] in timed or (toks[n + 1] in timed and doc[toks[n]].lower_ in self.lex.prepositions)
            if not opens or any(self._finite(i) or self._non_finite(i) for i in toks[n:]):
                continue
            subject = self._subject_before_coordination(toks, first)
            if not subject:
                return [toks]
            reflexive = [i for i in toks[first + 1 : first + 3] if doc[i].lower_ in self.lex.reflexives]
            rest = sorted({*subject, toks[first], *reflexive}) + toks[n:]
            return [toks[: n - after_and], *self._split_schedule(rest, rest.index(toks[first]))]
        return [toks]

    def _non_finite(self, i: int) -> bool:
        """An infinitive or participle of a full verb."""
        tok = self.doc[i]
        lexical = self.lex.verbs.get(tok.text, ())
        # A form that is also the infinitive ("treffen") is one at the end of a clause or before
        # "und", where the clause's finite verb came first (the tagger may read it as finite).
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        at_end = nxt is None or nxt.is_punct or nxt.text in self.lex.coordinators
        if tok.pos_ and tok.pos_ != "VERB":
            return False
        if tok.pos_ and (
            tok.tag_ in ("VVINF", "VVPP", "VVIZU") or {"Inf", "Part"} & set(tok.morph.get("VerbForm", []))
        ):
            return True
        # A present plural in -en is spelled like the infinitive ("weiterreisen").
        return (
            tok.text.islower()
            and at_end
            and any(
                f.tense in ("infinitive", "participle") or (f.tense == "present" and tok.text.endswith("en"))
                for f in lexical
            )
        )

    def _place_then_verb(self, seg: list[int]) -> bool:
        """A segment that opens with a short prepositional phrase and then its finite verb ("in
        Istanbul sagte Erdogan"): the end of a phrase an apposition interrupted."""
        first = self._first_finite(seg)
        return (
            first is not None
            and 1 < first <= 4
            and self.doc[seg[0]].lower_ in self.lex.prepositions
            and not any(self.doc[i].lower_ in self.lex.prepositions for i in seg[1:first])
        )

    def _first_finite(self, toks: list[int]) -> int | None:
        """The position in ``toks`` of the first finite verb."""
        return next((n for n, i in enumerate(toks) if self._finite(i)), None)

    def _finite(self, i: int) -> bool:
        tok = self.doc[i]
        if tok.pos_:
            return tok.pos_ in ("VERB", "AUX") and _tagged_finite(tok)
        # Without a tagger: a lower-case form the lexicon knows as a finite verb.
        text = tok.text
        if not text.islower():
            return False
        return text in self.lex.auxiliaries or any(f.tense in ("present", "past") for f in self.lex.verbs.get(text, ()))

    def _subject_before_coordination(self, toks: list[int], verb: int) -> list[int]:
        """The subject the second of two coordinated verbs shares: the phrase before the first verb
        ("Merz traf …"), or a name right after it when something else stands first ("Am Montag
        traf Merz …"); none where it is not clear."""
        doc, lex = self.doc, self.lex
        prefix = toks[:verb]
        if (
            prefix
            and len(prefix) <= _MAX_NP_TOKENS + 2
            and doc[prefix[0]].text.lower() not in lex.prepositions
            and not any(i in self.timex_tokens for i in prefix)
            and any(i in self.mention_at for i in prefix)
        ):
            return prefix
        if verb + 1 < len(toks):
            m = self.mention_at.get(toks[verb + 1])
            if m is not None and m.start == toks[verb + 1] and not m.pronoun:
                return [i for i in toks[verb + 1 :] if i < m.end]
        return []

    # -- what other components wrote

    def _token_range(self, start: int, end: int) -> tuple[int, int] | None:
        span = self.doc.char_span(start, end, alignment_mode="strict")
        if span is None or len(span) == 0:
            # Part of a token ("US" in "US-Präsident"): an affiliation, not a mention of its own.
            return None
        return span.start, span.end

    def _openings(self) -> list[tuple[int, int]]:
        """The wire datelines and place lines that open paragraphs ("Berlin (dpa) - ",
        "Washington/Kiew - "): where the report comes from, no one's subject."""
        out: list[tuple[int, int]] = []
        for p in self.doc._.paragraphs or []:
            if p.kind in ("headline", "subheading"):
                continue
            head = self.text[p.start : min(p.end, p.start + 160)]
            m = leading_wire_opening(self.lex.lang).match(head)
            end = m.end() if m else leading_place_opening(head)
            if end:
                out.append((p.start, p.start + end))
        return out

    def _in_opening(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.openings)

    def _mentions(self) -> list[_Mention]:
        doc = self.doc
        out: list[_Mention] = []
        entities = doc._.entities or []
        for ent in entities:
            if not isinstance(ent, Entity):
                continue
            for m in ent.mentions:
                if ent.type == "LOC" and self._in_opening(m.start):
                    continue
                rng = self._token_range(m.start, m.end)
                if rng is None:
                    host = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if host is not None and len(host) == 1:
                        part = Span(m.start, m.end, self.text[m.start : m.end])
                        self.parts.setdefault(host.start, []).append((ent.name, ent.type, part))
                    continue
                pron = all(doc[i].text in self.lex.pronouns for i in range(*rng))
                out.append(_Mention(rng[0], rng[1], ent.name, ent.type, pron))
        if not entities:
            for span in doc.ents:
                label = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}.get(span.label_)
                if label:
                    out.append(_Mention(span.start, span.end, span.text, label))
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return out

    def _timexes(self) -> list[tuple[int, int, Timex]]:
        out = []
        for t in self.doc._.timexes or []:
            if not isinstance(t, Timex):
                continue
            if t.type == "DURATION":
                dated = self._offset_date(t)
                if dated is not None:
                    out.append((dated.start, dated.end, dated))
            elif t.type in ("DATE", "TIME") and _DATE_VALUE.match(t.value or ""):
                out.append((t.start, t.end, t))
        out.sort(key=lambda item: item[0])
        return out

    def _offset_date(self, t: Timex) -> Timex | None:
        """ "vor drei Tagen", "in zwei Wochen": TimeML keeps the duration, but the happening has a
        date, the publication day moved by it, at the duration's unit (a week ago is a week, not
        a day). Vague or qualified amounts ("vor wenigen Tagen", "vor mehr als einem Jahr") stay
        undated."""
        published = self.doc._.published
        m = _OFFSET.fullmatch(t.value or "")
        if m is None or t.mod or not isinstance(published, datetime):
            return None
        before = self.text[max(0, t.start - 6) : t.start].split()
        word = before[-1].lower() if before else ""
        sign = -1 if word in self.lex.offset_back else 1 if word in self.lex.offset_ahead else 0
        if not sign:
            return None
        n, unit = int(m.group(1)) * sign, m.group(2)
        pub = published.date()
        value: str | None
        if unit == "D":
            d = cal.shift(pub, n)
            value = cal.day_value(d) if d else None
        elif unit == "W":
            d = cal.shift(pub, 7 * n)
            value = cal.week_value(d) if d else None
        elif unit == "M":
            value = cal.month_value(*cal.add_months(pub.year, pub.month, n))
        else:
            value = f"{pub.year + n:04d}" if 0 < pub.year + n < 10000 else None
        if value is None:
            return None
        return Timex(t.text, t.start, t.end, "DATE", value, anchor="publication", article_id=t.article_id)

    def _speaker_tokens(self) -> set[int]:
        out: set[int] = set()
        for q in self.doc._.quotes or []:
            span = getattr(q, "speaker_span", None)
            if span is None or getattr(q, "kind", None) == "reported":
                # The speaker of "X kündigte einen Besuch in Kiew an" is the one who travels: a
                # speech act without content names its actor, not a source outside the event.
                continue
            rng = self._token_range(span.start, span.end)
            quote = self._token_range(q.start, q.end)
            if rng is None or quote is None:
                continue
            # A quote that carries on an earlier report keeps that report's speaker span: the
            # speaker's own sentence, not this one, is where the name stands outside the event.
            sentences = {self.sentence_of.get(quote[0]), self.sentence_of.get(quote[1] - 1)}
            if self.sentence_of.get(rng[0]) in sentences:
                out.update(range(*rng))
        return out

    def span(self, start_tok: int, end_tok: int) -> Span:
        doc = self.doc
        s = doc[start_tok].idx
        e = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        return Span(s, e, self.text[s:e])


# ---------------------------------------------------------------------------------------------
# Triggers


def _verb_forms(view: _DocView, i: int) -> tuple[_VerbForm, ...]:
    tok = view.doc[i]
    text = tok.text
    if len(text) > 1 and text.isupper():
        # A headline in capitals ("TRUMP TRIFFT PUTIN").
        return view.lex.verbs.get(text.lower(), ())
    if _is_capitalised(tok):
        if not tok.is_sent_start or text in view.lex.nouns_exact:
            return ()
        text = text.lower()
    return view.lex.verbs.get(text, ())


def _noun_type(view: _DocView, i: int) -> str | None:
    match = _noun_match(view, i)
    return match[0] if match else None


def _noun_match(view: _DocView, i: int) -> tuple[str, str] | None:
    """(type, lowercased form or compound head) of a noun trigger at token i."""
    tok = view.doc[i]
    # A capitalised word the tagger calls a noun is one, whatever the coarse tag says.
    if not _is_capitalised(tok) or (tok.pos_ in ("VERB", "AUX") and not tok.tag_.startswith("NN")):
        return None
    text = tok.text
    forms = view.lex.noun_forms
    if text not in forms:
        if len(forms) >= _NOUN_FORMS_KEPT:
            forms.clear()  # a long-running process reads ever new words
        forms[text] = _noun_form(view.lex, text)
    return forms[text]


_NOUN_FORMS_KEPT = 200_000


def _noun_form(lex: _Lexicon, text: str) -> tuple[str, str] | None:
    if len(text) > 1 and text.isupper():
        text = text.title()
    if text in lex.nouns_exact:
        return lex.nouns_exact[text], text.lower()
    low = text.lower()
    for head, etype in lex.nouns_compound:
        if low.endswith(head) and (len(low) - len(head) >= 3 or low[-len(head) - 1 : -len(head)] == "-"):
            if low[: -len(head)].rstrip("-") in lex.noun_not_after.get(head, ()):
                return None  # "Auftreffen", "Eintreffen": a verb made noun
            return etype, head
    return None


def _attributive(view: _DocView, i: int) -> bool:
    """A verb form used as an attributive adjective before its noun ("den nominierten Spielern"):
    by the tagger, or, without one, between an article and a capitalised word."""
    doc = view.doc
    if i + 1 >= len(doc):
        return False
    if doc[i].tag_:
        # The root of the parse is the verb of the clause whatever its tag ("Am Montag telefonierte
        # Präsident Putin mit Xi", tagged as in "der telefonierte Bericht").
        if i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN") and doc[i].lower_.endswith(("te", "ten")):
            # Right after a noun an adjective would need a strong ending ("ernannter Minister"):
            # "Zu seinem Nachfolger ernannte Klingbeil …" is the verb in second place.
            return False
        if not doc[i].lower_.endswith(view.lex.adjective_endings):
            return False  # "Am Donnerstag fliegt Rubio …": no adjective ends in "-t"
        return doc[i].tag_ == "ADJA" and doc[i].dep_ != "ROOT" and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    return i > 0 and doc[i - 1].lower_ in view.lex.determiners and _is_capitalised(doc[i + 1])


def _tagged_finite(tok: Token) -> bool:
    """Finite by the tagger's STTS tag, or by the morphology where there is no tag."""
    return tok.tag_.endswith("FIN") if tok.tag_ else "Fin" in tok.morph.get("VerbForm", [])


def _mention_place(lex: _Lexicon, m: _Mention) -> str | None:
    """The place a mention names: a location, the city of an organisation's seat ("Kreml"), or an
    organisation named after its building ("Kanzleramt") where its city is not clear."""
    if m.type == "LOC" or m.name in lex.venues:
        return lex.venues.get(m.name, m.name)
    if m.type == "ORG" and m.name.rsplit(" ", 1)[-1].lower().endswith(lex.seat_heads):
        return m.name
    return None


def _separated(verb: Token, rest: list[str], particle: str) -> bool:
    """Whether ``particle`` stands apart from ``verb``: it closes the clause ("traf in Kiew ein"),
    or the parser attaches it to the verb; an article "ein" inside the clause is no particle."""
    words = [w for w in rest if any(c.isalnum() for c in w)]
    if words and words[-1] == particle:
        return True
    return any(c.dep_ in _PARTICLE_DEPS and c.lower_ == particle for c in verb.children)


def _named_partner(view: _DocView, clause: _Clause) -> bool:
    """Whether the clause names a person or organisation after "mit" ("mit Präsident Selenskyj"):
    "sprach mit Journalisten" is no talks."""
    doc, lex = view.doc, view.lex
    toks = clause.tokens
    if _says(view, toks, lex.reciprocals):
        # "Costa und Orbán wollen miteinander / unter vier Augen sprechen": partners to each other.
        named = {id(m) for i in toks if (m := view.mention_at.get(i)) is not None and m.type in ("PER", "ORG")}
        if len(named) >= 2:
            return True
    for k, i in enumerate(toks):
        if doc[i].text.lower() not in lex.partner_preps:
            continue
        for n, j in enumerate(toks[k + 1 : k + 9]):
            m = view.mention_at.get(j)
            if m is not None and m.type in ("PER", "ORG") and not m.pronoun:
                return True
            if doc[j].lower_ in lex.pair_words and j - i <= 2:
                return True  # "mit beiden Ministern": the pair told before
            if doc[j].text in lex.separators or doc[j].text in lex.private_partners:
                break  # "sprach mit seiner Frau Wang Jie": a private conversation
            if n >= 3 and not (_is_capitalised(doc[j]) or doc[j].lower_ in lex.of_preps):
                # Past the phrase's first words only the names of its role and the holder
                # ("mit dem Emir von Katar, Scheich Tamim") go on.
                break
    return False


def _says(view: _DocView, toks: list[int], phrases: Iterable[str]) -> bool:
    """Whether the tokens hold one of these lowercase phrases as whole words."""
    text = f" {' '.join(view.doc[i].lower_ for i in toks)} "
    return any(f" {p} " in text for p in phrases)


def _names_place(view: _DocView, clause: _Clause) -> bool:
    """Whether the clause names a place after a place preposition ("in Paris", "im Kreml")."""
    doc, lex = view.doc, view.lex
    toks = clause.tokens
    for k, i in enumerate(toks):
        low = doc[i].text.lower()
        if low not in lex.place_at and low not in lex.place_to:
            continue
        for j in toks[k + 1 : k + 4]:
            m = view.mention_at.get(j)
            if m is not None and m.start == j and _mention_place(lex, m) is not None:
                return True
    return False


def _destination(view: _DocView, clause: _Clause, pos: int, rest: list[str]) -> bool:
    """A destination preposition after the verb ("fliegt nach Moskau"), or before a verb that
    closes its clause ("soll nach Moskau fliegen", "der nach Kiew geflogen war")."""
    if any(t in view.lex.place_to for t in rest):
        return True
    doc = view.doc
    closes = all(doc[j].is_punct or doc[j].pos_ in ("AUX", "VERB") for j in clause.tokens[pos + 1 :])
    if not closes:
        return False
    # Before the verb only a named place makes a journey: "in das Land geflogen", "Hilfsgüter in
    # die Gebiete zu fliegen" and "in eine Klinik geflogen" carry no one anywhere named.
    lex = view.lex
    before = clause.tokens[:pos]
    return any(
        doc[j].text in lex.place_to
        and (
            doc[j].text not in lex.place_to_with_article
            or (n + 1 < len(before) and doc[before[n + 1]].lower_ in lex.accusative_articles)
        )
        and any(
            (m := view.mention_at.get(k)) is not None and (m.type == "LOC" or m.name in lex.venues)
            for k in before[n + 1 : n + 4]
        )
        for n, j in enumerate(before)
    )


def _into_body(view: _DocView, clause: _Clause) -> bool:
    """Whether the clause names a body one enters ("in den Bundesrat", "ins Parlament", "in den
    Vorstand"): "in" with an accusative article, or "ins", before an organisation's name or a
    body's noun."""
    doc, lex = view.doc, view.lex
    toks = clause.tokens
    for n, j in enumerate(toks[:-1]):
        low = doc[j].lower_
        if low in lex.place_to_with_article and doc[toks[n + 1]].lower_ in lex.accusative_articles:
            k = n + 2
        elif low in lex.into_contracted:
            k = n + 1
        else:
            continue
        for i in toks[k : k + 3]:
            m = view.mention_at.get(i)
            if (m is not None and m.type == "ORG") or doc[i].text in lex.elected_bodies:
                return True
    return False


def _new_role(view: _DocView, clause: _Clause, i: int, words: frozenset[str]) -> bool:
    """Whether the clause makes someone the new holder of a role with the copula at ``i``: a
    word of ``words`` right before a role noun, and no other verb."""
    doc = view.doc
    toks = clause.tokens
    if view.tagged:
        if any(j != i and doc[j].pos_ in ("VERB", "AUX") for j in toks):
            return False
    elif toks[-1] != i and _closing_verb(doc[toks[-1]]):
        return False  # without a tagger: a verb closing the clause ("wird … treffen")
    # The copula stands before "neuer" or right after the role ("… wird in der kommenden Saison
    # der neue Trainer", "Neuer Außenminister wird …"), not after a name ("Der neue Minister X
    # wird …").
    return any(
        doc[j].lower_ in words
        and n + 1 < len(toks)
        and _role_noun(doc[toks[n + 1]].text, view.lex.lang)
        and (i < j or (n + 2 < len(toks) and toks[n + 2] == i))
        for n, j in enumerate(toks)
    )


def _pick_verb(view: _DocView, forms: tuple[_VerbForm, ...], i: int, clause: _Clause) -> _VerbForm | None:
    doc = view.doc
    pos = clause.pos[i]
    rest = [doc[j].text for j in clause.tokens[pos + 1 :]]
    nxt = rest[0] if rest else ""
    text = doc[i].text.lower()
    words = {doc[j].text.lower() for j in clause.tokens}
    # "traf eine Wahl" is a choice, "traf Macron nach der Wahl" a meeting: a noun after a
    # preposition of time is no object of the verb.
    timed = view.lex.temporal_reference_words
    objects = {
        doc[j].text.lower()
        for j in clause.tokens
        if not (
            (j > 0 and doc[j - 1].text in timed)
            or (j > 1 and doc[j - 1].lower_ in view.lex.determiners and doc[j - 2].text in timed)
        )
    }
    for vf in forms:
        if nxt in vf.not_before or objects & vf.not_with:
            continue
        if vf.particle and not text.startswith(vf.particle) and not _separated(doc[i], rest, vf.particle):
            continue
        if vf.needs_destination and not _destination(view, clause, pos, rest):
            continue
        if vf.needs_with and not _named_partner(view, clause):
            continue
        if vf.with_words and not words & vf.with_words:
            continue
        if vf.needs_place and not _names_place(view, clause):
            continue
        if vf.needs_body and not _into_body(view, clause):
            continue
        if vf.needs_new_role and not _new_role(view, clause, i, vf.with_words):
            continue
        if vf.tense == "manner" and not any(j in view.mention_at for j in clause.tokens):
            continue  # "Bürger können sich telefonisch beraten lassen": no one named calls
        return vf
    return None


# ---------------------------------------------------------------------------------------------
# Participants


def _governor(view: _DocView, m_start: int, clause: _Clause, trigger: int | None) -> tuple[str | None, bool]:
    """What governs a mention: a preposition class or None (subject/object), and whether it only
    modifies another noun ("Berater von Trump", "Angaben des Kreml")."""
    doc, lex = view.doc, view.lex
    toks = clause.tokens
    if m_start not in clause.pos:
        return None, False
    pos = clause.pos[m_start]
    modifier = False
    crossed_comma = False
    k = pos - 1
    while k >= max(0, pos - _MAX_WALK):
        i = toks[k]
        tok = doc[i]
        text = tok.text
        low = text.lower()
        if i + 1 < len(doc) and doc[i + 1].i != toks[k + 1] and doc[i + 1].text in lex.separators:
            crossed_comma = True
        if i in view.timex_tokens:
            # A time expression before the name closes the phrase: "traf am Dienstag Witkoff" ("am"
            # governs Dienstag, not Witkoff).
            return None, modifier
        other = view.mention_at.get(i)
        if other is not None:
            after = doc[other.end].text if other.end < len(doc) else ""
            listed = after in lex.coordinators or after in lex.separators
            if not listed:
                # Another name right before this one ("Frankreichs Staatschef Macron", "in Kiew
                # ihren Amtskollegen Kuleba") closes the phrase: what governs it does not govern this.
                return None, modifier
            # In a list ("mit Merz, Macron und Starmer") the governor of the first name counts;
            # step over the whole name ("Ursula von der Leyen"): its inner words govern nothing.
            k = clause.pos[other.start] - 1 if other.start in clause.pos else k - 1
            continue
        if low in lex.with_preps:
            head = toks[k - 1] if k > 0 else None
            sidelines = head is not None and any(doc[j].text in lex.sideline_words for j in toks[max(0, k - 4) : k - 1])
            if head is not None and head != trigger and _noun_type(view, head) is not None and not sidelines:
                # "reist zu Gesprächen mit Meloni": the partner of the talks, not of the journey;
                # "am Rande des Treffens mit Ramaphosa zusammenkam": the verb's partner.
                return "prep", modifier
            return "with", modifier
        if low in lex.passive_agent and trigger is None and any(doc[j].lower_ in lex.passive_auxiliaries for j in toks):
            return "with", modifier  # "wurde er von Merz empfangen": the agent of the passive
        if low in lex.of_preps:
            prev = toks[k - 1] if k > 0 else None
            if prev is not None and prev == trigger:
                if low in lex.passive_agent and _passive_clause(view, toks):
                    # "Vorbereitet werden soll das Treffen von den Außenministern": the agent of
                    # the passive works on the meeting; it does not meet.
                    return "prep", modifier
                return "of", modifier
            if prev is not None and _is_capitalised(doc[prev]) and not crossed_comma:
                modifier = True
                k -= 1
                continue
            if prev is not None and crossed_comma and _role_noun(doc[prev].text, lex.lang):
                # "mit dem Emir von Katar, Scheich Tamim": the name after the comma holds the
                # role, and is governed as the role is.
                k -= 1
                continue
            return "prep", modifier
        if low in lex.origin_preps and k > 0 and _is_capitalised(doc[toks[k - 1]]):
            # "mit seinen Amtskollegen aus Frankreich und Polen": where the group comes from,
            # governed as the group is.
            modifier = True
            k -= 1
            continue
        if text in lex.genitive and k > 0 and i != toks[0]:
            prev = toks[k - 1]
            ptok = doc[prev]
            if _is_capitalised(ptok) and ptok.text not in lex.determiners and not ptok.is_sent_start:
                if prev == trigger:
                    return "of", modifier
                if not crossed_comma:
                    modifier = True
                k -= 1
                continue
        if low in lex.host_preps and _hosted_visit(view, toks, k, trigger):
            return "with", modifier  # "zu Besuch bei Trump": the host is met
        if low in lex.around_preps and k > 0 and doc[toks[k - 1]].text in lex.group_nouns:
            # "Die Runde um Bundeskanzler Merz kam zusammen": the one the group gathers around.
            return "with", modifier
        if low in lex.purpose_markers and k == 0 and any(doc[j].lower_ in lex.infinitive_markers for j in toks[1:]):
            # "um Putin zu treffen": "um" opens a clause of purpose; the name is its object.
            return None, modifier
        if low in lex.prepositions:
            if tok.dep_ in _PARTICLE_DEPS or (k + 1 < len(toks) and toks[k + 1] != i + 1):
                # "kündigte an, Macron … zu treffen": a verb's particle before a comma governs
                # nothing after it.
                return None, modifier
            return "prep", modifier
        if text.lower() in lex.determiners or text.lower() in lex.numerals:
            # The left edge of the phrase: only a preposition, "und" or a comma right before it
            # carries on ("am Mittwoch den Präsidenten Macron": "am" governs Mittwoch, not Macron).
            before = doc[toks[k - 1]].text if k > 0 else ""
            gap = k > 0 and doc[toks[k - 1]].i + 1 != i
            low_before = before.lower()
            if not (
                gap
                or low_before in lex.prepositions
                or low_before in lex.with_preps
                or before in lex.coordinators
                or before in lex.separators
            ):
                return None, modifier
            k -= 1
            continue
        if text in lex.coordinators:
            k -= 1
            continue
        if _is_capitalised(tok) and not tok.is_sent_start:
            k -= 1
            continue
        if _is_capitalised(tok) and tok.is_sent_start and i in view.mention_at:
            k -= 1
            continue
        if low in lex.auxiliaries or low in lex.passive_auxiliaries:
            break  # "wurde Koval …": a verb ends the phrase, however much it looks like an adjective
        if _is_adjective_like(tok, lex) and k + 1 < len(toks) and _is_capitalised(doc[toks[k + 1]]):
            k -= 1
            continue
        break
    return None, modifier


def _hosted_visit(view: _DocView, toks: list[int], k: int, trigger: int | None) -> bool:
    """Whether the preposition at toks[k] follows the visit noun that is the trigger, directly or
    after the visitor ("der Besuch von Merz bei Trump")."""
    if trigger is None or _noun_type(view, trigger) != "visit":
        return False
    doc, lex = view.doc, view.lex
    j = k - 1
    while j >= 0 and toks[j] != trigger:
        tok = doc[toks[j]]
        if not (
            toks[j] in view.mention_at
            or tok.lower_ in lex.of_preps
            or tok.lower_ in lex.determiners
            or _is_capitalised(tok)
        ):
            return False
        j -= 1
    return j >= 0 and k - j <= _MAX_NP_TOKENS


def _passive_clause(view: _DocView, toks: list[int]) -> bool:
    """A passive auxiliary and a participle in the clause ("soll … vorbereitet werden")."""
    doc, lex = view.doc, view.lex
    return any(doc[j].lower_ in lex.passive_auxiliaries for j in toks) and any(
        doc[j].pos_ == "VERB" and "Part" in doc[j].morph.get("VerbForm", []) for j in toks
    )


def _saxon_genitive(view: _DocView, m: _Mention) -> bool:
    """ "Frankreichs Staatschef", "Trumps Sondergesandter": a name in -s before a noun modifies
    that noun. A person's name counts only where the -s is no part of the name itself ("Trumps"
    for Trump, not "Tsipras")."""
    doc = view.doc
    last = doc[m.end - 1].text if m.end <= len(doc) else ""
    if m.end >= len(doc) or not last.endswith("s"):
        return False
    if m.type == "PER" and not (m.name.endswith(last[:-1]) and not m.name.endswith(last)):
        return False
    nxt = doc[m.end]
    return _is_capitalised(nxt) and m.end not in view.mention_at


def _resolve_pronoun(view: _DocView, i: int) -> tuple[str, Span] | None:
    doc = view.doc
    resolver = _resolver()
    tok = doc[i]
    if resolver is not None:
        try:
            ent = resolver(doc, tok.idx, tok.idx + len(tok.text))
        except Exception:  # a colleague's resolver must never break event extraction
            ent = None
        if isinstance(ent, Entity):
            return ent.name, Span(tok.idx, tok.idx + len(tok.text), tok.text)
        return None
    # Fallback: the first person named in the closest earlier sentence that names one.
    s = view.sentence_of.get(i, 0)
    for back in range(s, max(-1, s - 3), -1):
        sent = view.sentences[back]
        for m in view.mentions:
            if m.type == "PER" and not m.pronoun and m.start in sent.tokens and m.start < i:
                return m.name, Span(tok.idx, tok.idx + len(tok.text), tok.text)
    return None


def _mention_participants(
    view: _DocView, clause: _Clause, trigger: int, noun: bool, place_tokens: set[int], light: bool
) -> list[tuple[str, Span | None]]:
    doc = view.doc
    out: list[tuple[str, Span | None]] = []
    seen_mentions: set[int] = set()
    for i in clause.tokens:
        m = view.mention_at.get(i)
        if m is None or m.start != i or id(m) in seen_mentions:
            continue
        seen_mentions.add(id(m))
        if m.start <= trigger < m.end or i in place_tokens or i in view.speaker_tokens:
            continue
        if _vocative(view, m):
            continue  # "Frau Kallas, der Gesandte hat …": the one addressed takes no part
        if m.type not in ("PER", "ORG", "LOC"):
            continue
        gov, modifier = _governor(view, m.start, clause, trigger if noun else None)
        if _saxon_genitive(view, m):
            continue
        if gov == "prep" or (modifier and gov != "with" and not ((not noun or light) and _group_of(view, m))):
            continue
        if noun and gov is None and not light:
            continue
        out.append((m.name, view.span(m.start, m.end)))
    # Pronoun subjects not covered by an entity mention.
    last_word = next((j for j in reversed(clause.tokens) if not doc[j].is_punct), clause.tokens[-1])
    for i in clause.tokens:
        tok = doc[i]
        if tok.text in view.lex.first_person:
            # "Ich habe mit Rubio telefoniert" in someone's quoted words: the one who speaks.
            speaker = _quoting_speaker(view, i)
            if speaker is not None:
                out.append(speaker)
            continue
        # Near the trigger, or in the subject slot at the clause's start where the trigger closes
        # the clause ("Dort will er mit Šefčovič sprechen").
        near = abs(i - trigger) <= 3 or (not noun and clause.pos.get(i, 99) <= 2 and trigger == last_word)
        objective = tok.text in view.lex.object_pronouns
        if (tok.text in view.lex.pronouns or objective) and i not in view.mention_at and near:
            if noun and not light:
                continue
            gov, _ = _governor(view, i, clause, None)
            # "empfing ihn", "telefonierte mit ihm": the one met.
            if gov is not None and not (objective and gov == "with"):
                continue
            resolved = _resolve_pronoun(view, i)
            if resolved is not None:
                out.append(resolved)
    return out


def _vocative(view: _DocView, m: _Mention) -> bool:
    """ "Frau Kallas, …" opening a sentence: a name addressed, set off by a comma."""
    doc = view.doc
    if m.end >= len(doc) or doc[m.end].text != "," or m.start == 0:
        return False
    k = m.start - 1
    if doc[k].text not in view.lex.address_words:
        return False  # "Selenskyj, der … gekommen war, …" is a relative clause, no address
    return doc[k].is_sent_start or k == 0 or doc[k - 1].is_space or doc[k - 1].text in {".", "?", "!", ":"}


def _quoting_speaker(view: _DocView, i: int) -> tuple[str, Span] | None:
    """The named speaker of the direct quote that holds token ``i``, with the token's span."""
    tok = view.doc[i]
    for q in view.doc._.quotes or []:
        if q.kind == "direct" and q.speaker and q.start <= tok.idx < q.end:
            return q.speaker, Span(tok.idx, tok.idx + len(tok.text), tok.text)
    return None


def _closing_verb(tok: Token) -> bool:
    """A verb by the tagger, or, without one, a lower-case word ending like an infinitive."""
    if tok.pos_:
        return tok.pos_ in ("VERB", "AUX")
    return tok.text.isalpha() and tok.text.islower() and tok.text.endswith("en")


def _relative_antecedent(view: _DocView, clause: _Clause) -> tuple[str, Span] | None:
    """ "Putin, der am Freitag Xi traf", "Merz, den Macron traf": the person or organisation right
    before the comma that a relative pronoun opening the clause as its subject or object stands for."""
    doc, lex = view.doc, view.lex
    first = clause.tokens[0]
    if doc[first].lower_ not in lex.argument_relatives or first < 2 or doc[first - 1].text != ",":
        return None
    if not view.tagged and first + 1 < len(doc) and _is_capitalised(doc[first + 1]):
        return None  # without a tagger "…, der Präsident …" may be an article
    end = first - 1
    # A relative clause may follow the verbs that close the clause of its noun ("der Bundesrat
    # zustimmen, der am Freitag tagt").
    while end > 0 and first - 1 - end < _MAX_CLOSING_VERBS and _closing_verb(doc[end - 1]):
        end -= 1
    m = view.mention_at.get(end - 1)
    if m is None or m.end != end or m.pronoun or m.type not in ("PER", "ORG") or _vocative(view, m):
        return None  # "Frau Kallas, der Gesandte hat …" addresses her; no relative clause
    return m.name, view.span(m.start, m.end)


def _relative_antecedents(view: _DocView, clause: _Clause) -> list[tuple[str, Span]]:
    """The antecedent of a relative clause, with the names coordinated before it where the
    pronoun can be plural ("Rubio und Lawrow, die sich … treffen wollen")."""
    last = _relative_antecedent(view, clause)
    if last is None:
        return []
    doc, lex = view.doc, view.lex
    out = [last]
    first = clause.tokens[0]
    if doc[first].lower_ not in lex.plural_relatives:
        return out
    start = doc.char_span(last[1].start, last[1].end, alignment_mode="expand")
    k = start.start if start is not None else 0
    while k >= 2 and (doc[k - 1].text in lex.coordinators or doc[k - 1].text == ","):
        m = view.mention_at.get(k - 2)
        if m is None or m.end != k - 1 or m.type not in ("PER", "ORG"):
            break
        out.insert(0, (m.name, view.span(m.start, m.end)))
        k = m.start
    return out


def _group_of(view: _DocView, m: _Mention) -> bool:
    """ "Die Außenminister der Nato trafen sich", "Vertreter der Hamas": an organisation in the
    genitive of a plural noun stands for the group that acts."""
    doc = view.doc
    if m.type != "ORG" or m.start < 2 or doc[m.start - 1].text not in view.lex.genitive:
        return False
    head = doc[m.start - 2]
    if not _is_capitalised(head) or head.pos_ != "NOUN":
        return False
    if "Plur" in head.morph.get("Number", []) or head.text in view.lex.group_nouns:
        return True  # "eine Delegation der Hamas" acts as one
    # The morphology slips on plurals in -s ("Regierungschefs"); the finite verb right after the
    # phrase agrees with the group.
    nxt = doc[m.end] if m.end < len(doc) else None
    return nxt is not None and _tagged_finite(nxt) and "Plur" in nxt.morph.get("Number", [])


def _fronted_partner_subject(view: _DocView, clause: _Clause, trigger: int) -> tuple[str, Span] | None:
    """ "Nach einem Telefonat mit Selenskyj sagte Merz, …": a meeting or call noun with its partner
    in a phrase that opens the clause was held by the subject of the clause, named (or a pronoun)
    right after its finite verb, also where that subject is the speaker of what follows."""
    doc, lex = view.doc, view.lex
    toks = clause.tokens
    pos = clause.pos.get(trigger)
    if pos is None or pos == 0:
        return None
    if pos + 1 >= len(toks) or doc[toks[pos + 1]].text.lower() not in lex.partner_preps:
        return None
    # The preposition of the phrase, with only articles and adjectives before the noun.
    prep = _phrase_opening(view, toks, pos)
    if doc[toks[prep]].text.lower() not in lex.prepositions or not _named_partner(view, clause.window(trigger, 10)):
        return None
    if prep > 0:
        # "Merz reiste nach einem Treffen mit Macron nach Rom": the phrase inside the clause, its
        # subject first, right before its finite verb.
        first = view.mention_at.get(toks[0])
        if first is None or first.start != toks[0] or first.type not in ("PER", "ORG") or first.pronoun:
            return None
        after = next((n for n, i in enumerate(toks) if i >= first.end), None)
        if after is None or after >= prep or not _finite_here(view, toks[after]):
            return None
        return first.name, view.span(first.start, first.end)
    verb = next((n for n in range(pos + 1, len(toks)) if _finite_here(view, toks[n])), None)
    if verb is None or verb + 1 >= len(toks):
        return None
    i = toks[verb + 1]
    m = view.mention_at.get(i)
    if m is not None and m.start == i and m.type in ("PER", "ORG") and not m.pronoun and m.name:
        return m.name, view.span(m.start, m.end)
    if doc[i].text in lex.pronouns:
        return _resolve_pronoun(view, i)
    return None


def _phrase_opening(view: _DocView, toks: list[int], pos: int) -> int:
    """The index in ``toks`` of the word before the articles and adjectives of the noun at
    ``pos``: its preposition, where it has one ("bei einem kurzen Treffen")."""
    doc, lex = view.doc, view.lex
    k = pos - 1
    while k > 0 and (doc[toks[k]].lower_ in lex.determiners or _is_adjective_like(doc[toks[k]], lex)):
        k -= 1
    return k


def _finite_here(view: _DocView, i: int) -> bool:
    """A finite verb by the tagger, a speech verb, or a trigger verb's finite form whatever the
    tagger says ("reiste" as ADJA)."""
    return (
        view._finite(i)
        or view.doc[i].text in view.lex.speech_verbs
        or any(f.tense in ("present", "past") for f in _verb_forms(view, i))
    )


def _zu_infinitive(view: _DocView, trigger: int) -> bool:
    doc = view.doc
    return doc[trigger].lower_ in view.lex.zu_infinitives or (
        trigger > 0 and doc[trigger - 1].lower_ in view.lex.infinitive_markers
    )


def _control_verb(view: _DocView, trigger: int) -> Token | None:
    """The verb a zu-infinitive depends on ("kündigte an, … zu treffen"), by the parse; also the
    verb a clause of purpose hangs on ("reist nach Washington, um mit Lutnick zu verhandeln")."""
    tok = view.doc[trigger]
    if not _zu_infinitive(view, trigger) or tok.dep_ not in _CONTROLLED_DEPS or tok.head.i == tok.i:
        return None
    return tok.head


def _purpose_clause(view: _DocView, tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in view.lex.purpose_markers for c in tok.children)


def _demanded(view: _DocView, trigger: int) -> bool:
    """A zu-infinitive that depends on a verb of demanding or denying in another clause."""
    head = _control_verb(view, trigger)
    if head is None:
        return False
    words = {head.text, *(c.text for c in head.children if c.dep_ in _PARTICLE_DEPS or c.dep_ == "advmod")}
    return bool(words & (view.lex.hypothetical | view.lex.negation))


def _controller(view: _DocView, trigger: int) -> tuple[str, Span | None] | None:
    """The subject of the verb a zu-infinitive depends on, who is to do it: "Merz kündigte an,
    Macron zu treffen" (also where the frame makes Merz the speaker of an announcement)."""
    head = _control_verb(view, trigger)
    if head is None:
        return None
    if head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
        # "Er dankte den Europäern und kündigte an, … zu reisen": the subject both verbs share.
        head = head.head
    for c in head.children:
        if c.dep_ != "nsubj":
            continue
        # "Wirtschaftsminister Guy Parmelin": the name stands beside the role noun the parse
        # made the subject.
        for t in (c, *(a for a in c.children if a.dep_ in _NAME_BESIDE_DEPS)):
            m = view.mention_at.get(t.i)
            if m is not None and m.type in ("PER", "ORG") and m.name:
                return m.name, view.span(m.start, m.end)
        if c.lower_ in view.lex.pronouns:
            # "Er kündigte an, am Freitag nach London zu reisen": who "er" is.
            return _resolve_pronoun(view, c.i)
    return None


def _np_text(view: _DocView, toks: list[int]) -> tuple[str, Span] | None:
    """An unnamed participant phrase without its article: "zwei Minister", "Stabschef von Selenskyj"."""
    doc, lex = view.doc, view.lex
    while toks and doc[toks[0]].text.lower() in lex.determiners and doc[toks[0]].text.lower() not in lex.numerals:
        toks = toks[1:]
    if toks and doc[toks[0]].is_sent_start and len(toks) == 1 and doc[toks[0]].text.lower() not in lex.numerals:
        # A lone capitalised word opening the sentence is as often an adverb or pronoun ("Dann").
        return None
    while toks and not _is_capitalised(doc[toks[-1]]):
        toks = toks[:-1]
    if not toks or len(toks) > _MAX_NP_TOKENS:
        return None
    if any(doc[i].text in lex.pronouns for i in toks):
        return None
    if not any(_is_capitalised(doc[i]) for i in toks):
        return None
    if toks != list(range(toks[0], toks[-1] + 1)):
        return None
    head = next(doc[i].text for i in toks if _is_capitalised(doc[i]))
    if head in lex.not_agents or head.lower().endswith(lex.not_agent_endings):
        # "das Geld muss bei den Betrieben ankommen", "Treffen der Klarheit": a thing or a
        # quality takes part in nothing.
        return None
    sp = view.span(toks[0], toks[-1] + 1)
    return sp.text, sp


def _phrase_from(view: _DocView, toks: list[int], start: int) -> list[int]:
    """The noun phrase that starts at ``toks[start]``: determiners, numerals, adjectives, nouns,
    and a "von"/genitive attribute after the head."""
    doc, lex = view.doc, view.lex
    out: list[int] = []
    seen_noun = False
    in_attribute = False
    k = start
    while k < len(toks):
        tok = doc[toks[k]]
        text = tok.text
        numeral = text.lower() in lex.numerals or tok.like_num
        if (
            in_attribute
            and seen_noun
            and (text in lex.coordinators or text == ",")
            and k + 1 < len(toks)
            and (_is_capitalised(doc[toks[k + 1]]) or doc[toks[k + 1]].text.lower() in lex.determiners)
        ):
            # "die Spitzen von Union und SPD": the attribute names two.
            out.append(toks[k])
            seen_noun = False
            k += 1
            continue
        if (
            text.endswith("-")
            and k + 2 < len(toks)
            and doc[toks[k + 1]].text in lex.coordinators
            and _is_capitalised(doc[toks[k + 2]])
        ):
            # "der Staats- und Regierungschefs": the first part of a pair written short.
            out.extend((toks[k], toks[k + 1]))
            k += 2
            continue
        if (
            seen_noun
            and not in_attribute
            and text in lex.coordinators
            and k + 1 < len(toks)
            and _gender_pair(doc[toks[k - 1]].text, doc[toks[k + 1]].text)
        ):
            # "Die Ministerpräsidentinnen und Ministerpräsidenten der Länder": one group named in
            # both genders.
            out.extend((toks[k], toks[k + 1]))
            k += 2
            continue
        if not seen_noun and (text.lower() in lex.determiners or numeral or _is_adjective_like(tok, lex)):
            out.append(toks[k])
        elif _is_capitalised(tok) and not _verb_forms(view, toks[k]):
            out.append(toks[k])
            seen_noun = True
        elif (
            seen_noun
            and (text in lex.of_preps or text in lex.genitive or text in lex.origin_preps)
            and k + 1 < len(toks)
        ):
            out.append(toks[k])
            seen_noun = False
            in_attribute = True
        else:
            break
        k += 1
    while out and not _is_capitalised(doc[out[-1]]):
        out.pop()
    return out


def _gender_pair(first: str, second: str) -> bool:
    """Whether two nouns are one noun in its feminine and masculine plural ("Ministerinnen und
    Minister", "Bürgerinnen und Bürger"), in either order."""
    a, b = sorted((first, second), key=len)
    return len(a) >= 4 and b.startswith(a.rstrip("n").rstrip("e")) and b.endswith("innen") and not a.endswith("innen")


def _masculine_role(word: str, lang: str) -> bool:
    try:
        from lagebild.extractors.entities import is_masculine_role
    except ImportError:  # pragma: no cover - the module ships with the package
        return False
    return is_masculine_role(word, lang)


def _role_noun(word: str, lang: str) -> bool:
    try:
        from lagebild.extractors.entities import is_role_noun
    except ImportError:  # pragma: no cover - the module ships with the package
        return False
    return is_role_noun(word, lang)


def _resolver() -> Any:
    try:
        from lagebild.extractors import entities as entities_module
    except ImportError:  # pragma: no cover - the module ships with the package
        return None
    resolver = getattr(entities_module, "resolve_reference", None)
    return resolver if callable(resolver) else None


def _resolve_role_phrase(view: _DocView, phrase: list[int]) -> tuple[str, Span] | None:
    """ "der ukrainische Präsident" as a subject: the person the actors component says it is.
    Only a singular definite phrase without a name in it; groups ("zwei Minister") stay unnamed."""
    doc, lex = view.doc, view.lex
    if len(phrase) < 2 or doc[phrase[0]].text.lower() not in lex.definite_articles:
        return None
    if any(i in view.mention_at for i in phrase) or any(doc[i].text.lower() in lex.of_preps for i in phrase):
        return None
    if _plural_group(view, phrase):
        # "mit den Regierungschefs der Länder", "die Verteidigungsminister": a group, not one
        # holder of the role.
        return None
    resolver = _resolver()
    if resolver is None:
        return None
    sp = view.span(phrase[0], phrase[-1] + 1)
    try:
        ent = resolver(doc, sp.start, sp.end)
    except Exception:  # a colleague's resolver must never break event extraction
        return None
    if not isinstance(ent, Entity) or ent.type != "PER":
        return None
    # A role phrase points back, or to the name beside it ("der Staatssekretär im
    # Finanzministerium, Florian Toncar"): a holder named only in a later sentence is not meant.
    sent = view.sentences[view.sentence_of.get(phrase[0], 0)]
    end = doc[sent.tokens[-1]].idx + len(doc[sent.tokens[-1]])
    return (ent.name, sp) if any(m.start < end for m in ent.mentions) else None


def _named_in(view: _DocView, phrase: list[int]) -> tuple[str, Span] | None:
    """The person or organisation a phrase names ("Der Schweizer Politiker Joseph Deiss" is
    Joseph Deiss), so that its role words do not become part of the participant's name."""
    doc, lex = view.doc, view.lex
    for k, i in enumerate(phrase):
        m = view.mention_at.get(i)
        if m is None:
            continue
        if m.type not in ("PER", "ORG") or m.pronoun or m.end - 1 != phrase[-1]:
            return None
        # "Der Sprecher von Söder": a name in an attribute is not who the phrase names.
        if any(doc[j].text in lex.of_preps or doc[j].text in lex.genitive for j in phrase[1:k]):
            return None
        return m.name, view.span(m.start, m.end)
    return None


def _unnamed_participants(view: _DocView, clause: _Clause, trigger: int, noun: bool) -> list[tuple[str, Span | None]]:
    doc, lex = view.doc, view.lex
    toks = clause.tokens
    pos = clause.pos[trigger]
    if noun:
        # "Treffen der EU-Verteidigungsminister": a genitive group right after the trigger.
        if pos + 1 < len(toks) and doc[toks[pos + 1]].text in lex.genitive:
            phrase = _phrase_from(view, toks, pos + 1)
            if phrase and doc[phrase[-1]].text in lex.time_nouns:
                return []
            return [(_nominative(view, phrase, n), sp) for n, sp in _group_with_body(view, phrase)]
        owner = doc[toks[pos - 1]].text.lower() if pos > 0 else ""
        first = _after_opening(view, toks)
        if owner in lex.plural_possessives and first < pos and doc[toks[first]].text.lower() not in lex.prepositions:
            # "Die Staats- und Regierungschefs wollen bei ihrem Gipfel beraten": the group whose
            # meeting it is, the subject that opens the clause.
            head = _phrase_from(view, toks, first)
            if head and head[-1] < trigger and _plural_group(view, head):
                return _group_with_body(view, head)
        k = _phrase_opening(view, toks, pos)
        if k > first and doc[toks[k]].lower_ in lex.place_at and doc[toks[first]].lower_ not in lex.prepositions:
            # "Das Kabinett hat sich in einer Sondersitzung befasst": the body that sits in it,
            # the subject opening the clause.
            head = _phrase_from(view, toks, first)
            if head and head[-1] < toks[k] and _sitting_body(view, head):
                if _plural_group(view, head):
                    return _group_with_body(view, head)
                np = _np_text(view, head)
                return [np] if np else []
        return []
    out: list[tuple[str, Span | None]] = []
    first = _after_opening(view, toks)
    # The subject before the finite verb ("zwei Minister wurden entlassen"); a time opening the
    # clause ("Gestern Abend haben sich …") is none.
    if (
        first < pos
        and doc[toks[first]].text.lower() not in lex.prepositions | lex.predicative_openers
        and toks[first] not in view.timex_tokens
    ):
        head = _phrase_from(view, toks, first)
        if head and head[-1] < trigger and not any(doc[i].text in lex.pronouns for i in head):
            named = _resolve_role_phrase(view, head) or _named_in(view, head)
            # Only a group in the plural stands for its bodies: "Der Sprecher der Nato" is one
            # person, who does not make the Nato travel.
            grouped = [] if named or not _plural_group(view, head) else _group_with_body(view, head)
            np = named or _np_text(view, head)
            if len(grouped) > 1:
                # "Die Handelsdelegationen der USA und Chinas wollen …": the group and the
                # bodies it stands for.
                out += grouped
            elif np:
                out.append(np)
    # After the finite verb: the subject behind a fronted adverbial ("Am Freitag wurden zwei
    # Minister entlassen") or the object ("Der Präsident entließ seinen Verteidigungsminister").
    k = pos + 1
    for j, i in enumerate(toks[:pos]):
        if doc[i].text in lex.auxiliaries:
            k = j + 1
            break
    while k < len(toks) and (
        doc[toks[k]].text.lower() == "sich"
        or (
            doc[toks[k]].pos_ == "ADV"
            and not _is_capitalised(doc[toks[k]])
            and doc[toks[k]].lower_ not in lex.determiners | lex.numerals | lex.prepositions
        )
    ):
        # "treffen sich die Fraktionschefs", "kommen dann die Regierungschefs zusammen": the
        # reflexive or an adverb before the subject.
        k += 1
    while k < len(toks) and doc[toks[k]].text.lower() in lex.prepositions:
        # Step over a prepositional phrase ("am Freitag", "am Rande des Treffens") to the noun
        # phrase after it.
        k += 1
        while k < len(toks) and not _is_capitalised(doc[toks[k]]):
            k += 1
        k += 1
        while k < len(toks) and doc[toks[k]].text in lex.genitive:
            k += 1
            while k < len(toks) and not _is_capitalised(doc[toks[k]]):
                k += 1
            k += 1
        while (
            k < len(toks)
            and (doc[toks[k]].pos_ == "ADV" or not doc[toks[k]].pos_)
            and not _is_capitalised(doc[toks[k]])
            and doc[toks[k]].lower_ not in lex.determiners | lex.numerals | lex.prepositions
        ):
            k += 1  # "am Rande des Treffens zudem die Kontaktgruppe"
    if k < len(toks) and (doc[toks[k]].text.lower() in lex.determiners | lex.numerals or doc[toks[k]].like_num):
        phrase = _phrase_from(view, toks, k)
        # A phrase of a time expression ("im Laufe der Woche") names no one who takes part.
        timed = any(i in view.timex_tokens for i in phrase) or (phrase and doc[phrase[-1]].text in lex.time_nouns)
        if phrase and not timed and not any(i in view.mention_at for i in phrase) and trigger not in phrase:
            # "Zurückgetreten ist der Staatssekretär im Ministerium, Florian Toncar": who the
            # role phrase is, where the actors component knows it.
            np = _resolve_role_phrase(view, phrase) or _np_text(view, phrase)
            if np and all(np[0] != o[0] for o in out):
                out.append(np)
        elif phrase and not timed and trigger not in phrase:
            # "treffen sich die Staats- und Regierungschefs der EU": the group and its body.
            out += [np for np in _group_with_body(view, phrase) if all(np[0] != o[0] for o in out)]
    return out


def _after_opening(view: _DocView, toks: list[int]) -> int:
    """The index in ``toks`` of the first token after a wire report's place line ("Luxemburg -
    Die Finanzminister …"), 0 where there is none."""
    doc = view.doc
    k = 0
    while k < len(toks) and view._in_opening(doc[toks[k]].idx):
        k += 1
    return k


def _plural_span(view: _DocView, span: Span | None) -> bool:
    if span is None:
        return False
    toks = view.doc.char_span(span.start, span.end, alignment_mode="expand")
    if toks is None:
        return False
    phrase = [t.i for t in toks]
    if toks.start > 0 and view.doc[toks.start - 1].lower_ in view.lex.plural_articles:
        # The phrase left its article out ("[die] Außenminister"); it tells the number.
        phrase.insert(0, toks.start - 1)
    return _plural_group(view, phrase)


def _nominative(view: _DocView, phrase: list[int], name: str) -> str:
    """A group named in the genitive singular in its nominative form: "einer Sitzung des
    CSU-Vorstands" is one of the "CSU-Vorstand"."""
    doc, lex = view.doc, view.lex
    if not phrase or doc[phrase[0]].lower_ not in lex.genitive_singular or not name.endswith("s"):
        return name
    part = name.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
    # A compound the dictionary lacks by its head: "Parteivorstands" as "Vorstands".
    for word in (part, *(h for _, h in compound_splits(part, lex.lang))):
        form = dictionary_form(word, lex.lang).replace("ß", "ss")
        for ending in ("es", "s"):
            if word.endswith(ending) and word[: -len(ending)] == form:
                return name[: -len(ending)]
    return name


def _sitting_body(view: _DocView, phrase: list[int]) -> bool:
    """Whether a phrase names a body that meets in sessions ("das Bundeskabinett", "der
    Koalitionsausschuss") or a group in the plural."""
    doc, lex = view.doc, view.lex
    if any(doc[i].text in lex.pronouns for i in phrase):
        return False
    noun = _group_noun(view, phrase)
    if noun is None:
        return False
    return doc[noun].lower_.endswith(lex.sitting_bodies) or _plural_group(view, phrase)


def _deliberating_group(view: _DocView, clause: _Clause, trigger: int, noun: bool) -> list[tuple[str, Span | None]]:
    """The unnamed group in the plural that deliberates, with the bodies it belongs to ("Die
    Außenminister der EU beraten"); a single one ("Der Rat berät das Budget") deals with a
    matter and holds no talks."""
    out: list[tuple[str, Span | None]] = []
    for p in _unnamed_participants(view, clause, trigger, noun):
        if _plural_span(view, p[1]):
            out.append(p)
        elif out and view.type_of_name.get(p[0]) in ("ORG", "LOC"):
            out.append(p)  # the body of the group before it
    return out


def _group_noun(view: _DocView, phrase: list[int]) -> int | None:
    """A group phrase's noun: the last one before a genitive or "von" attribute ("die Staats- und
    Regierungschefs der EU")."""
    doc, lex = view.doc, view.lex
    cut = next((k for k in range(1, len(phrase)) if doc[phrase[k]].text in lex.group_attributes), len(phrase))
    return next((i for i in reversed(phrase[:cut]) if _is_capitalised(doc[i])), None)


def _plural_group(view: _DocView, phrase: list[int]) -> bool:
    """Whether a phrase's noun (``_group_noun``) is in the plural."""
    doc, lex = view.doc, view.lex
    noun = _group_noun(view, phrase)
    if noun is None:
        return False
    if "Plur" in doc[noun].morph.get("Number", []):
        return True
    # "Die Finanzminister der Eurozone": "die" before a masculine role noun is its plural,
    # whatever number the tagger gives it.
    return doc[phrase[0]].lower_ in lex.plural_articles and _masculine_role(doc[noun].text, lex.lang)


def _group_with_body(view: _DocView, phrase: list[int]) -> list[tuple[str, Span | None]]:
    """An unnamed group ("die EU-Verteidigungsminister"), or one with the body it belongs to in
    a genitive ("die Staats- und Regierungschefs der EU"): the group, then the body. A phrase
    with a name anywhere else names someone and is no group."""
    doc, lex = view.doc, view.lex
    if not phrase:
        return []
    named = [k for k, i in enumerate(phrase) if i in view.mention_at]
    if not named:
        np = _np_text(view, phrase)
        return [(np[0], np[1])] if np else []
    cut = next((k for k in range(1, named[0]) if doc[phrase[k]].text in lex.group_attributes), None)
    if cut is None:
        return []
    bodies = {id(view.mention_at[phrase[k]]): view.mention_at[phrase[k]] for k in named}
    # A group's origin may be countries ("Vermittler aus Ägypten und Katar"); a genitive place
    # is where the group sits ("die Bürgermeister der Stadt Wien"), no body that takes part.
    allowed = {"ORG", "LOC"} if doc[phrase[cut]].text in lex.origin_preps else {"ORG"}
    # A country's delegates act for it ("die Handelsdelegationen der USA und Chinas").
    if any(m.type not in allowed and not (m.type == "LOC" and m.name in lex.countries) for m in bodies.values()):
        return []
    np = _np_text(view, phrase[:cut])
    out: list[tuple[str, Span | None]] = [(m.name, view.span(m.start, m.end)) for m in bodies.values()]
    if np is None:
        # "Vermittler aus Ägypten": the lone noun opening a sentence is not taken as a group of
        # its own, its origin still names who takes part.
        return out if "LOC" in allowed else []
    return [(np[0], np[1]), *out]


# ---------------------------------------------------------------------------------------------
# Place, date, status


def _place(view: _DocView, clause: _Clause, travel: bool, trigger: int) -> tuple[str, Span, set[int]] | None:
    lex = view.lex
    toks = clause.tokens
    lower = view.lower
    found: list[tuple[int, int, tuple[str, Span, set[int]]]] = []  # (priority, distance, place)
    k = 0
    while k < len(toks):
        low = lower[toks[k]]
        after = None
        priority = 1
        for phrase in lex.place_phrases:
            n = len(phrase)
            if phrase[0] == low and tuple(lower[j] for j in toks[k : k + n]) == phrase:
                after = k + n
                break
        if after is None:
            if travel and low in lex.place_from:
                k += 1
                continue
            if travel and low in lex.place_to:
                after, priority = k + 1, 0
            elif low in lex.place_at:
                after = k + 1
        if after is None or after >= len(toks):
            k += 1
            continue
        if k > 0 and lower[toks[k - 1]] in lex.determiners:
            # "die in Litauen stationierte Brigade besuchen": a place inside an attribute between
            # the article and its noun says where the thing is, not where the happening is.
            k += 1
            continue
        head = toks[k - 1] if k > 0 else None
        if head is not None and head != trigger and (_noun_type(view, head) is not None or _common_noun(view, head)):
            lead = {view.doc[j].text for j in toks[max(0, k - 4) : k - 1]}
            if (lead | {w.lower() for w in lead}) & (lex.temporal_reference_words | lex.topic_words):
                # "Verhandlungen … bis zum G-20-Gipfel in Pittsburgh", "nach der Landtagswahl in
                # Sachsen": the place of the other happening the time is told by; "zu Gesprächen
                # über eine Waffenruhe im Gazastreifen": the place of what is talked about.
                k += 1
                continue
        place = _place_after(view, toks, after)
        if place is not None:
            found.append((priority, abs(toks[k] - trigger), place))
        k += 1
    # "… hat Wien als Ort für Verhandlungen genannt": a place named in the role of the venue.
    for k in range(len(toks) - 2):
        m = view.mention_at.get(toks[k])
        if m is None or m.start != toks[k] or m.type != "LOC" or m.end > toks[-1]:
            continue
        nxt = toks.index(m.end) if m.end in toks else None
        if (
            nxt is not None
            and nxt + 1 < len(toks)
            and lower[toks[nxt]] == "als"
            and lower[toks[nxt + 1]] in lex.place_roles
        ):
            found.append((0, abs(toks[k] - trigger), (m.name, view.span(m.start, m.end), set(range(m.start, m.end)))))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    return found[0][2]


def _common_noun(view: _DocView, i: int) -> bool:
    """A noun that names no one: by the tagger, or without one a capitalised word of no mention."""
    tok = view.doc[i]
    if i in view.timex_tokens:
        return False  # "vor zwei Wochen in Kiew": the time of this happening, not another's
    if tok.pos_:
        return tok.pos_ == "NOUN"
    return _is_capitalised(tok) and i not in view.mention_at


def _place_after(view: _DocView, toks: list[int], k: int) -> tuple[str, Span, set[int]] | None:
    doc, lex = view.doc, view.lex
    i = toks[k]
    article = doc[i].text in lex.determiners
    j = toks[k + 1] if article and k + 1 < len(toks) else i
    if article and j == i:
        return None
    # "im ägyptischen Scharm el-Scheich": a contracted preposition's adjective before the name.
    contracted = not article and doc[i].text[:1].islower() and doc[i].text.isalpha()
    if article or contracted:
        # "in der ungarischen Hauptstadt Budapest": the name after the adjective and the kind.
        first = n = k + 1 if article else k
        while n + 1 < len(toks) and n - k <= 3 and toks[n] not in view.mention_at and doc[toks[n]].text.isalpha():
            if doc[toks[n]].text[:1].isupper() and not _place_kind(view, toks[n]):
                break
            n += 1
        if n != first and toks[n] in view.mention_at:
            j = toks[n]
    tok = doc[j]
    if j in view.timex_tokens:
        return None
    m = view.mention_at.get(j)
    if m is not None and m.start == j:
        place = _mention_place(lex, m)
        return None if place is None else (place, view.span(m.start, m.end), set(range(m.start, m.end)))
    if tok.text in lex.venue_nouns and (j == i or (article and j == toks[k + 1])):
        # "in der Staatskanzlei getroffen": a building named by its kind is where it took place,
        # unless the place it belongs to follows ("im Rathaus von Aachen").
        nxt = toks.index(j) + 1
        if nxt + 1 < len(toks) and doc[toks[nxt]].lower_ in lex.of_preps | lex.genitive:
            owner = _place_after(view, toks, nxt if doc[toks[nxt]].text in lex.determiners else nxt + 1)
            if owner is not None:
                return owner
        return tok.text, view.span(j, j + 1), {j}
    if view.has_types or article:
        # With entity types known, only a location counts; an article needs one ("in der Nacht").
        return None
    if not _is_capitalised(tok) or tok.text in lex.not_places or tok.text in lex.nouns_exact:
        return None
    if _noun_type(view, j) or _verb_forms(view, j) or tok.pos_ in ("NOUN", "VERB", "ADJ"):
        return None
    if tok.ent_type_ and tok.ent_type_ not in ("LOC", "GPE"):
        return None
    return tok.text, view.span(j, j + 1), {j}


def _place_kind(view: _DocView, i: int) -> bool:
    """A noun naming the kind of a place before its name ("Hauptstadt", "Stadt", "Region")."""
    return view.doc[i].text in view.lex.place_kinds


def _date_range(value: str) -> tuple[date, date] | None:
    m = _DATE_VALUE.match(value)
    if not m:
        return None
    try:
        year = int(m.group(1))
        if m.group(4):
            monday = date.fromisocalendar(year, int(m.group(4)), 1)
            return monday, monday + timedelta(days=6)
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            first = date(year, int(m.group(2)), 1)
            nxt = date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _date_of(t: Timex) -> str | None:
    value = t.value or ""
    if t.type == "TIME":
        day = value.split("T", 1)[0]
        return day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else None
    return value if _date_range(value) else None


def _date(view: _DocView, sent: _Sentence, clause: _Clause, trigger: int) -> tuple[str, Span] | None:
    doc = view.doc
    lo = doc[clause.tokens[0]].idx
    hi = doc[clause.tokens[-1]].idx + len(doc[clause.tokens[-1]].text)
    tpos = doc[trigger].idx
    best: tuple[tuple[bool, int], str, Span] | None = None
    first = bisect_left(view.timex_starts, lo)
    dated: list[tuple[str, Span]] = []
    for s, e, t in view.timexes[first:]:
        if s >= hi:
            break
        if e > hi:
            continue
        # A timex in the clause of another segment counts only if its tokens are in this clause.
        rng = view._token_range(s, e)
        if rng is not None and rng[0] not in clause.pos:
            continue
        value = _date_of(t)
        if value is None:
            continue
        # A deadline ("bis 2035") is when something must be done, not when it happens: any
        # other date in the clause comes first.
        before = view.text[max(0, s - 12) : s].split()
        if before and before[-1].lower() in view.lex.around_date_words:
            continue
        if _in_reference_phrase(view, s, trigger):
            continue
        deadline = bool(before) and before[-1].lower() in view.lex.deadline_words
        # "über den Haushalt 2026": a year naming which budget, after its noun, comes after any
        # other date of the clause too.
        deadline = deadline or (t.text.isdigit() and bool(before) and before[-1][:1].isupper())
        dated.append((value, Span(s, e, t.text)))
        key = (deadline, abs(s - tpos))
        if best is None or key < best[0]:
            best = (key, value, Span(s, e, t.text))
    if best is not None:
        value, span = best[1], best[2]
        # "am Donnerstag und Freitag": days joined into one stretch begin with the first.
        for v, sp in reversed(dated):
            if sp.end <= span.start and view.text[sp.end : span.start].strip() in view.lex.date_joiners:
                value, span = v, sp
        return value, span
    if not any(doc[i].text in view.lex.anaphoric for i in clause.tokens):
        return None
    # "dann": the last date named in the sentences before.
    floor = view.sentences[max(0, sent.index - _ANCHOR_SENTENCES)].start_char
    for s, e, t in reversed(view.timexes[bisect_left(view.timex_starts, floor) : first]):
        if e <= lo and s >= floor:
            value = _date_of(t)
            if value is not None:
                return value, Span(s, e, t.text)
    return None


def _in_reference_phrase(view: _DocView, start: int, trigger: int) -> bool:
    """Whether a date at ``start`` stands in a phrase naming a point of reference ("das erste
    Treffen seit dem G7-Gipfel im Juni"): a word of it, then a noun, then the date, all after
    the trigger."""
    doc = view.doc
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    first = span.start
    for k in range(first - 1, max(trigger, first - 6), -1):
        if doc[k].is_punct or doc[k].text in view.lex.coordinators:
            return False
        follows = doc[k].lower_ in view.lex.following_preps and k > 0 and doc[k - 1].lower_ in view.lex.following_verbs
        if doc[k].lower_ in view.lex.reference_point_words or follows:
            # "Der Rücktritt folgt auf den Bruch der Koalition vor zwei Wochen": what it follows.
            # Only with an article: "nach dem Gipfel im Juni" is a time, "nach Rom am Mittwoch" a way.
            return (
                k + 1 < first
                and doc[k + 1].lower_ in view.lex.definite_articles
                and any(_is_capitalised(doc[j]) and j not in view.timex_tokens for j in range(k + 2, first))
            )
    return False


def _invited_to(view: _DocView, clause: _Clause, trigger: int) -> bool:
    """ "lud ihn zu einem Besuch ein": the noun of the happening after "zu" and its article."""
    pos = clause.pos.get(trigger)
    if pos is None:
        return False
    before = [view.doc[j] for j in clause.tokens[max(0, pos - 3) : pos]]
    return any(t.lower_ in view.lex.invited_to for t in before)


def _status(
    view: _DocView, clause: _Clause, trigger: int, tense: str | None, date_value: str | None
) -> tuple[EventStatus, int]:
    doc, lex = view.doc, view.lex
    words = {doc[i].text for i in clause.tokens if i != trigger} | {
        doc[i].text.lower() for i in clause.tokens if i != trigger
    }
    if tense == "manner":
        # "gratulierte … telefonisch": the tense is the clause's finite verb's.
        finite_past = any(
            "Past" in doc[i].morph.get("Tense", []) and "Fin" in doc[i].morph.get("VerbForm", []) for i in clause.tokens
        )
        tense = "past" if finite_past else None
    morph_tense = doc[trigger].morph.get("Tense", [])
    if tense is None and morph_tense:
        tense = "past" if "Past" in morph_tense else None
    has_perfect = bool(words & lex.perfect_aux)
    if tense == "past":
        return "happened", _STRONG
    if tense == "participle" and has_perfect:
        return "happened", _STRONG
    if words & lex.planned and not (tense == "participle" and has_perfect):
        return "planned", _STRONG
    if tense is None and words & lex.invitation and _invited_to(view, clause, trigger):
        return "planned", _STRONG
    if tense == "infinitive" and (doc[trigger].tag_ == "VVIZU" or _zu_infinitive(view, trigger)):
        # "hat am Donnerstag angekündigt, zurückzutreten": the words and the date around it are
        # the announcement's; the happening is what was announced.
        return "planned", _STRONG
    published = doc._.published
    pub = published.date() if isinstance(published, datetime) else None
    rng = _date_range(date_value) if date_value and pub is not None else None
    ahead = rng is not None and pub is not None and rng[0] > pub
    if words & lex.happened and not (ahead and tense in (None, "present", "infinitive")):
        # "Zuvor kommen die Minister vom 10. bis 12. Februar zusammen": a date ahead tells a plan,
        # whatever "zuvor" or "bereits" say of its order.
        return "happened", _STRONG
    if rng is not None and pub is not None:
        if rng[0] > pub:
            return "planned", _DATED
        if rng[1] < pub or (rng[0] <= pub and tense is None):
            return "happened", _DATED
    if words & lex.ongoing:
        return "ongoing", _STRONG
    if tense == "infinitive":
        # "kündigte an, Putin zu treffen", "will … besuchen": an intention, not yet done.
        return "planned", _DEFAULT
    if tense == "present":
        return "ongoing", _DEFAULT
    return "happened", _DEFAULT


# ---------------------------------------------------------------------------------------------
# Putting it together


def _joins(view: _DocView, sent: _Sentence) -> bool:
    texts = [view.doc[i].text.lower() for i in sent.tokens]
    words: set[str] | None = None
    for forms, particle, needs in view.lex.joins:
        if not any(t in forms for t in texts) or (particle and particle not in texts):
            continue
        if not needs:
            return True
        if words is None:
            # "needs": a word the sentence must hold besides ("die Delegation … geleitet"), also
            # as the head of a compound ("US-Delegation").
            words = {view.doc[i].text for i in sent.tokens}
            words |= {w.rsplit("-", 1)[-1] for w in words}
        if words & needs:
            return True
    return False


def _object_of_speech(view: _DocView, clause: _Clause, trigger: int) -> bool:
    """Whether a noun trigger is the object of a verb of saying in its clause: an article before
    it with no preposition before that ("bestätigte den Besuch", "hat das Treffen angekündigt")."""
    doc, lex = view.doc, view.lex
    if not any(doc[i].text in lex.speech_verbs for i in clause.tokens):
        return False
    k = clause.pos[trigger] - 1
    while k >= 0 and _is_adjective_like(doc[clause.tokens[k]], lex):
        k -= 1
    if k < 0 or doc[clause.tokens[k]].text.lower() not in lex.determiners:
        return False
    before = doc[clause.tokens[k - 1]].text.lower() if k > 0 else ""
    return before not in lex.prepositions and before not in lex.with_preps


def _has_light_verb(view: _DocView, clause: _Clause) -> bool:
    return any(view.doc[i].text in view.lex.light_verbs for i in clause.tokens)


def _candidates(view: _DocView, sent: _Sentence) -> list[_Candidate]:
    doc, lex = view.doc, view.lex
    out: list[_Candidate] = []
    for ci, clause in enumerate(sent.clauses):
        # "in nicht allzu ferner Zukunft", "in nicht öffentlicher Sitzung": a negation right
        # after a preposition belongs to its phrase and denies nothing of the clause.
        words = {
            doc[i].text
            for i in clause.tokens
            if not (doc[i].text in lex.negation and i > 0 and doc[i - 1].lower_ in lex.prepositions)
        }
        if words & ((lex.negation - lex.negating_determiners) | lex.hypothetical):
            # Denied or only supposed: reporting it as an event would state more than the text.
            continue
        # "keine Einigung erzielt" denies the agreement, not the meeting it was sought at: a
        # negating determiner denies a noun trigger only right before it, and any verb trigger.
        denials = [clause.pos[i] for i in clause.tokens if doc[i].text in lex.negating_determiners]
        opening = tuple(doc[i].text.lower() for i in clause.tokens[:3])
        if opening in lex.credits and not any(doc[i].text.lower() in lex.partner_preps for i in clause.tokens):
            continue  # "Das Gespräch führte Jonas Reiter": an interview's credit line, no one met
        lower_words = {w.lower() for w in words}
        for i in clause.tokens:
            forms = _verb_forms(view, i)
            if forms and _attributive(view, i):
                forms = ()  # "den nominierten Spielern"
            nmatch = None if forms else _noun_match(view, i)
            if not forms and nmatch is None:
                continue
            win = clause.window(i, _WINDOW)
            vf = _pick_verb(view, forms, i, win) if forms else None
            if vf is None and nmatch is None:
                nmatch = _noun_match(view, i)
                if nmatch is None:
                    continue
            if vf is None and nmatch is not None and lower_words & lex.noun_not_with.get(nmatch[1], frozenset()):
                continue  # "Berufung gegen das Urteil einlegen"
            if (
                vf is None
                and nmatch is not None
                and nmatch[1] in lex.noun_needs_partner
                and not (i > 0 and doc[i - 1].lower_ in lex.joint_words)
                and not _named_partner(view, clause.window(i, 10))
            ):
                continue  # "sagte er bei einer Pressekonferenz": how it was said, no one met
            ntype = nmatch[0] if nmatch else None
            noun = vf is None
            if denials and (not noun or any(0 < clause.pos[i] - d <= 3 for d in denials)):
                continue  # "kein Treffen", "traf keinen Vertreter"
            etype = vf.type if vf else cast(str, ntype)
            definite = possessive = reference = topic = another = means = present = False
            if noun:
                k = win.pos[i] - 1
                # Adjectives, not the determiner before them ("seinem" ends like one).
                while (
                    k >= 0 and _is_adjective_like(doc[win.tokens[k]], lex) and not _determiner(doc[win.tokens[k]], lex)
                ):
                    k -= 1
                det = doc[win.tokens[k]].text.lower() if k >= 0 else ""
                definite = det in lex.definite
                possessive = det in lex.possessives
                before = {doc[j].text for j in win.tokens[max(0, k - 2) : k + 1]}
                # A preposition may open the sentence ("Nach dem Gespräch …").
                reference = bool((before | {w.lower() for w in before}) & lex.reference_words)
                # "über den Rücktritt", "sich mit dem Rücktritt befassen": what is talked about.
                topic = bool(before & lex.topic_words) or (
                    bool(before & lex.topic_after_verb) and any(doc[j].lower_ in lex.topic_verbs for j in win.tokens)
                )
                if topic and lower_words & lex.report_denials:
                    continue  # "hat Berichte über ein geplantes Treffen zurückgewiesen"
                another = any(doc[win.tokens[j]].text.lower() in lex.another_words for j in range(k, win.pos[i]))
                another = another or (
                    nmatch is not None and doc[i].lower_[: -len(nmatch[1])].rstrip("-") in lex.another_prefixes
                )
                if another and tuple(doc[j].text.lower() for j in clause.tokens[:2]) in lex.copula_openers:
                    # "Es war das dritte Treffen der beiden": the count says what the happening
                    # just told was, not that another one took place.
                    another = False
                # "dankte Selenskyj Erdoğan in einem Telefonat": the call is how the clause's people
                # spoke, so they are its participants.
                means = det in lex.means_preps or (
                    k > 0 and doc[win.tokens[k - 1]].text.lower() in lex.means_preps and det not in lex.definite
                )
                # "Er war zu Gesprächen in Washington": the subject is there.
                present = (
                    det in lex.presence_preps
                    or (
                        k > 0
                        and doc[win.tokens[k - 1]].lower_ in lex.presence_preps
                        and _determiner(doc[win.tokens[k]], lex)
                    )
                ) and any(doc[j].lower_ in lex.copulas for j in win.tokens)
            tense = vf.tense if vf else None
            if vf and tense == "present":
                # One written form, several tenses ("entlassen", "treffen"): the auxiliary decides.
                # "hat … entlassen", "wurden entlassen" = participle; "soll … treffen",
                # "zu treffen" = infinitive; otherwise present.
                tenses = {f.tense for f in forms}
                before = {doc[j].text.lower() for j in win.tokens if j < i}
                if "infinitive" in tenses and _zu_infinitive(view, i):
                    tense = "infinitive"  # "haben sich geeinigt, … zu entlassen"
                elif "participle" in tenses and before & lex.perfect_aux:
                    tense = "participle"
                elif "infinitive" in tenses and (
                    (i > 0 and doc[i - 1].text in lex.infinitive_markers) or before & lex.auxiliaries
                ):
                    tense = "infinitive"
            cand = _Candidate(
                type=etype,
                trigger=i,
                noun=noun,
                definite=definite,
                generic=bool(vf and vf.generic),
                sentence=sent.index,
                clause=ci,
                reference=reference,
                another=another,
            )
            place = _place(view, win, _GROUP[etype] == "travel", i)
            place_tokens = place[2] if place else set()
            if place:
                cand.place = (place[0], place[1])
            # The subject of the clause made the journey ("Bei einem Besuch in Kiew sagte Merz …").
            # So did the owner of "seinem Treffen mit …".
            # "hat Berichte über ein Treffen zwischen A und B kommentiert": the subject talks about
            # the happening and takes no part in it.
            # "Mao Ning hatte den Besuch bestätigt": the one who reports the happening as the object
            # of a verb of saying takes no part in it.
            reported = noun and _object_of_speech(view, win, i)
            light = (
                noun
                and not topic
                and not reported
                and (
                    # "nahm den Rücktritt an": who accepts an office's end takes no part in it.
                    (_has_light_verb(view, win) and _GROUP[etype] != "office")
                    or (etype == "resignation" and any(doc[j].text in lex.office_light_verbs for j in win.tokens))
                    or possessive
                    or present
                    or _GROUP[etype] == "travel"
                    or (means and _GROUP[etype] == "call")
                )
            )
            cand.participants = _mention_participants(view, win, i, noun, place_tokens, light)
            if not noun and etype == "visit" and cand.place is None:
                places = [p for p in cand.participants if view.type_of_name.get(p[0]) == "LOC" and p[1] is not None]
                if len(places) == 1:
                    # "will den Libanon besuchen": the place visited, no one who takes part.
                    cand.participants.remove(places[0])
                    cand.place = (places[0][0], cast(Span, places[0][1]))
            relative = _relative_clause_after(view, sent, ci, i) if noun and not cand.participants else None
            if relative is not None:
                # "das Gespräch, das Witkoff in Moskau mit Putin geführt hatte": who held it is
                # named in the relative clause, with a light verb.
                cand.participants = _mention_participants(view, relative, relative.tokens[0], True, set(), True)
            if reference and _other_verb_trigger(view, win, i):
                # "am Rande des Treffens sowohl mit X … zusammenkam": the sidelines name no one
                # of the noun's own; "vor dem Treffen mit Macron" names its partner.
                sidelines = any(
                    doc[j].text in lex.sideline_words for j in win.tokens[max(0, win.pos[i] - 3) : win.pos[i]]
                )
                cand.participants = [] if sidelines else _own_phrase_participants(view, win, i, cand.participants)
            if noun and _GROUP[etype] in ("meet", "call"):
                holder = _fronted_partner_subject(view, win, i)
                if holder is not None and holder[0] not in {n for n, _ in cand.participants}:
                    cand.participants.insert(0, holder)
                owner = _partner_owner(view, win, i)
                if owner is not None and owner[0] not in {n for n, _ in cand.participants}:
                    cand.participants.insert(0, owner)
            cand.reference_partner = (
                noun
                and reference
                and _GROUP[etype] in ("meet", "call")
                and _partner_alone(view, win, i, cand.participants, others=True)
            )
            cand.they = (
                not noun
                and _GROUP[etype] in ("meet", "call")
                and view.tagged
                and any(doc[j].lower_ in lex.plural_they and doc[j].dep_ in ("nsubj", "sb") for j in win.tokens)
                and any(_tagged_finite(doc[j]) and doc[j].morph.get("Number", []) == ["Plur"] for j in win.tokens)
            )
            # The word before a noun's article: its preposition, where it has one.
            opener = doc[win.tokens[k - 1]].lower_ if noun and k > 0 else ""
            cand.setting = (
                noun
                and _GROUP[etype] == "travel"
                and not definite  # "Am Rande des Besuchs": the visit told before, someone else's
                and opener in lex.setting_preps
                and not any(view.type_of_name.get(n) == "PER" for n, _ in cand.participants)
            )
            cand.partner_only = (
                noun
                and not light
                and not reference
                and not topic
                and not reported
                and _GROUP[etype] in ("meet", "call")
                and _partner_alone(view, win, i, cand.participants)
            )
            if tense == "infinitive" and _demanded(view, i):
                continue  # "hatte ihn aufgefordert, sein Mandat niederzulegen"
            # Who is to do it; for appointments and dismissals the subject would be the one who
            # appoints or dismisses ("haben sich geeinigt, 130 Mitarbeiter zu entlassen").
            controlled = tense == "infinitive" and etype not in ("appointment", "dismissal")
            controller = _controller(view, i) if controlled else None
            if controller is not None and controller[0] not in {n for n, _ in cand.participants}:
                cand.participants.insert(0, controller)
            if not noun and _GROUP[etype] in ("meet", "call") and etype != "talks":
                # (Countries negotiate and agree: "Russland und die Ukraine haben sich geeinigt".)
                types = {view.type_of_name.get(n) for n, _ in cand.participants}
                if cand.participants and not types & {"PER", "ORG"}:
                    # "Die Sanktionen treffen Russland hart": a verb of meeting with only places
                    # or nouns around it is the other sense of the verb (to hit).
                    continue
            if not noun and (clause.kind == "relative" or not view.tagged):
                known = {n for n, _ in cand.participants}
                cand.participants[:0] = [a for a in _relative_antecedents(view, clause) if a[0] not in known]
            # "treffen sich", "kamen … zusammen": no other sense ("eine Rakete traf …") to fear.
            reflexive_meeting = (
                not noun
                and _GROUP[etype] == "meet"
                and (bool(vf and vf.particle) or any(doc[j].text.lower() == "sich" for j in win.tokens))
            )
            if (
                vf is not None
                and vf.generic
                and etype == "talks"
                and len(cand.participants) == 1
                and view.type_of_name.get(cand.participants[0][0]) == "ORG"
                and not any(doc[j].text.lower() in lex.partner_preps for j in win.tokens)
            ):
                # "Der Nationalrat dürfte das Geschäft beraten": a body deliberating on a matter
                # alone holds no talks with anyone; its members in the plural do ("Die
                # Außenminister der EU berieten").
                group = _deliberating_group(view, win, i, noun)
                if cand.participants[0][0] not in {n for n, _ in group}:
                    continue
                cand.participants = group
            if not noun and _GROUP[etype] in ("meet", "call"):
                for j in win.tokens:
                    if doc[j].lower_ not in lex.with_preps or j + 3 > len(doc):
                        continue
                    at = next((k for k in (j + 1, j + 2) if k < len(doc) and doc[k].lower_ in lex.pair_words), None)
                    if at is not None:
                        cand.pair_partner = True
                        cand.pair_noun = doc[at + 1].text if at + 1 < len(doc) and _is_capitalised(doc[at + 1]) else ""
                        break
            if not cand.participants and _GROUP[etype] in ("meet", "call"):
                pair_at = next(
                    (j for j in win.tokens if (j < i or noun) and doc[j].text.lower() in lex.pair_words), None
                )
                if pair_at is not None and pair_at + 1 < len(doc) and _is_capitalised(doc[pair_at + 1]):
                    # "die beiden Aussenminister": the pair named by their role.
                    cand.pair_noun = doc[pair_at + 1].text
                cand.both = pair_at is not None or (
                    # "Ein Treffen der beiden ist … geplant": the pair in the noun's genitive.
                    noun
                    and i + 2 < len(doc)
                    and doc[i + 1].lower_ in lex.genitive
                    and doc[i + 2].lower_ in lex.pair_words
                )
            if (
                not cand.participants
                and not cand.both
                and (noun or reflexive_meeting or _GROUP[etype] in ("office", "travel"))
            ):
                # Unnamed groups ("zwei Minister wurden entlassen", "die Fraktionschefs treffen
                # sich"); for other meeting verbs a subject like "eine Rakete traf …" would be the
                # other sense, so they need a name.
                cand.participants = _unnamed_participants(view, win, i, noun)
                if not cand.participants and noun and reference and _GROUP[etype] == "meet":
                    # "Nach stundenlangen Verhandlungen haben sich die Staats- und Regierungschefs
                    # der EU geeinigt": the group in the plural that acts after them held them.
                    verb = next((j for j in win.tokens if j > i and view._finite(j)), None)
                    if verb is not None and win.pos[verb] - win.pos[i] <= 3:
                        cand.participants = _deliberating_group(view, win, verb, False)
            elif (
                not noun
                and _GROUP[etype] in ("meet", "call")
                and _partner_alone(view, win, i, cand.participants, others=True)
            ):
                # "Die Ministerpräsidenten der Länder kommen mit Kanzler Merz zusammen": the group
                # in the plural meets the partner.
                # "Die Runde um Merz" names no one beside the one it gathers around.
                known = {n for n, _ in cand.participants} | lex.group_nouns
                cand.participants[:0] = [p for p in _deliberating_group(view, win, i, noun) if p[0] not in known]
            elif not cand.participants and not cand.both and vf is not None and vf.generic and etype == "talks":
                # "Die Landeshauptleute haben in Bregenz beraten": a group of people deliberating
                # meets; a single one ("Der Rat berät das Budget") deals with a matter.
                cand.participants = _deliberating_group(view, win, i, noun)
            if noun and _GROUP[etype] == "meet" and not _other_verb_trigger(view, win, i):
                # "EU-Gipfel", "Trump-Putin-Gipfel": the body or people the compound names meet;
                # where a verb of the clause tells a happening there ("trafen sich beim
                # G7-Gipfel"), its people.
                known = {n for n, _ in cand.participants}
                cand.participants += [
                    (n, sp) for n, t, sp in view.parts.get(i, ()) if t in ("PER", "ORG") and n not in known
                ]
            # The date of "bestätigte am Freitag den Besuch" is the confirmation's; that of "war
            # ursprünglich für Oktober geplant" a plan's that no longer holds.
            former = any(doc[j].text in lex.former_plan for j in win.tokens)
            # "hat am Freitag seinen Rücktritt angekündigt": the day is the announcement's.
            # Only the object is announced: "hat bei einem Besuch in Bagdad den Abzug angekündigt"
            # tells a visit that took place.
            announcing = (
                noun
                and opener not in lex.prepositions
                and not reference
                and any(doc[j].lower_ in lex.announcement for j in win.tokens)
            )
            announced = announcing and _GROUP[etype] == "office"
            cand.date = None if reported or topic or former or announced else _date(view, sent, win, i)
            if relative is not None:
                # "…, das Witkoff am Vortag in Moskau mit Putin geführt hatte": its when and where.
                cand.date = cand.date or _date(view, sent, relative, relative.tokens[-1])
                if cand.place is None:
                    held = _place(view, relative, False, relative.tokens[-1])
                    if held is not None:
                        cand.place = (held[0], held[1])
            if ci > 0 and doc[clause.tokens[0]].text.lower() in lex.place_relatives:
                _where_clause(view, sent, ci, cand)
                trip = next((c for c in out if c.clause == ci - 1 and _GROUP[c.type] == "travel"), None)
                if noun and trip is not None and _GROUP[etype] in ("meet", "call"):
                    # "reist nach Paris, wo ein Treffen mit Macron geplant ist": the traveller meets,
                    # and no one else who met before.
                    known = {n for n, _ in cand.participants}
                    cand.participants[:0] = [p for p in trip.participants if p[0] not in known]
                    cand.partner_only = False
            if cand.place is None or cand.date is None:
                anaphor = _place_anaphor(view, sent, win)
                if anaphor is not None and cand.place is None:
                    cand.place = anaphor[:2]
                    if noun and _GROUP[etype] in ("meet", "call"):
                        # "Am Freitag will Selenskyj in Davos sprechen. Dort ist auch ein Treffen mit
                        # Bessent geplant": who is there meets the partner the noun names.
                        there = _subject_at(view, anaphor[2])
                        if there is not None and there[0] not in {n for n, _ in cand.participants}:
                            cand.participants.insert(0, there)
                if anaphor is not None and cand.date is None:
                    # "ist am Dienstag nach Rom gereist. Dort traf er Meloni": there and then, also
                    # where the place is named anew ("Dort wurde er im Kreml empfangen").
                    cand.date = _date_at(view, anaphor[2])
            if controller is not None and (cand.place is None or cand.date is None) and _purpose_clause(view, doc[i]):
                # The clause of purpose hangs on the verb of the journey, if any.
                trip = next((c for c in out if c.trigger == doc[i].head.i and _GROUP[c.type] == "travel"), None)
                if trip is not None:
                    # "reist nächste Woche nach Washington, um mit Lutnick zu verhandeln": there and then.
                    cand.place = cand.place or trip.place
                    cand.date = cand.date or trip.date
            if not noun and cand.place is None and _GROUP[etype] in ("meet", "call") and view._non_finite(i):
                # "will nach Lübbecke kommen und mit Doğan sprechen": talks coordinated with the
                # journey under one modal are held where the journey goes.
                trip = next(
                    (
                        c
                        for c in out
                        if c.clause == ci - 1 and _GROUP[c.type] == "travel" and c.place and view._non_finite(c.trigger)
                    ),
                    None,
                )
                if trip is not None:
                    cand.place = trip.place
            cand.status, cand.strength = _status(view, win, i, tense, cand.date[0] if cand.date else None)
            if announcing or (vf is not None and vf.plan):
                # "kündigte eine Sondersitzung an": what is announced is still to come.
                cand.status = "planned"
            if (noun or etype == "talks") and (
                any(is_medium_name(n, lex.lang) for n, _ in cand.participants)
                or (noun and _medium_after(doc, i, lex.lang))
            ):
                # "äußerte sich im Gespräch mit der FAZ", "in einem Interview mit dem Magazin
                # „The Economist“": talking to a medium is an interview, the channel of what was
                # said, no meeting.
                continue
            out.append(cand)
    return out


def _partner_alone(
    view: _DocView, clause: _Clause, trigger: int, parts: list[tuple[str, Span | None]], *, others: bool = False
) -> bool:
    """Whether the one participant of a noun is the partner after "mit" and, unless ``others``,
    the clause names no other person or body who might be the other side."""
    if len(parts) != 1 or parts[0][1] is None:
        return False
    span = parts[0][1]
    start = view.doc.char_span(span.start, span.end, alignment_mode="expand")
    if start is None or _governor(view, start.start, clause, trigger)[0] != "with":
        return False
    if others:
        return True
    named = {
        id(m)
        for j in clause.tokens
        if (m := view.mention_at.get(j)) is not None and m.type in ("PER", "ORG") and j not in view.speaker_tokens
    }
    return len(named) == 1


def _partner_owner(view: _DocView, clause: _Clause, trigger: int) -> tuple[str, Span] | None:
    """ "ein Treffen mit seinem ägyptischen Kollegen Abdelatty": the one whose colleague the
    partner is meets him, named by the possessive."""
    doc, lex = view.doc, view.lex
    pos = clause.pos.get(trigger)
    if pos is None or pos + 2 >= len(clause.tokens):
        return None
    prep, det = clause.tokens[pos + 1], clause.tokens[pos + 2]
    if doc[prep].lower_ not in lex.partner_preps or doc[det].lower_ not in lex.possessives:
        return None
    owner = _resolve_pronoun(view, det)
    if owner is None or view.type_of_name.get(owner[0]) != "PER":
        return None
    return owner


def _medium_after(doc: Doc, i: int, lang: str) -> bool:
    """Whether the noun at i is followed by "mit" and a medium's name, also one in quotation marks
    that no entity covers ("Im Gespräch mit der „Rheinischen Post“")."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "mit":
        return False
    words: list[str] = []
    for tok in doc[i + 2 : min(len(doc), i + 9)]:
        if tok.is_punct and not words:
            continue  # the opening mark
        if tok.is_punct or not (tok.text[:1].isupper() or tok.text[:1].isdigit()):
            if words:
                break
            continue  # the article
        words.append(tok.text)
    return bool(words) and is_medium_name(" ".join(words), lang)


def _relative_clause_after(view: _DocView, sent: _Sentence, ci: int, trigger: int) -> _Clause | None:
    """The relative clause right after a noun trigger ("das Gespräch, das …") whose verb is a light
    verb of holding it (``lex.light_verbs``); None otherwise."""
    doc, lex = view.doc, view.lex
    if ci + 1 >= len(sent.clauses):
        return None
    nxt = sent.clauses[ci + 1]
    if not nxt.tokens or doc[nxt.tokens[0]].lower_ not in lex.relative:
        return None
    # A verb closing the noun's clause may stand before the comma ("über das Gespräch
    # unterrichten, das …").
    between = [
        j for j in range(trigger + 1, nxt.tokens[0]) if not doc[j].is_space and doc[j].text not in lex.separators
    ]
    if len(between) > _MAX_CLOSING_VERBS or not all(_closing_verb(doc[j]) for j in between):
        return None
    return nxt if _has_light_verb(view, nxt) else None


def _own_phrase_participants(
    view: _DocView, clause: _Clause, trigger: int, participants: list[tuple[str, Span | None]]
) -> list[tuple[str, Span | None]]:
    """Of a reference noun's participants ("vor dem Treffen mit Macron"), those named in its own
    phrase, before the next verb or comma: in "Vor dem Treffen hatte Trump mit Putin
    telefoniert" Putin is the call's, not the meeting's."""
    doc, lex = view.doc, view.lex
    toks = clause.tokens
    end = len(doc)
    for j in toks[clause.pos[trigger] + 1 :]:
        low = doc[j].text.lower()
        if doc[j].text in lex.separators or doc[j].pos_ in ("VERB", "AUX") or low in lex.auxiliaries:
            end = j
            break
    lo, hi = doc[trigger].idx, doc[end].idx if end < len(doc) else len(view.text)
    return [(n, sp) for n, sp in participants if sp is not None and lo <= sp.start < hi]


def _other_verb_trigger(view: _DocView, clause: _Clause, trigger: int) -> bool:
    """Whether the clause has a verb of another happening besides the noun at ``trigger``
    ("Vor dem Treffen hatte Trump … telefoniert")."""
    doc = view.doc
    # A verb whose conditions the clause does not meet ("geeinigt" without a place) tells none.
    return any(
        j != trigger
        and doc[j].text[:1].islower()
        and doc[j].text.lower() in view.lex.verbs
        and _pick_verb(view, view.lex.verbs[doc[j].text.lower()], j, clause.window(j, _WINDOW)) is not None
        for j in clause.tokens
    )


def _where_clause(view: _DocView, sent: _Sentence, ci: int, cand: _Candidate) -> None:
    """ "reist am Mittwoch nach Brüssel, wo sie Kallas treffen soll": a "wo" clause happens at the
    place the clause before it ends with, and on that clause's date unless it names its own."""
    doc, lex = view.doc, view.lex
    before = sent.clauses[ci - 1]
    first = sent.clauses[ci].tokens[0]
    if cand.place is None:
        k = first - 1
        while k >= 0 and doc[k].text in lex.separators:
            k -= 1
        # "reist nach Kiew weiter, wo …": the verb's particle closes the clause after the place.
        if k > 0 and doc[k].text.islower() and k not in view.mention_at and doc[k - 1].i in view.mention_at:
            k -= 1
        m = view.mention_at.get(k)
        place = _mention_place(lex, m) if m is not None and m.end == k + 1 else None
        if m is not None and place is not None:
            cand.place = (place, view.span(m.start, m.end))
    if cand.date is None and before.tokens:
        cand.date = _date(view, sent, before, before.tokens[-1])


def _place_anaphor(view: _DocView, sent: _Sentence, clause: _Clause) -> tuple[str, Span, int] | None:
    """ "… ist in Kiew eingetroffen. Dort will er …": "dort" is the place named last before it,
    in its sentence or the one before (with the token where that place is named); None where
    there is none or it is not clear."""
    doc, lex = view.doc, view.lex
    at = next((i for i in clause.tokens if doc[i].text.lower() in lex.place_anaphors), None)
    if at is None:
        return None
    floor = view.sentences[max(0, sent.index - 1)].start_char
    for m in reversed(view.mentions):
        if m.end > at or doc[m.start].idx < floor:
            continue
        if m.type == "LOC" and not m.pronoun and _after_place_preposition(view, doc[m.start].idx):
            return m.name, view.span(m.start, m.end), m.start
    return None


def _subject_at(view: _DocView, tok: int) -> tuple[str, Span] | None:
    """The person who is the subject of the clause in which token ``tok`` stands."""
    doc = view.doc
    head = doc[tok]
    while head.dep_ not in ("ROOT", "conj") and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    for verb in {head, *(c for c in head.children if c.dep_ == "aux"), head.head}:
        for child in verb.children:
            m = view.mention_at.get(child.i)
            if child.dep_ in ("nsubj", "sb") and m is not None and m.type == "PER":
                return m.name, view.span(m.start, m.end)
    # Where the parse has none: the name opening the sentence, or the one right after its finite
    # verb ("Am Freitag will Selenskyj in Davos sprechen").
    sent = view.sentences[view.sentence_of.get(tok, 0)]
    finite = next((i for i in sent.tokens if _tagged_finite(doc[i])), None)
    for i in (sent.tokens[0], finite + 1 if finite is not None else -1):
        m = view.mention_at.get(i)
        if m is not None and m.start == i and m.type == "PER" and not m.pronoun:
            return m.name, view.span(m.start, m.end)
    return None


def _group_subject(view: _DocView, index: int) -> list[tuple[str, Span | None]]:
    """The unnamed group in the plural that opens sentence ``index`` as its subject ("Die
    EU-Innenminister haben …"), with the body it belongs to; else nothing."""
    if index < 0:
        return []
    doc, lex = view.doc, view.lex
    # Not the place line of a wire report ("Brüssel - Die EU-Innenminister …").
    toks = view.sentences[index].tokens
    toks = toks[_after_opening(view, toks) :]
    finite = next((k for k, i in enumerate(toks) if _tagged_finite(doc[i])), None)
    if finite is None or finite < 2 or doc[toks[0]].lower_ not in lex.definite_articles:
        return []
    phrase = toks[:finite]
    if any(i in view.mention_at and view.mention_at[i].type == "PER" for i in phrase):
        return []
    if not _plural_group(view, phrase):
        return []
    return _group_with_body(view, phrase)


def _speaker_in(view: _DocView, sent: _Sentence) -> tuple[str, Span] | None:
    """The person named in the sentence as the speaker of a statement ("Das teilte Kallas nach
    dem Treffen mit"), where the parse finds no subject."""
    doc = view.doc
    lo, hi = doc[sent.tokens[0]].idx, doc[sent.tokens[-1]].idx + len(doc[sent.tokens[-1]])
    for q in doc._.quotes or []:
        span = getattr(q, "speaker_span", None)
        name = getattr(q, "speaker", None)
        if span is not None and name and lo <= span.start < hi and view.type_of_name.get(name) == "PER":
            return name, span
    return None


def _sentence_date(view: _DocView, index: int) -> tuple[str, Span] | None:
    """The date of the main clause of sentence ``index``: the clause of its first finite verb."""
    finite = next((i for i in view.sentences[index].tokens if _tagged_finite(view.doc[i])), None)
    return _date_at(view, finite) if finite is not None else None


def _date_at(view: _DocView, tok: int) -> tuple[str, Span] | None:
    """The date of the clause in which token ``tok`` stands."""
    sent = view.sentences[view.sentence_of.get(tok, 0)]
    clause = next((c for c in sent.clauses if tok in c.pos), None)
    return _date(view, sent, clause, tok) if clause is not None else None


def _fold(name: str) -> str:
    return " ".join(name.lower().split())


def _names(draft: _Draft) -> set[str]:
    return draft.names


def _compatible(draft: _Draft, cand: _Candidate, lex: _Lexicon, *, anaphor: bool = False) -> bool:
    return _agree(
        draft,
        cand.date[0] if cand.date else None,
        cand.place[0] if cand.place else None,
        cand.status,
        cand.strength,
        lex,
        anaphor=anaphor,
    )


def _same_place(a: str, b: str, lex: _Lexicon) -> bool:
    """The same place, or one inside the other ("Amman" and "Jordanien")."""
    return _fold(a) == _fold(b) or lex.within.get(a) == b or lex.within.get(b) == a


def _agree(
    draft: _Draft,
    date: str | None,
    place: str | None,
    status: EventStatus,
    strength: int,
    lex: _Lexicon,
    *,
    anaphor: bool = False,
) -> bool:
    """Whether a happening with this date, place and status can be the draft's."""
    ev = draft.event
    if date and ev.date and date != ev.date and not (cal.day_within(date, ev.date) or cal.day_within(ev.date, date)):
        return False
    # A definite noun may name the place more narrowly ("in der Nähe von Miami" after "in Florida").
    if not anaphor and place and ev.place and not _same_place(place, ev.place, lex):
        return False
    statuses = {ev.status, status}
    return not ("planned" in statuses and "happened" in statuses and min(draft.strength, strength) > 0)


def _merge(draft: _Draft, cand: _Candidate, view: _DocView) -> None:
    ev = draft.event
    trig = view.span(cand.trigger, cand.trigger + 1)
    if cand.reference:
        draft.reference_starts.add(trig.start)
    if trig.start not in draft.mention_starts:
        draft.mention_starts.add(trig.start)
        ev.mentions.append(trig)
    _add_participants(draft, cand.participants)
    if cand.place and (
        ev.place is None
        or (view.lex.within.get(cand.place[0]) == ev.place and view.type_of_name.get(cand.place[0]) != "ORG")
    ):
        # "reist nach Jordanien … In Amman will sie …": the narrower place of the two; a seat of
        # government ("im Kanzleramt") is where in the city, the city stays the place.
        ev.place, ev.place_span = cand.place[0], cand.place[1]
    if cand.date and (ev.date is None or cal.day_within(cand.date[0], ev.date)):
        # "kommende Woche" first, "für Dienstag, 9. Dezember, angesetzt" after: the day.
        ev.date, ev.date_span = cand.date[0], cand.date[1]
    if cand.strength > draft.strength:
        ev.status, draft.strength = cand.status, cand.strength
    verb_is_exact = not cand.noun and not cand.generic and draft.event.trigger.text[:1].isupper()
    if verb_is_exact and _GROUP[ev.type] == _GROUP[cand.type] and ev.type != cand.type:
        # A verb names the kind of happening more exactly than a noun in another sentence.
        ev.type = cand.type
    draft.sentence = max(draft.sentence, cand.sentence)
    draft.last = max(draft.last, trig.start)
    draft.sentences.add(cand.sentence)


def _add_participants(draft: _Draft, parts: Iterable[tuple[str, Span | None]]) -> None:
    ev, names = draft.event, draft.names
    for name, sp in parts:
        if _fold(name) in names:
            continue
        names.add(_fold(name))
        ev.participants.append(name)
        if sp is not None:
            ev.participant_spans.append(sp)


def _new_draft(cand: _Candidate, view: _DocView, sent: _Sentence) -> _Draft:
    trig = view.span(cand.trigger, cand.trigger + 1)
    ev = Event(
        type=cand.type,
        trigger=trig,
        status=cand.status,
        mentions=[trig],
        sentence=Span(sent.start_char, sent.end_char, view.text[sent.start_char : sent.end_char]),
        article_id=view.doc._.article_id or "",
    )
    if cand.place:
        ev.place, ev.place_span = cand.place[0], cand.place[1]
    if cand.date:
        ev.date, ev.date_span = cand.date[0], cand.date[1]
    draft = _Draft(ev, _GROUP[cand.type], cand.sentence, cand.strength, trig.start, {cand.sentence})
    draft.reference = cand.reference
    draft.mention_starts.add(trig.start)
    _add_participants(draft, cand.participants)
    return draft


def _same_clause_partner(
    drafts: list[_Draft], cand: _Candidate, clause_of: dict[int, tuple[int, int]]
) -> _Draft | None:
    for d in reversed(drafts):
        if cand.sentence not in d.sentences or d.reference:
            continue
        for m in d.event.mentions:
            if m.start in d.reference_starts:
                continue  # "sowohl mit X zusammenkam am Rande des Treffens": another happening
            key = clause_of.get(m.start)
            if key is None or key[0] != cand.sentence:
                continue
            same_group = d.group == _GROUP[cand.type]
            if same_group or (key[1] == cand.clause and (cand.generic or d.event.type == "talks")):
                return d
    return None


def extract_events(doc: Doc, lang: str = "de") -> list[Event]:
    """The events of one processed Doc, one per real happening, in order of first mention."""
    if len(doc) == 0:
        return []
    view = _DocView(doc, lexicon(lang))
    drafts: list[_Draft] = []
    clause_of: dict[int, tuple[int, int]] = {}  # trigger char start -> (sentence, clause)
    for sent in view.sentences:
        cands = _candidates(view, sent)
        for cand in cands:
            clause_of[doc[cand.trigger].idx] = (cand.sentence, cand.clause)
            _place_candidate(drafts, cand, view, sent, clause_of)
        _sideline_setting(drafts, cands, view)
        if _joins(view, sent):
            _join_sentence(drafts, view, sent)
    heads = view.heads

    def unnamed_headline(ev: Event) -> bool:
        # "Neue Regierung angelobt": a headline repeats the text below it, where the happening is
        # told with its names; alone, its unnamed phrase would be an event of its own.
        # A name inside the headline's compound ("EU-Gipfel in Brüssel") is no name of its own.
        return _headline_only(ev, heads) and not any(n in view.named_alone for n in ev.participants)

    def only_places(ev: Event) -> bool:
        # "der Stand der Gespräche mit Moskau": talks with places alone are what is talked
        # about, no meeting of anyone.
        # Two countries that talk with each other stay ("Gespräche zwischen Russland und der
        # Ukraine").
        types = {view.type_of_name.get(n) for n in ev.participants}
        if ev.type != "talks" or types != {"LOC"} or len(ev.participants) > 1:
            return False
        # "Verhandlungen mit Iran soll es geben" tells of talks; "der Stand der Gespräche mit
        # Moskau", "wie die Verhandlungen mit Russland ausgingen" name them as a topic.
        return all(view.text[max(0, m.start - 4) : m.start].strip().lower() in view.lex.definite for m in ev.mentions)

    def office_of_places(ev: Event) -> bool:
        # "wenn die USA den Vorsitz übernehmen": a country holds a chair, no one is appointed.
        return _GROUP[ev.type] == "office" and all(view.type_of_name.get(n) == "LOC" for n in ev.participants)

    events = [
        d.event
        for d in drafts
        if d.event.participants
        and not (heads and unnamed_headline(d.event))
        and not only_places(d.event)
        and not office_of_places(d.event)
    ]
    for ev in events:
        ev.mentions.sort(key=lambda m: m.start)
        if heads:
            _drop_headline_phrases(ev, heads, view)
    return events


def _sideline_setting(drafts: list[_Draft], cands: list[_Candidate], view: _DocView) -> None:
    """ "Am Rande des Treffens sprach Wadephul mit Sybiha": a happening on the sidelines of one
    told before takes its date and place where it names none of its own."""
    doc, lex = view.doc, view.lex

    def draft_of(cand: _Candidate) -> _Draft | None:
        start = doc[cand.trigger].idx
        return next((d for d in drafts if start in d.mention_starts), None)

    refs = {c.clause for c in cands if c.noun and c.reference}
    for cand in cands:
        clause = view.sentences[cand.sentence].clauses[cand.clause]
        opening = [doc[i].text for i in clause.tokens[:2]]
        if cand.clause in refs or len(opening) < 2 or opening[1] not in lex.margin_words:
            continue
        # "Am Rande traf Merz De Wever": on the sidelines of the gathering told just before.
        own = draft_of(cand)
        hosts = [
            d
            for d in drafts
            if d is not own and d.group == "meet" and 0 < cand.sentence - d.sentence <= 2 and _gathering(d, view)
        ]
        if own is not None and hosts:
            _take_setting(own, max(hosts, key=lambda d: (d.sentence, d.last)))
    for ref in cands:
        if not (ref.noun and ref.reference):
            continue
        if not any(doc[j].text in lex.margin_words for j in range(max(0, ref.trigger - 3), ref.trigger)):
            continue
        host = draft_of(ref)
        for cand in cands:
            if cand is ref or cand.clause != ref.clause:
                continue
            own = draft_of(cand)
            setting = host
            if setting is None or not (setting.event.date or setting.event.place):
                # "Merz empfängt Tusk am Freitag. Am Rande des Besuchs trifft Tusk Steinmeier":
                # the visit is the happening just told, whichever word told it.
                setting = next(
                    (
                        d
                        for d in reversed(drafts)
                        if d is not own
                        and d is not host
                        and d.group in ("meet", "travel")
                        and 0 < ref.sentence - d.sentence <= 2
                        and (d.event.date or d.event.place)
                    ),
                    None,
                )
            if own is None or setting is None or own is setting:
                continue
            _take_setting(own, setting)


def _take_setting(own: _Draft, host: _Draft) -> None:
    """The date and place of the happening on whose sidelines another took place, where that one
    names none of its own."""
    ev, hev = own.event, host.event
    if ev.date is None and hev.date is not None:
        ev.date, ev.date_span = hev.date, hev.date_span
    if ev.place is None and hev.place is not None:
        ev.place, ev.place_span = hev.place, hev.place_span


def _drop_headline_phrases(ev: Event, heads: list[tuple[int, int]], view: _DocView) -> None:
    """ "Premier tritt zurück" over "Ministerpräsident Dick Schoof hat seinen Rücktritt erklärt":
    a headline's unnamed phrase stands for the person the text names, so it is no participant of
    its own once a person is named."""
    if not any(view.type_of_name.get(n) == "PER" for n in ev.participants):
        return

    def headline_only(name: str) -> bool:
        spans = [sp for sp in ev.participant_spans if sp.text == name]
        return bool(spans) and all(any(a <= sp.start and sp.end <= b for a, b in heads) for sp in spans)

    dropped = {n for n in ev.participants if view.type_of_name.get(n) is None and headline_only(n)}
    if dropped:
        ev.participants = [n for n in ev.participants if n not in dropped]
        ev.participant_spans = [sp for sp in ev.participant_spans if sp.text not in dropped]


def _place_candidate(
    drafts: list[_Draft], cand: _Candidate, view: _DocView, sent: _Sentence, clause_of: dict[int, tuple[int, int]]
) -> None:
    group = _GROUP[cand.type]
    if cand.both and not cand.participants and not cand.pair_partner:
        # "die beiden Aussenminister", "ein Treffen der beiden", "hatten sich die beiden
        # getroffen": a pair named by role, as the noun's genitive or after an article may look
        # further back than a bare "beide".
        pair = _pair_by_role(view, cand) if cand.pair_noun else None
        far = bool(cand.pair_noun) or (cand.noun and cand.definite is False and cand.both) or _definite_pair(view, cand)
        pair = pair or _last_pair(drafts, cand, view, reach=_PAIR_REACH if far else 1)
        if pair is None:
            return
        cand.participants = pair
        names = {_fold(n) for n, _ in pair}
        toks = view.sentences[cand.sentence].clauses[cand.clause].tokens
        # "Es war das dritte Treffen der beiden in diesem Jahr": what the happening just told was.
        copula = not cand.reference and tuple(view.doc[j].text.lower() for j in toks[:2]) in view.lex.copula_openers
        if (
            cand.date is not None
            and not copula
            and not any(_names(d) >= names and d.event.date == cand.date[0] for d in drafts if d.group == group)
        ):
            # "Zuletzt hatten sich beide Seiten im Oktober getroffen": the pair of the last
            # happening, at another time, meets in a happening of its own.
            drafts.append(_new_draft(cand, view, sent))
            return
    if cand.pair_partner:
        names = {n for n, _ in cand.participants}
        pair = _pair_by_role(view, cand) or _last_pair(drafts, cand, view, reach=_PAIR_REACH, dated=False)
        if pair is not None and not names & {n for n, _ in pair}:
            cand.participants += pair
    if cand.partner_only:
        # "Wadephul kam mit Netanjahu zusammen. Anschließend war ein Treffen mit Herzog
        # geplant": the one who met before meets the partner now.
        met = cand.participants[0][0]
        source: list[_Draft] = []

        def first_person(d: _Draft) -> list[str]:
            names = [n for n in d.event.participants[:1] if view.type_of_name.get(n) == "PER" and n != met]
            if names and d.group in ("meet", "travel"):
                source.append(d)
                return names
            return []

        cand.participants[:0] = _recent_participants(drafts, cand, first_person)
        trip = source[0].event if source else None
        if (
            trip is not None
            and cand.place is None
            and trip.place
            and trip.place_span
            and (trip.status == "happened") == (cand.status == "happened")
        ):
            # "Danach reist er nach Berlin weiter. Ein Treffen mit Merz ist für Mittwoch geplant",
            # "In Peking will er Wang treffen. Auch ein Gespräch mit Han ist geplant": where the
            # journey goes, where the last meeting is.
            cand.place = (trip.place, trip.place_span)
    if cand.they:
        pair = _last_pair(drafts, cand, view, reach=1, dated=False)
        names = {n for n, _ in cand.participants}
        if pair is not None and not names & {n for n, _ in pair}:
            cand.participants[:0] = pair
    if cand.setting and view.tagged:
        who = _subject_at(view, cand.trigger) or _speaker_in(view, sent)
        if who is not None and who[0] not in {n for n, _ in cand.participants}:
            cand.participants.insert(0, who)
    if cand.reference_partner and view.tagged:
        # "Das gab Parmelin nach einem Treffen mit Greer bekannt": who tells what followed it met
        # the partner.
        who = _subject_at(view, cand.trigger) or _speaker_in(view, sent)
        if who is not None and who[0] not in {n for n, _ in cand.participants}:
            cand.participants.insert(0, who)
    partner = None if cand.reference else _same_clause_partner(drafts, cand, clause_of)
    if partner is not None and partner.event.date and cand.date and partner.event.date != cand.date[0]:
        partner = None  # "am Mittwoch mit Fegebank, am Donnerstag mit Thering": two days, two happenings
    if partner is not None and (
        not cand.participants
        or not partner.event.participants
        or _names(partner) & {_fold(n) for n, _ in cand.participants}
        # "Die Landeshauptleute kommen zu einem Gipfel mit Kanzler X zusammen": the group the
        # verb names and the partner its noun names meet in one happening. (In "X trat zurück,
        # zwei Minister wurden entlassen" each office has its own people.)
        or (
            cand.noun
            and group == "meet"
            and partner.group == group
            and not any(view.type_of_name.get(n) for n in partner.event.participants)
        )
    ):
        unnamed_before = not partner.event.participants
        if cand.generic and partner.group != group:
            _merge_generic(partner, cand, view)
        elif not partner.event.participants and partner.group != group and partner.event.type == "talks":
            partner.event.type = cand.type
            partner.group = group
            _merge(partner, cand, view)
        else:
            _merge(partner, cand, view)
        if unnamed_before and partner.event.participants:
            _told_before(drafts, partner, view)
        return
    if cand.another:
        # "ein weiteres Treffen im Januar": a happening of its own; without names of its own,
        # those of the last one meet again.
        if not cand.participants:
            cand.participants = _last_met(drafts, cand)
        drafts.append(_new_draft(cand, view, sent))
        return
    if cand.participants:
        names = {_fold(n) for n, _ in cand.participants}
        for d in reversed(drafts):
            known = _names(d)
            # Shared people make one happening only when one side names no one the other lacks
            # ("Putin trifft Witkoff" twice), not for a chain of different pairs. A verb of
            # talking in general ("habe mit Putin gesprochen") may tell a call already named.
            same_kind = d.group == group or (cand.generic and d.group == "call")
            if same_kind and known & names and (names <= known or known <= names) and _compatible(d, cand, view.lex):
                unnamed = _unnamed_just_before(drafts, cand, view)
                if names < known and _headline_only(d.event, view.heads):
                    # "Merz trifft Modi und Lula" over a body that tells each meeting: the body's
                    # people are those of this one; the others meet in a happening of their own.
                    d.event.participants, d.event.participant_spans, d.names = [], [], set()
                _merge(d, cand, view)
                if unnamed is not None and unnamed is not d:
                    other = unnamed.event
                    if _agree(d, other.date, other.place, other.status, unnamed.strength, view.lex):
                        # The unnamed group just before was these people too: one happening.
                        _absorb(d, unnamed)
                        drafts.remove(unnamed)
                return
        if cand.definite and _antecedent(drafts, cand, view):
            # "des Treffens, des Gastgebers X": a definite noun names a happening already told,
            # and the names around it add to that one.
            return
        unnamed = _unnamed_just_before(drafts, cand, view)
        if unnamed is not None:
            # "Die Spitzen der Koalition kamen zusammen. Stocker, Babler und Meinl-Reisinger
            # berieten …": the names say who the group was.
            unnamed.event.participants = []
            _merge(unnamed, cand, view)
            return
        drafts.append(_new_draft(cand, view, sent))
        return
    # Only a definite noun refers back ("das Treffen"); a verb without names ("es wird
    # verhandelt", "wurden entlassen") may be about anything, so it stays on its own.
    if cand.definite and _antecedent(drafts, cand, view):
        return
    if (
        cand.definite
        and cand.reference
        and group == "meet"
        and view.tagged
        and not _other_verb_trigger(view, sent.clauses[cand.clause], cand.trigger)
    ):
        # "Das teilte Kallas nach dem Treffen mit", no meeting told before: the one who tells
        # what followed the meeting was at it ("trafen sich am Rande des Gipfels" tells its own).
        who = _subject_at(view, cand.trigger) or _speaker_in(view, sent)
        if who is not None:
            cand.participants = [who]
    if cand.definite and group == "meet" and not cand.participants and view.tagged:
        # "Die EU-Innenminister haben sich am Freitag verständigt. Bei dem Treffen in Luxemburg
        # …": the group the sentence before opens with met, then.
        grouped = _group_subject(view, cand.sentence - 1)
        if grouped:
            cand.participants = grouped
            if cand.date is None:
                cand.date = _sentence_date(view, cand.sentence - 1)
    if cand.definite and group == "meet" and not cand.participants:
        # "Merz fliegt zu einem Besuch bei Trump. Das Treffen ist für Donnerstag geplant": the
        # meeting of the visitor and the host.
        cand.participants = _visit_with_host(drafts, cand, view)
    drafts.append(_new_draft(cand, view, sent))


def _last_met(drafts: list[_Draft], cand: _Candidate) -> list[tuple[str, Span | None]]:
    """The people of the latest happening of the candidate's kind a few sentences back."""
    group = _GROUP[cand.type]
    return _recent_participants(drafts, cand, lambda d: d.event.participants if d.group == group else [])


def _visit_with_host(drafts: list[_Draft], cand: _Candidate, view: _DocView) -> list[tuple[str, Span | None]]:
    """The visitor and the host of the latest visit a few sentences back, where it names both."""

    def people(d: _Draft) -> list[str]:
        named = [n for n in d.event.participants if view.type_of_name.get(n) == "PER"]
        return named if d.group == "travel" and len(named) >= 2 else []

    return _recent_participants(drafts, cand, people)


def _recent_participants(
    drafts: list[_Draft], cand: _Candidate, chosen: Callable[[_Draft], list[str]]
) -> list[tuple[str, Span | None]]:
    """The names ``chosen`` takes from the latest happening a few sentences back that gives any,
    each with a span of its own mentions."""
    for d in reversed(drafts):
        if cand.sentence - d.sentence > _ANTECEDENT_SENTENCES:
            break
        names = chosen(d)
        if names:
            spans = d.event.participant_spans
            return [(n, next((sp for sp in spans if sp.text in n), None)) for n in names]
    return []


def _headline_only(ev: Event, heads: list[tuple[int, int]]) -> bool:
    """Whether a happening is (so far) told in a headline alone."""
    return bool(heads) and all(any(a <= m.start and m.end <= b for a, b in heads) for m in ev.mentions)


def _told_before(drafts: list[_Draft], draft: _Draft, view: _DocView) -> None:
    """ "Rubio trifft Umjerow" (headline), then "… sind am Sonntag in Genf zu Gesprächen
    zusammengekommen": a happening that got its names from its clause's verb is the one told
    before with those names, if date, place and status agree; the earlier draft takes it in."""
    names = _names(draft)
    ev = draft.event
    for d in reversed(drafts[: drafts.index(draft)]):
        if d.group != draft.group:
            continue
        known = _names(d)
        if not known & names or not (names <= known or known <= names):
            continue
        if _agree(d, ev.date, ev.place, ev.status, draft.strength, view.lex):
            _absorb(d, draft)
            d.sentence = max(d.sentence, draft.sentence)
            drafts.remove(draft)
            return


def _absorb(draft: _Draft, other: _Draft) -> None:
    """Fold another draft of the same happening into this one: its mentions, date and place."""
    ev, old = draft.event, other.event
    for m in old.mentions:
        if m.start not in draft.mention_starts:
            draft.mention_starts.add(m.start)
            ev.mentions.append(m)
    if old.date and (ev.date is None or cal.day_within(old.date, ev.date)):
        ev.date, ev.date_span = old.date, old.date_span
    if ev.place is None and old.place:
        ev.place, ev.place_span = old.place, old.place_span
    draft.sentences |= other.sentences


def _unnamed_just_before(drafts: list[_Draft], cand: _Candidate, view: _DocView) -> _Draft | None:
    """The meeting or talks told in the sentence before with unnamed participants only, where
    the candidate of the same kind names people."""
    if not drafts or _GROUP[cand.type] != "meet" or cand.reference:
        # "… kündigte Bessent nach Verhandlungen mit He an": the talks a time is given by are
        # another happening than the group's meeting announced before.
        return None
    last = drafts[-1]
    # "ein Telefonat am Vorabend. Erdoğan habe mit Putin gesprochen": talk in general after a
    # call without names is that call.
    call = last.group == "call" and cand.generic and not last.event.participants
    if (
        (last.group != "meet" and not call)
        or cand.sentence - last.sentence != 1
        or not _compatible(last, cand, view.lex)
    ):
        return None
    parts = last.event.participants
    if call:
        return last
    if not parts and last.event.type == cand.type and (last.event.place or last.event.date):
        # "… nach stundenlangen Beratungen im Kanzleramt geeinigt. Merz, Söder und Bas hatten
        # verhandelt": the same happening, told first by where or when, then by who.
        return last
    if not parts or any(view.type_of_name.get(n) for n in parts):
        return None  # no group named at all ("Morgen wird verhandelt"), or names already
    return last


def _pair_by_role(view: _DocView, cand: _Candidate) -> list[tuple[str, Span | None]] | None:
    """ "mit beiden Ministern": the two people named before with that role ("Verteidigungsminister
    Pistorius", "Wirtschaftsministerin Reiche"); None where not exactly two hold it."""
    if not cand.pair_noun:
        return None
    try:
        from lagebild.extractors.entities import role_holders
    except ImportError:  # pragma: no cover - the module ships with the package
        return None
    doc = view.doc
    entities = [e for e in doc._.entities or [] if isinstance(e, Entity)]
    noun = cand.pair_noun.lower()
    # The plural's endings off: "Ministern", "Ministerinnen", "Chefs".
    stems = [noun[: -len(e)] for e in view.lex.plural_role_endings if e and noun.endswith(e)] + [noun]
    before = doc[cand.trigger].idx
    colleagues = {e.name: e for key in view.lex.colleague_roles for e in role_holders(key, entities, before=before)}
    for stem in stems:
        holders = {e.name: e for key in (stem, stem + "in") for e in role_holders(key, entities, before=before)}
        if len(holders) == 1 and len(colleagues.keys() - holders.keys()) == 1:
            # "Dobrindt … mit seinem polnischen Amtskollegen Kierwinski. Beide Minister …": the
            # colleague holds the same office.
            holders |= colleagues
        if len(holders) == 2:
            return [(name, None) for name in holders]
    return None


# How many sentences back "mit beiden Landeschefs" looks for the pair it names.
_PAIR_REACH = 8


def _definite_pair(view: _DocView, cand: _Candidate) -> bool:
    """ "hatten sich die beiden getroffen": the pair word after an article points to the pair
    the text has been about, however many sentences back."""
    doc, lex = view.doc, view.lex
    toks = view.sentences[cand.sentence].clauses[cand.clause].tokens
    return any(
        doc[j].lower_ in lex.pair_words and k > 0 and doc[toks[k - 1]].lower_ in lex.definite_articles
        for k, j in enumerate(toks)
    )


def _last_pair(
    drafts: list[_Draft], cand: _Candidate, view: _DocView, *, reach: int = 1, dated: bool = True
) -> list[tuple[str, Span | None]] | None:
    """The two people of the happening told in this or the sentence before ("Trump telefonierte
    mit Putin. Beide vereinbarten ein Treffen"), else the two people coordinated there ("Ludwig
    und Mikl-Leitner haben sich geeinigt. Bei einem Treffen unterzeichneten beide …"); None where
    it is not exactly two."""
    # By the sentence each happening was last told in: a headline's draft may be older than one
    # the body has just told again.
    for d in sorted(drafts, key=lambda d: d.sentence, reverse=True):
        if cand.sentence - d.sentence > reach:
            break
        if len(d.event.participants) == 2:
            return [(n, None) for n in d.event.participants]
        named = [n for n in d.event.participants if view.type_of_name.get(n)]
        if len(named) == 2:
            # "Die Delegationen der USA und Chinas …": the two the group stands for.
            return [(n, None) for n in named]
    for index in range(cand.sentence, cand.sentence - reach - 1, -1):
        if index < 0:
            continue
        pair = _coordinated_pair(view, view.sentences[index])
        if pair is not None:
            if dated and cand.date is None and index < cand.sentence:
                # "… haben sich am Dienstag geeinigt. Bei einem Treffen unterzeichneten beide …":
                # then, as the sentence that named them says.
                cand.date = _sentence_date(view, index)
            return pair
    return None


def _coordinated_pair(view: _DocView, sent: _Sentence) -> list[tuple[str, Span | None]] | None:
    """Two people named with "und" between them, bracketed asides aside ("Ludwig (SPÖ) und
    Mikl-Leitner (ÖVP)"); None where the sentence has no such pair or more than one."""
    doc, lex = view.doc, view.lex
    aside, _ = view.asides(list(sent.tokens))
    toks = [i for i in sent.tokens if i not in aside]
    people = []
    seen: set[int] = set()
    for k, i in enumerate(toks):
        m = view.mention_at.get(i)
        if m is None or m.start != i or id(m) in seen or m.type != "PER" or m.pronoun:
            continue
        seen.add(id(m))
        people.append((k, m))
    pairs: list[list[tuple[str, Span | None]]] = []
    for (k1, a), (k2, b) in pairwise(people):
        end = next((k for k in range(k1, len(toks)) if toks[k] >= a.end), k1)
        between = [doc[i] for i in toks[end:k2]]
        # "und Niederösterreichs Landeshauptfrau": the second one's role may stand between.
        if (
            a.name != b.name
            and between
            and between[0].text in lex.coordinators
            and len(between) <= 4
            and all(_is_capitalised(t) or _is_adjective_like(t, lex) for t in between[1:])
        ):
            pairs.append([(a.name, view.span(a.start, a.end)), (b.name, view.span(b.start, b.end))])
    return pairs[0] if len(pairs) == 1 else None


def _antecedent(drafts: list[_Draft], cand: _Candidate, view: _DocView) -> bool:
    """Merge into the latest compatible event of the same kind a few sentences back, if any."""
    group = _GROUP[cand.type]
    word = view.doc[cand.trigger].text.lower()
    recent = [d for d in reversed(drafts) if cand.sentence - d.sentence <= _ANTECEDENT_SENTENCES]
    # "den Gipfel" names the summit told as "Gipfel" before, not the talks on its sidelines told
    # last: an event named with the same noun comes first.
    # After that, one of the same type: "dem Rücktritt" is the resignation told before, not the
    # successor's appointment told since.
    same = [
        2 if any(_same_noun(m.text.lower(), word) for m in d.event.mentions) else int(d.event.type == cand.type)
        for d in recent
    ]
    order = [recent[k] for k in sorted(range(len(recent)), key=lambda k: -same[k])]
    for d in order:
        if cand.reference and cand.sentence in d.sentences:
            continue
        if d.group == group and d.event.participants and _compatible(d, cand, view.lex, anaphor=True):
            names = {_fold(n) for n, _ in cand.participants}
            place = cand.place and d.event.place and _fold(cand.place[0]) != _fold(d.event.place)
            if names and not names & _names(d) and place:
                # "Starmer und Merz … am Rande des G20-Gipfels in Johannesburg" after Macron's
                # visit to China: other people at another place are another happening.
                continue
            if names and not names & _names(d) and _only_places(cand, view) and _has_person(d, view):
                # "Die Verhandlungen mit Washington seien …", "Südafrika missbrauche den Gipfel"
                # after a meeting of named people: the country is what the talks are about or
                # who hosts them, not one of the people meeting.
                cand.participants = []
            _merge(d, cand, view)
            return True
    return False


def _only_places(cand: _Candidate, view: _DocView) -> bool:
    return all(view.type_of_name.get(n) == "LOC" for n, _ in cand.participants)


def _has_person(d: _Draft, view: _DocView) -> bool:
    return any(view.type_of_name.get(n) == "PER" for n in d.event.participants)


def _same_noun(a: str, b: str) -> bool:
    """ "Gipfel" and "Gipfels", "G20-Treffen" and "Treffens": one noun, inflected or compounded."""
    short, long_ = sorted((a, b), key=len)
    stem = short[:-1] if len(short) > 4 and short.endswith(("s", "n")) else short
    return len(stem) >= 4 and (long_.startswith(stem) or long_.rsplit("-", 1)[-1].startswith(stem))


def _merge_generic(partner: _Draft, cand: _Candidate, view: _DocView) -> None:
    """ "in einer Telefonschalte … beraten": the format noun keeps its type, the verb adds to it."""
    keep = partner.event.type
    _merge(partner, cand, view)
    partner.event.type = keep


def _join_sentence(drafts: list[_Draft], view: _DocView, sent: _Sentence) -> None:
    """ "Von US-Seite nahm daran auch X teil": X takes part in the happening just named."""
    if not drafts:
        return
    # One takes part in meetings, talks and calls, not in someone's journey, unless one goes along
    # ("Begleitet wurde er von Pistorius").
    along = any(view.doc[i].lower_ in view.lex.companion_verbs for i in sent.tokens)
    targets = [d for d in drafts if d.group in ("meet", "call") or (along and d.group == "travel")]
    if not targets:
        return
    target = max(targets, key=lambda d: (d.sentence, d.last))
    if sent.index - target.sentence > _JOIN_SENTENCES:
        return
    if not target.event.participants:
        # "… Atomgespräche abgehalten. X sprach von konstruktiven Beratungen. Die Delegation
        # leitete Y": an unnamed mention of talks just told is those talks, which Y joins.
        named = [
            d
            for d in targets
            if d.event.participants
            and sent.index - d.sentence <= _JOIN_SENTENCES
            and (d.event.date is None or target.event.date is None or d.event.date == target.event.date)
        ]
        if named:
            target = max(named, key=lambda d: (d.sentence, d.last))
    if _says(view, sent.tokens, view.lex.remote_joins):
        # "Selenskyj war per Video zugeschaltet": one joins the gathering from afar, not a talk
        # of two on its sidelines told since.
        near = [d for d in targets if sent.index - d.sentence <= _JOIN_SENTENCES]
        gatherings = [d for d in near if _gathering(d, view)]
        if gatherings:
            target = max(gatherings, key=lambda d: (d.sentence, d.last))
    # A bracketed aside says who someone is ("Stocker (ÖVP)"): its names take no part.
    aside, _ = view.asides(list(sent.tokens))
    whole = _Clause([i for i in sent.tokens if i not in aside], "main").index()
    place_tokens: set[int] = set()
    parts = _mention_participants(view, whole, -1, False, place_tokens, False)
    # Countries in a list of participants are their attributes ("Kirchner (Argentinien)").
    parts = [(n, sp) for n, sp in parts if view.type_of_name.get(n) != "LOC"]
    # Mentions right after a place preposition are places, not people who took part.
    parts = [(n, sp) for n, sp in parts if sp is None or not _after_place_preposition(view, sp.start)]
    _add_participants(target, parts)
    target.sentence = max(target.sentence, sent.index)
    target.sentences.add(sent.index)


def _gathering(draft: _Draft, view: _DocView) -> bool:
    """A happening of many: a body or group among its participants, or more than two people."""
    parts = draft.event.participants
    return len(parts) > 2 or any(view.type_of_name.get(n) != "PER" for n in parts)


def _after_place_preposition(view: _DocView, char: int) -> bool:
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = view.doc[span.start - 1].text.lower()
    return prev in view.lex.place_at or prev in view.lex.place_to


@Language.factory("lagebild_events_v1", default_config={"lang": "de"})
def make_events(nlp: Language, name: str, lang: str) -> EventsComponent:
    return EventsComponent(lang)


class EventsComponent:
    """Writes ``doc._.events``: typed events with trigger, participants, place, date and status."""

    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        lexicon(lang)  # fail early on broken language data

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lang)
        return doc


__all__: list[str] = ["EventsComponent", "extract_events", "lexicon"]
