"""The embedded SQLite store."""

from lagebild.store.db import SaveResult, Store, export_object, fts_query

__all__ = ["SaveResult", "Store", "export_object", "fts_query"]
