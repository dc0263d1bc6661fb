"""Placeholder while the mood component is written: registers the factory, adds nothing."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_mood_v1")
def mood_component(doc: Doc) -> Doc:
    return doc
