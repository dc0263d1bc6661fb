"""News layout: paragraphs and their kinds, and sentence boundaries that respect them.

Line breaks are paragraph boundaries; a short line without final punctuation is a headline
(before the first body paragraph) or a subheading (after it); the first body paragraph after the
headline or dateline is the teaser. Sentences never cross a paragraph; abbreviations, dates and
ordinals do not end one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any, cast

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild import lang as langdata
from lagebild.records import Paragraph, ParagraphKind

_FINAL_PUNCT = ".!?:;…\"“”«»‘’'"
_SENT_END = {".", "!", "?", "…"}
# Typewriter quotes (`` … '') come from converted wire copy and older corpora.
_CLOSING = {"“", "”", '"', "«", "»", "‘", "’", "'", "''", ")", "]"}
_OPENING = {"„", '"', "«", "»", "‚", "'", "``", "(", "–", "-"}
_NUMBER_DOT = re.compile(r"^\d{1,2}\.$|^\d{1,2}\.\d{1,2}\.$")


@cache
def _data(lang: str) -> dict[str, object]:
    d = langdata.load(lang, "layout")
    return {
        "abbreviations": frozenset(d["abbreviations"]),
        "ordinal_followers": frozenset(d["ordinal_followers"]),
        "sentence_openers": frozenset(d["sentence_openers"]),
        "dateline_prefixes": tuple(d["dateline_prefixes"]),
        "max_heading_chars": int(d["max_heading_chars"]),
    }


def is_dateline(line: str, lang: str = "de") -> bool:
    prefixes = _data(lang)["dateline_prefixes"]
    assert isinstance(prefixes, tuple)
    stripped = line.strip()
    return any(stripped.startswith(p) for p in prefixes) and bool(re.search(r"\d", stripped))


def _is_heading(line: str, lang: str) -> bool:
    limit = _data(lang)["max_heading_chars"]
    assert isinstance(limit, int)
    stripped = line.strip()
    if not stripped or len(stripped) > limit:
        return False
    if stripped[-1] in _FINAL_PUNCT:
        # A quoted headline ("Rubio: „Realistisch, aber optimistisch“") ends in a quotation mark
        # but is still a headline when the mark closes a colon-introduced quote.
        return ":" in stripped and stripped[-1] in '“”"«»' and stripped[-2] not in ".!?"
    return True


def paragraphs(text: str, lang: str = "de") -> list[Paragraph]:
    """Paragraphs of an article text with their kind; offsets index ``text`` itself."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        lstrip = len(line) - len(line.lstrip())
        rstrip = len(line.rstrip())
        if rstrip > lstrip:
            spans.append((m.start() + lstrip, m.start() + rstrip))
    out: list[Paragraph] = []
    seen_body = False
    seen_teaser = False
    for start, end in spans:
        line = text[start:end]
        kind: ParagraphKind
        if is_dateline(line, lang) and not seen_body:
            kind = "dateline"
        elif _is_heading(line, lang):
            kind = "subheading" if seen_body else "headline"
        elif not seen_teaser:
            kind = "teaser"
            seen_teaser = seen_body = True
        else:
            kind = "body"
            seen_body = True
        out.append(Paragraph(start, end, kind))
    return out


def _is_initial(doc: Doc, i: int, following: str, openers: frozenset[str]) -> bool:
    """ "J." in "Donald J. Trump" is an initial; "X." in "schrieb auf X. Der Präsident" ends a sentence.

    An initial stands between capitalised name parts; a lower-case word before it, or a word
    that typically opens a sentence after it, makes it a one-letter word at a sentence end.
    """
    text = doc[i].text
    if not (len(text) == 2 and text[0].isupper()):
        return False
    before = doc[i - 1].text if i > 0 else ""
    return before[:1].isupper() and before.isalpha() and following not in openers


def _sentence_starts(doc: Doc, paras: Iterable[Paragraph], lang: str) -> list[bool]:
    data = _data(lang)
    abbreviations = data["abbreviations"]
    followers = data["ordinal_followers"]
    openers = data["sentence_openers"]
    assert isinstance(abbreviations, frozenset) and isinstance(followers, frozenset)
    assert isinstance(openers, frozenset)
    starts = [False] * len(doc)
    para_starts = {p.start for p in paras}
    boundary_next = True
    for i, tok in enumerate(doc):
        if tok.is_space:
            # Whitespace tokens belong to the sentence before them; a newline ends it.
            if "\n" in tok.text:
                boundary_next = True
            continue
        if boundary_next or tok.idx in para_starts:
            starts[i] = True
            boundary_next = False
        text = tok.text
        if text in _SENT_END or (text.endswith(".") and len(text) > 1 and text not in abbreviations):
            nxt = i + 1
            # Closing marks and brackets stay with the sentence they close.
            while nxt < len(doc) and doc[nxt].text in _CLOSING:
                nxt += 1
            if nxt >= len(doc):
                continue
            following = doc[nxt]
            if _NUMBER_DOT.match(text) and following.text in followers:
                continue
            if _is_initial(doc, i, following.text, openers):
                continue
            opens = following.text[:1].isupper() or following.text[:1].isdigit() or following.text in _OPENING
            if opens and not following.is_space:
                starts[nxt] = True
    return starts


@Language.factory("lagebild_layout_v1", default_config={"lang": "de"})
def make_layout(nlp: Language, name: str, lang: str) -> LayoutComponent:
    return LayoutComponent(lang)


class LayoutComponent:
    """Sets ``doc._.paragraphs`` (if the reader did not) and every token's ``is_sent_start``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        if doc._.paragraphs is None:
            doc._.paragraphs = paragraphs(doc.text, self.lang)
        if len(doc) == 0:
            return doc
        starts = _sentence_starts(doc, doc._.paragraphs, self.lang)
        starts[0] = True
        # One array write: setting token.is_sent_start one by one is quadratic in spaCy.
        # spaCy stores attributes as uint64; -1 ("not a start") wraps as it does in spaCy's own arrays.
        values = numpy.array([[1 if s else -1] for s in starts], dtype="int64").astype("uint64")
        doc.from_array(["SENT_START"], cast(Any, values))
        return doc
