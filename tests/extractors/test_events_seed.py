"""The seed article end to end: the events the issue names, and the scorer's floors on the dev gold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from lagebild.pipeline import extract
from lagebild.records import Event, Extraction

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> tuple[Extraction, Path]:
    gold_path = next((shared_dir / "eval" / "dev").glob("*.gold.json"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = (gold_path.parent / gold["text_file"]).resolve()
    result = extract(src.read_text(encoding="utf-8"), published=gold["published"], id=gold["id"], source=str(src))
    return result, src


def _find(events: list[Event], etype: str, *names: str) -> list[Event]:
    return [e for e in events if e.type == etype and all(any(n in p for p in e.participants) for n in names)]


def test_seed_moscow_meeting_is_one_planned_event(seed: tuple[Extraction, Path]) -> None:
    result, _ = seed
    found = _find(result.events, "meeting", "Putin", "Witkoff")
    assert len(found) == 1
    ev = found[0]
    assert (ev.place, ev.date, ev.status) == ("Moskau", "2025-12-02", "planned")
    # Teaser, body and the "dann" sentence are mentions of this one event.
    assert len(ev.mentions) >= 3


def test_seed_selenskyj_travels_to_ireland(seed: tuple[Extraction, Path]) -> None:
    result, _ = seed
    (ev,) = _find(result.events, "travel", "Selenskyj")
    assert ev.place == "Irland"
    assert ev.status == "ongoing"


def test_seed_chief_of_staff_resigned_on_friday(seed: tuple[Extraction, Path]) -> None:
    result, _ = seed
    (ev,) = [e for e in result.events if e.type == "resignation"]
    assert ev.participants == ["Stabschef von Selenskyj"]
    assert (ev.date, ev.status) == ("2025-11-28", "happened")


def _scorer(shared_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("lagebild_shared_score", shared_dir / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_event_scores_reach_the_floors(seed: tuple[Extraction, Path], shared_dir: Path, tmp_path: Path) -> None:
    result, src = seed
    row = result.to_dict()
    row["source"] = str(src)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    rows, extras, _ = _scorer(shared_dir).score(shared_dir / "eval" / "dev", pred)
    events = next(r for r in rows if r["task"] == "events")
    assert events["f1"] >= 0.80
    assert extras["event_date_accuracy"] >= 0.90
    assert extras["event_place_accuracy"] >= 0.90
