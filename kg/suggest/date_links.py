"""Dates a sentence reads from another of its dates, and the year of a date without one.

Used by :func:`kg.suggest.when.find_dates`: "met on Saturday, three days after a clash"
(the clash three days before Saturday; "hours after": the same day); "told reporters on
Tuesday that he had met X a day earlier" (the meeting on Monday: a count with no event
after it dates its own clause, from the day told before it; :mod:`kg.suggest.story_time`
counts such words in a sentence with no day of its own); "The survey,
published on Monday, said 300 schools had shut since May" (since May up to that Monday);
"the fourth since May 2023" (May 2023 itself) and "in force since April 2023" (no end);
a day without a year is the last such day, or the coming one where the last is over ten
months back and the next within two.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekdays as _weekdays

from kg.suggest.date_scope import IN_FORCE, ONSET, ORDINAL
from kg.suggest.english import DAY_COUNT, DAY_COUNTS, SAYING, alternation

if TYPE_CHECKING:
    from kg.suggest.when import DateMention

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A date value that is one single day (``fullmatch``: not a span, month or year)."""


_SAYS = re.compile(
    rf"\b(?:{alternation((*SAYING, 'reports', 'showed', 'shows', 'found', 'finds'))})\b"
)
"""What a report or survey says, and the verbs of what a document shows or found."""
_SAYS_ON = re.compile(rf"{_SAYS.pattern}\s+\Z")
"""A saying verb right before its date: "said on Wednesday that ..."."""
_COUNT = re.compile(
    rf"\b(?:(?P<n>an?|{DAY_COUNT})\s+(?P<unit>days?|weeks?)|the\s+day"
    r"|(?P<hours>hours|minutes))\s+(?P<way>after|before)\s+(?=\w)",
    re.IGNORECASE,
)
"""A time counted from the clause's date to another event named after it: "met on Saturday,
three days after a shootout", "told the Council on Wednesday, hours after X cleared", "met
on Monday, a day after arriving", "met on Monday, the day before the summit opened"."""
COUNTED_TIME = (
    rf"(?:(?P<n>an?|{DAY_COUNT})\s+(?P<unit>days?|weeks?)\s+(?P<way>earlier|later|before|after)"
    r"|the\s+(?P<which>previous|preceding|following|next)\s+(?P<period>day|week|month)"
    r"|the\s+day\s+(?P<side>before|after))"
)
"""A time with no object of its own, counted from a day told before it: "three days
earlier", "a week later", "the previous day", "the day before" (a regex's text; its groups
read by :func:`count_from`)."""
_TOLD_COUNT = re.compile(rf"\b{COUNTED_TIME}(?!\s+than\b)", re.IGNORECASE)
AFTER_PREPOSITION = re.compile(r"\b(?:in|within|over|during|for|by|until|till)\s+\Z", re.I)
"""A preposition that makes the words of a counted time a stretch: "in the next week"."""


def count_from(match: re.Match[str], anchor: dt.date) -> str:
    """The value of a time of :data:`COUNTED_TIME` counted from the day ``anchor``: "three
    days earlier" three days before it, "the previous week" the week before its week."""
    if match["n"]:
        n = _days(match)
        back = match["way"].lower() in ("earlier", "before")
        return str(anchor - dt.timedelta(days=n) if back else anchor + dt.timedelta(days=n))
    if match["side"]:
        step = -1 if match["side"].lower() == "before" else 1
        return str(anchor + dt.timedelta(days=step))
    step = -1 if match["which"].lower() in ("previous", "preceding") else 1
    period = match["period"].lower()
    if period == "day":
        return str(anchor + dt.timedelta(days=step))
    if period == "month":
        return f"{anchor + relativedelta(day=1, months=step):%Y-%m}"
    monday = anchor + relativedelta(weekday=_weekdays[0](-1), weeks=step)
    return f"{monday}..{monday + dt.timedelta(days=6)}"


def _days(match: re.Match[str]) -> int:
    """The days a count names: "a day" 1, "three days" 3, "two weeks" 14, "the day" 1."""
    word = (match["n"] or "a").lower()
    n = 1 if word in ("a", "an") else DAY_COUNTS.get(word) or int(word)
    return n * (7 if (match["unit"] or "").lower().startswith("week") else 1)


def _of_another(match: re.Match[str], anchor: dt.date) -> str:
    """The day of the event a :data:`_COUNT` names after it: "three days after a shootout"
    three days before ``anchor``, "the day before the summit opened" the day after it,
    "hours after" on it."""
    n = 0 if match["hours"] else _days(match)
    back = match["way"].lower() == "after"
    return str(anchor - dt.timedelta(days=n) if back else anchor + dt.timedelta(days=n))


def counted(
    mentions: list[DateMention], text: str, offset: int, published: dt.date
) -> list[DateMention]:
    """Times counted from the single day told before them in the sentence: "three days after
    a shootout", "hours after" date the event named after them (three days before Saturday;
    the same day for hours); "told reporters on Tuesday that he had met X a day earlier",
    "arrived on Monday and met X a day later", "the previous week" date their own clause
    (Monday; Tuesday), each with its own words."""
    found = [(m, _of_another) for m in _COUNT.finditer(text)]
    found += [(m, count_from) for m in _TOLD_COUNT.finditer(text) if _alone(m)]
    added: list[DateMention] = []
    counted_again: set[int] = set()
    for match, count in sorted(found, key=lambda f: f[0].start()):
        start = offset + match.start()
        days = [m for m in mentions if m.end <= start and DAY.fullmatch(m.value)]
        over = [m for m in mentions if m.start < offset + match.end() and start < m.end]
        if not days or any(not _A_DAY_AFTER.fullmatch(m.wording) for m in over):
            continue  # "a day after" alone counts from the publication (when.py)
        counted_again.update(id(m) for m in over)
        value = count(match, dt.date.fromisoformat(days[-1].value))
        wording = match.group(0).strip()
        added.append(
            replace(
                days[-1],
                start=start,
                end=start + len(match.group(0).rstrip()),
                value=value,
                wording=wording,
                confidence=0.6,
                later=first_day(value) > published,
                anchor=days[-1].start if count is count_from else None,
            )
        )
    kept = [m for m in mentions if id(m) not in counted_again]
    return sorted([*kept, *added], key=lambda m: m.start)


def first_day(value: str) -> dt.date:
    """The first day of a value ("2025-09" is 1 September); an open start is the past.

    >>> first_day("2025-09..2025-10"), first_day("..2025-01-09")
    (datetime.date(2025, 9, 1), datetime.date(1, 1, 1))
    """
    first = value.split("..")[0]
    if not first:
        return dt.date.min
    parts = [int(p) for p in first.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _alone(match: re.Match[str]) -> bool:
    """Whether a counted time names no event after it ("a day earlier.", "the day before,";
    not "the day before the summit", a :data:`_COUNT`), and is no stretch ("in the next
    week")."""
    after = re.match(r"\s*(\w?)", match.string[match.end() :])
    ends = (match["way"] or match["side"] or "").lower() not in ("before", "after")
    before = match.string[max(0, match.start() - 12) : match.start()]
    return (ends or not (after and after[1])) and not AFTER_PREPOSITION.search(before)


_A_DAY_AFTER = re.compile(r"a\s+day\s+after", re.IGNORECASE)


def since_report(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "The report, released on Monday, said 1,140 clinics had closed since January", "The
    ministry said on Wednesday that 9,000 had left since 2023": a "since" span up to the
    publication ends instead on the day of the report or remark that tells it, told before
    it in the sentence."""
    out = []
    for mention in mentions:
        head, _, tail = mention.value.partition("..")
        if mention.wording.lower().startswith("since") and head and tail:
            said = [
                m
                for m in mentions
                if m.end <= mention.start
                and DAY.fullmatch(m.value)
                and not m.later
                and (
                    _SAYS.search(text[m.end - offset : mention.start - offset])
                    or _SAYS_ON.search(text[max(0, m.start - offset - 20) : m.start - offset])
                )
            ]
            if said and said[-1].value < tail:
                mention = replace(mention, value=f"{head}..{said[-1].value}")
        out.append(mention)
    return out


def since_kind(match: re.Match[str]) -> str:
    """How a "since" date with its year reads: ``"point"`` after an ordinal ("the fourth
    since May 2023": the first of them was then) or a state's onset ("has had no embassy
    since August 2021": :data:`kg.suggest.date_scope.ONSET`), ``"open"`` after "in force"
    (a state that goes on past the publication), else ``"span"`` (up to the publication)."""
    if not match.group(0).lower().startswith("since"):
        return "span"
    before = match.string[max(0, match.start() - 40) : match.start()]
    if ORDINAL.search(before) or ONSET.search(before):
        return "point"
    return "open" if IN_FORCE.search(before) else "span"


def year_of(month: int, published: dt.date) -> int:
    """The year of the last such month on or before publication."""
    return published.year if month <= published.month else published.year - 1


def day_year(month: int, day: int, published: dt.date, future: bool) -> int:
    """The year of a day written without one: the first such day on or after publication
    in a clause that speaks of the future, else the last one on or before it, unless that
    is over ten months back and the next one within two months ("to travel from January
    11 to 14" in a December report is the coming January).

    >>> day_year(1, 11, dt.date(2026, 12, 17), False)
    2027
    >>> day_year(12, 28, dt.date(2027, 1, 19), False)
    2026
    """
    past = year_of(month, published)
    if past == published.year and (month, day) > (published.month, published.day):
        past -= 1
    after = past + 1
    try:
        back = (published - dt.date(past, month, day)).days
        ahead_days = (dt.date(after, month, day) - published).days
    except ValueError:  # 29 February
        return past
    return after if (future and back > 0) or (back > 300 and ahead_days <= 62) else past
