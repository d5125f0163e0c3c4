"""A state named as the owner of the body that acts for it ("Iran’s foreign ministry said").

Used by :class:`kg.suggest.event_roles.EventRoles`: the body speaks or acts, not the
state before its possessive, also where the body is a name the register does not have
yet (a proposed entity, whatever class it was guessed) or its mention takes the
possessive in ("Iran’s foreign ministry" as one new name).
"""

from __future__ import annotations

import re

from kg.suggest.english import (
    OFFICE_HEADS,
    ONE_FOR_A_BODY,
    SIDE_WORDS,
    SPEECH_VERBS,
    alternation,
)
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


_ONE = rf"(?:{alternation(ONE_FOR_A_BODY)})"
ITS_PEOPLE = alternation((*SIDE_WORDS, *ONE_FOR_A_BODY, "team"))
"""The words for the people of a state or body after its possessive ("India’s delegation",
"Iran’s envoy", "Pakistan’s negotiators"): they act for it."""
_BLAMING = SPEECH_VERBS & {"warned", "warns", "denied", "denies", "rejected", "rejects"}
"""The speech verbs of warning or denial: their one unnamed speaker acts, not its owner."""
_BLAMES = rf"(?:{alternation(_BLAMING)}|accused|accuses)\b"
_HIS = re.compile(rf"(?:[’']s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_ONE}\s+{_BLAMES}")
"""After the owner: one of its people, unnamed, and a verb of warning or denial ("Iran’s
envoy denied", "a UN official warned"). Not "said" or "told": a statement with no actor
is not proposed, and its owner keeps it found until the mentions propose the person."""
_OF = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_ONE}\s+of\s+(?:the\s+)?$")
"""Before the owner: "an official of" ("an official of the ports authority denied")."""


def one_of_its_people(text: str, mention: Mention, start: int) -> bool:
    """Whether ``mention`` only owns the one unnamed person who speaks right after it
    ("Russia’s envoy said", "a foreign ministry official said", "an official of Iran’s port
    authority denied"): that person speaks, an entity of its own (docs/annotation.md), not
    the owner; officials in the plural ("Taliban officials denied") speak for their body.
    ``start`` is where the speech verb begins."""
    his = _HIS.match(text, mention.end)
    if his is not None and his.end() >= start:
        return True
    low = max(0, mention.start - 60)
    owned = _OWNER.search(text, low, mention.start)  # "an official of Iran’s X": X too
    of = _OF.search(text, low, mention.start) or (owned and _OF.search(text, low, owned.start()))
    return bool(of) and _REST.fullmatch(text, mention.end, start) is not None


_OWNER = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s\s+$")
_REST = re.compile(r"(?:[’']s(?:\s+(?:[A-Z][\w-]*|and|of)){1,6})?\s+")
"""Between the owner and the speech verb: nothing, or the rest of the body's name."""


_TITLE_OF = re.compile(
    rf"\b(?:{alternation(OFFICE_HEADS)}|head|chair)\s+of\s+(?:the\s+)?$",  # "head of X" too
    re.IGNORECASE,
)
"""A title and "of" before a body."""


def titled(text: str, low: int, mention: Mention, people: list[Mention]) -> bool:
    """Whether ``mention`` is the body in the title of a person named right after it ("the
    deputy commander of the Border Troops, General X"): the person acts, not the body."""
    return bool(_TITLE_OF.search(text, max(low, mention.start - 40), mention.start)) and any(
        re.fullmatch(r",\s+(?:[A-Z][\w.]*\s+){0,3}", text[mention.end : m.start]) for m in people
    )
