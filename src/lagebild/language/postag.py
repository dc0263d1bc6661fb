"""Corrections to the model's universal part of speech (``token.pos_``), kept as rules in data.

The shipped model predicts UPOS with its morphologizer, beside (not from) the tagger's STTS tag,
the lemmatizer and the parser. Where they disagree, the others often know better: a form of "sein"
the parser attaches as ``cop`` is an auxiliary, an ``ADJD`` the morphologizer calls an adverb is an
adjective used adverbially (UD German keeps it ADJ), "das" as a subject is a pronoun. The rules in
``lang/<lang>/pos.toml`` state such conventions; this component applies the first rule that
matches each token, in one pass. Without a tagger it does nothing: the rules correct a model, they
do not replace one. Rules may also ask what a second tagger (``lagebild_second_tagger``, HanTa)
read; where it did not run, those rules do not apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token

from lagebild import lang as langdata
from lagebild.errors import LagebildError
from lagebild.language.second_tagger import SecondTags, second_tags_of

_SHAPES = {"", "lower", "title"}
_MAX_KNOWN_WORDS = 200_000


@dataclass(frozen=True, slots=True)
class PosRule:
    """One correction: every condition given must hold (an empty set means "any")."""

    name: str
    set_pos: str
    pos: frozenset[str] = frozenset()
    tag: frozenset[str] = frozenset()
    not_tag: frozenset[str] = frozenset()
    lemma: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()
    not_lower: frozenset[str] = frozenset()
    dep: frozenset[str] = frozenset()
    not_dep: frozenset[str] = frozenset()
    head_pos: frozenset[str] = frozenset()
    child_dep: frozenset[str] = frozenset()
    no_child_dep: frozenset[str] = frozenset()
    no_child_pos: frozenset[str] = frozenset()
    no_child_tag: frozenset[str] = frozenset()
    second_tag: frozenset[str] = frozenset()
    not_second_tag: frozenset[str] = frozenset()
    shape: str = ""
    sent_start: bool | None = None
    in_entity: bool | None = None
    second_sure: bool | None = None
    # The UPOS of the words right before and after ("Mohammed [bin] Salman").
    prev_pos: frozenset[str] = frozenset()
    next_pos: frozenset[str] = frozenset()

    def may_match(self, tag: str, low: str, second: str) -> bool:
        """The conditions on the word itself, asked before a Token object is made for it."""
        return (
            (not self.tag or tag in self.tag)
            and not (self.not_tag and tag in self.not_tag)
            and (not self.lower or low in self.lower)
            and not (self.not_lower and low in self.not_lower)
            and (not self.second_tag or second in self.second_tag)
            and not (self.not_second_tag and second in self.not_second_tag)
        )

    def matches(self, token: Token, parsed: bool, second: SecondTags | None = None) -> bool:
        if self.second_tag or self.second_sure is not None:
            # Without the second tagger's tags a rule that asks for them does not apply.
            if second is None or (self.second_tag and second.tags[token.i] not in self.second_tag):
                return False
            if self.second_sure is not None and second.sure(token.i) != self.second_sure:
                return False
        if self.not_second_tag and second is not None and second.tags[token.i] in self.not_second_tag:
            return False
        if self.tag and token.tag_ not in self.tag:
            return False
        if self.not_tag and token.tag_ in self.not_tag:
            return False
        low = token.lower_
        if self.lower and low not in self.lower:
            return False
        if self.not_lower and low in self.not_lower:
            return False
        if self.lemma and token.lemma_.lower() not in self.lemma:
            return False
        if self.shape == "lower" and not token.text.islower():
            return False
        if self.shape == "title" and not token.text.istitle():
            return False
        if self.sent_start is not None and bool(token.is_sent_start) != self.sent_start:
            return False
        if self.in_entity is not None and bool(token.ent_type) != self.in_entity:
            return False
        doc = token.doc
        if self.prev_pos and (token.i == 0 or doc[token.i - 1].pos_ not in self.prev_pos):
            return False
        if self.next_pos and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in self.next_pos):
            return False
        children = self.child_dep or self.no_child_dep or self.no_child_pos or self.no_child_tag
        if self.dep or self.not_dep or self.head_pos or children:
            # Without a parse, dependency labels and heads are undefined.
            if not parsed:
                return False
            if self.dep and token.dep_ not in self.dep:
                return False
            if self.not_dep and token.dep_ in self.not_dep:
                return False
            if self.head_pos and (token.head.i == token.i or token.head.pos_ not in self.head_pos):
                return False
            if children:
                return self._children_match(token)
        return True

    def _children_match(self, token: Token) -> bool:
        found = not self.child_dep
        for child in token.children:
            if child.dep_ in self.no_child_dep or child.pos_ in self.no_child_pos or child.tag_ in self.no_child_tag:
                return False
            found = found or child.dep_ in self.child_dep
        return found


@dataclass(frozen=True, slots=True)
class PosData:
    # The rules that can apply to a token of each UPOS named in a rule, in file order, and those
    # for any other UPOS (the rules that name none).
    by_pos: Mapping[str, tuple[PosRule, ...]]
    any_pos: tuple[PosRule, ...]
    rules: tuple[PosRule, ...]
    # Features only verbs carry: a word the rules take out of the verbs loses them.
    verbal_pos: frozenset[str] = frozenset()
    verbal_features: frozenset[str] = frozenset()
    # (POS, TAG, LOWER, second tag) -> whether a rule may match such a word (``PosRule.may_match``).
    may_match: dict[tuple[int, int, int, str], bool] = field(default_factory=dict, compare=False)


def _expand(values: Iterable[str], lists: Mapping[str, list[str]], where: str) -> frozenset[str]:
    """Values of a condition, with "@name" standing for the word list ``lists.name``."""
    out: set[str] = set()
    for value in values:
        if value.startswith("@"):
            if value[1:] not in lists:
                raise LagebildError("E010", f"pos data: {where} names the unknown list {value!r}")
            out.update(lists[value[1:]])
        else:
            out.add(value)
    return frozenset(out)


def _rule(raw: Mapping[str, Any], lists: Mapping[str, list[str]]) -> PosRule:
    name = str(raw.get("name", "?"))
    known = set(PosRule.__slots__)
    unknown = set(raw) - known
    if unknown or "set_pos" not in raw:
        raise LagebildError("E010", f"pos data: rule {name!r} has unknown keys {sorted(unknown)} or no set_pos")
    sets = {
        key: _expand(raw.get(key, ()), lists, f"rule {name!r}")
        for key in (
            "pos",
            "tag",
            "not_tag",
            "lemma",
            "lower",
            "not_lower",
            "dep",
            "not_dep",
            "head_pos",
            "child_dep",
            "no_child_dep",
            "no_child_pos",
            "no_child_tag",
            "second_tag",
            "not_second_tag",
            "prev_pos",
            "next_pos",
        )
    }
    shape = str(raw.get("shape", ""))
    if shape not in _SHAPES:
        raise LagebildError("E010", f"pos data: rule {name!r} has unknown shape {shape!r}")
    return PosRule(
        name=name,
        set_pos=str(raw["set_pos"]),
        shape=shape,
        sent_start=raw.get("sent_start"),
        in_entity=raw.get("in_entity"),
        second_sure=raw.get("second_sure"),
        **sets,
    )


@cache
def pos_data(lang: str = "de") -> PosData:
    d = langdata.load(lang, "pos")
    lists = {k: [str(w) for w in v] for k, v in d.get("lists", {}).items()}
    rules = tuple(_rule(r, lists) for r in d.get("rules", ()))
    named = {pos for rule in rules for pos in rule.pos}
    by_pos = {pos: tuple(r for r in rules if not r.pos or pos in r.pos) for pos in named}
    return PosData(
        by_pos=by_pos,
        any_pos=tuple(r for r in rules if not r.pos),
        rules=rules,
        verbal_pos=frozenset(d.get("verbal_pos", ())),
        verbal_features=frozenset(d.get("verbal_features", ())),
    )


def rule_for(token: Token, data: PosData, parsed: bool, second: SecondTags | None = None) -> PosRule | None:
    """The first rule in file order that matches ``token``, or None."""
    for rule in data.by_pos.get(token.pos_, data.any_pos):
        if rule.matches(token, parsed, second):
            return rule
    return None


def annotate_pos(doc: Doc, lang: str = "de") -> Doc:
    if not doc.has_annotation("POS"):
        return doc
    data = pos_data(lang)
    parsed = doc.has_annotation("DEP")
    strings = doc.vocab.strings
    by_pos = {strings[pos]: rules for pos, rules in data.by_pos.items()}
    second = second_tags_of(doc)
    seconds = second.tags if second is not None else ("",) * len(doc)
    # Read from arrays: most words meet no rule's tag or word list, and need no Token object.
    known = data.may_match
    rows = doc.to_array(["POS", "TAG", "LOWER"]).tolist()
    for i, (pos, tag, lower) in enumerate(rows):
        key = (pos, tag, lower, seconds[i])
        may = known.get(key)
        if may is None:
            tag_, low = strings[tag], strings[lower]
            may = any(rule.may_match(tag_, low, seconds[i]) for rule in by_pos.get(pos, data.any_pos))
            if len(known) >= _MAX_KNOWN_WORDS:
                known.clear()
            known[key] = may
        if not may:
            continue
        token = doc[i]
        rule = rule_for(token, data, parsed, second)
        if rule is None or rule.set_pos == token.pos_:
            continue
        if token.pos_ in data.verbal_pos and rule.set_pos not in data.verbal_pos:
            _drop_features(token, data.verbal_features)
        token.pos_ = rule.set_pos
    return doc


def _drop_features(token: Token, names: frozenset[str]) -> None:
    feats = token.morph.to_dict()
    if any(name in feats for name in names):
        token.morph = MorphAnalysis(token.vocab, {k: v for k, v in feats.items() if k not in names})


@Language.factory("lagebild_postag_v1", default_config={"lang": "de"})
def make_postag(nlp: Language, name: str, lang: str) -> PosTagComponent:
    return PosTagComponent(lang)


class PosTagComponent:
    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        pos_data(lang)

    def __call__(self, doc: Doc) -> Doc:
        return annotate_pos(doc, self.lang)
