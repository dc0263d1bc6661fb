"""A store with cross-article resolution installed, and a helper to save hand-annotated articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lagebild.resolve import install
from lagebild.resolve.spec import extraction_from_spec
from lagebild.store import Store

Save = Callable[..., str]


@pytest.fixture
def rstore(tmp_path: Path) -> Iterator[Store]:
    s = install(Store.open(tmp_path / "r.db"))
    yield s
    s.close()


@pytest.fixture
def save(rstore: Store) -> Save:
    counter = iter(range(1, 10_000))

    def _save(text: str, published: str = "2025-12-01T10:00:00+01:00", **facts: Any) -> str:
        n = next(counter)
        spec = {"id": f"a{n}", "text": text, "published": published, "outlet": facts.pop("outlet", f"Blatt {n}")}
        spec.update(facts)
        rstore.save(extraction_from_spec(spec))
        return str(spec["id"])

    return _save
