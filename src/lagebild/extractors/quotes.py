"""Placeholder while the quotes component is written: registers the factory, adds nothing."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_quotes_v1")
def quotes_component(doc: Doc) -> Doc:
    doc._.quotes = doc._.quotes or []
    return doc
