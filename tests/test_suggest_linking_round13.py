"""Round 13 of `kg suggest`'s linking: a new event that follows a register event is the
register's event of its class that follows the same one. On a small register of our own
making (the seed fixture's entities, invented claims), each failing without its rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from kg.build.annotations import ClaimRecord, EntityRecord
from kg.errors import Location
from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.same_cause import same_cause
from tests.suggest_sentences import register

PUBLISHED = dt.date(2024, 11, 8)
WHERE = Location(Path("claims.tsv"), 2)
KINDS = {"coup-x": "ChangeOfGovernment", "exit-x": "EmbassyClosure", "exit-y": "EmbassyClosure"}


def _register(claims: list[tuple[str, str, str]]) -> Register:
    """The seed fixture's register with ``claims`` (told by report "a") and the events of
    ``KINDS`` in place of its own claims."""
    records = [ClaimRecord(s, p, o, "a", "w", None, "", WHERE) for s, p, o in claims]
    entities = {**register().entities}
    entities.update({e: EntityRecord(e, k, e, (), "", "", WHERE) for e, k in KINDS.items()})
    return dataclasses.replace(register(), entities=entities, claims=records)


_CLOSED = [
    ("coup-x", "hasInitiator", "taliban"),
    ("exit-x", "hasInitiator", "india"),
    ("exit-x", "follows", "coup-x"),
    ("exit-x", "hasTime", "2021..2022"),
]


def _closure(*doers: str) -> tuple[Event, list[Relation]]:
    """A new embassy closure by ``doers`` that the report says the coup prompted
    ("The coup prompted Nepal and India to close their embassies"), with no date."""
    event = Event("EmbassyClosure", 0, 0, 5, "close", id="embassy-closure-new")
    event.published = PUBLISHED
    event.actors = [
        ("hasInitiator", Mention(10 + i, 12 + i, d, "", 1.0)) for i, d in enumerate(doers)
    ]
    follows = Relation("embassy-closure-new", "follows", "coup-x", 0, 5, 0.8, "A prompted B")
    return event, [follows]


def test_a_consequence_of_the_same_event_by_the_same_doer_is_linked() -> None:
    event, relations = _closure("india", "nepal")
    relations = same_cause(_register(_CLOSED), [event], relations)
    assert event.existing and event.id == "exit-x"
    assert relations[0].subject == "exit-x"  # the relation follows the link


def test_no_shared_actor_is_another_consequence() -> None:
    event, relations = _closure("nepal")
    same_cause(_register(_CLOSED), [event], relations)
    assert not event.existing


def test_another_doer_is_another_consequence() -> None:
    event, relations = _closure("nepal")
    event.actors.append(("hasRecipient", Mention(30, 35, "india", "", 1.0)))
    same_cause(_register(_CLOSED), [event], relations)
    assert not event.existing  # Nepal closed it, India's closure is recorded


def test_two_recorded_consequences_link_neither() -> None:
    both = [*_CLOSED, ("exit-y", "hasInitiator", "india"), ("exit-y", "follows", "coup-x")]
    event, relations = _closure("india")
    same_cause(_register(both), [event], relations)
    assert not event.existing


def test_without_the_same_cause_nothing_is_linked() -> None:
    event, _ = _closure("india")
    same_cause(_register(_CLOSED), [event], [])
    assert not event.existing
