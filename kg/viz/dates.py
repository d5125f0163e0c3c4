"""Dates in the views: precision-aware windows, overlap and readable text.

A date keeps the precision its source gives: "January 2025" is the window
2025-01-01..2025-01-31, not a day. A view's date range keeps every event whose
window overlaps the range, so an event known only to the month is inside
``--since 2025-01-15``. An open bound ("recent", before the publication date)
is unbounded on that side.

>>> window("2025-01")
('2025-01-01', '2025-01-31')
>>> overlaps(("2025-01-01", "2025-01-31"), window("2025-01-15"), None)
True
>>> describe("2025-01")
'January 2025 (month)'
>>> describe("..2025-01-09")
'up to 9 January 2025 (day)'
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.values import PartialDate, parse_date, parse_time

Window = tuple[str, str]
"""First and last ISO day; ``""`` for an open side."""

_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def window(text: str) -> Window:
    """The days a date or interval as written (``2025-01``, ``2021-08..2024-11-07``) covers."""
    value = parse_time(text)
    first = value.earliest.isoformat() if value.earliest else ""
    last = value.latest.isoformat() if value.latest else ""
    return first, last


def bound_window(text: str) -> Window:
    """The window of a command-line bound ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Raises ValueError for anything else.

    >>> bound_window("2025")
    ('2025-01-01', '2025-12-31')
    """
    date = parse_date(text)
    return date.first_day().isoformat(), date.last_day().isoformat()


def overlaps(span: Window, since: Window | None, until: Window | None) -> bool:
    """Whether the span may fall in the range from ``since``'s first day to ``until``'s last.

    >>> overlaps(("", "2025-01-09"), ("2025-02-01", "2025-02-28"), None)
    False
    >>> overlaps(("", ""), ("2030-01-01", "2030-01-01"), None)
    True
    """
    first, last = span
    if since is not None and last and last < since[0]:
        return False
    return not (until is not None and first and first > until[1])


def combined(texts: Iterable[str]) -> Window:
    """One window for several dates of one node, as the projection combines them.

    Where the windows agree their intersection is the tightest; where they
    conflict, their union.

    >>> combined(["2025-01", "2025-01-08"])
    ('2025-01-08', '2025-01-08')
    """
    windows = [window(t) for t in texts]
    firsts = [w[0] for w in windows if w[0]]
    lasts = [w[1] for w in windows if w[1]]
    low = max(firsts) if firsts else ""
    high = min(lasts) if lasts else ""
    if low and high and low > high:
        low, high = min(firsts), max(lasts)
    return low, high


def describe(text: str) -> str:
    """A date or interval as a reader says it, with its precision.

    >>> describe("2024-11-04..2024-11-05")
    '4 November 2024 (day) to 5 November 2024 (day)'
    >>> describe("2021..")
    'from 2021 (year)'
    """
    try:
        value = parse_time(text)
    except ValueError:
        return text
    if value.start is not None and value.start == value.end:
        return _one(value.start)
    if value.start is None and value.end is not None:
        return f"up to {_one(value.end)}"
    if value.end is None and value.start is not None:
        return f"from {_one(value.start)}"
    assert value.start is not None and value.end is not None
    return f"{_one(value.start)} to {_one(value.end)}"


def _one(date: PartialDate) -> str:
    if date.month is None:
        words = f"{date.year}"
    elif date.day is None:
        words = f"{_MONTHS[date.month - 1]} {date.year}"
    else:
        words = f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return f"{words} ({date.precision})"
