import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import main
from lagebild.store import Store
from tests.conftest import SEED, SHARED
from tests.factories import extraction

TEXT = "Stand: 02.03.2025 10:00 Uhr\nRat tagt\nDer Rat kam am Montag zusammen. Die Sitzung dauerte lange.\n"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_every_command_has_help() -> None:
    for cmd in ["extract", "ingest", "quotes", "timeline", "export"]:
        result = run(cmd, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def test_extract_prints_one_object_per_article(tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", TEXT)
    result = run("extract", str(f))
    assert result.exit_code == 0
    [obj] = [json.loads(line) for line in result.stdout.splitlines()]
    assert obj["source"] == str(f) and obj["published"] == "2025-03-02T10:00:00+01:00"
    assert {"entities", "quotes", "timexes", "events"} <= set(obj)


def test_extract_published_option_overrides(tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", TEXT)
    obj = json.loads(run("extract", "--published", "2024-05-05T08:00+02:00", str(f)).stdout)
    assert obj["published"] == "2024-05-05T08:00:00+02:00"


def test_malformed_published_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run("extract", "--published", "32.13.2025", str(write(tmp_path, "a.txt", TEXT)))
    assert result.exit_code == 2 and "--published" in result.output


def test_extract_of_jsonl_prints_one_line_per_article(tmp_path: Path) -> None:
    f = write(tmp_path, "a.jsonl", '{"id": "x1", "text": "Der Rat tagte."}\n{"id": "x2", "text": "Die Wahl kommt."}\n')
    ids = [json.loads(line)["id"] for line in run("extract", str(f)).stdout.splitlines()]
    assert ids == ["x1", "x2"]


def test_ingest_twice_stores_once(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    f = write(tmp_path, "a.txt", TEXT)
    first = run("ingest", "--db", db, str(f))
    second = run("ingest", "--db", db, str(f))
    assert first.exit_code == 0 and "1 stored" in first.stderr
    assert second.exit_code == 0 and "0 stored, 1 already in the store" in second.stderr
    with Store.open(db) as s:
        assert s.count("articles") == 1


def test_ingest_reports_bad_inputs_and_keeps_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "gut.txt", TEXT)
    write(folder, "leer.txt", "")
    write(folder, "binaer.txt", b"\x00\x01\x02" * 100)
    write(folder, "kaputt.html", "<html><body><nav>Menü</nav></body></html>")
    write(folder, "datum.txt", "Stand: 45.13.2025 10:00 Uhr\nDer Rat tagte.")
    result = run("ingest", "--db", str(tmp_path / "s.db"), str(folder), str(tmp_path / "fehlt.txt"))
    assert result.exit_code == 3
    for name, code in [
        ("leer.txt", "E002"),
        ("binaer.txt", "E003"),
        ("kaputt.html", "E006"),
        ("datum.txt", "E007"),
        ("fehlt.txt", "E001"),
    ]:
        assert any(name in line and code in line for line in result.stderr.splitlines()), name
    assert "1 stored" in result.stderr and "5 failed" in result.stderr
    assert "Traceback" not in result.output
    with Store.open(tmp_path / "s.db") as s:
        assert s.count("articles") == 1 and s.count("ingest_errors") == 5


def test_ingest_of_only_missing_inputs_fails(tmp_path: Path) -> None:
    result = run("ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "nichts-*.txt"))
    assert result.exit_code == 1 and "E001" in result.stderr


def test_unwritable_store_fails_clearly(tmp_path: Path) -> None:
    blocker = write(tmp_path, "datei", "x")
    result = run("ingest", "--db", str(blocker / "s.db"), str(write(tmp_path, "a.txt", TEXT)))
    assert result.exit_code == 1 and "E021" in result.stderr and "s.db" in result.stderr


def test_store_path_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    run("ingest", str(write(tmp_path, "a.txt", TEXT)), env={"LAGEBILD_DB": str(db)})
    assert db.exists()


def test_quotes_command_filters_by_speaker(tmp_path: Path) -> None:
    from lagebild.resolve import install

    db = tmp_path / "s.db"
    with install(Store.open(db)) as s:
        s.save(extraction())
    result = run("quotes", "--db", str(db), "--speaker", "Beispiel", "--json")
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["speaker"] == "Anna Beispiel" and row["text"] == "Wir verhandeln weiter."
    assert row["sources"][0]["start"] == 23
    assert run("quotes", "--db", str(db), "--speaker", "Niemand", "--json").stdout == ""
    table = run("quotes", "--db", str(db), "--search", "verhandeln")
    assert "Anna Beispiel" in table.stdout


def test_same_statement_from_two_outlets_is_one_row_with_two_sources(tmp_path: Path) -> None:
    from lagebild.resolve import install

    db = tmp_path / "s.db"
    with install(Store.open(db)) as s:
        s.save(extraction())
        s.save(extraction("Die Ministerin sagte: „Wir verhandeln weiter.“ Mehr sagte sie nicht."))
    [row] = [json.loads(line) for line in run("quotes", "--db", str(db), "--json").stdout.splitlines()]
    assert len(row["sources"]) == 2
    per_article = run("quotes", "--db", str(db), "--per-article", "--json").stdout.splitlines()
    assert len(per_article) == 2 and json.loads(per_article[0])["source"] == "t.txt"


def test_quotes_command_filters_reported_statements(tmp_path: Path) -> None:
    from lagebild.records import Quote
    from lagebild.resolve import install

    text = "Die Ministerin sagte: „Wir verhandeln weiter.“ Sie warnte vor einem Abbruch der Gespräche."
    ex = extraction(text)
    said = "Sie warnte vor einem Abbruch der Gespräche."
    start = text.index(said)
    ex.quotes.append(
        Quote(text=said, start=start, end=start + len(said), kind="reported", speaker="Anna Beispiel", cue="warnte")
    )
    db = tmp_path / "s.db"
    with install(Store.open(db)) as s:
        s.save(ex)
    rows = [
        json.loads(line) for line in run("quotes", "--db", str(db), "--kind", "reported", "--json").stdout.splitlines()
    ]
    assert [r["text"] for r in rows] == [said]
    direct = [
        json.loads(line) for line in run("quotes", "--db", str(db), "--kind", "direct", "--json").stdout.splitlines()
    ]
    assert [r["text"] for r in direct] == ["Wir verhandeln weiter."]


def test_quotes_on_missing_store_says_so(tmp_path: Path) -> None:
    result = run("quotes", "--db", str(tmp_path / "nie.db"))
    assert result.exit_code == 1 and "E020" in result.stderr


def test_timeline_command_lists_each_happening_once_with_its_sources(tmp_path: Path) -> None:
    from lagebild.resolve import install

    db = tmp_path / "s.db"
    with install(Store.open(db)) as s:
        s.save(extraction())
        s.save(extraction("Die Ministerin trifft am Dienstag Vertreter in Rom. Am Dienstag trifft sie auch andere."))
    out = run("timeline", "--db", str(db), "--since", "2025-12-01", "--json").stdout
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["date"] == "2025-12-02" and row["type"] == "meeting" and len(row["sources"]) == 2
    per_article = run("timeline", "--db", str(db), "--per-article", "--json").stdout.splitlines()
    assert len(per_article) == 2
    table = run("timeline", "--db", str(db)).stdout
    assert "planned" in table and "Anna Beispiel" in table
    bad = run("timeline", "--db", str(db), "--since", "morgen")
    assert bad.exit_code == 1 and "E007" in bad.stderr


def test_export_formats(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(db) as s:
        s.save(extraction())
    [obj] = [json.loads(line) for line in run("export", "--db", str(db)).stdout.splitlines()]
    assert obj["quotes"][0]["speaker"] == "Anna Beispiel"
    csv_out = run("export", "--db", str(db), "--format", "csv", "--table", "events").stdout
    assert csv_out.splitlines()[0].startswith("id,article_id,type,status,date")
    pq = tmp_path / "q.parquet"
    assert run("export", "--db", str(db), "--format", "parquet", "-o", str(pq)).exit_code == 0
    import pyarrow.parquet

    assert pyarrow.parquet.read_table(pq).num_rows == 1


def _lagebild() -> list[str]:
    return [sys.executable, "-m", "lagebild.cli"]


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_ingest_leaves_store_consistent_and_rerun_finishes(tmp_path: Path, sig: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 40
    for i in range(n):
        write(
            folder,
            f"a{i:03}.txt",
            f"Stand: 01.12.2025 10:{i % 60:02} Uhr\nMeldung {i}\n" + "Der Rat tagte lange. " * 100,
        )
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [*_lagebild(), "ingest", "-q", "--db", str(db), str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while _count(db) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.kill(proc.pid, sig)
    _, errout = proc.communicate(timeout=60)
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and b"run the same command again" in errout
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    orphans = conn.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[
        0
    ]
    conn.close()
    assert 0 < stored < n and orphans == 0
    done = subprocess.run(
        [*_lagebild(), "ingest", "-q", "--db", str(db), str(folder)], capture_output=True, timeout=600
    )
    assert done.returncode == 0
    assert _count(db) == n


@pytest.mark.shared
def test_extract_of_seed_is_read_by_the_scorer(tmp_path: Path) -> None:
    result = run("extract", str(SEED))
    [obj] = [json.loads(line) for line in result.stdout.splitlines()]
    assert obj["published"] == "2025-12-01T16:51:00+01:00"
    text = SEED.read_text(encoding="utf-8")
    kinds = {text[p["start"] : p["end"]]: p["kind"] for p in obj["paragraphs"]}
    assert kinds["Witkoff übernahm oft russische Narrative"] == "subheading"
    assert kinds["Rubio: „Realistisch, aber optimistisch“"] == "subheading"
    for group in ("quotes", "timexes"):
        for rec in obj[group]:
            assert text[rec["start"] : rec["end"]] == rec["text"]
    for ent in obj["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    pred = tmp_path / "pred.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    score = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "dev"), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(score.stdout)["articles_missing_in_pred"] == []


def test_component_failure_is_that_articles_error_and_batch_goes_on(tmp_path: Path, monkeypatch) -> None:
    from lagebild.pipeline import Pipeline

    real = Pipeline.process

    def flaky(self: Pipeline, article):  # type: ignore[no-untyped-def]
        if "Kaputt" in article.text:
            try:
                raise IndexError("list index out of range")
            except IndexError as exc:
                from lagebild.errors import LagebildError

                raise LagebildError("E000", f"extraction failed ({exc})", article.source) from exc
        return real(self, article)

    monkeypatch.setattr(Pipeline, "process", flaky)
    good = write(tmp_path, "gut.txt", TEXT)
    bad = write(tmp_path, "kaputt.txt", "Kaputt ist dieser Text.")
    result = run("extract", str(bad), str(good))
    assert result.exit_code == 3 and "E000" in result.stderr and "kaputt.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 1
    ingested = run("ingest", "--db", str(tmp_path / "s.db"), str(bad), str(good))
    assert ingested.exit_code == 3 and "1 stored" in ingested.stderr


def test_pipeline_turns_a_component_crash_into_a_clear_error(nlp) -> None:
    from spacy.language import Language

    from lagebild.errors import LagebildError
    from lagebild.ingest import article_from_text
    from lagebild.language import load_nlp
    from lagebild.pipeline import Pipeline

    @Language.component("test_crashing_component")
    def crash(doc):  # type: ignore[no-untyped-def]
        raise IndexError("boom")

    broken = load_nlp(model="")
    broken.add_pipe("test_crashing_component")
    with pytest.raises(LagebildError) as info:
        Pipeline(nlp=broken).process(article_from_text("Der Rat tagte.", source="x.txt"))
    assert info.value.code == "E000" and "IndexError" in info.value.message and "x.txt" in info.value.message
