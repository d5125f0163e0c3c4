"""Acts a dated saying reports in the past perfect end by the saying's day.

"The report, released on Monday, said that 40 partners had laid off staff": the lay-offs
came before the report, so they are bounded by its Monday (``..2026-12-14``), not by the
publication, nor dated that Monday. The past perfect ("had proposed", "had been held",
"had not met") in the clause of a saying verb told before it in its sentence puts the
act before the saying; a saying with a date (its own, or its occasion's:
:mod:`kg.suggest.occasions`) gives the bound. An act keeps a date of its own clause ("had
been detained in November", "that in March X had proposed"), but not the saying's ("said
on Tuesday that X had proposed") nor one of another reported clause ("said clinics had
closed since January and that partners had laid off staff": January dates the closures).
"""

from __future__ import annotations

import re

from kg.dates import window
from kg.suggest.english import SPEECH_VERBS, alternation
from kg.suggest.event_record import Event
from kg.suggest.text import Report

_HAD = re.compile(
    r"\bhad\s+(?:(?:not|never|already|also|just|earlier|previously)\s+)?(?:been\s+)?\Z",
    re.IGNORECASE,
)
"""The past perfect right before an act's trigger: "had proposed", "had been held"."""
_SPEECH = re.compile(rf"(?:{alternation(SPEECH_VERBS)})", re.IGNORECASE)
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


def bound_by_saying(report: Report, events: list[Event]) -> None:
    """Bounds each act told in the past perfect inside a dated saying's clause, with no
    date of its own clause, by the last day of that saying's date (``not_after``)."""
    for event in events:
        if event.not_after or event.inherited:
            continue
        if not _HAD.search(report.text[max(0, event.start - 40) : event.start]):
            continue
        found = _saying_of(report, events, event)
        date = found[0].date if found is not None else None
        if found is None or date is None or date.later:
            continue
        that = [m.end() for m in _THAT.finditer(report.text, found[1], event.start)]
        clause = that[-1] if that else found[1]  # where the act's clause opens
        own = [d for d in event.dates if d.start >= clause]
        if own:
            event.dates = own  # "had proposed a commission in March"
            continue
        try:
            last = window(date.value).last
        except ValueError:
            continue
        if last and (event.published is None or last <= str(event.published)):
            event.dates = []
            event.not_after = last


def _saying_of(report: Report, events: list[Event], event: Event) -> tuple[Event, int] | None:
    """The dated saying whose clause holds ``event`` and where its verb ends: the last
    event named before it in its sentence by a speech verb ("said", "told", "denied"; "He
    said" that goes on a remark told before), no sentence break or quote between."""
    found = []
    for other in events:
        if other is event or not other.dates:
            continue
        for index, start, end in [(other.sentence, other.start, other.end), *other.occurrences]:
            if (
                index == event.sentence
                and end <= event.start
                and _SPEECH.fullmatch(report.text[start:end].strip())
                and not re.search(r"[.;“”\"]", report.text[end : event.start])
            ):
                found.append((start, end, other))
    if not found:
        return None
    _, end, saying = max(found, key=lambda f: f[0])
    return saying, end
