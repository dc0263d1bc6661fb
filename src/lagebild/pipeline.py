"""The pipeline object: ingest -> language pipeline -> extractors -> store, each stage replaceable.

``extract`` is the one-call Python API; ``Pipeline`` runs many articles and, given a store,
keeps each article with all its facts in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.errors import InputError, LagebildError
from lagebild.ingest import article_from_text, expand_paths, parse_published, read_path
from lagebild.language.pipeline import get_nlp, make_doc
from lagebild.records import Article, Extraction
from lagebild.store import Store


def doc_to_extraction(doc: Doc, article: Article) -> Extraction:
    """Collect the records the components wrote into ``doc._`` and stamp the article id."""
    result = Extraction(
        article=article,
        entities=list(doc._.entities or []),
        quotes=list(doc._.quotes or []),
        timexes=list(doc._.timexes or []),
        events=list(doc._.events or []),
    )
    for group in (result.entities, result.quotes, result.timexes, result.events):
        for record in group:
            record.article_id = article.id
    return result


@dataclass
class Pipeline:
    """Runs the language pipeline and extractors over articles; the spaCy pipeline is replaceable."""

    nlp: Language = field(default_factory=get_nlp)
    batch_size: int = 8

    def process(self, article: Article) -> Extraction:
        """Run every component on one article; a component that fails is that article's error
        (E000, naming the input), never the end of a batch."""
        try:
            doc = self.nlp(make_doc(self.nlp, article))
        except Exception as exc:
            reason = f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}); please report this input"
            raise LagebildError("E000", reason, article.source or article.id) from exc
        return doc_to_extraction(doc, article)

    def process_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        def docs() -> Iterator[tuple[Doc, Article]]:
            for article in articles:
                yield make_doc(self.nlp, article), article

        for doc, article in self.nlp.pipe(docs(), as_tuples=True, batch_size=self.batch_size):
            yield doc_to_extraction(doc, article)


@dataclass
class IngestSummary:
    stored: int = 0
    skipped: int = 0
    errors: list[LagebildError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def ingest_paths(
    specs: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    *,
    published: datetime | None = None,
    on_error: Callable[[LagebildError], None] | None = None,
    on_file: Callable[[int, int], None] | None = None,
) -> IngestSummary:
    """Read, process and store every input; one bad input never stops the batch.

    Articles already in the store are skipped before the language pipeline runs, so re-running an
    interrupted batch only does the rest. ``on_file(done, total)`` reports progress per file.
    """
    summary = IngestSummary()

    def failed(exc: LagebildError, fallback: str) -> None:
        summary.errors.append(exc)
        store.record_error(exc.source or fallback, exc.code, exc.reason)
        if on_error:
            on_error(exc)

    files: list[Path | InputError] = list(expand_paths(specs))
    for n, item in enumerate(files, 1):
        if isinstance(item, InputError):
            failed(item, "")
        else:
            for got in read_path(item, published):
                if isinstance(got, InputError):
                    failed(got, str(item))
                elif store.has_article(got.id):
                    summary.skipped += 1
                else:
                    try:
                        result = pipeline.process(got)
                    except LagebildError as exc:
                        failed(exc, str(item))
                        continue
                    if store.save(result).stored:
                        summary.stored += 1
                    else:
                        summary.skipped += 1
        if on_file:
            on_file(n, len(files))
    return summary


def extract(
    text: str,
    published: datetime | str | None = None,
    *,
    id: str | None = None,
    source: str = "",
    outlet: str | None = None,
    url: str | None = None,
) -> Extraction:
    """Extract entities, quotes, time expressions and events from one article text."""
    when = parse_published(published, source or "<text>") if isinstance(published, str) else published
    article = article_from_text(text, source=source, published=when, article_id=id, outlet=outlet, url=url)
    return Pipeline().process(article)
