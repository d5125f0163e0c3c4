"""The one asked in a request coordinated after a meeting: "X met Y and asked for Z": Y.

A request told by a verb that names what is asked, not whom ("asked for", "sought",
"requested", "appealed for", "pressed for"), coordinated with a meeting verb before it in
the sentence, is made of the one met: the meeting's actors named between its verb and
"and" are the request's ``hasTarget`` (round eighteen). "X met Y and urged Z to ..."
names its own addressee, and is left as the trigger's row gives it.
"""

from __future__ import annotations

import re

from kg.suggest.event_record import TALKS, Event
from kg.suggest.register import Register

_NO_ADDRESSEE = re.compile(
    r"(?:asked|asks|asking|appealed|appeals|pressed|presses|pressing|called)\s+for"
    r"|requested|requests|sought|seeks",
    re.IGNORECASE,
)
"""Request verbs whose object is what is asked, not who is asked."""
_AND = re.compile(r"[^,;:.]*?\s+and\s+(?:(?:also|then|later|jointly)\s+)?")
"""From the meeting's object to the request's verb: "Y and", "Y in Kabul and also"."""


def asked_of_the_met(
    register: Register, text: str, event: Event, before: Event | None, start: int
) -> None:
    """Adds to the request ``event`` (its trigger at ``start``) the actors ``before``, a
    meeting of the same sentence, has between its verb and "and" (:data:`_AND`), as the
    ones asked (``hasTarget``); not where the request names any target of its own."""
    if before is None or not register.is_a(event.cls, "Request"):
        return
    if not _NO_ADDRESSEE.fullmatch(event.trigger) or not any(
        register.is_a(before.cls, c) for c in TALKS
    ):
        return
    if any(role == "hasTarget" for role, _ in event.actors):
        return
    here = [e for i, _, e in before.occurrences if i == event.sentence and e <= start]
    if not here:
        return
    verb_end = max(here)
    met = [m for _, m in before.actors if verb_end <= m.start and m.end <= start]
    if not met or not _AND.fullmatch(text, met[-1].end, start):
        return
    for mention in met:
        if ("hasTarget", mention.entity) not in [(r, m.entity) for r, m in event.actors]:
            event.actors.append(("hasTarget", mention))
            event.anchors[mention.start] = (verb_end, event.end)
