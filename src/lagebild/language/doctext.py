"""The text of a Doc, built once per Doc.

spaCy's ``Doc.text`` joins a new Token object per word on every access; each extractor needs the
whole text, so an article's text was rebuilt half a dozen times. A Doc's text never changes (the
retokenizer merges and splits tokens but keeps the characters), so it is kept for the Docs in work.
"""

from __future__ import annotations

from collections import deque

from spacy.tokens import Doc

# The pipeline runs its components over a batch of a few Docs at a time; this covers two batches of
# lagebild.Pipeline. Docs are held, not weakly referenced: a weakref callback would swallow a Ctrl-C
# that arrives while it runs.
_KEPT = 16
_TEXTS: deque[tuple[Doc, str]] = deque(maxlen=_KEPT)


def text_of(doc: Doc) -> str:
    # A copy taken in one step: another thread (the API serves requests in a pool) may add meanwhile.
    for kept, text in tuple(_TEXTS):
        if kept is doc:
            return text
    table = doc.to_array(["ORTH", "SPACY"]).tolist()
    strings = doc.vocab.strings
    return remember(doc, "".join(strings[orth] + " " if space else strings[orth] for orth, space in table))


def remember(doc: Doc, text: str) -> str:
    """Keep a text a component built anyway from the Doc's own words (the layout reads them first)."""
    _TEXTS.appendleft((doc, text))
    return text
