"""The points of an agreement set out as a list ("the two sides agreed to:"), one event a point.

docs/annotation.md keeps one event a real-world act; a joint statement that lists
what the sides agreed ("agreed to:" and a line a point) records an agreement a
point, each with the sides that agreed and the date of their agreeing. A point
that holds talks of its own ("- hold their next meeting in Kabul") is that meeting,
not an agreement besides; one that names a project or a body to set up is an
agreement still.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.event_record import TALKS, Event
from kg.suggest.text import Report

AGREEMENT = "Agreement"

_LEAD = re.compile(
    r"\b(?:agreed|agree|agrees|decided|resolved)(?:\s+(?:to|on|upon))?"
    r"(?:\s+the\s+following(?:\s+points)?)?\s*:\s*\Z",
    re.IGNORECASE,
)
"""A sentence that ends in "agreed to:", "agreed on the following:": a list follows."""
_POINT = re.compile(r"[ \t]*(?:[-–—•*▪]|\d{1,2}[.)]|\([a-z\d]\))[ \t]+(?P<point>[^\n]*\S)")
"""A line that is a point of a list: a dash, a bullet or a number, then the point."""
_TAIL = re.compile(r"[\s;,.]*(?:and|or)?[\s;,.]*\Z", re.IGNORECASE)


def points(report: Report, lead: int) -> Iterator[tuple[int, int]]:
    """The characters of each point of the list after the sentence that ends at
    character ``lead``: consecutive lines that open with a dash, bullet or number,
    without the mark and the closing ";", "." or "; and"."""
    at = report.text.find("\n", lead)
    while at >= 0:
        match = _POINT.match(report.text, at + 1)
        if match is None:
            return
        start, end = match.span("point")
        end = start + len(_TAIL.sub("", report.text[start:end]))
        if end > start:
            yield start, end
        at = report.text.find("\n", match.end())


def in_a_list(text: str, offset: int) -> bool:
    """Whether character ``offset`` is inside a point of a list that "agreed to:" opens
    (the lines before its own up to the lead are points too)."""
    start = text.rfind("\n", 0, offset) + 1
    if _POINT.match(text, start) is None:
        return False
    while start > 0:
        start = text.rfind("\n", 0, start - 1) + 1
        line = text[start : text.find("\n", start)]
        if _POINT.match(line) is None:
            return bool(_LEAD.search(line.rstrip()))
    return False


def agreement_points(report: Report, events: list[Event]) -> list[Event]:
    """``events`` with an agreement for each point without talks of its own of a list
    that "agreed to:" opens, after the agreement that holds the lead; each has that
    agreement's actors (found with its "agreed"), dates and parent. An agreement that
    the lead opens (no earlier sentence names it) is the list's first point."""
    result = list(events)
    for sentence in report.sentences:
        if not _LEAD.search(sentence.text):
            continue
        lead = _agreeing(events, sentence.index, sentence.start, sentence.end)
        if lead is None:
            continue
        said = next((s, e) for i, s, e in lead.occurrences if i == sentence.index)
        made: list[Event] = []
        for start, end in points(report, sentence.end):
            if any(
                start <= s < end and e.cls in TALKS for e in events for _, s, _ in e.occurrences
            ):
                continue  # "- hold their next meeting": that meeting
            point = Event(
                AGREEMENT, report.sentence_at(start).index, start, end, report.text[start:end],
                confidence=0.5, actors=list(lead.actors), dates=list(lead.dates),
                parent=lead.parent, inherited=lead.inherited, published=report.published,
            )  # fmt: skip
            point.occurrences.append((point.sentence, start, end))
            point.anchors = {m.start: said for _, m in lead.actors}
            made.append(point)
        if lead.occurrences[0][0] == sentence.index:
            made = made[1:]  # the agreement opened by the lead is its first point
        at = result.index(lead) + 1
        result[at:at] = made
    return _coordinated(report, result)


_AND_TO = re.compile(
    r"(?:\s+(?:on|in|at|last|this|\w+day)\b){0,2}\s+to\s+[a-z][^.;:\n]*?,?\s+and\s+"
    r"(?:also\s+)?to\s+(?P<point>[a-z][^.;:\n]*[^\s.;:,])"
)
"""After "agreed" (and "on Monday"): a second infinitive after "and to" ("agreed to reopen
the road and to set up a hotline"), the second point, up to the end of the clause."""


def _coordinated(report: Report, events: list[Event]) -> list[Event]:
    """``events`` with, after an agreement "to X and to Y", a second agreement for Y (one
    event a point, as of a list), with the first's actors, dates and parent; a point that
    holds talks ("and to meet again") is that meeting."""
    result: list[Event] = []
    for event in events:
        result.append(event)
        match = _AND_TO.match(report.text, event.end) if event.cls == AGREEMENT else None
        if match is None or not re.fullmatch(r"agree[ds]?", event.trigger, re.IGNORECASE):
            continue
        start, end = match.span("point")
        if any(start <= s < end and e.cls in TALKS for e in events for _, s, _ in e.occurrences):
            continue
        point = Event(
            AGREEMENT, event.sentence, start, end, report.text[start:end], confidence=0.5,
            actors=list(event.actors), dates=list(event.dates), parent=event.parent,
            inherited=event.inherited, published=report.published,
        )  # fmt: skip
        point.occurrences.append((event.sentence, start, end))
        point.anchors = {m.start: (event.start, event.end) for _, m in event.actors}
        result.append(point)
    return result


def _agreeing(events: list[Event], sentence: int, start: int, end: int) -> Event | None:
    """The agreement one of whose triggers stands in the lead sentence."""
    for event in events:
        if event.cls == AGREEMENT and any(
            i == sentence and start <= s < end for i, s, _ in event.occurrences
        ):
            return event
    return None
