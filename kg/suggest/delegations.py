"""New delegations a report introduces with an indefinite article (round sixteen).

"talks between a Pakistani delegation led by X and ...", "met a joint delegation":
English introduces a new referent with "a"; a delegation is of one occasion, so a
register delegation of the same words is another occasion's
(:mod:`kg.suggest.one_offs`). The text's words name it, the first letter capitalised.
A body the text says is being set up ("agreed to set up a joint committee",
:data:`FOUNDED`) is no body of the register yet; proposed as a new Organization too, it
was a new entity the annotators left out as often as one they kept, and is not.
"""

from __future__ import annotations

import re

from kg.suggest.candidates import NewEntity, slug

_A_DELEGATION = re.compile(
    r"\b[Aa]n?\s+(?:(?:high-level|senior|visiting)\s+)?"
    r"(?P<label>(?:[A-Z][\w’'.–-]*|joint)(?:\s+(?:[A-Z][\w’'.–-]*|joint))*\s+delegation)\b"
)
_WHY = "a delegation the text introduces with 'a'"
FOUNDED = re.compile(
    r"\b(?:set(?:ting)?\s+up|establish(?:ing|ed)?|form(?:ing|ed)?|creat(?:e|ing|ed))\s+"
    r"an?\s+(?P<label>(?:[a-z-]+\s+){0,2}(?:committee|commission|council|working\s+group|"
    r"task\s+force|mechanism|body))\b"
)
"""A body being set up: "agreed to set up a joint committee"."""


def introduced_delegations(text: str) -> list[NewEntity]:
    """ "a Pakistani delegation", "a joint delegation": a new Delegation each."""
    found: list[NewEntity] = []
    for match in _A_DELEGATION.finditer(text):
        words = " ".join(match["label"].split())
        label = words[:1].upper() + words[1:]
        start, end = match.span("label")
        found.append(NewEntity(slug(label), "Delegation", label, start, end, 0.5, _WHY))
    return found
