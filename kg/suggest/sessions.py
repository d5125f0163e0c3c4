"""A session of a council or assembly a speaker addresses ("told the Security Council"): a meeting.

A report of the United Nations' or a parliament's business tells what was said to a
body in session: "the envoy told the Security Council on Wednesday that ...", "briefed
the 15-member Council". The speech is a statement (the trigger table's "told",
"briefed"); the session it was made at is a meeting of its own, with the body and the
speaker as participants, and the statement inside it (``subEventOf``). Each later
statement told to a body of the same name is made at the same session, one event a
real-world act (docs/annotation.md): its speaker joins that meeting. In a report of such
a session, "its next briefing", "the next session" is the body's next session, a meeting
to come. A news conference told ("X told a news conference") is the speaker's briefing.
"""

from __future__ import annotations

import re

from kg.suggest.english import HEARER_VERBS, alternation
from kg.suggest.event_record import Event
from kg.suggest.text import Report
from kg.suggest.when import DateMention

MEETING = "Meeting"
_ADDRESSED = re.compile(rf"\b(?:{alternation(HEARER_VERBS)})\Z", re.IGNORECASE)
"""A speech verb whose object is its audience."""
_BODY = re.compile(
    r"\s+the\s+(?:[\w-]+\s+){0,2}?(?P<body>Council|General\s+Assembly|National\s+Assembly"
    r"|Assembly|Parliament|Senate|Committee)\b"
)
"""The audience: a council, assembly, parliament, senate or committee, named with a capital
("the Security Council", "the 15-member Council"); "told reporters" is no session."""
_CONFERENCE = re.compile(r"\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}")
"""Between "told" and a news conference's trigger: its determiner and a word or two ("a
joint", "the weekly")."""


def _briefing(text: str, statement: Event, events: list[Event]) -> None:
    """ "X told a news conference": the press briefing right after the verb is the speaker's
    (``hasInitiator``), or one the speaker takes part in where it is "joint" (round
    eighteen)."""
    for event in events:
        gap = _CONFERENCE.fullmatch(text, statement.end, event.start)
        if event.cls != "PressBriefing" or gap is None:
            continue
        role = "hasParticipant" if re.search(r"\bjoint\b", gap.group(0)) else "hasInitiator"
        known = {m.entity for _, m in event.actors}
        for mention in [m for r, m in statement.actors if r == "hasInitiator"]:
            if mention.entity not in known:
                event.actors.append((role, mention))
                event.anchors[mention.start] = (statement.start, event.end)


_NEXT = re.compile(r"\b(?:its|the|their)\s+(?P<next>next\s+(?:briefing|session))\b", re.IGNORECASE)


def sessions(report: Report, events: list[Event], dates: list[DateMention]) -> list[Event]:
    """``events`` with, after each statement told to a body in session, that session as
    a meeting (the statement inside it); a body of the same name told again later is the
    same session; and, in a report of a session, the next one it names, with the dates
    after its words in their sentence."""
    result: list[Event] = []
    held: dict[str, Event] = {}
    for event in events:
        result.append(event)
        if event.cls != "Statement" or not _ADDRESSED.search(report.text[: event.end]):
            continue
        match = _BODY.match(report.text, event.end)
        if match is None:
            _briefing(report.text, event, events)  # "told a news conference"
            continue
        body = " ".join(match.group("body").split()).lower()
        speakers = [m for role, m in event.actors if role == "hasInitiator"]
        audience = [m for _, m in event.actors if event.end <= m.start < match.end()]
        session = held.get(body)
        if session is None:
            session = Event(
                MEETING, event.sentence, event.start, match.end(), report.span(event.start,
                match.end()), published=event.published, dates=list(event.dates),
                places=list(event.places), confidence=0.6,
            )  # fmt: skip
            session.occurrences.append((event.sentence, event.start, match.end()))
            held[body] = session
            result.insert(len(result) - 1, session)
        else:
            session.occurrences.append((event.sentence, event.start, match.end()))
        known = {id(m) for _, m in session.actors}
        for mention in [*audience, *speakers]:
            if id(mention) not in known:
                session.actors.append(("hasParticipant", mention))
                session.anchors[mention.start] = (event.start, match.end())
        if event.parent is None:
            event.parent = session
    for match in _NEXT.finditer(report.text) if held else ():
        start, end = match.span("next")
        sentence = report.sentence_at(start)
        after = [d for d in dates if end <= d.start < sentence.end]
        upcoming = Event(
            MEETING, sentence.index, start, end, match["next"], published=report.published,
            dates=after, confidence=0.5,
        )  # fmt: skip
        upcoming.occurrences.append((sentence.index, start, end))
        result.append(upcoming)
    return result
