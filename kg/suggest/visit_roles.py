"""A visit's leader and delegation as the text words them, for `kg suggest`.

"X arrived in Kabul at the head of a 20-member delegation", "the delegation was led by
X", "the delegation, headed by X": X is the visit's ``hasLeader`` and the delegation
named there its ``hasVisitor``, where the words are in the visit's sentence or the one
before it ("at the head of" in its own sentence only); "talks between a delegation led
by X and ...": X leads the talks' side (:func:`talks_leader`).

Used by :class:`kg.suggest.event_roles.EventRoles` for events of the class Visit (and
for talks, :func:`talks_leader`).
"""

from __future__ import annotations

import re

from kg.suggest.event_record import Event
from kg.suggest.event_rows import host_of, state_named
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report

_LED_BY = re.compile(r"\bdelegation,?\s+(?:(?:was|is|were|will\s+be)\s+)?(?:led|headed)\s+by\s")
"""A delegation and its leader after a passive "led/headed by"."""
_HEAD_OF = re.compile(
    r"\b(?:at\s+the\s+head|as\s+(?:the\s+)?head)\s+of\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?delegation\b",
    re.IGNORECASE,
)
"""A leader named before "at the head of a ... delegation"."""


def visit_roles(report: Report, register: Register, event: Event, mentions: list[Mention]) -> None:
    """Adds to a visit its leader and delegation (the words above, in its sentence or the
    one before it)."""
    _leader(report, register, event, mentions)


def _add(event: Event, role: str, mention: Mention, span: tuple[int, int] | None = None) -> None:
    if (role, mention.entity) not in [(r, m.entity) for r, m in event.actors]:
        event.actors.append((role, mention))
        if span is not None:  # the words that say it, not the visit's trigger
            event.anchors[mention.start] = span


def _leader(report: Report, register: Register, event: Event, mentions: list[Mention]) -> None:
    text = report.text
    for sentence in [s for s in report.sentences if 0 <= event.sentence - s.index <= 1]:
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        people = [m for m in inside if register.is_a(m.entity, "Person")]
        bodies = [m for m in inside if register.is_a(m.entity, "Delegation")]
        for match in _LED_BY.finditer(text, sentence.start, sentence.end):
            who = [m for m in people if m.start >= match.end()]
            if not who or "," in text[match.end() : who[0].start]:
                continue
            span = (match.start(), who[0].end)
            _add(event, "hasLeader", who[0], span)
            for body in bodies:  # "The Afghan delegation was led by"
                if body.start <= match.start() <= body.end + 1:
                    _add(event, "hasVisitor", body, (body.start, match.end()))
        if sentence.index != event.sentence:
            continue  # "X arrived ... at the head of": the visit's own sentence only
        for match in _HEAD_OF.finditer(text, sentence.start, sentence.end):
            who = [m for m in people if m.end <= match.start()]
            if who and any(m.entity == who[-1].entity for _, m in event.actors):
                _add(event, "hasLeader", who[-1], (who[-1].start, match.end()))
            for body in bodies:
                if match.start() <= body.start < match.end():
                    _add(event, "hasVisitor", body)


def talks_leader(
    report: Report,
    register: Register,
    event: Event,
    span: tuple[int, int],
    mentions: list[Mention],
) -> None:
    """ "talks between a Pakistani delegation led by X and ...": X, named as a
    delegation's leader after the talks' trigger, is their ``hasLeader``, not a
    participant of his own ("The delegation was led by X, who met Y": X, the subject of
    the trigger, still takes part)."""
    text = report.text
    sentence = report.sentence_at(span[0])
    for match in _LED_BY.finditer(text, span[1], sentence.end):
        who = [
            m
            for m in mentions
            if match.end() <= m.start < sentence.end and register.is_a(m.entity, "Person")
        ]
        if not who or "," in text[match.end() : who[0].start]:
            continue
        leader = who[0].entity
        event.actors[:] = [(r, m) for r, m in event.actors if m.entity != leader]
        _add(event, "hasLeader", who[0], (match.start(), who[0].end))


def other_side(register: Register, event: Event) -> Mention | None:
    """The host a visit whose text names only its visitors and leaders implies, for "the
    two sides" told after it ("The Afghan delegation was led by X. It was the first visit
    to Tehran. ... the two sides agreed"): whoever governs its place
    (:func:`kg.suggest.event_rows.host_of`), or the one state a capital is also a name of
    ("Tehran" for Iran). Not an actor of the visit itself (the host alone would make any
    visit to that state the same one)."""
    if not register.is_a(event.cls, "Visit") or any(
        r not in ("hasVisitor", "hasLeader") for r, _ in event.actors
    ):
        return None
    after = [p for p in event.places if p.start >= event.end]
    for place in (after or event.places)[:1]:
        host = host_of(register, place.entity) or state_named(register, place.entity)
        if host is not None and host not in {m.entity for _, m in event.actors}:
            return Mention(place.start, place.end, host, "who it visited", 0.4)
    return None
