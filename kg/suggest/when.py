"""Dates in a report's words, resolved against its publication date.

Each expression becomes the object of ``hasTime`` as the claims write it
(:mod:`kg.dates`): ``VALUE "wording" [relative]``, its precision the form of
the value ("in January" is a month, never the 1st). python-dateutil does the
calendar arithmetic (the last Wednesday on or before the publication, the
Monday of last week). Rules, most specific first:

- a span of days ("November 4-5", "on 4 and 5 November", "from 4 to 5 November");
- a day ("on 6 November", "November 6, 2024");
- a weekday ("on Wednesday", "Thursday"): the last such day on or before publication;
- "last week", "this week", "yesterday", "today", "tomorrow", "three days ago", "over the
  weekend", "next week", "a day after";
- "last month", "this month", "earlier this month" (its 1st to publication), "next month",
  "last year", "earlier this year" (1 January to publication);
- a month with a year ("in June 2022"), or without one ("in January", "in late
  December"): the last such month on or before publication;
- "from 1996 to 2001", "in the 1990s"; "since 2021", "since late 2023",
  "beginning in June 2022" (up to publication, as the annotations write
  "beginning in June 2022"); a year ("in 2021", "late 2001");
- "later this week/month/year" (from publication to its end);
- "in the coming weeks" (from publication on), "recently",
  "lately", "in the past months", "previously" (up to publication).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta, weekday
from dateutil.relativedelta import weekdays as _weekdays

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"  # noqa: E501
_DASH = r"\s*[-–—]\s*"
_PATTERNS: list[tuple[str, str]] = [
    ("days_md", rf"\b(?:from\s+|on\s+)?{_MONTH}\s+(?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}})\b"),
    (
        "days_dm",
        rf"\b(?:from\s+|on\s+)?(?P<d1>\d{{1,2}})\s*(?:and|to|{_DASH})\s*(?P<d2>\d{{1,2}})\s+{_MONTH}\b",
    ),
    ("day_dm", rf"\b(?:on\s+)?(?P<d1>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b"),
    (
        "day_md",
        rf"\b(?:on\s+)?{_MONTH}\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b(?!\s*[-–])",
    ),
    ("weekday", r"\b(?:on\s+|last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),  # noqa: E501
    ("last_week", r"\blast\s+week\b"),
    ("this_week", r"\bthis\s+week\b"),
    ("yesterday", r"\byesterday\b"),
    ("day_after", r"\ba\s+day\s+after\b"),
    ("today", r"\b(?:earlier\s+)?today\b"),
    ("tomorrow", r"\btomorrow\b"),
    ("days_ago", r"\b(?P<n>two|three|four|five|six|\d{1,2})\s+days\s+ago\b"),
    ("weekend", r"\b(?:over\s+the|last|this\s+past)\s+weekend\b"),
    ("next_week", r"\bnext\s+week\b"),
    ("early_month", r"\bearlier\s+this\s+month\b"),
    ("this_month", r"\bthis\s+month\b"),
    ("last_month", r"\blast\s+month\b"),
    ("next_month", r"\bnext\s+month\b"),
    ("early_year", r"\bearlier\s+this\s+year\b"),
    ("last_year", r"\blast\s+year\b"),
    ("decade", r"\b(?:in\s+)?the\s+(?P<year>\d{3}0)s\b"),
    ("years", r"\bfrom\s+(?P<year>\d{4})\s+(?:to|until|till)\s+(?P<year2>\d{4})\b"),
    ("since_month", rf"\b(?:since|beginning\s+in|starting\s+in|from)\s+{_MONTH}\s+(?P<year>\d{{4}})\b"),  # noqa: E501
    ("since_year", r"\b(?:since|beginning\s+in)\s+(?:(?:late|early|mid)[-\s])?(?P<year>\d{4})\b"),
    ("month_year", rf"\b(?:in\s+)?(?:(?:late|early|mid)[-\s])?{_MONTH}\s+(?P<year>\d{{4}})\b"),
    ("month", rf"\b(?:in\s+)?(?:(?:late|early|mid)[-\s])?{_MONTH}\b(?!\s+\d)"),
    ("year", r"\b(?:in\s+)?(?:(?:late|early|mid)[-\s])?(?P<year>(?:19|20)\d{2})\b"),
    ("coming", r"\bin\s+the\s+coming\s+(?:days|weeks|months)\b"),
    ("later", r"\blater\s+this\s+(?P<unit>week|month|year)\b"),
    ("recent", r"\b(?:recently|lately|in\s+the\s+past\s+(?:few\s+)?(?:days|weeks|months))\b"),
]  # fmt: skip
_COMPILED = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _PATTERNS]
_SPECIFICITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}


@dataclass(frozen=True)
class DateMention:
    """A date expression: its characters, the ``hasTime`` object and its precision."""

    start: int
    end: int
    value: str
    wording: str
    relative: bool
    confidence: float

    @property
    def time(self) -> str:
        """The object of a ``hasTime`` row."""
        text = self.value
        if self.wording:
            text += f' "{self.wording}"'
        return text + (" relative" if self.relative else "")


def find_dates(text: str, published: dt.date, offset: int = 0) -> list[DateMention]:
    """The date expressions in ``text`` (a sentence at ``offset``), left to right, no overlaps."""
    found: list[tuple[int, int, int, DateMention]] = []
    for name, pattern in _COMPILED:
        for match in pattern.finditer(text):
            mention = _resolve(name, match, published, offset)
            if mention is not None:
                found.append(
                    (match.start(), -(match.end() - match.start()), _SPECIFICITY[name], mention)
                )
        # longer and more specific expressions first
    found.sort(key=lambda f: (f[1], f[2], f[0]))
    taken: list[tuple[int, int]] = []
    kept: list[DateMention] = []
    for start, negative_length, _, mention in found:
        end = start - negative_length
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _resolve(
    name: str, match: re.Match[str], published: dt.date, offset: int
) -> DateMention | None:
    groups = match.groupdict()
    wording = match.group(0).strip()
    year = int(groups["year"]) if groups.get("year") else None
    month = _MONTHS.get((groups.get("month") or "").lower())
    value: str
    relative = False
    confidence = 0.9
    if groups.get("month") and not groups["month"][0].isupper():
        return None  # "march", "may": verbs
    try:
        if name in ("days_md", "days_dm"):
            assert month is not None
            y = _year_of(month, published)
            first = dt.date(y, month, int(groups["d1"]))
            last = dt.date(y, month, int(groups["d2"]))
            if last < first:
                return None
            value, relative = f"{first}..{last}", True
        elif name in ("day_dm", "day_md"):
            assert month is not None
            relative = year is None
            y = year or _year_of(month, published)
            value = str(dt.date(y, month, int(groups["d1"])))
        elif name == "weekday":
            wd: weekday = _weekdays[_WEEKDAYS.index(groups["wd"].lower())]
            value, relative = str(published + relativedelta(weekday=wd(-1))), True
        elif name == "last_week":
            monday = published + relativedelta(weekday=_weekdays[0](-1), weeks=-1)
            value, relative = f"{monday}..{monday + dt.timedelta(days=6)}", True
        elif name == "this_week":
            monday = published + relativedelta(weekday=_weekdays[0](-1))
            value, relative = f"{monday}..{published}", True
        elif name == "yesterday":
            value, relative = str(published - dt.timedelta(days=1)), True
        elif name == "day_after":
            value, relative, confidence = str(published - dt.timedelta(days=1)), True, 0.5
        elif name in _AROUND:
            value, relative = _AROUND[name](published, groups), True
        elif name == "decade":
            assert year is not None
            value = f"{year}..{year + 9}"
        elif name == "years":
            value = f"{year}..{groups['year2']}"
        elif name == "since_month":
            assert month is not None and year is not None
            value, relative = f"{year}-{month:02d}..{published}", True
        elif name == "since_year":  # ongoing: up to publication, as "since_month"
            value, relative = f"{year}..{published}", True
        elif name == "month_year":
            assert month is not None and year is not None
            value = f"{year}-{month:02d}"
        elif name == "month":
            assert month is not None
            if month == 5 and not re.match(r"(?i)in\b", wording):
                return None  # the verb "may"
            value, relative = f"{_year_of(month, published)}-{month:02d}", True
            confidence = 0.8
        elif name == "year":
            value = str(year)
        elif name == "coming":
            value, relative, confidence = f"{published}..", True, 0.7
        else:  # recent
            value, relative, confidence = f"..{published}", True, 0.6
    except ValueError:
        return None
    start, end = match.span()
    return DateMention(offset + start, offset + end, value, wording, relative, confidence)


def _weekend(published: dt.date) -> str:
    saturday = published + relativedelta(weekday=_weekdays[5](-1))
    return f"{saturday}..{min(saturday + dt.timedelta(days=1), published)}"


def _end_of(published: dt.date, unit: str) -> dt.date:
    """The last day of the publication's week, month or year."""
    end: dt.date = published.replace(month=12, day=31)
    if unit == "week":
        end = published + relativedelta(weekday=_weekdays[6](+1))
    elif unit == "month":
        end = published + relativedelta(day=31)
    return end


def _month(published: dt.date, months: int) -> str:
    first: dt.date = published.replace(day=1) + relativedelta(months=months)
    return f"{first.year}-{first.month:02d}"


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_AROUND: dict[str, Callable[[dt.date, dict[str, str]], str]] = {
    "today": lambda p, _: str(p),
    "tomorrow": lambda p, _: str(p + dt.timedelta(days=1)),
    "days_ago": lambda p, g: str(p - dt.timedelta(days=_NUMBERS.get(g["n"]) or int(g["n"]))),
    "weekend": lambda p, _: _weekend(p),
    "next_week": lambda p, _: (
        f"{p + relativedelta(weekday=_weekdays[0](+1), days=1)}.."
        f"{p + relativedelta(weekday=_weekdays[0](+1), days=1) + dt.timedelta(days=6)}"
    ),
    "early_month": lambda p, _: f"{p.replace(day=1)}..{p}",
    "this_month": lambda p, _: _month(p, 0),
    "last_month": lambda p, _: _month(p, -1),
    "next_month": lambda p, _: _month(p, 1),
    "early_year": lambda p, _: f"{p.replace(month=1, day=1)}..{p}",
    "last_year": lambda p, _: str(p.year - 1),
    "later": lambda p, g: f"{p}..{_end_of(p, g['unit'])}",
}
"""Dates counted from the publication ("today", "three days ago", "last month",
"earlier this year"), each to its own precision."""


def _year_of(month: int, published: dt.date) -> int:
    """The year of the last such month on or before publication."""
    return published.year if month <= published.month else published.year - 1


def undated(published: dt.date, words: str = "") -> str:
    """The ``hasTime`` of an event the text does not date: up to the publication, with
    the words that tell of it ("pledged") where given.

    >>> undated(dt.date(2025, 1, 9), "pledged")
    '..2025-01-09 "pledged" relative'
    """
    words = " ".join(words.replace('"', "").split())
    return f'..{published} "{words}" relative' if words else f"..{published} relative"
