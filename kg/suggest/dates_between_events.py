"""Dates passed between a report's events: a remark "after the talks" takes the talks' date,
and a date after the publication stays with the event planned, not the one planning it."""

from __future__ import annotations

import datetime as dt
import re

from kg.dates import window
from kg.suggest.event_record import REMARKS, Event
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.when import DateMention


class DatesBetweenEvents:
    """The dates one event of :class:`kg.suggest.events.EventFinder` gives another."""

    register: Register
    definite: dict[str, str]

    def _planned_dates(self, events: list[Event]) -> None:
        """A date after the publication ("next week", "later this month") dates only the
        event named last before it in its sentence, the one planned ("agreed to hold a
        meeting next week": the meeting, not the agreement), and that event no date
        before its trigger ("agreed on Monday to hold a meeting next week")."""
        for event in events:
            for date in list(event.dates):
                if event.published is None or not _future(date, event.published):
                    continue
                sharing = [e for e in events if date in e.dates]
                before = [e for e in sharing if e.start < date.start] or sharing
                owner = max(before, key=lambda e: e.start)
                for other in sharing:
                    if other is not owner and not other.inherited:
                        other.dates = [d for d in other.dates if d is not date]
                if not owner.inherited:  # "agreed on Monday to hold a meeting next week"
                    owner.dates = [d for d in owner.dates if d is date or d.start > owner.start]

    def _said_after(self, report: Report, event: Event, events: list[Event]) -> None:
        """ "X told reporters after the talks": a remark made right after the report's
        last talks is dated as they are (the same day, in the genre), not placed inside;
        the talks are the last event named by that very noun ("held talks"), else the last
        of its class."""
        if event.dates or not any(self.register.is_a(event.cls, c) for c in REMARKS):
            return
        sentence = report.sentences[event.sentence]
        nouns = "|".join(sorted((re.escape(n) for n in self.definite), key=len, reverse=True))
        pattern = re.compile(
            rf"\bafter\s+(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\b",
            re.IGNORECASE,
        )
        for match in pattern.finditer(sentence.text):
            noun = match["noun"].lower()
            kind = [e for e in events if e.cls == self.definite.get(noun, "")]
            named = [e for e in kind if noun in e.trigger.lower().split()]
            if not (named or kind):
                continue
            talks = (named or kind)[-1]
            if talks is event or talks.date is None or talks.date.later:
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if start <= event.start < end:
                continue  # the noun is the event's own
            date = talks.date
            event.dates = [DateMention(start, end, date.value, report.text[start:end], True,
                                       round(date.confidence * 0.6, 2))]  # fmt: skip
            event.inherited = True
            return


def _future(date: DateMention, published: dt.date) -> bool:
    """The date's window begins after the publication."""
    try:
        first = window(date.value)[0]
    except ValueError:
        return False
    return bool(first) and first > str(published) or date.value.startswith(f"{published}..")
