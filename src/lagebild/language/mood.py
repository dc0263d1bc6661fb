"""Konjunktiv I and II on finite verbs, as ``Mood=Sub`` in ``token.morph`` (UD convention).

Indirect speech in German news is marked by the subjunctive, so the quote extractor must be able
to trust it. A trained morphologizer sets Mood on most verbs; this component keeps the model's
value and fills in what it leaves unset, or what it calls indicative although the spelling is
subjunctive only ("sei", "wäre", "könne"). Without a model it works from the lexicon and rules in
``lang/<lang>/mood.toml`` alone. It also sets the Tense of finite verbs whose regular spelling shows
it ("reist", "reiste"), which the time extractor reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, MorphAnalysis, Token

from lagebild import lang as langdata
from lagebild.language.lemma import dictionary_form
from lagebild.language.second_tagger import second_tags_of

_VERB_POS = {"VERB", "AUX"}


@dataclass(frozen=True, slots=True)
class MoodData:
    unambiguous: frozenset[str]
    homographs: frozenset[str]
    first_person: frozenset[str]
    third_person: frozenset[str]
    not_verbs: frozenset[str]
    past_endings: tuple[str, ...]
    not_after_noun_endings: tuple[str, ...]
    adverb_endings: tuple[str, ...]
    dental: tuple[str, ...]
    imperative_followers: frozenset[str]
    determiners: frozenset[str]
    subject_relations: frozenset[str]
    aux_relations: frozenset[str]
    konj_ii_openers: tuple[tuple[str, ...], ...]
    weak_plural_endings: tuple[str, ...]
    clause_openers: frozenset[str]
    third_person_subjects: frozenset[str] = frozenset()
    cluster_relations: frozenset[str] = frozenset()
    finite_clause_relations: frozenset[str] = frozenset()
    subordinator_relations: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    not_singular_endings: tuple[str, ...] = ()
    complement_relations: frozenset[str] = frozenset()
    attribute_relations: frozenset[str] = frozenset()
    clause_boundary_pos: frozenset[str] = frozenset()
    finite_tags: frozenset[str] = frozenset()
    not_finite_tags: frozenset[str] = frozenset()
    infinitive_tags: frozenset[str] = frozenset()
    comparison_markers: frozenset[str] = frozenset()
    zu_infinitive_tags: frozenset[str] = frozenset()
    attribute_endings: tuple[str, ...] = ()
    conjunct_relations: frozenset[str] = frozenset()
    outside_field_relations: frozenset[str] = frozenset()
    clause_pron_types: frozenset[str] = frozenset()
    not_plural_endings: tuple[str, ...] = ()
    relative_pron_types: frozenset[str] = frozenset()
    number_ambiguous_subjects: frozenset[str] = frozenset()
    present_endings: tuple[str, ...] = ()
    tense_past_endings: tuple[str, ...] = ()
    strong_past_t: tuple[str, ...] = ()
    present_t: tuple[str, ...] = ()
    present_without_t: frozenset[str] = frozenset()
    auxiliary_lemmas: frozenset[str] = frozenset()
    # (LOWER, POS, MORPH) ids -> whether a word is one of ``_mood_candidates``.
    known_candidates: dict[tuple[int, int, int], bool] = field(default_factory=dict, compare=False)


@cache
def mood_data(lang: str = "de") -> MoodData:
    d = langdata.load(lang, "mood")
    tense = d.get("tense", {})
    return MoodData(
        unambiguous=frozenset(d["unambiguous"]),
        homographs=frozenset(d["first_person_homographs"]),
        first_person=frozenset(d["first_person_pronouns"]),
        third_person=frozenset(d["third_person_pronouns"]),
        not_verbs=frozenset(d["not_verbs"]),
        past_endings=tuple(d["past_endings"]),
        not_after_noun_endings=tuple(d["not_after_noun_endings"]),
        adverb_endings=tuple(d["adverb_endings"]),
        dental=tuple(d["stem_final_dental"]),
        imperative_followers=frozenset(d["imperative_followers"]),
        determiners=frozenset(d["determiners"]),
        subject_relations=frozenset(d["subject_relations"]),
        aux_relations=frozenset(d["aux_relations"]),
        konj_ii_openers=tuple(tuple(o.split()) for o in d["konj_ii_openers"]),
        weak_plural_endings=tuple(d["weak_plural_endings"]),
        clause_openers=frozenset(d["clause_openers"]),
        third_person_subjects=frozenset(d.get("third_person_subjects", ())),
        cluster_relations=frozenset(d.get("cluster_relations", ())),
        finite_clause_relations=frozenset(d.get("finite_clause_relations", ())),
        subordinator_relations=frozenset(d.get("subordinator_relations", ())),
        infinitive_markers=frozenset(d.get("infinitive_markers", ())),
        not_singular_endings=tuple(d.get("not_singular_endings", ())),
        complement_relations=frozenset(d.get("complement_relations", ())),
        attribute_relations=frozenset(d.get("attribute_relations", ())),
        clause_boundary_pos=frozenset(d.get("clause_boundary_pos", ())),
        finite_tags=frozenset(d.get("finite_tags", ())),
        not_finite_tags=frozenset(d.get("not_finite_tags", ())),
        infinitive_tags=frozenset(d.get("infinitive_tags", ())),
        comparison_markers=frozenset(d.get("comparison_markers", ())),
        zu_infinitive_tags=frozenset(d.get("zu_infinitive_tags", ())),
        attribute_endings=tuple(d.get("attribute_endings", ())),
        conjunct_relations=frozenset(d.get("conjunct_relations", ())),
        outside_field_relations=frozenset(d.get("outside_field_relations", ())),
        clause_pron_types=frozenset(d.get("clause_pron_types", ())),
        not_plural_endings=tuple(d.get("not_plural_endings", ())),
        relative_pron_types=frozenset(d.get("relative_pron_types", ())),
        number_ambiguous_subjects=frozenset(d.get("number_ambiguous_subjects", ())),
        present_endings=tuple(tense.get("present_endings", ())),
        tense_past_endings=tuple(tense.get("past_endings", ())),
        strong_past_t=tuple(tense.get("strong_past_t", ())),
        present_t=tuple(tense.get("present_t", ())),
        present_without_t=frozenset(tense.get("present_without_t", ())),
        auxiliary_lemmas=frozenset(tense.get("auxiliary_lemmas", ())),
    )


def is_subjunctive(token: Token) -> bool:
    """Whether ``token`` carries ``Mood=Sub`` (from the model or from this component)."""
    return "Sub" in token.morph.get("Mood", [])


def _neighbours(token: Token) -> list[Token]:
    doc = token.doc
    out = []
    for i in (token.i - 1, token.i + 1):
        if 0 <= i < len(doc) and not doc[i].is_space:
            out.append(doc[i])
    return out


def parsed_subject(token: Token, data: MoodData, parsed: bool | None = None) -> Token | None:
    """The subject of a finite verb from the parse: its own, or for an auxiliary or copula that of
    the verb it serves ("weil ich es behandelt habe": "ich" hangs on "behandelt").

    ``parsed``: whether the Doc has a parse, when the caller knows (spaCy scans the Doc to tell).
    """
    # Only with a parse: children of an unparsed Doc are undefined (and can crash spaCy).
    if not (token.doc.has_annotation("DEP") if parsed is None else parsed):
        return None
    heads = [token]
    if token.dep_ in data.aux_relations and token.head.i != token.i:
        heads.append(token.head)
    for head in heads:
        for child in head.children:
            if child.dep_ in data.subject_relations:
                return child
    return None


def _person_of(subject: Token, data: MoodData) -> int | None:
    low = subject.lower_
    if low in data.first_person:
        return 1
    if low in data.third_person or low in data.third_person_subjects or subject.pos_ in {"NOUN", "PROPN"}:
        return 3
    if subject.pos_ == "ADJ" and subject.text[:1].isupper():
        # A nominalised adjective ("Das Gleiche gelte …", "Der Neue habe …").
        return 3
    # "wir", "ihr", "Sie", a relative pronoun: not the 1st/3rd singular split at stake here.
    return None


def _subject_person(token: Token, data: MoodData, parsed: bool | None = None) -> int | None:
    """1 or 3 when the subject is identifiable, from the parse or from an adjacent pronoun."""
    subject = parsed_subject(token, data, parsed)
    if subject is not None:
        return 1 if subject.lower_ in data.first_person else 3
    for n in _neighbours(token):
        low = n.lower_
        if low in data.first_person:
            return 1
        if low in data.third_person:
            return 3
    return None


def _e_spelling(token: Token, data: MoodData) -> bool:
    """A lowercase word in -e spelt like a present form, by its letters alone."""
    low = token.lower_
    if len(low) < 4 or not low.endswith("e") or low in data.not_verbs or not token.text.islower():
        return False
    if low.endswith((*data.not_after_noun_endings, *data.adverb_endings)):
        # Past forms ("er hatte", "es wurde") and -weise adverbs; stems in t/d that do form a
        # Konjunktiv I ("er arbeite") are listed as homographs instead.
        return False
    # "er sagte" is the indicative past; a stem ending in t/d keeps its -e ("er arbeite").
    return not any(low.endswith(e) and not low[: -len(e)].endswith(data.dental) for e in data.past_endings)


def _looks_like_present_e_form(token: Token, data: MoodData) -> bool:
    """A lowercase -e word standing where a 3rd person verb stands: "er verliere", "nehme sie"."""
    if not _e_spelling(token, data):
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
        # "er günstige Kräfte": an attributive adjective before its noun.
        return False
    return token.lower_.isalpha()


def _first_person_in_clause(token: Token, data: MoodData) -> bool:
    """Whether "ich" stands in the same clause before the token, with no 3rd person pronoun."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 12), -1):
        t = doc[i]
        if t.text in {",", ";", ":"} or (t.is_sent_start and t.lower_ not in data.first_person):
            return t.lower_ in data.first_person
        if t.lower_ in data.third_person:
            return False
        if t.lower_ in data.first_person:
            return True
    return False


def _after_subject_noun(token: Token, data: MoodData) -> bool:
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or not _looks_like_present_e_form(token, data):
        return False
    if token.lower_.endswith(data.not_after_noun_endings):
        return False
    prev, nxt = doc[token.i - 1], doc[token.i + 1]
    return (
        prev.text[:1].isupper()
        and prev.text.isalpha()
        and prev.lower_ not in data.determiners
        and (not prev.is_sent_start or prev.lower_ not in data.not_verbs)
        and nxt.text[:1].islower()
        and nxt.text.isalpha()
    )


def _is_finite_verb_slot(token: Token) -> bool:
    if token.pos_ and token.pos_ not in _VERB_POS:
        return False
    verb_form = token.morph.get("VerbForm", [])
    return not verb_form or "Fin" in verb_form


def subjunctive_by_rule(token: Token, data: MoodData, parsed: bool | None = None) -> bool | None:
    """True/False where the lexicon or the rules decide, None where they cannot tell."""
    low = token.lower_
    if not token.text[:1].isalpha():
        return None
    if token.text[:1].isupper() and not token.is_sent_start:
        # Capitalised inside a sentence: a noun ("das Habe"), not a verb.
        return None
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.is_sent_start and nxt is not None and nxt.text in data.imperative_followers:
        return False
    if low in data.unambiguous:
        # These spellings are subjunctive verbs whatever a tagger calls them ("dürfe" as ADV).
        return True
    if not _is_finite_verb_slot(token):
        return None
    if token.is_sent_start and token.text[:1].isupper():
        # "Habe mich operieren lassen": a first word without subject is the 1st person dropped.
        return None
    person = _subject_person(token, data, parsed)
    if person is None and _first_person_in_clause(token, data):
        # "ich … halte", "ich habe und werde": the 1st person subject stands further back.
        person = 1
    elif person == 3 and _first_person_near(token, data):
        # "Folglich lehne ich … ab" with the adverb parsed as the subject: "ich" beside the verb is it.
        person = 1
    if low in data.homographs:
        return person != 1
    has_tagger = bool(token.pos_)
    if not has_tagger and person is None and _after_subject_noun(token, data):
        # Without a tagger: "Der Verband stelle …", "Zur Panik bestehe keine …" – an -e word right
        # after a noun and before a lowercase word stands in the finite verb's place.
        return True
    if person == 3 and (has_tagger or _looks_like_present_e_form(token, data)):
        if has_tagger:
            # With a tagger, a 3rd person present verb ending in -e is Konjunktiv I; -te is past.
            if not low.endswith("e") or _past(token, data):
                return None
            if any(low.endswith(e) and not low[: -len(e)].endswith(data.dental) for e in data.past_endings):
                return None
        return True
    return None


def _set_mood(token: Token, value: str) -> None:
    feats = token.morph.to_dict()
    feats["Mood"] = value
    if "VerbForm" not in feats:
        feats["VerbForm"] = "Fin"
    token.morph = MorphAnalysis(token.vocab, dict(sorted(feats.items())))


def _past(token: Token, data: MoodData) -> bool:
    """Past by the spelling of the word against its lemma where it shows ("kläre" of "klären" is
    present whatever the model says), else by the model."""
    model = token.morph.get("Tense", [])
    spelled = regular_tense(token.lower_, token.lemma_.lower(), data, model[0] if model else None)
    return spelled == "Past" if spelled is not None else "Past" in model


def _third_person_e_form(token: Token, data: MoodData) -> bool:
    """A tagged 3rd person singular present form in -e is Konjunktiv I whatever Mood the model
    gave it: the indicative would end in -t ("er bestehe" / "er besteht")."""
    m = token.morph
    low = token.lower_
    return (
        low.endswith("e")
        and m.get("Person", []) == ["3"]
        and m.get("Number", []) == ["Sing"]
        and bool(m.get("Tense", []))
        and not _past(token, data)
        and not low.endswith((*data.not_after_noun_endings, *data.adverb_endings))
    )


def _present_e_spelling(token: Token, data: MoodData) -> bool:
    """A lowercase present form in -e ("drohe", "fehle"), which no 3rd person indicative has; not a
    past form by its lemma or the model ("wurde")."""
    return _e_spelling(token, data) and not _past(token, data)


def _first_person_near(token: Token, data: MoodData) -> bool:
    """ "ich" beside the verb or earlier in its clause: a fronted object ("Die Karte habe ich")
    is often parsed as the subject."""
    return any(n.lower_ in data.first_person for n in _neighbours(token)) or _first_person_in_clause(token, data)


def _after_konj_ii_opener(token: Token, data: MoodData) -> bool:
    """A weak past form in a clause opened by "als ob" / "als wenn" is Konjunktiv II ("als ob
    sie nichts merkten"): the comparison is unreal, the indicative past cannot stand there."""
    low = token.lower_
    if not token.text.islower() or not low.endswith(("te", "ten")) or not _is_finite_verb_slot(token):
        return False
    if token.pos_ and token.pos_ not in _VERB_POS:
        return False
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 15), -1):
        t = doc[i]
        if t.text in {",", ";", ":", "."} or (t.is_sent_start and i != token.i):
            return False
        for opener in data.konj_ii_openers:
            n = len(opener)
            if i - n + 1 >= 0 and tuple(x.lower_ for x in doc[i - n + 1 : i + 1]) == opener:
                return True
    return False


def _read_as_other_than_verb(token: Token) -> bool:
    """An adverb or adjective to the model, or a verb without a mood: one the model read as an
    adjective and the second tagger's reading made a verb ("greife")."""
    return token.pos_ in {"ADV", "ADJ"} or (token.pos_ == "VERB" and not token.morph.get("Mood", []))


def _mistagged_e_verb(token: Token, data: MoodData, parsed: bool | None = None) -> bool:
    """ "Die Partei unterstütze den Plan": an -e form the tagger calls an adverb or adjective but
    the parser makes the head of a 3rd person subject is a Konjunktiv I verb (a predicative
    adjective with a subject has a copula beside it and no -e)."""
    low = token.lower_
    if not _read_as_other_than_verb(token) or not token.text.islower():
        return False
    if not (token.doc.has_annotation("DEP") if parsed is None else parsed):
        return False
    if len(low) < 4 or not low.endswith("e") or low in data.not_verbs:
        return False
    if low.endswith((*data.not_after_noun_endings, *data.adverb_endings)):
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (nxt.text[:1].isupper() or nxt.pos_ == "ADJ"):
        # "gemütliche Bar", "große neue Länder": an attributive adjective before its noun.
        return False
    children = list(token.children)
    if any(c.dep_ in data.aux_relations for c in children):
        return False
    subject = next((c for c in children if c.dep_ in data.subject_relations), None)
    if subject is None or _first_person_near(token, data):
        return False
    return subject.lower_ in data.third_person or subject.pos_ in {"NOUN", "PROPN"}


def _e_verb_after_subject(token: Token, data: MoodData, lang: str) -> bool:
    """ "…, man brauche mehr Geld", "…, Russland greife … an": an -e form right after a 3rd person
    subject pronoun, a noun opening its clause or a fronted phrase, which the tagger took for an
    adjective and the parse did not attach to it, is Konjunktiv I where the
    dictionary has it as the present stem of a verb plus -e ("brauche" of "brauchen", "ändere" of
    "ändern"); an adjective does not fit that shape ("offene" of "offen")."""
    low = token.lower_
    if not _read_as_other_than_verb(token) or not token.text.islower() or low in data.not_verbs:
        return False
    if len(low) < 4 or not low.endswith("e") or low.endswith((*data.not_after_noun_endings, *data.adverb_endings)):
        return False
    doc = token.doc
    prev = token.i - 1
    if prev < 0:
        return False
    fronted = _after_fronted_phrase(doc, prev)
    if not (doc[prev].lower_ in data.third_person or _clause_opening_noun(doc, prev, data) or fronted):
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (
        (nxt.text[:1].isupper() and not fronted) or (nxt.pos_ == "ADJ" and nxt.tag_ not in ("ADJD", "ADJA"))
    ):
        # "man offene Fragen": an attributive adjective before its noun; an adverbial one
        # ("brauche dringend mehr Personal") follows a verb. After a fronted phrase the subject
        # may follow ("Ohne Obergrenzen drohe Österreich …").
        return False
    lemma = dictionary_form(low, lang)
    if lemma.endswith(("ern", "eln")):
        # "ändere" and "verhandle" of "ändern" and "verhandeln".
        stems = {lemma[:-1], lemma[:-3] + lemma[-2]}
    elif lemma.endswith("en"):
        stems = {lemma[:-2]}
    else:
        return False
    return low in {stem + "e" for stem in stems} and not _first_person_near(token, data)


def _after_fronted_phrase(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a noun closing a prepositional phrase that opens its sentence, with
    no verb before it: the slot of the finite verb follows ("Ohne Obergrenzen drohe …")."""
    if not doc[i].text[:1].isupper() or doc[i].pos_ not in ("NOUN", "PROPN"):
        return False
    k = i
    while k > 0 and not doc[k].is_sent_start:
        k -= 1
    if doc[k].pos_ != "ADP" or k == i:
        return False
    return not any(doc[j].pos_ in _VERB_POS or doc[j].text in {",", ";", ":"} for j in range(k, i))


def _clause_opening_noun(doc: Doc, i: int, data: MoodData) -> bool:
    """Whether ``doc[i]`` is a name or noun that, with at most an article and adjectives before
    it, opens its clause after a comma or colon or its sentence: the subject slot of ", Russland
    greife …", "Die Bundeswehr brauche mehr Personal, sagte …"."""
    if not (doc[i].text[:1].isupper() and doc[i].text.isalpha()) or doc[i].is_sent_start:
        return False
    k = i - 1
    while k >= 0 and i - k <= 3 and (doc[k].lower_ in data.determiners or doc[k].pos_ == "ADJ"):
        if doc[k].is_sent_start:
            return True
        k -= 1
    return k >= 0 and doc[k].text in {",", ":"}


def _weak_past_of(word: str, lemma: str) -> bool:
    """ "brauchten" of "brauchen", "änderten" of "ändern", "arbeiteten" of "arbeiten"."""
    stems = {lemma[:-2], lemma[:-1]} if lemma.endswith("en") else {lemma[:-1]}
    return any(word in (stem + "ten", stem + "eten") for stem in stems if stem)


def _weak_plural_in_reported_clause(token: Token, data: MoodData, lang: str) -> bool:
    """ "Sie sagte, die Bauern brauchten Regen": in a verb-second clause right after a speech verb
    and its comma, a plural weak form in -ten stands for the Konjunktiv I that would look like the
    indicative ("brauchen"), so it is Konjunktiv II. A verb-final clause ("…, die Regen brauchten")
    is relative or subordinate and left alone, and so is the singular ("brauchte"), which reported
    speech uses for the past."""
    low = token.lower_
    if not token.text.islower() or not low.endswith(data.weak_plural_endings) or not _is_finite_verb_slot(token):
        return False
    if token.pos_ and token.pos_ not in _VERB_POS:
        return False
    if token.lemma_ and not _weak_past_of(low, token.lemma_.lower()):
        # With a lemmatizer only the weak past of the lemma qualifies: "treten" is no past form.
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.is_sent_start:
        return False
    comma = None
    for i in range(token.i - 1, -1, -1):
        t = doc[i]
        if t.text in {",", ":"}:
            comma = i
            break
        if t.is_sent_start or t.text in {";", ".", "!", "?"}:
            return False
    if comma is None or comma + 1 >= token.i:
        return False
    if doc[comma + 1].lower_ in data.clause_openers:
        return False
    # Lazy: the cue lexicon is the quote extractor's, which itself uses this module.
    from lagebild.extractors.quotes import quote_data

    cues = quote_data(lang).cues
    for i in range(comma - 1, max(-1, comma - 8), -1):
        t = doc[i]
        if t.text in {",", ";", ":"}:
            return False
        if t.text.islower() and t.lower_ in cues:
            return True
        if t.is_sent_start:
            return False
    return False


def _finite_clause(members: list[Token], data: MoodData) -> bool:
    """Whether a verb cluster has a subject or a subordinating conjunction: then one of its verbs
    is finite (a conjunct sharing its subject, an imperative or a headline has neither). A clause
    opened by a relative pronoun is finite too, whatever relation the parse gave it ("…, was mir
    nicht gefiel")."""
    for member in members:
        for child in member.children:
            if child.i < member.i and _is_relative(child, data):
                return True
            if child.dep_ in data.finite_clause_relations:
                return True
            if (
                child.dep_ in data.subordinator_relations
                and child.lower_ not in data.infinitive_markers
                and child.lower_ not in data.comparison_markers
            ):
                return True
    return False


def _is_relative(token: Token, data: MoodData) -> bool:
    """A relative pronoun or a phrase it opens ("die", "was", "dessen Chef", "mit denen")."""
    return any(data.relative_pron_types.intersection(t.morph.get("PronType", [])) for t in (token, token.left_edge))


def _infinitives(head: Token, members: list[Token], data: MoodData) -> set[int]:
    """Verbs a marker makes non-finite: the one after "zu" ("zu lesen", "gelesen zu werden") and
    the head of an infinitive or participle complement or attribute."""
    out = set()
    # An uninflected verb as an attribute is a parse error ("es entsteht Streit").
    attribute = (
        head.dep_ in data.attribute_relations and head.i < head.head.i and head.lower_.endswith(data.attribute_endings)
    )
    if head.pos_ in _VERB_POS and (head.dep_ in data.complement_relations or attribute):
        out.add(head.i)
    for member in members:
        for child in member.children:
            if child.dep_ in data.subordinator_relations and child.lower_ in data.infinitive_markers:
                out.add(member.i)
                nxt = child.nbor() if child.i + 1 < len(child.doc) else None
                if nxt is not None and nxt.pos_ in _VERB_POS:
                    out.add(nxt.i)
    return out


def _agrees(verb: Token, members: list[Token], data: MoodData) -> bool:
    """Whether the ending of a would-be finite verb fits the number of its subject: a singular
    subject takes no "-en" form (an infinitive whose modal the parse lost), a plural subject no
    "-t" form (a participle whose auxiliary it lost)."""
    for member in members:
        for child in member.children:
            if child.dep_ not in data.finite_clause_relations:
                continue
            if child.lower_ in data.number_ambiguous_subjects:
                # "die" and "sie" are singular and plural: the model's guess decides nothing.
                return True
            if any(c.dep_ in data.conjunct_relations for c in child.children):
                # "Bund und Länder": coordinated subjects are plural whatever their heads are.
                return not verb.lower_.endswith(data.not_plural_endings)
            number = child.morph.get("Number", [])
            if number == ["Sing"]:
                return not verb.lower_.endswith(data.not_singular_endings)
            if number == ["Plur"] and child.morph.get("Person", []) != ["2"]:
                return not verb.lower_.endswith(data.not_plural_endings)
    return True


def _clause_spans(doc: Doc, data: MoodData) -> tuple[list[int], dict[int, int]]:
    """A span number for every token, new at each punctuation mark, conjunction and sentence start,
    and how many verbs with a mood each span holds: a clause has one finite verb."""
    # Read from arrays: a Token object for every word costs more than the rest.
    strings = doc.vocab.strings
    table = doc.to_array(["SENT_START", "IS_PUNCT", "POS", "MORPH"]).tolist()
    boundary_pos = {strings[p] for p in data.clause_boundary_pos}
    verb_pos = {strings[p] for p in _VERB_POS}
    spans = []
    moods: dict[int, int] = {}
    n = 0
    for sent_start, punct, pos, morph in table:
        if sent_start == 1 or punct or pos in boundary_pos:
            n += 1
        spans.append(n)
        if pos in verb_pos and _feature(strings, morph, "Mood"):
            moods[n] = moods.get(n, 0) + 1
    return spans, moods


_feature_cache: dict[tuple[int, str], frozenset[str]] = {}
_MAX_KNOWN = 200_000


def _feature(strings: StringStore, morph: int, name: str) -> frozenset[str]:
    """The values of feature ``name`` in the analysis with hash ``morph`` (as ``morph.get``)."""
    key = (morph, name)
    values = _feature_cache.get(key)
    if values is None:
        found: frozenset[str] = frozenset()
        if morph:
            for part in strings[morph].split("|"):
                feat, _, value = part.partition("=")
                if feat == name:
                    found = frozenset(value.split(","))
        if len(_feature_cache) >= _MAX_KNOWN:
            _feature_cache.clear()
        values = _feature_cache[key] = found
    return values


def _shares_auxiliary(verb: Token, members: list[Token], data: MoodData) -> bool:
    """ "wurde festgenommen und verurteilt": a lone conjunct of a verb with an auxiliary, with no
    subject or conjunction of its own, shares that auxiliary and is a participle or infinitive
    (unless the tagger calls it finite: "ist geblieben und verwöhnt die Gäste")."""
    first = verb.head
    if verb.dep_ not in data.conjunct_relations or first is verb or first.pos_ not in _VERB_POS:
        return False
    if verb.tag_ in data.finite_tags or _finite_clause(members, data):
        return False
    return any(c.dep_ in data.cluster_relations and c.pos_ in _VERB_POS for c in first.children)


def _conjunct_of_finite_verb(verb: Token, members: list[Token], out: dict[int, bool], data: MoodData) -> bool:
    """ "wenn Freunde kommen und mithelfen", "weil er kam und alles erklärte": a lone verb joined to
    a finite verb that has no auxiliary shares its subject and is finite too (joined to a verb with
    an auxiliary it shares that instead: "hat gegessen und getrunken")."""
    first = verb.head
    if verb.dep_ not in data.conjunct_relations or len(members) > 1 or first.i >= verb.i:
        return False
    if first.pos_ not in _VERB_POS or any(c.dep_ in data.cluster_relations for c in first.children):
        return False
    finite = out.get(first.i, bool(first.morph.get("Mood", [])))
    # The subject or conjunction shows the first verb is a clause's ("zugemacht und gesagt" with
    # neither is two participles whose auxiliary the parse lost).
    return finite and _finite_clause([first], data)


def _shares_later_auxiliary(verb: Token, data: MoodData) -> bool:
    """ "…, die dargestellt und ausgeführt wird": a lone verb the tagger calls non-finite, joined to a
    verb whose auxiliary follows it at the clause end, shares that auxiliary."""
    if verb.tag_ in data.finite_tags:
        return False
    for conjunct in verb.children:
        if conjunct.dep_ not in data.conjunct_relations or conjunct.pos_ not in _VERB_POS:
            continue
        if any(
            c.dep_ in data.finite_clause_relations or c.dep_ in data.subordinator_relations for c in conjunct.children
        ):
            # A clause of its own: "Er kam, und sie wurde begrüßt".
            continue
        if any(
            c.dep_ in data.cluster_relations and c.pos_ in _VERB_POS and c.i > conjunct.i for c in conjunct.children
        ):
            return True
    return False


def _verb_final_main_clause(slot: Token, members: list[Token], data: MoodData) -> bool:
    """Whether the would-be finite verb ends its clause after two or more constituents in a clause
    with no subordinating conjunction, relative or question word: a main clause puts its finite
    verb second ("Gestern hat er …"), so there it is a participle or infinitive ("Alles bestens
    organisiert.", "Zwischenstopp dringend empfohlen!")."""
    before = 0
    for member in members:
        for child in member.children:
            if child.dep_ in data.subordinator_relations:
                return False
            if child.dep_ in data.outside_field_relations or child.dep_ in data.cluster_relations:
                continue
            if child.i > slot.i:
                # Something after the verb: "Der Plan für Berlin steht fest" may be verb-second
                # with a misattached "für Berlin"; a verb-final clause ends with its verb.
                return False
            if any(data.clause_pron_types.intersection(t.morph.get("PronType", [])) for t in (child, child.left_edge)):
                # "die …", "dessen …", "wie …": a relative or question word opens the clause.
                return False
            before += 1
    return before >= 2


def verb_finiteness(doc: Doc, data: MoodData) -> dict[int, bool]:
    """Finiteness the parse decides, by token index: True for the finite verb of a clause the model
    left without a mood, False for a verb with a mood that cannot be finite."""
    out: dict[int, bool] = {}
    if not doc.has_annotation("DEP"):
        return out
    spans, span_moods = _clause_spans(doc, data)
    done: set[int] = set()
    strings = doc.vocab.strings
    pos = doc.to_array("POS").tolist()
    verb_pos = {strings[p] for p in _VERB_POS}
    for i in (i for i, p in enumerate(pos) if p in verb_pos):
        token = doc[i]
        head = token.head if token.dep_ in data.cluster_relations else token
        if head.i in done:
            continue
        done.add(head.i)
        members = [head, *(c for c in head.children if c.dep_ in data.cluster_relations)]
        verbs = sorted((m for m in members if m.pos_ in _VERB_POS), key=lambda m: m.i)
        if not verbs:
            continue
        infinitives = _infinitives(head, members, data)
        # Verb-second or verb-first: an auxiliary before the head is the finite verb ("hat …
        # gelesen", "hat … lesen können"); in a verb-final cluster it is the last ("gelesen hat").
        slot = verbs[0] if any(m.i < head.i for m in members[1:]) else verbs[-1]
        slot_has_mood = bool(slot.morph.get("Mood", []))
        for verb in verbs:
            if (
                verb.i in infinitives
                or verb.tag_ in data.zu_infinitive_tags
                or (len(verbs) == 1 and _shares_auxiliary(verb, members, data))
                or (verb is slot and verb.tag_ not in data.finite_tags and _verb_final_main_clause(verb, members, data))
                # A clause has one finite verb: with the model's mood on the slot, the others of
                # the cluster are infinitives and participles (a comma or "und" between them
                # means the parse joined two clauses).
                or (verb is not slot and slot_has_mood and slot.i not in infinitives and spans[verb.i] == spans[slot.i])
                # The verb an auxiliary serves is never the finite one ("freigeschaltet sein").
                or (verb is head and verb is not slot and spans[verb.i] == spans[slot.i])
                or (len(verbs) == 1 and _shares_later_auxiliary(verb, data))
            ):
                out[verb.i] = False
            elif (
                verb is slot
                and not slot_has_mood
                and (verb.text[:1].islower() or verb.is_sent_start)
                and not span_moods.get(spans[verb.i])
                and (verb.tag_ in data.finite_tags or _agrees(verb, members, data))
                and (_finite_clause(members, data) or _conjunct_of_finite_verb(head, members, out, data))
            ):
                out[verb.i] = True
    return out


def _drop_mood(token: Token) -> None:
    feats = token.morph.to_dict()
    feats.pop("Mood", None)
    if feats.get("VerbForm") == "Fin":
        del feats["VerbForm"]
    token.morph = MorphAnalysis(token.vocab, feats)


def _mark_finite(token: Token) -> None:
    feats = token.morph.to_dict()
    feats["VerbForm"] = "Fin"
    token.morph = MorphAnalysis(token.vocab, dict(sorted(feats.items())))


def _mood_candidates(doc: Doc, data: MoodData) -> list[int]:
    """The tokens whose mood a rule of ``annotate_mood`` may set, a superset read from arrays: a
    model subjunctive, a listed spelling, an untagged word, or an ending the rules look at (-e,
    -ten and the weak plural endings); every other word is left as it is whatever its context."""
    strings = doc.vocab.strings
    endings = ("e", "ten", *data.weak_plural_endings)
    listed = data.homographs | data.unambiguous
    known = data.known_candidates
    out = []
    for i, (space, punct, lower, pos, morph) in enumerate(
        doc.to_array(["IS_SPACE", "IS_PUNCT", "LOWER", "POS", "MORPH"]).tolist()
    ):
        if space or punct:
            continue
        key = (lower, pos, morph)
        candidate = known.get(key)
        if candidate is None:
            low = strings[lower]
            candidate = not pos or low.endswith(endings) or low in listed or "Sub" in _feature(strings, morph, "Mood")
            if len(known) >= _MAX_KNOWN:
                known.clear()
            known[key] = candidate
        if candidate:
            out.append(i)
    return out


def second_finiteness(doc: Doc, data: MoodData, finiteness: dict[int, bool]) -> None:
    """Where the second tagger (HanTa) is sure a verb is finite or not, and the parse left it open
    or the model gave an indicative, its reading decides."""
    second = second_tags_of(doc)
    if second is None:
        return
    strings = doc.vocab.strings
    verb_pos = {strings[p] for p in _VERB_POS}
    telling = data.finite_tags | data.not_finite_tags
    for i, pos in enumerate(doc.to_array("POS").tolist()):
        tag = second.tags[i]
        if pos not in verb_pos or tag not in telling or not second.sure(i):
            continue
        token = doc[i]
        mood = token.morph.get("Mood", [])
        if tag in data.infinitive_tags and "Sub" not in mood and token.morph.get("Tense", []):
            # An infinitive has no tense: one the model gave a word it did not take for a verb
            # ("einsteigen" read as an adjective) would date the clause.
            feats = token.morph.to_dict()
            del feats["Tense"]
            token.morph = MorphAnalysis(token.vocab, feats)
        if tag in data.finite_tags and not mood and i not in finiteness:
            finiteness[i] = True
        elif tag in data.not_finite_tags and mood == ["Ind"]:
            # As for the parse's verdict, only an indicative goes: a subjunctive is the rules' to judge.
            finiteness[i] = False


def annotate_mood(doc: Doc, lang: str = "de") -> Doc:
    data = mood_data(lang)
    finiteness = verb_finiteness(doc, data)
    second_finiteness(doc, data, finiteness)
    dropped = set()
    for i, finite in finiteness.items():
        token = doc[i]
        model_mood = token.morph.get("Mood", [])
        if not finite and model_mood == ["Ind"]:
            # Only the model's indicative goes: a subjunctive is left to the rules below, which
            # the quote extractor relies on.
            _drop_mood(token)
            dropped.add(i)
        elif finite and not model_mood and token.morph.get("VerbForm", []) != ["Fin"]:
            # The Konjunktiv rules below look at finite verbs only.
            _mark_finite(token)
    parsed = doc.has_annotation("DEP")
    # A rule added below must let ``_mood_candidates`` pass the words it can change.
    for i in _mood_candidates(doc, data):
        token = doc[i]
        if i in dropped:
            # "Ohne Obergrenzen drohe Österreich …" parsed as an attribute: not finite to the
            # parse, and yet an -e form in the verb's place after a fronted phrase.
            if _e_verb_after_subject(token, data, lang):
                _set_mood(token, "Sub")
            continue
        model_mood = token.morph.get("Mood", [])
        homograph = token.lower_ in data.homographs
        e_form = not homograph and _present_e_spelling(token, data)
        subject = parsed_subject(token, data, parsed) if homograph or e_form else None
        person = _person_of(subject, data) if subject is not None else None
        if "Sub" in model_mood:
            # The model's subjunctive stands, except for a Konjunktiv I spelling whose parsed
            # subject is "ich": "weil ich es so behandelt habe" is indicative. Other -e forms
            # may be Konjunktiv II, which "ich" takes as well ("ich käme").
            if homograph and (person == 1 or (person is None and _first_person_near(token, data))):
                _set_mood(token, "Ind")
            continue
        if (
            person == 3
            and model_mood
            and _is_finite_verb_slot(token)
            and token.text.islower()
            and not _first_person_near(token, data)
        ):
            # "Er halte das für richtig", "Inzwischen habe die Firma …", "Ohne Einigung drohe ein
            # Stillstand": with a 3rd person subject in the parse a present -e spelling can only be
            # Konjunktiv I, whatever number and mood the model gave it.
            _set_mood(token, "Sub")
            continue
        if (
            e_form
            and subject is None
            and model_mood
            and token.dep_ == "ROOT"
            and not token.is_sent_start
            and _is_finite_verb_slot(token)
            and not _first_person_near(token, data)
        ):
            # "Ohne Einigung drohe eine Haushaltssperre", the subject parsed as an object: a main
            # clause's present -e form after a fronted phrase, with no "ich" to be its subject.
            _set_mood(token, "Sub")
            continue
        if _mistagged_e_verb(token, data, parsed) or _e_verb_after_subject(token, data, lang):
            _set_mood(token, "Sub")
            continue
        if (
            homograph
            and person is None
            and token.i >= 1
            and doc[token.i - 1].pos_ == "PROPN"
            and doc[token.i - 1].is_sent_start
            and token.text.islower()
            and not _first_person_near(token, data)
        ):
            # "Xi habe Merz eingeladen", the parse lost: a name opening the sentence right before
            # the verb is its 3rd person subject.
            _set_mood(token, "Sub")
            continue
        if _after_konj_ii_opener(token, data) or _weak_plural_in_reported_clause(token, data, lang):
            _set_mood(token, "Sub")
            continue
        decision = subjunctive_by_rule(token, data, parsed)
        if decision is None:
            continue
        if decision and (not model_mood or token.lower_ in data.unambiguous or _third_person_e_form(token, data)):
            _set_mood(token, "Sub")
        elif not decision and not model_mood and token.lower_ in data.homographs:
            _set_mood(token, "Ind")
    for i, finite in finiteness.items():
        if finite and not doc[i].morph.get("Mood", []):
            _set_mood(doc[i], "Ind")
    annotate_tense(doc, data)
    return doc


def regular_tense(word: str, lemma: str, data: MoodData, model_tense: str | None = None) -> str | None:
    """The tense a regular spelling of ``lemma`` shows: "reist", "reise", "reisen" are present,
    "reiste", "arbeitete" past; a form in -t is present unless it is a strong past ("hielt");
    None where the spelling does not tell ("fuhr"). Weak Konjunktiv II shares the past spelling,
    and UD calls it Past too."""
    if not word.islower():
        return None
    if lemma.endswith("n") and len(lemma) >= 4:
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        # The plural is spelled as the infinitive; but where the lemmatiser does not know a word
        # it gives the word itself as lemma ("lagen", "freigeschalten"), so the model's past and
        # a participle's "ge" inside rule it out.
        plural = word == lemma and "ge" not in word[1:-4] and model_tense != "Past"
        ending = word[len(stem) :] if word.startswith(stem) else None
        if plural or ending in data.present_endings:
            return "Pres"
        if ending in data.tense_past_endings:
            return "Past"
    # A participle taken for a finite verb ("gebaut", "aufgestellt") says nothing.
    if word.endswith("t") and not word.endswith(data.tense_past_endings) and "ge" not in word[:-2]:
        if word.endswith(data.strong_past_t) and not word.endswith(data.present_t):
            return "Past"
        return "Pres"
    if _strong_past(word, lemma, data):
        return "Past"
    return None


def _strong_past(word: str, lemma: str, data: MoodData) -> bool:
    """A strong past shows a stem its infinitive lacks and no present ending: "starben" of
    "sterben", "kam" of "ankommen" (a separated particle's infinitive: "kommen" of "ankommen" is
    the present). Present forms in -t and the few without it ("wird", "weiß") are not. Needs a
    true lemma: without a dictionary the lemmatizer's guesses would make pasts of anything."""
    if not lemma.endswith("en") or len(lemma) < 5 or word == lemma or word in data.present_without_t:
        return False
    if word.endswith("t") or ("ge" in word[:-2] and "ge" not in lemma):
        return False  # a present in -t, or a participle the model took for a finite verb
    for k in range(len(lemma) - 4):
        base = lemma[k:]
        if word == base or word.startswith(base[:-2]):
            return False
    return True


def annotate_tense(doc: Doc, data: MoodData) -> Doc:
    """Tense of finite full verbs whose spelling shows it, over the model's guess: the time
    extractor reads it to tell "am Donnerstag reist er" (ahead) from "reiste" (past)."""
    # Only verbs are looked at: a Token object for every word costs more than the rule.
    pos = doc.to_array("POS")
    strings = doc.vocab.strings
    # A full verb the tagger calls an auxiliary ("Wadephul (CDU) reist" after a bracket) counts
    # too; the auxiliaries and modals themselves keep the model's reading.
    aux_lemmas = data.auxiliary_lemmas
    for i in numpy.flatnonzero((pos == strings["VERB"]) | (pos == strings["AUX"])).tolist():
        token = doc[i]
        if token.pos_ == "AUX" and (not token.lemma_ or token.lemma_.lower() in aux_lemmas):
            continue
        # The model leaves VerbForm out on many finite verbs; a Mood marks them too, and so does a
        # finite tag where the model gave a tense to correct (no tense is added to a word the
        # mood rules judged not finite).
        form = token.morph.get("VerbForm", [])
        mood = token.morph.get("Mood", [])
        model = token.morph.get("Tense", [])
        tagged = token.tag_ in data.finite_tags and bool(model)
        if (form != ["Fin"] and (form or not (mood or tagged))) or mood == ["Imp"]:
            continue
        tense = regular_tense(token.lower_, token.lemma_.lower(), data, model[0] if model else None)
        if tense is not None and model != [tense]:
            feats = token.morph.to_dict()
            feats["Tense"] = tense
            token.morph = MorphAnalysis(token.vocab, dict(sorted(feats.items())))
    return doc


@Language.factory("lagebild_mood_v1", default_config={"lang": "de"})
def make_mood(nlp: Language, name: str, lang: str) -> MoodComponent:
    return MoodComponent(lang)


class MoodComponent:
    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        mood_data(lang)

    def __call__(self, doc: Doc) -> Doc:
        return annotate_mood(doc, self.lang)
