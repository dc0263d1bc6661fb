"""Extractors: spaCy components that turn a processed Doc into lagebild records.

Each writes one Doc extension (``doc._.entities``, ``doc._.timexes``, ``doc._.quotes``,
``doc._.events``) with records whose offsets index the Doc's text.
"""
