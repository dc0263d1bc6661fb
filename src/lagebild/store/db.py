"""The embedded store: one SQLite file in WAL mode, schema by migrations, FTS5 for quotes and texts.

An article is written with all its facts in one transaction, or not at all, so a crash or Ctrl-C
in the middle of an ingest leaves the store consistent and a re-run finishes the job.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lagebild.errors import InputError, StoreError
from lagebild.records import Extraction
from lagebild.store.schema import migrate

# Run inside the save transaction after an article's rows are written (cross-article resolution).
SaveHook = Callable[[sqlite3.Connection, Extraction], None]


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: str
    stored: bool  # False: the same content was stored before


def fts_query(text: str) -> str:
    """User text as an FTS5 query of quoted terms, so operators and quotes in it are literal."""
    # Control characters (NUL above all) end an FTS5 string early; they never belong in a search.
    cleaned = "".join(" " if ch == '"' or (ord(ch) < 32) else ch for ch in text)
    terms = [t for t in cleaned.split() if t.strip()]
    return " ".join(f'"{t}"' for t in terms)


def _day_bound(value: str | date | datetime, *, end: bool) -> str:
    """A --since/--until value as a comparable ISO string; a bare day covers the whole day."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        value = value.isoformat()
    raw = value.strip()
    try:
        if len(raw) == 10:
            date.fromisoformat(raw)
            return raw + ("T23:59:59.999999" if end else "")
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError("E007", f"malformed date {value!r}: use YYYY-MM-DD or ISO 8601", "--since/--until") from exc
    return parsed.astimezone(UTC).isoformat() if parsed.tzinfo else parsed.isoformat()


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.hooks: list[SaveHook] = []

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Store:
        p = Path(path).expanduser()
        source = str(p)
        if readonly and not p.exists():
            raise StoreError("E020", "no store at this path yet; run `lagebild ingest` first", source)
        if not readonly:
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError("E021", f"cannot create the folder: {exc.strerror}", source) from exc
            if p.exists() and not os.access(p, os.W_OK):
                raise StoreError("E021", "the store file is not writable", source)
            if not p.exists() and not os.access(p.parent, os.W_OK):
                raise StoreError("E021", "the folder is not writable", source)
        try:
            uri = f"file:{p}?mode=ro" if readonly else f"file:{p}"
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT).
            conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn, source)
        except sqlite3.DatabaseError as exc:
            code = "E021" if "readonly" in str(exc) or "unable to open" in str(exc) else "E020"
            raise StoreError(code, f"cannot use the store: {exc}", source) from exc
        return cls(conn, p)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def save(self, ex: Extraction) -> SaveResult:
        """Store one article with all its facts in one transaction; same content is stored once."""
        a = ex.article
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError("E021", f"cannot write: {exc}", str(self.path)) from exc
        try:
            if self.has_article(a.id):
                c.execute("ROLLBACK")
                return SaveResult(a.id, stored=False)
            c.execute(
                "INSERT INTO articles(id, source, url, outlet, title, published, published_utc, text, paragraphs,"
                " extraction, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    a.id,
                    a.source,
                    a.url,
                    a.outlet,
                    a.title,
                    a.published.isoformat() if a.published else None,
                    a.published.astimezone(UTC).isoformat() if a.published else None,
                    a.text,
                    json.dumps([p.to_dict() for p in a.paragraphs]),
                    json.dumps(export_object(ex), ensure_ascii=False),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            c.executemany(
                "INSERT INTO entities(article_id, eid, name, type, roles, mentions) VALUES (?,?,?,?,?,?)",
                [
                    (
                        a.id,
                        e.id or f"e{i}",
                        e.name,
                        e.type,
                        json.dumps([r.to_dict() for r in e.roles], ensure_ascii=False),
                        json.dumps([m.to_dict() for m in e.mentions], ensure_ascii=False),
                    )
                    for i, e in enumerate(ex.entities)
                ],
            )
            c.executemany(
                'INSERT INTO quotes(article_id, start, "end", text, kind, speaker, speaker_entity, speaker_start,'
                " speaker_end, cue, channel, headline) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        a.id,
                        q.start,
                        q.end,
                        q.text,
                        q.kind,
                        q.speaker,
                        q.speaker_entity,
                        q.speaker_span.start if q.speaker_span else None,
                        q.speaker_span.end if q.speaker_span else None,
                        q.cue,
                        q.channel,
                        int(q.headline),
                    )
                    for q in ex.quotes
                ],
            )
            c.executemany(
                'INSERT INTO timexes(article_id, start, "end", text, type, value, mod) VALUES (?,?,?,?,?,?,?)',
                [(a.id, t.start, t.end, t.text, t.type, t.value, t.mod) for t in ex.timexes],
            )
            c.executemany(
                "INSERT INTO events(article_id, type, status, date, place, participants, trigger, trigger_start,"
                " trigger_end, sentence_start, sentence_end, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        a.id,
                        e.type,
                        e.status,
                        e.date,
                        e.place,
                        json.dumps(e.participants, ensure_ascii=False),
                        e.trigger.text,
                        e.trigger.start,
                        e.trigger.end,
                        e.sentence.start if e.sentence else None,
                        e.sentence.end if e.sentence else None,
                        json.dumps(e.to_dict(), ensure_ascii=False),
                    )
                    for e in ex.events
                ],
            )
            for hook in self.hooks:
                hook(c, ex)
            c.execute("COMMIT")
        except BaseException:
            # Ctrl-C included: the article is stored whole or not at all.
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return SaveResult(a.id, stored=True)

    def record_error(self, source: str, code: str, reason: str) -> None:
        self.conn.execute(
            "INSERT INTO ingest_errors(source, code, reason, at) VALUES (?,?,?,?)",
            (source, code, reason, datetime.now(UTC).isoformat(timespec="seconds")),
        )

    # -- reading ---------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        if table not in {"articles", "entities", "quotes", "timexes", "events", "ingest_errors"}:
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def quotes(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        outlet: str | None = None,
        kind: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotes with their article's source and publication time, newest first."""
        where = []
        args: list[Any] = []
        if speaker:
            # A surname finds the full name, a full name finds itself.
            where.append("(q.speaker LIKE ? ESCAPE '\\' OR q.speaker = ?)")
            args += ["%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", speaker]
        if search:
            query = fts_query(search)
            if query:
                where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
                args.append(query)
        if since:
            where.append("a.published_utc >= ?")
            args.append(_day_bound(since, end=False))
        if until:
            where.append("a.published_utc <= ?")
            args.append(_day_bound(until, end=True))
        if outlet:
            where.append("a.outlet = ?")
            args.append(outlet)
        if kind:
            where.append("q.kind = ?")
            args.append(kind)
        sql = (
            "SELECT q.*, a.source, a.outlet, a.published, a.title FROM quotes q JOIN articles a ON a.id = q.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.published_utc DESC, q.article_id, q.start LIMIT ? OFFSET ?"
        )
        return [dict(r) for r in self.conn.execute(sql, [*args, limit, offset])]

    def timeline(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        type: str | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Events in date order; an undated event sits at its article's publication day, marked so."""
        where = []
        args: list[Any] = []
        if type:
            where.append("e.type = ?")
            args.append(type)
        sort_key = "coalesce(e.date, substr(a.published, 1, 10))"
        if since:
            where.append(f"{sort_key} >= ?")
            args.append(_day_bound(since, end=False)[:10])
        if until:
            where.append(f"substr({sort_key}, 1, 10) <= ?")
            args.append(_day_bound(until, end=True)[:10])
        sql = (
            f"SELECT e.*, a.source, a.outlet, a.published, {sort_key} AS sort_date,"
            " e.date IS NULL AS undated FROM events e JOIN articles a ON a.id = e.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY {sort_key}, e.article_id, e.trigger_start LIMIT ? OFFSET ?"
        )
        rows = []
        for r in self.conn.execute(sql, [*args, limit, offset]):
            d = dict(r)
            d["participants"] = json.loads(d["participants"])
            d["data"] = json.loads(d["data"])
            rows.append(d)
        return rows

    def export(self) -> Iterator[dict[str, Any]]:
        """Every stored article in the per-article format of ``lagebild extract``."""
        for row in self.conn.execute("SELECT extraction FROM articles ORDER BY published_utc, id"):
            yield json.loads(row[0])

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Flat rows of one fact table with provenance columns, for CSV and Parquet."""
        if table not in {"quotes", "events", "entities", "timexes"}:
            raise ValueError(table)
        sql = (
            f"SELECT t.*, a.source, a.url, a.outlet, a.published FROM {table} t"
            " JOIN articles a ON a.id = t.article_id ORDER BY a.published_utc, t.article_id, t.id"
        )
        for row in self.conn.execute(sql):
            d = dict(row)
            d.pop("data", None)
            yield d


def export_object(ex: Extraction) -> dict[str, Any]:
    """The per-article JSON object of ``extract`` and ``export``: the scorer format plus the text."""
    d = ex.to_dict()
    d["text"] = ex.article.text
    return d
