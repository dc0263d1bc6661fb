"""The pipeline object: ingest -> language pipeline -> extractors -> store, each stage replaceable.

``extract`` is the one-call Python API; ``Pipeline`` runs many articles and, given a store,
keeps each article with all its facts in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.ingest import article_from_text, parse_published
from lagebild.language.pipeline import get_nlp, make_doc
from lagebild.records import Article, Extraction


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
        doc = self.nlp(make_doc(self.nlp, article))
        return doc_to_extraction(doc, article)

    def process_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        def docs() -> Iterator[tuple[Doc, Article]]:
            for article in articles:
                yield make_doc(self.nlp, article), article

        for doc, article in self.nlp.pipe(docs(), as_tuples=True, batch_size=self.batch_size):
            yield doc_to_extraction(doc, article)


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
