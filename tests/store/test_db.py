import json
import sqlite3
from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.store import Store, fts_query
from lagebild.store.schema import migrations
from tests.factories import extraction


def test_store_is_created_in_wal_mode(db_path: Path) -> None:
    with Store.open(db_path) as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db_path.exists()


def test_migrations_are_recorded_once(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path) as s:
        versions = [r[0] for r in s.conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [m.version for m in migrations()]


def test_newer_schema_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO schema_migrations VALUES (9999, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        Store.open(db_path)
    assert info.value.code == "E022"


def test_same_article_is_stored_once(store: Store) -> None:
    ex = extraction()
    assert store.save(ex).stored
    assert not store.save(extraction()).stored
    assert store.count("articles") == 1 and store.count("quotes") == 1


def test_failed_save_leaves_nothing(store: Store) -> None:
    def broken_hook(conn: sqlite3.Connection, ex: object) -> None:
        raise RuntimeError("hook failed")

    store.hooks.append(broken_hook)
    with pytest.raises(RuntimeError):
        store.save(extraction())
    assert store.count("articles") == 0 and store.count("quotes") == 0 and store.count("events") == 0


def test_quote_search_by_words_and_speaker(store: Store) -> None:
    store.save(extraction())
    assert len(store.quotes(search="verhandeln")) == 1
    assert store.quotes(search="verhandeln", speaker="Beispiel")[0]["speaker"] == "Anna Beispiel"
    assert store.quotes(search="Urlaub") == []


def test_quote_search_treats_fts_syntax_as_text(store: Store) -> None:
    store.save(extraction())
    for nasty in ['"', "verhandeln OR", "NEAR(", "a* AND -b", "'; DROP TABLE quotes; --"]:
        store.quotes(search=nasty)
    assert store.count("quotes") == 1
    assert fts_query('sie "sagte"') == '"sie" "sagte"'


def test_quotes_since_filters_by_publication_day(store: Store) -> None:
    store.save(extraction())
    assert len(store.quotes(since="2025-12-01")) == 1
    assert store.quotes(since="2025-12-02") == []
    assert len(store.quotes(until="2025-12-01")) == 1


def test_timeline_orders_by_event_date(store: Store) -> None:
    store.save(extraction())
    [row] = store.timeline()
    assert row["date"] == "2025-12-02" and row["status"] == "planned" and row["participants"] == ["Anna Beispiel"]
    assert store.timeline(since="2025-12-03") == []


def test_export_gives_per_article_objects(store: Store) -> None:
    ex = extraction()
    store.save(ex)
    [obj] = list(store.export())
    assert obj["id"] == ex.article.id and obj["quotes"][0]["text"] == "Wir verhandeln weiter."
    q = obj["quotes"][0]
    assert obj["text"][q["start"] : q["end"]] == q["text"]
    json.dumps(obj)


def test_unwritable_location_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "eine-datei"
    blocker.write_text("kein Ordner")
    with pytest.raises(StoreError) as info:
        Store.open(blocker / "x.db")
    assert info.value.code == "E021" and "x.db" in info.value.message


def test_store_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store.open(tmp_path)


def test_quote_search_with_control_characters(store: Store) -> None:
    store.save(extraction())
    assert len(store.quotes(search="verhandeln\x00\x07")) == 1


def test_timeline_filters_by_type_before_the_limit(store: Store) -> None:
    store.save(extraction())
    assert store.timeline(type="call") == []
    assert len(store.timeline(type="meeting", limit=1)) == 1
