"""Which event a sub-event is placed inside ("On the sidelines of the meeting, ...").

"The meeting" may have been read as an undated event of its class told after the dated
one ("agreed on Monday at their sixth meeting. X hosted Y for talks. ... On the sidelines
of the meeting, ..."): the parent is then the last dated event the very noun names, as
"after the talks" reads
(:meth:`kg.suggest.dates_between_events.DatesBetweenEvents._said_after`). A reporting
clause that ends the sentence (", the embassy said.") tells who reports what happened
there; the saying is not placed inside it.
"""

from __future__ import annotations

import re

from kg.suggest.english import REPORTING_VERBS
from kg.suggest.event_record import Event

_REPORTING_END = re.compile(
    rf",\s+[^,.;“”\"]{{0,60}}?\b(?:{REPORTING_VERBS}|told\s+reporters)\b[^,;“”\"]{{0,60}}\.?\s*\Z",
    re.IGNORECASE,
)
"""A reporting clause at the end of a sentence: ", the Chinese embassy said."."""


def named_dated(events: list[Event], parent: Event, noun: str) -> Event | None:
    """For an undated ``parent`` of a sub-event, the last dated, not future event of its
    class told before it whose trigger is ``noun`` ("meeting"); or None."""
    if parent.dates:
        return None
    noun = noun.lower()
    named = [
        e
        for e in events
        if e.cls == parent.cls
        and e.date is not None
        and not e.date.later
        and noun in e.trigger.lower().split()
        and (e.sentence, e.start) < (parent.sentence, parent.start)
    ]
    return named[-1] if named else None


def reports_it(sentence: str, start: int) -> bool:
    """Whether the trigger at ``start`` of ``sentence`` is the verb of a reporting clause
    that ends it (", the embassy said."): who tells of the sub-event, not a part of it."""
    clause = _REPORTING_END.search(sentence)
    return clause is not None and clause.start() < start
