"""Dates and the one date-window rule that every command applies.

A date keeps the precision its source gives: ``2025-01`` is the window
2025-01-01..2025-01-31, never a made-up day; ``2024-11-04..2024-11-05`` two
days; ``..2025-01-09`` "on or before 9 January 2025" (open before);
``2021..`` "from 2021" (open after). A :class:`DateRange` is what
``--since``/``--until`` ask for: from the first day of ``--since``'s window to
the last day of ``--until``'s. The rule (docs/cli.md and docs/views.md say it
in the same words):

- an event with no date is left out once a bound is given (the commands say
  how many were);
- the sources' dates of an event are taken together where they agree: the
  days all of them allow ("8 January 2025" and "January 2025" make 8 January;
  a source that gives two dates is held to both). Where they disagree (no day
  in common), each source's date is judged on its own, and the event is
  inside when any of them is;
- a date known at both ends is inside when its window overlaps the range:
  its width is the source's precision or the event's duration, so "January
  2025" is inside ``--since 2025-01-15``, and "2023 to 9 January 2025" inside
  January 2025;
- a date open on one side ("up to 9 January 2025", "from 2021") is inside
  only when its whole window lies in the range, so only when the range is
  open on that side too: "up to 9 January 2025" is inside ``--until 2025-01``
  but not inside January 2025, where it is merely possible.

This module imports nothing of the project but :mod:`kg.errors`; every
layer (the build, the lookups, the views, the export) may import it.

>>> parse_time('2025-01-08 "on Wednesday" relative').start.precision
'day'
>>> window("2025-01")
Window(first='2025-01-01', last='2025-01-31')
>>> january = date_range("2025-01", "2025-01")
>>> january.contains(window("2025-01")), january.contains(window("..2025-01-09"))
(True, False)
>>> date_range(None, "2025-01").contains(window("..2025-01-09"))
True
>>> date_range("2025-01-15", None).contains(window("2025-01"))
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from kg.errors import KgError

PRECISIONS = ("year", "month", "day")

_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?\Z")
_TIME = re.compile(
    r"""(?P<span>[0-9-]*(?:\.\.[0-9-]*)?)     # DATE, START..END, ..END or START..
        (?:\s+"(?P<wording>[^"]+)")?          # the source's wording
        (?:\s+(?P<relative>relative))?\s*\Z""",
    re.VERBOSE,
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


class DateRangeError(KgError):
    """A ``--since``/``--until`` bound is not a date, or ``--since`` is after ``--until``.

    A usage error (exit 2): the message names the option(s).
    """

    exit_code: ClassVar[int] = 2


# ---------------------------------------------------------------- dates as written


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True)
class TimeValue:
    """A date or a (possibly open) interval, with the source's wording."""

    start: PartialDate | None
    end: PartialDate | None
    wording: str = ""
    relative: bool = False

    @property
    def is_instant(self) -> bool:
        return self.start is not None and self.start == self.end

    @property
    def earliest(self) -> dt.date | None:
        return self.start.first_day() if self.start else None

    @property
    def latest(self) -> dt.date | None:
        return self.end.last_day() if self.end else None

    @property
    def key(self) -> str:
        """The value without its wording, as written: ``2024-11-04..2024-11-05``."""
        if self.is_instant:
            return str(self.start)
        return f"{self.start or ''}..{self.end or ''}"


def parse_date(text: str) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"not a date YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
    year = int(match["y"])
    month = int(match["m"]) if match["m"] else None
    day = int(match["d"]) if match["d"] else None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {text!r} ({exc})") from None
    return PartialDate(year, month, day)


def parse_time(text: str) -> TimeValue:
    """Parse the object of ``hasTime``: ``DATE | START..END [\"wording\"] [relative]``."""
    match = _TIME.match(text.strip())
    if not match or not match["span"]:
        raise ValueError(
            f'not a time (DATE or START..END, then optional "wording" and relative): {text!r}'
        )
    span = match["span"]
    if ".." in span:
        first, _, second = span.partition("..")
        start = parse_date(first) if first else None
        end = parse_date(second) if second else None
        if start is None and end is None:
            raise ValueError(f"an interval needs a start or an end: {text!r}")
        if start and end and start.first_day() > end.last_day():
            raise ValueError(f"interval ends before it starts: {text!r}")
    else:
        start = end = parse_date(span)
    return TimeValue(start, end, match["wording"] or "", bool(match["relative"]))


def precision(value: str) -> str:
    """The precision of a date as written: ``day``, ``month``, ``year``; ``a..b`` for spans.

    >>> precision("2025-01"), precision("2024-11-04..2024-11-05"), precision("..2025-01-09")
    ('month', 'day..day', '..day')
    """
    if ".." in value:
        low, high = value.split("..", 1)
        return f"{precision(low) if low else ''}..{precision(high) if high else ''}"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "unknown")


def describe(text: str) -> str:
    """A date or interval as a reader says it, with its precision.

    >>> describe("2024-11-04..2024-11-05")
    '4 November 2024 (day) to 5 November 2024 (day)'
    >>> describe("2021..")
    'from 2021 (year)'
    >>> describe("..2025-01-09")
    'up to 9 January 2025 (day)'
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


# ---------------------------------------------------------------- windows


class Window(NamedTuple):
    """The days a date covers: first and last ISO day, ``""`` for an open side."""

    first: str
    last: str


def window(text: str) -> Window:
    """The days a date or interval as written (``2025-01``, ``2021-08..2024-11-07``) covers.

    Raises ValueError for a text that is not a date.

    >>> window("2021..")
    Window(first='2021-01-01', last='')
    """
    value = parse_time(text)
    first = value.earliest.isoformat() if value.earliest else ""
    last = value.latest.isoformat() if value.latest else ""
    return Window(first, last)


def bound_window(text: str) -> Window:
    """The window of a command-line bound ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Raises ValueError for anything else.

    >>> bound_window("2024-02")
    Window(first='2024-02-01', last='2024-02-29')
    """
    date = parse_date(text.strip())
    return Window(date.first_day().isoformat(), date.last_day().isoformat())


def combine(firsts: Iterable[str], lasts: Iterable[str]) -> Window:
    """One window from several dates' first and last days (``""`` ignored).

    Where the dates agree their intersection is the tightest; where they
    conflict, their union. The projection gives a node this window for
    ordering and display; the rule judges each source's dates instead.

    >>> combine(["2025-01-01", "2025-01-08"], ["2025-01-31", "2025-01-08"])
    Window(first='2025-01-08', last='2025-01-08')
    """
    known_firsts = [f for f in firsts if f]
    known_lasts = [last for last in lasts if last]
    low = max(known_firsts, default="")
    high = min(known_lasts, default="")
    if low and high and low > high:
        low, high = min(known_firsts), max(known_lasts)
    return Window(low, high)


def combined(texts: Iterable[str]) -> Window:
    """:func:`combine` for dates as written.

    >>> combined(["2025-01", "2025-01-08"])
    Window(first='2025-01-08', last='2025-01-08')
    """
    windows = [window(t) for t in texts]
    return combine((w.first for w in windows), (w.last for w in windows))


Dated = Iterable[tuple[str, Iterable[str]]]
"""The dates of one event as written, each with the ids of the sources that give it."""


def source_windows(dates: Dated) -> dict[str, Window]:
    """Each source's window for one event: the days its dates share.

    A source that gives two dates is held to both: "May 2025" and "from 16
    May 2025" make 16..31 May. A text that is not a date is ignored.

    >>> source_windows([("2025-05", ["003"]), ("2025-05-16..", ["003"]), ("2025", ["000"])])
    {'003': Window(first='2025-05-16', last='2025-05-31'), '000': Window(first='2025-01-01', last='2025-12-31')}
    """  # noqa: E501
    firsts: dict[str, list[str]] = {}
    lasts: dict[str, list[str]] = {}
    for text, sources in dates:
        try:
            first, last = window(text)
        except ValueError:
            continue
        for source in sources:
            firsts.setdefault(source, []).append(first)
            lasts.setdefault(source, []).append(last)
    return {source: _common(firsts[source], lasts[source]) for source in firsts}


def _common(firsts: Iterable[str], lasts: Iterable[str]) -> Window:
    """The days every window allows (inverted when there are none); ``""`` for open."""
    return Window(
        max((f for f in firsts if f), default=""), min((f for f in lasts if f), default="")
    )


def judged_windows(dates: Dated) -> list[Window]:
    """The windows the rule judges for one event; inside a range when any of them is.

    One window, the days all the sources allow, where they agree; each
    source's window where they do not. None for an undated event. (A page
    that filters by date in the browser needs these and :meth:`DateRange.contains`.)

    >>> judged_windows([("2025-01-08", ["000"]), ("2025-01", ["003"])])
    [Window(first='2025-01-08', last='2025-01-08')]
    >>> judged_windows([("2024-11-04..2024-11-05", ["002"]), ("2024-11-06", ["004"])])
    [Window(first='2024-11-04', last='2024-11-05'), Window(first='2024-11-06', last='2024-11-06')]
    """
    windows = source_windows(dates)
    common = _common((w.first for w in windows.values()), (w.last for w in windows.values()))
    if common.first and common.last and common.first > common.last:  # the sources disagree
        return list(windows.values())
    return [common] if windows else []


# ---------------------------------------------------------------- the rule


@dataclass(frozen=True)
class DateRange:
    """What ``--since``/``--until`` ask for; no bound at all keeps everything.

    Make one with :func:`date_range`, which checks the bounds.
    """

    since: str | None = None
    until: str | None = None
    first: str = ""
    """The first day of ``since``'s window, ``""`` when open."""
    last: str = ""
    """The last day of ``until``'s window, ``""`` when open."""

    @property
    def bounded(self) -> bool:
        return bool(self.first or self.last)

    def contains(self, span: Window) -> bool:
        """Whether one date's window is inside the range, by the rule (module docstring)."""
        if not self.bounded:
            return True
        first, last = span
        if not first and not last:
            return False
        if not first:  # "up to LAST": inside only if all of it is
            return not self.first and last <= self.last
        if not last:  # "from FIRST"
            return not self.last and first >= self.first
        return (not self.first or last >= self.first) and (not self.last or first <= self.last)

    def holds(self, dates: Dated) -> bool:
        """Whether an event with these dates (each with its sources) is inside the range.

        An undated event is inside only a range with no bound.

        >>> january = date_range("2025-01", "2025-01")
        >>> january.holds([("2024-12", ["001"]), ("2024-12-30..2025-01-05", ["000"])])
        False
        >>> january.holds([("2024-11-04..2024-11-05", ["002"]), ("2025-01-08", ["004"])])
        True
        >>> january.holds([]), DateRange().holds([])
        (False, True)
        """
        if not self.bounded:
            return True
        return any(self.contains(span) for span in judged_windows(dates))

    def text(self) -> str:
        """The range as a reader says it: ``since January 2025 (month) until 2025 (year)``."""
        parts = []
        if self.since:
            parts.append(f"since {describe(self.since)}")
        if self.until:
            parts.append(f"until {describe(self.until)}")
        return " ".join(parts)

    def options(self) -> str:
        """The range as it was typed: ``--since 2025-01 --until 2025-02``."""
        parts = []
        if self.since:
            parts.append(f"--since {self.since}")
        if self.until:
            parts.append(f"--until {self.until}")
        return " ".join(parts)


def date_range(since: str | None, until: str | None) -> DateRange:
    """The range from ``--since`` and ``--until`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).

    Raises :class:`DateRangeError` naming the option for a bound that is not a
    date, and naming both when ``--since`` starts after ``--until`` ends.

    >>> date_range("2025-01", "2025")
    DateRange(since='2025-01', until='2025', first='2025-01-01', last='2025-12-31')
    >>> date_range("2025-02", "2025-01")
    Traceback (most recent call last):
    ...
    kg.dates.DateRangeError: --since 2025-02 is after --until 2025-01
    """
    first = _bound(since, "--since").first if since is not None else ""
    last = _bound(until, "--until").last if until is not None else ""
    if first and last and first > last:
        raise DateRangeError(f"--since {since} is after --until {until}")
    return DateRange(since, until, first, last)


def _bound(text: str, option: str) -> Window:
    try:
        return bound_window(text)
    except ValueError:
        raise DateRangeError(
            f"{option} {text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
