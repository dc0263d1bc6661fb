"""Actors within one article: persons, organisations and places, every mention merged per actor.

The component works on a tokenizer alone and, when the trained pipeline is there, takes its
``doc.ents`` as a base. Names come from four sources, all language knowledge read from data files
under ``lang/<lang>/``: gazetteers of places and organisations (``names_places``, ``names_orgs``),
role nouns before names ("Kremlsprecher Dmitri Peskow", ``roles``), first names before a
capitalised word (``names_first``) and surnames already seen in the article ("Peskow",
"Rubios"). Role phrases give each person roles with affiliation ("US-Präsident" -> USA) and
relation ("Berater von Putin"); role phrases alone ("der ukrainische Präsident") and subject
pronouns ("Er gilt als …") become mentions only where they point to one person without doubt.

``entity_at`` and ``resolve_reference`` answer, for other components, which actor a span names.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import deque
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from lagebild import lang as langdata
from lagebild.language.doctext import text_of
from lagebild.language.layout import paragraphs as layout_paragraphs
from lagebild.language.lemma import compound_splits, dictionary_form, dictionary_word, lower_case_word
from lagebild.language.second_tagger import lexicon_tags, second_tags_of
from lagebild.records import Entity, EntityType, Role, Span

DEFAULT_LANG = "de"
# Longest gazetteer form, in tokens, tried at each position.
_MAX_FORM_TOKENS = 8
# A middle initial: "Donald J. Trump".
_INITIAL = re.compile(r"^[^\W\d_]\.$")
# A regnal number after a name: "Heinrich VIII.", "Martin V.".
_REGNAL = re.compile(r"^[IVX]{1,5}\.$")
# A hashtag or account name in posts and feeds: "#Hamburg", "@BILD_Sport".
_TAG = re.compile(r"^[#@][^\W_][\w.-]*$")
# A web address standing for a publisher: "spiegel.de", "presseportal.de".
_DOMAIN = re.compile(r"^[\w-]{2,}\.(?:de|at|ch|com|net|org|eu|info)$", re.IGNORECASE)
# Tokens that may end a name a verb of saying points to, and that may come before it.
_NAME_END = frozenset('.,:;!?()"“”«»')
_SPEECH_BEFORE = frozenset(',"“”«»')
_NAME_START = frozenset('"„“«»:(')
_QUOTES = frozenset('"„“”«»')
# A name with an apostrophe after its first letter: "O’Brien", "D’Alema".
_APOSTROPHE_NAME = re.compile(r"^[A-ZÄÖÜ][’'][A-ZÄÖÜ]")
# The endings by which German declines the words of a name ("Neuen", "Rundfunks", "Bundes").
_CASE_ENDINGS = ("en", "em", "er", "es", "e", "s", "n")
# A capitalised word with an adjective's ending: "Deutsche", "Freien", "Berliner".
_CAP_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es|en|em)$")
# An ordinal before a club ("1. FC Köln") and a year of founding after it ("Schalke 04").
_ORDINAL = re.compile(r"^\d\.$")
_CLUB_YEAR = re.compile(r"^\d\d$")
# Two to six letters, capitals at both ends ("BVG", "DGfKM"); at most one small letter, see
# ``_Analysis._abbreviation``.
_ABBREVIATION = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜa-zäöüß]{0,4}[A-ZÄÖÜ]$")
_SMALL_LETTER = re.compile(r"[a-zäöüß]")
_ROMAN = re.compile(r"^[IVXLC]+$")
_DATELINE_AFTER = frozenset(":(-–")
# A place line opening a report's first paragraph: "Kananaskis. ", "Washington/Kiew – " (not
# before a bracket: "Müller (SPD) sagte" opens with a name).
_PLACE_LINE = re.compile(r"([A-ZÄÖÜ][\w\-]+(?:/[A-ZÄÖÜ][\w\-]+)*)(?:\.\s+(?=[A-ZÄÖÜ])|\s+[-–]\s)")
# Signs joining legal forms: "GmbH & Co. KG".
_FORM_JOINERS = frozenset("&+")
# Quotation marks around a title; straight and single ones close as well as open.
_TITLE_OPEN = frozenset({"„", '"', "«", "»", "‚", "“"})
_TITLE_CLOSE = frozenset({"“", "”", '"', "»", "«", "‘", "’"})
# Dependency labels of a separated verb particle ("ruft … zurück").
_PARTICLE_DEPS = frozenset({"compound:prt", "svp"})
# The longest name (in tokens) taken from between quotation marks after an organisation noun.
_MAX_QUOTED_NAME = 6
# Sentences looked back for the antecedent of a pronoun.
_PRONOUN_LOOKBACK = 2


@dataclass(frozen=True, slots=True)
class _Known:
    """A gazetteer entry: canonical name and type."""

    name: str
    type: EntityType


@dataclass(frozen=True, slots=True)
class _RoleHead:
    head: str  # lower-cased head as listed
    endings: tuple[str, ...]
    relational: bool


@dataclass(frozen=True, slots=True)
class _RoleMatch:
    key: str  # the role noun without affiliation prefix and ending, lower-cased
    ending: str
    feminine: bool
    adjectival: bool
    relational: bool
    affiliation: _Known | None
    # Character span (relative to the token) of a prefix naming the affiliation ("US", "Kreml").
    prefix_span: tuple[int, int] | None


class _Lexicon:
    """Everything the component knows about one language, loaded once from its data files."""

    def __init__(self, lang: str) -> None:
        places = langdata.load(lang, "names_places")
        orgs = langdata.load(lang, "names_orgs")
        roles = langdata.load(lang, "roles")
        first = langdata.load(lang, "names_first")
        rules = langdata.load(lang, "names_rules")
        misc = langdata.load(lang, "names_misc")

        self.forms: dict[tuple[str, ...], _Known] = {}
        self.spellings = langdata.spelling_groups(lang)
        # Canonical name -> its variant spelling, worked out once per name: known() is hot.
        self._respelled: dict[str, tuple[str, ...]] = {}
        self.by_name: dict[str, _Known] = {}
        self.adjectives: dict[str, _Known] = {}
        for p in places["place"]:
            known = _Known(p["name"], "LOC")
            self.by_name.setdefault(p["name"], known)
            for form in p["forms"]:
                self.forms.setdefault(tuple(form.split()), known)
            for adj in p.get("adjectives", []):
                self.adjectives[adj.lower()] = known
        # Organisations win over places of the same form ("Vatikan" the state is the Holy See).
        # Name -> its forms of several words, the name first, then in file order: the nominative
        # comes first ("Weißes Haus" before "Weiße Haus", "Neue Zürcher Zeitung" before "Neuen …").
        self.written_out: dict[str, tuple[str, ...]] = {}
        for o in orgs["org"]:
            known = _Known(o["name"], "ORG")
            self.by_name[o["name"]] = known
            for form in o["forms"]:
                self.forms[tuple(form.split())] = known
            self.written_out[o["name"]] = tuple(dict.fromkeys(f for f in (o["name"], *o["forms"]) if " " in f))
        # Other names (currencies, indices, languages) yield to places and organisations of the same form.
        for m in misc["misc"]:
            known = _Known(m["name"], "MISC")
            self.by_name.setdefault(m["name"], known)
            for form in m["forms"]:
                self.forms.setdefault(tuple(form.split()), known)
        for language in misc["languages"]:
            self.forms.setdefault((language,), _Known(language, "MISC"))
        self.currency_after_amount: dict[str, str] = dict(misc["after_amount"])
        self.amount_words = frozenset(misc["amount_words"])
        # Every form of an event head -> (nominative, gender).
        self.event_heads: dict[str, tuple[str, str]] = {
            form: (row[0], row[1]) for row in misc["event_heads"] for form in (row[0], *row[2:])
        }
        self.adjective_nominative: dict[str, str] = dict(misc["adjective_nominative"])
        self.adjective_inflections = tuple(misc["adjective_endings"])
        self.work_nouns = frozenset(misc["work_nouns"])
        self.work_noun_endings = tuple(misc["work_noun_endings"])
        self.max_title_tokens = int(misc["max_title_tokens"])
        self.ambiguous = frozenset(places.get("ambiguous", []))
        for amb in self.ambiguous:
            self.forms.setdefault((amb,), _Known(amb, "LOC"))
        self.forms_folded = {tuple(w.casefold() for w in k): v for k, v in self.forms.items()}
        self.form_starts = (
            frozenset(k[0] for k in self.forms)
            | frozenset(k[0] for k in self.forms_folded)
            # The inflected adjective opening a name: "Demokratischen" of "Demokratische Republik Kongo".
            | frozenset(k[0] + "n" for k in self.forms if len(k) > 1 and k[0].endswith("e"))
        )
        self.max_form = min(_MAX_FORM_TOKENS, max(len(k) for k in self.forms))
        self.org_heads: dict[str, str] = {}
        for row in orgs.get("org_heads", []):
            for form in row:
                self.org_heads[form] = row[0]
        self.org_joiners = frozenset(orgs.get("org_joiners", []))
        self.position_heads = frozenset(orgs.get("position_heads", []))
        self.position_prepositions = frozenset(orgs.get("position_prepositions", []))
        self.compound_org_prefixes = tuple(orgs.get("compound_org_prefixes", []))
        hyphen_heads = set(orgs.get("hyphen_org_heads", []))
        self.hyphen_org_heads = {
            form: row[0] for row in orgs.get("org_heads", []) if row[0] in hyphen_heads for form in row
        }
        self.compound_org_endings = _head_endings(orgs, "compound_org_heads")
        self.field_org_endings = _head_endings(orgs, "field_org_heads")
        self.field_org_openers = frozenset(orgs.get("field_org_openers", []))
        self.name_inner = self.org_joiners | frozenset(rules["particles"]) | frozenset(rules["context"]["coordinators"])
        self.club_prefixes = frozenset(orgs.get("club_prefixes", []))
        self.quoted_media: dict[tuple[str, ...], str] = {
            tuple(form.split()): row[0] for row in orgs.get("quoted_media", []) for form in row[1:]
        }
        self.org_head_endings = tuple(orgs.get("org_head_endings", []))
        # Longest ending first: "gerichtshof" before "hof".
        self.org_head_genders = sorted(
            ((str(e), str(g)) for e, g in orgs.get("org_head_genders", [])), key=lambda kv: -len(kv[0])
        )
        self.place_head_endings = tuple(orgs.get("place_head_endings", []))
        self.place_org_prefixes = frozenset(orgs.get("place_org_prefixes", []))
        self.org_field_stops = frozenset(orgs.get("org_field_stops", []))
        self.org_field_joiners = frozenset(orgs.get("org_field_joiners", []))

        classes: dict[str, list[str]] = roles["classes"]
        relational = {r.lower() for r in roles["person"]["relational"]}
        heads: list[_RoleHead] = []
        self.adjectival_heads: set[str] = set()
        for cls, words in roles["heads"].items():
            for word in words:
                heads.append(_RoleHead(word.lower(), tuple(classes[cls]), word.lower() in relational))
                if cls == "adjectival":
                    self.adjectival_heads.add(word.lower())
        self.heads = sorted(heads, key=lambda h: -len(h.head))
        self.role_tails: dict[str, tuple[_RoleHead, str]] = {}
        for h in reversed(self.heads):  # longer heads overwrite shorter ones with the same tail
            for ending in h.endings:
                self.role_tails[h.head + ending] = (h, ending)
        self.max_tail = max(len(t) for t in self.role_tails)
        self._role_cache: dict[str, _RoleMatch | None] = {}
        self.feminine_endings = frozenset(classes.get("feminine_endings", []) or roles["classes"]["feminine_endings"])
        self.not_roles = frozenset(w.lower() for w in roles["person"]["not_roles"])
        self.member_epithets = frozenset(roles["person"].get("member_epithets", []))
        self.other_office_prefixes = tuple(roles["person"].get("other_office_prefixes", []))
        self.honor_f = frozenset(roles["person"]["honorifics_feminine"])
        self.honor_m = frozenset(roles["person"]["honorifics_masculine"])
        self.titles = frozenset(roles["person"]["titles"])
        self.compound_prefixes: dict[str, str] = dict(roles.get("compound_prefixes", {}))
        phrase = roles["phrase"]
        self.relation_words = frozenset(phrase["relation_words"])
        self.role_coordinators = frozenset(phrase["coordinators"])
        self.genitive_articles = frozenset(phrase["genitive_articles"])
        self.complement_prepositions = frozenset(phrase["complement_prepositions"])
        self.complement_articles = frozenset(phrase["complement_articles"])
        self.adjective_endings = tuple(phrase["adjective_endings"])
        self.modifiers = frozenset(phrase["modifiers"])

        self.first_female = frozenset(n.casefold() for n in first["female"])
        self.first_male = frozenset(n.casefold() for n in first["male"])
        single_forms = {k[0].casefold() for k in self.forms if len(k) == 1}
        # A first name that is also a place ("Paris") never opens a person name on its own.
        self.first_names = (self.first_female | self.first_male) - single_forms
        # The long list only opens "given name + surname"; a name standing alone needs the short one.
        more = langdata.load(lang, "names_first_more") if langdata.has(lang, "names_first_more") else {}
        self.more_female = frozenset(n.casefold() for n in more.get("female", [])) - self.first_male
        self.more_male = frozenset(n.casefold() for n in more.get("male", [])) - self.first_female
        self.more_first_names = (
            self.more_female | self.more_male | {n.casefold() for n in more.get("either", [])}
        ) - single_forms

        self.known_persons: dict[tuple[str, ...], str] = {
            tuple(name.split()): gender for name, gender in langdata.load(lang, "names_persons")["persons"]
        }
        self.particles = frozenset(rules["particles"])
        self.capitalised_particles = frozenset(rules["capitalised_particles"])
        self.patronymic_particles = frozenset(rules.get("patronymic_particles", []))
        self.particle_followers = frozenset(rules["particle_followers"])
        self.article_particles = frozenset(rules.get("article_particles", ()))
        self.name_suffixes = frozenset(rules["name_suffixes"])
        self.particle_openers = sorted((tuple(o) for o in rules["particle_openers"]), key=lambda o: -len(o))
        # The runs of several particles that a name holds ("von der", "van den", "de la").
        self.particle_runs = frozenset(o for o in self.particle_openers if len(o) > 1) | frozenset(
            tuple(r) for r in rules.get("particle_runs", [])
        )
        joined = "|".join(sorted((re.escape(p) for p in rules["joined_particles"]), key=len, reverse=True))
        self.joined_particle = re.compile(rf"^(?:{joined})([A-ZÄÖÜ]\w+)$") if joined else None
        arts = rules["articles"]
        self.definite = frozenset(arts["definite"])
        self.indefinite = frozenset(arts["indefinite"])
        self.feminine_articles = frozenset(arts["feminine"])
        self.plural_s_articles = frozenset(arts.get("plural_s", ()))
        self.masc_nominative = frozenset(arts["masculine_nominative"])
        self.fem_nominative = frozenset(arts["feminine_nominative"])
        self.possessives = frozenset(arts["possessive"])
        self.place_only_preps = frozenset(rules.get("place_only_preps", ()))
        self.singular_oblique = frozenset(arts["singular_oblique"])
        self.demonstratives = frozenset(arts.get("demonstratives", []))
        self.determiners = (
            self.definite | self.indefinite | self.possessives | self.masc_nominative | self.fem_nominative
        )
        self.event_articles = self.determiners | frozenset(misc["event_articles"])
        pron = rules["pronouns"]
        self.pron_subject = dict.fromkeys(pron["masculine_subject"], "m") | dict.fromkeys(pron["feminine_subject"], "f")
        self.pron_other = dict.fromkeys(pron["masculine_other"], "m") | dict.fromkeys(pron["feminine_other"], "f")
        self.object_pronouns = frozenset(pron.get("object", ()))
        # First words of mentions that are no names: pronouns and role phrases ("er", "der Präsident").
        self.not_name_openers = frozenset(self.pron_subject) | frozenset(self.pron_other) | self.determiners
        self.plural_endings = tuple(pron["plural_verb_endings"])
        self.plural_verbs = frozenset(pron["plural_verbs"])
        self.singular_verbs = frozenset(pron["singular_verbs"])
        ctx = rules["context"]
        self.demonym_endings = tuple(sorted(ctx.get("demonym_endings", []), key=len, reverse=True))
        self.demonyms = frozenset(ctx.get("demonyms", []))
        self.prepositions = frozenset(ctx["prepositions"])
        self.place_prepositions = frozenset(ctx["place_prepositions"])
        self.coordinators = frozenset(ctx["coordinators"])
        self.not_names = frozenset(ctx["not_names"])
        self.name_signs = frozenset(ctx.get("name_signs", []))
        self.name_tags = frozenset(ctx.get("name_tags", []))
        self.noun_tags = frozenset(ctx.get("noun_tags", []))
        self.name_deps = frozenset(ctx.get("name_deps", []))
        self.noun_suffixes = tuple(ctx["noun_suffixes"])
        self.never_name_endings = tuple(ctx.get("never_name_endings", []))
        self.name_compound_heads = tuple(ctx.get("name_compound_heads", []))
        self.compound_noun_tags = frozenset(ctx.get("compound_noun_tags", []))
        self.role_surnames = frozenset(ctx.get("role_surnames", []))
        self.district_heads = {form: row[0] for row in ctx.get("district_heads", []) for form in row}
        # A common-noun ending after at least three letters of stem.
        self.noun_suffix_re = re.compile(
            r"^.{3,}(?:" + "|".join(re.escape(x) for x in sorted(self.noun_suffixes, key=len, reverse=True)) + r")$"
        )
        self.patronymic_endings = tuple(ctx["patronymic_endings"])
        # An adjective's derivational suffix before its inflection: "europä-isch-e", "frei-e".
        self.adjective_suffix_re = re.compile(
            r"(?:" + "|".join(re.escape(x) for x in ctx.get("adjective_suffixes", [])) + r")(?:e|er|es|en|em)$"
        )
        self.surname_endings = tuple(ctx["surname_endings"])
        self.adverb_endings = tuple(ctx.get("adverb_endings", []))
        self.translit = [(re.compile(a), b) for a, b in rules["spelling"]["variants"]]
        # Each name is compared with every other of its article: its key is worth keeping.
        self._translit_keys: dict[str, str] = {}
        cues = rules.get("cues", {})
        self.speech_verbs = frozenset(cues.get("speech_verbs", []))
        self.frame_verbs = self.speech_verbs | frozenset(cues.get("frame_verbs", []))
        self.frame_lemmas = frozenset(cues.get("frame_lemmas", []))
        self.framed_speech_verbs = frozenset(cues.get("framed_speech_verbs", []))
        self.opening_adverbs = frozenset(ctx.get("opening_adverbs", []))
        self.speech_after_comma = frozenset(cues.get("speech_after_comma", []))
        self.human_subject_verbs = frozenset(cues.get("human_subject_verbs", []))
        self.human_subject_forms = frozenset(cues.get("human_subject_forms", []))
        self.org_subject_verbs = frozenset(cues.get("org_subject_verbs", []))
        self.shared_particle_verbs = frozenset(cues.get("shared_particle_verbs", []))
        self.verb_form_endings = tuple(sorted(cues.get("verb_form_endings", []), key=len, reverse=True))
        self.person_relation_nouns = frozenset(cues.get("person_relation_nouns", []))
        self.place_nouns = frozenset(cues.get("place_nouns", []))
        self.place_name_openers = frozenset(cues.get("place_name_openers", []))
        self.place_noun_endings = tuple(cues.get("place_noun_endings", []))
        self.org_nouns = frozenset(cues.get("org_nouns", []))
        self.org_noun_endings = tuple(n.lower() for n in self.org_nouns)
        # Endings of compounds that may be names though both parts are common words: surnames,
        # places and bodies ("Hörmann", "Wolfsburg", "Völkerbund", "Arbeitsagentur").
        self.name_compound_endings = self.name_compound_heads + self.org_head_endings + self.org_noun_endings
        self.legal_forms = frozenset(cues.get("legal_forms", []))
        self.not_org_abbreviations = frozenset(cues.get("not_org_abbreviations", []))
        self.not_alone = frozenset(n.casefold() for n in cues.get("not_alone", []))
        self.saints = frozenset(cues.get("saints", []))
        self.street_endings = tuple(cues.get("street_endings", []))
        self.place_head_words = frozenset(cues.get("place_head_words", []))
        self.org_head_words = frozenset(cues.get("org_head_words", []))
        self.apostrophe_genitive_endings = tuple(cues.get("apostrophe_genitive_endings", []))
        self.not_streets = frozenset(cues.get("not_streets", []))

    # -- single-word tests -------------------------------------------------------------------

    def known(self, words: tuple[str, ...]) -> _Known | None:
        hit = self.forms.get(words)
        if hit is None and all(w.isupper() and len(w) > 2 for w in words):
            # Names set in capitals ("RUSSLAND") in headlines and wire copy.
            hit = self.forms_folded.get(tuple(w.casefold() for w in words))
        if hit is None and len(words) > 1 and words[0].endswith("en") and words[0][:1].isupper():
            # The adjectives of a name after an article or preposition: "in der Demokratischen
            # Republik Kongo", "der Zentralafrikanischen Republik".
            last = len(words) - 1
            hit = self.forms.get(tuple(w[:-1] if k < last and w.endswith("en") else w for k, w in enumerate(words)))
        if hit is None and len(words) == 1 and (joined := self.hyphen_joined(words[0])) is not None:
            hit = self.forms.get((joined,))
        if hit is not None and self.spellings:
            hit = self._as_written(hit, words)
        return hit

    @staticmethod
    def hyphen_joined(word: str) -> str | None:
        """A compound written with a hyphen as the lists write it, joined: "Gaza-Streifen" ->
        "Gazastreifen"; None for other words."""
        head, sep, tail = word.partition("-")
        if not sep or "-" in tail or not (head[:1].isupper() and tail[:1].isupper() and tail[1:].islower()):
            return None
        return head + tail.lower()

    def _as_written(self, hit: _Known, words: tuple[str, ...]) -> _Known:
        """The name in the spelling of the text: "Grossbritannien" in Swiss copy, where the data
        says "Großbritannien"."""
        others = self._respelled.get(hit.name)
        if others is None:
            others = self._respelled[hit.name] = tuple(
                dict.fromkeys(langdata.respell(hit.name, group) for group in self.spellings)
            )
        for other in others:
            if other == hit.name:
                continue
            changed = [o for n, o in zip(hit.name.split(), other.split(), strict=False) if n != o]
            if any(w.startswith(o) for o in changed for w in words):
                return replace(hit, name=other)
        return hit

    def is_first_name(self, word: str, alone: bool = False) -> bool:
        """A given name; ``alone``: one common enough to name a person without a surname."""
        if not word[:1].isupper():
            return False
        folded = word.casefold()
        if folded in self.first_names or (not alone and folded in self.more_first_names):
            return True
        # Double first names: "Hans-Ulrich", "Anna-Lena".
        parts = folded.split("-")
        return len(parts) == 2 and all(p in self.first_names for p in parts)

    def joined_surname(self, word: str) -> str | None:
        """The surname in a word joined to its particle ("al-Assad", "Al-Assad" -> "Assad"), else None."""
        if self.joined_particle is None or len(word) < 4:
            return None
        m = self.joined_particle.match(word[0].lower() + word[1:])
        return m.group(1) if m else None

    def gender_of_first(self, word: str) -> str | None:
        w = word.casefold()
        f, m = w in self.first_female, w in self.first_male
        if not (f or m):
            f, m = w in self.more_female, w in self.more_male
        return "f" if f and not m else "m" if m and not f else None

    def role(self, word: str) -> _RoleMatch | None:
        if word in self._role_cache:
            return self._role_cache[word]
        result = self._role(word)
        if len(self._role_cache) < 200_000:
            self._role_cache[word] = result
        return result

    def _role(self, word: str) -> _RoleMatch | None:
        low = word.lower()
        if not word[:1].isupper() or low in self.not_roles or len(word) < 3:
            return None
        # The longest listed head (with an ending of its class) that ends the word.
        for cut in range(max(0, len(low) - self.max_tail), len(low)):
            hit = self.role_tails.get(low[cut:])
            if hit is not None:
                if 0 < cut < 3 and "-" not in low[:cut]:
                    # One or two letters are no compound's first part: "Demir" is no "Emir".
                    return None
                h, ending = hit
                stem = word[: len(word) - len(ending)] if ending else word
                return self._role_match(word, stem, h, ending)
        return None

    def _role_match(self, word: str, stem: str, h: _RoleHead, ending: str) -> _RoleMatch:
        affiliation: _Known | None = None
        prefix_span: tuple[int, int] | None = None
        core = stem
        if "-" in stem:
            first, _, rest = stem.partition("-")
            hit = self.known((first,))
            if hit is not None:
                affiliation, prefix_span, core = hit, (0, len(first)), rest
        if affiliation is None:
            for prefix, name in self.compound_prefixes.items():
                if stem.startswith(prefix) and len(stem) > len(prefix) and name in self.by_name:
                    affiliation = self.by_name[name]
                    prefix_span, core = (0, len(prefix)), stem[len(prefix) :]
                    break
        return _RoleMatch(
            key=core.lower(),
            ending=ending,
            feminine=ending in self.feminine_endings,
            adjectival=h.head in self.adjectival_heads,
            relational=h.relational,
            affiliation=affiliation,
            prefix_span=prefix_span,
        )

    def place_of_er_adjective(self, word: str) -> _Known | None:
        """The place of an adjective in -er ("Berliner", "Tiroler", "Münchner" -> München,
        "Bremer" -> Bremen), or None."""
        if len(word) < 5 or not word.endswith("er") or not word[:1].isupper():
            return None
        stem = word[:-2]
        for form in (stem, stem + "en", stem[:-1] + "en"):
            hit = self.known((form,))
            if hit is not None and hit.type == "LOC":
                return hit
        return None

    def adjective(self, word: str) -> _Known | None:
        split = self.adjective_split(word)
        return self.adjectives[split[0].lower()] if split is not None else None

    def adjective_split(self, word: str) -> tuple[str, str] | None:
        """A known adjective's stem and inflection ending as written ("russischen" -> "russisch",
        "en"), or None."""
        low = word.lower()
        for ending in self.adjective_endings:
            if low.endswith(ending) and low[: len(low) - len(ending)] in self.adjectives:
                return word[: len(word) - len(ending)], ending
        return None

    def is_demonym(self, word: str) -> bool:
        """ "Russin", "Amerikaner", "Deutsche": a noun for a country's people, no place name."""
        if word in self.demonyms:
            return True
        if not word[:1].isupper() or self.known((word,)) is not None:
            return False  # "Hessen" is the land, not its people
        low = word.lower()
        if low + "isch" in self.adjectives:
            return True  # "Zürcher" of "zürcherisch", "Walliser" of "walliserisch"
        for ending in self.demonym_endings:
            if low.endswith(ending) and len(low) > len(ending) + 2:
                stem = low[: -len(ending)]
                if stem + "isch" in self.adjectives or stem in self.adjectives:
                    return True
        return False

    def is_adjective(self, word: str) -> bool:
        if word in self.modifiers:
            return True
        return (
            word.islower() and len(word) > 3 and word.endswith(self.adjective_endings) and word not in self.determiners
        )

    def translit_key(self, name: str) -> str:
        # One key for "al-Assad", "Al-Assad" and "Assad".
        found = self._translit_keys.get(name)
        if found is None:
            if len(self._translit_keys) >= 100_000:
                self._translit_keys.clear()
            found = self._translit_keys[name] = self._translit_key(name)
        return found

    def _translit_key(self, name: str) -> str:
        name = self.joined_surname(name) or name
        s = unicodedata.normalize("NFKD", name.casefold())
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = re.sub(r"['’`]s?$", "", s)
        for pattern, repl in self.translit:
            s = pattern.sub(repl, s)
        return s


def _head_endings(orgs: Mapping[str, Any], heads_key: str) -> list[tuple[str, str]]:
    """Inflected ending -> nominative ending of the org_heads rows named in ``heads_key``, longest
    first: "gerichtshofs" before "hofs"."""
    heads = set(orgs.get(heads_key, []))
    pairs = [(form.lower(), row[0].lower()) for row in orgs.get("org_heads", []) if row[0] in heads for form in row]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@cache
def _languages() -> frozenset[str]:
    return frozenset(langdata.available_languages())


@cache
def _lexicon(lang: str) -> _Lexicon:
    return _Lexicon(lang)


# -- candidates --------------------------------------------------------------------------------


@dataclass(slots=True)
class _RolePhrase:
    start: int  # token index of the first word of the role text (after the article)
    end: int  # token index after the role text
    head: int  # token index of the (first) role noun
    match: _RoleMatch
    definite: bool
    indefinite: bool
    feminine: bool | None
    affiliation: _Known | None
    relation_tok: int | None = None  # first token of the person the role is relative to
    coord_end: int = 0  # token index after the last coordinated role noun


@dataclass(slots=True)
class _Cand:
    start: int  # character offsets
    end: int
    type: EntityType
    source: str  # "role", "first", "model", "gaz", "prefix", "surname", "org"
    tok_start: int = -1
    tok_end: int = -1
    name: str = ""  # canonical name for gazetteer hits
    priority: int = 0
    surname: tuple[int, int] | None = None  # token range of the surname part (persons)
    roles: list[_RolePhrase] = field(default_factory=list)
    gender: str | None = None
    entity: int = -1
    appositive: bool = False  # the name of a role phrase before it: "Berater von Trump, Jared Kushner"
    # One entity for differently written names: "chinesisches Außenministerium" and "Chinas
    # Außenministerium" share "China|außenministerium"; "|außenministerium" is the bare body.
    key: str = ""


class _Analysis:
    """One pass over a Doc: candidates, merged entities, role phrases and pronouns."""

    def __init__(self, doc: Doc, lang: str) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.lang = lang
        self.lex = _lexicon(lang)
        self.words = [t.text for t in doc]
        self.n = len(self.words)
        self.sent_of = self._sentences()
        self.sent_start: dict[int, int] = {}
        self.sent_end: dict[int, int] = {}
        for i, sid in enumerate(self.sent_of):
            self.sent_start.setdefault(sid, i)
            self.sent_end[sid] = i + 1
        self.quoted = self._quote_mask()
        self.roles: dict[int, _RoleMatch] = {}
        for i, w in enumerate(self.words):
            m = self.lex.role(w)
            if m is not None:
                self.roles[i] = m
        self.cands: list[_Cand] = []
        self.phrases: dict[int, _RolePhrase] = {}
        self.has_pos = doc.has_annotation("POS")
        self.has_ents = doc.has_annotation("ENT_IOB")
        # Word -> where it closes a given name and surname; worked out on first use.
        self._surname_at: dict[str, list[int]] | None = None
        self.second = second_tags_of(doc)

    # -- structure ---------------------------------------------------------------------------

    def _sentences(self) -> list[int]:
        out = [0] * self.n
        sid = 0
        for i, tok in enumerate(self.doc):
            # A line break is a sentence of its own for the parser; here it stays with the sentence
            # before it, so that looking back one sentence never lands on whitespace.
            if i > 0 and not tok.is_space and (tok.is_sent_start or "\n" in self.words[i - 1]):
                sid += 1
            out[i] = sid
        return out

    def _quote_mask(self) -> list[bool]:
        """Tokens inside quotation marks: a pronoun there belongs to the quoted voice."""
        pairs = {"„": "“”", "»": "«", "«": "»", '"': '"', "“": "”"}
        mask = [False] * self.n
        opener: str | None = None
        start = 0
        for i, w in enumerate(self.words):
            if "\n" in w:
                opener = None
                continue
            if opener is None:
                if w in pairs:
                    opener, start = w, i
            elif w in pairs[opener]:
                for k in range(start, i + 1):
                    mask[k] = True
                opener = None
        return mask

    def _known_at(self, i: int, shortest: int = 1) -> Iterable[_Known]:
        """The known names of at least ``shortest`` words that begin at token i."""
        for length in range(shortest, min(self.lex.max_form, self.n - i) + 1):
            known = self.lex.known(tuple(self.words[i : i + length]))
            if known is not None:
                yield known

    def _longest_known(self, i: int, shortest: int = 1) -> tuple[int, _Known] | None:
        """(length in words, entry) of the longest known name of at least ``shortest`` words at i."""
        for length in range(min(self.lex.max_form, self.n - i), shortest - 1, -1):
            known = self.lex.known(tuple(self.words[i : i + length]))
            if known is not None:
                return length, known
        return None

    def name_like(self, i: int) -> bool:
        if i >= self.n:
            return False
        w = self.words[i]
        w = self.lex.joined_surname(w) or w
        if len(w) < 2 or not w[0].isupper() or not w[0].isalpha() or any(c.isdigit() for c in w):
            return False
        if _INITIAL.match(w):
            return False
        if w in self.lex.not_names or i in self.roles or w in self.lex.titles or w in self.lex.legal_forms:
            return False
        if self.lex.known((w,)) is not None:
            return False
        low = w.lower()
        # "O’Brien" ends like "Italien" but is an Irish name, as "D’Alema" an Italian one.
        # A given name may end like a common noun ("Fredrik", "Jannis").
        if (
            not w.isupper()
            and not _APOSTROPHE_NAME.match(w)
            and self.lex.noun_suffix_re.search(low)
            and not self.lex.is_first_name(w)
        ):
            return False
        # "Koch-Institut", "Böckler-Stiftung": an institution, no surname.
        if "-" in w and w.rsplit("-", 1)[1] in self.lex.hyphen_org_heads:
            return False
        return not (w.endswith("-") or "/" in w)

    def adjective_at(self, k: int) -> bool:
        """An adjective by its form; by the tagger's word class where a tagger ran."""
        if not self.lex.is_adjective(self.words[k]):
            return False
        return not self.has_pos or self.doc[k].pos_ in ("ADJ", "")

    def tok_span(self, a: int, b: int) -> tuple[int, int]:
        return self.doc[a].idx, self.doc[b - 1].idx + len(self.words[b - 1])

    # -- names -------------------------------------------------------------------------------

    def take_name(self, j: int, allow_single: bool, trust_tagger: bool = True) -> tuple[int, int, int] | None:
        """(start, surname start, end) of a person name at token j, or None. Where the context
        alone makes a person (a verb of saying), the tagger's noun reading is not trusted:
        it reads unknown surnames as nouns."""
        lex = self.lex
        if self._capital_particle(j) and (j == 0 or not lex.is_first_name(self.words[j - 1])):
            # "Van Rompuy sagte": the particle opens the surname.
            m = j + 1
            while m < self.n and self.words[m] in lex.particles:
                m += 1
            return j, j, self._suffixed(m + 1)
        for opener in lex.particle_openers:
            k = j + len(opener)
            # "Politiker kommen zu Wort": a common noun after the preposition is no surname.
            if tuple(self.words[j:k]) == opener and self.name_like(k) and not self._lexicon_noun(k):
                return j, j, k + 1
        if not self.name_like(j) and not (
            # After a role a first name that is also a word stands before its surname
            # ("Klubobmann August Wöginger").
            allow_single
            and j < self.n
            and lex.is_first_name(self.words[j])
            and self.words[j][:1].isupper()
            and self.name_like(j + 1)
        ):
            return None
        k = j
        while k < self.n and lex.is_first_name(self.words[k]) and self.name_like(k):
            k += 1
        firsts = k - j
        if (
            firsts == 0
            and j + 1 < self.n
            and "-" in self.words[j + 1]  # "al-Haja"; "Villa d’Este" names a place
            and lex.joined_surname(self.words[j + 1])
            and not self._lexicon_noun(j)
            and (not self.has_pos or self.doc[j].pos_ == "PROPN")
            and not any(True for _ in self._known_at(j))
            and not any(True for _ in self._known_at(j + 1))
        ):
            # "Chalil al-Haja": a given name the lists lack, before a surname joined to its
            # particle, which only names carry.
            return j, j + 1, self._suffixed(j + 2)
        m = k
        if m < self.n and self.words[m] not in lex.particle_followers:
            while m < self.n and (
                self.words[m] in lex.particles
                or (firsts and _INITIAL.match(self.words[m]))
                or (firsts and m + 1 < self.n and self._capital_particle(m))
            ):
                m += 1
            run = tuple(self.words[k:m])
            if len(run) > 1 and all(w in lex.particles for w in run) and run not in lex.particle_runs:
                m = k  # "Pfarrer Wolff zu den Protesten": no name joins its particles so
            elif m > k and any(known.type == "ORG" for known in self._known_at(m)):
                m = k  # "Patrick Georg von der IG Metall": the body he is from, no surname
            elif (
                m > k
                and m < self.n
                and (firsts >= 2 or self.words[m - 1] in lex.article_particles)
                and (
                    self._lexicon_noun(m)
                    # "vom Bundesliga-Aufsteiger": a compound whose last part is a common noun.
                    or ("-" in self.words[m] and dictionary_word(self.words[m].rsplit("-", 1)[-1], self.lang))
                )
            ):
                # "Ralf Elmer von der Landesbank", "Katy Perry zur Gitarre", "Tochter Elena zur
                # Welt": a common noun after the particles; the last given-name word was the
                # surname, or there is none.
                return (j, k - 1, self._suffixed(k)) if firsts >= 2 else None
            elif (
                k < m < self.n
                and self.words[k].lower() not in lex.patronymic_particles
                and self.lex.is_first_name(self.words[m], alone=True)
                and self.name_like(m + 1)
            ):
                m = k  # "den Roman von Gregor Dorfmeister": a given name opens the next name
        if firsts and (
            self.name_like(m)
            or self._surname_by_reading(m)
            or self._place_as_surname(j, m, allow_single)
            or self._role_as_surname(m)
        ):
            end = m + 1
            if self.words[m].endswith(lex.patronymic_endings) and self.name_like(end):
                # Russian names with patronymic: "Sergei Konstantinowitsch Krikaljow".
                end += 1
            surname = k if end == m + 1 else m + 1
            if end < self.n and lex.joined_surname(self.words[end]):
                # "Abdel Fattah al-Sisi": the word before the joined surname is a given name.
                surname, end = end, end + 1
            elif end == m + 1 and self._second_surname(j, end):
                end += 1  # "Martin Lundgaard Hansen", "Cosma Shiva Hagen"
            elif (
                end == m + 1
                and k < m
                and self.words[k].lower() in lex.patronymic_particles
                and self._capital_particle(end)
            ):
                # "Mohammed bin Abdulrahman Al Thani": the father's name, then the family's.
                end += 2
            return j, surname, self._suffixed(end)
        if firsts >= 2:
            return j, k - 1, self._suffixed(k)
        if not allow_single:
            return None
        if trust_tagger and (self.common_noun(j) or self._lexicon_noun(j)):
            # After a role, a word the tagger reads as a common noun is no name ("Artikel"),
            # nor one the second tagger's lexicon has as one ("dem Rathauschef Respekt").
            return None
        if (
            firsts == 0
            # A genitive ("Präsident Trumps Zölle"), unless the model reads both words as one
            # person ("Botschafter Petros Mavromichalis") or no noun follows ("Kommissar Maros
            # Sefcovic").
            and (not self.words[j].endswith("s") or self._model_person(j, j + 2) or self._surname_after_s(j + 1))
            and self.name_like(j + 1)
            # A first name after the unknown one opens the next name, unless it ends the name:
            # many surnames are first names too ("Filip Kaspar").
            and (not lex.is_first_name(self.words[j + 1]) or not self.name_like(j + 2))
        ):
            # An unknown first name and a surname after a role: "Präsident Kassym Tokajew".
            return j, j + 1, self._suffixed(j + 2)
        return j, j, self._suffixed(j + 1)

    def _surname_after_s(self, k: int) -> bool:
        """A word after one ending in -s that is a surname, not the noun of a genitive: one the
        dictionary lacks, read as a proper noun, ending the clause."""
        if k >= self.n or not self.has_pos or self.doc[k].pos_ != "PROPN":
            return False
        w = self.words[k]
        if "-" in w or dictionary_word(w, self.lang) or self.lex.known((w,)) is not None:
            return False
        return (
            k + 1 >= self.n or not self.doc[k + 1].is_alpha or self.doc[k + 1].pos_ in ("VERB", "AUX", "ADP", "CCONJ")
        )

    def _place_as_surname(self, j: int, m: int, after_role: bool) -> bool:
        """A town's name after a first name is a surname ("Der GdP-Vorsitzende Konrad Freiberg",
        "Anna Lübeck"), after a role or where the model reads both words as one person; without
        either, "besuchte Maria Berlin" may name a visit."""
        if m >= self.n or m == j:
            return False
        w = self.words[m]
        hit = self.lex.known((w,))
        if hit is None or hit.type != "LOC" or not w[:1].isupper() or not w.isalpha():
            return False
        return after_role or self._model_person(j, m + 1)

    def _surname_by_reading(self, m: int) -> bool:
        """A surname after a first name that ends like a common noun ("Natalie Pawlik": "-ik" as
        in "Politik"): taken where the tagger reads a proper noun or the model goes on with the
        name there."""
        if m >= self.n or not self.has_pos:
            return False
        w = self.words[m]
        if not w[:1].isupper() or not w.isalpha() or w.isupper() or m in self.roles or w in self.lex.not_names:
            return False
        if self.lex.known((w,)) is not None:
            return False
        tok = self.doc[m]
        return tok.pos_ == "PROPN" or (tok.ent_iob_ == "I" and tok.ent_type_ != "")

    def _second_surname(self, j: int, e: int) -> bool:
        """A further unknown name right after given name and surname, which the model reads as
        part of the same person or the tagger as a proper noun, and which is no common word nor a
        given name opening the next person ("Grant Connell Patrick Galbraith")."""
        if not self.has_pos or not self.name_like(e) or self.sent_of[e] != self.sent_of[j]:
            return False
        w = self.words[e]
        # Only a common given name opens the next person; a rarer one ends a name of three
        # parts ("Lee Jae Myung").
        if self.lex.is_first_name(w, alone=True) or self.name_like(e + 1) or lower_case_word(w, self.lang):
            return False
        if lexicon_tags(w, self.lang) - self.lex.name_tags or self.common_noun(e, trust_ner=False):
            return False  # a word the lexicon lists other than as a name: "Olaf Scholz Minister"
        return self._model_person(j, e + 1) or self.doc[e].pos_ == "PROPN"

    def _role_as_surname(self, m: int) -> bool:
        """A role noun that is also a common surname, after a given name and before no other
        name: "Gerhard Richter malte", "Steffi Graf siegte" ("Otto Graf Lambsdorff" is left to
        the rules for titles inside a name)."""
        return m < self.n and self.words[m] in self.lex.role_surnames and not self.name_like(m + 1)

    def _capital_particle(self, m: int) -> bool:
        """A particle written with a capital inside a name, before the rest of the surname:
        "Bart [De] Wever", "Alexander [Van] der Bellen"."""
        if m >= self.n or self.words[m] not in self.lex.capitalised_particles:
            return False
        nxt = m + 1
        while nxt < self.n and self.words[nxt] in self.lex.particles:
            nxt += 1
        return self.name_like(nxt)

    def _model_person(self, a: int, b: int) -> bool:
        """Whether the statistical model reads tokens a..b as (part of) one person."""
        if b > self.n or not self.has_ents:
            return False
        first, last = self.doc[a], self.doc[b - 1]
        return (
            first.ent_type_ == "PER" and last.ent_type_ == "PER" and all(t.ent_iob_ == "I" for t in self.doc[a + 1 : b])
        )

    def _suffixed(self, end: int) -> int:
        """The end of a name with its suffix: "Martin V.", "Robert Downey Jr."."""
        if end < self.n and (_REGNAL.match(self.words[end]) or self.words[end] in self.lex.name_suffixes):
            return end + 1
        return end

    def add(self, cand: _Cand) -> None:
        self.cands.append(cand)

    def _parsed_name_tail(self, a: int, b: int) -> int:
        """The end of a person's name with the further surnames the parser hangs on it as name
        parts: "Andrés Manuel López [Obrador]", "Javier Pérez [de Cuéllar]". The model and the
        first-name rule stop after the first surname."""
        if not self.has_pos:
            return b
        while b < self.n and self.sent_of[b] == self.sent_of[a]:
            k = b
            while k < self.n and k - b < 2 and self.words[k] in self.lex.particles:
                k += 1  # "de", "de la" between the surnames
            if k >= self.n or not self.name_like(k) or self.lex.is_first_name(self.words[k], alone=True):
                return b
            if k == b and self.words[b - 1].endswith("s"):
                return b  # a genitive before its noun: "Justin Biebers Trennungssong"
            if self.words[k].isupper():
                return b  # a word in capitals is a caption's or headline's ("Foto: Anna Roth BILDER")
            # Hung on the name itself, not on a particle that opens the next one ("von der Leyen
            # [de Gaulle]"); a word of the dictionary is a noun after a genitive ("de Gaulles Enkel").
            tok = self.doc[k]
            if tok.dep_ not in self.lex.name_deps or not a <= tok.head.i < b:
                return b
            if dictionary_word(self.words[k], self.lang):
                return b
            if k > b and dictionary_word(self.words[k].rsplit("-", 1)[-1], self.lang):
                return b  # "Ömer Toprak vom Bundesliga-Aufsteiger": the body he plays for
            b = k + 1
        return b

    def person(self, a: int, s: int, b: int, source: str, priority: int) -> _Cand | None:
        b = self._parsed_name_tail(a, b)
        if b - a == 1 and self._group_compound(a):
            return None
        closing: tuple[tuple[frozenset[str], EntityType], ...] = (
            (self.lex.place_head_words, "LOC"),
            (self.lex.org_head_words, "ORG"),
        )
        for heads, etype in closing:
            head = b if b < self.n and self.words[b] in heads else b - 1
            if head > a and self.words[head] in heads:
                # "Camden Market", "Chalk Farm Road", "Melinda Gates Foundation": a place or body
                # named after someone, or with a word that is also a given name, not a person.
                start, end = self.tok_span(a, head + 1)
                self.add(_Cand(start, end, etype, source, a, head + 1, priority=priority))
                return None
        start, end = self.tok_span(a, b)
        surname_end = b
        if b - 1 > s and (_REGNAL.match(self.words[b - 1]) or self.words[b - 1] in self.lex.name_suffixes):
            surname_end = b - 1
        c = _Cand(start, end, "PER", source, a, b, priority=priority, surname=(s, surname_end))
        first = self.words[a] if s > a else None
        if first:
            c.gender = self.lex.gender_of_first(first)
            if (
                surname_end == b
                and (" ".join(self.words[a:b]),) not in self.lex.known_persons
                and self._genitive_before_noun(b)
            ):
                # "Joseph Ratzingers Buch": the person is Joseph Ratzinger.
                c.name = self.text[start : end - 1]
        elif b - a == 1:
            c.name = self._genitive_base(a)
        self.add(c)
        return c

    def _group_compound(self, a: int) -> bool:
        """ "Stimmvolk", "Regierungsquellen": a compound naming a group, never one person."""
        low = self.words[a].lower()
        return any(low.endswith(e) and len(low) > len(e) + 2 for e in self.lex.never_name_endings)

    def _genitive_base(self, a: int) -> str:
        """The name of a person met in the genitive before a role, or a known person's name or a
        given name in the genitive ("US-Präsident Trumps Sondergesandter" -> "Trump", "Papst
        Benedikts erste Enzyklika" -> "Benedikt"), else ""."""
        w = self.words[a]
        if len(w) < 4 or not w.endswith("s"):
            return ""
        base = w[:-1]
        if (base,) in self.lex.known_persons or (a + 1 < self.n and a + 1 in self.roles):
            return base
        if (
            self.has_pos
            and a + 1 < self.n
            and self.doc[a + 1].pos_ in ("ADJ", "NOUN")
            and self.lex.is_first_name(base, alone=True)
            and not self.lex.is_first_name(w, alone=True)
        ):
            # A given name before the noun it qualifies; "Jens" and "Niklas" are names of their
            # own, and "sagte Jans" is Beat Jans.
            return base
        if self._genitive_before_noun(a + 1) and not self.lex.is_first_name(w):
            return base  # "Bruckners Werke", "Schostakowitschs festlicher Ouvertüre"
        return ""

    def find_gazetteer(self) -> None:
        lex = self.lex
        i = 0
        while i < self.n:
            hit = None
            w = self.words[i]
            if w.startswith("#") and (len(w) > 2 or (w == "#" and not self.doc[i].whitespace_)):
                self.hashtag(i)
                i += 1
                continue
            if (
                w not in lex.form_starts
                and w.casefold() not in lex.form_starts
                and lex.hyphen_joined(w) not in lex.form_starts
            ):
                place = self._place_genitive(i)
                if place is not None:
                    # "das Bürgertum Bozens": a town's genitive, which the gazetteer lists for
                    # countries only.
                    start, end = self.tok_span(i, i + 1)
                    self.add(_Cand(start, end, "LOC", "gaz", i, i + 1, place.name, priority=2))
                else:
                    self.compound_parts(i)
                i += 1
                continue
            for length in range(min(lex.max_form, self.n - i), 0, -1):
                words = tuple(self.words[i : i + length])
                known = lex.known(words)
                if known is None:
                    continue
                if (
                    length == 1
                    and words[0] in lex.ambiguous
                    and (
                        i == 0
                        or self.words[i - 1].lower() not in lex.place_prepositions
                        # Part of a longer name: "in Bad Hersfeld".
                        or (i + 1 < self.n and self.words[i + 1][:1].isupper())
                    )
                ):
                    continue
                hit = (length, known)
                break
            if hit is not None and self._council_member(i, hit[0], hit[1]):
                hit = None
            if hit is not None:
                length, known = hit
                stop_tok = self._legal_tail(i + length) if known.type == "ORG" else i + length
                start, end = self.tok_span(i, stop_tok)
                # An organisation listed in several words outranks a person named inside it
                # ("Bündnis Sahra Wagenknecht"); ties go to the longer span.
                inner_person = any(lex.is_first_name(w) for w in words[1:])
                rank = 3 if known.type == "ORG" and length > 1 and inner_person else 2
                self.add(_Cand(start, end, known.type, "gaz", i, stop_tok, known.name, priority=rank))
                i += length
                continue
            self.compound_parts(i)
            i += 1

    def _council_member(self, i: int, length: int, known: _Known) -> bool:
        """ "so der Schwyzer Nationalrat": a council that titles its members ("Nationalrat",
        "Bundesrat") after the adjective of a member's canton or town is that member, not the
        council; the council has no canton's adjective."""
        return (
            length == 1
            and known.type == "ORG"
            and i in self.roles
            and i > 0
            and self.lex.place_of_er_adjective(self.words[i - 1]) is not None
        )

    def _place_genitive(self, i: int) -> _Known | None:
        """The known place whose genitive in -s token i is ("Bozens" -> Bozen), or None."""
        w = self.words[i]
        if len(w) < 5 or not w.endswith("s") or not w[:1].isupper() or w[:-1] in self.lex.ambiguous:
            return None
        known = self.lex.known((w[:-1],))
        return known if known is not None and known.type == "LOC" else None

    def _genitive_before_noun(self, b: int) -> bool:
        """Whether the name ending before token b is in the genitive before the noun it qualifies
        ("Bruckners Werke", "Joseph Ratzingers Buch"). A surname that ends in -s itself takes an
        apostrophe ("Harris’ Wahlkampf"), so only a consonant before the -s counts, and not where
        the word without it is a given name ("Williams", "Peters", "Evans")."""
        w = self.words[b - 1]
        if not self.has_pos or b >= self.n or len(w) < 5 or not w.endswith("s"):
            return False
        stem = w[:-1]
        if stem.lower().endswith(self.lex.apostrophe_genitive_endings) or self.lex.is_first_name(stem):
            return False
        return self.doc[b].pos_ in ("NOUN", "ADJ") and self.words[b][:1] not in _QUOTES

    def hashtag(self, i: int) -> None:
        """A known place or organisation as a hashtag, in any case: "#Hamburg", "#dessau"."""
        # The tokenizer may write the sign apart: "#", "Hamburg".
        end = i + 2 if self.words[i] == "#" and i + 1 < self.n else i + 1
        body = self.words[i][1:] or self.words[end - 1]
        known = self.lex.forms.get((body,)) or self.lex.forms_folded.get((body.casefold(),))
        if known is not None and body not in self.lex.ambiguous and known.type != "MISC":
            start, stop = self.tok_span(i, end)
            self.add(_Cand(start, stop, known.type, "gaz", i, end, known.name, priority=2))

    def compound_parts(self, i: int) -> None:
        """Places and organisations named in a hyphenated compound: "Ukraine-Kriegs", "US-Seite"."""
        w = self.words[i]
        if "-" not in w.strip("-"):
            return
        parts = w.split("-")
        offset = self.doc[i].idx
        first = self.lex.known((parts[0],)) if len(parts[0]) > 1 else None
        if first is not None and first.type == "LOC" and self._whole_place(i):
            # "Berlin-Mitte", "Köln-Wahn", "Gaza-Streifen": the model reads the whole word as a
            # place, and its tail is no role or kind of body ("Bayern-Vorstand", "US-Hersteller").
            self.add(_Cand(offset, offset + len(w), "LOC", "model", i, i + 1, priority=3))
        pos = 0
        for part in parts[:-1]:
            known = self.lex.known((part,)) if len(part) > 1 else None
            # "Euro-Zone", "Dollar-Kurs": a currency or language in a compound names no actor.
            if known is not None and known.type != "MISC":
                self.add(_Cand(offset + pos, offset + pos + len(part), known.type, "prefix", i, i + 1, known.name, 2))
            pos += len(part) + 1

    def _model_alone(self, i: int, label: str) -> bool:
        """Whether the model reads token i alone, as one whole name of type ``label``."""
        tok = self.doc[i]
        return tok.ent_type_ == label and tok.ent_iob_ == "B" and (i + 1 >= self.n or self.doc[i + 1].ent_iob_ != "I")

    def _whole_place(self, i: int) -> bool:
        tail = self.words[i].rsplit("-", 1)[-1]
        return (
            self._model_alone(i, "LOC")
            and tail[:1].isupper()
            and i not in self.roles
            and not self._kind_compound(tail)
            and not self.lex.noun_suffix_re.search(tail.lower())
            # "US-Amerikaner", "Kosovo-Albaner": the people, not a place.
            and not self.lex.is_demonym(self.words[i])
            # "im US-Bundesstaat Texas": a kind of place before the place's name.
            and not self._place_at(i + 1)
        )

    def _place_at(self, k: int) -> bool:
        known = self.lex.known((self.words[k],)) if k < self.n else None
        return known is not None and known.type == "LOC"

    def _seat_at(self, k: int) -> bool:
        """A known place at k that is no common word as well: the seat after a body's name
        ("Universität Kiel", "Technische Universität München")."""
        return self._place_at(k) and self.words[k] not in self.lex.ambiguous

    def find_role_prefixes(self) -> None:
        """Kreml in "Kremlsprecher": the body a role belongs to, mentioned inside the word."""
        for i, m in self.roles.items():
            if m.prefix_span is None or m.affiliation is None or "-" in self.words[i]:
                continue
            a, b = m.prefix_span
            offset = self.doc[i].idx
            aff = m.affiliation
            self.add(_Cand(offset + a, offset + b, aff.type, "prefix", i, i + 1, aff.name, priority=2))

    def find_orgs(self) -> None:
        """Organisation names built on a head noun: "Institut für Kriegsstudien", "FC Bayern"."""
        lex = self.lex
        for i, w in enumerate(self.words):
            abbreviation = sum(c.isupper() for c in w) >= 2
            if (
                w in lex.club_prefixes
                and i + 1 < self.n
                and self.words[i + 1][:1].isupper()
                # A word ("Real", "Borussia") makes a club only before a place: not "Real Estate".
                and (abbreviation or lex.known((self.words[i + 1],)) is not None)
            ):
                end = i + 2
                if end < self.n and self.words[end][:1].isupper() and lex.known((self.words[end],)) is not None:
                    end += 1  # "Borussia Mönchengladbach", "1. FC Union Berlin"
                if end < self.n and _CLUB_YEAR.match(self.words[end]):
                    end += 1
                first = i - 1 if i > 0 and _ORDINAL.match(self.words[i - 1]) else i
                start, stop = self.tok_span(first, end)
                self.add(_Cand(start, stop, "ORG", "org", first, end, self.text[start:stop], priority=3))
            if w in lex.place_org_prefixes and self._seat_at(i + 1):
                start, stop = self.tok_span(i, i + 2)
                self.add(_Cand(start, stop, "ORG", "org", i, i + 2, self.text[start:stop], priority=3))
            self._compound_org(i)
            self._field_org(i)
            self.adjective_name(i)
            if w in lex.saints:
                self.saint_name(i)
            nominative = lex.org_heads.get(w)
            hyphenated = None if nominative else self._hyphen_org(i)
            nominative = nominative or hyphenated
            if nominative is None or i + 2 >= self.n or self.words[i + 1] not in lex.org_joiners:
                if hyphenated:
                    # A hyphenated name is whole without a field after it: "Körber-Stiftung".
                    first = i - 1 if self._given_name_before(i) else i
                    end = i + 1
                    if hyphenated.rsplit("-", 1)[1] in lex.place_org_prefixes and self._seat_at(end):
                        end += 1  # "Johannes Gutenberg-Universität Mainz": a university's seat
                    if lex.known(tuple(self.words[first:end])) is None:  # else the gazetteer's
                        start, stop = self.tok_span(first, end)
                        name = " ".join([*self.words[first:i], hyphenated, *self.words[i + 1 : end]])
                        self.add(_Cand(start, stop, "ORG", "org", first, end, name, priority=3))
                continue
            if i > 0 and self.words[i - 1].lower() in lex.possessives:
                continue  # "rief seine Partei zur Geschlossenheit auf": a body of his, no name
            if (
                w in lex.position_heads
                and i > 0
                and self.words[i - 1] in lex.position_prepositions
                and self.words[i + 1] in lex.genitive_articles
            ):
                continue  # "Im Zentrum des Gesprächs standen …": where something stands
            k = i + 2
            while k < self.n and lex.is_adjective(self.words[k]):
                k += 1
            if any(self._known_at(k, shortest=2)):
                continue  # "die Organisation der Vereinten Nationen": a kind and a known name
            # "Ausschuss des Nationalen Volkskongresses": capitalised adjectives of the name
            # before its noun.
            nouns_from = k
            while k + 1 < self.n and k - i < 5 and self._name_adjective(k) and self.words[k + 1][:1].isupper():
                k += 1
            if k > nouns_from and self._place_at(k):
                # "Bund der Strafvollzugsbediensteten Hessen": a noun declined like an adjective
                # ends the name; the known place after it is a name of its own.
                k -= 1
            if (
                k >= self.n
                or not self.words[k][:1].isupper()
                or lex.known((self.words[k],)) is not None
                or (k in self.roles and not self._plural_members(k))
                or (k == i + 2 and self.words[k] in lex.org_field_stops)
            ):
                continue
            after = lex.known((self.words[k + 1],)) if k + 1 < self.n else None
            if after is not None and after.type == "ORG" and self._kind_compound(self.words[k]):
                # "ein Sprecher der Organisation der Nachrichtenagentur AFP": the kind noun belongs
                # to the name after it, and the dative phrase to the verb, not to "Organisation".
                continue
            end = k + 1
            # "Departement für Verteidigung, Bevölkerungsschutz und Sport": a list of fields.
            j = end
            while (
                j + 2 < self.n
                and self.words[j] == ","
                and self.words[j + 1][:1].isupper()
                and lex.known((self.words[j + 1],)) is None
                and j + 1 not in self.roles
            ):
                j += 2
            if j + 1 < self.n and self.words[j] == "und" and self.words[j + 1][:1].isupper():
                end = j + 2
            # "Kommission zur Bekämpfung der Korruption": a field with its genitive object.
            if (
                self.words[i + 1] in lex.org_field_joiners
                and end + 1 < self.n
                and self.words[end] in lex.genitive_articles
                and (
                    self.common_noun(end + 1, trust_ner=False)
                    if self.has_pos
                    else dictionary_word(self.words[end + 1], self.lang) and lex.known((self.words[end + 1],)) is None
                )
                and end + 1 not in self.roles
                # "… der Universität Kiel", "… der Stadt Halle": the body's seat, left out.
                and not (end + 2 < self.n and self.words[end + 2][:1].isupper())
            ):
                end += 2
            end = self._legal_tail(end)
            # Capitalised adjectives before the head belong to the name: "Freie Akademie für …";
            # so does the given name before a hyphenated one ("Robert Koch-Institut für …").
            a = i - 1 if hyphenated and self._given_name_before(i) else i
            while a > 0 and i - a < 3 and self._name_adjective(a - 1):
                a -= 1
            while a < i and (a == self.sent_start[self.sent_of[a]] or self.words[a - 1] in _NAME_START):
                if self._place_adjective(self.words[a]):
                    break
                a += 1
            start, stop = self.tok_span(a, end)
            name = self._adjective_name_nominative(a, i, end) or (
                " ".join([*self.words[a:i], nominative]) + self.text[self.tok_span(i, i + 1)[1] : stop]
            )
            self.add(_Cand(start, stop, "ORG", "org", a, end, name, priority=3))

    def _plural_members(self, k: int) -> bool:
        """ "Bund der Vertriebenen", "Verband der Strafvollzugsbediensteten": a role noun in the
        genitive plural after the head of a body names its members, not a person."""
        return self.words[k - 1] == "der" and not self.singular_role(k)

    def _hyphen_org(self, i: int) -> str | None:
        """The nominative of a hyphenated institution's name ("der Konrad-Adenauer-Stiftung" ->
        "Konrad-Adenauer-Stiftung", "Max-Planck-Instituts" -> "Max-Planck-Institut"), or None."""
        w = self.words[i]
        if "-" not in w.strip("-") or self.lex.known((w,)) is not None:
            return None
        *names, head = w.split("-")
        nominative = self.lex.hyphen_org_heads.get(head)
        if nominative is None or not all(p[:1].isupper() and p.isalpha() for p in names):
            return None
        if self.lex.known((names[0],)) is not None:
            return None  # "EU-Kommission", "Berlin-Institut": the compound rules see to these
        # A person's or a place's name before the head, not a common word ("Forschungs-Institut");
        # after a given name a surname that is also a word ("Robert Koch-Institut").
        given = self._given_name_before(i)
        if not given and all(dictionary_word(p, self.lang) and not self.lex.is_first_name(p) for p in names):
            return None
        return "-".join([*names, nominative])

    def _given_name_before(self, i: int) -> bool:
        """ "Robert Koch-Institut", "Hans Böckler-Stiftung": the given name of the person an
        institution is named after, written apart from the hyphenated rest."""
        return (
            i > 0
            and self.sent_of[i - 1] == self.sent_of[i]
            and self.words[i - 1][:1].isupper()
            and self.lex.is_first_name(self.words[i - 1])
        )

    def _compound_org(self, i: int) -> None:
        """ "Bundesfinanzministerium", "des Bundesinnenministeriums": a federal body named by one
        word, as a name in the nominative."""
        w = self.words[i]
        if w.count("-") == 1 and self.lex.known((w,)) is None:
            self._country_body(i)
            return
        prefix = next((p for p in self.lex.compound_org_prefixes if w.startswith(p)), None)
        if prefix is None or not w.isalpha() or self.lex.known((w,)) is not None:
            return  # a known body keeps the gazetteer's entry ("Bundeskanzleramt" is the Kanzleramt)
        low = w.lower()
        for form, nominative in self.lex.compound_org_endings:
            if low.endswith(form):
                # The field between prefix and head: at least a short word ("Bundesbauministerium").
                if len(w) - len(prefix) - len(form) < 3:
                    return
                start, end = self.tok_span(i, i + 1)
                name = w[: len(w) - len(form)] + nominative
                self.add(_Cand(start, end, "ORG", "org", i, i + 1, name, priority=3))
                return

    def _country_body(self, i: int) -> None:
        """ "US-Außenministerium", "des US-Verteidigungsministeriums": a country's body named by
        one hyphenated word, as a name in the nominative."""
        w = self.words[i]
        country, rest = w.split("-")
        known = self.lex.known((country,))
        if known is None or known.type != "LOC" or not rest[:1].isupper() or not rest.isalpha():
            return
        low = rest.lower()
        for form, nominative in (*self.lex.field_org_endings, *self.lex.compound_org_endings):
            # The field before the head: "Außen" in "US-Außenministerium"; "US-Gericht" names none.
            if low.endswith(form) and len(rest) - len(form) >= 3:
                start, end = self.tok_span(i, i + 1)
                self.add(_Cand(start, end, "ORG", "org", i, i + 1, w[: len(w) - len(form)] + nominative, priority=3))
                return

    def _field_org(self, i: int) -> None:
        """ "das Finanzministerium", "im Innenministerium", "Chinas Außenministerium", "das
        russische Verteidigungsministerium": a government's body named by its field, as a name in
        the nominative. The country before it belongs to the name: an article on the war names
        two defence ministries."""
        lex = self.lex
        w = self.words[i]
        if not w.isalpha() or not w[:1].isupper() or w.startswith(lex.compound_org_prefixes):
            return
        low = w.lower()
        ending = next(((form, nom) for form, nom in lex.field_org_endings if low.endswith(form)), None)
        # The field before the head: at least a short word ("Agrarministerium"), not the bare head.
        if ending is None or len(w) - len(ending[0]) < 3 or lex.known((w,)) is not None:
            return
        body = w[: len(w) - len(ending[0])] + ending[1]
        j = i - 1
        country: _Known | None = None
        a = i
        name = body
        while j >= 0 and lex.is_adjective(self.words[j]):
            split = lex.adjective_split(self.words[j])
            hit = lex.adjectives[split[0].lower()] if split is not None else None
            if split is not None and hit is not None and hit.type == "LOC" and country is None:
                country, a = hit, j
                name = f"{split[0]}es {body}"  # the strong neuter nominative: "russisches"
            j -= 1
        if j < 0:
            return
        before = self.words[j]
        place = lex.known((before,)) if before[:1].isupper() else None
        if (
            country is None
            and place is not None
            and place.type == "LOC"
            and before != place.name
            and before.endswith("s")
        ):
            country, a = place, j  # "Chinas Außenministerium", "Kiews Verteidigungsministerium"
            name = " ".join([*self.words[j:i], body])
        elif before.lower() not in lex.field_org_openers:
            return  # "ein Ministerium", "sein Ministerium": no name
        start, end = self.tok_span(a, i + 1)
        key = f"{country.name if country else ''}|{body.lower()}"
        self.add(_Cand(start, end, "ORG", "org", a, i + 1, name, priority=3, key=key))

    def adjective_name(self, i: int) -> None:
        """ "Deutsche Bank", "Freie Universität Berlin", "Schwäbische Alb": inside a sentence only
        a name capitalises an adjective, so capitalised adjectives before the head noun of an
        organisation or place make a name. At the start of a sentence only an adjective of a
        place counts ("Berliner Zeitung"), as any adjective is capitalised there."""
        lex = self.lex
        w = self.words[i]
        if not self._name_adjective(i):
            return
        if (i == self.sent_start[self.sent_of[i]] or self.words[i - 1] in _NAME_START) and not self._place_adjective(w):
            return
        k = i + 1
        while k < self.n and k - i < 3 and self._name_adjective(k):
            k += 1
        # The head is the word after the adjectives ("Deutsche Bahn") or the last of them, for a
        # head with an adjective's ending ("Deutsche Presse", "Frankfurter Allgemeine").
        etype: EntityType | None = None
        head = -1
        for h in (k, k - 1):
            if h <= i or h >= self.n or not self.words[h][:1].isupper() or h in self.roles:
                continue
            low = self.words[h].lower()
            if low.endswith(lex.org_head_endings):
                etype, head = "ORG", h
            elif low.endswith(lex.place_head_endings):
                etype, head = "LOC", h
            if etype is not None:
                break
        if etype is None:
            return
        end = head + 1
        if self._kind_noun(self.words[head]) and end < self.n and self.words[end][:1].isupper():
            return  # a description before the name: "Ludwigshafener Chemiekonzern BASF"
        if self._seat_at(end):
            end += 1  # "Technische Universität München", "Sozialdemokratische Partei Deutschlands"
        elif etype == "ORG" and end + 1 < self.n and self.words[end] == "für" and self.name_like(end + 1):
            # "Deutsche Gesellschaft für Ernährung", "… für Unterricht und Kultus"
            end += 2
            if end + 1 < self.n and self.words[end] in lex.coordinators and self.name_like(end + 1):
                end += 2
        end = self._legal_tail(end)
        start, stop = self.tok_span(i, end)
        self.add(
            _Cand(start, stop, etype, "org", i, end, self._adjective_name_nominative(i, head, end) or "", priority=2)
        )

    def _adjective_name_nominative(self, a: int, head: int, end: int) -> str | None:
        """ "des Eidgenössischen Departements für …" -> "Eidgenössisches Departement für …", "der
        Österreichischen Gesundheitskasse" -> "Österreichische Gesundheitskasse": the name as it
        stands alone, by the gender of its head's kind (``org_head_genders``). None where the
        head is of no listed kind or the name is already so written."""
        if head <= a:
            return None
        word = self.words[head]
        low = word.lower()
        noun, gender = word, None
        for cut in ("", "s", "es"):
            if not low.endswith(cut):
                continue
            stem = low[: len(low) - len(cut)]
            gender = next((g for ending, g in self.lex.org_head_genders if stem.endswith(ending)), None)
            if gender is not None:
                noun = word[: len(stem)]
                break
        if gender is None:
            return None
        ending = self.lex.adjective_nominative[gender]
        words = []
        for k in range(a, head):
            w = self.words[k]
            if w.endswith("er") or not w.endswith(("e", "en", "em", "es")) or not self._name_adjective(k):
                words.append(w)  # "Berliner", "Pétanque": no adjective's ending, or no adjective
                continue
            stem = w[:-1] if w.endswith("e") else w[:-2]
            words.append(stem + ending)
        start, stop = self.tok_span(a, end)
        head_stop = self.tok_span(head, head + 1)[1]
        # The words after the head as written, commas and all.
        name = " ".join([*words, noun]) + self.text[head_stop:stop]
        return None if name == self.text[start:stop] else name

    def saint_name(self, i: int) -> None:
        """ "St. Moritz", "St. Nikolauskirche", "San Diego": a saint's name makes a place (a town,
        a church) of the capitalised words after it, not a person."""
        k = i + 1
        if k < self.n and self.words[k] == "." and not self.words[i].endswith("."):
            k += 1  # "St . Peter" written apart
        end = k
        while end < self.n and end - k < 3 and self.words[end][:1].isupper() and self.words[end].isalpha():
            if end > k and self.words[end] in self.lex.not_names:
                break
            end += 1
        if end > k and self.words[k] not in self.lex.not_names:
            start, stop = self.tok_span(i, end)
            self.add(_Cand(start, stop, "LOC", "org", i, end, priority=3))

    def _name_adjective(self, k: int) -> bool:
        """A capitalised adjective: by the tagger where one ran (nouns share the endings:
        "Staaten", "Theater"), else by an adjective's suffix or a place's ("Berliner")."""
        w = self.words[k]
        lex = self.lex
        if not _CAP_ADJECTIVE.match(w) or w in lex.not_names or w.lower() in lex.determiners or k in self.roles:
            return False
        if self._place_adjective(w):
            return True
        if self.has_pos:
            # The tagger's attributive adjective counts where the morphologizer made a noun of it
            # ("der Ständige Ausschuss"), unless the second tagger reads a noun ("des
            # Bundesstaates Queensland").
            tok = self.doc[k]
            second_noun = self.second is not None and self.second.tags[k] in self.lex.noun_tags
            return (
                tok.pos_ == "ADJ"
                or (tok.tag_ == "ADJA" and not second_noun)
                or (tok.pos_ == "PROPN" and w.endswith("er"))
            )
        return lex.adjective(w) is not None or lex.adjective_suffix_re.search(w.lower()) is not None

    def _kind_noun(self, w: str) -> bool:
        """ "Chemiekonzern", "Hersteller": a noun naming the kind of an organisation."""
        return w.lower().endswith(self.lex.org_noun_endings)

    def _kind_compound(self, w: str) -> bool:
        """ "Spielzeughersteller": a compound kind noun, never part of the name after it (a bare
        "Verein" may open one: "Verein Deutscher Ingenieure")."""
        low = w.lower()
        return w[:1].isupper() and any(low.endswith(x) and len(low) >= len(x) + 3 for x in self.lex.org_noun_endings)

    def _place_compound(self, w: str) -> bool:
        """ "Küstenstadt", "Millionenmetropole": a compound noun naming the kind of a place."""
        low = w.lower()
        return w[:1].isupper() and any(low.endswith(x) and len(low) >= len(x) + 3 for x in self.lex.place_noun_endings)

    def _legal_tail(self, end: int) -> int:
        """The legal form after an organisation's name belongs to it: "… für Krisenmanagement e.V."."""
        while end < self.n and self.words[end] in self.lex.legal_forms:
            end += 1
        return end

    def _place_adjective(self, w: str) -> bool:
        """ "Deutsche", "Berliner", "Kölner": an adjective made from a place."""
        return self.lex.adjective(w) is not None or self.lex.place_of_er_adjective(w) is not None

    def find_misc(self) -> None:
        """Other names that need their context: a currency that is also a common word after an
        amount ("320 Millionen Mark"), a named war or epoch ("im Zweiten Weltkrieg"), and the title
        of a work in quotation marks ("der Song „Take On Me“")."""
        lex = self.lex
        for i, w in enumerate(self.words):
            currency = lex.currency_after_amount.get(w)
            if currency is not None:
                if i > 0 and self._amount(i - 1):
                    start, stop = self.tok_span(i, i + 1)
                    self.add(_Cand(start, stop, "MISC", "misc", i, i + 1, currency, priority=2))
            elif w in lex.event_heads:
                self._event_name(i)
            elif w in _TITLE_OPEN:
                self._work_title(i)

    def find_quoted_names(self) -> None:
        """Names in quotation marks that their context types: after a noun for a kind of
        organisation ("die Zeitung „The Nation“", "die Partei „Die Linke“"), and media named with a
        common word ("der „Spiegel“", "„Bild“-Zeitung"), also with a capitalised article inside a
        sentence ("berichtete Die Welt")."""
        media = self.lex.quoted_media
        for i, w in enumerate(self.words):
            if w in _TITLE_OPEN and i + 1 < self.n and self._glued_media(i + 1):
                continue
            if w in _TITLE_OPEN:
                j = self._closing_mark(i, _MAX_QUOTED_NAME)
                if j < 0 or not self.words[i + 1][:1].isupper():
                    continue
                inner = tuple(self.words[i + 1 : j])
                name = media.get(inner)
                if name is None and not (i > 0 and self._kind_noun(self.words[i - 1])):
                    continue
                start, stop = self.tok_span(i + 1, j)
                self.add(_Cand(start, stop, "ORG", "cue", i + 1, j, name or "", priority=4))
            elif (
                i + 1 < self.n
                and w in ("Der", "Die", "Das")
                and (w, self.words[i + 1]) in media
                and self.sent_start[self.sent_of[i]] != i
            ):
                start, stop = self.tok_span(i, i + 2)
                self.add(_Cand(start, stop, "ORG", "cue", i, i + 2, media[(w, self.words[i + 1])], priority=3))
            elif len(w) > 3 and w.isupper() and (w.capitalize(),) in media and self._capitals_stand_out(i):
                # Media write their own name in capitals: "sagte er dem STANDARD", "im SPIEGEL".
                start, stop = self.tok_span(i, i + 1)
                self.add(_Cand(start, stop, "ORG", "cue", i, i + 1, media[(w.capitalize(),)], priority=3))

    def _capitals_stand_out(self, i: int) -> bool:
        """A word in capitals inside a sentence otherwise written in lower and upper case, not a
        headline set in capitals."""
        sent = self.sent_of[i]
        a, b = self.sent_start[sent], self.sent_end[sent]
        if i == a:
            return False
        words = [w for w in self.words[a:b] if w.isalpha()]
        return sum(w.isupper() for w in words) * 3 < len(words)

    def _closing_mark(self, i: int, longest: int) -> int:
        """The closing quotation mark of the one opening at ``i``, with one to ``longest`` words
        between them; -1 where there is none."""
        limit = min(self.n, i + 2 + longest)
        for j in range(i + 1, limit):
            if self.words[j] in _TITLE_CLOSE:
                return j if j > i + 1 else -1
        return -1

    def _glued_media(self, k: int) -> bool:
        """ "„Bild“-Zeitung" is one token: the medium is the part before the closing mark."""
        word = self.words[k]
        cut = next((p for p, ch in enumerate(word) if ch in _TITLE_CLOSE), -1)
        name = self.lex.quoted_media.get((word[:cut],)) if cut > 0 and word[cut + 1 : cut + 2] == "-" else None
        if name is None:
            return False
        start = self.doc[k].idx
        self.add(_Cand(start, start + cut, "ORG", "cue", k, k + 1, name, priority=4))
        return True

    def _amount(self, k: int) -> bool:
        w = self.words[k]
        return w[:1].isdigit() or w.lower() in self.lex.amount_words

    def _event_name(self, head: int) -> None:
        """ "Zweiten Weltkrieg", "Kalten Krieg": capitalised adjectives inside a sentence before an
        event head; at a sentence start every adjective is capitalised ("Neuer Krieg droht")."""
        a = head
        while a > 0 and (self._name_adjective(a - 1) or self._inflected_after_article(a - 1)):
            a -= 1
        if a == head or self.sent_start[self.sent_of[a]] == a:
            return
        start, stop = self.tok_span(a, head + 1)
        self.add(_Cand(start, stop, "MISC", "misc", a, head + 1, self._event_nominative(a, head), priority=3))

    def _event_nominative(self, a: int, head: int) -> str:
        """ "des Zweiten Weltkriegs" -> "Zweiter Weltkrieg": one name for every case."""
        lex = self.lex
        noun, gender = lex.event_heads[self.words[head]]
        words = []
        for w in self.words[a:head]:
            if not w.endswith("er"):
                stem = next(
                    (w[: -len(e)] for e in lex.adjective_inflections if w.endswith(e) and len(w) - len(e) >= 3), w
                )
                w = stem + lex.adjective_nominative[gender]
            words.append(w)
        return " ".join([*words, noun])

    def _inflected_after_article(self, k: int) -> bool:
        """Without a tagger: a capitalised word with an adjective's ending right after an article
        ("des Zweiten", "im Kalten")."""
        return (
            not self.has_pos
            and k > 0
            and _CAP_ADJECTIVE.match(self.words[k]) is not None
            and self.words[k - 1].lower() in self.lex.event_articles
        )

    def _work_noun(self, k: int) -> bool:
        w = self.words[k].lower()
        return w in self.lex.work_nouns or w.endswith(self.lex.work_noun_endings)

    def _work_title(self, i: int) -> None:
        """A title in quotation marks after a noun for a work ("das Album „True Carnage“") or before
        one in apposition ("„Wickerts Bücher“, die ARD-Literatursendung")."""
        words = self.words
        j = self._closing_mark(i, self.lex.max_title_tokens)
        if j < 0 or not (words[i + 1][:1].isupper() or words[i + 1][:1].isdigit()):
            return
        before = i > 0 and self._work_noun(i - 1)
        after = (
            j + 3 < self.n
            and words[j + 1] == ","
            and words[j + 2].lower() in self.lex.definite
            and (self._work_noun(j + 3) or (j + 4 < self.n and self._work_noun(j + 4)))
        )
        if before or after:
            start, stop = self.tok_span(i + 1, j)
            self.add(_Cand(start, stop, "MISC", "misc", i + 1, j, self.text[start:stop], priority=4))

    def find_persons(self) -> None:
        lex = self.lex
        # Role nouns and honorifics right before a name.
        for i in range(self.n - 1):
            w = self.words[i]
            honor = w in lex.honor_f or w in lex.honor_m
            if i not in self.roles and not honor:
                continue
            if not honor and not self.singular_role(i):
                continue
            j = i + 1
            while j < self.n and self.words[j] in lex.titles:
                j += 1
            # After "Herr" or "Frau" a capitalised word is a name, whatever the tagger reads.
            got = self.take_name(j, allow_single=True, trust_tagger=not honor)
            if got is None:
                continue
            for length in (3, 2):
                end = j + length
                if (
                    got[2] < end <= self.n
                    and (self.words[end - 1],) in lex.known_persons
                    and all(lex.is_first_name(w) for w in self.words[j : end - 1])
                ):
                    # "Spitzenkandidat Cem Özdemir": given names before a surname the lists know,
                    # though it is a given name too.
                    got = (j, end - 1, end)
                    break
            c = self.person(*got, "role", 4)
            if honor and c is not None:
                c.gender = "f" if w in lex.honor_f else "m"
        # Persons known by surname ("Selenskyj sagte"), genitive included ("Putins").
        for i in range(self.n):
            w = self.words[i]
            if not w[:1].isupper() and w not in lex.particles:
                continue
            for length in (4, 3, 2, 1):
                if i + length > self.n:
                    continue
                words = tuple(self.words[i : i + length])
                if w.isupper() and len(w) > 2:
                    # "PUTIN" in a headline set in capitals.
                    words = tuple(x.capitalize() if x.isupper() else x for x in words)
                gender = lex.known_persons.get(words)
                base = ""
                if gender is None and length == 1 and w.endswith("s") and len(w) > 3:
                    gender = lex.known_persons.get((w[:-1],))
                    base = w[:-1]
                if gender is not None:
                    a = i
                    # "Mahatma Gandhi": a given name no list knows, which the model reads into
                    # the same person, opens the name.
                    while (
                        a > 0
                        and i - a < 2
                        and self.name_like(a - 1)
                        and self._model_person(a - 1, i + length)
                        # "hatte Stocker Orbán getroffen": the surname of another person.
                        and not self._surname_of_full_name(a - 1)
                    ):
                        a -= 1
                    c = self.person(a, i, i + length, "known", 2)
                    if c is not None:
                        c.gender, c.name = gender, base
                    break
        # Surnames by their form: "Kowalski", "Janukowitsch" is no German common noun.
        for i, w in enumerate(self.words):
            base = w[:-1] if w.endswith("s") else w
            if len(base) > 4 and base.endswith(lex.surname_endings) and self.name_like(i) and not w.isupper():
                # The lowest priority: a model's reading of the word wins ("Nowgorod-Wolinski").
                self.person(i, i, i + 1, "form", 0)
        # First name and surname.
        for i in range(self.n):
            if self._capital_particle(i) and (i == 0 or not lex.is_first_name(self.words[i - 1])):
                continue  # "Van Rompuy sagte": the particle opens a surname, it is no first name
            if lex.is_first_name(self.words[i]) and (i == 0 or not lex.is_first_name(self.words[i - 1])):
                if i > 0 and lex.known((self.words[i - 1], self.words[i])) is not None:
                    continue  # "New York Times": the given name ends a known name
                if any(known.type != "PER" for known in self._known_at(i, shortest=2)):
                    continue  # "Charlie Hebdo", "Jack Wolfskin": it opens a known name
                got = self.take_name(i, allow_single=False)
                if got is not None:
                    self.person(*got, "first", 3)
            elif (
                i + 1 < self.n
                and "-" in self.words[i + 1]
                and lex.joined_surname(self.words[i + 1])
                and self.name_like(i)
            ):
                got = self.take_name(i, allow_single=False)
                if got is not None and got[0] == i:
                    self.person(*got, "first", 2)

    def find_dateline_places(self) -> None:
        """ "Kananaskis. US-Präsident Trump …", "Washington/Kiew - Die Ukraine …": the word that
        opens a report's first paragraph before a full stop or a dash is the place it was filed
        from, whatever the model makes of an unknown word there."""
        found = self.doc._.paragraphs or layout_paragraphs(self.text, self.lang)
        paras = [p for p in found if p.kind not in ("headline", "subheading")]
        if not paras:
            return
        first = paras[0]
        m = _PLACE_LINE.match(self.text, first.start, first.end)
        if m is None:
            return
        span = self.doc.char_span(first.start, m.end(1), alignment_mode="expand")
        if span is None:
            return
        if ":" in self.words[span.end : span.end + 4]:
            return  # a title line: "DGAP - News: …", "Euronews - Africanews: …"
        lex = self.lex
        for j in range(span.start, span.end):
            w = self.words[j]
            if w == "/":
                continue
            # Capitals inside the word are a source's or body's short form ("SZOn", "DGAP").
            inner = any(c.isupper() and w[k - 1] != "-" for k, c in enumerate(w) if k)
            if inner or not self.name_like(j) or lex.is_first_name(w) or dictionary_word(w, self.lang):
                return
        for j in range(span.start, span.end):
            if self.words[j] != "/":
                start, end = self.tok_span(j, j + 1)
                self.add(_Cand(start, end, "LOC", "dateline", j, j + 1, priority=2))

    def find_opening_names(self) -> None:
        """ "Siemens streicht …", "Maresca schrieb …": a proper noun opening its sentence right
        before a full verb is its subject, and a subject the tagger reads as a proper noun is a
        name. Auxiliaries and modals are left out: "Heute ist …" is a sentence adverb's."""
        if not self.has_pos:
            return
        for a in self.sent_start.values():
            if a + 1 >= self.n or self.sent_of[a + 1] != self.sent_of[a]:
                continue
            w = self.words[a]
            if self.doc[a].pos_ != "PROPN" or not self.name_like(a):
                continue
            # Acronyms opening a sentence were more often abbreviations ("Z.B.") than names.
            if w.isupper() or not w.isalpha() or self._opening_adverb(a) or not self.words[a + 1].islower():
                continue
            if self.doc[a + 1].pos_ == "VERB":
                if self._subject_of_plural(a):
                    continue
            elif not self._proper_subject_before_finite(a):
                continue
            start, end = self.tok_span(a, a + 1)
            self.add(_Cand(start, end, "PER", "opening", a, a + 1, priority=0, surname=(a, a + 1)))

    def _proper_subject_before_finite(self, a: int) -> bool:
        """ "Mayer war … angetreten", "Maschmeyer wiederum war Gast": before an auxiliary, or an
        adverb and a finite verb, the opening word is a name where the second tagger, too, reads
        it as one and the parser makes it a subject; "Heute ist …" has neither."""
        second = self.second
        if second is None or second.tags[a] not in self.lex.name_tags or self.doc[a].dep_ != "nsubj":
            return False
        nxt = self.doc[a + 1]
        if nxt.pos_ in ("ADV", "ADJ") and a + 2 < self.n and self.sent_of[a + 2] == self.sent_of[a]:
            nxt = self.doc[a + 2]
        # The finite verb itself says whether one subject takes it; the parser may hang the
        # subject on a participle far off.
        return _finite_verb(nxt) and "Plur" not in nxt.morph.get("Number", [])

    def find_subject_names(self) -> None:
        """ "Huber agierte bislang …", "… erkannte Schönlein": a single unknown proper noun that
        the parser makes the subject of a verb only people do is a person, over the model's place
        or organisation reading (a gazetteer's name is left to the gazetteer)."""
        if not self.has_pos:
            return
        lex = self.lex
        # Only subjects are looked at: a Token object for every word costs more than the rule.
        dep = self.doc.to_array("DEP")
        for a in numpy.flatnonzero(dep == self.doc.vocab.strings["nsubj"]).tolist():
            tok = self.doc[a]
            verb = tok.head
            # One person takes a verb in the singular: "Angehörige hatten …" are many.
            if "Plur" in tok.morph.get("Number", []) or self._plural_subject(tok):
                continue
            if verb.dep_.startswith("aux"):
                verb = verb.head  # the parser hangs the subject on a modal: "will Riis gewusst haben"
            if not self._human_verb(verb):
                continue
            if tok.ent_type_ == "ORG" and (verb.lemma_ in lex.org_subject_verbs or verb.text in lex.speech_verbs):
                continue
            # The tagger reads unknown surnames as nouns too ("Huber"); then the model's reading
            # of the word as a name is needed.
            if tok.pos_ != "PROPN" and tok.tag_ not in lex.name_tags and not tok.ent_type_:
                continue
            w = self.words[a]
            if not self.name_like(a) or w.isupper() or not w.isalpha() or self._opening_adverb(a):
                continue
            if self._in_longer_ent(a) or self._lexicon_noun(a):
                continue  # "Der „Chaos Computer Club“ fordert": a common noun both taggers know
            if any(c.dep_ == "det" for c in tok.children):
                continue  # "der Rhein", "die Linke"
            # Only a name standing alone: a capitalised neighbour may be part of it.
            if any(
                0 <= k < self.n and self.sent_of[k] == self.sent_of[a] and self.name_like(k) and self._proper(k)
                for k in (a - 1, a + 1)
            ):
                continue
            start, end = self.tok_span(a, a + 1)
            self.add(_Cand(start, end, "PER", "subject", a, a + 1, priority=2, surname=(a, a + 1)))

    def find_listed_places(self) -> None:
        """ "Leipzig, Dresden, Spitzbergen oder Alfter": an unknown proper word in a list of single
        words with a known place is a place too. The lowest priority: any other reading wins."""
        lex = self.lex
        i = 0
        while i < self.n:
            items = [i]
            k = i + 1
            while k + 1 < self.n and (self.words[k] == "," or self.words[k] in lex.coordinators):
                items.append(k + 1)
                k += 2
            i = k if len(items) > 1 else i + 1
            # The list ends where an item is no single capitalised word ("… oder den Nordpol").
            capitalised = next((n for n, j in enumerate(items) if not self.words[j][:1].isupper()), len(items))
            items = items[:capitalised]
            if len(items) < 2 or not any(self._place_reading(j) for j in items):
                continue
            for j in items:
                w = self.words[j]
                if (
                    lex.known((w,)) is None
                    and self.name_like(j)
                    and not lex.is_first_name(w)
                    and not dictionary_word(w, self.lang)
                    and j != self.sent_start[self.sent_of[j]]
                ):
                    start, end = self.tok_span(j, j + 1)
                    self.add(_Cand(start, end, "LOC", "listed", j, j + 1, priority=0))

    def _place_reading(self, j: int) -> bool:
        """A known place, or the model's place, at token j."""
        hit = self.lex.known((self.words[j],))
        if hit is not None:
            return hit.type == "LOC"
        return self._model_alone(j, "LOC")

    def find_genitive_names(self) -> None:
        """ "Holroyds Stimme", "die Vertrauten Merkels": a single unknown proper noun in the
        genitive beside a noun of a person's kin, circle or life is a person."""
        if not self.has_pos:
            return
        lex = self.lex
        for a, w in enumerate(self.words):
            if len(w) < 4 or not w.endswith("s") or not w[1:].islower():
                continue
            tok = self.doc[a]
            if (
                tok.pos_ != "PROPN"
                and tok.tag_ not in lex.name_tags
                and not tok.ent_type_
                # "Dutertes Sprecher": a word no dictionary knows, with or without its -s.
                and ("-" in w or dictionary_word(w, self.lang) or dictionary_word(w[:-1], self.lang))
            ):
                continue
            if not self.name_like(a) or lex.known((w[:-1],)) is not None or self._in_longer_ent(a):
                continue
            before = self.words[a - 1] if a > 0 else ""
            after = self.words[a + 1] if a + 1 < self.n else ""
            if after in lex.person_relation_nouns:
                other = a - 1
            elif before in lex.person_relation_nouns:
                other = a + 1
            else:
                continue
            if 0 <= other < self.n and self.name_like(other) and self._proper(other):
                continue  # part of a longer name
            self.person(a, a, a + 1, "genitive", 2)

    def _human_verb(self, verb: Token) -> bool:
        """By lemma; by the verb's form where the lemmatiser slipped ("gewusst" -> "wussen")."""
        lex = self.lex
        w = verb.lower_
        # A separated particle can make a verb that companies do too: "ruft … zurück" (recalls).
        particle = next((c.lower_ for c in verb.children if c.dep_ in _PARTICLE_DEPS), "")
        if particle and particle + verb.lemma_ in lex.shared_particle_verbs:
            return False
        if verb.lemma_ in lex.human_subject_verbs or w in lex.human_subject_forms or verb.text in lex.speech_verbs:
            return True
        if verb.lemma_ in lex.frame_lemmas and any(
            c.pos_ == "VERB" and (c.lemma_ in lex.framed_speech_verbs or c.lemma_ in lex.human_subject_verbs)
            for c in verb.children
        ):
            return True  # "ließ Blaszkiewitz verbreiten"
        stems = [w, w[2:]] if w.startswith("ge") else [w]
        return any(
            x.endswith(e) and x[: -len(e)] + "en" in lex.human_subject_verbs
            for x in stems
            for e in lex.verb_form_endings
            # The lemmatiser slips on particle verbs too ("ruft … zurück" -> "rufben").
            if particle + x[: -len(e)] + "en" not in lex.shared_particle_verbs
        )

    @staticmethod
    def _plural_subject(tok: Token) -> bool:
        """A subject whose verb is in the plural and no other name is coordinated with it
        ("Huber und Maier sagten" is two persons; "Angehörige, Freunde und Wegbegleiter hatten"
        is groups)."""
        return "Plur" in tok.head.morph.get("Number", []) and not any(
            c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children
        )

    def _subject_of_plural(self, a: int) -> bool:
        """A single word that is the subject of a verb in the plural names no single person
        ("Täglich präsentieren wir …" read wrongly), unless the article names it elsewhere."""
        if not self.has_pos:
            return False
        tok = self.doc[a]
        if tok.dep_ != "nsubj" or not self._plural_subject(tok):
            return False
        return not self._name_elsewhere(a) and self.lex.known_persons.get((self.words[a],)) is None

    def _in_longer_ent(self, a: int) -> bool:
        tok = self.doc[a]
        return tok.ent_iob_ == "I" or (a + 1 < self.n and self.doc[a + 1].ent_iob_ == "I")

    def find_cued(self) -> None:
        """Names known only by their context: a verb of saying next to a person, a noun naming
        the kind of a place or organisation before it, a legal form after a company, a first
        name standing alone. The lowest priority: any other reading of the words wins."""
        lex = self.lex
        for i, w in enumerate(self.words):
            if w in lex.speech_verbs or (w in lex.speech_after_comma and i > 0 and self.words[i - 1] == ","):
                self._cued_person_after(i)
                if w in lex.speech_verbs:
                    self._cued_person_before(i)
            elif w in lex.place_nouns or self._place_compound(w):
                self._cued_names(i + 1, "LOC")
            elif w in lex.place_name_openers and i > 0:
                self._opened_place(i)
            elif w in lex.org_nouns:
                self._cued_names(i + 1, "ORG")
            elif w in lex.legal_forms and i > 0:
                self._cued_company(i)
            elif lex.is_first_name(w, alone=True) and w.casefold() not in lex.not_alone and self._alone(i):
                self.person(i, i, i + 1, "first", 0)
            elif self._street(w):
                start, end = self.tok_span(i, i + 1)
                self.add(_Cand(start, end, "LOC", "cue", i, i + 1, priority=0))
            elif (district := self._district(w)) is not None:
                start, end = self.tok_span(i, i + 1)
                self.add(_Cand(start, end, "LOC", "cue", i, i + 1, district, priority=2))
            elif self._abbreviation(i):
                start, end = self.tok_span(i, i + 1)
                self.add(_Cand(start, end, "ORG", "cue", i, i + 1, priority=0))

    def _abbreviation(self, i: int) -> bool:
        """ "ICOMOS", "BVG", "DGfKM": a short word in capitals that no list knows names an
        organisation, unless it stands among other words in capitals, after a number (a unit:
        "20 KB") or as a dateline."""
        w = self.words[i]
        if not _ABBREVIATION.match(w) or len(_SMALL_LETTER.findall(w)) > 1 or _ROMAN.match(w):
            return False
        lex = self.lex
        if (
            w in lex.not_org_abbreviations
            or w in lex.not_names
            or w in lex.legal_forms
            or i in self.roles
            or lex.known((w,)) is not None
        ):
            return False
        before = self.words[i - 1] if i > 0 else ""
        after = self.words[i + 1] if i + 1 < self.n else ""
        if any(len(x) > 1 and x.isupper() for x in (before, after)) or before[:1].isdigit():
            return False  # a headline, a unit ("20 KB")
        if before == "/" and after == "/":
            return False  # editors' initials in a wire footer: "/ dm / DP / jha"
        # A dateline opening a wire report: "LAUGNA : …", "BONN ( dpa )".
        return not (i == self.sent_start[self.sent_of[i]] and after in _DATELINE_AFTER)

    def _street(self, w: str) -> bool:
        """ "Schwanitzstraße", "Elbchaussee": a street named in one word."""
        low = w.lower()
        return (
            w[:1].isupper()
            and w not in self.lex.not_streets
            and any(low.endswith(e) and len(low) > len(e) + 2 for e in self.lex.street_endings)
        )

    def _district(self, w: str) -> str | None:
        """ "Rhein-Sieg-Kreises" -> "Rhein-Sieg-Kreis": a district named by capitalised parts
        joined with hyphens to the word for it; its name in the nominative."""
        parts = w.split("-")
        nominative = self.lex.district_heads.get(parts[-1])
        if len(parts) < 2 or nominative is None:
            return None
        if not all(p[:1].isupper() and p[1:].islower() for p in parts[:-1]):
            return None
        return "-".join([*parts[:-1], nominative])

    def _alone(self, i: int) -> bool:
        """A first name with no capitalised word beside it, outside quotation marks (a title:
        "Frank") and not after "St." (a place or church)."""
        if not self.name_like(i):
            return False
        prev = self.words[i - 1] if i > 0 and self.sent_of[i - 1] == self.sent_of[i] else ""
        nxt = self.words[i + 1] if i + 1 < self.n else ""
        if prev == "." and i > 1 and self.words[i - 2] in self.lex.saints:
            return False
        if prev in self.lex.saints or (prev[:1].isupper() and prev[:1].isalpha()) or nxt[:1].isupper():
            return False
        return not (prev in _QUOTES and nxt in _QUOTES)

    def _name_ends(self, k: int) -> bool:
        return k >= self.n or self.words[k] in _NAME_END or self.sent_of[k] != self.sent_of[k - 1]

    def _cued_person_after(self, i: int) -> None:
        """ "…", sagte Müller. / …, so Hirsch."""
        if i == 0 or self.words[i - 1] not in _SPEECH_BEFORE:
            return
        j = i + 1
        while j < self.n and self.words[j] in self.lex.titles:
            j += 1
        got = self.take_name(j, allow_single=True, trust_tagger=False) if j < self.n else None
        if got is not None and self._name_ends(got[2]):
            self.person(*got, "cue", self._speaker_priority(got[0], got[2]))

    def _cued_person_before(self, i: int) -> None:
        """Müller sagte, …: a name opening its sentence right before a verb of saying."""
        for a in (i - 1, i - 2, i - 3):
            if a < 0 or self.sent_of[a] != self.sent_of[i]:
                return
            if a == self.sent_start[self.sent_of[a]] or self.words[a - 1] in _NAME_START:
                if self.has_pos and self.doc[a].pos_ not in ("PROPN", "NOUN", "X"):
                    return  # "Mittlerweile erklärt …", "Alles sagte …"
                got = self.take_name(a, allow_single=True, trust_tagger=False)
                if got is not None and got[2] - got[0] == 1 and (self._opening_adverb(a) or self._lexicon_noun(a)):
                    return  # "Weiter sagte der Journalist, …", "Gewinn verspricht die Dividende"
                if got is not None and got[2] == i:
                    self.person(*got, "cue", self._speaker_priority(got[0], got[2]))
                return

    def _speaker_priority(self, a: int, b: int) -> int:
        """A speaker no gazetteer knows is a person even where the model read a place or an
        organisation ("…, sagte Mailis."): places do not speak, and an organisation that does
        is mostly a known one."""
        return 0 if self.lex.known(tuple(self.words[a:b])) is not None else 2

    def _cued_names(self, j: int, etype: EntityType) -> None:
        """The capitalised words after a place or organisation noun; for places a list of them
        ("den Ortsteilen Gelbensande und Willershagen"), for organisations "und" may be part of
        the name ("Firma Harles und Jentzsch")."""
        listed = False
        while j < self.n and self.name_like(j) and (listed or not self.common_noun(j, trust_ner=False)):
            end = j + 1
            # A further word belongs to the name only where the tagger reads it as a name too.
            while end < self.n and end - j < 3 and self.name_like(end) and self._proper(end):
                end += 1
            person_end = self._kind_over_person(j)
            if person_end:
                end = person_end
            start, stop = self.tok_span(j, end)
            self.add(_Cand(start, stop, etype, "cue", j, end, priority=2 if person_end else 0))
            if etype == "LOC" and end + 1 < self.n and self.words[end] in self.lex.coordinators:
                # In a list the tagger's reading matters less: unknown names are often tagged nouns.
                j, listed = end + 1, True
                continue
            break

    def _opened_place(self, i: int) -> None:
        """ "in Kloster Seeon", "auf Schloss Meseberg": the noun and the name after it are one
        place's name. Only a name that is no common noun ("Gut Wetter" is none)."""
        j = i + 1
        if j >= self.n or not self.name_like(j) or j in self.roles:
            return
        if self.common_noun(j, trust_ner=False) and dictionary_word(self.words[j], self.lang):
            return  # the tagger reads unknown names as nouns too ("Kloster Seeon")
        end = j + 1
        while end < self.n and end - j < 2 and self.name_like(end) and self._proper(end):
            end += 1
        start, stop = self.tok_span(i, end)
        self.add(_Cand(start, stop, "LOC", "cue", i, end, priority=1))

    def _kind_over_person(self, a: int) -> int:
        """The end of a name the model reads as a person right after a noun of kind, where the
        noun outweighs that reading ("die Küstenstadt Galveston", "des Senders Sky News"), else
        0. Not for a genitive ("das Unternehmen Musks") nor a first name or a known person."""
        doc = self.doc
        if doc[a].ent_type_ != "PER" or doc[a].ent_iob_ != "B":
            return 0
        b = a + 1
        while b < self.n and doc[b].ent_iob_ == "I":
            b += 1
        words = self.words[a:b]
        if (
            (len(words) == 1 and words[0].endswith("s"))
            or self.lex.is_first_name(words[0])
            or tuple(words) in self.lex.known_persons
        ):
            return 0
        return b if all(self.name_like(k) for k in range(a, b)) else 0

    def _proper(self, k: int) -> bool:
        return not self.has_pos or self.doc[k].pos_ == "PROPN"

    def _cued_company(self, i: int) -> None:
        """ "Maple Bank GmbH": capitalised words before a legal form ("GmbH & Co. KG" is one)."""
        lex = self.lex
        if i + 1 < self.n and (self.words[i + 1] in lex.legal_forms or self.words[i + 1] in _FORM_JOINERS):
            return
        a = i
        while a > 0 and self.words[a - 1] in lex.legal_forms | _FORM_JOINERS:
            a -= 1
        stop_at = a
        while a > 0 and stop_at - a < 4:
            prev = self.words[a - 1]
            if prev[:1].isupper() and prev not in lex.not_names:
                a -= 1
            elif prev in lex.name_signs and a > 1 and a < stop_at and self.words[a - 2][:1].isupper():
                a -= 2  # "ECO Business - Immobilien AG": parts joined by a dash written apart
            else:
                break
        if a < stop_at:
            start, stop = self.tok_span(a, i + 1)
            # A legal form is evidence enough to outweigh a model's or gazetteer's reading of a part.
            self.add(_Cand(start, stop, "ORG", "cue", a, i + 1, priority=2))

    def singular_role(self, i: int) -> bool:
        """Whether role noun i can be a title before one name: "Soldaten Opfer" is a plural.

        An -en/-n form is singular only after a singular article ("den US-Gesandten Witkoff",
        "des Präsidenten Macron").
        """
        m = self.roles[i]
        if m.feminine or m.ending not in ("en", "n"):
            return True
        a = i
        while a > 0 and self.adjective_at(a - 1):
            a -= 1
        return a > 0 and self.words[a - 1].lower() in self.lex.singular_oblique

    def _surname_of_full_name(self, a: int) -> bool:
        """Whether the word at a, no given name itself, closes a full name elsewhere in the
        article ("Christian Stocker" for "Stocker")."""
        w = self.words[a]
        if self.lex.is_first_name(w):
            return False
        if self._surname_at is None:
            self._surname_at = {}
            for k in range(1, self.n):
                if self.lex.is_first_name(self.words[k - 1]):
                    self._surname_at.setdefault(self.words[k], []).append(k)
        return any(k != a for k in self._surname_at.get(w, ()))

    def _name_elsewhere(self, a: int) -> bool:
        w = self.words[a]
        if a != self.sent_start[self.sent_of[a]] or self.lex.is_first_name(w) or (w,) in self.lex.known_persons:
            return True
        stem = w[:-1] if w.endswith("s") else w
        return any(
            (x == w or x.startswith(stem)) and k != a and k != self.sent_start[self.sent_of[k]]
            for k, x in enumerate(self.words)
        )

    def _determined_noun(self, a: int) -> bool:
        """A single word both taggers read as a common noun, with an article of its own: "der
        am Ufer mündende Bach", "ein gefüllter Fisch". German names in news rarely take one; the
        model's person reading of such a word is its slip."""
        tok = self.doc[a]
        if not self.has_pos or tok.pos_ != "NOUN" or tok.tag_ in self.lex.name_tags:
            return False
        w = self.words[a]
        if self.lex.is_first_name(w) or (w,) in self.lex.known_persons:
            return False
        return any(c.dep_ == "det" and c.i < a and c.lower_ in self.lex.determiners for c in tok.children)

    def _noun_with_article(self, a: int) -> bool:
        """A word of the dictionary that both taggers read as a common noun, with its own
        article or a preposition fused with one ("die Stadien", "im Vorfeld"): the model's place
        reading of it is its slip. Names with an article are in the gazetteer ("die Schweiz"),
        tagged as names ("der Rhein") or unknown to the dictionary ("im Walchensee")."""
        tok = self.doc[a]
        if not self.has_pos or tok.pos_ != "NOUN" or tok.tag_ in self.lex.name_tags or tok.dep_ in self.lex.name_deps:
            return False
        if not dictionary_word(self.words[a], self.lang):
            return False
        return any(c.i < a and (c.lower_ in self.lex.determiners or c.tag_ == "APPRART") for c in tok.children)

    def _place_adjective_before_noun(self, a: int) -> bool:
        """ "Berliner" in "der Berliner Bürgermeister", "die Münchner Polizei": an adjective in -er
        of a place before the noun it describes (a role or a common noun)."""
        if self.lex.place_of_er_adjective(self.words[a]) is None or a + 1 >= self.n:
            return False
        nxt = a + 1
        if not self.words[nxt][:1].isupper() or self.sent_of[nxt] != self.sent_of[a]:
            return False
        return nxt in self.roles or (self.has_pos and self.doc[nxt].pos_ == "NOUN" and not self.doc[nxt].ent_type_)

    def _inflected_noun(self, a: int) -> bool:
        """A plural or dative of a common noun the dictionary knows ("zwischen Köchen und Gästen",
        "durch Presseorgane"): names are seldom so inflected. Towns that look like plurals
        ("in Weiden", "nach Bingen") follow a preposition of place, and the genitive -s is left
        to the name rules."""
        w = self.words[a]
        if len(w) < 5 or w.endswith("s") or self.lex.is_first_name(w) or (w,) in self.lex.known_persons:
            return False
        if a > 0 and self.words[a - 1].lower() in self.lex.place_prepositions:
            return False
        base = dictionary_form(w, self.lang)
        return base != w and base[:1].isupper() and w[:1] == base[:1] and dictionary_word(base, self.lang)

    def _lexicon_noun(self, a: int) -> bool:
        """A word that the second tagger finds in its lexicon as a common noun and the dictionary
        knows as one ("Transparenz", "Baugrube"): a model's person or place reading of it alone
        is its slip. Organisations are left alone: many are named by a noun ("Bild", "Union").
        Surnames that are nouns ("Koch sagte") come back through the subject and surname rules."""
        second = self.second
        if second is None or not second.sure(a) or second.tags[a] not in self.lex.noun_tags:
            return False
        w = self.words[a]
        if self.lex.is_first_name(w) or (w,) in self.lex.known_persons:
            return False
        return dictionary_word(w, self.lang) and not lower_case_word(w, self.lang)

    def _compound_noun(self, a: int) -> bool:
        """A compound of two words, the last a common noun in the second tagger's lexicon, that no
        name list knows ("Edelstahltank", "Kraftfahrzeugmotoren", "Hurrikansaison"): the model
        reads such a word as a place or person by its shape alone. Compounds ending like surnames
        and places ("Hörmann", "Wolfsburg"), names of bodies ("Völkerbund", "Landesregierung")
        and compounds opened by a given name are left to the model."""
        w = self.words[a]
        lex = self.lex
        if (
            len(w) < 7
            or not w[:1].isupper()
            or w.lower().endswith(lex.name_compound_endings)
            or lex.is_first_name(w)
            or (w,) in lex.known_persons
            or lex.known((w,)) is not None
        ):
            return False
        for modifier, head in compound_splits(w, self.lang):
            if lexicon_tags(head, self.lang) & lex.compound_noun_tags:
                return not (lex.is_first_name(modifier) or lex.known((modifier,)) is not None)
        return False

    def _lone_proper(self, a: int) -> bool:
        return self.has_pos and self.doc[a].pos_ == "PROPN" and not self._opening_adverb(a)

    def _opening_adverb(self, a: int) -> bool:
        """An adverb or adjective by its ending ("Normalerweise"), or, opening a sentence, one the
        dictionary knows only in lower case ("Offiziell", "Momentan"); inside a sentence the
        capital makes it a name ("Herr Fröhlich")."""
        w = self.words[a]
        if w.lower().endswith(self.lex.adverb_endings):
            return True
        at_start = a == self.sent_start[self.sent_of[a]]
        # "Heuer stehe …": an adverb that is also a noun or surname, opening its sentence.
        return at_start and (w in self.lex.opening_adverbs or lower_case_word(w, self.lang))

    def _plausible_name(self, a: int, b: int) -> bool:
        """Whether a model's LOC/ORG/MISC span can be a name: a role noun ("Vertretern") or a
        word that is never a name ("Regierung", "Euro") is not. Endings of common nouns and the
        tagger's NOUN are no evidence here: place names end in them too ("Rheinland",
        "Euskirchen"), and measured on GermEval, dropping such spans lost more than it saved."""
        if any(
            k in self.roles
            or self.words[k] in self.lex.not_names
            or self.words[k] in self.lex.titles
            # A cut-off compound ("Kongress- und Senatswahl") is no name of its own.
            or (self.words[k].endswith("-") and self.words[k] not in self.lex.name_signs)
            for k in range(a, b)
        ):
            return False
        if (
            b - a == 1
            and self.common_noun(a, trust_ner=False)
            and self.lex.noun_suffix_re.search(self.words[a].lower())
        ):
            return False  # a common noun by form and by the tagger: "Innenstadt"
        if b - a == 1 and self.lex.is_demonym(self.words[a]):
            return False
        if b - a == 1 and self.words[a].lower().endswith(self.lex.never_name_endings):
            return False  # "aus Koalitionskreisen": a source, whatever the model reads
        # A lower-case word that cannot stand inside a name: "Anhand verschiedener".
        return all(self._inner_ok(k, a, b) for k in range(a, b))

    def _inner_ok(self, k: int, a: int, b: int) -> bool:
        w = self.words[k]
        return (
            w[:1].isupper()
            or w in self.lex.name_inner
            or (a < k < b - 1 and w in self.lex.name_signs)
            # A number after a capitalised word: roads, lines and trains ("A 7", "ICE 26").
            or (a < k and w.isdigit())
            or _TAG.match(w) is not None
            or (k == a and _DOMAIN.match(w) is not None)
        )

    def _genitive_person(self, a: int, b: int) -> bool:
        """An unknown single name in the genitive before its noun, read by the model as a place:
        "Bouteflikas Versöhnung", "Palins Schwester". A place there would be known to the
        gazetteer in its base form ("Moskaus Führung")."""
        w = self.words[a]
        if b - a != 1 or not self.has_pos or b >= self.n or len(w) < 4 or not w.endswith("s"):
            return False
        if self.lex.known((w[:-1],)) is not None or self.lex.known((w,)) is not None:
            return False
        if a > 0 and self.words[a - 1] in self.lex.place_prepositions:
            return False  # "bei Dörfles Kronach": a place before its district
        return self.doc[a].pos_ == "PROPN" and self.doc[b].pos_ in ("NOUN", "ADJ") and w[1:].islower()

    def _opens_name(self, w: str) -> bool:
        """Whether a model's span may start with word w: a capital, a hashtag or account, or a
        web address, which are written in lower case ("@faznet", "spiegel.de")."""
        return w[:1].isupper() or _TAG.match(w) is not None or _DOMAIN.match(w) is not None

    def common_noun(self, k: int, trust_ner: bool = True) -> bool:
        """Whether the tagger (where one ran) reads token k as a common noun and the recogniser
        does not read it as a name."""
        if not self.has_pos or self.doc[k].pos_ != "NOUN" or (trust_ner and self.doc[k].ent_type_):
            return False
        # The STTS tagger and the parser see names the word-class tagger misses: unknown
        # surnames are often NOUN but NE ("Herr Langen"), or a name part ("Kommissar Flynn").
        if self.doc[k].tag_ in self.lex.name_tags or self.doc[k].dep_ in self.lex.name_deps:
            return False
        w = self.words[k]
        return not (self.lex.is_first_name(w) or (w,) in self.lex.known_persons or self.lex.known((w,)))

    def _adjective_and_noun(self, a: int) -> bool:
        """An adjective the dictionary knows in lower case before a word it knows as a common noun,
        opening a sentence or line ("Knapper Sieg", "Neue Hoffnung"): a phrase, not a name. Names
        of this shape are in the gazetteers ("Deutsche Bahn", "Freie Wähler")."""
        if a != self.sent_start[self.sent_of[a]]:
            return False
        adj, noun = self.words[a], self.words[a + 1]
        return (
            lower_case_word(adj, self.lang)
            and dictionary_word(noun, self.lang)
            and noun[:1].isupper()
            and self.common_noun(a + 1, trust_ner=False)
        )

    def _common_noun_as_body(self, a: int) -> bool:
        """A single word the model reads as an organisation that its article shows to be a
        common noun: after a preposition fused with its article ("Im Zentrum steht …"; bodies so
        named are in the gazetteer: "im Bundestag"), after a demonstrative ("dieses Zentrum": a
        body named before, pointed back to), or a compound of common nouns after any article
        ("während der Hurrikansaison"; bodies so named end in the head of one)."""
        if a == 0:
            return False
        fused = self.doc[a - 1].tag_ == "APPRART"
        before = self.words[a - 1].lower()
        return (
            (fused and self._lexicon_noun(a))
            or (before in self.lex.demonstratives and (self._lexicon_noun(a) or self.common_noun(a, trust_ner=False)))
            or ((fused or before in self.lex.determiners) and self._compound_noun(a))
        )

    def _adjective_before_noun(self, a: int) -> bool:
        """An adjective the dictionary knows only in lower case before a word it knows as a common
        noun ("Steinerne Brücke", "Großes Theater"), neither a given name: no person is so named."""
        adj, noun = self.words[a], self.words[a + 1]
        if self.lex.is_first_name(adj) or self.lex.is_first_name(noun) or (noun,) in self.lex.known_persons:
            return False
        return (
            lower_case_word(adj, self.lang)
            and dictionary_word(noun, self.lang)
            and not lower_case_word(noun, self.lang)
            and bool(lexicon_tags(noun, self.lang) & self.lex.compound_noun_tags)
        )

    def _thing_compound(self, k: int) -> bool:
        """A hyphenated common noun whose last part the dictionary knows and which names no kind
        of organisation ("Tomahawk-Marschflugkörpern", "Nato-Staaten"; not "SPD-Fraktion")."""
        w = self.words[k]
        if "-" not in w or not self.common_noun(k, trust_ner=False):
            return False
        last = w.rsplit("-", 1)[1]
        if not last[:1].isupper() or not last.isalpha() or not dictionary_word(last, self.lang):
            return False
        low = last.lower()
        return not (low.endswith(self.lex.org_head_endings) or last in self.lex.org_nouns)

    def find_model_entities(self) -> None:
        doc = self.doc
        if not doc.has_annotation("ENT_IOB"):
            return
        # Gazetteer names by their first token, to test a model span against the ones around it
        # without a pass over all candidates per span (long texts have thousands of each).
        gaz_at: dict[int, list[_Cand]] = {}
        reach = 0
        for c in self.cands:
            if c.source == "gaz":
                gaz_at.setdefault(c.tok_start, []).append(c)
                reach = max(reach, c.tok_end - c.tok_start)
        for ent in doc.ents:
            label = ent.label_
            a, b = ent.start, ent.end
            # Punctuation at the edges is the model's slip ("Dalian -"); inside, a list ("A , B").
            while a < b and (doc[a].is_punct or doc[a].is_space):
                a += 1
            while b > a and (doc[b - 1].is_space or (doc[b - 1].is_punct and not _INITIAL.match(self.words[b - 1]))):
                b -= 1
            # Joining words at the edges belong to no name: "ALG I und".
            while a < b and self.words[a] in self.lex.name_inner and not self.words[a][:1].isupper():
                a += 1
            while b > a and self.words[b - 1] in self.lex.name_inner and not self.words[b - 1][:1].isupper():
                b -= 1
            if a >= b or any(doc[k].is_space or self.words[k] in ",;:()[]" for k in range(a, b)):
                continue
            if b - a > 2 and self.lex.is_demonym(self.words[a]) and self.lex.is_first_name(self.words[a + 1]):
                # "der Deutsche Marcel Kittel", "die Französin Marie Dupont": the person's
                # nationality, no part of a name; the given-name rule finds the person.
                a += 1
                label = "PER"
            if b - a > 1 and self.words[b - 1] in self.lex.org_head_words:
                label = "ORG"  # "Transparency International": a body, whatever the model read
            if label == "PER" and b - a > 1 and self._kind_compound(self.words[a]) and a not in self.roles:
                # "der Getränkehersteller Pepsi": the kind of company before its name.
                a += 1
                label = "ORG"
            if (
                label == "PER"
                and b - a == 1
                and a > 0
                and self.words[a - 1].lower() in self.lex.place_only_preps
                and not (self.words[a].endswith("s") and self.common_noun(a + 1, trust_ner=False))
            ):
                label = "LOC"  # "In Cambridge wurde ihr Kind geboren": one is born in a place, not a person
            if label == "PER":
                # A sentence's opening word the model took into the name: "Da Wilder", "Laut Parker".
                # So is an article or possessive: "[Mein] Mandant" in a quote names nobody.
                while a < b and (
                    a in self.roles
                    or self.words[a] in self.lex.titles
                    or self.words[a] in self.lex.not_names
                    or self.words[a].lower() in self.lex.determiners
                ):
                    a += 1
                # A genitive before its noun: "Jeffersons Bau", "McCartneys Ohr".
                if (
                    b - a == 2
                    and self.words[a].endswith("s")
                    and not self.words[a + 1].endswith("s")  # "Venus Williams"
                    and self.common_noun(a + 1, trust_ner=False)
                ):
                    b -= 1
                if a >= b:
                    continue
                # The model stops before a surname joined to its particle: "Baschar [al-Assad]",
                # or after a particle written with a capital: "[Bart De] Wever".
                while b < self.n and self.lex.joined_surname(self.words[b]):
                    b += 1
                if b - a > 1 and self._capital_particle(b - 1):
                    b += 1
                    while b < self.n and not self.name_like(b - 1) and self.words[b - 1] in self.lex.particles:
                        b += 1
                if b - a == 1 and (
                    self.lex.known((self.words[a],)) is not None
                    or self._lexicon_noun(a)
                    or self._inflected_noun(a)
                    or self._compound_noun(a)
                ):
                    continue
                if not self._plausible_name(a, b):
                    continue
                if b - a == 2 and self._adjective_before_noun(a):
                    continue  # "die Steinerne Brücke": a name, but no person's
                if b - a == 1 and not self._name_elsewhere(a) and not self._lone_proper(a):
                    # A lone capitalised word opening a sentence ("Normalerweise", "Seither")
                    # is a person only if the article names it elsewhere too, or the tagger
                    # reads it as a proper noun and it has no adverb's ending.
                    continue
                if b - a == 1 and (self._determined_noun(a) or self._subject_of_plural(a)):
                    continue
                s = a
                while s < b - 1 and (self.lex.is_first_name(self.words[s]) or s == a):
                    s += 1
                    if self.words[s] in self.lex.particles or self._capital_particle(s):
                        break
                if self._capital_particle(a) or self.words[a] in self.lex.particles:
                    s = a  # "Van Rompuy sagte": a name that opens with its particle is all surname
                if b - a == 2 and self._surname_of_full_name(a) and self._surname_of_full_name(a + 1):
                    # "hatte Stocker Orbán getroffen": two people named in full before, subject and
                    # object side by side, not one name.
                    self.person(a, a, a + 1, "model", 1)
                    self.person(a + 1, a + 1, b, "model", 1)
                    continue
                self.person(a, s if b - a > 1 else a, b, "model", 1)
                continue
            # A quantifier or a compound naming the kind of body the model took into the name:
            # "Mehrere VW", "Spielzeughersteller Mattel".
            while b - a > 1 and (
                (self.words[a] in self.lex.not_names and self.words[a].lower() not in self.lex.determiners)
                or (self._kind_compound(self.words[a]) and self.words[a + 1][:1].isupper())
            ):
                a += 1
            known = self.lex.known(tuple(self.words[a:b]))
            if known is None and label != "ORG" and b - a == 1 and self._party_in_brackets(a):
                label = "ORG"  # "Rob Jetten (D66)": the party of the person before the bracket
            if known is None and not self._plausible_name(a, b):
                continue
            if known is None and b - a == 1 and self._thing_compound(a):
                continue  # "Tomahawk-Marschflugkörpern", "Nato-Staaten": a kind of thing, no name
            if known is None and b - a == 1 and self._place_adjective_before_noun(a):
                continue  # "der Berliner Bürgermeister": the place's adjective, no name of its own
            if known is None and b - a == 2 and self._adjective_and_noun(a):
                continue  # "Knapper Sieg für die CDU": a headline's phrase, no name
            if (
                known is None
                and b - a == 1
                and (
                    self._opening_adverb(a)
                    or (
                        label == "LOC"
                        and (
                            self._noun_with_article(a)
                            or self._lexicon_noun(a)
                            or self._inflected_noun(a)
                            or self._compound_noun(a)
                        )
                    )
                    or (label == "ORG" and self._common_noun_as_body(a))
                )
            ):
                continue  # "Jährlich verkaufen sie …", "im Vorfeld", "die Stadien", "die Effizienz"
            etype: EntityType
            if known is not None:
                etype, name = known.type, known.name
            elif label == "LOC" and self._genitive_person(a, b):
                self.person(a, a, b, "model", 1)
                continue
            elif label in ("LOC", "ORG", "MISC"):
                etype, name = label, ""  # type: ignore[assignment]
            else:
                continue
            if not self._opens_name(self.words[a]):
                continue
            start, end = self.tok_span(a, b)
            # A multi-word name the model found ("Staatsgalerie Stuttgart", "Real Madrid") is
            # trusted over a gazetteer word inside it; one with lower-case words or roles is not.
            whole = b - a > 1 and all(self._inner_ok(k, a, b) for k in range(a, b))
            # Not over a longer known name around it: "[Demokratischen Republik] Kongo".
            whole = whole and not any(
                c.start <= start and c.end >= end and c.end - c.start > end - start
                for k in range(max(0, a - reach), a + 1)
                for c in gaz_at.get(k, ())
            )
            if etype == "ORG" and not name and b - a > 1 and self._name_adjective(a):
                # "des Deutschen Pétanque Verbands" is the "Deutscher Pétanque Verband".
                name = self._adjective_name_nominative(a, b - 1, b) or ""
            self.add(_Cand(start, end, etype, "model", a, b, name, priority=3 if whole else 1))

    def _party_in_brackets(self, a: int) -> bool:
        """A short word in capitals alone in brackets right after a person's name ("Jetten
        (D66)", "Wilders (PVV)"): news style names a politician's party so."""
        if a < 2 or a + 1 >= self.n or self.words[a - 1] != "(" or self.words[a + 1] != ")":
            return False
        w = self.words[a]
        if not 2 <= len(w) <= 8 or not w[0].isupper() or not all(c.isupper() or c.isdigit() for c in w):
            return False
        return self.doc[a - 2].ent_type_ == "PER" or any(c.type == "PER" and c.tok_end == a - 1 for c in self.cands)

    def find_surnames(self, chosen: list[_Cand]) -> list[_Cand]:
        """Later (and earlier) mentions of a person by surname alone, genitive included."""
        keys: dict[tuple[str, ...], bool] = {}
        single: dict[str, bool] = {}
        # Surnames of persons named with a first name: only these outweigh a model's reading.
        full_names: set[str] = set()
        multi_full: set[tuple[str, ...]] = set()
        for c in chosen:
            if c.type != "PER" or c.surname is None:
                continue
            s, b = c.surname
            words = tuple(self.words[s:b])
            keys[words] = True
            if s > c.tok_start and len(words) == 1:
                full_names.add(self.lex.translit_key(words[0]))
            elif s > c.tok_start:
                multi_full.add(words)
            bare = self.lex.joined_surname(words[0]) if len(words) == 1 else None
            if bare:
                # "Assad" later in the text for "al-Assad".
                keys[(bare,)] = True
                single[self.lex.translit_key(bare)] = True
            if len(words) == 1:
                single[self.lex.translit_key(words[0])] = True
                if words[0].endswith("s") and len(words[0]) > 3:
                    # The surname may have been met first in the genitive ("Donald Trumps Zölle").
                    keys[(words[0][:-1],)] = True
                    single[self.lex.translit_key(words[0][:-1])] = True
        # The surname of a person named in full outweighs the model's place or organisation
        # reading of the same word elsewhere ("Christian Klien" … "gegen Klien"); a gazetteer's
        # name does not, nor a single word the model reads as a person once and a place elsewhere.
        occupied = _occupancy(
            len(self.text),
            [
                c
                for c in chosen
                if not (self._model_word(c) and self._surname_keys(c) & full_names)
                # "Le Pen" after "Marine Le Pen": the model's place is the person's surname.
                and not (
                    c.type != "PER" and c.source == "model" and tuple(self.words[c.tok_start : c.tok_end]) in multi_full
                )
            ],
        )
        out: list[_Cand] = []
        multi = sorted((k for k in keys if len(k) > 1), key=len, reverse=True)
        for i, w in enumerate(self.words):
            if not w[:1].isupper() and w not in self.lex.particles and not self.lex.joined_surname(w):
                continue
            start = self.doc[i].idx
            if occupied[start]:
                continue
            at_start = i == self.sent_start[self.sent_of[i]]
            for k in multi:
                got = tuple(self.words[i : i + len(k)])
                # Opening a sentence, a particle takes a capital: "Von der Leyen sagte …".
                if got == k or (at_start and got[1:] == k[1:] and got[0] == k[0].capitalize() != k[0]):
                    a, b = self.tok_span(i, i + len(k))
                    # A surname of several words taken from a full name in this text outweighs
                    # the model's place ("Le Pen" after "Marine Le Pen").
                    rank = 4 if k in multi_full else 2
                    out.append(_Cand(a, b, "PER", "surname", i, i + len(k), priority=rank, surname=(i, i + len(k))))
                    break
            else:
                if not (w[:1].isupper() or self.lex.joined_surname(w)) or w in self.lex.not_names or i in self.roles:
                    continue
                forms = [w]
                if w.endswith("s") and len(w) > 3:
                    forms.append(w[:-1])
                for form in forms:
                    if (form,) in keys or self.lex.translit_key(form) in single:
                        # The whole word, genitive -s included: the mention is what is written.
                        end = start + len(w)
                        out.append(_Cand(start, end, "PER", "surname", i, i + 1, priority=2, surname=(i, i + 1)))
                        break
        return out

    def find_listed_persons(self, chosen: list[_Cand]) -> list[_Cand]:
        """ "mit Earl Hines, Hank Jones, Barry Harris und Clark Terry": in a list of three or more
        names, most of them persons, a name of one to three capitalised words that nothing else
        reads is a person too. Only a guess (the model's word, a listed place) may stand on it."""
        lex = self.lex
        n_before = len(self.cands)
        by_start: dict[int, _Cand] = {c.tok_start: c for c in chosen}
        sure = bytearray(self.n + 1)
        for c in chosen:
            if c.source not in _GUESSED_SOURCES:
                sure[c.tok_start : c.tok_end] = b"\x01" * (c.tok_end - c.tok_start)
        i = 0
        while i < self.n:
            items: list[tuple[int, int]] = []
            k = i
            while True:
                end = k
                while end < self.n and end - k < 3 and self._list_name_word(end):
                    end += 1
                if end == k:
                    break
                items.append((k, end))
                if end + 1 < self.n and (self.words[end] == "," or self.words[end] in lex.coordinators):
                    k = end + 1
                    continue
                break
            i = max(i + 1, items[-1][1] if items else i + 1)
            if len(items) == 2:
                self._paired_person(items, by_start)
                continue
            if len(items) < 3:
                continue
            persons = [
                (a, b)
                for a, b in items
                if (got := by_start.get(a)) is not None and got.type == "PER" and got.tok_end == b and b - a > 1
            ]
            if len(persons) < 2 or 2 * len(persons) < len(items):
                continue
            # "Rom, Fonte Nuova, Palombara Sabina": a list with a known place or body is no list
            # of persons, whatever given names its other names hold.
            if any(
                (got := by_start.get(a)) is not None and got.type != "PER" and got.source not in _GUESSED_SOURCES
                for a, _b in items
            ):
                continue
            for a, b in items:
                if (a, b) in persons or any(sure[a:b]) or a == self.sent_start[self.sent_of[a]]:
                    continue
                if b - a == 1 and (lex.is_first_name(self.words[a]) or dictionary_word(self.words[a], self.lang)):
                    continue
                if any(lex.known((self.words[x],)) is not None for x in range(a, b)):
                    continue
                self.person(a, a + 1 if b - a > 1 else a, b, "listed", 2)
        return self.cands[n_before:]

    def _paired_person(self, items: list[tuple[int, int]], by_start: dict[int, _Cand]) -> None:
        """ "mit Coppola und Scorsese": an unknown single name joined by "und" to a person that a
        rule (not a guess) found is a person too, whatever place the model guessed."""
        (a1, b1), (a2, b2) = items
        if self.words[b1] not in self.lex.coordinators:
            return
        for (pa, pb), (oa, ob) in (((a1, b1), (a2, b2)), ((a2, b2), (a1, b1))):
            person = by_start.get(pa)
            other = by_start.get(oa)
            if person is None or person.type != "PER" or person.tok_end != pb or person.source in _GUESSED_SOURCES:
                continue
            # "Mirsojan und Bairamow", or given name and surname beside a person named in full
            # ("Ararat Mirsojan und Dscheihun Bairamow").
            if (
                ob - oa not in (1, pb - pa)
                or ob - oa > 2
                or (other is not None and other.source not in _GUESSED_SOURCES)
            ):
                continue
            if oa == self.sent_start[self.sent_of[oa]] or any(
                not self.name_like(k)
                or "-" in self.words[k]
                or self.lex.known((self.words[k],)) is not None
                or (ob - oa == 1 and self.lex.is_first_name(self.words[k]))
                or dictionary_word(self.words[k], self.lang)
                or (self.has_pos and self.doc[k].pos_ != "PROPN")
                for k in range(oa, ob)
            ):
                continue
            self.person(oa, ob - 1, ob, "listed", 2)

    def _list_name_word(self, k: int) -> bool:
        w = self.words[k]
        return self.name_like(k) or (self.lex.is_first_name(w) and w[:1].isupper())

    def _surname_keys(self, c: _Cand) -> set[str]:
        """The keys a one-word candidate may share with a surname, its genitive included."""
        w = self.words[c.tok_start]
        return (
            {self.lex.translit_key(w), self.lex.translit_key(w[:-1])} if w.endswith("s") else {self.lex.translit_key(w)}
        )

    @staticmethod
    def _model_word(c: _Cand) -> bool:
        """A single word only the model reads as a place or an organisation, alone or in a list
        with a place ("Stevens und O’Keefe" after "Sean O’Keefe")."""
        return (
            c.source in ("model", "listed") and c.type in ("LOC", "ORG") and c.tok_end - c.tok_start == 1 and not c.name
        )

    # -- role phrases --------------------------------------------------------------------------

    def _safe_modifier(self, k: int) -> bool:
        w = self.words[k]
        if w in self.lex.modifiers or self.lex.adjective(w) is not None:
            return True
        known = self.lex.known((w,))
        return known is not None and w.endswith("s") and known.name != w

    def role_phrase(self, i: int) -> _RolePhrase:
        """The role phrase around role noun i: article, adjectives, coordination, relation."""
        lex = self.lex
        m = self.roles[i]
        a = i
        while a > 0:
            prev = self.words[a - 1]
            known = lex.known((prev,))
            # A genitive before the role ("Frankreichs Staatschef") or an adjective, one of a
            # place included ("der Tiroler Landeshauptmann").
            if (
                self.adjective_at(a - 1)
                or (known is not None and prev.endswith("s") and known.name != prev)
                or lex.place_of_er_adjective(prev) is not None
            ):
                a -= 1
                continue
            break
        before = self.words[a - 1].lower() if a > 0 else ""
        if before not in lex.determiners or before == "das":
            # Without an article only words known to modify roles belong to the phrase: a verb
            # ending like an adjective ("sagte Kremlsprecher") does not.
            while a < i and not self._safe_modifier(a):
                a += 1
        affiliation = m.affiliation
        for k in range(a, i):
            w = self.words[k]
            known = lex.known((w,))
            affiliation = (
                affiliation or lex.adjective(w) or lex.place_of_er_adjective(w) or (known if w[:1].isupper() else None)
            )
        article = self.words[a - 1].lower() if a > 0 else ""
        # "den Regierungschefs", "die Chefs": an -s after an article of no genitive singular is
        # the plural, a group that names no one holder of the role.
        plural = m.ending == "s" and article in lex.plural_s_articles
        if article in lex.feminine_articles and article in lex.definite and not m.feminine and not m.adjectival:
            # "die Verteidigungsminister": a feminine article before a masculine noun is its plural.
            plural = True
        definite = article in lex.definite and not plural
        indefinite = article in lex.indefinite
        feminine: bool | None = True if m.feminine else None
        if not m.feminine and not m.adjectival:
            feminine = False
        elif m.adjectival and article in lex.feminine_articles and self.words[i].endswith("e"):
            feminine = True
        elif m.adjectival and article in ("der", "ein") and self.words[i].endswith(("e", "er")):
            feminine = False if self.words[i].endswith("er") or article == "der" else None
        e = i + 1
        coord_end = e
        relation_tok: int | None = None
        while e < self.n:
            w = self.words[e]
            if w in lex.role_coordinators and e + 1 in self.roles:
                e += 2
                coord_end = e
                continue
            if w in lex.relation_words and e + 1 < self.n:
                k = e + 1
                while k < self.n and (k in self.roles or self.words[k] in lex.titles):
                    k += 1
                known = lex.known((self.words[k],)) if k < self.n else None
                if known is not None:
                    affiliation = affiliation or known
                    e = k + 1
                    break
                got = self.take_name(k, allow_single=True) if k < self.n else None
                if got is not None:
                    relation_tok = got[0]
                    e = got[2]
                break
            if w in lex.genitive_articles and e + 1 < self.n:
                k = e + 1
                # "Vorsitzende der Jungen Union", "Chef der Deutschen Bank": a known name whole.
                whole = self._longest_known(k, shortest=2)
                if whole is not None:
                    affiliation = affiliation or whole[1]
                    e = k + whole[0]
                    break
                while k < self.n and self.adjective_at(k):
                    affiliation = affiliation or lex.adjective(self.words[k])
                    k += 1
                if k < self.n and self.words[k][:1].isupper() and not lex.is_first_name(self.words[k]):
                    known = lex.known((self.words[k],))
                    if known is not None:
                        affiliation = affiliation or known
                    e = k + 1
                    # A name right after the complement is the complement's: "der Sohn des
                    # Skistars Willy Bogner" relates the role to Willy Bogner.
                    got = self.take_name(e, allow_single=False) if known is None else None
                    if got is not None:
                        relation_tok, e = got[0], got[2]
                break
            if w in lex.complement_prepositions and e + 1 < self.n:
                k = e + 1
                while k < self.n and (self.words[k] in lex.complement_articles or self.adjective_at(k)):
                    k += 1
                if k < self.n and self.words[k][:1].isupper() and k not in self.roles and not self.name_like(k + 1):
                    known = lex.known((self.words[k],))
                    if known is not None and known.type == "ORG":
                        affiliation = affiliation or known
                    e = k + 1
                break
            known = lex.known((w,))
            if known is not None and w.endswith("s") and w != known.name:
                # "Präsident Russlands"
                affiliation = affiliation or known
                e += 1
            break
        return _RolePhrase(a, e, i, m, definite, indefinite, feminine, affiliation, relation_tok, coord_end)


def _occupancy(size: int, cands: Iterable[_Cand]) -> bytearray:
    occ = bytearray(size + 1)
    for c in cands:
        occ[c.start : c.end] = b"\x01" * (c.end - c.start)
    return occ


def _select(cands: list[_Cand], size: int) -> list[_Cand]:
    """Non-overlapping candidates, higher priority and longer first."""
    occ = bytearray(size + 1)
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if c.end <= c.start or any(occ[c.start : c.end]):
            continue
        occ[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    # The model's span with the name a rule gave the same words: "der Sächsische Landtag" is
    # "Sächsischer Landtag" standing alone.
    named: dict[tuple[int, int, str], str] = {
        (c.start, c.end, c.type): c.name for c in cands if c.name and c.type != "PER"
    }
    for c in chosen:
        if not c.name and (c.start, c.end, c.type) in named:
            c.name = named[(c.start, c.end, c.type)]
    chosen.sort(key=lambda c: c.start)
    return chosen


# -- building entities -------------------------------------------------------------------------


@dataclass(slots=True)
class _Cluster:
    type: EntityType
    cands: list[_Cand] = field(default_factory=list)
    name: str = ""
    first_names: str = ""
    surname_key: str = ""
    gender: str | None = None
    roles: list[tuple[_RolePhrase, _Cand]] = field(default_factory=list)
    extra: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind) mentions


# Candidates read by the model alone, or spread from such a reading to other mentions.
_GUESSED_SOURCES = frozenset({"model", "listed", "surname"})


class _Builder:
    def __init__(self, an: _Analysis) -> None:
        self.an = an
        self.clusters: list[_Cluster] = []
        self.cand_cluster: dict[int, int] = {}
        self.person_cands: list[_Cand] = []

    def build(self, cands: list[_Cand]) -> None:
        an = self.an
        by_name: dict[str, int] = {}
        full: dict[str, list[int]] = {}
        singles: list[_Cand] = []
        # Where a government's body was named with its country, the same body named bare later
        # is that one ("das russische Verteidigungsministerium … das Verteidigungsministerium").
        qualified: dict[str, list[tuple[int, str]]] = {}
        for c in cands:
            country, _, body = c.key.partition("|")
            if country:
                qualified.setdefault(body, []).append((c.start, c.key))
        for c in cands:
            if c.type != "PER":
                name = c.name or _strip_genitive(an.text[c.start : c.end], cands, an.text)
                key = name
                if c.key.startswith("|"):
                    earlier = {k for start, k in qualified.get(c.key[1:], []) if start < c.start}
                    key = earlier.pop() if len(earlier) == 1 else name
                elif c.key:
                    key = c.key
                idx = by_name.get(key)
                if idx is None or self.clusters[idx].type != c.type:
                    idx = len(self.clusters)
                    self.clusters.append(_Cluster(c.type, name=name))
                    by_name[key] = idx
                self._attach(c, idx)
                continue
            s, b = c.surname or (c.tok_start, c.tok_end)
            if s == c.tok_start:
                singles.append(c)
                continue
            key = an.lex.translit_key(" ".join(an.words[s:b]))
            # "Franz-Josef Jung" and "Franz Josef Jung" are one person.
            firsts = " ".join(an.words[c.tok_start : s]).casefold().replace("-", " ")
            if key not in full and key.endswith("s"):
                # "Barack Obamas" after "Barack Obama": the genitive of a name already seen.
                key = key[:-1] if key[:-1] in full else key
            idx = -1
            for k in full.get(key, []):
                other = self.clusters[k].first_names
                if other == firsts or other.startswith(firsts) or firsts.startswith(other):
                    idx = k
                    break
            whole = full.get(an.lex.translit_key(" ".join(an.words[c.tok_start : b])), [])
            if idx < 0 and len(whole) == 1:
                # Two surnames without the given names: "López Obrador" after "Andrés Manuel
                # López Obrador"; the first word is no given name here.
                idx = whole[0]
            if idx < 0:
                idx = len(self.clusters)
                self.clusters.append(_Cluster("PER", first_names=firsts, surname_key=key))
                full.setdefault(key, []).append(idx)
                surname = an.words[b - 1]
                if b - s == 1 and surname.endswith("s") and len(surname) > 3:
                    full.setdefault(an.lex.translit_key(surname[:-1]), []).append(idx)
            self._attach(c, idx)
        for c in singles:
            s, b = c.surname or (c.tok_start, c.tok_end)
            words = an.text[c.start : c.end]
            key = an.lex.translit_key(words)
            options = full.get(key, [])
            if not options and words.endswith("s"):
                options = full.get(an.lex.translit_key(words[:-1]), [])
                if options:
                    key = an.lex.translit_key(words[:-1])
            if not options and " " not in words:
                # The first of two surnames alone: "Sánchez" after "Pedro Sánchez Pérez-Castejón".
                options = [idx for sk, ids in full.items() if " " in sk and sk.split()[0] == key for idx in ids]
                options = options if len(options) == 1 else []
            if not options and " " not in words:
                # A person called by the first word of the name alone ("Steve" for Steve Fossett,
                # "Hu" for Hu Jintao), where one person of the article has it.
                folded = words.casefold()
                options = [
                    k
                    for k, cl in enumerate(self.clusters)
                    if cl.type == "PER" and cl.first_names.split()[:1] == [folded]
                ]
                options = options if len(options) == 1 else []
            if not options and " " not in words:
                # A name the person goes by from the middle of the full one ("Lula" for Luiz
                # Inácio Lula da Silva), where one person of the article has it.
                folded = words.casefold()
                options = [
                    k for k, cl in enumerate(self.clusters) if cl.type == "PER" and folded in cl.first_names.split()[1:]
                ]
                options = options if len(options) == 1 else []
            if not options:
                idx = len(self.clusters)
                self.clusters.append(_Cluster("PER", surname_key=key))
                full[key] = [idx]
                self._attach(c, idx)
                continue
            self._attach(c, self._nearest(options, c.start))
        for cl in self.clusters:
            self._name(cl, cands)
        self._one_sense()
        self._short_forms()
        self.person_cands = [c for c in cands if c.type == "PER"]

    def _short_forms(self) -> None:
        """ "Transparency" after "Transparency International", "PNE" after "PNE Wind AG": a word
        read as a name by guess only, which opens the name of one organisation of the article, is
        that organisation called short."""
        longer: dict[str, list[int]] = {}
        for k, cl in enumerate(self.clusters):
            if cl.type == "ORG" and cl.cands and " " in cl.name:
                longer.setdefault(cl.name.split()[0].casefold(), []).append(k)
        for k, cl in enumerate(self.clusters):
            if cl.type == "PER" or not cl.cands or " " in cl.name:
                continue
            targets = longer.get(cl.name.casefold(), [])
            # Only guesses give way: the model's, or a rule's of the lowest rank ("von PNE").
            if len(targets) != 1 or any(c.source not in _GUESSED_SOURCES and c.priority > 0 for c in cl.cands):
                continue
            if self.an.lex.known((cl.name,)) is not None:
                continue  # "Berlin" of "Berliner Zeitung"s kind stays the place
            self._merge_into(k, targets[0])

    def _merge_into(self, k: int, target: int) -> None:
        """Cluster k's mentions become cluster target's, of its type; k is left empty."""
        for c in self.clusters[k].cands:
            c.type = self.clusters[target].type
            self._attach(c, target)
        self.clusters[k].cands = []

    def _one_sense(self) -> None:
        """One word, one entity in an article: a single word that a rule reads as one type
        ("Thaksin sagte" a person, "Diehl kündigte an" a company) and only the model (or names
        spread from it) as another elsewhere is the rule's entity throughout."""
        by_word: dict[str, list[int]] = {}
        for k, cl in enumerate(self.clusters):
            if cl.cands and cl.name and " " not in cl.name:
                by_word.setdefault(cl.name.casefold(), []).append(k)
        for ids in by_word.values():
            if len({self.clusters[k].type for k in ids}) < 2:
                continue
            strong = [k for k in ids if any(c.source not in _GUESSED_SOURCES for c in self.clusters[k].cands)]
            if len(strong) != 1:
                continue
            for k in ids:
                if k != strong[0]:
                    self._merge_into(k, strong[0])

    def _nearest(self, options: list[int], pos: int) -> int:
        """Of several persons sharing a surname, the one named last before pos (else first after)."""
        best, best_pos = options[0], -1
        for k in options:
            starts = [c.start for c in self.clusters[k].cands if c.start <= pos]
            if starts and max(starts) > best_pos:
                best, best_pos = k, max(starts)
        return best

    def _attach(self, c: _Cand, idx: int) -> None:
        self.clusters[idx].cands.append(c)
        c.entity = idx
        self.cand_cluster[id(c)] = idx

    def _name(self, cl: _Cluster, cands: list[_Cand]) -> None:
        an = self.an
        if cl.type != "PER":
            return
        texts = [c.name or an.text[c.start : c.end] for c in cl.cands]
        texts = [t for t in texts if t.split()] or texts
        last_words = {t.split()[-1] for t in texts if t.split()}
        # The fullest written form, in the nominative: "Donald Trumps" is a genitive where
        # "Trump" is written elsewhere.
        forms = [t[:-1] if t.endswith("s") and t.split() and t.split()[-1][:-1] in last_words else t for t in texts]
        cl.name = max(forms, key=lambda t: (len(t.split()), len(t)))
        genders = {c.gender for c in cl.cands if c.gender}
        cl.gender = genders.pop() if len(genders) == 1 else None


def _strip_endings(words: str) -> str:
    return " ".join(re.sub(r"(e|en|er|es|em)$", "", w.lower()) for w in words.split())


def _strip_genitive(name: str, cands: list[_Cand], text: str) -> str:
    if name.endswith("s") and len(name) > 3:
        base = name[:-1]
        if any(text[c.start : c.end] == base for c in cands):
            return base
    return name


# -- the component ------------------------------------------------------------------------------


def analyse(doc: Doc, lang: str = DEFAULT_LANG) -> list[Entity]:
    """The actors of one Doc, each with its mentions, roles and a stable id in text order."""
    if not text_of(doc).strip():
        return []
    an, builder = _analyse_fresh(doc, lang)
    _pronoun_mentions(an, builder)
    _remember(doc, lang, an, builder)
    return _to_entities(an, builder)


# How many words of a body's name may stand between a role and the comma before its holder, and
# which small words may be among them.
_MAX_ROLE_TAIL = 10
_ROLE_TAIL_WORDS = frozenset({"der", "des", "für", "und", "(", ")"})


def _assign_roles(an: _Analysis, builder: _Builder, chosen: list[_Cand]) -> None:
    per_by_tok = {c.tok_start: c for c in chosen if c.type == "PER" and c.source != "prefix"}
    for i in sorted(an.roles):
        if i in an.phrases:
            continue
        ph = an.role_phrase(i)
        for k in range(ph.head, ph.coord_end):
            if k in an.roles:
                an.phrases[k] = ph
        target: _Cand | None = None
        nxt = ph.end
        # "Der Präsident des Bundesverbands der Deutschen Industrie (BDI), Peter Leibinger,": the
        # rest of the body's name, and its initials, stand between the role and its holder.
        k = nxt
        while k < an.n and k - nxt < _MAX_ROLE_TAIL and (an.words[k][:1].isupper() or an.words[k] in _ROLE_TAIL_WORDS):
            k += 1
        if k > nxt and k + 1 < an.n and an.words[k] == "," and k + 1 in per_by_tok and ph.definite:
            nxt = k
        if nxt in per_by_tok:
            target = per_by_tok[nxt]
        elif nxt + 1 < an.n and an.words[nxt] == "," and nxt + 1 in per_by_tok:
            cand = per_by_tok[nxt + 1]
            after = an.words[cand.tok_end] if cand.tok_end < an.n else "."
            if after in {",", "–", "-", ")", ".", ";"} and (ph.definite or ph.relation_tok is not None):
                target = cand
                cand.appositive = True
        elif ph.start > 1 and an.words[ph.start - 1 if not ph.definite else ph.start - 2] == ",":
            # Apposition after the name: "Jared Kushner, der Schwiegersohn von Trump,".
            comma = ph.start - 1 if not ph.definite else ph.start - 2
            after = an.words[ph.end] if ph.end < an.n else "."
            # Without an article only a role noun right after the comma: "Umjerow, Sekretär des
            # Sicherheitsrats, sagte".
            bare = not ph.definite and not ph.indefinite and ph.start == ph.head
            if (ph.definite or bare) and after in {",", ".", ";", "–"}:
                for c in chosen:
                    if c.type == "PER" and c.tok_end == comma:
                        target = c
                        break
        if target is None:
            continue
        idx = builder.cand_cluster.get(id(target))
        if idx is None:
            continue
        cl = builder.clusters[idx]
        written = an.text[target.start : target.end]
        if written.endswith("s") and cl.name and not cl.name.endswith("s") and written.rstrip("s") != written:
            # "Ein Sprecher Selenskyjs", "Ermittler der Behörde Jermaks Wohnung": a role before a
            # name in the genitive belongs to someone of that person's, not to the person.
            continue
        # A listed feminine form ("Anwältin") has no ending of its own, so only a word without one
        # is surely masculine.
        masculine = not ph.feminine and not an.words[ph.head].lower().endswith(tuple(an.lex.feminine_endings))
        if ph.definite and ((ph.feminine and cl.gender == "m") or (masculine and cl.gender == "f")):
            # "Dort trifft der Kanzler Giorgia Meloni": subject and object, not a role and its holder.
            continue
        cl.roles.append((ph, target))
        if ph.feminine is not None and cl.gender is None:
            cl.gender = "f" if ph.feminine else "m"


def _role_key(ph: _RolePhrase) -> tuple[str, str | None]:
    return ph.match.key, ph.affiliation.name if ph.affiliation else None


def _compound_of(an: _Analysis, held: str, key: str) -> bool:
    """Whether the role ``held`` is the office ``key`` names: a longer word whose first part does
    not make it another office ("bundeskanzler" for "kanzler", not "vizekanzler")."""
    first = held[: -len(key)].rstrip("-")
    return (
        bool(first)
        and not first.startswith(an.lex.other_office_prefixes)
        and not first.endswith(an.lex.other_office_prefixes)
    )


def _role_adjectives(an: _Analysis, ph: _RolePhrase) -> set[str]:
    """Describing adjectives of a role phrase ("leitende"), without endings; country adjectives
    and time modifiers ("ehemalige") are left out: they are compared as affiliation or ignored."""
    out: set[str] = set()
    for k in range(ph.start, ph.head):
        w = an.words[k]
        if not an.lex.is_adjective(w) or w in an.lex.modifiers or an.lex.adjective(w) is not None:
            continue
        out.add(re.sub(r"(e|en|er|es|em)$", "", w.lower()))
    return out


def _role_mentions(an: _Analysis, builder: _Builder) -> None:
    """Role phrases standing alone for a person named elsewhere: "der ukrainische Präsident"."""
    used = {id(ph) for cl in builder.clusters for ph, _ in cl.roles}
    index: dict[str, list[tuple[int, str | None]]] = {}
    adjectives: dict[int, set[str]] = {}
    for k, cl in enumerate(builder.clusters):
        for ph, _ in cl.roles:
            key, aff = _role_key(ph)
            index.setdefault(key, []).append((k, aff))
            adjectives.setdefault(k, set()).update(_role_adjectives(an, ph))
    seen: set[int] = set()
    mentions: list[tuple[int, int, bool]] | None = None  # only an epithet needs them
    for ph in an.phrases.values():
        if id(ph) in seen or id(ph) in used:
            continue
        seen.add(id(ph))
        if not ph.definite or ph.relation_tok is not None:
            continue
        if ph.end == ph.head + 1 and an.lex.known((an.words[ph.head],)) is not None:
            # "Der Bundesrat entscheidet": a title that is also a body's name stands for the body.
            continue
        key, aff = _role_key(ph)
        words = _role_adjectives(an, ph)
        options = {k for k, a in index.get(key, []) if (aff is None or a == aff) and words <= adjectives.get(k, set())}
        if not options and key not in index and aff is None and not words:
            # "den Kanzler" for the article's "Bundeskanzler", "der Minister" for its
            # "Außenminister": the head of the one compound role that ends in it.
            options = {
                k
                for held, holders in index.items()
                if held.endswith(key) and len(key) >= 5 and _compound_of(an, held, key)
                for k, _a in holders
            }
            if len(options) > 1:
                options = set()
        if not options and (key not in index or aff is not None):
            # No holder of this role, or only holders of it elsewhere ("der bayerische
            # Ministerpräsident" beside the one of Nordrhein-Westfalen).
            if mentions is None:
                mentions = _person_mentions(an, builder)
            epithet = _epithet_holder(an, builder, ph, mentions)
            options = (
                {epithet}
                if epithet is not None and not _other_affiliation(builder.clusters[epithet], key, aff)
                else set()
            )
        if len(options) != 1:
            continue
        k = options.pop()
        cl = builder.clusters[k]
        if ph.feminine is not None and cl.gender is not None and cl.gender != ("f" if ph.feminine else "m"):
            continue
        article_tok = ph.start - 1
        start, end = an.tok_span(article_tok, ph.end)
        cl.extra.append((start, end, "role"))


def _epithet_holder(
    an: _Analysis, builder: _Builder, ph: _RolePhrase, mentions: list[tuple[int, int, bool]]
) -> int | None:
    """ "Justizminister Beat Jans zeigte sich erleichtert. …, sagte der SP-Bundesrat": a definite
    role phrase that no person of the article holds, as the subject right after a sentence that
    names exactly one person and none before it in its own sentence, is that person (news style
    varies the epithet of the person it follows)."""
    head = an.doc[ph.head]
    if head.dep_ not in ("nsubj", "sb") or an.lex.known((an.words[ph.head],)) is not None:
        return None
    sent = an.sent_of[ph.head]
    if sent == 0 or not _same_region(an, sent - 1, sent):
        return _protagonist(an, ph, mentions)
    if ph.end < an.n and an.words[ph.end] == ",":
        close = next((j for j in range(ph.end + 1, an.n) if an.words[j] == "," or an.sent_of[j] != sent), an.n)
        if any(ph.end < tok < close for tok, _k, _obl in mentions):
            return None  # "Der Vorsitzende der Konferenz, Olaf Lies, sagte": the apposition names him
    before = {k for tok, k, _obl in mentions if an.sent_of[tok] == sent and tok < ph.start}
    previous = {k: tok for tok, k, _obl in mentions if an.sent_of[tok] == sent - 1}
    if not before and not previous:
        return _protagonist(an, ph, mentions)
    if before or len(previous) != 1:
        return None
    ((k, tok),) = previous.items()
    subject = _subject_word(an.doc[tok])
    if subject is None or any(c.dep_ in _SUBJECT_DEPS and c.i != subject.i for c in subject.head.children):
        return None  # "Die Polizei nahm Müller fest. Der Sprecher sagte …": not Müller
    gender = builder.clusters[k].gender
    if ph.feminine is not None and gender is not None and gender != ("f" if ph.feminine else "m"):
        return None
    return k


def _protagonist(an: _Analysis, ph: _RolePhrase, mentions: list[tuple[int, int, bool]]) -> int | None:
    """ "Wadephul … Israel müsse mehr Hilfe zulassen. Am Samstag will der CDU-Politiker nach
    Ramallah weiterreisen": an epithet of membership after sentences that name no one is the
    person the article has been about: named at least three times before it, twice as often as
    anyone else."""
    if ph.match.key not in an.lex.member_epithets:
        return None
    counts: dict[int, int] = {}
    for tok, k, _obl in mentions:
        if tok < ph.start:
            counts[k] = counts.get(k, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    # The gender is asked of every holder the caller takes, this one too.
    return ranked[0][0]


def _pronoun_mentions(an: _Analysis, builder: _Builder) -> None:
    mentions = _person_mentions(an, builder)
    for i, w in enumerate(an.words):
        if w.lower() not in an.lex.pron_subject:
            continue
        k = _resolve_pronoun(an, builder, i, mentions)
        if k is not None:
            start, end = an.tok_span(i, i + 1)
            builder.clusters[k].extra.append((start, end, "pronoun"))


def _pronoun_gender(an: _Analysis, i: int) -> str | None:
    """The gender a pronoun asks for, or None where it is no singular third person."""
    lex = an.lex
    w = an.words[i]
    low = w.lower()
    gender = lex.pron_subject.get(low) or lex.pron_other.get(low)
    if gender is None:
        return None
    sentence_start = i == 0 or an.sent_of[i - 1] != an.sent_of[i] or an.words[i - 1] in '„»«"“:'
    if w[0].isupper() and not sentence_start:
        return None  # polite "Sie", "Ihr"
    if gender == "f" and low == "sie":
        nxt = an.words[i + 1] if i + 1 < an.n else ""
        prv = an.words[i - 1] if i > 0 else ""
        if i >= 2 and an.words[i - 2] in (",", ";") and prv in lex.frame_verbs:
            return gender  # "…, ließ sie wissen": the cue before her is singular
        for verb in (nxt, prv):
            if verb in lex.plural_verbs:
                return None
            if verb in lex.singular_verbs:
                return gender
        # "traf sie den Präsidenten": an article in -en is no plural verb.
        if nxt.islower() and nxt.endswith(lex.plural_endings) and nxt not in lex.determiners:
            return None
        if prv.islower() and prv.endswith(lex.plural_endings) and prv not in lex.determiners:
            return None
    if gender == "f" and low in ("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres") and w[0].isupper():
        return None if not sentence_start else gender
    return gender


def _resolve_pronoun(
    an: _Analysis, builder: _Builder, i: int, mentions: list[tuple[int, int, bool]] | None = None
) -> int | None:
    gender = _pronoun_gender(an, i)
    if gender is None or an.quoted[i]:
        return None
    lex = an.lex
    sent = an.sent_of[i]
    # A masculine or feminine noun phrase before the pronoun in its own sentence may be what the
    # pronoun continues ("dass dieser Krieg aufhört, damit er …"): then it is not clear.
    lo = an.sent_start[sent]
    comma = next((k for k in range(i - 1, lo, -1) if an.words[k] in (",", ";")), None)
    if comma is not None and comma + 1 < i and an.words[comma + 1] in lex.frame_verbs:
        # "Bis 2030 solle die EU bereit sein, sagte sie", "…, erklärte eine Sprecherin ihres
        # Ministeriums": the clause before the comma is what was said; its nouns do not say it.
        lo = comma + 1
    if _competing_noun(an, builder, lo, i, gender) and not _owns_a_role(an, i):
        return None
    if mentions is None:
        mentions = _person_mentions(an, builder)
    # Only the sentences looked at matter: a slice keeps long texts linear.
    lo = bisect_left(mentions, (an.sent_start[max(sent - _PRONOUN_LOOKBACK, 0)], -1, False))
    hi = bisect_left(mentions, (an.sent_end[sent], -1, False))
    mentions = mentions[lo:hi]
    # A name after the pronoun in its own clause is someone else ("Er lobte Merz"); one behind a
    # comma may be the speaker the pronoun's clause reports ("Er wolle …, kündigte Selenskyj an").
    clause_end = next(
        (k for k in range(i + 1, an.sent_end[sent]) if an.words[k] in _CLAUSE_BREAKS and not an.quoted[k]),
        an.sent_end[sent],
    )
    later_same_sentence = {idx for (tok, idx, _obl) in mentions if i < tok < clause_end}
    # An object pronoun is never the subject of its own clause ("Merz empfing ihn" is not Merz:
    # that would be "sich"); names before it in its clause are out.
    object_case = an.words[i].lower() in an.lex.object_pronouns
    clause_start = (
        next(
            (k + 1 for k in range(i - 1, an.sent_start[sent] - 1, -1) if an.words[k] in _CLAUSE_BREAKS),
            an.sent_start[sent],
        )
        if object_case
        else i
    )
    for window in range(_PRONOUN_LOOKBACK + 1):
        target = sent - window
        if target < 0:
            break
        if window and not _same_region(an, target, sent):
            break
        found = [
            (tok, idx)
            for (tok, idx, oblique) in mentions
            # A name inside quotation marks is what someone said, not who is spoken of next:
            # in "„…, dass Putin keinen Frieden will“, schrieb er" the writer is not Putin.
            if an.sent_of[tok] == target
            and tok < i
            and not (object_case and clause_start <= tok)
            and not oblique
            and not an.quoted[tok]
            and _gender_ok(builder, idx, gender)
        ]
        if not found:
            continue
        found.sort()
        distinct = []
        for _tok, idx in found:
            if idx not in distinct:
                distinct.append(idx)
        choice = found[-1][1]
        if len(distinct) > 1:
            last, before = found[-1], [f for f in found if f[1] != found[-1][1]][-1]
            between = an.words[before[0] + 1 : last[0]]
            if any(w in lex.coordinators for w in between) and len(between) <= 4:
                # "Merz und Macron trafen sich. Er …": either may be meant; not where the pair is
                # the object of the one subject ("Selenskyj traf Starmer und Ishiba. … sprach er").
                subjects = {idx for tok, idx in found if _is_subject(an.doc[tok])}
                if len(subjects) != 1 or subjects & {last[1], before[1]}:
                    return None
            # After a fronted adverbial the name right behind the finite verb, its role words
            # between, is the subject ("Am Abend traf Selenskyj Steinmeier", "Am Rande … hat
            # Bundeskanzler Friedrich Merz … getroffen"), whatever the parse made of it; else the
            # parse's subject, a name hung on its role noun included.
            subj = [idx for tok, idx in found if _right_after_finite(an, tok)]
            if len(set(subj)) != 1:
                subj = [idx for tok, idx in found if _is_subject(an.doc[tok])]
            if len(set(subj)) == 1:
                choice = subj[0]
        if choice in later_same_sentence:
            return None
        last_tok = max(tok for tok, idx in found if idx == choice)
        if (
            window
            and not _frames_subject_quote(an, i, last_tok)
            and _competing_noun(
                an,
                builder,
                last_tok + 1,
                an.sent_end[target],
                gender,
                subjects_only=_is_subject(an.doc[last_tok]) and _speaks(an, i),
            )
        ):
            # "Kaja Kallas traf die Regierung. Sie …": the noun after the person may be meant.
            return None
        return choice
    return None


_SUBJECT_DEPS = ("sb", "nsubj", "nsubj:pass")
_OBJECT_DEPS = frozenset({"obj", "iobj", "oa", "da", "obl", "nmod"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})


def _subject_word(tok: Token) -> Token | None:
    """The subject word a name word is (part of), else None; a name is parsed as the flat or
    appositive tail of its first word or role noun."""
    while tok.dep_ in ("flat", "flat:name", "appos", "nk", "pnc") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.dep_ in _SUBJECT_DEPS else None


def _is_subject(tok: Token) -> bool:
    return _subject_word(tok) is not None


def _frames_subject_quote(an: _Analysis, i: int, person_tok: int) -> bool:
    """Whether the pronoun at ``i`` speaks a quotation that opens its sentence ("„…“, sagte sie")
    and the person at ``person_tok`` was the subject before it. Who speaks is someone, and a
    quotation continues the last sentence's subject: a thing after it ("wies die Kritik zurück")
    is no rival there."""
    start = an.sent_start[an.sent_of[i]]
    if not any(an.quoted[k] for k in range(start, i)):
        return False
    return _is_subject(an.doc[person_tok])


def _speaks(an: _Analysis, i: int) -> bool:
    """Whether the pronoun at ``i`` is the subject of a verb of saying ("erklärte sie")."""
    tok = an.doc[i]
    return tok.dep_ in _SUBJECT_DEPS and tok.head.text in an.lex.speech_verbs


def _right_after_finite(an: _Analysis, tok: int) -> bool:
    """Whether the name at ``tok`` follows a finite verb with only its role words, titles and
    adjectives between ("hat Bundeskanzler Friedrich Merz")."""
    j = tok - 1
    while j >= 0 and (j in an.roles or an.words[j] in an.lex.titles or an.lex.is_adjective(an.words[j])):
        j -= 1
    return j >= 0 and _finite_verb(an.doc[j])


def _finite_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and ("Fin" in tok.morph.get("VerbForm", []) or bool(tok.morph.get("Mood", [])))


def _owns_a_role(an: _Analysis, i: int) -> bool:
    """Whether the pronoun at i is a possessive before a role noun ("mit seinem ägyptischen
    Kollegen"): only a person has a colleague, so a thing named before does not compete."""
    if an.words[i].lower() in an.lex.pron_subject:
        return False
    k = i + 1
    while k < an.n and an.lex.is_adjective(an.words[k]):
        k += 1
    return k in an.roles


def _competing_noun(
    an: _Analysis, builder: _Builder, lo: int, hi: int, gender: str, *, subjects_only: bool = False
) -> bool:
    """Whether tokens [lo, hi) hold a noun phrase of the pronoun's gender that is no person and
    may be its subject: an article, adjectives, a capitalised noun, not inside a prepositional
    phrase and not a genitive attribute ("der Stand der Gespräche"). ``subjects_only``: where
    the person was the subject and the pronoun speaks, a noun the parse makes an object does not
    compete: the one who speaks carries on the last subject ("Bas warnte die Union. … erklärte
    sie"), while "Kallas lobte die Regierung. Sie habe …" may report on the object."""
    lex = an.lex
    determiners = lex.masc_nominative if gender == "m" else lex.fem_nominative
    for k in range(lo, hi - 1):
        if an.words[k].lower() not in determiners or an.quoted[k]:
            # A noun in a quotation is no subject of the narration around it.
            continue
        nxt = k + 1
        while nxt < hi and lex.is_adjective(an.words[nxt]):
            nxt += 1
        if nxt >= hi or not an.words[nxt][:1].isupper() or nxt in an.roles or _is_person_at(an, builder, nxt):
            continue
        if "Plur" in an.doc[nxt].morph.get("Number", []):
            continue  # "die Vorwürfe": "die" of the plural, which no singular pronoun continues
        prev = an.words[k - 1] if k > lo else ""
        if prev.lower() in lex.prepositions or (prev[:1].isupper() and k > an.sent_start[an.sent_of[k]]):
            continue
        if subjects_only and an.doc[nxt].dep_ and an.doc[nxt].dep_ in _OBJECT_DEPS:
            continue
        return True
    return False


def _is_person_at(an: _Analysis, builder: _Builder, tok: int) -> bool:
    start = an.doc[tok].idx
    return any(c.start <= start < c.end for c in builder.person_cands)


def _same_region(an: _Analysis, target_sent: int, sent: int) -> bool:
    """Whether a pronoun may look back into sentence target_sent: not across a heading."""
    paras = an.doc._.paragraphs or []
    first_tok = an.sent_start[target_sent]
    pos = an.doc[first_tok].idx
    for p in paras:
        if p.start <= pos < p.end:
            return p.kind in ("body", "teaser")
    return True


def _governor(an: _Analysis, tok: int, appositive: bool) -> int:
    """The token index after the word that governs the name at tok: its role words and article
    are stepped over, and so is a list the name ends ("von Malcolm X, Martin Luther King"),
    unless the name is an apposition to a role phrase before it."""
    lex = an.lex
    sent = an.sent_of[tok]
    j = tok
    while j > 0 and (j - 1 in an.roles or lex.is_adjective(an.words[j - 1]) or an.words[j - 1] in lex.definite):
        j -= 1
    if appositive or j == 0 or (an.words[j - 1] != "," and an.words[j - 1] not in lex.coordinators):
        return j
    k = j
    steps = 0
    named = False
    while k > 0 and an.sent_of[k - 1] == sent and steps < 15:
        w = an.words[k - 1]
        if w == "," or w in lex.coordinators or w[:1].isupper() or k - 1 in an.roles or w in lex.particles:
            named = named or w[:1].isupper()
            k -= 1
            steps += 1
            continue
        break
    # Only a list of names continues the preposition: in "Eine Zeugin sagte aus, Reuß habe …" the
    # verb's particle before the comma governs nothing.
    if named and k > 0 and an.sent_of[k - 1] == sent and an.words[k - 1].lower() in lex.prepositions:
        return k
    return j


def _person_mentions(an: _Analysis, builder: _Builder) -> list[tuple[int, int, bool]]:
    """(token, cluster, oblique) for every name or role mention of a person, in text order."""
    out: list[tuple[int, int, bool]] = []
    char_tok = {t.idx: t.i for t in an.doc}
    for k, cl in enumerate(builder.clusters):
        if cl.type != "PER":
            continue
        spans = [(c.start, c.end, c.tok_start, c.appositive) for c in cl.cands]
        spans += [(s, e, char_tok.get(s, -1), False) for s, e, _kind in cl.extra]
        for start, end, tok, appositive in spans:
            if tok < 0:
                continue
            j = _governor(an, tok, appositive)
            prev = an.words[j - 1].lower() if j > 0 else ""
            text = an.text[start:end]
            genitive = text.endswith("s") and not cl.name.endswith("s")
            out.append((tok, k, prev in an.lex.prepositions or genitive))
    out.sort()
    return out


def _gender_ok(builder: _Builder, idx: int, gender: str) -> bool:
    g = builder.clusters[idx].gender
    return g is None or g == gender


def _name_as_written(
    name: str,
    etype: str,
    surfaces: list[str],
    written_out: Sequence[str] = (),
    legal_forms: frozenset[str] = frozenset(),
) -> str:
    """An organisation's or place's name in the fullest form the article writes where the
    gazetteer files it under another word: "Bundeskanzleramt" (filed as "Kanzleramt"), "Neue
    Zürcher Zeitung" (filed as "NZZ"), "Volkswagen AG" (filed as "Volkswagen"); the gazetteer's
    name stays an alias. Inflected forms keep the gazetteer's nominative ("Frankreichs" is
    "Frankreich"; "der Neuen Zürcher Zeitung" is "Neue Zürcher Zeitung", the first of
    ``written_out``, the gazetteer's forms of several words, with the same stems)."""
    if etype not in ("ORG", "LOC") or not surfaces:
        return name
    key = name.casefold()
    if any(s.casefold() == key for s in surfaces):
        return name
    # A compound that ends in the filed name: the text's longer word.
    longer = []
    for s in surfaces:
        if " " in s or not s[0].isalpha():
            continue
        folded = s.casefold()
        for ending in ("", "s", "es"):
            # "des Bundeskanzleramts": the compound in the nominative.
            if folded.endswith(key + ending) and len(s) - len(ending) > len(name):
                longer.append(s[: len(s) - len(ending)])
                break
    counts: dict[str, int] = {}
    for s in longer or surfaces:
        counts[s] = counts.get(s, 0) + 1
    chosen = min(counts, key=lambda s: (-counts[s], len(s), s))
    if _same_words(chosen, name):
        return name  # "der Afrikanischen Union": the gazetteer's name, declined
    # Only a fuller form than the name: "dpa - AFX" is "dpa-AFX" spelt apart.
    letters = sum(c.isalnum() for c in name)
    listed = next((f for f in written_out if _same_words(f, chosen) and sum(c.isalnum() for c in f) > letters), None)
    if listed is not None:
        return listed
    # An organisation filed under its initials and written out ("NZZ"); a country's initials
    # in a compound ("US-Präsident") stay the country's name.
    initials = etype == "ORG" and name.replace("/", "").isupper() and " " not in name
    base, _, tail = chosen.rpartition(" ")
    if longer or initials or (etype == "ORG" and tail in legal_forms and base.casefold() == key):
        return chosen
    return name


def _same_words(a: str, b: str) -> bool:
    """Whether two names are the same words in other cases: "Weißen Hauses" and "Weißes Haus",
    "Neuen Zürcher Zeitung" and "Neue Zürcher Zeitung"."""
    wa, wb = a.casefold().split(), b.casefold().split()
    return len(wa) == len(wb) and all(_stems(x) & _stems(y) for x, y in zip(wa, wb, strict=True))


def _stems(word: str) -> set[str]:
    # The word and the word less one case ending of adjectives and nouns.
    return {word, *(word[: -len(e)] for e in _CASE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3)}


def _to_entities(an: _Analysis, builder: _Builder) -> list[Entity]:
    entities: list[tuple[int, Entity]] = []
    names = [cl.name for cl in builder.clusters]
    for cl in builder.clusters:
        spans: dict[tuple[int, int], None] = {}
        for c in cl.cands:
            spans[(c.start, c.end)] = None
        for s, e, _kind in cl.extra:
            spans.setdefault((s, e), None)
        mentions = [Span(s, e, an.text[s:e]) for s, e in sorted(spans)]
        if not mentions:
            continue
        # One role per office: "EU-Außenbeauftragten" (as written in a genitive) and
        # "EU-Außenbeauftragte" are one role; the shorter, nominative-looking form stands for it.
        grouped: dict[tuple[str, str | None, str | None, str], Role] = {}
        for ph, _target in cl.roles:
            start, end = an.tok_span(ph.start, ph.end)
            text = an.text[start:end]
            relation = None
            if ph.relation_tok is not None:
                for k, other in enumerate(builder.clusters):
                    if any(c.tok_start == ph.relation_tok for c in other.cands) and other is not cl:
                        relation = names[k]
                        break
            aff = ph.affiliation.name if ph.affiliation else None
            words = " ".join(w for w in an.words[ph.start : ph.head] if w not in an.lex.modifiers)
            key = (
                ph.match.key,
                aff,
                relation,
                _strip_endings(words) + an.text[an.doc[ph.head].idx + len(an.words[ph.head]) : end],
            )
            role = Role(text=text, start=start, end=end, affiliation=aff, relation_to=relation)
            if key not in grouped or len(text) < len(grouped[key].text):
                grouped[key] = role
        roles = sorted(grouped.values(), key=lambda r: r.start or 0)
        surfaces = [an.text[c.start : c.end] for c in cl.cands]
        written_out = an.lex.written_out.get(cl.name, ()) if cl.type == "ORG" else ()
        name = _name_as_written(cl.name, cl.type, surfaces, written_out, an.lex.legal_forms)
        aliases: list[str] = [] if name == cl.name else [cl.name]
        for c in cl.cands:
            t = an.text[c.start : c.end]
            if t != name and t not in aliases:
                aliases.append(t)
        ent = Entity(name=name, type=cl.type, mentions=mentions, roles=roles, aliases=aliases)
        ent.article_id = an.doc._.article_id or ""
        entities.append((mentions[0].start, ent))
    entities.sort(key=lambda p: p[0])
    out = _merge_bracketed_initials([ent for _pos, ent in entities], an.text)
    for n, ent in enumerate(out):
        ent.id = f"e{n}"
    return out


_BRACKETED = re.compile(r"\s*\(([A-ZÄÖÜ][A-ZÄÖÜa-z]{1,7})\)")


def _merge_bracketed_initials(entities: list[Entity], text: str) -> list[Entity]:
    """ "das Eidgenössische Departement für auswärtige Angelegenheiten (EDA)": the initials in
    brackets right after an organisation's name are that organisation, not one of their own, even
    where the model took them for a place ("der Afrikanischen Union (AU)")."""
    by_start = {m.start: ent for ent in entities if ent.type in ("ORG", "LOC") for m in ent.mentions}
    merged: set[int] = set()
    for ent in entities:
        if ent.type != "ORG":
            continue
        for m in list(ent.mentions):
            hit = _BRACKETED.match(text, m.end)
            if hit is None or not hit.group(1)[:2].isupper():
                continue
            other = by_start.get(hit.start(1))
            if other is None or other is ent or id(other) in merged or " " in other.name:
                continue
            ent.mentions = sorted([*ent.mentions, *other.mentions], key=lambda s: s.start)
            for alias in [other.name, *other.aliases]:
                if alias != ent.name and alias not in ent.aliases:
                    ent.aliases.append(alias)
            merged.add(id(other))
    return [ent for ent in entities if id(ent) not in merged]


@Language.component("lagebild_entities_v1")
def entities_component(doc: Doc) -> Doc:
    # The pipeline's language picks the data folder; German where none exists for it.
    lang = doc.lang_ if doc.lang_ in _languages() else DEFAULT_LANG
    doc._.entities = analyse(doc, lang)
    _write_ents(doc, lang)
    return doc


def _write_ents(doc: Doc, lang: str) -> None:
    """Set ``doc.ents`` to the names the layer found, as spaCy's entity ruler does, so that code
    using the Doc directly sees them: name mentions only (no pronouns or role phrases), and the
    model's MISC spans where no name overlaps them."""
    not_names = _lexicon(lang).not_name_openers
    spans = []
    for ent in doc._.entities or []:
        for m in ent.mentions:
            if not m.text or m.text.split()[0].lower() in not_names:
                continue
            span = doc.char_span(m.start, m.end, label=ent.type, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
    taken = {i for span in spans for i in range(span.start, span.end)}
    if doc.has_annotation("ENT_IOB"):
        spans += [e for e in doc.ents if e.label_ == "MISC" and not any(i in taken for i in range(e.start, e.end))]
    doc.ents = filter_spans(spans)


# -- for other components -----------------------------------------------------------------------


@dataclass(slots=True)
class _MentionIndex:
    """Every mention of a Doc's entities by start offset, for overlap lookups that do not read
    all mentions each time (quotes ask once per speaker; that was quadratic on long texts)."""

    entities: list[Entity]
    signature: tuple[int, int]
    starts: list[int]
    # (start, end, order of the entity, order of the mention, entity), by start
    rows: list[tuple[int, int, int, int, Entity]]
    longest: int


_MENTION_INDEXES: deque[tuple[Doc, _MentionIndex]] = deque(maxlen=4)


def _signature(entities: list[Entity]) -> tuple[int, int]:
    return len(entities), sum(len(e.mentions) for e in entities)


def _mention_index(doc: Doc, entities: list[Entity]) -> _MentionIndex:
    signature = _signature(entities)
    for kept_doc, index in tuple(_MENTION_INDEXES):
        if kept_doc is doc and index.entities is entities and index.signature == signature:
            return index
    rows = sorted(
        ((m.start, m.end, k, n, ent) for k, ent in enumerate(entities) for n, m in enumerate(ent.mentions)),
        key=lambda r: r[0],
    )
    longest = max((r[1] - r[0] for r in rows), default=0)
    index = _MentionIndex(entities, signature, [r[0] for r in rows], rows, longest)
    _MENTION_INDEXES.appendleft((doc, index))
    return index


def place_of_adjective(word: str, lang: str = DEFAULT_LANG) -> str | None:
    """The place an adjective is made from ("ukrainischen" -> "Ukraine"), or None."""
    known = _lexicon(lang).adjective(word)
    return known.name if known is not None and known.type == "LOC" else None


def is_masculine_role(word: str, lang: str = DEFAULT_LANG) -> bool:
    """Whether a word is a role noun in a masculine form ("Finanzminister", "US-Präsidenten"):
    after "die" such a noun can only be a plural."""
    m = _lexicon(lang).role(word)
    return m is not None and not m.feminine and not m.adjectival


def is_role_noun(word: str, lang: str = DEFAULT_LANG) -> bool:
    """Whether a word is a role noun in any form ("Außenminister", "Kanzlerin", "Vorsitzender")."""
    return _lexicon(lang).role(word) is not None


def is_people_noun(word: str, lang: str = DEFAULT_LANG) -> bool:
    """Whether a noun names a country's people ("Franzose", "Japanerin") or, in -er/-erin, a
    place's ("der Zuger", "die Wienerin"); the lexicon's ``is_demonym`` alone knows only the
    first, which the names rules need."""
    lex = _lexicon(lang)
    if lex.is_demonym(word):
        return True
    for ending in ("erin", "er"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            place = lex.known((stem,))
            if (place is not None and place.type == "LOC") or stem in lex.ambiguous:
                return True
    return False


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end): the largest overlap wins, and of equal
    ones the entity first in the list (its first such mention)."""
    entities: list[Entity] = doc._.entities or []
    if not entities:
        return None
    index = _mention_index(doc, entities)
    best: tuple[int, int, int] | None = None  # (-overlap, entity order, mention order)
    found: Entity | None = None
    lo = bisect_left(index.starts, start - index.longest)
    hi = bisect_left(index.starts, end)
    for m_start, m_end, k, n, ent in index.rows[lo:hi]:
        overlap = min(end, m_end) - max(start, m_start)
        if overlap > 0 and (best is None or (-overlap, k, n) < best):
            best, found = (-overlap, k, n), ent
    return found


def resolve_reference(doc: Doc, start: int, end: int, lang: str = DEFAULT_LANG) -> Entity | None:
    """The entity a pronoun, role phrase, surname or full name at [start, end) refers to.

    Looks back in the discourse for pronouns and matches role phrases against the roles given
    to persons in the article; None where the reference is not clear.
    """
    entities: list[Entity] = list(doc._.entities or [])
    if not entities or start >= end:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    lex = _lexicon(lang)
    words = [t.text for t in span if not t.is_punct]
    if len(words) == 1 and (words[0].lower() in lex.pron_subject or words[0].lower() in lex.pron_other):
        hit = entity_at(doc, start, end)
        if hit is not None:
            return hit
        return _resolve_pronoun_at(doc, span[0].i, lang, entities)
    hit = entity_at(doc, start, end)
    if hit is not None:
        return hit
    text = text_of(doc)[start:end].strip()
    key = lex.translit_key(text)
    for ent in entities:
        forms = [ent.name, *ent.aliases, *(m.text for m in ent.mentions)]
        if any(lex.translit_key(f) == key for f in forms):
            return ent
    return _resolve_role_at(doc, span.start, span.end, lang, entities)


# The analyses of the last few Docs asked about: callers ask many questions about one article.
_RECENT: list[tuple[Doc, str, int, _Analysis, _Builder]] = []
_RECENT_SIZE = 4


def _rebuild(doc: Doc, lang: str) -> tuple[_Analysis, _Builder]:
    size = len(text_of(doc))
    for cached_doc, cached_lang, cached_size, an, builder in _RECENT:
        if cached_doc is doc and cached_lang == lang and cached_size == size:
            return an, builder
    an, builder = _analyse_fresh(doc, lang)
    _remember(doc, lang, an, builder)
    return an, builder


def _remember(doc: Doc, lang: str, an: _Analysis, builder: _Builder) -> None:
    _RECENT[:] = [r for r in _RECENT if r[0] is not doc]
    _RECENT.insert(0, (doc, lang, len(text_of(doc)), an, builder))
    del _RECENT[_RECENT_SIZE:]


def _analyse_fresh(doc: Doc, lang: str) -> tuple[_Analysis, _Builder]:
    an = _Analysis(doc, lang)
    an.find_gazetteer()
    an.find_role_prefixes()
    an.find_orgs()
    an.find_persons()
    an.find_misc()
    an.find_quoted_names()
    an.find_model_entities()
    an.find_cued()
    an.find_opening_names()
    an.find_dateline_places()
    an.find_subject_names()
    an.find_genitive_names()
    an.find_listed_places()
    chosen = _select(an.cands, len(an.text))
    chosen = _select([*chosen, *an.find_surnames(chosen), *an.find_listed_persons(chosen)], len(an.text))
    chosen = _without_titles(an, chosen)
    builder = _Builder(an)
    builder.build(chosen)
    _assign_roles(an, builder, chosen)
    _role_mentions(an, builder)
    return an, builder


def _without_titles(an: _Analysis, chosen: list[_Cand]) -> list[_Cand]:
    """A council or office that is also a person's title is no organisation right before the
    person's name: "Bundesrat Beat Jans" is a member of the Bundesrat, who alone is named."""
    person_starts = {c.tok_start for c in chosen if c.type == "PER"}

    def title(c: _Cand) -> bool:
        # The whole word, not the organisation inside a compound role ("Kreml" of "Kremlsprecher").
        whole = (c.start, c.end) == an.tok_span(c.tok_start, c.tok_start + 1)
        return c.tok_end == c.tok_start + 1 and whole and c.tok_start in an.roles and c.tok_end in person_starts

    return [c for c in chosen if c.type == "PER" or not title(c)]


def _entity_for_cluster(an: _Analysis, builder: _Builder, k: int, entities: list[Entity]) -> Entity | None:
    cl = builder.clusters[k]
    starts = {c.start for c in cl.cands} | {s for s, _e, _kind in cl.extra}
    first = min(starts) if starts else -1
    for ent in entities:
        if ent.name == cl.name and ent.type == cl.type and ent.mentions and ent.mentions[0].start == first:
            return ent
    return next((e for e in entities if e.name == cl.name and e.type == cl.type), None)


def _resolve_pronoun_at(doc: Doc, tok: int, lang: str, entities: list[Entity]) -> Entity | None:
    an, builder = _rebuild(doc, lang)
    k = _resolve_pronoun(an, builder, tok)
    return None if k is None else _entity_for_cluster(an, builder, k, entities)


def _resolve_role_at(doc: Doc, a: int, b: int, lang: str, entities: list[Entity]) -> Entity | None:
    an, builder = _rebuild(doc, lang)
    heads = [i for i in range(a, b) if i in an.roles]
    if not heads:
        return None
    ph = an.phrases.get(heads[0])
    if ph is None:
        return None
    start, end = an.tok_span(max(ph.start - 1, 0), ph.end)
    for k, cl in enumerate(builder.clusters):
        for ph2, _t in cl.roles:
            if ph2 is ph:
                return _entity_for_cluster(an, builder, k, entities)
        for s, e, _kind in cl.extra:
            if s <= start < e or start <= s < end:
                return _entity_for_cluster(an, builder, k, entities)
    holder = _role_head_holder(doc[heads[0]].text, entities, doc[heads[0]].idx)
    if holder is not None and ph.affiliation is not None:
        # "der bayerische Ministerpräsident" is not the one of Nordrhein-Westfalen.
        key, aff = _role_key(ph)
        for k, cl in enumerate(builder.clusters):
            if _entity_for_cluster(an, builder, k, entities) is holder and _other_affiliation(cl, key, aff):
                return None
    return holder


def _other_affiliation(cl: _Cluster, key: str, aff: str | None) -> bool:
    """Whether the person holds the role ``key`` of another country, region or body than
    ``aff``."""
    return aff is not None and any(
        k == key and a is not None and a != aff for k, a in map(_role_key, (p for p, _ in cl.roles))
    )


def _role_head_holder(noun: str, entities: list[Entity], before: int | None = None) -> Entity | None:
    """ "die Ministerin" after "Außenministerin Anna Berg": the one person whose role ends in the
    same noun (the short form of a compound role, in the same gender form), among those named
    before ``before``; None for two or more."""
    key = noun.lower()
    if len(key) < 5:
        return None
    holders = role_holders(key, entities, before=before)
    return holders[0] if len(holders) == 1 else None


def role_holders(
    key: str, entities: Iterable[Entity], *, before: int | None = None, places: Collection[str] = ()
) -> list[Entity]:
    """The persons with a role whose last word ends in ``key`` (lower case: "minister" for
    "Verkehrsminister", "Ex-Minister"), named before ``before`` where given, and of one of
    ``places`` where given ("der brasilianische Präsident")."""
    return [
        ent
        for ent in entities
        if ent.type == "PER"
        and (before is None or any(m.start < before for m in ent.mentions))
        and any(
            r.text.split()[-1].lower().rsplit("-", 1)[-1].endswith(key)
            and (before is None or r.start is None or r.start < before)
            and (not places or r.affiliation in places)
            for r in ent.roles
            if r.text.split()
        )
    ]
