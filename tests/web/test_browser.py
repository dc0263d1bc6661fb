"""Browser tests: Chromium (Debian's, through Playwright) against a live uvicorn on 127.0.0.1.

Screenshots are kept in artifacts/ for CI. Skipped with a reason where Playwright or Chromium is
missing; .ci/run installs both.
"""

from __future__ import annotations

import glob
import importlib.util
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lagebild.web import create_app

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None, reason="playwright is not installed (pip install playwright)"
    ),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    def __init__(self, db: Path) -> None:
        import uvicorn

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(
            uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_timeline_quote_search_and_highlighted_source(web_db: Path, browser: Any) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    with LiveServer(web_db) as live:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(live.url + "/")
        assert page.locator("#timeline-chart circle.planned").count() >= 1
        assert page.locator("#timeline-chart circle.happened").count() >= 5
        assert page.locator(".event.planned").first.is_visible()
        page.screenshot(path=str(ARTIFACTS / "browser-timeline.png"), full_page=True)

        page.click("text=Zitate")
        page.fill("input[name=q]", "Sicherheitsgarantien")
        page.click("button[type=submit]")
        quote = page.locator(".quote")
        assert quote.count() == 1
        assert "Ohne Sicherheitsgarantien" in quote.inner_text()
        quote.locator("a.source").first.click()
        page.wait_for_load_state()
        assert page.url.endswith("#hl")
        mark = page.locator("#hl")
        assert mark.is_visible()
        assert "Sicherheitsgarantien" in page.locator("mark.support strong").first.inner_text()
        page.screenshot(path=str(ARTIFACTS / "browser-source-highlight.png"), full_page=True)

        page.goto(live.url + "/network")
        assert page.locator("#network line.edge").count() >= 5
        page.locator("#network .node").first.hover()
        assert page.locator("#network line.edge.dim").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "browser-network.png"), full_page=True)
        page.locator("#network .node", has_text="Wladimir Putin").click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "Wladimir Putin"
        assert page.locator("text=Kremlchef").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "browser-actor.png"), full_page=True)
        page.close()


def test_script_in_an_article_does_not_run_in_the_browser(web_db: Path, browser: Any) -> None:
    with LiveServer(web_db) as live:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in ("/articles/hostile", "/", "/quotes?q=alert", "/actors"):
            page.goto(live.url + path)
        assert dialogs == []
        page.goto(live.url + "/articles/hostile")
        assert "<script>alert('x')</script>" in page.locator(".article-text").inner_text()
        page.close()


@pytest.mark.shared
def test_seed_and_samples_show_on_one_timeline(tmp_path: Path, shared_dir: Path, browser: Any) -> None:
    from lagebild.ingest import read_path
    from lagebild.pipeline import Pipeline
    from lagebild.resolve import install
    from lagebild.store import Store

    db = tmp_path / "seed.db"
    store = install(Store.open(db))
    pipeline = Pipeline()
    paths = [str(shared_dir / "seeds" / "000_e268a12336e5f0d3.txt"), *sorted(glob.glob(str(REPO / "samples" / "*")))]
    for path in paths:
        for article in read_path(path):
            if not isinstance(article, Exception):
                store.save(pipeline.process(article))
    articles = store.count("articles")
    store.close()
    ARTIFACTS.mkdir(exist_ok=True)
    with LiveServer(db) as live:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(live.url + "/")
        events = page.locator(".event")
        assert events.count() >= 3
        sources = page.locator(".event a.source")
        linked = {sources.nth(i).get_attribute("href").split("?")[0] for i in range(sources.count())}
        # Facts from the seed and from several samples sit on the one timeline.
        assert len(linked) >= min(articles, 4)
        page.screenshot(path=str(ARTIFACTS / "browser-timeline-seed-and-samples.png"), full_page=True)
        page.close()
