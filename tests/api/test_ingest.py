from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

from fastapi.testclient import TestClient

from lagebild.api import create_api
from lagebild.resolve import install
from lagebild.resolve.spec import extraction_from_spec
from lagebild.store import Store

ARTICLE = {
    "text": "Merz trifft Tusk in Warschau\nBundeskanzler Friedrich Merz reist am Freitag nach Warschau.",
    "published": "2025-12-05T09:00:00+01:00",
    "outlet": "Testblatt",
}


def _client(tmp_path: Path) -> TestClient:
    return TestClient(create_api(tmp_path / "i.db"), raise_server_exceptions=False)


def test_post_stores_a_new_article_once(tmp_path: Path) -> None:
    with _client(tmp_path) as c:
        first = c.post("/api/articles", json=ARTICLE)
        again = c.post("/api/articles", json=ARTICLE)
        assert first.status_code == 201, first.text
        assert (again.status_code, again.json()["stored"]) == (200, False)
        assert c.get(f"/api/articles/{first.json()['id']}").json()["outlet"] == "Testblatt"


def test_post_of_invalid_json_is_400(tmp_path: Path) -> None:
    with _client(tmp_path) as c:
        resp = c.post("/api/articles", content=b"{not json", headers={"content-type": "application/json"})
        assert resp.status_code == 400
        assert resp.json()["error"]["code"] == "E040"


def test_post_without_text_or_with_unknown_fields_is_422(tmp_path: Path) -> None:
    with _client(tmp_path) as c:
        assert c.post("/api/articles", json={"outlet": "x"}).status_code == 422
        assert c.post("/api/articles", json={**ARTICLE, "evil": 1}).status_code == 422
        assert c.post("/api/articles", json=["a list"]).status_code == 422


def test_post_of_blank_text_or_bad_date_is_400(tmp_path: Path) -> None:
    with _client(tmp_path) as c:
        assert c.post("/api/articles", json={"text": "   \n "}).json()["error"]["code"] == "E002"
        assert c.post("/api/articles", json={**ARTICLE, "published": "nächste Woche"}).status_code == 400


def test_post_of_a_huge_body_is_413(tmp_path: Path) -> None:
    with _client(tmp_path) as c:
        resp = c.post("/api/articles", content=b'{"text": "' + b"a" * 6_000_000 + b'"}')
        assert resp.status_code == 413
        assert resp.json()["error"]["code"] == "E004"


def test_posted_script_tag_is_stored_as_plain_text(tmp_path: Path) -> None:
    with _client(tmp_path) as c:
        resp = c.post("/api/articles", json={"text": "Titel <script>alert(1)</script>\nDer Text geht weiter."})
        assert c.get(f"/api/articles/{resp.json()['id']}").json()["text"].startswith("Titel <script>")


def test_concurrent_posts_lose_nothing(tmp_path: Path) -> None:
    with _client(tmp_path) as c:
        codes: list[int] = []

        def post(i: int) -> None:
            codes.append(
                c.post(
                    "/api/articles", json={**ARTICLE, "text": f"Meldung {i}\nMerz reist nach Warschau, Teil {i}."}
                ).status_code
            )

        threads = [threading.Thread(target=post, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert codes == [201] * 8
        assert c.get("/api/articles").json()["total"] == 8


def _writer(db: str, worker: int, n: int) -> None:
    store = install(Store.open(db))
    for i in range(n):
        store.save(
            extraction_from_spec(
                {
                    "id": f"w{worker}-{i}",
                    "text": f"Steve Witkoff traf Wladimir Putin. Meldung {worker}-{i}.",
                    "published": "2025-12-02T12:00:00+01:00",
                    "entities": [{"name": "Steve Witkoff"}, {"name": "Wladimir Putin"}],
                    "events": [
                        {
                            "type": "meeting",
                            "trigger": "traf",
                            "participants": ["Steve Witkoff", "Wladimir Putin"],
                            "date": "2025-12-02",
                        }
                    ],
                }
            )
        )
    store.close()


def test_ingests_from_several_processes_lose_nothing_and_resolve_to_one_picture(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    Store.open(db).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db, w, 10)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * 4
    with TestClient(create_api(db)) as c:
        assert c.get("/api/articles").json()["total"] == 40
        assert c.get("/api/actors", params={"q": "Witkoff"}).json()["total"] == 1
        events = c.get("/api/events").json()
        assert events["total"] == 1
        assert len(events["items"][0]["sources"]) == 40


def test_post_of_odd_scripts_and_unbalanced_marks_is_stored(tmp_path: Path) -> None:
    odd = (
        "标题 «Без кавычек\n„Ein Zitat ohne Ende, sagte Anna Berg. ‚und »noch« eins\n" + "مرحبا " * 50 + "\u200b\ufeff"
    )
    with _client(tmp_path) as c:
        resp = c.post("/api/articles", json={"text": odd, "published": "2025-12-01"})
        assert resp.status_code == 201, resp.text
        assert c.get(f"/api/articles/{resp.json()['id']}").json()["text"] == odd
