"""Suggestions for sentences of our own making, for the tests of `kg suggest`'s general rules.

One suggester on the seed fixture's register (``tests/fixtures/seed``), made once
for the session, and the few ways the tests read its rows: the events of a
class, the actors of an event with their roles, the claims of a predicate.
"""

from __future__ import annotations

from functools import cache

from kg.suggest.register import Register, load_register
from kg.suggest.rows import Suggestion
from kg.suggest.suggester import Suggester
from tests.conftest import DATA, ONTOLOGY

SOURCE = "002_cc55442e284936d0"  # only its publication date (2024-11-08) is used
ROLES = ("hasParticipant", "hasInitiator", "hasTarget", "hasRecipient", "hasVisitor", "hasHost")


@cache
def register() -> Register:
    return load_register(DATA, ONTOLOGY)


@cache
def suggester() -> Suggester:
    return Suggester.from_register(register(), ONTOLOGY)


def suggest(text: str) -> list[Suggestion]:
    return suggester().suggest(SOURCE, text)


def claims(rows: list[Suggestion], predicate: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in rows if r.kind == "claim" and r.predicate == predicate}


def events(rows: list[Suggestion], cls: str) -> list[str]:
    return [
        r.subject for r in rows if r.kind == "entity" and r.predicate == "type" and r.object == cls
    ]


def actors(rows: list[Suggestion], event: str) -> set[tuple[str, str]]:
    return {(r.predicate, r.object) for r in rows if r.subject == event and r.predicate in ROLES}


def acting(rows: list[Suggestion]) -> list[str]:
    """The events the rows give actors to (new or of the register), in order."""
    return list(dict.fromkeys(r.subject for r in rows if r.predicate in ROLES))


def event_classes(sentence: str) -> set[str]:
    """The classes of the events a sentence's rows propose: new ones by their type row,
    the register's (an event the text links to) by their record."""
    rows = suggest(sentence)
    new = {r.subject: r.object for r in rows if r.kind == "entity" and r.predicate == "type"}
    known = {e: register().entities[e].type for e in acting(rows) if e in register().entities}
    return {c for c in (*new.values(), *known.values()) if register().is_a(c, "Event")}


def said(rows: list[Suggestion]) -> list[str]:
    """The statement events proposed."""
    return events(rows, "Statement")


def mentioned(rows: list[Suggestion]) -> set[tuple[str, str]]:
    """(words, entity) of the mention rows."""
    return {(r.evidence, r.subject) for r in rows if r.kind == "mention"}


def new(rows: list[Suggestion], predicate: str = "label") -> dict[str, str]:
    """Proposed new entity id -> its label (or another of its entity rows)."""
    return {r.subject: r.object for r in rows if r.kind == "entity" and r.predicate == predicate}


def classes(rows: list[Suggestion]) -> dict[str, str]:
    """Proposed new entity label -> its class."""
    types = new(rows, "type")
    return {label: types[i] for i, label in new(rows).items()}


def event_times(rows: list[Suggestion], cls: str) -> list[str]:
    """The ``hasTime`` values (without their words) of the events of a class, sorted."""
    mine = set(events(rows, cls))
    return sorted(t.split(" ")[0] for e, t in claims(rows, "hasTime") if e in mine)
