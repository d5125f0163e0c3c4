"""An act told again by a pronoun is the report's earlier one (``kg suggest``)."""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.register import Register


def told_again(register: Register, events: list[Event], text: str) -> None:
    """An event whose trigger takes a pronoun for its object ("signed it with", "ratified
    them") after the report named an event of its class refers back to that event of this
    report, not to one the register knows: it keeps a register link only when that earlier
    event has the same one, else it is new ("a transit agreement that three states signed
    last month ... The two ministers signed it with": not an old treaty of two of them).
    Not for speech ("said it would"): the pronoun opens what was said."""
    for event in events:
        if not event.existing or _speech(register, event.cls):
            continue
        if not _PRONOUN.match(text, event.end):
            continue
        before = [e for e in events if e.cls == event.cls and e.start < event.start]
        last = max(before, key=lambda e: e.start, default=None)
        if last is not None and not (last.existing and last.id == event.id):
            event.id, event.existing, event.reason, event.confidence = "", False, "", 0.7


def _speech(register: Register, cls: str) -> bool:
    return cls == "Request" or register.is_a(cls, "Statement")


_PRONOUN = re.compile(r"\s+(?:it|them)\b")
"""A pronoun right after the trigger: its object."""
