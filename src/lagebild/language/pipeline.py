"""Build and load the spaCy pipeline that every extractor runs in.

The statistical core is the pipeline shipped in ``lagebild/models/<lang>_lagebild`` (trained from
open corpora by the recipe in ``training/``), or any spaCy pipeline the user names in the ``model``
setting. lagebild's own rule components are added on top, in data-flow order.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps, get_current_ops, use_ops

from lagebild import lang as langdata
from lagebild import settings
from lagebild.errors import LagebildError
from lagebild.extractors import entities as _entities  # noqa: F401
from lagebild.extractors import events as _events  # noqa: F401
from lagebild.extractors import quotes as _quotes  # noqa: F401
from lagebild.extractors import timex as _timex  # noqa: F401

# Component factories register themselves on import.
from lagebild.language import layout as _layout  # noqa: F401
from lagebild.language import lemma as _lemma  # noqa: F401
from lagebild.language import mood as _mood  # noqa: F401
from lagebild.language import postag as _postag  # noqa: F401
from lagebild.language import second_tagger as _second_tagger  # noqa: F401
from lagebild.language.extensions import register_extensions
from lagebild.records import Article

# (pipe name, factory): order is the data flow; later components read what earlier ones wrote.
LAGEBILD_PIPES: tuple[tuple[str, str], ...] = (
    ("lagebild_second_tagger", "lagebild_second_tagger_v1"),
    ("lagebild_postag", "lagebild_postag_v1"),
    ("lagebild_lemma", "lagebild_lemma_v1"),
    ("lagebild_mood", "lagebild_mood_v1"),
    ("lagebild_entities", "lagebild_entities_v1"),
    ("lagebild_timex", "lagebild_timex_v1"),
    ("lagebild_quotes", "lagebild_quotes_v1"),
    ("lagebild_events", "lagebild_events_v1"),
)

_MATRIX_LIBRARIES = ("numpy", "blis")

_lock = threading.Lock()
_cache: dict[tuple[str, str], Language] = {}


def shipped_model_path(lang: str = "de") -> Path | None:
    path = Path(str(resources.files("lagebild.models").joinpath(f"{lang}_lagebild")))
    return path if (path / "config.cfg").is_file() else None


def _cpu_ops() -> AbstractContextManager[object]:
    """The thinc ops the pipeline's layers are built with (they keep them for life).

    thinc multiplies matrices with blis by default; numpy's own BLAS (OpenBLAS in the PyPI wheels)
    computes the same products faster on the CPUs measured (``benchmarks/bench_language.py``
    prints both). A GPU or other ops chosen by the caller are left alone.
    """
    library = settings.get("matrix_library")
    if library not in _MATRIX_LIBRARIES:
        raise LagebildError(
            "E008", f"setting matrix_library must be one of {', '.join(_MATRIX_LIBRARIES)}, got {library!r}"
        )
    current = get_current_ops()
    use_blis = library == "blis"
    # Exactly NumpyOps: a subclass (thinc-apple-ops) has its own fast products.
    if not isinstance(current, NumpyOps) or type(current) is not NumpyOps or current.use_blis == use_blis:
        return nullcontext()
    return use_ops("numpy", use_blis=use_blis)


def _base_pipeline(model: str, lang: str) -> Language:
    with _cpu_ops():
        if model:
            try:
                return spacy.load(model)
            except (OSError, ImportError, ValueError) as exc:
                raise LagebildError("E030", f"cannot load spaCy pipeline {model!r}: {exc}") from exc
        path = shipped_model_path(lang)
        if path is not None:
            return spacy.load(path)
    # No trained pipeline: the rule layer still works on a tokenizer alone.
    return spacy.blank(lang)


def _keep_whole_words(nlp: Language, lang: str) -> None:
    """Let the tokenizer keep the language's ``whole_words`` (``layout.toml``) in one token, and
    still every word its own token_match kept."""
    patterns = langdata.load(lang, "layout").get("whole_words", []) if langdata.has(lang, "layout") else []
    if not patterns:
        return
    whole = re.compile("|".join(f"(?:{p})" for p in patterns))
    nlp.tokenizer.token_match = _TokenMatch(whole, nlp.tokenizer.token_match)  # type: ignore[union-attr]


class _TokenMatch:
    """A token_match that can be pickled with the pipeline (a lambda cannot)."""

    def __init__(self, pattern: re.Pattern[str], before: Callable[[str], object] | None) -> None:
        self.pattern = pattern
        self.before = before

    def __call__(self, text: str) -> object:
        return self.pattern.match(text) or (self.before(text) if self.before is not None else None)


def load_nlp(model: str | None = None, lang: str | None = None) -> Language:
    """A new pipeline: the statistical core plus lagebild's components (layout first)."""
    register_extensions()
    lang = lang or settings.get("language")
    model = settings.get("model") if model is None else model
    nlp = _base_pipeline(model, lang)
    _keep_whole_words(nlp, lang)
    if "lagebild_layout" not in nlp.pipe_names:
        # First, so that a parser or senter respects paragraph and headline boundaries.
        nlp.add_pipe("lagebild_layout_v1", name="lagebild_layout", first=True)
    for name, factory in LAGEBILD_PIPES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(factory, name=name)
    return nlp


def get_nlp(model: str | None = None, lang: str | None = None) -> Language:
    """The process-wide pipeline: loaded once, shared by every call."""
    key = (settings.get("model") if model is None else model, lang or settings.get("language"))
    with _lock:
        if key not in _cache:
            _cache[key] = load_nlp(model=key[0], lang=key[1])
        return _cache[key]


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc over the article text, carrying the article's metadata in ``doc._``."""
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    doc._.published = article.published
    doc._.paragraphs = list(article.paragraphs)
    return doc
