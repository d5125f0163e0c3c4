"""A place-name before a trip's noun is where the trip goes: "Baradar’s Doha trip".

English puts the destination before the noun of a trip ("his Doha trip", "the
minister’s India visit", "a Moscow tour"): the state, or the capital standing for it, is
no visitor there (docs/annotation.md: `hasVisitor` makes a visit; the place is
`hasPlace`, the text of the destination and not the one who travels).
"""

from __future__ import annotations

import re

from kg.suggest.mentions import Mention
from kg.suggest.register import Register

_TRIP_NOUN = re.compile(r"[ \t]+(?:trip|trips|visit|visits|tour|tours|journey)\b", re.IGNORECASE)
"""After a name: the noun of a trip it modifies (" trip")."""

_PLACES = ("State", "Government", "DeFactoAuthority")
"""Actors a name of a place stands for (a state, or the government its capital names)."""


def destination(register: Register, text: str, role: str, mention: Mention) -> bool:
    """Whether ``mention``, given ``role`` in a visit, is the place named right before the
    trip's noun ("Doha trip": Qatar), not a visitor."""
    return (
        role == "hasVisitor"
        and any(register.is_a(mention.entity, c) for c in _PLACES)
        and bool(_TRIP_NOUN.match(text, mention.end))
    )
