"""The resolution quality gate: the story set of benchmarks/data/story must stay at its floors."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from lagebild.resolve.spec import extraction_from_spec

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_resolve.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_resolve", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_story_set_annotations_all_occur_in_their_texts() -> None:
    articles = _bench().load_story()
    assert len(articles) >= 30
    assert len({a["id"] for a in articles}) == len(articles)
    for art in articles:
        ex = extraction_from_spec(art)
        for q in ex.quotes:
            assert ex.article.text[q.start : q.end] == q.text
        for group in ("entities", "events", "quotes"):
            assert all("g" in item for item in art.get(group) or []), (art["id"], group)


def test_story_set_merges_reach_the_quality_floor(capsys: pytest.CaptureFixture[str]) -> None:
    assert _bench().main() == 0, capsys.readouterr().out
