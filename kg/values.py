"""Literal values of annotation objects: partial dates, time spans, quantities.

>>> parse_time('2025-01-08 "on Wednesday" relative').start.precision
'day'
>>> str(parse_quantity(">=46 person").amount)
'46'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

PRECISIONS = ("year", "month", "day")

_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?\Z")
_TIME = re.compile(
    r"""(?P<span>[0-9-]*(?:\.\.[0-9-]*)?)     # DATE, START..END, ..END or START..
        (?:\s+"(?P<wording>[^"]+)")?          # the source's wording
        (?:\s+(?P<relative>relative))?\s*\Z""",
    re.VERBOSE,
)
_QUANTITY = re.compile(r"(?P<qualifier>~|>=|<=|>|<)?(?P<amount>\d+(?:\.\d+)?)\s+(?P<unit>[a-z]+)\Z")
QUALIFIER_SYMBOLS = ("=", "~", ">", ">=", "<", "<=")


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


@dataclass(frozen=True)
class QuantityValue:
    """An amount of a unit, possibly approximate or bounded."""

    amount: Decimal
    unit: str
    qualifier: str = "="

    @property
    def key(self) -> str:
        prefix = "" if self.qualifier == "=" else self.qualifier
        return f"{prefix}{self.amount} {self.unit}"


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


def parse_quantity(text: str) -> QuantityValue:
    """Parse ``[~|>|>=|<|<=]NUMBER UNIT``, e.g. ``~1000000 person``."""
    match = _QUANTITY.match(text.strip())
    if not match:
        raise ValueError(f"not a quantity ([~|>|>=|<|<=]NUMBER UNIT, e.g. '300 tonne'): {text!r}")
    return QuantityValue(Decimal(match["amount"]), match["unit"], match["qualifier"] or "=")


def parse_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return value


def parse_integer(text: str) -> int:
    if not re.fullmatch(r"-?\d+", text):
        raise ValueError(f"not an integer: {text!r}")
    return int(text)


def parse_boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(f"not a boolean (true or false): {text!r}")
    return text == "true"
