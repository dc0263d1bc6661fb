from __future__ import annotations

import pytest

from lagebild.errors import InputError
from lagebild.resolve import catch_up
from lagebild.resolve.queries import check_day, list_events, match_expr, network, search_quotes, sentence_around
from lagebild.resolve.spec import extraction_from_spec
from lagebild.store import Store
from tests.resolve.conftest import Save


def test_sentence_around_finds_the_whole_sentence_in_its_paragraph() -> None:
    text = "Titel\nErster Satz hier. Putin traf Witkoff in Moskau. Dritter Satz."
    paras = [{"start": 0, "end": 5}, {"start": 6, "end": len(text)}]
    start = text.index("Witkoff")
    s, e = sentence_around(text, start, start + 7, paras)
    assert text[s:e] == "Putin traf Witkoff in Moskau."


def test_sentence_around_keeps_a_closing_quotation_mark() -> None:
    text = "„Wir sind bereit.“ Danach ging er."
    s, e = sentence_around(text, 1, 5, [{"start": 0, "end": len(text)}])
    assert text[s:e] == "„Wir sind bereit.“"


def test_check_day_accepts_days_and_refuses_the_rest() -> None:
    assert check_day("2025-12-01", "since") == "2025-12-01"
    assert check_day("", "since") is None
    for bad in ("2025-13-01", "gestern", "2025-12-01T10:00"):
        with pytest.raises(InputError):
            check_day(bad, "since")


def test_match_expr_makes_operators_and_control_characters_literal() -> None:
    assert match_expr('Druck OR "x\x00') == '"Druck" "OR" "x"'
    assert match_expr(None) == ""


def test_event_list_filters_by_status_and_place(rstore: Store, save: Save) -> None:
    people = [{"name": "Anna Berg"}, {"name": "Boris Kühn"}]
    save(
        "Anna Berg will Boris Kühn in Wien treffen.",
        entities=people,
        events=[
            {
                "type": "meeting",
                "trigger": "treffen",
                "participants": ["Anna Berg", "Boris Kühn"],
                "place": "Wien",
                "date": "2025-12-05",
                "status": "planned",
            }
        ],
    )
    assert list_events(rstore.conn, status="planned").total == 1
    assert list_events(rstore.conn, status="happened").total == 0
    assert list_events(rstore.conn, place="wien").total == 1


def test_network_edges_count_shared_events(rstore: Store, save: Save) -> None:
    people = [{"name": "Anna Berg"}, {"name": "Boris Kühn"}]
    save(
        "Anna Berg traf Boris Kühn.",
        entities=people,
        events=[
            {"type": "meeting", "trigger": "traf", "participants": ["Anna Berg", "Boris Kühn"], "date": "2025-12-01"}
        ],
    )
    net = network(rstore.conn)
    assert len(net["nodes"]) == 2
    assert [e["weight"] for e in net["edges"]] == [1]


def test_quote_search_pages_do_not_overlap(rstore: Store, save: Save) -> None:
    for i in range(5):
        save(
            f"„Satz Nummer {i} bleibt stehen“, sagte Anna Berg.",
            entities=[{"name": "Anna Berg"}],
            quotes=[{"text": f"Satz Nummer {i} bleibt stehen", "speaker": "Anna Berg"}],
            published=f"2025-12-0{i + 1}T10:00:00+01:00",
        )
    first = search_quotes(rstore.conn, q="Satz", limit=3)
    second = search_quotes(rstore.conn, q="Satz", limit=3, offset=3)
    assert (first.total, len(first.items), len(second.items)) == (5, 3, 2)
    assert not {q["id"] for q in first.items} & {q["id"] for q in second.items}


def test_catch_up_resolves_articles_saved_without_the_hook(db_path: object) -> None:
    plain = Store.open(str(db_path))
    plain.save(
        extraction_from_spec(
            {
                "id": "x1",
                "text": "Anna Berg reiste ab.",
                "published": "2025-12-01T10:00:00+01:00",
                "entities": [{"name": "Anna Berg"}],
            }
        )
    )
    assert plain.conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 0
    assert catch_up(plain.conn) == 1
    assert catch_up(plain.conn) == 0
    assert plain.conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 1
    plain.close()


def test_undated_article_is_resolved_without_inventing_a_date(rstore: Store) -> None:
    from lagebild.resolve import install

    install(rstore)
    rstore.save(
        extraction_from_spec(
            {
                "id": "u1",
                "text": "Anna Berg traf Boris Kühn.",
                "entities": [{"name": "Anna Berg"}, {"name": "Boris Kühn"}],
                "events": [{"type": "meeting", "trigger": "traf", "participants": ["Anna Berg", "Boris Kühn"]}],
            }
        )
    )
    row = rstore.conn.execute("SELECT date, first_reported FROM story_events").fetchone()
    assert (row["date"], row["first_reported"]) == (None, None)
