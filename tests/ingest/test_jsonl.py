import json

from lagebild.errors import InputError
from lagebild.ingest import read_bytes


def lines(*objs: object) -> bytes:
    return "\n".join(o if isinstance(o, str) else json.dumps(o) for o in objs).encode()


def test_given_id_is_kept() -> None:
    [a] = list(read_bytes(lines({"id": "a-1", "text": "Der Rat tagte.", "outlet": "Blatt"}), "f.jsonl", fmt="jsonl"))
    assert not isinstance(a, InputError)
    assert a.id == "a-1" and a.outlet == "Blatt"


def test_published_field_is_parsed() -> None:
    [a] = list(
        read_bytes(lines({"text": "Der Rat tagte.", "published": "2025-05-06T07:00:00Z"}), "f.jsonl", fmt="jsonl")
    )
    assert not isinstance(a, InputError)
    assert a.published is not None and a.published.isoformat() == "2025-05-06T07:00:00+00:00"


def test_bad_line_is_reported_and_others_kept() -> None:
    got = list(
        read_bytes(
            lines(
                {"text": "Eins."}, "{kaputt", {"text": 3}, {"text": "Zwei.", "published": "morgen"}, {"text": "Drei."}
            ),
            "f.jsonl",
            fmt="jsonl",
        )
    )
    kinds = [type(g).__name__ for g in got]
    assert kinds == ["Article", "InputError", "InputError", "InputError", "Article"]
    assert "f.jsonl:2" in got[1].message and got[3].code == "E007"
