"""The state that owns an office, a ministry, a mission or an army, named inside its name.

A register name that holds its owner's name ("Pakistan’s army", "Iran’s interior ministry",
"the President of Uzbekistan", "the Embassy of Pakistan in Kabul") is matched whole, the
longest match winning, so the owner's name inside it was lost; the text names the state
all the same. Here the owner in the possessive opening the name ("Pakistan’s army"), its
first words before a capitalised one ("Pakistan Foreign Minister"), or after "of" closing
it (or before "in" and a place), is a mention of the register state of that name too. Only
the classes a state owns (:data:`CONTAINERS`) are read: "Tehrik-i-Taliban Pakistan" (an
armed group) names no state of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.mentions import Mention
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.register import Register

CONTAINERS = ("Position", "Ministry", "DiplomaticMission", "ArmedForces")
"""The classes whose register names may hold their owner state's name."""

_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?"
_POSSESSIVE = re.compile(rf"(?P<owner>{_NAME})[’']s\s")
_LEADING = {
    n: re.compile(rf"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{{n - 1}}})\s+(?=[A-Z])")
    for n in (1, 2, 3)
}
"""The owner's name of one to three capitalised words as the first words of the name, a
noun before a capitalised one ("Pakistan Foreign Minister", "Pakistan Army")."""
_OF = re.compile(rf"\bof\s+(?:the\s+)?(?P<owner>{_NAME})(?:$|(?=,?\s+in\s+[A-Z]))")


def owners_inside(
    register: Register, text: str, mentions: list[Mention], names: dict[str, str]
) -> list[Mention]:
    """The states named inside the mentions of the :data:`CONTAINERS` classes, where no
    mention covers those words already (``names``: the finder's normalised forms)."""
    found: list[Mention] = []
    for mention in mentions:
        if not any(register.is_a(mention.entity, c) for c in CONTAINERS):
            continue
        words = text[mention.start : mention.end]
        leading = [_LEADING[n].match(words) for n in (3, 2, 1)]  # "Pakistan Foreign Minister"
        for match in (_POSSESSIVE.match(words), _OF.search(words), *leading):
            if match is None:
                continue
            state = names.get(normalise(match["owner"]))
            start, end = mention.start + match.start("owner"), mention.start + match.end("owner")
            if state is None or not register.is_a(state, "State"):
                continue
            if any(m.start <= start and end <= m.end and m.entity == state for m in mentions):
                continue
            found.append(Mention(start, end, state, "the owner named inside a name", 0.8))
    return found
