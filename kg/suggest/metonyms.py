"""Metonyms: a name that is both a place's label and an actor's alias, read by its context.

"Islamabad" is the city after "in", "to", "visited", or after "of" following a
noun of territory or its seizure ("the fall of Kabul"), and Pakistan's
government elsewhere ("Islamabad’s allegations"). :func:`located` tells which
reading the words before a name ask for.
"""

from __future__ import annotations

from typing import Any

_LOCATIVE = {"in", "to", "at", "from", "near", "outside", "around", "across", "into"}
_LOCATIVE |= {"visited", "visiting", "toured", "reached"}  # "visited Kabul": where, not who
"""Words after which a name that is both a place and an actor's alias is the place."""

_TERRITORY = {
    "takeover", "capture", "fall", "seizure", "control", "siege", "liberation", "occupation",
    "outskirts", "streets", "centre", "center", "heart", "residents", "people", "city",
    "capital", "mayor", "governor", "north", "south", "east", "west", "parts", "airport",
}  # fmt: skip
"""Nouns before "of" that make the name after it a place, not the government seated there."""


def located(doc: Any, start: int) -> bool:
    """Whether the name at token ``start`` stands where English puts a place."""
    before = doc[start - 1].lower_ if start else ""
    if before == "of" and start >= 2:
        return doc[start - 2].lower_ in _TERRITORY
    return before in _LOCATIVE
