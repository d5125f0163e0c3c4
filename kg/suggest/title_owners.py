"""The titles an actor gives a person named after it ("the Taliban’s Minister of X, Mullah Y").

Used by :class:`kg.suggest.event_roles.EventRoles`: in a visit, the person named after the
title travels in the movement's place ("the Taliban’s Minister of Refugees, Mullah Y,
visited Herat"); elsewhere a person set off by commas acts beside it ("..., Y, signed it");
the owner of a title in an apposition ("X, the Taliban’s deputy prime minister,") takes
no role. A state keeps its role ("India’s Foreign Secretary X visited": India takes part in
the answers). :data:`HIS_TITLE` and :data:`TITLED` let
:func:`kg.suggest.readings.governing` read the movement as its government.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.english import OFFICE_HEADS, PORTFOLIO, alternation

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention

_TITLE_WORD = (
    rf"(?:[A-Z][\w-]*|acting|interim|de\s+facto|deputy|vice|prime|first|senior|special|"
    rf"{alternation(PORTFOLIO)}|{alternation(OFFICE_HEADS)}|for|of|and|on)"
)
_HEADED = (
    rf"(?:[’']s)?\s+(?:{_TITLE_WORD}\s+){{0,7}}?(?i:{alternation(OFFICE_HEADS)})"
    rf"(?:\s+(?:for|of)\s+(?:{_TITLE_WORD}\s+){{0,4}}?{_TITLE_WORD})?"
)
HIS_TITLE = re.compile(
    rf"[’']s\s+(?:{_TITLE_WORD}\s+){{0,7}}?(?i:{alternation(OFFICE_HEADS)})\b(?!\s+of\s+the\b)"
)
"""A possessive and the title of one of the owner's people ("the Taliban’s acting Foreign
Minister", "the Taliban’s deputy prime minister")."""
TITLED = "an armed group's title: its government, of"
"""The start of the ``how`` of a group's mention before a person's title ("the Taliban’s
acting Foreign Minister"), read as its government by :func:`kg.suggest.readings.governing`;
the group's id follows, of which the person named after the title is a member
(:mod:`kg.suggest.stances`)."""
_TITLE = re.compile(rf"{_HEADED}(?:,\s+(?:[A-Z][a-z]+\.?\s+)?|\s+)$")
"""After the owner: its possessive or nothing (an adjective: "Iranian"), up to seven words
of a title, the word that heads it ("Minister", "Secretary", "envoy") with its portfolio
("for Water Affairs"), and at most a comma and an honorific before the name ("Minister of
Refugees, Mullah X")."""
_APPOSED = re.compile(rf"{_HEADED}\s*,")
"""After the owner, in an apposition to the name before it ("Abdul Ghani Baradar, the
Taliban’s deputy prime minister for economic affairs, ..."): the title and its comma."""


def titled_person(
    text: str, mention: Mention, mentions: list[Mention], person: set[str]
) -> Mention | None:
    """The person named right after ``mention`` and its title, whom ``mention`` only tells
    the office of ("the Taliban’s acting Foreign Minister Amir Khan Muttaqi", "the Taliban’s
    Minister of Refugees, Mullah X"); ``person`` holds the entities that are people."""
    for other in mentions:
        if (
            other.entity in person
            and mention.end < other.start <= mention.end + 90
            and _TITLE.fullmatch(text, mention.end, other.start)
        ):
            return other
    return None


def apposed_owner(text: str, mention: Mention, mentions: list[Mention], person: set[str]) -> bool:
    """Whether ``mention`` gives the office of a person named right before it, in an
    apposition ("allowing Abdul Ghani Baradar, the Taliban’s deputy prime minister for
    economic affairs, to travel": Baradar travels, not the Taliban)."""
    return _APPOSED.match(text, mention.end) is not None and any(
        other.entity in person
        and re.fullmatch(r",\s+(?:the\s+)?", text[other.end : mention.start], re.IGNORECASE)
        for other in mentions
    )


__all__ = ["HIS_TITLE", "TITLED", "apposed_owner", "titled_person"]
