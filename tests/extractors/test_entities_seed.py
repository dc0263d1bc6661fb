"""The seed article end to end for actors: the scorer's entity floors and what the issue names."""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from lagebild.pipeline import extract
from lagebild.records import Entity, Extraction

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> tuple[Extraction, Path]:
    gold_path = next((shared_dir / "eval" / "dev").glob("*.gold.json"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = (gold_path.parent / gold["text_file"]).resolve()
    result = extract(src.read_text(encoding="utf-8"), published=gold["published"], id=gold["id"], source=str(src))
    return result, src


def _entity(result: Extraction, name: str) -> Entity:
    return next(e for e in result.entities if e.name == name)


def _score(shared_dir: Path, result: Extraction, src: Path) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("lagebild_scorer", shared_dir / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    row = result.to_dict()
    row["source"] = str(src)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
        rows, _extras, _log = scorer.score(shared_dir / "eval" / "dev", pred)
    return {r["task"]: r for r in rows}


def test_seed_entity_scores_reach_the_floors(shared_dir: Path, seed: tuple[Extraction, Path]) -> None:
    result, src = seed
    rows = _score(shared_dir, result, src)
    assert rows["entities"]["f1"] >= 0.92
    assert rows["entities.typed"]["f1"] >= 0.90


def test_seed_kallas_has_her_role(seed: tuple[Extraction, Path]) -> None:
    result, _ = seed
    kallas = _entity(result, "Kaja Kallas")
    assert kallas.type == "PER"
    assert [(r.text, r.affiliation) for r in kallas.roles] == [("EU-Außenbeauftragte", "EU")]


def test_seed_relations_of_roles(seed: tuple[Extraction, Path]) -> None:
    result, _ = seed
    assert _entity(result, "Jared Kushner").roles[0].relation_to == "Donald Trump"
    assert _entity(result, "Juri Uschakow").roles[0].relation_to == "Wladimir Putin"


def test_seed_mentions_slice_back_and_ids_are_in_order(seed: tuple[Extraction, Path]) -> None:
    result, src = seed
    text = src.read_text(encoding="utf-8")
    firsts = []
    for n, ent in enumerate(result.entities):
        assert ent.id == f"e{n}"
        firsts.append(ent.mentions[0].start)
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text
    assert firsts == sorted(firsts)
