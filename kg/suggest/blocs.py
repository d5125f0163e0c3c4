"""A bloc of states named by its compass word: "the West" is the register's one group of
"Western countries" (or nations, powers, governments, democracies), as news says "the
West has frozen Afghan assets". Not "the West Bank", "the West of England", nor "the
west of the country" (the direction, in lower case).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.mentions import Mention
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.register import Register

_BLOCS = {"west": "western", "east": "eastern"}
"""A bloc's compass word -> the adjective of its members' name ("Western countries")."""
_MEMBERS = ("countries", "nations", "powers", "states", "governments", "democracies")
_NAMED = re.compile(r"\b[Tt]he\s+(?P<bloc>West|East)\b(?!\s+(?:[A-Z]|of\b))(?!-\w)")
_WHY = "a bloc of states named by its compass word"


def blocs(register: Register, text: str) -> list[Mention]:
    """The register groups that "the West" (or "the East") names."""
    found = []
    for match in _NAMED.finditer(text):
        adjective = _BLOCS[match["bloc"].lower()]
        groups = [
            e.id
            for e in register.entities.values()
            if register.is_a(e.id, "Group")
            and any(
                normalise(n).split()[:2] in ([adjective, m] for m in _MEMBERS)
                for n in (e.label, *e.aliases)
                if n
            )
        ]
        if len(groups) == 1:
            found.append(Mention(match.start("bloc"), match.end("bloc"), groups[0], _WHY, 0.6))
    return found
