"""The HTTP API (FastAPI): ``create_api(db_path)``; served with the web page by ``lagebild serve``."""

from lagebild.api.app import create_api

__all__ = ["create_api"]
