"""An undated mention that restates the last event of its class, and what makes it another."""

from __future__ import annotations

import re

from kg.suggest.english import AGED
from kg.suggest.event_record import REMARKS, Event
from kg.suggest.more_to_follow import further
from kg.suggest.story_time import SAME_DAY, STORY_TIME

_NAMED_BEFORE = re.compile(
    r"(?:\A|[,;:]\s*)[A-Z][\w’'-]+(?:\s+(?:[A-Z]|[a-z]{1,3}-)[\w’'-]*){1,3}"
    rf"(?:{AGED}|\s*,)?\s*\Z"
)
"""A speaker named just before the verb ("Its spokesman, Farid al-Harbi, said"): two to
four words, the first capitalised and each after it too, or a particle ("al-", "el-"),
and the age news gives after a name ("Halima Noori, 47, said": :data:`english.AGED`)."""


_PROPER = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")  # "Trans-Caspian Railway"


def restates(event: Event, earlier: Event, text: str = "") -> bool:
    """An undated mention whose actors the last event of its class already has, each in
    the same role (India as the target of one statement does not make India's own
    statement the same one); a statement with no actor the register knows, whose verb a
    name just before opens ("Its spokesman, Farid al-Harbi, said"), is another speaker's;
    a thing named by its proper name ("the Trans-Caspian Railway") is no restatement."""
    if (
        _PROPER.fullmatch(event.trigger)
        and event.trigger != earlier.trigger
        or further(event.trigger)
    ):
        return False  # "more would follow": another shipment
    mine = {(r, m.entity) for r, m in event.actors}
    theirs = {(r, m.entity) for r, m in earlier.actors}
    if text and not mine and event.cls in REMARKS:
        line = text.rfind("\n", 0, event.start) + 1
        clause = max(line, text.rfind(".", 0, event.start) + 1)
        if _NAMED_BEFORE.search(text[clause : event.start]):
            return False
    if text and _another_time(text, event):
        return False
    return not event.dates and mine <= theirs


def _another_time(text: str, event: Event) -> bool:
    """Whether the event's sentence counts a time of its own from the story's days before
    or right after its trigger ("Later that day, he called on X", "met X the same day",
    "Three days earlier, ..."): another occasion, no restatement of the last one."""
    line = text.rfind("\n", 0, event.start) + 1
    start = max(line, text.rfind(". ", 0, event.start) + 2)
    stop = min(p for p in (text.find(". ", event.end), text.find("\n", event.end), len(text))
               if p >= 0)  # fmt: skip
    clause = text[start:stop]
    return bool(SAME_DAY.search(clause) or STORY_TIME.search(clause))
