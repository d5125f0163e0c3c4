"""A state named as the owner of the body that acts for it ("Iran’s foreign ministry said").

Used by :class:`kg.suggest.event_roles.EventRoles`: the body speaks or acts, not the
state before its possessive, also where the body is a name the register does not have
yet (a proposed entity, whatever class it was guessed) or its mention takes the
possessive in ("Iran’s foreign ministry" as one new name).
"""

from __future__ import annotations

import re

from kg.suggest.mentions import Mention

_BODY = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:ministry|troops|forces|army|military|police|guards?|"
    r"office|embassy|consulate|mission|command|agency|council|department|service|committee|"
    r"directorate|commission)\b",
    re.IGNORECASE,
)
"""A possessive and up to three words to a noun that names a body of a state."""


def body_owner(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether ``mention`` (a state) is the owner of a body named right after its
    possessive, that a mention of another entity covers ("Tajikistan’s Border Troops",
    "Iran’s foreign ministry"): the body takes the role, not the state. A person after
    the possessive ("Pakistan’s Ishaq Dar") has no body noun, and leaves the state be."""
    body = _BODY.match(text, mention.end)
    if body is None:
        return False
    noun = body.end()
    return any(
        m.entity != mention.entity and m.start <= noun - 1 < m.end and m.end > mention.end
        for m in mentions
    )
