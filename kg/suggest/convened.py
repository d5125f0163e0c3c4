"""A meeting named by a modified noun: "a UN-convened meeting", "a meeting ... on Nepal"."""

from __future__ import annotations

import re

from kg.suggest.english import HOSTING, alternation
from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.text import Report

MEETINGS = frozenset({"Meeting", "Conference"})
_HOSTED = alternation(w for w in HOSTING if w.endswith("ed"))
"""The participles of hosting ("hosted", "convened", "organised"), some of a meeting's makers."""
_MADE_BY = re.compile(
    rf"\b(?P<by>{_HOSTED}|sponsored|called|brokered|mediated|chaired|led)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""The participle of "a UN-convened meeting", "an India-hosted regional meeting", after the
hyphen that ends its maker's name; at most two words more before the noun."""
_ROLES = {"hosted": "hasHost", "mediated": "hasParticipant", "brokered": "hasParticipant"}
"""The maker's role by its participle where not the initiator's: the host, and the mediator
that sits at the talks ("Qatar-mediated talks": Qatar takes part; its mediation is an
event of its own)."""
_ON = re.compile(r"(?:\s+of\s+(?:[\w’'-]+\s+){1,4}?)?\s*on\s+(?:the\s+)?$", re.IGNORECASE)
"""What lies between a meeting's noun and its topic: "a meeting of special envoys on"."""


def convened(report: Report, events: list[Event], mentions: list[Mention]) -> None:
    """ "a UN-convened meeting": the name before "-convened" (organised, sponsored, led,
    chaired...) is the meeting's initiator, before "-hosted" its host, and no participant,
    before "-mediated" or "-brokered" a participant (:data:`_ROLES`);
    "a meeting of special envoys on Nepal", "talks on Nepal": the name after "on" is what
    the meeting is about, no participant."""
    text = report.text
    for event in events:
        if event.cls not in MEETINGS:
            continue
        for _, start, end in event.occurrences:
            made = _MADE_BY.search(text, max(0, start - 60), start)
            if made is not None and text[made.start() - 1 : made.start()] == "-":
                role = _ROLES.get(made.group("by").lower(), "hasInitiator")
                for mention in mentions:
                    if mention.end == made.start() - 1:
                        event.actors = [a for a in event.actors if a[1].entity != mention.entity]
                        event.actors.append((role, mention))
                        event.anchors[mention.start] = (start, end)
            for role, mention in list(event.actors):
                if mention.start > end and _ON.fullmatch(text, end, mention.start):
                    event.actors.remove((role, mention))
