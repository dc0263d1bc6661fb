"""The language layer: spaCy pipeline, news layout, mood, and the Doc extensions extractors use."""

from lagebild.language.extensions import register_extensions
from lagebild.language.pipeline import get_nlp, load_nlp, make_doc

__all__ = ["get_nlp", "load_nlp", "make_doc", "register_extensions"]
