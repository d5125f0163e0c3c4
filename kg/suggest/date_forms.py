"""More written forms of dates for :func:`kg.suggest.when.find_dates` (``kg suggest``).

Forms of the news genre's English the main table lacks, each resolved against the
publication date as the others are:

- a month abbreviated before or after a day ("Aug. 12", "Sept. 3-4, 2025", "12 Sept"): as
  the full name would be (the capital is required: "mar" is a verb);
- "between September 10 and 12": the days from the first to the last;
- a span of two years written with a dash or slash ("in 2023-24", "fiscal year 2025/26",
  "2019–2021"): ``2023..2024``;
- "the first (second, third, fourth, last) week of August [2025]": those seven days, not
  the week before the publication that "last week" alone would be;
- "this morning", "this evening", "tonight": the day of publication; "yesterday
  afternoon", "last night": the day before; "tomorrow morning": the day after;
- "in August last year" ("next year"): that month of the year before (after) the
  publication's, not the last August that "in August" alone would be;
- "so far this year" ("this month so far"): from the year's (month's) first day up to the
  publication, not the whole year;
- "two weeks ago" (Monday to Sunday of the week of that day, as "last week" is), "a month
  ago" (that month);
- "November 1 that year", "in March that year": in the year the sentence wrote last
  before it (not relative to the publication); no date where it wrote none;
- "since Monday": from the last Monday up to the publication (as "since January" is),
  not the Monday alone; "since its campaign began in 2023", "since the war broke out in
  March 2022": from that year (month) up to the publication, as "since 2023" is;
- "the day before yesterday" (two days back, not yesterday), "Thursday last week", "next
  week on Monday" (that day of the week before or after the publication's), "at the
  weekend" (the last one, or the next in a clause of the future), "in recent days" (up to
  the publication, as "recently"), "in the past week", "over the last three days",
  "within the past 24 hours", "this past week" (those days up to the publication), "a
  year ago" (that year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from kg.suggest.date_links import day_year, year_of
from kg.suggest.english import (
    BEGAN,
    DAY_COUNT,
    DAY_COUNTS,
    DAY_PARTS,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTHS,
    WEEKDAYS,
    alternation,
)

_ABBR = rf"(?P<abbr>{'|'.join(a.capitalize() for a in MONTH_ABBREVIATIONS)})(?:\.|\b)"
_FULL = rf"(?P<full>{'|'.join(MONTHS)})"
_DASH = r"\s*[-–—]\s*"
_WEEKDAY = "|".join(WEEKDAYS)
_DAYTIME = alternation(set(DAY_PARTS) - {"night"})  # "tonight", "last night" apart
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}

PATTERNS: list[tuple[str, str]] = [
    ("abbr_md", rf"\b(?:on\s+)?{_ABBR}\s*(?P<d1>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?(?:,?\s+(?P<year>\d{{4}}))?\b(?![-–])"),  # noqa: E501
    ("abbr_dm", rf"\b(?:on\s+)?(?P<d1>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?\s+{_ABBR}(?:\s+(?P<year>\d{{4}}))?"),  # noqa: E501
    ("between_md", rf"\bbetween\s+{_FULL}\s+(?P<d1>\d{{1,2}})\s+and\s+(?P<d2>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b"),  # noqa: E501
    ("year_span", r"\b(?:in\s+|(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s*)?(?P<y1>(?:19|20)\d{2})(?:[-–/])(?P<y2>\d{4}|\d{2})\b(?![-–/]\d)"),  # noqa: E501
    ("week_of", rf"\b(?:in\s+|during\s+)?the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+{_FULL}(?:\s+(?P<year>\d{{4}}))?\b"),  # noqa: E501
    ("day_part", rf"\b(?:(?P<which>this|yesterday|tomorrow)\s+(?:{_DAYTIME})|(?P<night>tonight|last\s+night))\b"),  # noqa: E501
    ("month_of_year", rf"\b(?:in\s+)?(?:(?:late|early|mid)[-\s])?{_FULL}\s+(?:of\s+)?(?P<rel>last|next)\s+year\b"),  # noqa: E501
    ("so_far", r"\bso\s+far\s+this\s+(?P<unit>year|month)\b|\b(?:this|the)\s+(?P<unit2>year|month)\s+so\s+far\b"),  # noqa: E501
    ("ago", rf"\b(?P<n>{DAY_COUNT})\s+(?P<unit>week|month|year)s?\s+ago\b"),  # noqa: E501
    ("day_before_yesterday", r"\bthe\s+day\s+before\s+yesterday\b"),
    ("weekday_week", rf"\b(?:on\s+)?(?P<wd>{_WEEKDAY})\s+(?P<rel>last|next)\s+week\b|\b(?P<rel2>last|next)\s+week\s+on\s+(?P<wd2>{_WEEKDAY})\b"),  # noqa: E501
    ("at_weekend", r"\b(?:at|on|during)\s+the\s+weekend\b"),
    ("recent_span", r"\bin\s+recent\s+(?:days|weeks|months)\b"),
    ("past_span", rf"\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:(?P<n>{DAY_COUNT})\s+(?P<unit>hours|days|weeks)|(?P<one>week|month|24\s+hours|48\s+hours))\b(?!\s+of\b)|\bthis\s+past\s+(?P<one2>week|month)\b"),  # noqa: E501
    ("since_weekday", rf"\bsince\s+(?:last\s+)?(?P<wd>{_WEEKDAY})\b"),
    ("since_began", rf"\bsince\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){{1,3}}?(?:{alternation(BEGAN)})\s+in\s+(?:{_FULL}\s+)?(?P<year>\d{{4}})\b"),  # noqa: E501
    ("that_year", rf"\b(?:on\s+|in\s+)?{_FULL}(?:\s+(?P<d1>\d{{1,2}}))?\s+(?:of\s+)?that\s+year\b"),  # noqa: E501
]  # fmt: skip
"""The forms, by name: :func:`resolve` gives each its value."""


def resolve(name: str, match: re.Match[str], published: dt.date, future: bool) -> tuple[str, bool]:
    """The ``hasTime`` value of a form of :data:`PATTERNS` and whether it is relative to
    the publication (no year written); raises ValueError for no date (a lower-case
    abbreviation, a day that does not exist, years out of order)."""
    relative = name == "since_began" or (
        name not in ("year_span", "that_year") and not match.groupdict().get("year")
    )
    return RESOLVERS[name](match, published, future), relative


def _month(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("abbr"):
        if not groups["abbr"][0].isupper():
            raise ValueError(groups["abbr"])  # "mar", "dec": not months
        return MONTH_NUMBERS[groups["abbr"].lower()]
    if not groups["full"][0].isupper():
        raise ValueError(groups["full"])  # "may": a verb
    return MONTHS.index(groups["full"].lower()) + 1


def _days(match: re.Match[str], published: dt.date, future: bool) -> str:
    month, first = _month(match), int(match["d1"])
    year = int(match["year"]) if match["year"] else day_year(month, first, published, future)
    start = dt.date(year, month, first)
    if not match["d2"]:
        return str(start)
    end = dt.date(year, month, int(match["d2"]))
    if end <= start:
        raise ValueError(match[0])
    return f"{start}..{end}"


def _years(match: re.Match[str], published: dt.date, future: bool) -> str:
    first, last = int(match["y1"]), match["y2"]
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if len(last) == 2 and end != first + 1 or end <= first:
        raise ValueError(match[0])  # "2025-09" is a month, not a span of years
    return f"{first}..{end}"


def _week_of(match: re.Match[str], published: dt.date, future: bool) -> str:
    month = _month(match)
    if match["year"]:
        year = int(match["year"])
    elif future:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = year_of(month, published)
    last_day = calendar.monthrange(year, month)[1]
    nth = match["nth"].lower()
    first = last_day - 6 if nth in ("last", "final") else 1 + 7 * _NTH[nth]
    return f"{dt.date(year, month, first)}..{dt.date(year, month, first + 6)}"


def _day_part(match: re.Match[str], published: dt.date, future: bool) -> str:
    which = (match["which"] or match["night"]).lower()
    shift = {"yesterday": -1, "tomorrow": 1}.get(which, -1 if which.startswith("last") else 0)
    return str(published + dt.timedelta(days=shift))


def _month_of_year(match: re.Match[str], published: dt.date, future: bool) -> str:
    year = published.year + (1 if match["rel"].lower() == "next" else -1)
    return f"{year}-{_month(match):02d}"


def _so_far(match: re.Match[str], published: dt.date, future: bool) -> str:
    unit = (match["unit"] or match["unit2"]).lower()
    first = published.replace(month=1, day=1) if unit == "year" else published.replace(day=1)
    return f"{first}..{published}"


def _ago(match: re.Match[str], published: dt.date, future: bool) -> str:
    n = DAY_COUNTS.get(match["n"].lower()) or int(match["n"])
    if match["unit"].lower() == "year":
        return str(published.year - n)
    if match["unit"].lower() == "month":
        month = published.month - n
        year = published.year + (month - 1) // 12
        return f"{year}-{(month - 1) % 12 + 1:02d}"
    day = published - dt.timedelta(weeks=n)
    monday = day - dt.timedelta(days=day.weekday())
    return f"{monday}..{monday + dt.timedelta(days=6)}"


def _that_year(match: re.Match[str], published: dt.date, future: bool) -> str:
    years = re.findall(r"\b(?:19|20)\d{2}\b", match.string[: match.start()])
    if not years:
        raise ValueError(match[0])  # "that year" of no year written: no date
    month, year = _month(match), int(years[-1])
    return str(dt.date(year, month, int(match["d1"]))) if match["d1"] else f"{year}-{month:02d}"


def _since_weekday(match: re.Match[str], published: dt.date, future: bool) -> str:
    day = WEEKDAYS.index(match["wd"].lower())
    first = published - dt.timedelta(days=(published.weekday() - day) % 7)
    return f"{first}..{published}"


def _since_began(match: re.Match[str], published: dt.date, future: bool) -> str:
    month = f"-{MONTHS.index(match['full'].lower()) + 1:02d}" if match["full"] else ""
    return f"{match['year']}{month}..{published}"


def _before_yesterday(match: re.Match[str], published: dt.date, future: bool) -> str:
    return str(published - dt.timedelta(days=2))


def _weekday_week(match: re.Match[str], published: dt.date, future: bool) -> str:
    day = WEEKDAYS.index((match["wd"] or match["wd2"]).lower())
    step = 1 if (match["rel"] or match["rel2"]).lower() == "next" else -1
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    return str(monday + dt.timedelta(days=day))


def _at_weekend(match: re.Match[str], published: dt.date, future: bool) -> str:
    if future:
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7 or 7)
        return f"{saturday}..{saturday + dt.timedelta(days=1)}"
    return last_weekend(published)


def last_weekend(published: dt.date) -> str:
    """The last Saturday and Sunday up to ``published`` ("over the weekend", "at the
    weekend" in a clause of the past)."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return f"{saturday}..{min(saturday + dt.timedelta(days=1), published)}"


def _recent_span(match: re.Match[str], published: dt.date, future: bool) -> str:
    return f"..{published}"


_SPAN_DAYS = {"week": 7, "month": 30, "24 hours": 1, "48 hours": 2}


def _past_span(match: re.Match[str], published: dt.date, future: bool) -> str:
    one = " ".join((match["one"] or match["one2"] or "").lower().split())
    if one:
        days = _SPAN_DAYS[one]
    else:
        n = DAY_COUNTS.get(match["n"].lower()) or int(match["n"])
        unit = match["unit"].lower()
        days = n * 7 if unit == "weeks" else max(1, n // 24) if unit == "hours" else n
    return f"{published - dt.timedelta(days=days)}..{published}"


RESOLVERS: dict[str, Callable[[re.Match[str], dt.date, bool], str]] = {
    "abbr_md": _days,
    "abbr_dm": _days,
    "between_md": _days,
    "year_span": _years,
    "week_of": _week_of,
    "day_part": _day_part,
    "month_of_year": _month_of_year,
    "so_far": _so_far,
    "ago": _ago,
    "that_year": _that_year,
    "since_weekday": _since_weekday,
    "since_began": _since_began,
    "day_before_yesterday": _before_yesterday,
    "weekday_week": _weekday_week,
    "at_weekend": _at_weekend,
    "recent_span": _recent_span,
    "past_span": _past_span,
}
