"""TimeML reading and TempEval-3-style metrics of ``benchmarks/timeml.py`` on a hand-made example."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "timeml.py"

DOC = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-01" functionInDocument="CREATION_TIME">2025-12-01</TIMEX3></DCT>
<TEXT>
Am <TIMEX3 tid="t1" type="DATE" value="2025-12-02">Dienstag</TIMEX3> tagt der Rat &amp; um <TIMEX3 tid="t2" type="TIME" value="2025-12-02T18:00">18 Uhr</TIMEX3> die Presse.
</TEXT>
</TimeML>
"""


@pytest.fixture(scope="module")
def timeml() -> ModuleType:
    spec = importlib.util.spec_from_file_location("timeml_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_reads_text_offsets_and_dct(timeml: ModuleType) -> None:
    doc = timeml.parse_timeml(DOC)
    assert doc.dct == "2025-12-01"
    assert doc.text == "\nAm Dienstag tagt der Rat & um 18 Uhr die Presse.\n"
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("Dienstag", "DATE", "2025-12-02"),
        ("18 Uhr", "TIME", "2025-12-02T18:00"),
    ]


def test_pairs_one_to_one_by_largest_overlap(timeml: ModuleType) -> None:
    gold = [timeml.Expr(0, 10, "DATE", "a")]
    system = [timeml.Expr(0, 3, "DATE", "a"), timeml.Expr(2, 10, "DATE", "a")]
    assert timeml.pair(gold, system) == [(gold[0], system[1])]


def test_metrics_strict_relaxed_and_attributes(timeml: ModuleType) -> None:
    gold = [
        timeml.Expr(0, 8, "DATE", "2025-12-02"),
        timeml.Expr(20, 26, "TIME", "T18:00"),
        timeml.Expr(40, 44, "SET", "P1D"),
    ]
    system = [
        timeml.Expr(0, 8, "DATE", "2025-12-02"),  # strict, all right
        timeml.Expr(17, 26, "DATE", "2025-12-02T18:00"),  # relaxed only, wrong type and value
        timeml.Expr(50, 52, "DATE", "PRESENT_REF"),  # false positive
    ]
    s = timeml.score([(gold, system)])
    assert s.strict == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert s.relaxed == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert s.type_f1 == pytest.approx(2 / 3 * 1 / 2)
    assert s.value_f1 == pytest.approx(2 / 3 * 1 / 2)


def test_empty_system_scores_zero(timeml: ModuleType) -> None:
    s = timeml.score([([timeml.Expr(0, 1, "DATE", "x")], [])])
    assert s.relaxed == (0.0, 0.0, 0.0) and s.value_f1 == 0.0
