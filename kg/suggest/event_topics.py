"""The topics of talks: the topics named in their sentence, and those of a later sentence
that says what was "discussed" with no meeting of its own."""

from __future__ import annotations

import re

from kg.suggest.english import DISCUSSING, alternation
from kg.suggest.event_record import TALKS, Event
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report

_DISCUSSED = re.compile(
    rf"\b(?:{alternation(DISCUSSING)}|discussions?|focus on|centerpiece)\b", re.IGNORECASE
)
_ABOUT_NAME = re.compile(r"\b(?:about|regarding|concerning)\s+(?:the\s+)?$", re.IGNORECASE)


def about_named(text: str, trigger_end: int, start: int) -> bool:
    """ "spoke by phone with X about Pakistan", "talks with Y regarding Iran": a name right
    after "about", "regarding" or "concerning", past the trigger, is what talks are about,
    not a party to them.

    >>> about_named("A spoke by phone with B about Pakistan.", 16, 30)
    True
    >>> about_named("A spoke by phone with B about Pakistan.", 16, 22)
    False
    """
    return start >= trigger_end and bool(_ABOUT_NAME.search(text, trigger_end, start))


class EventTopics:
    """What talks found by :class:`kg.suggest.events.EventFinder` are about."""

    register: Register

    def _topic(self, mention: Mention) -> bool:
        return any(self.register.is_a(mention.entity, c) for c in ("Topic", "Commodity", "Port"))

    def discussed(self, report: Report, mentions: list[Mention], events: list[Event]) -> None:
        """ "The two sides also discussed trade": a sentence about what was discussed, with
        no meeting of its own, gives its topics to the report's last meeting, call or visit."""
        last: Event | None = None
        for sentence in report.sentences:
            here = [e for e in events if e.sentence == sentence.index]
            talks = [e for e in here if any(self.register.is_a(e.cls, c) for c in TALKS)]
            if talks:
                last = talks[-1]
                continue
            if last is None or not _DISCUSSED.search(sentence.text):
                continue
            for mention in mentions:
                inside = sentence.start <= mention.start < sentence.end
                if inside and self._topic(mention) and mention not in last.topics:
                    last.topics.append(mention)
