"""What a trailing reporting clause reports: the event before it is the statement's topic."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import PEOPLE, SIDE_WORDS, alternation
from kg.suggest.event_record import Event
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation

_REPORTERS = ("Statement", "PressBriefing")
"""The acts a reporting clause names ("X said", "according to a statement")."""
_CLAUSE_WORDS = 9
"""The most words between the clause's comma and its verb (", Uzbekistan’s Foreign
Ministry said", ", according to a joint statement"): more is a clause of its own."""
_UNNAMED = alternation(
    [*(w for w in SIDE_WORDS if w.endswith("s")), *PEOPLE, "sources", "members", "residents",
     "analysts", "witnesses", "people"]
)  # fmt: skip
_NOT_REPORTING = re.compile(
    r"^\s*(?:[”’\"]|(?:\w+\s+of\s+)?(?:who|which|whom|whose|where|when|while|and|but)\b|"
    rf"(?:[\w’'-]+\s+){{0,3}}(?-i:{_UNNAMED})\s*$)"
    r"|[;:—–(]|\s-\s",
    re.IGNORECASE,
)
"""No reporting clause of a named source: a quotation's end (",” she said": quotations
have rows of their own), a relative or coordinated clause (", who described"), an
unnamed plural source in small letters (", diplomats said", ", traders said"; not
", the Border Troops said")."""
_FRONTED = re.compile(
    r"^\W*(?:on|at|during|in|after|following|before|amid|ahead of|earlier|later|since)\b",
    re.IGNORECASE,
)
"""A fronted phrase ("On the sidelines of the meeting, ..."): its event is no news."""


def reported_topics(
    text: str, sentence_start: int, named: list[tuple[int, int, Event]], register: Register
) -> Iterator[Relation]:
    """ "China pledged 20,000 tonnes of rice, the statement said", "He promised visas,
    it added", "X signed a protocol ..., according to a statement from Y": a statement
    whose verb ends the sentence after a comma reports the first event of the sentence's
    main clause (``hasTopic``), as the verb right before an event's name does
    (:func:`kg.suggest.event_relations.about`)."""
    for start, end, speech in named:
        if not any(register.is_a(speech.cls, c) for c in _REPORTERS):
            continue
        lead = text[sentence_start:start]
        comma = lead.rfind(",")
        if comma < 0 or len(lead[comma + 1 :].split()) > _CLAUSE_WORDS:
            continue
        if _NOT_REPORTING.search(lead[comma + 1 :]):
            continue
        at = sentence_start + comma
        if any(at < s < start or (s < at and e.id == speech.id) for s, _, e in named):
            continue  # another event inside the clause; the same statement told before
        told = [(s, e) for s, _, e in named if s < at and e.id != speech.id]
        first_comma = text.find(",", sentence_start, at + 1)
        if _FRONTED.match(lead):  # "On the sidelines of the meeting, Wang held talks"
            told = [(s, e) for s, e in told if s > first_comma]
        if not told or any(register.is_a(told[0][1].cls, c) for c in _REPORTERS):
            continue  # "X told Y that ..., his office said": the nearer speech is told
        where, event = told[0]
        yield Relation(speech.id, "hasTopic", event.id, where, end, 0.4,
                       "what a reporting clause after a comma reports")  # fmt: skip
