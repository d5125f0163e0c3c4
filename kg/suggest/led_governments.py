"""A government named by the person who leads it: "the Modi government", "the Sharif
administration", "the Modi-led government".

The person must be the register's, holding an office now (``holdsPosition``,
``holdsActingPosition``) that belongs to one state (``positionIn``, or the state its label
names: :func:`kg.suggest.facts.owners`): the words name the one government the register
says ``governs`` that state, else the state ("the Indian government" is India). An office
held in the past (``heldPosition``) names a former government the register may not have:
no mention.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.capitals import governor
from kg.suggest.facts import owners
from kg.suggest.mentions import Mention

if TYPE_CHECKING:
    from kg.suggest.register import Register

_LED = re.compile(r"(?:-led)?\s+(?:government|administration|regime|cabinet)\b")
"""What follows a leader's name in a government's name."""
_HOLDS = ("holdsPosition", "holdsActingPosition")
_WHY = "a government named by the person who leads it"


def led_governments(register: Register, text: str, mentions: list[Mention]) -> list[Mention]:
    """The governments (or states) that "the <leader> government" names."""
    found = []
    for mention in mentions:
        led = _LED.match(text, mention.end)
        if led is None or not register.is_a(mention.entity, "Person"):
            continue
        offices = {
            c.object
            for c in register.claims
            if c.subject == mention.entity and c.predicate in _HOLDS
        }
        states = {s for o in offices for s in owners(register, o) if register.is_a(s, "State")}
        if len(states) == 1:
            state = states.pop()
            actor = governor(register, state) or state
            found.append(Mention(mention.start, led.end(), actor, _WHY, 0.6))
    return found
