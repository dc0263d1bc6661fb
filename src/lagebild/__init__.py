"""lagebild: a source-grounded, time-resolved picture of a political process from news articles.

>>> import lagebild
>>> result = lagebild.extract("Kallas sagte: „Wir brauchen Druck.“", published="2025-12-01")
>>> result.quotes[0].speaker
'Kallas'
"""

from __future__ import annotations

from lagebild.pipeline import extract
from lagebild.records import Article, Entity, Event, Extraction, Quote, Span, Timex

__version__ = "0.1.0"
__all__ = ["Article", "Entity", "Event", "Extraction", "Quote", "Span", "Timex", "__version__", "extract"]
