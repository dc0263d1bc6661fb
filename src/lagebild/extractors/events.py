"""Placeholder while the events component is written: registers the factory, adds nothing."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_events_v1")
def events_component(doc: Doc) -> Doc:
    doc._.events = doc._.events or []
    return doc
