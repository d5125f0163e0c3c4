"""Times a story counts from another of its events: "Three days earlier", "Later that day".

A feature tells its events out of order and dates some of them only from another one
("The ship docked on Friday. ... Three days earlier, it had been held at anchor"). Such
a time has no object of its own (not "three days before the vote", and not one after a
day its own sentence tells, "said on Tuesday that he had met X a day earlier", which
:func:`kg.suggest.when.find_dates` counts from that day); it is counted from
the first single day told before it in its paragraph, else in the nearest paragraph
before that tells one (its main event). A time found so dates the next ones in turn
("The previous week" after "Three days earlier" is the week before that day's week).
"Later that day", "earlier in the day", "the same day", "that evening" are on the day told
last before them ("a week later", "a day earlier" count as "three days earlier" does),
"in the same period" is the time told last before it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kg.suggest.date_links import AFTER_PREPOSITION, COUNTED_TIME, DAY, count_from, first_day
from kg.suggest.english import DAY_PARTS, alternation
from kg.suggest.text import Report
from kg.suggest.when import DateMention, find_dates

STORY_TIME = re.compile(
    rf"\b{COUNTED_TIME}"
    r"(?=\s*[,.;]|\s+(?:the|a|an|he|she|it|they|we|[A-Z]\w*)\s+\w+(?:ed|ent|ew|ook|ame)\b)",
    re.IGNORECASE,
)
"""A time with no object of its own, then a comma or a clause: "Three days earlier, the
ship had been", "The previous week, the ministry had sent", "the day before"."""
_OPENS = re.compile(r"(?:\A|[.!?”\"]\s+|\n|,\s+|\b(?:and|but)\s+)\Z")
"""Where such a time may stand: at the head of a sentence or clause, not "in the next week"."""
_ENDS = re.compile(r"\s*[.;]")
"""Or at the end of its clause: "He met the minister the next day.", "returned two days later."."""


def story_dates(report: Report) -> list[DateMention]:
    """The times of ``report`` counted from another event of the story, left to right."""
    pool: list[DateMention] = []
    for sentence in report.sentences:
        pool += find_dates(sentence.text, report.published, sentence.start)
    found: list[DateMention] = []
    for match in STORY_TIME.finditer(report.text):
        if not _OPENS.search(report.text[max(0, match.start() - 8) : match.start()]) and not (
            _ENDS.match(report.text, match.end())
            and not AFTER_PREPOSITION.search(
                report.text[max(0, match.start() - 12) : match.start()]
            )
        ):
            continue  # "He met X the next day." ends its clause; "in the next week" does not
        if _overlaps(match, pool):
            continue
        anchor = _anchor(report.text, match.start(), pool)
        if anchor is None:
            continue
        value = count_from(match, dt.date.fromisoformat(anchor.value))
        mention = replace(
            anchor,
            start=match.start(),
            end=match.end(),
            value=value,
            wording=match.group(0),
            relative=True,
            confidence=round(anchor.confidence * 0.6, 2),
            later=first_day(value) > report.published,
        )
        pool.append(mention)
        found.append(mention)
    for match in SAME_DAY.finditer(report.text):  # "Later that day", "the same day"
        if _SINCE.search(report.text[max(0, match.start() - 7) : match.start()]):
            continue  # "since that day": from then on
        if _overlaps(match, pool):
            continue
        day = _last_day(report.text, match.start(), pool)
        if day is not None:
            same = replace(day, start=match.start(), end=match.end(), wording=match.group(0),
                           relative=True, confidence=round(day.confidence * 0.6, 2))  # fmt: skip
            pool.append(same)
            found.append(same)
    for match in _SAME_PERIOD.finditer(report.text):  # "in the same period"
        if _overlaps(match, pool):
            continue
        told = [m for m in pool if m.end <= match.start() and not m.later]
        if told:
            last = max(told, key=lambda m: m.start)
            same = replace(last, start=match.start(), end=match.end(), wording=match.group(0),
                           confidence=round(last.confidence * 0.6, 2))  # fmt: skip
            pool.append(same)
            found.append(same)
    return sorted(found, key=lambda m: m.start)


_SAME_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|time|span|months|weeks|days)\b",
    re.IGNORECASE,
)
"""A period told again: "in the same period" is the time told last before it ("had left
Iran since March. ... returned from Iran in the same period": since March)."""


_DAY_PART = alternation(DAY_PARTS)
SAME_DAY = re.compile(
    rf"\b(?:(?:later|earlier)\s+(?:(?:that|the\s+same)\s+(?:day|{_DAY_PART})|in\s+the\s+day)"
    rf"|(?:on\s+)?the\s+same\s+day|that\s+(?:same\s+)?(?:day|{_DAY_PART}))"
    r"\b(?![’']s)",
    re.IGNORECASE,
)
"""A time on the day told last before it: "Later that day", "earlier in the day", "on the
same day", "that evening"."""
_SINCE = re.compile(r"\b(?:since|until|till|from|before|after)\s+\Z", re.IGNORECASE)


def _overlaps(match: re.Match[str], pool: list[DateMention]) -> bool:
    """Whether a date already found overlaps ``match`` (a date's own words are no other time)."""
    return any(m.start < match.end() and match.start() < m.end for m in pool)


def _days_before(start: int, pool: list[DateMention]) -> list[DateMention]:
    """The single past days of ``pool`` told before ``start``."""
    return [m for m in pool if m.end <= start and DAY.fullmatch(m.value) and not m.later]


def _last_day(text: str, start: int, pool: list[DateMention]) -> DateMention | None:
    """The last single past day told before ``start`` in its paragraph, else in the nearest
    paragraph before it that tells one (the day "later that day" is on)."""
    days = _days_before(start, pool)
    return max(days, key=lambda m: m.start) if days else None


def _anchor(text: str, start: int, pool: list[DateMention]) -> DateMention | None:
    """The first single past day told before ``start`` in its paragraph, else in the
    nearest paragraph before it that tells one."""
    days = _days_before(start, pool)
    if not days:
        return None
    paragraph = max(text.rfind("\n", 0, m.start) + 1 for m in days)
    return min((m for m in days if m.start >= paragraph), key=lambda m: m.start)
