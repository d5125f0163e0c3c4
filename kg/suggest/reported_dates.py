"""A date of the clause a saying verb reports without "that": the reported's, not the saying's."""

from __future__ import annotations

import re

from kg.suggest.date_scope import said_unmarked
from kg.suggest.english import SPEECH_VERBS
from kg.suggest.event_record import Event
from kg.suggest.text import Report


def give_to_reported(report: Report, events: list[Event]) -> None:
    """ "The agency said 61,300 Afghans returned in the last week of October": the date
    dates the returns (an event of the reported clause, after the saying verb and before
    the date, that has it too), and the saying loses it, to be bounded by the publication
    as an undated act is (docs/annotation.md). Where the reported clause names no event
    the text's date stays with the saying, for the reviewer to move ("She said police came
    to her home two weeks ago"). A saying in the present simple ("say", "denies") is the
    report's day's: a date after its verb is what it says, never its own."""
    for event in events:
        kept = []
        for date in event.dates:
            owner = [
                other
                for other in events
                if other is not event
                and other.sentence == event.sentence
                and event.end <= other.start < date.start
                and any(d.start == date.start and d.value == date.value for d in other.dates)
            ]
            if owner and said_unmarked((date.start, date.end), report.text, event.start):
                continue
            if date.start >= event.end and _present(report.text, event):
                continue  # "Aid agencies say the winter, which comes in November, ..."
            kept.append(date)
        event.dates = kept


_PRESENT = frozenset(v for v in SPEECH_VERBS if v.endswith("s") and not v.endswith("ss"))
_NOT_PRESENT = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n’t|n't)\s+\Z",
    re.IGNORECASE,
)
"""Words before a bare "say" that make it no present of the day: "will say", "did not say"."""


def _present(text: str, event: Event) -> bool:
    """Whether the saying at ``event`` is in the present simple: "says", "denies", or a
    bare "say" after its subject ("Aid agencies say"), not after "will", "to", "did not"."""
    if stance_of_the_day(event.trigger):
        return True
    return event.trigger.lower() == "say" and not _NOT_PRESENT.search(
        text[max(0, event.start - 12) : event.start]
    )


def stance_of_the_day(trigger: str) -> bool:
    """Whether a saying's trigger is in the present simple ("denies", "says", "insists",
    "rejects"): a stance held on the report's day, bounded by the publication alone (as
    docs/annotation.md bounds an undated act), not from the event it answers."""
    return trigger.lower() in _PRESENT
