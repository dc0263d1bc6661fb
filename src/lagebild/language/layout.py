"""News layout: paragraphs and their kinds, and sentence boundaries that respect them.

Line breaks are paragraph boundaries; a short line without final punctuation is a headline
(before the first body paragraph) or a subheading (after it); the first body paragraph after the
headline or dateline is the teaser. Sentences never cross a paragraph; abbreviations, dates and
ordinals do not end one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild import lang as langdata
from lagebild.language.doctext import remember, text_of
from lagebild.records import Paragraph, ParagraphKind

_FINAL_PUNCT = ".!?:;…\"“”«»‘’'"
_SENT_END = {".", "!", "?", "…"}
_DASHES = {"-", "–", "—"}
# Marks that part a headline's statements ("Haushalt – Klingbeil: „…“", "X telefonieren – Gipfel
# geplant"), for the extractors that read headlines.
HEADLINE_DASHES = frozenset({*_DASHES, "|"})
# The most words of place before the agency of a wire dateline ("Frankfurt am Main (dpa) -").
_MAX_DATELINE_WORDS = 4
# A run of words with no punctuation at all (stripped by a scraper, a pasted word list) is cut
# into sentences of this many words: no German clause is that long, and the per-clause rules after
# the layout would otherwise grow with the square of the run. A sentence with commas is cut only
# past the longer limit, after a comma or other clause mark, so a long list stays one sentence
# ("Am Gipfel nahmen teil: A, B, C, …" with hundreds of names).
_LONG_RUN = 400
_LONG_SENTENCE = 1000
_CLAUSE_MARKS = {",", ";", ":", *_DASHES}
# Typewriter quotes (`` … '') come from converted wire copy and older corpora.
_CLOSING = {"“", "”", '"', "«", "»", "‘", "’", "'", "''", ")", "]"}
# Only quotation marks: a bracket after a quoted name gives its abbreviation ("„Volksallianz“ (PAD)").
_QUOTE_OPENING = {"„", '"', "«", "»", "‚", "'", "``"}
_OPENING = _QUOTE_OPENING | {"(", "–", "—", "-", "--"}
# A dash written against the first word opens a sentence in older wire copy ("-Wie reimt sich …").
_DASHED_WORD = re.compile(r"^(?:-{1,2}|–)`*[^\W\d_]")
_NUMBER_DOT = re.compile(r"^\d{1,2}\.$|^\d{1,2}\.\d{1,2}\.$")
_ORDINAL = re.compile(r"^\d{1,3}\.$")
# The number of an item in a list run into a sentence ("1. Huber, 2. Schiffer"), and how far apart
# (in tokens) two items of one list may stand.
_LIST_NUMBER = re.compile(r"^[1-9]\d?\.$")
_LIST_WINDOW = 40
_ROMAN = re.compile(r"^[IVXLCDM]+$")
# The longest line that can be a date header alone ("Mittwoch, 3. Dezember 2025, 16:51 Uhr (dpa)").
_MAX_DATE_LINE = 90
# How many ordinals joined by "und"/"bis" are followed back to their article ("dem 1., 2. und 3.").
_MAX_JOINED_ORDINALS = 6
# The most tokens of a bracket that stands as a sentence of its own ("(Siehe auch Seite 3)").
_MAX_BRACKET_SENTENCE = 12
_INITIALS = re.compile(r"^(?:[A-ZÄÖÜ]\.){2,3}$")


@dataclass(frozen=True, slots=True)
class LayoutData:
    """One language's layout knowledge (``lang/<lang>/layout.toml``)."""

    abbreviations: frozenset[str]
    number_abbreviations: frozenset[str]
    final_abbreviations: frozenset[str]
    ordinal_followers: frozenset[str]
    sentence_openers: frozenset[str]
    abbreviation_pairs: frozenset[str]
    ordinal_precursors: frozenset[str]
    ordinal_joiners: frozenset[str]
    enumeration_joiners: frozenset[str]
    dateline_prefixes: tuple[str, ...]
    agencies: frozenset[str]
    max_heading_chars: int
    run_in_openers: frozenset[str]
    run_in_not_after: frozenset[str]
    run_in_not_before: frozenset[str]
    title_nouns: tuple[str, ...]
    title_names: tuple[str, ...]
    emoticons: frozenset[str]
    letter_name_nouns: frozenset[str] = frozenset()


@cache
def _data(lang: str) -> LayoutData:
    d = langdata.load(lang, "layout")
    return LayoutData(
        abbreviations=frozenset(d["abbreviations"]),
        number_abbreviations=frozenset(d["number_abbreviations"]),
        final_abbreviations=frozenset(d["final_abbreviations"]),
        ordinal_followers=frozenset(d["ordinal_followers"]),
        sentence_openers=frozenset(d["sentence_openers"]),
        abbreviation_pairs=frozenset(d["abbreviation_pairs"]),
        ordinal_precursors=frozenset(d["ordinal_precursors"]),
        ordinal_joiners=frozenset(d["ordinal_joiners"]),
        enumeration_joiners=frozenset(d.get("enumeration_joiners", ())),
        dateline_prefixes=tuple(d["dateline_prefixes"]),
        agencies=frozenset(a.lower() for a in d["agencies"]),
        max_heading_chars=int(d["max_heading_chars"]),
        run_in_openers=frozenset(d["run_in_openers"]),
        run_in_not_after=frozenset(d["run_in_not_after"]),
        run_in_not_before=frozenset(d["run_in_not_before"]),
        title_nouns=tuple(d["title_nouns"]),
        title_names=tuple(d["title_names"]),
        letter_name_nouns=frozenset(d.get("letter_name_nouns", ())),
        emoticons=frozenset(d["emoticons"]),
    )


def is_dateline(line: str, lang: str = "de") -> bool:
    """A ``Stand: …`` line, or a line that only dates the article ("01.12.2025",
    "Montag, 1. Dezember 2025, 16:51 Uhr", "Bern, 3.12.2025 (sda)")."""
    prefixes = _data(lang).dateline_prefixes
    stripped = line.strip()
    if any(stripped.startswith(p) for p in prefixes) and bool(re.search(r"\d", stripped)):
        return True
    return len(stripped) <= _MAX_DATE_LINE and date_only_line(lang).match(stripped) is not None


@cache
def month_numbers(lang: str) -> dict[str, int]:
    """Month names and abbreviations of the time data, lower case, with their number."""
    classes = langdata.load(lang, "time")["classes"]
    return {**classes["month"]["words"], **classes["month_abbr"]["words"]}


def month_alternation(lang: str) -> str:
    """The month names as one regex alternation, longest first."""
    return "|".join(re.escape(m) for m in sorted(month_numbers(lang), key=len, reverse=True))


@cache
def date_only_line(lang: str) -> re.Pattern[str]:
    """A whole line that holds a date with its year and nothing but an optional place before
    it, weekday, time and agency; month and weekday names come from the time data."""
    return re.compile(_dateline_source(lang) + r"(?:\s*\([^()]{1,40}\))?\s*[-–]?$", re.IGNORECASE)


@cache
def leading_dateline(lang: str) -> re.Pattern[str]:
    """A wire dateline that opens the first paragraph, run into its text: the place, the date
    with its year, and the agency in brackets or a dash ("Genf, 2. Dezember 2025 (sda) – Der
    Bundesrat …", "Bern, 5.12.2025 (SDA) Der …")."""
    return re.compile(
        _dateline_source(lang, place_required=True) + r"(?:\s*\([^()]{1,40}\)\s*[-–]?|\s+[-–])\s",
        re.IGNORECASE,
    )


@cache
def leading_wire_opening(lang: str) -> re.Pattern[str]:
    """What opens a wire report's first paragraph before its first sentence: a dateline (see
    ``leading_dateline``) or the place and agency alone ("PARIS (AFP) - ", "Washington/Brüssel
    (dpa) – "). The words before it are no one's subject."""
    agency_only = r"^[A-ZÄÖÜ][\w.\-]{1,40}(?:/[A-ZÄÖÜ][\w.\-]{1,40})*\s*\([^()]{1,40}\)\s*[-–]\s"
    return re.compile(rf"(?:{leading_dateline(lang).pattern})|(?-i:{agency_only})", re.IGNORECASE)


# A place line run into the first sentence by a dash alone ("Stuttgart - Der Minister …",
# "Washington/Kiew – Die Ukraine …"): a space before the dash, unlike a compound's hyphen.
_PLACE_OPENING = re.compile(r"^[A-ZÄÖÜ][\w.\-]{1,40}(?:/[A-ZÄÖÜ][\w.\-]{1,40})*\s+[-–]\s")


def leading_place_opening(text: str) -> int:
    """The length of a place line opening ``text`` before a dash ("Washington/Kiew - "), else 0.
    Whether its words are places is the caller's to check: "Merz - ein Porträt" looks the same."""
    m = _PLACE_OPENING.match(text)
    return m.end() if m else 0


def _dateline_source(lang: str, *, place_required: bool = False) -> str:
    weekdays = sorted(langdata.load(lang, "time")["classes"]["weekday"]["words"], key=len, reverse=True)
    month = month_alternation(lang)
    weekday = "|".join(re.escape(w) for w in weekdays)
    date = (
        r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}"
        rf"|\d{{1,2}}\.\s?(?:{month})\s+\d{{4}}"
        r"|\d{4}-\d{2}-\d{2})"
    )
    time = r"(?:\s*(?:,|-|–|\||um|/)?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?"
    place = r"[A-ZÄÖÜ][\w.\-/ ]{0,40},\s*"  # "Bern, "
    return (
        rf"^(?:{place}){'' if place_required else '?'}"
        rf"(?:(?:{weekday}),?\s*)?(?:den\s+|am\s+)?"
        rf"{date}{time}"
    )


def _is_heading(line: str, lang: str) -> bool:
    limit = _data(lang).max_heading_chars
    stripped = line.strip()
    if not stripped or len(stripped) > limit:
        return False
    if stripped[-1] in _FINAL_PUNCT:
        # A quoted headline ("Rubio: „Realistisch, aber optimistisch“", "Opposition spricht von
        # „Pfusch“") ends in a quotation mark with no full stop before it; a sentence of running
        # text ends in a full stop inside or after the mark.
        return stripped[-1] in '“”"«»' and len(stripped) > 1 and stripped[-2] not in ".!?…"
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


@dataclass(frozen=True, slots=True)
class _Tokens:
    """What the boundary rules read of a Doc's tokens, as plain lists: a Token object for every
    look at a neighbour costs more than the rules."""

    words: list[str]
    # Whether a space follows the token; whether the token is whitespace itself.
    ws: list[bool]
    space: list[bool]
    idx: list[int]
    text: str

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        strings = doc.vocab.strings
        table = doc.to_array(["ORTH", "SPACY", "IS_SPACE", "IDX"])
        words = [strings[orth] for orth in table[:, 0].tolist()]
        ws = table[:, 1].astype(bool).tolist()
        # Doc.text from the words already read; kept for the extractors after the layout.
        text = remember(doc, "".join(w + " " if sp else w for w, sp in zip(words, ws, strict=True)))
        return cls(words, ws, table[:, 2].astype(bool).tolist(), table[:, 3].astype("int64").tolist(), text)


def _is_gloss(word: str) -> bool:
    return len(word) >= 2 and word.replace("-", "").isalpha() and word.isupper()


def _is_initial(doc: _Tokens, i: int, following: str, openers: frozenset[str]) -> bool:
    """ "J." in "Donald J. Trump" is an initial; "X." in "schrieb auf X. Der Präsident" ends a sentence.

    An initial stands between capitalised name parts; a lower-case word before it, or a word
    that typically opens a sentence after it, makes it a one-letter word at a sentence end.
    Initials written together ("J.D. Salinger", "C.Y. Leung") are no word at all, whatever
    stands before them.
    """
    text = doc.words[i]
    if following in openers:
        return False
    if _INITIALS.match(text):
        return following[:1].isupper()
    if not (len(text) == 2 and text[0].isupper()):
        return False
    before = doc.words[i - 1] if i > 0 else ""
    # "Andrew S. W. Thomas": an initial after another.
    return before[:1].isupper() and (before.isalpha() or (len(before) == 2 and before[1] == "."))


def _opens_quote(doc: _Tokens, i: int) -> bool:
    return i > 0 and doc.words[i] in _OPENING and doc.ws[i - 1] and not doc.ws[i]


def _quote_after_quote(doc: _Tokens, i: int) -> bool:
    """A quotation straight after another one starts a sentence (`"Kein Kommentar" "Wir prüfen …`)."""
    words = doc.words
    if i < 2 or i + 1 >= len(doc.words) or words[i] not in _QUOTE_OPENING or not _opens_quote(doc, i):
        return False
    if not words[i + 1][:1].isupper():
        return False
    return words[i - 1] in _CLOSING and words[i - 1] not in ")]" and not doc.ws[i - 2]


def _word_before(doc: _Tokens, i: int) -> int:
    """The index of the word before ``doc[i]``, over whitespace and opening quotation marks
    ("die „4. Winterwelt“"); -1 at the start."""
    k = i - 1
    while k >= 0 and (doc.space[k] or doc.words[k] in _QUOTE_OPENING):
        k -= 1
    return k


def _is_ordinal(doc: _Tokens, i: int, data: LayoutData) -> bool:
    """ "den 45.", "ein 13.", "dem 50. und 70.": a number after an article, or joined to one."""
    # Walked back a few steps only: a long list ("1. und 2. und 3. …") must stay linear.
    for _ in range(_MAX_JOINED_ORDINALS):
        if not _ORDINAL.match(doc.words[i]):
            return False
        k = _word_before(doc, i)
        if k < 0:
            return False
        before = doc.words[k].lower()
        if before in data.ordinal_precursors:
            return True
        if before not in data.ordinal_joiners or k == 0:
            return False
        i = _word_before(doc, k)
        if i < 0:
            return False
    return False


def _enumerated(doc: _Tokens, i: int, data: LayoutData) -> bool:
    """ "Ergebnis: 1. Huber, 2. Schiffer und 3. Maier": a number marks an item of a list run into
    the text when a list word stands before it and the number before or after it in the list
    stands near, also after a list word. "Huber wurde 2. Schiffer wurde 3." has no list words."""
    word = doc.words[i]
    if not _LIST_NUMBER.match(word) or not _after_list_word(doc, i, data):
        return False
    n = int(word[:-1])
    lo, hi = max(0, i - _LIST_WINDOW), min(len(doc.words), i + _LIST_WINDOW)
    for k in range(lo, hi):
        if doc.space[k] and "\n" in doc.words[k]:
            # Another paragraph: look no further on that side.
            if k < i:
                lo = k
            else:
                hi = k
                break
    for k in range(lo, hi):
        if k != i and doc.words[k] in (f"{n - 1}.", f"{n + 1}.") and _after_list_word(doc, k, data):
            return True
    return False


def _after_list_word(doc: _Tokens, i: int, data: LayoutData) -> bool:
    k = _word_before(doc, i)
    return k >= 0 and doc.words[k].lower() in data.enumeration_joiners


def _period_continues(doc: _Tokens, i: int, nxt: int, starts: list[bool], data: LayoutData) -> bool:
    """Whether the period ending ``doc[i]`` sits inside a sentence; ``doc[nxt]`` would open the next."""
    text, following = doc.words[i], doc.words[nxt]
    followers, openers = data.ordinal_followers, data.sentence_openers
    pairs = data.abbreviation_pairs
    # The tokenizer writes the period of many abbreviations apart ("Art", "."); they are listed whole.
    word = doc.words[i - 1] + "." if text == "." and i > 0 and not doc.ws[i - 1] and not doc.space[i - 1] else text
    if word in data.final_abbreviations:
        return following not in openers
    if word in data.abbreviations and word != text:
        return True
    if word in data.number_abbreviations and following[:1].isdigit():
        return True
    if _NUMBER_DOT.match(text):
        if following in followers:
            return True
        # A number opening its own sentence numbers a list item ("2. Die Kosten steigen.").
        if starts[i]:
            return True
    # After an article a number is an ordinal ("den 45. Präsidenten", "in der 296. Folge").
    if following not in openers and _is_ordinal(doc, i, data):
        return True
    if _enumerated(doc, i, data):
        return True
    # An abbreviation glossed in brackets right after a name ("Chaos Computer Club e.V. (CCC)").
    if following == "(" and nxt + 2 < len(doc.words) and _is_gloss(doc.words[nxt + 1]) and doc.words[nxt + 2] == ")":
        return True
    # Abbreviations written with a space ("v. Chr.", "z. B.") are two tokens; the first never ends
    # a sentence, the second only before a word that opens one ("um 500 v. Chr. Die Stadt …").
    # The tokenizer may write the period of an unknown second part apart: "i.", "Br", ".".
    second = (
        following + "." if nxt + 1 < len(doc.words) and doc.words[nxt + 1] == "." and not doc.ws[nxt] else following
    )
    if nxt == i + 1 and (f"{text} {following}" in pairs or f"{text} {second}" in pairs):
        return True
    if i > 0 and f"{doc.words[i - 1]} {text}" in pairs and following not in openers:
        return True
    if word != text and i > 1 and f"{doc.words[i - 2]} {word}" in pairs:
        return following not in openers
    if i > 0 and doc.words[i - 1] in data.letter_name_nouns:
        return False  # "auf der Plattform X. Ungarns Regierungschef …": the platform's name
    return _is_initial(doc, i, following, openers)


def _runs_in(doc: _Tokens, i: int, data: LayoutData) -> bool:
    """Whether ``doc[i]`` opens a sentence that follows a headline without final punctuation.

    Joined text loses the line break after a headline ("... baut Personal ab Der Präsident ...");
    a capitalised article, pronoun, adverb or preposition straight after a word or a semicolon
    shows the seam, unless it is a noun use ("das Wie") or begins a title ("im Magazin Der Spiegel").
    """
    words = doc.words
    if i == 0 or i + 1 >= len(doc.words) or words[i] not in data.run_in_openers:
        return False
    prev, nxt = words[i - 1], words[i + 1]
    # The opener must govern what follows: "Die Polizei", "Im Gegenzug", "Die 27 Staaten".
    if not (nxt[:1].isalnum() or nxt in _OPENING) or not doc.ws[i - 1] or nxt in data.run_in_not_before:
        return False
    # A closing mark or bracket written against the word before it ends the headline as well
    # ("... „Bündnis für Arbeit“ Die Polizei ...", "... (dpa) Der Konzern ...").
    if prev in _CLOSING and i >= 2 and not doc.ws[i - 2]:
        prev = words[i - 2]
    word = prev.replace("-", "")
    # After a semicolon German goes on in lower case: a capitalised opener there starts a sentence
    # ("… erbittert sein; Der Kindergarten …").
    if prev != ";" and (
        not word.isalpha() or prev.lower() in data.run_in_not_after or prev.lower().endswith(data.title_nouns)
    ):
        return False
    rest = doc.text[doc.idx[i] : doc.idx[i] + 40]
    return not any(rest.startswith(n) and not rest[len(n) : len(n) + 1].isalpha() for n in data.title_names)


def _is_place_caps(text: str) -> bool:
    letters = text.replace("-", "").replace("/", "")
    # Roman numerals ("SGB VII, 2. Aufl.") are no places.
    return len(letters) >= 3 and letters.isalpha() and letters.isupper() and not _ROMAN.match(letters)


def _wire_dateline(doc: _Tokens, i: int, data: LayoutData) -> bool:
    """Whether ``doc[i]`` starts a wire dateline run into the text before it.

    Agencies open a report with the place in capitals and the day or the agency
    ("BRÜSSEL, 6. Juli (dpa).", "DEN HAAG (AFP)."); after a word, that place starts a sentence.
    """
    words = doc.words
    if i == 0 or not _is_place_caps(words[i]) or not doc.ws[i - 1]:
        return False
    before = words[i - 1]
    # Inside a place of several words ("RIO DE JANEIRO", "DEN HAAG") only the first starts it.
    if not (before.replace("-", "").isalpha() or before in _CLOSING) or _is_place_caps(before) or before.isupper():
        return False
    j = i + 1
    while j < len(doc.words) and j - i < _MAX_DATELINE_WORDS and words[j].isalpha() and words[j].isupper():
        j += 1
    if j + 2 >= len(doc.words):
        return False
    mark, after = words[j], words[j + 1]
    if mark == "(":
        return after.lower() in data.agencies
    day = _NUMBER_DOT.match(after) is not None and (after.count(".") == 2 or words[j + 2] in data.ordinal_followers)
    return mark == "," and day


def _closes_bracket_sentence(doc: _Tokens, i: int, starts: list[bool]) -> bool:
    """Whether the ")" at ``doc[i]`` closes a bracket that opened a sentence."""
    for k in range(i - 1, max(-1, i - _MAX_BRACKET_SENTENCE), -1):
        word = doc.words[k]
        if word == "(":
            return starts[k]
        if word in (")", *_SENT_END) or doc.space[k]:
            return False
    return False


def _agency_dash(doc: _Tokens, i: int, data: LayoutData) -> bool:
    """Whether the dash at ``doc[i]`` closes a wire dateline at the start of a line: a place and
    the agency in brackets ("Kiew/Moskau (dpa) -", "Bern (sda/dpa) –")."""
    if i < 3 or doc.words[i - 1] != ")" or doc.words[i - 3] != "(":
        return False
    if any(a.lower() not in data.agencies for a in doc.words[i - 2].split("/")):
        return False
    k = i - 4
    # Only a few words of place may stand before the bracket, and a line break before them.
    while k >= 0 and not doc.space[k] and i - 4 - k < _MAX_DATELINE_WORDS:
        k -= 1
    return k < 0 or "\n" in doc.words[k]


def _sentence_starts(doc: _Tokens, paras: Iterable[Paragraph], lang: str) -> list[bool]:
    words = doc.words
    data = _data(lang)
    abbreviations, run_in_openers, emoticons = data.abbreviations, data.run_in_openers, data.emoticons
    final_abbreviations = data.final_abbreviations
    starts = [False] * len(doc.words)
    para_starts = {p.start for p in paras}
    boundary_next = True
    for i, text in enumerate(words):
        if doc.space[i]:
            # A newline ends the sentence before it and stands as a sentence of its own: inside
            # the sentence the parser would take it for the root ("telefonierten" hung from "\n").
            # Other whitespace stays inside its sentence.
            if "\n" in text:
                starts[i] = i > 0
                boundary_next = True
            continue
        if (
            boundary_next
            or doc.idx[i] in para_starts
            # Each test first asks the one thing about the word itself that it needs.
            or (text in run_in_openers and _runs_in(doc, i, data))
            or (text.isupper() and _wire_dateline(doc, i, data))
            or (text in _QUOTE_OPENING and _quote_after_quote(doc, i))
        ):
            starts[i] = True
            boundary_next = False
        if text == ")" and _closes_bracket_sentence(doc, i, starts) and words[i - 1].strip(".…"):
            # "Frieden. (Siehe auch Seite 3) Die Koalition …": a bracket standing as a sentence of
            # its own (a cross-reference, a credit) ends before the next capitalised word.
            nxt = i + 1
            while nxt < len(words) and doc.space[nxt]:
                nxt += 1
            if nxt < len(words) and doc.ws[i] and (words[nxt][:1].isupper() or words[nxt] in _QUOTE_OPENING):
                starts[nxt] = True
        if text in _DASHES and _agency_dash(doc, i, data):
            # "Moskau (Reuters) - Kremlsprecher …": the dateline is no part of the first sentence.
            nxt = i + 1
            while nxt < len(words) and doc.space[nxt]:
                nxt += 1
            if nxt < len(words):
                starts[nxt] = True
        # In comments and forum posts an emoticon ends its sentence ("Danke! :-) Wir kommen wieder").
        emoticon = text in emoticons and i > 0 and doc.ws[i - 1]
        # A single word in brackets ends nothing: an omission mark inside a quotation ("(...)",
        # "[…]") or an abbreviation ("(Hrsg.)").
        if 0 < i < len(words) - 1 and words[i - 1] in "([" and words[i + 1] in ")]":
            continue
        if (
            emoticon
            or text in _SENT_END
            or (text.endswith(".") and len(text) > 1 and (text not in abbreviations or text in final_abbreviations))
        ):
            nxt = i + 1
            # Closing marks and brackets stay with the sentence they close, and so does an emoticon
            # after the final mark; a straight quote with a space before it and none after opens
            # the next one (`Witz. "Bitte …`).
            while nxt < len(doc.words) and (
                (words[nxt] in _CLOSING and not _opens_quote(doc, nxt)) or (words[nxt] in emoticons and doc.ws[nxt - 1])
            ):
                nxt += 1
            if nxt >= len(doc.words):
                continue
            following = words[nxt]
            if not emoticon and _period_continues(doc, i, nxt, starts, data):
                continue
            opens = (
                following[:1].isupper()
                or following[:1].isdigit()
                or following in _OPENING
                or _DASHED_WORD.match(following) is not None
            )
            if opens and not doc.space[nxt]:
                starts[nxt] = True
    _cut_long_runs(doc, starts)
    return starts


def _cut_long_runs(doc: _Tokens, starts: list[bool]) -> None:
    words, space = doc.words, doc.space
    run = length = 0
    for i in range(len(words)):
        if starts[i]:
            run = length = 0
        elif length > _LONG_SENTENCE and words[i - 1] in _CLAUSE_MARKS:
            starts[i] = True
            run = length = 0
        if words[i] in _CLAUSE_MARKS:
            run = 0
            continue
        if space[i]:
            continue
        run += 1
        length += 1
        if run > _LONG_RUN:
            starts[i] = True
            run = length = 1


@Language.factory("lagebild_layout_v1", default_config={"lang": "de"})
def make_layout(nlp: Language, name: str, lang: str) -> LayoutComponent:
    return LayoutComponent(lang)


class LayoutComponent:
    """Sets ``doc._.paragraphs`` (if the reader did not) and every token's ``is_sent_start``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            if doc._.paragraphs is None:
                doc._.paragraphs = paragraphs(text_of(doc), self.lang)
            return doc
        tokens = _Tokens.of(doc)
        if doc._.paragraphs is None:
            doc._.paragraphs = paragraphs(tokens.text, self.lang)
        starts = _sentence_starts(tokens, doc._.paragraphs, self.lang)
        starts[0] = True
        # One array write: setting token.is_sent_start one by one is quadratic in spaCy.
        # spaCy stores attributes as uint64; -1 ("not a start") wraps as it does in spaCy's own arrays.
        values = numpy.array([[1 if s else -1] for s in starts], dtype="int64").astype("uint64")
        doc.from_array(["SENT_START"], cast(Any, values))
        return doc
