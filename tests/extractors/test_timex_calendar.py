"""Calendar arithmetic behind the TIMEX3 values."""

from __future__ import annotations

from datetime import date

from lagebild.extractors import timex_calendar as cal


def test_easter_sundays() -> None:
    assert cal.easter(2025) == date(2025, 4, 20)
    assert cal.easter(2026) == date(2026, 4, 5)
    assert cal.easter(2000) == date(2000, 4, 23)


def test_iso_week_values_cross_the_year() -> None:
    assert cal.week_value(date(2025, 12, 1)) == "2025-W49"
    assert cal.week_value(date(2027, 1, 1)) == "2026-W53"
    assert cal.weekend_value(date(2025, 12, 6)) == "2025-W49-WE"


def test_impossible_dates_are_none() -> None:
    assert cal.safe_date(2025, 2, 31) is None
    assert cal.safe_date(2024, 2, 29) == date(2024, 2, 29)


def test_pick_follows_the_direction() -> None:
    ref = date(2025, 6, 1)
    options = [date(2024, 8, 20), date(2025, 8, 20), date(2026, 8, 20)]
    assert cal.pick(options, ref, 1) == date(2025, 8, 20)
    assert cal.pick(options, ref, -1) == date(2024, 8, 20)
    assert cal.pick(options, ref, 0) == date(2025, 8, 20)


def test_pick_keeps_a_close_date_against_a_far_tense_choice() -> None:
    ref = date(2025, 8, 19)
    options = [date(2024, 8, 14), date(2025, 8, 14), date(2026, 8, 14)]
    assert cal.pick(options, ref, 1) == date(2025, 8, 14)


def test_add_months_wraps_the_year() -> None:
    assert cal.add_months(2025, 12, 1) == (2026, 1)
    assert cal.add_months(2025, 1, -1) == (2024, 12)


def test_winter_is_labelled_with_its_january() -> None:
    assert cal.season_year("WI", date(2026, 1, 10), 0) == 2026
    assert cal.season_year("WI", date(2025, 12, 10), 0) == 2026
    assert cal.season_year("WI", date(2026, 3, 10), -1) == 2026
    assert cal.season_year("SU", date(2026, 3, 10), -1) == 2025


def test_day_within_its_week_and_month() -> None:
    assert cal.day_within("2025-12-09", "2025-W50")
    assert cal.day_within("2025-12-09", "2025-12")
    assert not cal.day_within("2025-12-09", "2025-W51")
    assert not cal.day_within("2025-W50", "2025-12") and not cal.day_within("2025-12-09", "2025-12-09")
