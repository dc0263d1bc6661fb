"""Placeholder while the entities component is written: registers the factory, adds nothing."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_entities_v1")
def entities_component(doc: Doc) -> Doc:
    doc._.entities = doc._.entities or []
    return doc
