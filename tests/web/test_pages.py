from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.web.cli import serve
from tests.web.conftest import TestClient


def test_timeline_shows_planned_and_happened_events_differently(web: TestClient) -> None:
    html = web.get("/").text
    assert 'class="event planned"' in html
    assert 'class="event happened"' in html
    assert re.search(r'<circle class="planned"', html)
    assert re.search(r'<circle class="happened"', html)


def test_timeline_lists_every_source_of_an_event_with_a_link(web: TestClient) -> None:
    html = web.get("/").text
    assert html.count('href="/articles/s') >= 20
    assert "Ort strittig" in html


def test_timeline_date_filter_narrows_the_events(web: TestClient) -> None:
    html = web.get("/", params={"since": "2025-12-08", "until": "2025-12-08"}).text
    assert html.count('class="event ') == 1


def test_actor_page_shows_roles_quotes_and_events(web: TestClient) -> None:
    actor_id = web.get("/api/actors", params={"q": "Selenskyj"}).json()["items"][0]["id"]
    html = web.get(f"/actors/{actor_id}").text
    assert "ukrainische Präsident" in html
    assert "Ohne Sicherheitsgarantien" in html
    assert 'class="event ' in html
    assert "Zelensky" in html


def test_quote_search_page_finds_a_statement_and_links_its_sources(web: TestClient) -> None:
    html = web.get("/quotes", params={"q": "nachlassen"}).text
    assert html.count('class="quote"') == 1
    assert html.count('class="source"') == 2


def test_article_page_highlights_the_supporting_sentence(web: TestClient) -> None:
    text = web.get("/api/articles/s06").json()["text"]
    start = text.index("Der Druck muss")
    html = web.get("/articles/s06", params={"start": start, "end": start + 14}).text
    mark = re.search(r'<mark class="support" id="hl">(.*?)</p>', html, re.S)
    assert mark is not None
    assert "<strong>Der Druck muss</strong>" in mark.group(1)
    assert "sagte Kallas am Montag." in mark.group(1)


def test_article_page_ignores_a_span_outside_the_text(web: TestClient) -> None:
    resp = web.get("/articles/s06", params={"start": 10, "end": 10_000_000})
    assert resp.status_code == 200
    assert 'id="hl"' not in resp.text


def test_network_draws_a_line_per_pair_that_met(web: TestClient) -> None:
    html = web.get("/network").text
    assert html.count('<line class="edge"') >= 5
    assert "Wladimir Putin" in html


@pytest.mark.parametrize(
    "path", ["/", "/actors", "/quotes?q=alert", "/articles", "/articles/hostile?start=0&end=20", "/network"]
)
def test_markup_from_articles_is_shown_as_text(web: TestClient, path: str) -> None:
    html = web.get(path).text
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>Fake" not in html


def test_markup_in_an_article_appears_escaped(web: TestClient) -> None:
    html = web.get("/articles/hostile").text
    assert "&lt;script&gt;alert(" in html


def test_unknown_pages_answer_404_in_html(web: TestClient) -> None:
    for path in ("/actors/999999", "/articles/nope", "/nowhere"):
        resp = web.get(path)
        assert resp.status_code == 404
        assert resp.headers["content-type"].startswith("text/html")


def test_bad_page_parameters_answer_4xx_not_500(web: TestClient) -> None:
    assert web.get("/actors/abc").status_code == 422
    assert web.get("/", params={"since": "morgen"}).status_code == 400
    assert web.get("/quotes", params={"q": '") OR 1=1 --\x00'}).status_code == 200


def test_api_errors_stay_json_in_the_web_app(web: TestClient) -> None:
    resp = web.get("/api/actors/999999")
    assert resp.status_code == 404
    assert resp.json()["error"]["code"] == "E041"


def test_static_files_are_served_locally(web: TestClient) -> None:
    assert web.get("/static/lagebild.js").status_code == 200
    assert "http" not in web.get("/").text.split("<main>")[0].replace("http-equiv", "")


def test_serve_command_documents_its_options() -> None:
    out = CliRunner().invoke(serve, ["--help"]).output
    for option in ("--host", "--port", "--db"):
        assert option in out


def test_lagebild_serve_answers_on_localhost(web_db: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("lagebild")
    proc = subprocess.Popen(
        [str(exe), "serve", "--port", str(port), "--db", str(web_db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/", timeout=2) as resp:
                    assert json.load(resp)["counts"]["articles"] >= 33
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(10)


def test_timeline_exports_as_a_standalone_svg(web: TestClient) -> None:
    resp = web.get("/timeline.svg", params={"since": "2025-12-01", "until": "2025-12-03"})
    assert resp.headers["content-type"].startswith("image/svg+xml")
    assert resp.text.startswith("<svg xmlns=")
    assert 'class="planned"' in resp.text
    assert "<script" not in resp.text


def test_empty_timeline_svg_is_still_an_svg(web: TestClient) -> None:
    resp = web.get("/timeline.svg", params={"since": "1990-01-01", "until": "1990-01-02"})
    assert resp.status_code == 200
    assert "0 Ereignisse" in resp.text


def test_timeline_marks_a_postponed_meeting_as_moved(web: TestClient) -> None:
    assert "verschoben: 2025-12-04 → 2025-12-05" in web.get("/").text


@pytest.mark.parametrize(
    "raw", ["„Wir bleiben.“", "«Wir bleiben.»", '"Wir bleiben."', "»Wir bleiben.«", "Wir bleiben."]
)
def test_quote_marks_of_a_quote_are_set_once(raw: str) -> None:
    from lagebild.web.app import bare

    assert bare(raw) == "Wir bleiben."


def test_api_docs_page_lists_the_endpoints_without_a_cdn(web: TestClient) -> None:
    html = web.get("/api-docs").text
    assert "/api/quotes" in html
    assert "POST" in html
    assert "cdn" not in html.lower()
    assert web.get("/docs").status_code == 404


def test_timeline_chart_draws_every_event_in_the_range(web: TestClient) -> None:
    total = web.get("/api/events").json()["total"]
    html = web.get("/").text
    chart = html.split('id="timeline-chart"', 1)[1].split("</svg>", 1)[0]
    assert chart.count("<circle ") == total
