"""The state behind a relief aircraft: "An Indian Air Force aircraft", "a plane from Tashkent".

A shipment told by its vehicle names the state that sends it by an adjective that opens
the vehicle's owner ("An Indian Air Force aircraft carrying 40 tonnes", "Two planes of the
Iranian Red Crescent Society") or by the capital it comes from ("A plane from Tashkent
landed in Jalalabad"): that state initiates the shipment (docs/annotation.md, "Naming the
actor": a capital stands for its state), beside the owner the subject names.
"""

from __future__ import annotations

import re

from kg.suggest.capitals import capital_state
from kg.suggest.cargo import SHIPMENT
from kg.suggest.event_record import Event
from kg.suggest.flights import arrival_subject
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report

_WORD = re.compile(r"(?<![\w’'-])(?P<from>from\s+)?(?P<word>(?-i:[A-Z])[a-z]+)\b", re.IGNORECASE)


def relief_states(register: Register, report: Report, events: list[Event]) -> None:
    """Give a shipment told by its vehicle the state of an adjective or a capital in its
    subject ("An Indian Air Force aircraft ... landed", "A plane from Tashkent landed") as
    its initiator, where the register knows that state and the shipment has it not yet."""
    states = {
        short: e.id
        for e in register.entities.values()
        if register.is_a(e.id, "State") and (short := state_named(e.label))
    }
    for event in events:
        span = arrival_subject(report, event) if event.cls == SHIPMENT else None
        if span is None:
            continue
        low, high = span
        for found in _WORD.finditer(report.text[low:high]):
            word = found.group("word")
            short = capital_state(word) if found.group("from") else state_of_adjective(word)
            state = states.get(short) if short else None
            if state is None or any(m.entity == state for _, m in event.actors):
                continue
            start = low + found.start("word")
            mention = Mention(start, start + len(word), state, "the state of a relief vehicle", 0.6)
            event.actors.append(("hasInitiator", mention))
