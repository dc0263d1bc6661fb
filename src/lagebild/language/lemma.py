"""Dictionary lemmas where the trained lemmatizer invents a word (``token.lemma_``).

The shipped model's lemmatizer learns edit trees from a small treebank; for a verb or noun it has
not seen it often builds a non-word ("erkannte" -> "erkannen"). A full-form dictionary
(simplemma, a declared dependency) knows such forms but not the context, so the two are combined:
the model's lemma stays where it is a dictionary lemma other than the word itself (the model read
the context: "gehört" -> "gehören") or where the dictionary does not know the word either; else
the dictionary's lemma replaces it. Which word classes this applies to, and which dictionary, is
language data (``lang/<lang>/lemma.toml``). Without POS annotation the component does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

from lagebild import lang as langdata
from lagebild.errors import LagebildError

# Cached decisions per (word, model lemma): news text repeats its verbs and nouns.
_MAX_KNOWN_WORDS = 200_000
# simplemma's stream backend: about 20 MB and 0.9 s to load instead of about 110 MB and 1.4 s, for
# slower lookups that the decision cache above mostly saves (each worker process loads its own).
_LOW_MEMORY = True
# Longer "words" are blobs (a base64 string, a run of one letter): the dictionary's affix search
# takes up to a second on them and knows none.
_MAX_WORD = 64
# Shorter capitalised words the dictionary knows in lower case are often names too: "Hu", "Ganz".
_MIN_LOWER_CASE_WORD = 5


@dataclass(frozen=True, slots=True)
class LemmaData:
    dictionary: str
    pos: frozenset[str]
    # Linking elements between the parts of a compound ("Handel-s-blatt", "Sonne-n-schein"), "" first.
    compound_links: tuple[str, ...] = ("",)
    compound_min_part: int = 3
    compound_min_head: int = 4
    # (ORTH id, LEMMA id) -> the lemma to set, or None to keep the model's.
    decided: dict[tuple[int, int], str | None] = field(default_factory=dict, compare=False)


@cache
def lemma_data(lang: str = "de") -> LemmaData:
    d = langdata.load(lang, "lemma")
    dictionary = str(d.get("dictionary", ""))
    try:
        # Loads the dictionary now, with the pipeline, rather than inside the first text.
        simplemma.lemmatize("a", lang=dictionary, low_memory=_LOW_MEMORY)
    except ValueError as exc:
        raise LagebildError("E010", f"lemma data for {lang!r}: no dictionary {dictionary!r}: {exc}") from exc
    compound = d.get("compound", {})
    links = tuple(str(x) for x in compound.get("links", ()))
    return LemmaData(
        dictionary=dictionary,
        pos=frozenset(d.get("pos", ())),
        compound_links=("", *(x for x in links if x)),
        compound_min_part=int(compound.get("min_part", 3)),
        compound_min_head=int(compound.get("min_head", 4)),
    )


def dictionary_lemma(word: str, model_lemma: str, dictionary: str) -> str | None:
    """The dictionary's lemma for ``word`` where it should replace ``model_lemma``, else None."""
    if not word.strip() or len(word) > _MAX_WORD:
        return None
    found = simplemma.lemmatize(word, lang=dictionary, low_memory=_LOW_MEMORY)
    if found == model_lemma:
        return None
    if model_lemma != word and _is_lemma(model_lemma, dictionary):
        return None
    if found == word and not simplemma.is_known(word, lang=dictionary, low_memory=_LOW_MEMORY):
        return None  # the dictionary knows nothing better than the word itself
    return found


def dictionary_word(word: str, lang: str = "de") -> bool:
    """Whether the dictionary knows ``word`` as it is written (a common noun such as "Vorfeld",
    but also frequent names; an unknown compound such as "Walchensee" is not)."""
    if not word.strip() or len(word) > _MAX_WORD:
        return False
    return _known_spelling(word, lang) is not None


@lru_cache(maxsize=65_536)
def _known_spelling(word: str, lang: str) -> str | None:
    """``word`` as the dictionary knows it: as written, or in the standard spelling where the text
    uses a variant (Swiss "Sparmassnahmen" is "Sparmaßnahmen"); None where it knows neither."""
    dictionary = lemma_data(lang).dictionary
    for form in (word, *langdata.standard_spellings(word, lang)):
        if simplemma.is_known(form, lang=dictionary, low_memory=_LOW_MEMORY):
            return form
    return None


@lru_cache(maxsize=65_536)
def dictionary_form(word: str, lang: str = "de") -> str:
    """The dictionary's lemma of ``word`` out of context ("plant" -> "planen"); the word itself
    where the dictionary knows none."""
    if not word.strip() or len(word) > _MAX_WORD:
        return word
    return str(simplemma.lemmatize(word, lang=lemma_data(lang).dictionary, low_memory=_LOW_MEMORY))


def lower_case_word(word: str, lang: str = "de") -> bool:
    """Whether the dictionary knows a capitalised ``word`` only in lower case ("Offiziell",
    "Momentan"): an adverb or adjective opening a sentence, not a noun or a name ("Koch",
    "Merkel" are known capitalised)."""
    if not word[:1].isupper() or len(word) > _MAX_WORD or len(word) < _MIN_LOWER_CASE_WORD:
        return False
    known = _known_spelling(word, lang)  # "Schliesslich" is "Schließlich"
    if known is None:
        return False
    return simplemma.lemmatize(known, lang=lemma_data(lang).dictionary, low_memory=_LOW_MEMORY)[:1].islower()


@lru_cache(maxsize=65_536)
def compound_splits(word: str, lang: str = "de") -> tuple[tuple[str, str], ...]:
    """Each way to read ``word`` as a compound of two words the dictionary knows: the modifier
    without its linking element and the head with a capital, the longest head first
    ("Kraftfahrzeugmotoren" -> ("Kraft", "Fahrzeugmotoren"), ("Kraftfahrzeug", "Motoren")).

    The dictionary also knows frequent names ("Friedrich", "Meier") and odd words, so a split says
    only that the word is built like a compound; which head counts is for the caller to ask.
    """
    if len(word) > _MAX_WORD or not word.isalpha():
        return ()
    data = lemma_data(lang)
    low = word.lower()
    found: list[tuple[str, str]] = []
    for cut in range(data.compound_min_part, len(word) - data.compound_min_head + 1):
        head = low[cut:].capitalize()
        # A head the dictionary knows only in lower case is no noun ("Kraft-voll").
        if not dictionary_word(head, lang) or lower_case_word(head, lang):
            continue
        modifier = word[:cut]
        chosen = ""
        for link in data.compound_links:
            if link and not modifier.endswith(link):
                continue
            stem = modifier[: len(modifier) - len(link)]
            if len(stem) >= data.compound_min_part and dictionary_word(stem, lang):
                # "Wettbewerbs" is a known form, but the modifier is the lemma before the link;
                # "Haus" ends in a link letter, but is a lemma itself.
                chosen = chosen or stem
                if dictionary_form(stem, lang).lower() == stem.lower():
                    chosen = stem
                    break
        if chosen:
            found.append((chosen, head))
    return tuple(found)


def _is_lemma(word: str, dictionary: str) -> bool:
    return (
        bool(word)
        and simplemma.is_known(word, lang=dictionary, low_memory=_LOW_MEMORY)
        and simplemma.lemmatize(word, lang=dictionary, low_memory=_LOW_MEMORY) == word
    )


def annotate_lemmas(doc: Doc, lang: str = "de") -> Doc:
    if not doc.has_annotation("POS"):
        return doc
    data = lemma_data(lang)
    strings = doc.vocab.strings
    wanted = {strings.add(pos) for pos in data.pos}
    decided = data.decided
    for i, (pos, orth, lemma) in enumerate(doc.to_array(["POS", "ORTH", "LEMMA"]).tolist()):
        if pos not in wanted:
            continue
        key = (orth, lemma)
        if key in decided:
            new = decided[key]
        else:
            new = dictionary_lemma(strings[orth], strings[lemma] if lemma else "", data.dictionary)
            if len(decided) >= _MAX_KNOWN_WORDS:
                decided.clear()
            decided[key] = new
        if new is not None:
            doc[i].lemma_ = new
    return doc


@Language.factory("lagebild_lemma_v1", default_config={"lang": "de"})
def make_lemma(nlp: Language, name: str, lang: str) -> LemmaComponent:
    return LemmaComponent(lang)


class LemmaComponent:
    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        lemma_data(lang)

    def __call__(self, doc: Doc) -> Doc:
        return annotate_lemmas(doc, self.lang)
