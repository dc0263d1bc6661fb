"""Doc extensions: the single place where lagebild's annotations hang on a spaCy ``Doc``.

Every extractor reads and writes these (as spaCy's own components use ``doc._``), so components
compose and work inside any spaCy pipeline. Values are lagebild records with character offsets.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default; lists are created per Doc by a getter-free default of None (see below).
_DOC_EXTENSIONS = (
    "article_id",
    "published",
    "paragraphs",
    "entities",
    "quotes",
    "timexes",
    "events",
    # lagebild/language/second_tagger.py: SecondTags, another tagger's STTS tag per token.
    "second_tags",
)


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            # A None default: a shared mutable [] default would leak between Docs.
            Doc.set_extension(name, default=None)


register_extensions()
