"""An API over a store holding the hand-written story set (benchmarks/data/story), resolved."""

from __future__ import annotations

import tomllib
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Starlette warns when its test client runs on httpx rather than httpx2; both work the same here.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from lagebild.api import create_api
from lagebild.resolve import install
from lagebild.resolve.spec import extraction_from_spec
from lagebild.store import Store

STORY = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "story" / "story.toml"


def story_articles() -> list[dict[str, Any]]:
    with STORY.open("rb") as fh:
        return list(tomllib.load(fh)["article"])


@pytest.fixture(scope="module")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "story.db"
    store = install(Store.open(path))
    for art in story_articles():
        store.save(extraction_from_spec(art))
    store.close()
    return path


@pytest.fixture(scope="module")
def client(story_db: Path) -> Iterator[TestClient]:
    with TestClient(create_api(story_db), raise_server_exceptions=False) as c:
        yield c
