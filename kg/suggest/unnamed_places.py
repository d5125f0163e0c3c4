"""Unnamed places told by the border they lie on: "in a district on the Afghan border"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.new_names import adjective_state, state_label

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_ON_BORDER = re.compile(
    r"\b(?:in|at|from|into)\s+an?\s+(?P<label>(?P<kind>district|village|town|area|region)\s+"
    r"(?:on|near|along)\s+the\s+(?P<side>[A-Z][\w-]+)\s+border)\b"
)
"""A place the text does not name, after a preposition of place: "in a district on the
Afghan border", "from a village near the Tajik border"."""


def border_places(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "in a district on the Afghan border": a new Region of its own (round fourteen), where
    the border is a state's (its adjective or name), labelled by the words ("District on
    the Afghan border"); an unnamed place is no register place."""
    found: list[NewEntity] = []
    for match in _ON_BORDER.finditer(text):
        side = match["side"]
        if not (adjective_state(finder, side) or state_label(finder, side)):
            continue
        label = match["label"][0].upper() + match["label"][1:]
        found.append(NewEntity(slug(label), "Region", label, *match.span("label"), 0.4,
                               "an unnamed place told by the border it lies on"))  # fmt: skip
    return found
