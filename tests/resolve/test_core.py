from __future__ import annotations

import json
import sqlite3

from lagebild.resolve import rebuild
from lagebild.resolve.core import day_of
from lagebild.store import Store
from tests.resolve.conftest import Save

PER = "PER"


def _actor_of(conn: sqlite3.Connection, article_id: str, name: str) -> int | None:
    row = conn.execute(
        "SELECT actor_id FROM actor_mentions WHERE article_id = ? AND name = ?", (article_id, name)
    ).fetchone()
    assert row is not None, (article_id, name)
    return None if row[0] is None else int(row[0])


def _events(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM story_events ORDER BY id").fetchall()


def test_spelling_variants_across_outlets_are_one_actor(rstore: Store, save: Save) -> None:
    a = save("Wolodymyr Selenskyj reist nach Paris.", entities=[{"name": "Wolodymyr Selenskyj"}])
    b = save("Volodymyr Zelensky landete am Abend.", entities=[{"name": "Volodymyr Zelensky"}])
    c = save("Selenski sprach von Fortschritten.", entities=[{"name": "Selenski"}])
    ids = {
        _actor_of(rstore.conn, x, n)
        for x, n in [(a, "Wolodymyr Selenskyj"), (b, "Volodymyr Zelensky"), (c, "Selenski")]
    }
    assert len(ids) == 1
    assert None not in ids


def test_bare_surname_seen_first_becomes_the_full_name_later(rstore: Store, save: Save) -> None:
    a = save("Umerow kündigte neue Gespräche an.", entities=[{"name": "Umerow"}])
    b = save("Rustem Umjerow führt die Delegation.", entities=[{"name": "Rustem Umjerow"}])
    assert _actor_of(rstore.conn, a, "Umerow") == _actor_of(rstore.conn, b, "Rustem Umjerow")
    assert rstore.conn.execute("SELECT name FROM actors").fetchone()[0] == "Rustem Umjerow"


def test_two_people_sharing_a_surname_stay_apart(rstore: Store, save: Save) -> None:
    a = save("Jared Kushner flog nach Florida.", entities=[{"name": "Jared Kushner"}])
    b = save("Botschafter Charles Kushner wurde einbestellt.", entities=[{"name": "Charles Kushner"}])
    assert _actor_of(rstore.conn, a, "Jared Kushner") != _actor_of(rstore.conn, b, "Charles Kushner")


def test_bare_surname_of_two_known_people_is_left_unresolved_with_candidates(rstore: Store, save: Save) -> None:
    save("Jared Kushner flog nach Florida.", entities=[{"name": "Jared Kushner"}])
    save("Charles Kushner wurde einbestellt.", entities=[{"name": "Charles Kushner"}])
    c = save("Kushner äußerte sich nicht.", entities=[{"name": "Kushner"}])
    row = rstore.conn.execute("SELECT actor_id, candidates FROM actor_mentions WHERE article_id = ?", (c,)).fetchone()
    assert row["actor_id"] is None
    assert len(json.loads(row["candidates"])) == 2


def test_role_tells_apart_two_people_sharing_a_surname(rstore: Store, save: Save) -> None:
    a = save(
        "Schwiegersohn Jared Kushner flog nach Florida.",
        entities=[{"name": "Jared Kushner", "roles": ["Schwiegersohn"]}],
    )
    save(
        "Botschafter Charles Kushner wurde einbestellt.",
        entities=[{"name": "Charles Kushner", "roles": ["Botschafter"]}],
    )
    c = save("Der Schwiegersohn Kushner schwieg.", entities=[{"name": "Kushner", "roles": ["Schwiegersohn"]}])
    assert _actor_of(rstore.conn, c, "Kushner") == _actor_of(rstore.conn, a, "Jared Kushner")


def test_junior_is_not_his_father(rstore: Store, save: Save) -> None:
    a = save("Donald Trump lobte den Plan.", entities=[{"name": "Donald Trump"}])
    b = save("Donald Trump Jr. schrieb auf X.", entities=[{"name": "Donald Trump Jr."}])
    assert _actor_of(rstore.conn, a, "Donald Trump") != _actor_of(rstore.conn, b, "Donald Trump Jr.")


def test_roles_are_kept_with_their_article_and_date(rstore: Store, save: Save) -> None:
    a = save(
        "Kremlsprecher Dmitri Peskow bestätigte den Termin.",
        published="2025-12-01T12:00:00+01:00",
        entities=[{"name": "Dmitri Peskow", "roles": ["Kremlsprecher"]}],
    )
    row = rstore.conn.execute("SELECT role, article_id, published, start FROM actor_roles").fetchone()
    assert (row["role"], row["article_id"], row["published"][:10], row["start"]) == (
        "Kremlsprecher",
        a,
        "2025-12-01",
        0,
    )


def test_organisations_merge_by_folded_name(rstore: Store, save: Save) -> None:
    a = save("Die Europäische Union berät.", entities=[{"name": "Europäische Union", "type": "ORG"}])
    b = save("Die europäische Union zögert.", entities=[{"name": "europäische Union", "type": "ORG"}])
    assert _actor_of(rstore.conn, a, "Europäische Union") == _actor_of(rstore.conn, b, "europäische Union")


MEET = [{"name": "Wladimir Putin", "aliases": ["Putin"]}, {"name": "Steve Witkoff", "aliases": ["Witkoff"]}]


def test_planned_then_happened_reports_are_one_event_with_history(rstore: Store, save: Save) -> None:
    save(
        "Putin will Witkoff am Dienstag in Moskau treffen.",
        published="2025-12-01T09:00:00+01:00",
        entities=MEET,
        events=[
            {
                "type": "meeting",
                "trigger": "treffen",
                "participants": ["Putin", "Witkoff"],
                "place": "Moskau",
                "date": "2025-12-02",
                "status": "planned",
            }
        ],
    )
    save(
        "Putin hat Witkoff am Dienstag in Moskau empfangen.",
        published="2025-12-03T08:00:00+01:00",
        entities=MEET,
        events=[
            {
                "type": "meeting",
                "trigger": "empfangen",
                "participants": ["Putin", "Witkoff"],
                "place": "Moskau",
                "date": "2025-12-02",
                "status": "happened",
            }
        ],
    )
    events = _events(rstore.conn)
    assert len(events) == 1
    assert (events[0]["status"], events[0]["date"], events[0]["source_count"]) == ("happened", "2025-12-02", 2)
    history = [r["status"] for r in rstore.conn.execute("SELECT status FROM event_sources ORDER BY published")]
    assert history == ["planned", "happened"]


def test_postponed_meeting_stays_one_event_with_the_dates_disputed(rstore: Store, save: Save) -> None:
    save(
        "Putin will Witkoff am Dienstag treffen.",
        published="2025-12-01T09:00:00+01:00",
        entities=MEET,
        events=[
            {
                "type": "meeting",
                "trigger": "treffen",
                "participants": ["Putin", "Witkoff"],
                "date": "2025-12-02",
                "status": "planned",
            }
        ],
    )
    save(
        "Putin traf Witkoff erst am Donnerstag.",
        published="2025-12-05T09:00:00+01:00",
        entities=MEET,
        events=[
            {
                "type": "meeting",
                "trigger": "traf",
                "participants": ["Putin", "Witkoff"],
                "date": "2025-12-04",
                "status": "happened",
            }
        ],
    )
    events = _events(rstore.conn)
    assert len(events) == 1
    assert events[0]["date"] == "2025-12-04"
    assert events[0]["date_disputed"] == 1


def test_a_plan_after_a_happened_meeting_is_a_new_round(rstore: Store, save: Save) -> None:
    save(
        "Putin traf Witkoff am Sonntag.",
        published="2025-11-30T20:00:00+01:00",
        entities=MEET,
        events=[
            {
                "type": "meeting",
                "trigger": "traf",
                "participants": ["Putin", "Witkoff"],
                "date": "2025-11-30",
                "status": "happened",
            }
        ],
    )
    save(
        "Putin will Witkoff am Donnerstag erneut treffen.",
        published="2025-12-01T20:00:00+01:00",
        entities=MEET,
        events=[
            {
                "type": "meeting",
                "trigger": "treffen",
                "participants": ["Putin", "Witkoff"],
                "date": "2025-12-04",
                "status": "planned",
            }
        ],
    )
    assert len(_events(rstore.conn)) == 2


def _save_talks_in(save: Save, *places: str) -> None:
    """One report per place of the same talks on the same day."""
    for place in places:
        save(
            f"Putin traf Witkoff in {place}.",
            entities=MEET,
            events=[
                {
                    "type": "talks",
                    "trigger": "traf",
                    "participants": ["Putin", "Witkoff"],
                    "place": place,
                    "date": "2025-12-02",
                }
            ],
        )


def test_sources_disagreeing_on_the_place_stay_visible(rstore: Store, save: Save) -> None:
    _save_talks_in(save, "Moskau", "Sankt Petersburg")
    events = _events(rstore.conn)
    assert len(events) == 1
    assert events[0]["place_disputed"] == 1
    places = {r[0] for r in rstore.conn.execute("SELECT place FROM event_sources")}
    assert places == {"Moskau", "Sankt Petersburg"}


def test_sources_naming_the_city_and_its_country_agree_on_the_city(rstore: Store, save: Save) -> None:
    _save_talks_in(save, "Russland", "Moskau")
    events = _events(rstore.conn)
    assert [(e["place"], e["place_disputed"]) for e in events] == [("Moskau", 0)]


def test_meetings_sharing_one_participant_on_one_day_are_different(rstore: Store, save: Save) -> None:
    save(
        "Witkoff traf Putin. Witkoff traf Uschakow.",
        entities=[*MEET, {"name": "Juri Uschakow", "aliases": ["Uschakow"]}],
        events=[
            {"type": "meeting", "trigger": "traf Putin", "participants": ["Witkoff", "Putin"], "date": "2025-12-02"},
            {
                "type": "meeting",
                "trigger": "traf Uschakow",
                "participants": ["Witkoff", "Uschakow", "Putin"],
                "date": "2025-12-02",
            },
        ],
    )
    save(
        "Merz traf Macron.",
        entities=[{"name": "Friedrich Merz", "aliases": ["Merz"]}, {"name": "Emmanuel Macron", "aliases": ["Macron"]}],
        events=[{"type": "meeting", "trigger": "traf", "participants": ["Merz", "Macron"], "date": "2025-12-02"}],
    )
    assert len(_events(rstore.conn)) >= 2
    assert rstore.conn.execute("SELECT count(*) FROM story_events WHERE participants LIKE '%Merz%'").fetchone()[0] == 1


def test_identical_quote_in_two_outlets_is_one_quote_with_two_sources(rstore: Store, save: Save) -> None:
    kallas = [{"name": "Kaja Kallas", "aliases": ["Kallas"]}]
    save(
        "„Der Druck gehört auf Moskau“, sagte Kallas.",
        entities=kallas,
        quotes=[{"text": "Der Druck gehört auf Moskau", "speaker": "Kallas"}],
    )
    save(
        "«Der Druck gehört auf Moskau», so Kallas.",
        entities=kallas,
        quotes=[{"text": "Der Druck gehört auf Moskau", "speaker": "Kallas"}],
    )
    rows = rstore.conn.execute("SELECT source_count FROM story_quotes").fetchall()
    assert [r[0] for r in rows] == [2]


def test_shortened_quote_of_the_same_speaker_is_merged(rstore: Store, save: Save) -> None:
    rubio = [{"name": "Marco Rubio", "aliases": ["Rubio"]}]
    save(
        "Rubio: „Wir sind realistisch, aber wir bleiben zuversichtlich, dass es klappt.“",
        entities=rubio,
        quotes=[{"text": "Wir sind realistisch, aber wir bleiben zuversichtlich, dass es klappt.", "speaker": "Rubio"}],
    )
    save(
        "Rubio sagte: „Wir sind realistisch, aber wir bleiben zuversichtlich.“",
        entities=rubio,
        quotes=[{"text": "Wir sind realistisch, aber wir bleiben zuversichtlich.", "speaker": "Rubio"}],
    )
    assert rstore.conn.execute("SELECT count(*) FROM story_quotes").fetchone()[0] == 1


def test_same_words_from_two_speakers_are_two_quotes(rstore: Store, save: Save) -> None:
    save(
        "Donald Trump: „Wir sind sehr nah an einer Einigung.“",
        entities=[{"name": "Donald Trump"}],
        quotes=[{"text": "Wir sind sehr nah an einer Einigung.", "speaker": "Donald Trump"}],
    )
    save(
        "Donald Trump Jr.: „Wir sind sehr nah an einer Einigung.“",
        entities=[{"name": "Donald Trump Jr."}],
        quotes=[{"text": "Wir sind sehr nah an einer Einigung.", "speaker": "Donald Trump Jr."}],
    )
    assert rstore.conn.execute("SELECT count(*) FROM story_quotes").fetchone()[0] == 2


def test_rebuild_gives_the_same_picture_as_incremental_resolution(rstore: Store, save: Save) -> None:
    save(
        "Putin will Witkoff treffen.",
        entities=MEET,
        quotes=[{"text": "Witkoff treffen", "speaker": "Putin"}],
        events=[
            {
                "type": "meeting",
                "trigger": "treffen",
                "participants": ["Putin", "Witkoff"],
                "date": "2025-12-02",
                "status": "planned",
            }
        ],
    )
    save(
        "Witkoff traf Putin. Kushner war dabei.",
        published="2025-12-03T10:00:00+01:00",
        entities=[*MEET, {"name": "Kushner"}],
        events=[
            {"type": "talks", "trigger": "traf", "participants": ["Witkoff", "Putin", "Kushner"], "date": "2025-12-02"}
        ],
    )
    tables = [
        "actors",
        "actor_mentions",
        "actor_roles",
        "story_events",
        "event_sources",
        "story_quotes",
        "quote_sources",
    ]

    def snapshot() -> dict[str, list[tuple[object, ...]]]:
        return {t: sorted(tuple(r) for r in rstore.conn.execute(f"SELECT * FROM {t}")) for t in tables}

    before = snapshot()
    assert rebuild(rstore.conn) == 2
    assert snapshot() == before


def test_odd_input_does_not_break_resolution(rstore: Store, save: Save) -> None:
    save(
        "„ – “ «» ‚‘ <script>alert(1)</script> 山田太郎",
        entities=[{"name": "<script>alert(1)</script>"}, {"name": "山田太郎"}, {"name": "„ – “", "type": "ORG"}],
        quotes=[{"text": "«»"}],
        events=[{"type": "meeting", "trigger": "‚‘", "participants": ["„ – “"], "date": "XXXX-WXX"}],
    )
    assert rstore.conn.execute("SELECT count(*) FROM story_events").fetchone()[0] == 1


def test_day_of_accepts_only_calendar_days() -> None:
    assert day_of("2025-12-02T15:00") == "2025-12-02"
    assert day_of("2025-W49") is None
    assert day_of("2025-02-30") is None


def test_role_mention_as_speaker_is_the_one_actor_holding_that_role(rstore: Store, save: Save) -> None:
    a = save(
        "Außenministerin Beate Meinl-Reisinger reiste ab. „Wir bleiben dran“, sagte die Ministerin.",
        entities=[{"name": "Beate Meinl-Reisinger", "roles": ["Außenministerin"]}],
        quotes=[{"text": "Wir bleiben dran", "speaker": "Ministerin"}],
    )
    actor = _actor_of(rstore.conn, a, "Beate Meinl-Reisinger")
    assert rstore.conn.execute("SELECT actor_id FROM story_quotes").fetchone()[0] == actor


def test_role_mention_shared_by_two_people_stays_unresolved(rstore: Store, save: Save) -> None:
    save(
        "Ministerin Anna Berg und Ministerin Clara Voss trafen sich. „Wir bleiben dran“, sagte die Ministerin.",
        entities=[{"name": "Anna Berg", "roles": ["Ministerin"]}, {"name": "Clara Voss", "roles": ["Ministerin"]}],
        quotes=[{"text": "Wir bleiben dran", "speaker": "Ministerin"}],
    )
    assert rstore.conn.execute("SELECT actor_id FROM story_quotes").fetchone()[0] is None


def test_group_of_role_holders_is_not_the_one_actor_with_that_role(rstore: Store, save: Save) -> None:
    a = save(
        "Außenminister Karl Brandt sprach. Zwei Minister wurden entlassen.",
        entities=[{"name": "Karl Brandt", "roles": ["Außenminister"]}],
        events=[{"type": "dismissal", "trigger": "entlassen", "participants": ["zwei Minister"], "status": "happened"}],
    )
    brandt = _actor_of(rstore.conn, a, "Karl Brandt")
    linked = [r[0] for r in rstore.conn.execute("SELECT actor_id FROM event_actors")]
    assert brandt not in linked
