"""A store with the story set plus an article full of markup, and the web app over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from lagebild.resolve import install
from lagebild.resolve.spec import extraction_from_spec
from lagebild.store import Store
from lagebild.web import create_app
from tests.api.conftest import story_articles

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE = {
    "id": "hostile",
    "outlet": "<b>Fake Outlet</b>",
    "published": "2025-12-04T12:00:00+01:00",
    "text": "<script>alert('x')</script> Eil\nMax <img src=x onerror=alert(1)> Mustermann sagte: „<script>alert(2)</script> bleibt Text.“",
    "entities": [{"name": "Max <img src=x onerror=alert(1)> Mustermann"}],
    "quotes": [
        {"text": "<script>alert(2)</script> bleibt Text.", "speaker": "Max <img src=x onerror=alert(1)> Mustermann"}
    ],
    "events": [
        {
            "type": "meeting",
            "trigger": "<script>alert('x')</script>",
            "participants": ["Max <img src=x onerror=alert(1)> Mustermann"],
            "place": "<script>alert('x')</script>",
            "date": "2025-12-04",
        }
    ],
}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    store = install(Store.open(path))
    for art in [*story_articles(), HOSTILE]:
        store.save(extraction_from_spec(art))
    store.close()
    return path


@pytest.fixture(scope="module")
def web(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db), raise_server_exceptions=False) as c:
        yield c
