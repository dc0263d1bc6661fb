from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def _error(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert {"status", "code", "title", "message"} <= set(body["error"])
    assert body["error"]["status"] == status
    return dict(body["error"])


def _actor_id(client: TestClient, name: str) -> int:
    items = client.get("/api/actors", params={"q": name}).json()["items"]
    assert items, name
    return int(items[0]["id"])


def test_openapi_schema_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in [
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/actors/{actor_id}/quotes",
        "/api/events",
        "/api/timeline",
        "/api/quotes",
        "/api/network",
    ]:
        assert p in paths
    assert "post" in paths["/api/articles"]


def test_index_counts_what_is_stored(client: TestClient) -> None:
    counts = client.get("/api/").json()["counts"]
    assert counts["articles"] == 35


def test_article_list_is_paginated(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert (first["total"], len(first["items"]), first["limit"], first["offset"]) == (35, 5, 5, 0)
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_article_by_id_has_text_and_facts(client: TestClient) -> None:
    art = client.get("/api/articles/s04").json()
    assert art["text"].startswith("Putin empfängt Witkoff")
    assert art["quotes"][0]["quote_id"] is not None
    assert art["events"][0]["event_id"] is not None


def test_unknown_article_is_404_in_the_error_shape(client: TestClient) -> None:
    assert _error(client.get("/api/articles/nope"), 404)["code"] == "E041"


def test_unknown_route_is_404_in_the_error_shape(client: TestClient) -> None:
    _error(client.get("/api/nothing/here"), 404)


def test_actor_list_carries_roles_and_quote_counts(client: TestClient) -> None:
    items = client.get("/api/actors", params={"q": "Kallas"}).json()["items"]
    assert items[0]["name"] == "Kaja Kallas"
    assert items[0]["quote_count"] == 3
    assert "EU-Außenbeauftragte" in items[0]["roles"]


def test_actor_search_finds_a_spelling_variant(client: TestClient) -> None:
    items = client.get("/api/actors", params={"q": "Zelensky"}).json()["items"]
    assert [a["name"] for a in items] == ["Wolodymyr Selenskyj"]


def test_actor_page_has_roles_with_dates_and_sources(client: TestClient) -> None:
    actor = client.get(f"/api/actors/{_actor_id(client, 'Peskow')}").json()
    role = next(r for r in actor["roles"] if r["role"] == "Kremlsprecher")
    assert role["articles"] == 3
    assert role["first_seen"].startswith("2025-12-01")
    assert {n["name"] for n in actor["names"]} >= {"Dmitri Peskow", "Dmitry Peskov"}


def test_unknown_actor_is_404_and_a_non_numeric_id_is_422(client: TestClient) -> None:
    _error(client.get("/api/actors/999999"), 404)
    assert _error(client.get("/api/actors/abc"), 422)["code"] == "E040"


def test_actor_quotes_run_oldest_first(client: TestClient) -> None:
    page = client.get(f"/api/actors/{_actor_id(client, 'Umjerow')}/quotes").json()
    firsts = [q["first_published"] for q in page["items"]]
    assert firsts == sorted(firsts)
    assert len(firsts) == 2


def test_events_filter_by_type_actor_place_and_dates(client: TestClient) -> None:
    putin = _actor_id(client, "Putin")
    items = client.get("/api/events", params={"actor": putin}).json()["items"]
    assert [e["date"] for e in items] == ["2025-12-02"]
    assert client.get("/api/events", params={"type": "call"}).json()["total"] == 1
    assert client.get("/api/events", params={"place": "brüssel"}).json()["total"] == 1
    assert client.get("/api/events", params={"since": "2025-12-04", "until": "2025-12-31"}).json()["total"] == 3


def test_event_keeps_the_status_history_and_the_disputed_places(client: TestClient) -> None:
    putin = _actor_id(client, "Putin")
    event = client.get("/api/events", params={"actor": putin, "type": "meeting"}).json()["items"][0]
    statuses = [s["status"] for s in event["sources"]]
    assert statuses[0] == "planned"
    assert statuses[-1] == "happened"
    assert event["place_disputed"]
    assert set(event["places_reported"]) == {"Moskau", "Kreml"}


def test_timeline_is_in_date_order_with_planned_events(client: TestClient) -> None:
    items = client.get("/api/timeline").json()["items"]
    days = [e["date"] or e["anchor_day"] for e in items]
    assert days == sorted(days)
    assert {"planned", "happened"} <= {e["status"] for e in items}


def test_quote_search_gives_each_statement_once_with_all_sources(client: TestClient) -> None:
    items = client.get("/api/quotes", params={"q": "Sicherheitsgarantien"}).json()["items"]
    assert len(items) == 1
    assert len(items[0]["sources"]) == 3


def test_quote_search_filters_by_speaker_outlet_and_date(client: TestClient) -> None:
    assert client.get("/api/quotes", params={"speaker": "Kallas"}).json()["total"] == 3
    assert client.get("/api/quotes", params={"speaker": "Kallas", "outlet": "Zürcher Depesche"}).json()["total"] == 3
    assert client.get("/api/quotes", params={"speaker": "Kallas", "until": "2025-12-01"}).json()["total"] == 2


@pytest.mark.parametrize(
    "q",
    [
        '" OR 1=1 --',
        "'; DROP TABLE quotes; --",
        "NEAR(Druck Moskau)",
        "Druck*",
        "AND OR NOT",
        "(",
        '"""',
        "\x00",
        "ä^ü:ö",
    ],
)
def test_query_strings_with_sql_or_fts_syntax_are_literal(client: TestClient, q: str) -> None:
    resp = client.get("/api/quotes", params={"q": q})
    assert resp.status_code == 200, resp.text
    assert client.get("/api/actors", params={"q": q}).status_code == 200
    assert client.get("/api/articles", params={"q": q}).status_code == 200


def test_malformed_date_is_a_400(client: TestClient) -> None:
    assert _error(client.get("/api/events", params={"since": "gestern"}), 400)["code"] == "E007"


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100_000}, {"offset": -1}, {"status": "maybe"}])
def test_bad_pagination_and_filter_values_are_422(client: TestClient, params: dict[str, Any]) -> None:
    _error(client.get("/api/events", params=params), 422)


def test_network_links_people_who_met(client: TestClient) -> None:
    net = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    pairs = {frozenset((names[e["source"]], names[e["target"]])) for e in net["edges"]}
    assert frozenset(("Wladimir Putin", "Steve Witkoff")) in pairs


def test_wrong_method_is_405_in_the_error_shape(client: TestClient) -> None:
    assert _error(client.delete("/api/articles"), 405)["code"] == "E040"


def test_actor_events_list_the_events_an_actor_took_part_in(client: TestClient) -> None:
    page = client.get(f"/api/actors/{_actor_id(client, 'Witkoff')}/events").json()
    assert page["total"] >= 3
    assert all(any(p["name"] == "Steve Witkoff" for p in e["participants"]) for e in page["items"])


def test_single_quote_has_all_its_sources(client: TestClient) -> None:
    first = client.get("/api/quotes", params={"q": "Zeitdruck"}).json()["items"][0]
    one = client.get(f"/api/quotes/{first['id']}").json()
    assert [s["article_id"] for s in one["sources"]] == ["s28", "s29"]
    _error(client.get("/api/quotes/999999"), 404)


def test_postponed_event_says_moved_and_a_place_dispute_stays_a_dispute(client: TestClient) -> None:
    umjerow = _actor_id(client, "Umjerow")
    items = client.get("/api/events", params={"actor": umjerow}).json()["items"]
    miami = next(e for e in items if e["date"] == "2025-12-05")
    assert miami["date_change"] == {"kind": "moved", "dates": ["2025-12-04", "2025-12-05"]}
    florida = next(e for e in items if e["date"] == "2025-11-30")
    assert florida["date_change"] is None
    assert florida["place_disputed"]
