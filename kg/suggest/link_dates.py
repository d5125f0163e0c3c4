"""Whether the dates two reports give one event fit (``kg suggest``'s linking).

Used by :func:`kg.suggest.linking.link`: dates a few days apart still fit, a closed
date that overlaps another confirms it, and a report cannot tell an act that began
after it was published.
"""

from __future__ import annotations

import datetime as dt

from kg.dates import window
from kg.suggest.event_record import Event


def later(event: Event, times: list[str]) -> bool:
    """The other reports date the candidate to begin after this report was published, and
    this report tells its event as past (not a plan reaching beyond its publication): a
    report cannot tell an act that began after it was written ("agreed" in August 2025 is
    not the agreement of March 2026)."""
    published = event.published
    if published is None:
        return False
    if event.date is not None:
        try:
            last = window(event.date.value)[1]
        except ValueError:
            return False
        if not last or last > published.isoformat():
            return False  # planned, or open on the later side
    firsts = []
    for time in times:
        try:
            first = window(time)[0]
        except ValueError:
            return False
        if first:
            firsts.append(first)
    return bool(firsts) and min(firsts) > published.isoformat()


def done_before(event: Event, times: list[str]) -> bool:
    """The event is told as a plan (:attr:`Event.planned`: "said he would meet X") and the
    other reports date the candidate to have ended before this report was published: a
    plan is not an act done already."""
    if not event.planned or event.published is None or not times:
        return False
    lasts = []
    for time in times:
        try:
            last = window(time)[1]
        except ValueError:
            return False
        if not last:
            return False
        lasts.append(last)
    return max(lasts) < event.published.isoformat()


def few_days(event: Event) -> bool:
    """The report dates the event to a few days (at most :data:`NEWS_DAYS`): news, which
    the register's events dated otherwise or not at all cannot confirm."""
    if event.date is None:
        return False
    try:
        first, last = window(event.date.value)
    except ValueError:
        return False
    if not first or not last:
        return False
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days < NEWS_DAYS


NEWS_DAYS = 7


def closed(event: Event, times: list[str], *, recent: bool = True) -> bool:
    """Both give a date closed on both sides, and the two overlap (an open "up to
    publication" says nothing); or both are recent (:func:`_recent`), unless ``recent``
    is false (plain statements and requests: the parties to one meeting make several in
    a day). Only dates specific enough tell one event (:func:`_telling`)."""
    date = event.date
    if date is not None and not (".." in date.value and "" in date.value.split("..")):
        first, last = window(date.value)
        for time in times:
            try:
                their_first, their_last = window(time)
            except ValueError:
                continue
            if their_first and their_last and their_first <= last and first <= their_last:
                if _telling(event, (first, last), (their_first, their_last)):
                    return True
    return recent and _recent(event, times)


def _telling(event: Event, mine: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Whether two overlapping windows tell one event: not a date of a few days inside a
    span of more than :data:`SPAN_DAYS` (one day of an ongoing flow), not two such spans
    ("in 2022" against "August 2021 to 2024"), and not a span of this report running up
    to its publication ("have held talks since January": several acts, none of them)."""
    here, there = _days(*mine), _days(*theirs)
    if there > SPAN_DAYS and (few_days(event) or here > SPAN_DAYS):
        return False
    published = event.published
    if here > SPAN_DAYS and published is not None:
        return mine[1] < str(published - dt.timedelta(days=SLACK_DAYS))
    return True


SPAN_DAYS = 31
"""A month: a span this long still confirms a date of a few days inside it ("last
week" against "in December")."""


def _days(first: str, last: str) -> int:
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


def _recent(event: Event, times: list[str]) -> bool:
    """This report dates the event on both sides, within :data:`SLACK_DAYS` before its
    publication, and one of ``times`` ends there too (another report told it undated, up
    to a publication of the same days, or dated it a day apart)."""
    date, published = event.date, event.published
    if date is None or published is None:
        return False
    low, high = str(published - dt.timedelta(days=SLACK_DAYS)), str(published)
    try:
        first, last = window(date.value)
    except ValueError:
        return False
    if not first or not last or not low <= last <= high:
        return False
    for time in times:
        try:
            their_first, their_last = window(time)
        except ValueError:
            continue
        if their_first and their_last and _days(their_first, their_last) > SPAN_DAYS:
            continue  # a span ending at another report's publication: a flow, no day of it
        if their_last and low <= their_last <= high:
            return True
    return False


SLACK_DAYS = 3
"""Reports may date one event a day or two apart (4-5 November against "on Wednesday",
the 6th): dates this close still fit."""


def dates_fit(event: Event, times: list[str]) -> bool:
    """The date of this event is within :data:`SLACK_DAYS` of some date the other
    reports give."""
    date = event.date
    if date is None or not times:
        return True
    try:
        first, last = _widened(date.value)
    except ValueError:
        return True
    for time in times:
        try:
            their_first, their_last = window(time)
        except ValueError:
            return True
        if (not their_first or not last or their_first <= last) and (
            not first or not their_last or first <= their_last
        ):
            return True
    return False


def _widened(value: str) -> tuple[str, str]:
    """The window of a date, :data:`SLACK_DAYS` wider on each closed side."""
    first, last = window(value)
    slack = dt.timedelta(days=SLACK_DAYS)
    low = (dt.date.fromisoformat(first) - slack).isoformat() if first else ""
    high = (dt.date.fromisoformat(last) + slack).isoformat() if last else ""
    return low, high
