"""Dates a sentence reads from another of its dates, and the year of a date without one.

Used by :func:`kg.suggest.when.find_dates`: "met on Saturday, three days after a clash"
(the clash three days before Saturday; "hours after": the same day); "The survey,
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
    rf"\b(?:(?P<n>an?|{DAY_COUNT})\s+(?P<unit>days?|weeks?)"
    r"|(?P<hours>hours|minutes))\s+(?P<way>after|before)\s+(?=\w)",
    re.IGNORECASE,
)
"""A time counted from the clause's date to another event named after it: "met on Saturday,
three days after a shootout", "told the Council on Wednesday, hours after X cleared", "met
on Monday, a day after arriving"."""


def counted(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "three days after a shootout", "hours after": the event named after it is dated from
    the single day told before it in the sentence (three days before Saturday; the same
    day for hours)."""
    added: list[DateMention] = []
    counted_again: set[int] = set()
    for match in _COUNT.finditer(text):
        start = offset + match.start()
        days = [m for m in mentions if m.end <= start and DAY.fullmatch(m.value)]
        over = [m for m in mentions if m.start < offset + match.end() and start < m.end]
        if not days or any(not _A_DAY_AFTER.fullmatch(m.wording) for m in over):
            continue  # "a day after" alone counts from the publication (when.py)
        counted_again.update(id(m) for m in over)
        n = 0
        if not match["hours"]:
            word = match["n"].lower()
            n = (1 if word in ("a", "an") else DAY_COUNTS.get(word) or int(word)) * (
                7 if match["unit"].lower().startswith("week") else 1
            )
        anchor = dt.date.fromisoformat(days[-1].value)
        day = (
            anchor - dt.timedelta(days=n)
            if match["way"].lower() == "after"
            else anchor + dt.timedelta(days=n)
        )
        wording = match.group(0).strip()
        end = offset + match.end()
        added.append(
            replace(
                days[-1],
                start=start,
                end=end - (len(match.group(0)) - len(match.group(0).rstrip())),
                value=str(day),
                wording=wording,
                confidence=0.6,
            )
        )
    kept = [m for m in mentions if id(m) not in counted_again]
    return sorted([*kept, *added], key=lambda m: m.start)


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
