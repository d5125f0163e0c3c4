"""Dates in a report's words, resolved against its publication date.

Each expression becomes the object of ``hasTime`` as the claims write it
(:mod:`kg.dates`): ``VALUE "wording" [relative]``, its precision the form of
the value ("in January" is a month, never the 1st). python-dateutil does the
calendar arithmetic (the last Wednesday on or before the publication, the
Monday of last week). Rules, most specific first:

- a span of days ("November 4-5", "from January 11 to 14", "from 4 to 5 November");
- a day ("on 6 November", "November 6, 2024");
- a weekday ("on Wednesday", "Thursday"): the last such day on or before publication;
  two weekdays ("on Sunday and Monday", "from Monday to Wednesday"): the days between;
- "last week", "this week", "next week", "earlier this week", "last month", "this
  month", "next month", "earlier this month", "last year", "this year", "next year",
  "earlier this year", "yesterday", "today", "tomorrow", "three days ago", "over the
  weekend", "a day after";
- a month with a year ("in June 2022"), or without one ("in January", "in late
  December"): the last such month on or before publication;
- "from 1996 to 2001", "in the 1990s"; "since 2021", "since late 2023",
  "beginning in June 2022" (up to publication, as the annotations write
  "beginning in June 2022"); a year ("in 2021", "late 2001");
- "later this week/month/year" (from publication to its end);
- "in the coming weeks" (from publication on), "recently",
  "lately", "in the past months", "previously" (up to publication);
- more forms ("Aug. 12", "in 2023-24", "the last week of August", "this morning"):
  :mod:`kg.suggest.date_forms`.

A weekday or a month without a year in a clause that speaks of the future ("will
meet again in November", "is due to travel on Thursday", "the next round") is the
first such day or month on or after publication instead
(:mod:`kg.suggest.future_clauses`, which also tells which events a date can date). A
single day in a sentence that gives the length of a visit or of talks ("arrived on
Tuesday for a two-day visit") becomes the span of those days
(:mod:`kg.suggest.date_lengths`). Counted and "since" dates, and the year of a day
without one: :mod:`kg.suggest.date_links`. The ``hasTime`` of an event the text does not
date: :mod:`kg.suggest.undated_times`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta, weekday
from dateutil.relativedelta import weekdays as _weekdays

from kg.suggest import date_forms, english
from kg.suggest.date_lengths import lasting
from kg.suggest.date_links import (
    counted,
    day_year,
    first_day,
    since_kind,
    since_report,
    year_of,
)
from kg.suggest.english import DAY_COUNTS, DAY_PARTS, MONTHS, WEEKDAYS, alternation, counting
from kg.suggest.future_clauses import in_future

_MONTH = rf"(?P<month>{'|'.join(MONTHS)})"  # the patterns ignore case
_WEEKDAY = "|".join(WEEKDAYS)
_DASH = r"\s*[-–—]\s*"
_PATTERNS: list[tuple[str, str]] = [
    ("days_md", rf"\b(?:from\s+|on\s+)?{_MONTH}\s+(?P<d1>\d{{1,2}})(?:{_DASH}|\s+(?:to|through|until|till)\s+)(?P<d2>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b"),  # noqa: E501
    (
        "days_dm",
        rf"\b(?:from\s+|on\s+)?(?P<d1>\d{{1,2}})\s*(?:and|to|{_DASH})\s*(?P<d2>\d{{1,2}})\s+{_MONTH}\b",
    ),
    ("day_dm", rf"\b(?:on\s+)?(?P<d1>\d{{1,2}})\s+{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b"),
    (
        "day_md",
        rf"\b(?:on\s+)?{_MONTH}\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b(?!\s*[-–])",
    ),
    ("weekdays", rf"\b(?:on\s+|from\s+|between\s+)?(?P<wd>{_WEEKDAY})\s*(?:and|to|through|until|till|{_DASH})\s*(?P<wd2>{_WEEKDAY})\b"),  # noqa: E501
    ("weekday", rf"\b(?:(?:earlier|later|late|early)\s+)?(?:on\s+|last\s+|by\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?:{alternation(DAY_PARTS)}))?\b"),  # noqa: E501
    ("period", r"\b(?P<which>next|last|this|earlier\s+this)\s+(?P<unit>week|month|year)\b"),
    ("yesterday", r"\byesterday\b"),
    ("tomorrow", r"\btomorrow\b"),
    ("day_after", r"\ba\s+day\s+after\b"),
    ("today", r"\b(?:earlier\s+)?today\b"),
    ("days_ago", rf"\b(?P<n>{alternation(counting(2, 6))}|\d{{1,2}})\s+days\s+ago\b"),
    ("weekend", r"\b(?:over\s+the|last|this\s+past)\s+weekend\b"),
    ("decade", r"\b(?:in\s+)?the\s+(?P<year>\d{3}0)s\b"),
    ("years", r"\bfrom\s+(?P<year>\d{4})\s+(?:to|until|till)\s+(?P<year2>\d{4})\b"),
    ("since_month", rf"\b(?:since|beginning\s+in|starting\s+in|from)\s+{_MONTH}\s+(?P<year>\d{{4}})\b"),  # noqa: E501
    ("since_month_only", rf"\b(?:since|beginning\s+in|starting\s+in)\s+{_MONTH}\b(?!\s+\d)"),
    ("since_year", r"\b(?:since|beginning\s+in)\s+(?:(?:late|early|mid)[-\s])?(?P<year>\d{4})\b"),
    ("month_year", rf"\b(?:in\s+)?(?:(?:late|early|mid)[-\s])?{_MONTH}\s+(?P<year>\d{{4}})\b"),
    ("month", rf"\b(?:in\s+)?(?:(?:late|early|mid)[-\s])?{_MONTH}\b(?!\s+\d)"),
    ("year", r"\b(?:in\s+)?(?:(?:late|early|mid)[-\s])?(?P<year>(?:19|20)\d{2})\b"),
    ("coming", r"\bin\s+the\s+coming\s+(?:days|weeks|months)\b"),
    ("later", r"\blater\s+this\s+(?P<unit>week|month|year)\b"),
    ("recent", r"\b(?:recently|lately|in\s+the\s+past\s+(?:few\s+)?(?:days|weeks|months))\b"),
]  # fmt: skip
_PATTERNS += date_forms.PATTERNS  # "Aug. 12", "in 2023-24", "the last week of August"
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
    later: bool = False
    """It begins after the publication: only an event the text puts in the future
    ("will meet in November") takes it, not one it reports as done ("agreed to set up
    a working group next month": the agreement is not next month)."""
    anchor: int | None = None
    """For a time counted from a day told before it in its sentence, of its own clause ("a
    day earlier" in "said on Tuesday that he had met X a day earlier"), where that day
    begins: an event told after that day takes this time instead
    (:attr:`kg.suggest.event_record.Event.date`)."""

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
            mention = _resolve(name, match, published, offset, in_future(text, match.start()))
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
    kept = counted(sorted(kept, key=lambda m: m.start), text, offset, published)
    return lasting(since_report(kept, text, offset), text, offset)


def _resolve(  # noqa: PLR0912 (one branch a rule, in the order of the table)
    name: str, match: re.Match[str], published: dt.date, offset: int, future: bool = False
) -> DateMention | None:
    groups = match.groupdict()
    wording = match.group(0).strip()
    year = int(groups["year"]) if groups.get("year") else None
    month = english.MONTH_NUMBERS.get((groups.get("month") or "").lower())
    value: str
    relative = False
    confidence = 0.9
    if groups.get("month") and not groups["month"][0].isupper():
        return None  # "march", "may": verbs
    try:
        if name in ("days_md", "days_dm"):
            assert month is not None
            y = year or day_year(month, int(groups["d1"]), published, future)
            first = dt.date(y, month, int(groups["d1"]))
            last = dt.date(y, month, int(groups["d2"]))
            if last < first:
                return None
            value, relative = f"{first}..{last}", year is None
        elif name in ("day_dm", "day_md"):
            assert month is not None
            relative = year is None
            y = year or day_year(month, int(groups["d1"]), published, future)
            value = str(dt.date(y, month, int(groups["d1"])))
        elif name == "weekdays":
            first_wd, last_wd = _weekday(groups["wd"]), _weekday(groups["wd2"])
            length = (last_wd.weekday - first_wd.weekday) % 7
            if future:
                first = published + relativedelta(weekday=first_wd(+1))
                last = first + dt.timedelta(days=length)
            else:
                last = published + relativedelta(weekday=last_wd(-1))
                first = last - dt.timedelta(days=length)
            value, relative = f"{first}..{last}", True
        elif name == "weekday":
            wd = _weekday(groups["wd"])
            value, relative = str(published + relativedelta(weekday=wd(+1 if future else -1))), True
        elif name == "period":
            value, relative = (
                _period(groups["which"].lower().split()[0], groups["unit"].lower(), published),
                True,
            )
        elif name == "yesterday":
            value, relative = str(published - dt.timedelta(days=1)), True
        elif name == "tomorrow":
            value, relative = str(published + dt.timedelta(days=1)), True
        elif name == "day_after":
            value, relative, confidence = str(published - dt.timedelta(days=1)), True, 0.5
        elif name in _AROUND:
            value, relative = _AROUND[name](published, groups), True
        elif name == "decade":
            assert year is not None
            value = f"{year}..{year + 9}"
        elif name == "years":
            value = f"{year}..{groups['year2']}"
        elif name in ("since_month", "since_year") and since_kind(match) != "span":
            point = f"{year}-{month:02d}" if name == "since_month" else str(year)
            value = point if since_kind(match) == "point" else f"{point}.."
        elif name == "since_month":
            assert month is not None and year is not None
            value, relative = f"{year}-{month:02d}..{published}", True
        elif name == "since_month_only":  # "since January": the last one, up to publication
            assert month is not None
            value, relative = f"{year_of(month, published)}-{month:02d}..{published}", True
        elif name == "since_year":  # ongoing: up to publication, as "since_month"
            value, relative = f"{year}..{published}", True
        elif name == "month_year":
            assert month is not None and year is not None
            value = f"{year}-{month:02d}"
        elif name == "month":
            assert month is not None
            if month == 5 and not re.match(r"(?i)in\b", wording):
                return None  # the verb "may"
            y = _year_from(month, published) if future else year_of(month, published)
            value, relative = f"{y}-{month:02d}", True
            confidence = 0.8
        elif name == "year":
            value = str(year)
        elif name in date_forms.RESOLVERS:
            value, relative = date_forms.resolve(name, match, published, future)
        elif name == "coming":
            value, relative, confidence = f"{published}..", True, 0.7
        else:  # recent
            value, relative, confidence = f"..{published}", True, 0.6
    except ValueError:
        return None
    start, end = match.span()
    later = first_day(value) > published
    return DateMention(offset + start, offset + end, value, wording, relative, confidence, later)


def _end_of(published: dt.date, unit: str) -> dt.date:
    """The last day of the publication's week, month or year."""
    end: dt.date = published.replace(month=12, day=31)
    if unit == "week":
        end = published + relativedelta(weekday=_weekdays[6](+1))
    elif unit == "month":
        end = published + relativedelta(day=31)
    return end


_AROUND: dict[str, Callable[[dt.date, dict[str, str]], str]] = {
    "today": lambda p, _: str(p),
    "days_ago": lambda p, g: str(
        p - dt.timedelta(days=DAY_COUNTS.get(g["n"].lower()) or int(g["n"]))
    ),  # noqa: E501
    "weekend": lambda p, _: date_forms.last_weekend(p),
    "later": lambda p, g: f"{p}..{_end_of(p, g['unit'])}",
}
"""Dates counted from the publication ("today", "three days ago", "over the weekend",
"later this month"), each to its own precision; "last month", "next week" and the like
are :func:`_period`'s."""


def _year_from(month: int, published: dt.date) -> int:
    """The year of the first such month on or after publication."""
    return published.year if month >= published.month else published.year + 1


def _weekday(name: str) -> weekday:
    return _weekdays[WEEKDAYS.index(name.lower())]


def _period(which: str, unit: str, published: dt.date) -> str:
    """ "last month", "next week", "earlier this year": the period, or its part up to
    publication ("this week" and "earlier this ...": it has not ended yet)."""
    step = {"last": -1, "this": 0, "next": 1, "earlier": 0}[which]
    if unit == "week":
        monday = published + relativedelta(weekday=_weekdays[0](-1), weeks=step)
        end = published if which in ("this", "earlier") else monday + dt.timedelta(days=6)
        return f"{monday}..{end}"
    if unit == "month":
        first = published.replace(day=1) + relativedelta(months=step)
        return f"{first}..{published}" if which == "earlier" else f"{first:%Y-%m}"
    year = published.year + step
    return f"{year}-01-01..{published}" if which == "earlier" else str(year)
