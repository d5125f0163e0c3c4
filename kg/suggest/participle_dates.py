"""A participle after a comma with a date of its own phrase takes that date, not the main verb's."""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.text import Report

_OPENS = re.compile(r",\s+(?:[a-z]+ly\s+)?\Z")
"""A comma, and at most an adverb, right before a participle: ", setting a deadline"."""


def participle_dates(report: Report, events: list[Event]) -> None:
    """ "Pakistan ordered them to leave in 2023, setting a deadline of November 1 that
    year": an event whose trigger is a participle ("-ing") right after a comma, with a
    date in its own phrase (after its trigger, before the next comma or stop), does not
    take a date told before that comma (the main verb's), though nearer its trigger."""
    text = report.text
    for event in events:
        first = event.trigger.split()[0].lower()
        if event.inherited or not first.endswith("ing"):
            continue
        comma = _OPENS.search(text[max(0, event.start - 12) : event.start])
        if comma is None:
            continue
        sentence = report.sentences[event.sentence]
        stop = re.search(r"[,;.]", text[event.end : sentence.end])
        end = event.end + stop.start() if stop else sentence.end
        own = [d for d in event.dates if event.end <= d.start < end]
        if own:
            event.dates = [d for d in event.dates if not d.end <= event.start]
