"""Returns told by a count of people: "61,300 people returned from the two neighbours".

The news of migration counts its returns: "61,300 Afghans returned from Pakistan in the last
week", "1.9 million people had returned so far this year". A number of people before "returned" is a
return of migrants even where the sentence names no refugee or returnee (the words the
trigger table's "returned" row needs); "The minister returned from Beijing" stays none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.suggest.english import alternation
from kg.suggest.event_record import Event
from kg.suggest.event_words import places_after
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.triggers import Trigger
from kg.suggest.units import SCALES

RETURN = "RefugeeReturn"
_COUNT = re.compile(
    rf"(?:\b\d[\d,.]*|\bhundreds|\bthousands|\bmillions)\s+(?:(?:{alternation(SCALES)}|more)\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]*\s+|people\s+|refugees\s+|migrants\s+|nationals\s+|families\s+)?"
    r"(?:(?:had|have|has)\s+(?:been\s+)?)?\Z",
    re.IGNORECASE,
)
"""A count of people right before the verb: "61,300 Afghans ", "1.9 million people had "."""
_VERBS = {"returned"}


def counted_return(
    report: Report, doc: Any, hit: tuple[int, int, Trigger]
) -> tuple[int, int, Trigger]:
    """``hit`` with no words needed where a return's trigger ("returned") follows
    a count of people ("61,300 Afghans returned"); else ``hit`` unchanged."""
    start, end, trigger = hit
    if trigger.cls != RETURN or trigger.phrase.lower() not in _VERBS or not trigger.needs:
        return hit
    offset = doc[start].idx
    sentence = report.sentence_at(offset)
    if not _COUNT.search(report.text[max(sentence.start, offset - 60) : offset]):
        return hit
    return start, end, replace(trigger, needs=())


_FROM = re.compile(
    r"\s+(?:home\s+|back\s+)?from\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*",
    re.IGNORECASE,
)
"""Between a return's trigger and a place it comes from: "returned from ", "returned from
Pakistan and "."""


def return_origins(register: Register, text: str, events: list[Event]) -> None:
    """A place named after a return's "from" ("61,300 people returned from Pakistan and
    Iran") is where the returnees come from: a place of the event, no actor (a return's
    actors are the people who return)."""
    for event in events:
        if event.cls != RETURN:
            continue
        places_after(register, text, event, _FROM)


EXPULSION = "Expulsion"
_GONE_FROM = re.compile(
    r"\s+(?:(?:or|and|been|gone|left|forced|out|back)\s+){0,3}from\s+(?:the\s+)?\Z"
)
"""Between an expulsion's trigger and the state it is made from: " from ", " or gone from "."""


def expulsion_roles(register: Register, text: str, events: list[Event]) -> None:
    """The roles of an expulsion by the kinds of its actors: people (a group) are the ones
    expelled ("1,162,000 Afghans deported", "Afghans had been deported": the target, not the
    initiator a name before the trigger otherwise is); a state right after "from" ("deported
    or gone from Pakistan") is the state that expels, its initiator, not its target."""
    for event in events:
        if event.cls != EXPULSION:
            continue
        roles = []
        for role, mention in event.actors:
            if role == "hasInitiator" and register.is_a(mention.entity, "Group"):
                role = "hasTarget"
            elif (
                role == "hasTarget"
                and mention.start >= event.end
                and register.is_a(mention.entity, "State")
                and _GONE_FROM.fullmatch(text[event.end : mention.start])
            ):
                role = "hasInitiator"
            roles.append((role, mention))
        event.actors = roles
