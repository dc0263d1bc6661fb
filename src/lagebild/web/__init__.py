"""The web page: server-rendered HTML over the store, with the JSON API; ``lagebild serve``."""

from lagebild.web.app import create_app

__all__ = ["create_app"]
