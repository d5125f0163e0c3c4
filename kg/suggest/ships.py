"""Ships' names: a name after a ship's word or prefix is a vessel, typed `Place` (round ten).

The ontology has no class for a vessel; the annotation convention (the development
report that names one) types a ship `Place`, where cargo is and events on board happen,
never a `Person` that "he said" could fall on. A name is a ship's where the text writes
a ship's prefix before it ("MV X", "MT X"), a ship's word before it ("the vessel X",
"the tanker X", "the bulk carrier X"; not a bare "carrier": "the flag carrier X" is an
airline) or an apposition of one after it ("X, a
Panama-flagged tanker,").
"""

from __future__ import annotations

import re

from kg.suggest.gazetteer import state_named

_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
SHIP_WORDS = r"ship|vessel|freighter|tanker|ferry|trawler|dhow|barge|steamer|bulk\s+carrier"
_PREFIX = re.compile(rf"\b(?:MV|M/V|MT|M/T|MS|SS)\s+(?P<name>{_NAME})")
_WORD_BEFORE = re.compile(rf"\b(?:{SHIP_WORDS})\s+(?:the\s+)?(?P<name>{_NAME})")
_APPOSITION = re.compile(
    rf"(?P<name>{_NAME}),\s+an?\s+[^,.;]{{0,60}}?\b(?:{SHIP_WORDS})\b(?!\s+(?:of|for)\b)"
)
PREFIX = re.compile(r"^(?:MV|M/V|MT|M/T|MS|SS)\s+")
"""A ship's prefix opening a name's run: the name is the words after it."""


def ship_names(text: str) -> set[str]:
    """The names the text writes as ships' (without "the" and the prefix)."""
    names = set()
    for pattern in (_PREFIX, _WORD_BEFORE, _APPOSITION):
        for match in pattern.finditer(text):
            name = re.sub(r"^The\s+", "", match["name"])
            if not state_named(name):  # "the ship Iran sent": the sender, no ship
                names.add(" ".join(name.split()))
    return names


def ship(label: str, names: set[str]) -> bool:
    """Whether ``label`` (a run's words) names a ship of ``names``."""
    return PREFIX.sub("", re.sub(r"^The\s+", "", label)) in names
