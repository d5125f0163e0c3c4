"""Whose event "his" or "her" before its noun names: "X said his meeting with Y was useful".

A possessive pronoun right before the event's noun (a word or two between: "his first
meeting", "her two-day visit") stands for the last person named before it in its sentence,
who takes the trigger's ``before`` role (round eighteen). Narrowed to its sentence: read
back to the sentence before ("X arrived on Monday. His talks with Y ..."), it cost the
held-out column two wrong rows and a wrong event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.text import Report

_HIS = re.compile(r"(?:^|(?<=[\s“(]))(?:[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}$")
""""his" or "her" and up to two words before the trigger."""


_PREPOSITION = re.compile(
    r"\b(?:during|after|before|on|at|in|for|from|with|since|following|about|ahead\s+of)\s+$",
    re.IGNORECASE,
)
"""A preposition right before "his": a phrase about the clause's subject, not the person
named last ("X met Y during his visit": X); not "of" ("details of his talks with Y")."""


def possessor(
    report: Report, event: Event, role: str, span: tuple[int, int], people: list[Mention]
) -> None:
    """Adds to ``event`` (its trigger at ``span``) the person "his" or "her" before the
    trigger stands for, in ``role``; ``people``: the report's mentions of people."""
    start, end = span
    sentence = report.sentence_at(start)
    owner = _HIS.search(report.text, max(sentence.start, start - 40), start)
    if owner is None or _PREPOSITION.search(report.text, sentence.start, owner.start()):
        return  # "met Y during his visit": the subject's (:mod:`kg.suggest.adjuncts`)
    here = [p for p in people if sentence.start <= p.start and p.end <= owner.start()]
    if not here:
        return
    person = here[-1]
    if person.entity in {m.entity for _, m in event.actors}:
        return
    person = replace(person, how="his or her: the person named before in the sentence")
    event.actors.append((role, person))
    event.anchors[person.start] = (owner.start(), end)
