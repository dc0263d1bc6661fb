"""Quality gate: the seed gold scores may not fall below the pinned floors in eval_baseline.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.pipeline import Pipeline
from lagebild.records import Article
from lagebild.store import export_object
from tests.conftest import SEED, SHARED

BASELINE = Path(__file__).with_name("eval_baseline.json")


@pytest.mark.shared
def test_seed_scores_stay_above_floors(tmp_path: Path, nlp: object) -> None:
    from lagebild.ingest import read_path

    [article] = list(read_path(SEED))
    assert isinstance(article, Article)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(export_object(Pipeline(nlp=nlp).process(article)), ensure_ascii=False) + "\n")
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "dev"), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = {row["task"]: row["f1"] for row in json.loads(out.stdout)["tasks"]}
    floors = {k: v for k, v in json.loads(BASELINE.read_text()).items() if not k.startswith("_")}
    below = {task: (scores[task], floor) for task, floor in floors.items() if scores[task] < floor}
    assert below == {}, f"below the floor (score, floor): {below}"
