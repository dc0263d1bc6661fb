"""Shared fixtures: the loaded pipeline (session scope), an in-memory-like store, ../shared paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_e268a12336e5f0d3.txt"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``shared`` need ../shared (it exists in CI); elsewhere they say why they skip."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs the shared corpora and gold at {SHARED}, absent on this clone")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def nlp() -> Language:
    from lagebild.language import get_nlp

    return get_nlp()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "lagebild.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[object]:
    from lagebild.store import Store

    s = Store.open(db_path)
    yield s
    s.close()
