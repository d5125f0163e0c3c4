"""Who speaks in a statement told as the vehicle of another act (:mod:`kg.suggest.events`).

"Jaiswal criticised Pakistan in a post on X", "India condemned the attack in a statement",
"The Taliban’s spokesman, X, thanked the donors in a post on X": the statement after "in a"
is where the clause's subject did the act, so its speaker is that subject (the subject of
the act before it, else the sentence's first actor not followed by a possessive), and the
act's object ("Pakistan", "the donors") is no speaker of it; nor is such a statement
what the act before it is about ("criticised Pakistan in a post on X": no post criticised).
"""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report

_VEHICLE = re.compile(r"\bin\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
"""Before a statement's noun ("... in a brief statement")."""
_OPENS = re.compile(r"in\s+(?:a|an)\s", re.IGNORECASE)
"""Opening a statement's trigger ("in a post on")."""
_OWNED = re.compile(r"[’']s?\b")


def vehicle(text: str, event: Event, low: int = 0) -> bool:
    """Whether ``event`` is a statement told as the vehicle of an act, after "in a" ("...
    in a statement", "in a post on X"); ``low``: where its sentence begins."""
    lead = text[max(low, event.start - 40) : event.start]
    return bool(_VEHICLE.search(lead) or _OPENS.match(text, event.start, event.end))


def vehicle_speaker(
    register: Register, report: Report, event: Event, act: Event | None, last: Event | None,
    mentions: list[Mention],
) -> None:  # fmt: skip
    """Make the clause's subject the one speaker of a statement told after "in a"; ``act``
    is the event of the verb before it in its sentence, ``last`` the event of the trigger
    right before it. Not after a saying in its sentence ("said in a statement"), which
    other rules read."""
    if not register.is_a(event.cls, "Statement"):
        return
    text, start = report.text, event.start
    low = report.sentence_at(start).start
    if not vehicle(text, event, low) or any(
        e is not None
        and e.cls == "Statement"  # a saying, not a speech act told as one (a condemnation)
        and any(i == event.sentence for i, _, _ in e.occurrences)
        for e in (act, last)
    ):
        return  # "the ministry said in a statement": the saying's own words
    speakers: list[Mention] = []
    if act is not None:
        here = min((s for _, s, _ in act.occurrences if low <= s < start), default=act.start)
        speakers = [m for _, m in act.actors if low <= m.start and m.end <= here]
    if not speakers:
        actors = [m for m in mentions if low <= m.start and m.end <= start
                  and register.is_a(m.entity, "Actor")]  # fmt: skip
        speakers = [m for m in actors if not _OWNED.match(text, m.end)][:1]
    if not speakers:
        return
    kept = [(r, m) for r, m in event.actors if m.start >= event.end]
    event.actors = [("hasInitiator", m) for m in speakers] + kept
