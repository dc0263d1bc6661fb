"""Calendar arithmetic and TIMEX3 value strings, independent of any language."""

from __future__ import annotations

import re
from datetime import date, timedelta

# A date chosen by tense more than half a year away yields to one within two months of the reference.
_FAR_DAYS = 183
_NEAR_DAYS = 62
# Months of each season, for deciding which year an unqualified season means.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_value(saturday: date) -> str:
    return week_value(saturday) + "-WE"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_within(inner: str, outer: str) -> bool:
    """Whether the day value ``inner`` lies inside the other value ``outer``, its ISO week
    ("2025-12-09" in "2025-W50"), its month ("2025-12") or its year ("2025")."""
    if inner == outer or not _DAY_VALUE.fullmatch(inner):
        return False
    try:
        d = date.fromisoformat(inner)
    except ValueError:
        return False
    return outer in (month_value(d.year, d.month), week_value(d), f"{d.year:04d}")


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for an impossible one (31.02.) or a year outside the calendar."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def shift(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    x = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * x) // 451
    month, day = divmod(h + x - 7 * m + 114, 31)
    return date(year, month, day + 1)


def pick(candidates: list[date], ref: date, direction: int, *, strict: bool = False) -> date:
    """The candidate a text means: the last one up to ``ref`` when it looks back, the first from
    ``ref`` on when it looks forward, else the nearest (the later one on a tie).

    ``strict``: the direction is certain (a past tense in the expression's own clause), so the
    calendar's nearest candidate does not overrule it.
    """
    candidates = sorted(candidates)
    nearest = min(candidates, key=lambda c: (abs((c - ref).days), -c.toordinal()))
    chosen = nearest
    if direction < 0:
        before = [c for c in candidates if c <= ref]
        chosen = before[-1] if before else nearest
    elif direction > 0:
        after = [c for c in candidates if c >= ref]
        chosen = after[0] if after else nearest
    # Tense is a weak signal against the calendar: "soll am 14. August ... haben" (reported, not
    # future) written on 19 August means five days ago, not next year.
    if not strict and abs((chosen - ref).days) > _FAR_DAYS and abs((nearest - ref).days) <= _NEAR_DAYS:
        return nearest
    return chosen


def season_year(season: str, ref: date, direction: int) -> int:
    """The year of an unqualified season: the current one unless the clause points past it.

    A winter is labelled with the year of its January and February.
    """
    if season == "WI":
        if ref.month == 12:
            return ref.year + 1
        if ref.month <= 2:
            return ref.year
        if direction > 0 or (direction == 0 and ref.month >= 7):
            return ref.year + 1
        return ref.year
    first, last = _SEASON_MONTHS[season]
    if direction < 0 and ref.month < first:
        return ref.year - 1
    if direction > 0 and ref.month > last:
        return ref.year + 1
    return ref.year
