"""Incremental cross-article resolution: each stored article updates the canonical actors, events
and quotes; ``rebuild`` replays every article in storage order and so gives the same result.

Resolution reads only what the store holds for the article (its export JSON and its fact rows),
so the save hook and a rebuild run the very same code on the very same input.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from lagebild.resolve.names import (
    given_compatible,
    is_group,
    org_key,
    parse_person,
    place_within,
    quote_tokens,
    role_heads,
    same_place,
)

# Event types that can name one happening: a "Treffen" in one outlet is "Gespräche" in another.
EVENT_FAMILIES: dict[str, str] = {"meeting": "encounter", "talks": "encounter", "visit": "encounter"}

# How far apart two reports of one event may date it (a postponement within a week stays one event).
MAX_DATE_GAP_DAYS = 7
# Participant overlap (Jaccard) needed before reports that differ in date or place are merged:
# two of three named people in common.
STRONG_OVERLAP = 0.66
# How far apart the publication days of two undated reports of one event may lie.
MAX_UNDATED_GAP_DAYS = 3
# How far apart two reports of one statement may be published: the same words days later are
# a new statement (a speaker repeating a line), not another report of the first.
QUOTE_WINDOW_DAYS = 3
# Shortest wording (in words) for which an unattributed identical quote is merged.
MIN_UNATTRIBUTED_WORDS = 5
# Shortest wording for which a near-identical (not identical) quote is merged.
MIN_NEAR_WORDS = 4

# A bare surname shared by several known people goes to the one seen with the article's other
# actors in at least this many earlier articles, and this many times as often as any namesake.
MIN_COMPANY_ARTICLES = 2
COMPANY_MARGIN = 3

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def family(event_type: str) -> str:
    return EVENT_FAMILIES.get(event_type, event_type)


def day_of(value: str | None) -> str | None:
    """The calendar day of a TIMEX3 value or ISO time; None for vague or partial values."""
    if not value or not _DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _shift(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except OverflowError:
        return (date.min if days < 0 else date.max).isoformat()


# -- actors ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Resolution:
    """What one article's entities resolved to: eid -> actor id (None: left unresolved)."""

    by_eid: dict[str, int | None] = field(default_factory=dict)
    by_name: dict[str, int | None] = field(default_factory=dict)
    # Role heads each resolved actor was given in this article, for role mentions ("die Ministerin").
    heads: dict[int, set[str]] = field(default_factory=dict)


def _touch_actor(conn: sqlite3.Connection, actor_id: int, name: str, mentions: int, published: str | None) -> None:
    conn.execute(
        "UPDATE actors SET mention_count = mention_count + ?,"
        " first_seen = CASE WHEN first_seen IS NULL OR (? IS NOT NULL AND ? < first_seen) THEN ? ELSE first_seen END,"
        " last_seen = CASE WHEN last_seen IS NULL OR (? IS NOT NULL AND ? > last_seen) THEN ? ELSE last_seen END"
        " WHERE id = ?",
        (mentions, published, published, published, published, published, published, actor_id),
    )
    conn.execute(
        "INSERT INTO actor_names(actor_id, name, count) VALUES (?, ?, 1)"
        " ON CONFLICT(actor_id, name) DO UPDATE SET count = count + 1",
        (actor_id, name),
    )


def _new_actor(conn: sqlite3.Connection, name: str, etype: str, surname: str, given: str, suffix: str) -> int:
    cur = conn.execute(
        "INSERT INTO actors(name, type, surname_key, given_key, suffix) VALUES (?,?,?,?,?)",
        (name, etype, surname, given, suffix),
    )
    return int(cur.lastrowid or 0)


def _role_evidence(conn: sqlite3.Connection, candidates: list[int], heads: set[str]) -> list[int]:
    if not heads or not candidates:
        return []
    found = []
    for actor_id in candidates:
        keys = {r[0] for r in conn.execute("SELECT DISTINCT role_key FROM actor_roles WHERE actor_id = ?", (actor_id,))}
        if keys & heads:
            found.append(actor_id)
    return found


def resolve_person(
    conn: sqlite3.Connection, name: str, heads: set[str], *, create: bool = True
) -> tuple[int | None, list[int]]:
    """The actor a person's name refers to, creating one for a new person.

    Returns (actor id, candidates): actor id None with two or more candidates means the name is
    ambiguous (a bare surname of several known people) and is deliberately left unresolved.
    """
    parsed = parse_person(name)
    if parsed is None:
        return None, []
    rows = conn.execute(
        "SELECT id, given_key, name FROM actors WHERE type = 'PER' AND surname_key = ? AND suffix = ? ORDER BY id",
        (parsed.surname, parsed.suffix),
    ).fetchall()
    if parsed.given and not parsed.initials_only:
        full = [r["id"] for r in rows if r["given_key"] and given_compatible(r["given_key"], parsed.given)]
        if len(full) == 1:
            actor_id = int(full[0])
            known = next(r for r in rows if r["id"] == actor_id)
            # Keep the fuller given name ("Jared Corey Kushner" over "Jared Kushner").
            if len(parsed.given) > len(known["given_key"]):
                conn.execute("UPDATE actors SET given_key = ?, name = ? WHERE id = ?", (parsed.given, name, actor_id))
            return actor_id, []
        if len(full) > 1:
            return None, [int(x) for x in full]
        bare = [r["id"] for r in rows if not r["given_key"]]
        others = [r for r in rows if r["given_key"]]
        if len(bare) == 1 and not others:
            # A surname seen alone before is this person, as long as no other one shares it.
            conn.execute("UPDATE actors SET given_key = ?, name = ? WHERE id = ?", (parsed.given, name, bare[0]))
            return int(bare[0]), []
        if not create:
            return None, []
        return _new_actor(conn, name, "PER", parsed.surname, parsed.given, parsed.suffix), []
    # A bare surname or initials: only a unique candidate, or a unique one the role points at.
    pool = [r for r in rows if given_compatible(r["given_key"], parsed.given)] if parsed.given else list(rows)
    ids = [int(r["id"]) for r in pool]
    if len(ids) == 1:
        return ids[0], []
    if len(ids) > 1:
        named = [int(r["id"]) for r in pool if r["given_key"]]
        by_role = _role_evidence(conn, named, heads)
        if len(by_role) == 1:
            return by_role[0], []
        return None, ids
    if not create:
        return None, []
    return _new_actor(conn, name, "PER", parsed.surname, parsed.given, parsed.suffix), []


def resolve_other(
    conn: sqlite3.Connection, name: str, etype: str, aliases: list[str], *, create: bool = True
) -> int | None:
    keys = [k for k in (org_key(n) for n in [name, *aliases]) if k]
    if not keys:
        return None
    for key in keys:
        row = conn.execute(
            "SELECT id FROM actors WHERE type = ? AND surname_key = ? ORDER BY id LIMIT 1", (etype, key)
        ).fetchone()
        if row:
            return int(row[0])
    if not create:
        return None
    return _new_actor(conn, name, etype, keys[0], "", "")


def _resolve_entities(
    conn: sqlite3.Connection, article_id: str, published: str | None, entities: list[dict[str, Any]]
) -> Resolution:
    res = Resolution()
    pending: list[tuple[str, dict[str, Any], list[dict[str, Any]], set[str], list[int]]] = []
    for i, ent in enumerate(entities):
        eid = str(ent.get("id") or f"e{i}")
        name = str(ent.get("name") or "").strip()
        if not name:
            continue
        etype = str(ent.get("type") or "MISC")
        aliases = [str(a) for a in ent.get("aliases") or [] if str(a).strip()]
        details = ent.get("role_details") or [{"text": r} for r in ent.get("roles") or []]
        roles = [d for d in details if isinstance(d, dict) and str(d.get("text") or "").strip()]
        heads = set().union(*(role_heads(str(d["text"])) for d in roles)) if roles else set()
        candidates: list[int] = []
        if etype == "PER":
            actor_id, candidates = resolve_person(conn, name, heads)
        else:
            actor_id = resolve_other(conn, name, etype, aliases)
        conn.execute(
            "INSERT OR REPLACE INTO actor_mentions(article_id, eid, actor_id, name, candidates) VALUES (?,?,?,?,?)",
            (article_id, eid, actor_id, name, json.dumps(candidates) if candidates else None),
        )
        if candidates:
            pending.append((eid, ent, roles, heads, candidates))
        res.by_eid[eid] = actor_id
        for n in [name, *aliases]:
            res.by_name.setdefault(n, actor_id)
        if actor_id is not None:
            _attach(conn, res, actor_id, ent, roles, heads, article_id, published)
    for eid, ent, roles, heads, candidates in pending:
        actor_id = _by_company(conn, candidates, {a for a in res.by_eid.values() if a is not None})
        if actor_id is None:
            continue
        conn.execute(
            "UPDATE actor_mentions SET actor_id = ?, candidates = NULL WHERE article_id = ? AND eid = ?",
            (actor_id, article_id, eid),
        )
        res.by_eid[eid] = actor_id
        for n in [str(ent.get("name") or "").strip(), *(str(a) for a in ent.get("aliases") or [])]:
            if res.by_name.get(n, actor_id) is None:
                res.by_name[n] = actor_id
        _attach(conn, res, actor_id, ent, roles, heads, article_id, published)
    return res


def _attach(
    conn: sqlite3.Connection,
    res: Resolution,
    actor_id: int,
    ent: dict[str, Any],
    roles: list[dict[str, Any]],
    heads: set[str],
    article_id: str,
    published: str | None,
) -> None:
    """Count an entity's mentions for its actor and keep its roles with article and date."""
    name = str(ent.get("name") or "").strip()
    res.heads.setdefault(actor_id, set()).update(heads)
    _touch_actor(conn, actor_id, name, max(1, len(ent.get("mentions") or [])), published)
    # Short forms the article used ("Selenski") are spellings users search for, too.
    for alias in sorted({str(a).strip() for a in ent.get("aliases") or []} - {name, ""}):
        conn.execute(
            "INSERT INTO actor_names(actor_id, name, count) VALUES (?, ?, 1)"
            " ON CONFLICT(actor_id, name) DO UPDATE SET count = count + 1",
            (actor_id, alias),
        )
    for d in roles:
        text = str(d["text"]).strip()
        conn.execute(
            'INSERT INTO actor_roles(actor_id, role, role_key, article_id, published, start, "end")'
            " VALUES (?,?,?,?,?,?,?)",
            (
                actor_id,
                text,
                next(iter(sorted(role_heads(text))), ""),
                article_id,
                published,
                d.get("start"),
                d.get("end"),
            ),
        )


def _by_company(conn: sqlite3.Connection, candidates: list[int], company: set[int]) -> int | None:
    """The one candidate the article's other actors were seen with before, if clearly one.

    "Kushner" next to Witkoff and Umjerow is the Kushner seen with them in earlier articles, not
    the namesake never seen with them; without such a record the mention stays unresolved.
    """
    if not company:
        return None
    marks = ",".join("?" * len(company))
    counts = []
    for cand in candidates:
        n = conn.execute(
            "SELECT count(DISTINCT m1.article_id) FROM actor_mentions m1 JOIN actor_mentions m2"
            f" ON m2.article_id = m1.article_id WHERE m1.actor_id = ? AND m2.actor_id IN ({marks})",
            (cand, *company),
        ).fetchone()[0]
        counts.append((int(n), cand))
    counts.sort(reverse=True)
    best, second = counts[0][0], (counts[1][0] if len(counts) > 1 else 0)
    if best >= MIN_COMPANY_ARTICLES and best >= COMPANY_MARGIN * second:
        return counts[0][1]
    return None


def _role_mention(res: Resolution, name: str) -> int | None:
    """A role standing for a person ("die Ministerin", "der Kremlsprecher"): the one actor of this
    article given that role, if exactly one was; a role of two people stays unresolved."""
    heads = role_heads(name)
    if len(name.split()) > 3 or not heads or is_group(name):
        return None
    (head,) = heads
    if len(head) < 5:
        return None
    found = {
        actor_id
        for actor_id, seen in res.heads.items()
        if any(h == head or (h.endswith(head) and len(h) > len(head)) for h in seen)
    }
    return found.pop() if len(found) == 1 else None


def _actor_for_name(conn: sqlite3.Connection, res: Resolution, name: str | None) -> int | None:
    """A speaker or participant name as an actor: through this article's entities, else the store."""
    if not name:
        return None
    if name in res.by_name:
        return res.by_name[name]
    by_role = _role_mention(res, name)
    if by_role is not None:
        return by_role
    parsed = parse_person(name)
    if parsed is not None:
        for known, actor_id in res.by_name.items():
            other = parse_person(known)
            if (
                other
                and actor_id is not None
                and (other.surname, other.suffix) == (parsed.surname, parsed.suffix)
                and given_compatible(other.given, parsed.given)
            ):
                return actor_id
        actor_id, _ = resolve_person(conn, name, set(), create=False)
        if actor_id is not None:
            return actor_id
    return resolve_other(conn, name, "ORG", [], create=False) or resolve_other(conn, name, "LOC", [], create=False)


# -- events ---------------------------------------------------------------------------------------


def _participant_keys(conn: sqlite3.Connection, res: Resolution, names: list[str]) -> list[dict[str, Any]]:
    out = []
    for n in names:
        actor_id = _actor_for_name(conn, res, n)
        out.append({"actor_id": actor_id, "name": n, "key": f"a{actor_id}" if actor_id else "n" + org_key(n)})
    return out


def _dates_fit(new_day: str, new_status: str, cand_day: str, cand_status: str) -> bool:
    """Can two dated reports be one happening? A plan may move; what happened has one date."""
    signed = (date.fromisoformat(new_day) - date.fromisoformat(cand_day)).days
    new_done, cand_done = new_status == "happened", cand_status == "happened"
    if new_done and cand_done:
        # Sources that both report it as past may disagree by a day (time zones, late reports).
        return abs(signed) <= 1
    if cand_done:
        # A plan for a day after the happening is the next round, not this one.
        return -MAX_DATE_GAP_DAYS <= signed <= 0
    if new_done:
        # Happened later than planned: postponed; much earlier than planned: another meeting.
        return -1 <= signed <= MAX_DATE_GAP_DAYS
    return abs(signed) <= MAX_DATE_GAP_DAYS


def _event_match(
    new_keys: set[str], new_day: str | None, new_status: str, new_anchor: str, new_place: str, cand: sqlite3.Row
) -> float | None:
    """A score for "these two reports describe one happening", or None when they do not."""
    cand_keys = {p["key"] for p in json.loads(cand["participants"])}
    cand_day = cand["date"]
    cand_place = org_key(cand["place"] or "")
    place_conflict = bool(new_place and cand_place and not same_place(new_place, cand_place))
    gap: int | None = None
    if new_day and cand_day:
        if not _dates_fit(new_day, new_status, cand_day, cand["status"]):
            return None
        gap = _days(new_day, cand_day)
    elif _days(new_anchor, cand["anchor_day"]) > MAX_UNDATED_GAP_DAYS:
        return None
    if not new_keys or not cand_keys:
        # Without participants only the same day at the same place is the same happening.
        if new_keys or cand_keys or gap != 0 or not new_place or place_conflict:
            return None
        return 1.0
    shared = len(new_keys & cand_keys)
    if shared == 0:
        return None
    if min(len(new_keys), len(cand_keys)) >= 2 and shared < 2:
        return None
    jaccard = shared / len(new_keys | cand_keys)
    if place_conflict and (gap or 0) != 0:
        return None
    if (place_conflict or (gap or 0) > 0) and jaccard < STRONG_OVERLAP:
        return None
    if jaccard < 0.5 and not (gap == 0 and jaccard >= 0.34):
        return None
    score = jaccard + (0.5 if gap == 0 else 0.0) - 0.05 * (gap or 0)
    if new_place and cand_place and same_place(new_place, cand_place):
        score += 0.3
    return score


def _refresh_event(conn: sqlite3.Connection, story_id: int) -> None:
    """Canonical date, place and status from all reports; disagreements flagged, none dropped."""
    rows = conn.execute(
        "SELECT status, date, place, published FROM event_sources WHERE story_event_id = ? ORDER BY published, event_row",
        (story_id,),
    ).fetchall()
    happened = [r for r in rows if r["status"] == "happened"]
    dated = [r for r in (happened if any(r["date"] for r in happened) else rows) if r["date"]]
    date_votes = Counter(r["date"] for r in dated)
    best_date = None
    if date_votes:
        top = max(date_votes.values())
        # Ties go to the latest report: a later article knows of a postponement.
        best_date = next(r["date"] for r in reversed(dated) if date_votes[r["date"]] == top)
    places = [r["place"] for r in rows if r["place"]]
    place_votes = Counter(org_key(p) for p in places)
    keys = list(place_votes)
    # "Amman" in one report and "Jordanien" in another tell one place, the city more narrowly.
    place_disputed = any(not same_place(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :])
    best_place = None
    if place_votes and not place_disputed:
        narrowest = [k for k in keys if not any(place_within(other, k) for other in keys)]
        best_place = next(p for p in reversed(places) if org_key(p) in narrowest)
    elif place_votes:
        top = max(place_votes.values())
        best_place = next(p for p in reversed(places) if place_votes[org_key(p)] == top)
    status = "happened" if happened else rows[-1]["status"]
    conn.execute(
        "UPDATE story_events SET date = ?, place = ?, status = ?, first_reported = ?, last_reported = ?,"
        " source_count = ?, date_disputed = ?, place_disputed = ? WHERE id = ?",
        (
            best_date,
            best_place,
            status,
            rows[0]["published"],
            rows[-1]["published"],
            len(rows),
            int(len({r["date"] for r in rows if r["date"]}) > 1),
            int(place_disputed),
            story_id,
        ),
    )


def _resolve_events(
    conn: sqlite3.Connection,
    article_id: str,
    published: str | None,
    pub_day: str,
    res: Resolution,
    events: list[dict[str, Any]],
) -> None:
    rows = conn.execute("SELECT id FROM events WHERE article_id = ? ORDER BY id", (article_id,)).fetchall()
    for row, ev in zip(rows, events, strict=False):
        etype = str(ev.get("type") or "contact")
        fam = family(etype)
        parts = _participant_keys(conn, res, [str(p) for p in ev.get("participants") or [] if str(p).strip()])
        keys = {p["key"] for p in parts}
        day = day_of(ev.get("date"))
        anchor = day or pub_day
        place = str(ev.get("place") or "") or None
        status = str(ev.get("status") or "happened")
        place_key = org_key(place or "")
        window = MAX_DATE_GAP_DAYS if day else MAX_UNDATED_GAP_DAYS
        lo, hi = _shift(anchor, -window), _shift(anchor, window)
        actor_ids = sorted({p["actor_id"] for p in parts if p["actor_id"]})
        if actor_ids and all(p["actor_id"] for p in parts):
            # Every participant is a known actor: only events sharing one of them can match.
            marks = ",".join("?" * len(actor_ids))
            cands = conn.execute(
                "SELECT * FROM story_events WHERE family = ? AND anchor_day BETWEEN ? AND ? AND id IN"
                f" (SELECT story_event_id FROM event_actors WHERE actor_id IN ({marks})) ORDER BY id",
                (fam, lo, hi, *actor_ids),
            ).fetchall()
        else:
            cands = conn.execute(
                "SELECT * FROM story_events WHERE family = ? AND anchor_day BETWEEN ? AND ? ORDER BY id", (fam, lo, hi)
            ).fetchall()
        best: tuple[float, int] | None = None
        for cand in cands:
            score = _event_match(keys, day, status, anchor, place_key, cand)
            if score is not None and (best is None or score > best[0]):
                best = (score, int(cand["id"]))
        if best is None:
            cur = conn.execute(
                "INSERT INTO story_events(type, family, date, anchor_day, place, status, participants)"
                " VALUES (?,?,?,?,?,?,?)",
                (etype, fam, day, anchor, place, str(ev.get("status") or "happened"), json.dumps(parts)),
            )
            story_id = int(cur.lastrowid or 0)
        else:
            story_id = best[1]
            known = json.loads(
                conn.execute("SELECT participants FROM story_events WHERE id = ?", (story_id,)).fetchone()[0]
            )
            seen = {p["key"] for p in known}
            merged = known + [p for p in parts if p["key"] not in seen]
            conn.execute("UPDATE story_events SET participants = ? WHERE id = ?", (json.dumps(merged), story_id))
        conn.execute(
            "INSERT OR IGNORE INTO event_sources(story_event_id, event_row, article_id, published, status, date, place)"
            " VALUES (?,?,?,?,?,?,?)",
            (story_id, int(row["id"]), article_id, published, str(ev.get("status") or "happened"), day, place),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO event_actors(story_event_id, actor_id) VALUES (?, ?)",
            [(story_id, p["actor_id"]) for p in parts if p["actor_id"]],
        )
        _refresh_event(conn, story_id)


# -- quotes ---------------------------------------------------------------------------------------


def _similar(a: list[str], b: list[str]) -> bool:
    """Near-identical wording: one outlet shortened or slightly reworded the other's quote."""
    sa, sb = set(a), set(b)
    if min(len(sa), len(sb)) < MIN_NEAR_WORDS:
        return False
    shared = len(sa & sb)
    return shared / len(sa | sb) >= 0.8 or shared / min(len(sa), len(sb)) >= 0.9


def _resolve_quotes(
    conn: sqlite3.Connection,
    article_id: str,
    published: str | None,
    anchor: str,
    res: Resolution,
    quotes: list[dict[str, Any]],
) -> None:
    # Stored rows and serialised statements are paired by their span: the serialised form keeps
    # quotes and reported statements in two lists, the quotes table holds both in text order.
    by_span: dict[tuple[int, int], list[int]] = {}
    for r in conn.execute('SELECT id, start, "end" FROM quotes WHERE article_id = ? ORDER BY id', (article_id,)):
        by_span.setdefault((int(r["start"]), int(r["end"])), []).append(int(r["id"]))
    lo, hi = _shift(anchor, -QUOTE_WINDOW_DAYS), _shift(anchor, QUOTE_WINDOW_DAYS)
    for q in quotes:
        ids = by_span.get((int(q.get("start") or 0), int(q.get("end") or 0)))
        if not ids:
            continue
        row_id = ids.pop(0)
        text = str(q.get("text") or "")
        tokens = quote_tokens(text)
        if not tokens:
            continue
        norm = " ".join(tokens)
        eid = q.get("speaker_entity")
        actor_id = res.by_eid.get(str(eid)) if eid else None
        if actor_id is None:
            actor_id = _actor_for_name(conn, res, q.get("speaker"))
        target: int | None = None
        for cand in conn.execute(
            "SELECT id, actor_id FROM story_quotes WHERE norm = ? AND anchor_day BETWEEN ? AND ? ORDER BY id",
            (norm, lo, hi),
        ):
            same = cand["actor_id"] == actor_id and actor_id is not None
            one_open = (cand["actor_id"] is None or actor_id is None) and len(tokens) >= MIN_UNATTRIBUTED_WORDS
            if same or one_open:
                target = int(cand["id"])
                break
        if target is None and actor_id is not None:
            for cand in conn.execute(
                "SELECT id, norm FROM story_quotes WHERE actor_id = ? AND anchor_day BETWEEN ? AND ? ORDER BY id",
                (actor_id, lo, hi),
            ):
                if _similar(tokens, str(cand["norm"]).split()):
                    target = int(cand["id"])
                    break
        if target is None:
            cur = conn.execute(
                "INSERT INTO story_quotes(text, norm, speaker, actor_id, kind, first_published, anchor_day, source_count)"
                " VALUES (?,?,?,?,?,?,?,0)",
                (text, norm, q.get("speaker"), actor_id, str(q.get("kind") or "direct"), published, anchor),
            )
            target = int(cur.lastrowid or 0)
        elif actor_id is not None:
            # A later report may name the speaker an earlier one left open.
            conn.execute(
                "UPDATE story_quotes SET actor_id = coalesce(actor_id, ?), speaker = coalesce(speaker, ?) WHERE id = ?",
                (actor_id, q.get("speaker"), target),
            )
        conn.execute(
            "INSERT OR IGNORE INTO quote_sources(story_quote_id, quote_row, article_id) VALUES (?,?,?)",
            (target, row_id, article_id),
        )
        conn.execute(
            "UPDATE story_quotes SET source_count = (SELECT count(*) FROM quote_sources WHERE story_quote_id = ?),"
            " first_published = CASE WHEN first_published IS NULL OR (? IS NOT NULL AND ? < first_published)"
            " THEN ? ELSE first_published END WHERE id = ?",
            (target, published, published, published, target),
        )


# -- entry points ---------------------------------------------------------------------------------


def resolve_article(conn: sqlite3.Connection, article_id: str) -> None:
    """Fold one stored article into the cross-article picture (inside the caller's transaction)."""
    row = conn.execute(
        "SELECT published_utc, ingested_at, extraction FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return
    done = conn.execute("INSERT OR IGNORE INTO resolved_articles(article_id) VALUES (?)", (article_id,))
    if done.rowcount == 0:
        return
    data = json.loads(row["extraction"])
    published = row["published_utc"]
    # An undated article is matched around the day it was stored, never given that day as a date.
    near = day_of(published) or day_of(row["ingested_at"]) or date.today().isoformat()
    res = _resolve_entities(conn, article_id, published, list(data.get("entities") or []))
    _resolve_events(conn, article_id, published, near, res, list(data.get("events") or []))
    statements = [*(data.get("quotes") or []), *(data.get("reported") or [])]
    _resolve_quotes(conn, article_id, published, near, res, statements)


RESOLVED_TABLES = (
    "resolved_articles",
    "quote_sources",
    "story_quotes",
    "event_actors",
    "event_sources",
    "story_events",
    "actor_roles",
    "actor_mentions",
    "actor_names",
    "actors",
)


def rebuild(conn: sqlite3.Connection) -> int:
    """Resolve the whole store again from its articles, in storage order; returns the article count."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in RESOLVED_TABLES:
            conn.execute(f"DELETE FROM {table}")
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY rowid")]
        for article_id in ids:
            resolve_article(conn, article_id)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(ids)


def catch_up(conn: sqlite3.Connection, *, batch: int = 500) -> int:
    """Resolve the stored articles not resolved yet (saved without the hook), in storage order.

    Works in batches of transactions so a large store does not hold the write lock for long;
    returns how many articles were resolved.
    """
    total = 0
    while True:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM resolved_articles)"
                " ORDER BY rowid LIMIT ?",
                (batch,),
            )
        ]
        if not ids:
            return total
        conn.execute("BEGIN IMMEDIATE")
        try:
            for article_id in ids:
                resolve_article(conn, article_id)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        total += len(ids)
