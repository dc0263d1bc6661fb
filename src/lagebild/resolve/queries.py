"""Read side of the cross-article picture, for the HTTP API and the web page.

Every function takes an open ``sqlite3.Connection`` (row factory ``sqlite3.Row``) and returns plain
dicts; list functions return ``Page`` (items, total, limit, offset). Each fact carries its sources:
article id, outlet, publication time and the character span that supports it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from lagebild.errors import InputError
from lagebild.store import fts_query

_SENTENCE_END = re.compile(r"[.!?…](?:[\"“”»«’‘‹›)]*)\s")


def match_expr(text: str | None) -> str:
    """User text as a literal FTS5 query; control characters (NUL ends an FTS string) dropped."""
    if not text:
        return ""
    return fts_query("".join(" " if unicodedata.category(c) == "Cc" else c for c in text))


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


def check_day(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD filter value, validated; None and "" pass as no filter."""
    if value is None or not value.strip():
        return None
    raw = value.strip()
    try:
        if len(raw) == 10:
            return date.fromisoformat(raw).isoformat()
    except ValueError:
        pass
    raise InputError("E007", f"malformed date {raw[:40]!r}: use YYYY-MM-DD", name)


def sentence_around(text: str, start: int, end: int, paragraphs: list[dict[str, Any]]) -> tuple[int, int]:
    """The sentence (or sentences) holding text[start:end], within its paragraph."""
    lo, hi = 0, len(text)
    for p in paragraphs:
        if p["start"] <= start < p["end"] or (p["start"] <= start and start == p["end"]):
            lo, hi = p["start"], p["end"]
            break
    s = lo
    for found in _SENTENCE_END.finditer(text, lo, max(lo, start)):
        s = found.end()
    after = _SENTENCE_END.search(text, max(end, s), hi)
    e = after.end() if after else hi
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, max(e, min(end, hi))


# -- articles -------------------------------------------------------------------------------------


def list_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    where: list[str] = []
    args: list[Any] = []
    if outlet:
        where.append("a.outlet = ?")
        args.append(outlet)
    if day := check_day(since, "since"):
        where.append("a.published_utc >= ?")
        args.append(day)
    if day := check_day(until, "until"):
        where.append("substr(a.published_utc, 1, 10) <= ?")
        args.append(day)
    if match := match_expr(q):
        where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        args.append(match)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM articles a{clause}", args).fetchone()[0]
    rows = conn.execute(
        "SELECT a.id, a.source, a.url, a.outlet, a.title, a.published, length(a.text) AS chars,"
        " (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,"
        " (SELECT count(*) FROM events WHERE article_id = a.id) AS events"
        f" FROM articles a{clause} ORDER BY a.published_utc DESC, a.id LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    return Page([dict(r) for r in rows], int(total), limit, offset)


def get_article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT id, source, url, outlet, title, published, text, paragraphs FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    d = dict(row)
    d["paragraphs"] = json.loads(d["paragraphs"])
    d["quotes"] = [
        dict(r)
        for r in conn.execute(
            'SELECT q.id, q.start, q."end", q.text, q.kind, q.speaker, s.story_quote_id AS quote_id FROM quotes q'
            " LEFT JOIN quote_sources s ON s.quote_row = q.id WHERE q.article_id = ? ORDER BY q.start",
            (article_id,),
        )
    ]
    d["events"] = [
        dict(r)
        for r in conn.execute(
            "SELECT e.id, e.type, e.status, e.date, e.place, e.trigger, e.trigger_start, e.trigger_end,"
            " s.story_event_id AS event_id FROM events e LEFT JOIN event_sources s ON s.event_row = e.id"
            " WHERE e.article_id = ? ORDER BY e.trigger_start",
            (article_id,),
        )
    ]
    d["actors"] = [
        dict(r)
        for r in conn.execute(
            "SELECT m.eid, m.name, m.actor_id, m.candidates FROM actor_mentions m WHERE m.article_id = ? ORDER BY m.eid",
            (article_id,),
        )
    ]
    return d


# -- actors ---------------------------------------------------------------------------------------


def _roles(conn: sqlite3.Connection, actor_id: int) -> list[dict[str, Any]]:
    """Each role with when it was first and last seen and in how many articles."""
    rows = conn.execute(
        "SELECT r.role, substr(min(r.published), 1, 10) AS first_day, substr(max(r.published), 1, 10) AS last_day,"
        " count(DISTINCT r.article_id) AS articles FROM actor_roles r WHERE r.actor_id = ?"
        " GROUP BY r.role ORDER BY min(r.published), r.role",
        (actor_id,),
    ).fetchall()
    out = []
    for r in rows:
        d = dict(r)
        d["sources"] = [
            dict(s)
            for s in conn.execute(
                'SELECT r.article_id, a.published, r.start, r."end", a.outlet FROM actor_roles r'
                " JOIN articles a ON a.id = r.article_id WHERE r.actor_id = ? AND r.role = ?"
                " ORDER BY r.published, r.article_id LIMIT 50",
                (actor_id, d["role"]),
            )
        ]
        # Shown as the article gave it (local time), the UTC day above is for ordering only.
        d["first_seen"] = d["sources"][0]["published"] if d["sources"] else d["first_day"]
        d["last_seen"] = d["sources"][-1]["published"] if d["sources"] else d["last_day"]
        out.append(d)
    return out


def _actor_row(conn: sqlite3.Connection, row: sqlite3.Row, *, full: bool) -> dict[str, Any]:
    d = dict(row)
    d.pop("surname_key", None)
    d.pop("given_key", None)
    d["quote_count"] = conn.execute("SELECT count(*) FROM story_quotes WHERE actor_id = ?", (d["id"],)).fetchone()[0]
    d["event_count"] = conn.execute("SELECT count(*) FROM event_actors WHERE actor_id = ?", (d["id"],)).fetchone()[0]
    roles = _roles(conn, int(d["id"]))
    d["roles"] = roles if full else [r["role"] for r in roles]
    if full:
        d["names"] = [
            dict(r)
            for r in conn.execute(
                "SELECT name, count FROM actor_names WHERE actor_id = ? ORDER BY count DESC, name", (d["id"],)
            )
        ]
        d["article_count"] = conn.execute(
            "SELECT count(DISTINCT article_id) FROM actor_mentions WHERE actor_id = ?", (d["id"],)
        ).fetchone()[0]
    return d


def list_actors(
    conn: sqlite3.Connection, *, q: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    where: list[str] = []
    args: list[Any] = []
    if q:
        pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(
            "(a.name LIKE ? ESCAPE '\\' OR a.id IN (SELECT actor_id FROM actor_names WHERE name LIKE ? ESCAPE '\\'))"
        )
        args += [pattern, pattern]
    if type:
        where.append("a.type = ?")
        args.append(type)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM actors a{clause}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT a.* FROM actors a{clause} ORDER BY a.mention_count DESC, a.id LIMIT ? OFFSET ?", [*args, limit, offset]
    ).fetchall()
    return Page([_actor_row(conn, r, full=False) for r in rows], int(total), limit, offset)


def get_actor(conn: sqlite3.Connection, actor_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
    return None if row is None else _actor_row(conn, row, full=True)


# -- quotes ---------------------------------------------------------------------------------------


def _quote_sources(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if not ids:
        return out
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        'SELECT s.story_quote_id, q.article_id, q.start, q."end", q.text, q.kind, q.speaker, q.cue, q.channel,'
        " a.outlet, a.published, a.title, a.url FROM quote_sources s JOIN quotes q ON q.id = s.quote_row"
        f" JOIN articles a ON a.id = q.article_id WHERE s.story_quote_id IN ({marks})"
        " ORDER BY a.published_utc, q.article_id",
        ids,
    ).fetchall()
    for r in rows:
        d = dict(r)
        out[int(d.pop("story_quote_id"))].append(d)
    return out


def _quote_page(
    conn: sqlite3.Connection, where: list[str], args: list[Any], limit: int, offset: int, *, oldest_first: bool
) -> Page:
    order = "sq.first_published, sq.id" if oldest_first else "sq.first_published DESC, sq.id DESC"
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM story_quotes sq{clause}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT sq.id, sq.text, sq.speaker, sq.actor_id, sq.kind, sq.first_published, sq.source_count,"
        f" ac.name AS actor_name FROM story_quotes sq LEFT JOIN actors ac ON ac.id = sq.actor_id{clause}"
        f" ORDER BY {order} LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    items = [dict(r) for r in rows]
    sources = _quote_sources(conn, [int(d["id"]) for d in items])
    for d in items:
        d["sources"] = sources[int(d["id"])]
    return Page(items, int(total), limit, offset)


def search_quotes(
    conn: sqlite3.Connection,
    *,
    q: str | None = None,
    speaker: str | None = None,
    actor: int | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    kind: str | None = None,
    limit: int = 50,
    offset: int = 0,
    oldest_first: bool = False,
) -> Page:
    """Statements (each once, with all its sources), newest first; ``q`` is full-text search."""
    where: list[str] = []
    args: list[Any] = []
    row_filters: list[str] = []
    row_args: list[Any] = []
    if match := match_expr(q):
        row_filters.append("qs.quote_row IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        row_args.append(match)
    if outlet:
        row_filters.append("qa.outlet = ?")
        row_args.append(outlet)
    if day := check_day(since, "since"):
        row_filters.append("qa.published_utc >= ?")
        row_args.append(day)
    if day := check_day(until, "until"):
        row_filters.append("substr(qa.published_utc, 1, 10) <= ?")
        row_args.append(day)
    if row_filters:
        where.append(
            "sq.id IN (SELECT qs.story_quote_id FROM quote_sources qs JOIN articles qa ON qa.id = qs.article_id WHERE "
            + " AND ".join(row_filters)
            + ")"
        )
        args += row_args
    if actor is not None:
        where.append("sq.actor_id = ?")
        args.append(actor)
    if speaker:
        pattern = "%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(
            "(sq.speaker LIKE ? ESCAPE '\\' OR sq.actor_id IN (SELECT actor_id FROM actor_names WHERE name LIKE ? ESCAPE '\\'))"
        )
        args += [pattern, pattern]
    if kind:
        where.append("sq.kind = ?")
        args.append(kind)
    return _quote_page(conn, where, args, limit, offset, oldest_first=oldest_first)


def get_quote(conn: sqlite3.Connection, quote_id: int) -> dict[str, Any] | None:
    page = _quote_page(conn, ["sq.id = ?"], [quote_id], 1, 0, oldest_first=False)
    return page.items[0] if page.items else None


# -- events ---------------------------------------------------------------------------------------


def _event_sources(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if not ids:
        return out
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT s.story_event_id, s.article_id, a.published, s.status, s.date, s.place, e.type, e.trigger,"
        " e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end, a.outlet, a.title, a.url"
        " FROM event_sources s JOIN events e ON e.id = s.event_row JOIN articles a ON a.id = s.article_id"
        f" WHERE s.story_event_id IN ({marks}) ORDER BY s.published, s.event_row",
        ids,
    ).fetchall()
    for r in rows:
        d = dict(r)
        out[int(d.pop("story_event_id"))].append(d)
    return out


def _date_change(final: str | None, sources: list[dict[str, Any]]) -> dict[str, Any] | None:
    """How the reported dates differ: "moved" when announcements gave an earlier date and every
    report since the first one with the final date agrees (a postponement), else "disputed"."""
    dated = [s for s in sources if s["date"]]
    if len({s["date"] for s in dated}) < 2 or final is None:
        return None
    first = next((i for i, s in enumerate(dated) if s["date"] == final), len(dated))
    earlier, later = dated[:first], dated[first:]
    if earlier and all(s["date"] == final for s in later) and all(s["status"] == "planned" for s in earlier):
        steps: list[str] = []
        for s in earlier:
            if not steps or steps[-1] != s["date"]:
                steps.append(s["date"])
        return {"kind": "moved", "dates": [*steps, final]}
    return {"kind": "disputed", "dates": sorted({s["date"] for s in dated})}


def _event_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Events with participants (canonical names) and all reports, in a few batched queries."""
    ids = [int(r["id"]) for r in rows]
    sources = _event_sources(conn, ids)
    names: dict[int, str] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for r in conn.execute(
            "SELECT DISTINCT a.id, a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
            f" WHERE ea.story_event_id IN ({marks})",
            ids,
        ):
            names[int(r["id"])] = r["name"]
    out = []
    for row in rows:
        d = dict(row)
        d["participants"] = [
            {"actor_id": p.get("actor_id"), "name": names.get(p.get("actor_id") or -1, p.get("name"))}
            for p in json.loads(d["participants"])
        ]
        d["sources"] = sources[int(d["id"])]
        d["dates_reported"] = sorted({s["date"] for s in d["sources"] if s["date"]})
        d["places_reported"] = sorted({s["place"] for s in d["sources"] if s["place"]})
        d["date_change"] = _date_change(d["date"], d["sources"])
        d["date_disputed"] = bool(d["date_disputed"])
        d["place_disputed"] = bool(d["place_disputed"])
        d["undated"] = d["date"] is None
        out.append(d)
    return out


def list_events(
    conn: sqlite3.Connection,
    *,
    type: str | None = None,
    actor: int | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Events in time order (date, else the first report's day), each with all its reports."""
    where: list[str] = []
    args: list[Any] = []
    if type:
        where.append("e.type = ?")
        args.append(type)
    if actor is not None:
        where.append("e.id IN (SELECT story_event_id FROM event_actors WHERE actor_id = ?)")
        args.append(actor)
    if day := check_day(since, "since"):
        where.append("e.anchor_day >= ?")
        args.append(day)
    if day := check_day(until, "until"):
        where.append("e.anchor_day <= ?")
        args.append(day)
    if place:
        where.append("e.id IN (SELECT story_event_id FROM event_sources WHERE place = ? COLLATE NOCASE)")
        args.append(place)
    if status:
        where.append("e.status = ?")
        args.append(status)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = conn.execute(f"SELECT count(*) FROM story_events e{clause}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT e.* FROM story_events e{clause} ORDER BY coalesce(e.date, e.anchor_day), e.id LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    return Page(_event_rows(conn, rows), int(total), limit, offset)


def event_marks(
    conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None, limit: int = 2000
) -> list[dict[str, Any]]:
    """Light rows for drawing a timeline of many events: no sources, participants as reported."""
    where: list[str] = []
    args: list[Any] = []
    if day := check_day(since, "since"):
        where.append("anchor_day >= ?")
        args.append(day)
    if day := check_day(until, "until"):
        where.append("anchor_day <= ?")
        args.append(day)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    rows = conn.execute(
        "SELECT id, type, date, anchor_day, status, source_count, participants FROM story_events"
        f"{clause} ORDER BY coalesce(date, anchor_day), id LIMIT ?",
        [*args, limit],
    ).fetchall()
    out = []
    for r in rows:
        d = dict(r)
        d["participants"] = [{"name": p.get("name")} for p in json.loads(d["participants"])]
        out.append(d)
    return out


def get_event(conn: sqlite3.Connection, event_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM story_events WHERE id = ?", (event_id,)).fetchone()
    return None if row is None else _event_rows(conn, [row])[0]


def network(
    conn: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    people_only: bool = True,
) -> dict[str, Any]:
    """Who met whom: actors as nodes, an edge per pair that took part in one event, with its events.

    By default only people: a country named as a participant ("Ukraine") is not someone one meets.
    """
    where, args = [], []
    if people_only:
        where.append("x.actor_id IN (SELECT id FROM actors WHERE type = 'PER')")
        where.append("y.actor_id IN (SELECT id FROM actors WHERE type = 'PER')")
    if day := check_day(since, "since"):
        where.append("e.anchor_day >= ?")
        args.append(day)
    if day := check_day(until, "until"):
        where.append("e.anchor_day <= ?")
        args.append(day)
    clause = (" AND " + " AND ".join(where)) if where else ""
    rows = conn.execute(
        "SELECT x.actor_id AS a, y.actor_id AS b, count(*) AS weight, group_concat(e.id) AS events,"
        " sum(e.status = 'happened') AS happened"
        " FROM event_actors x JOIN event_actors y ON y.story_event_id = x.story_event_id AND y.actor_id > x.actor_id"
        f" JOIN story_events e ON e.id = x.story_event_id WHERE 1 = 1{clause}"
        " GROUP BY x.actor_id, y.actor_id ORDER BY weight DESC, a, b LIMIT ?",
        [*args, limit],
    ).fetchall()
    edges = [
        {
            "source": r["a"],
            "target": r["b"],
            "weight": r["weight"],
            "happened": r["happened"],
            "events": [int(x) for x in str(r["events"]).split(",")],
        }
        for r in rows
    ]
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = []
    for actor_id in ids:
        row = conn.execute("SELECT id, name, type, mention_count FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row:
            nodes.append(dict(row))
    return {"nodes": nodes, "edges": edges}


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("articles", "actors", "story_events", "story_quotes")
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
