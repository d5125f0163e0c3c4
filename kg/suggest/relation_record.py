"""One relation a sentence states between two entities or events, with its evidence.

A :class:`Relation` is a proposed claim (subject, predicate, object) with the
characters of the words that state it, its confidence and its reason; the rules of
:mod:`kg.suggest.relations`, :mod:`kg.suggest.missions` and
:mod:`kg.suggest.event_relations` make them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str
    start: int
    end: int
    confidence: float
    reason: str
