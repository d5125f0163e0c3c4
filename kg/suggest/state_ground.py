"""A state named as ground by its adjective: "Afghan soil", "on Pakistani territory",
"Iranian airspace" (:data:`kg.suggest.english.GROUND`) are the state as a place, never
the government that rules it (unlike "the Afghan side", :mod:`mentions_by_description`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.english import GROUND, alternation
from kg.suggest.mentions import Mention
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.register import Register

_GROUND = re.compile(rf"\b(?P<adjective>[A-Z][a-z]+)\s+(?:{alternation(GROUND)})\b")
_WHY = "a state's ground, by its adjective"


def state_ground(register: Register, text: str) -> list[Mention]:
    """The register states whose adjective names their ground in the text."""
    from kg.suggest.mentions_by_description import adjective_state

    states = [
        (normalise(e.label), e.id)
        for e in register.entities.values()
        if register.is_a(e.id, "State")
    ]
    found = []
    for match in _GROUND.finditer(text):
        state = adjective_state(register, states, match["adjective"])
        if state is not None:
            found.append(Mention(match.start(), match.end(), state, _WHY, 0.6))
    return found


def is_ground(mention: Mention) -> bool:
    """Whether a mention is a state's ground (:func:`state_ground`): an event's place
    after "in", "on", "over" ..., never its actor."""
    return mention.how == _WHY
