"""Placeholder while the timex component is written: registers the factory, adds nothing."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("lagebild_timex_v1")
def timex_component(doc: Doc) -> Doc:
    doc._.timexes = doc._.timexes or []
    return doc
