"""A new event that follows a register event is that event's recorded consequence."""

from __future__ import annotations

from dataclasses import replace

from kg.suggest.event_record import Event
from kg.suggest.link_dates import dates_fit, later
from kg.suggest.link_evidence import same_actors
from kg.suggest.register import ACTOR_ROLES, Register
from kg.suggest.relation_record import Relation


def same_cause(
    register: Register, events: list[Event], relations: list[Relation]
) -> list[Relation]:
    """Link each new event that ``follows`` a register event ("The Taliban takeover
    prompted New Delhi and Western countries to close their embassies") to the one register
    event of its class that follows the same event and shares an actor, the same doer where
    both name one, with no date against it (another report's "India had previously
    withdrawn all diplomats following the Taliban’s rise to power"); the relations are
    rewritten to the register's id. A consequence of one event by the same actor is told
    once in the register, though without the place or date linking needs otherwise."""
    facts = register.facts()
    same = same_actors(register)
    taken = {e.id for e in events if e.existing}
    renamed: dict[str, str] = {}
    for event in events:
        if event.existing:
            continue
        causes = {
            r.object
            for r in relations
            if r.subject == event.id and r.predicate == "follows" and register.is_event(r.object)
        }
        mine = {a for _, m in event.actors for a in same.get(m.entity, {m.entity})}
        doers = {
            a
            for r, m in event.actors
            if r == "hasInitiator"
            for a in same.get(m.entity, {m.entity})
        }
        found = []
        for cause in causes:
            for candidate, claims in facts.items():
                if candidate in taken or not register.is_event(candidate):
                    continue
                if cause not in {c.object for c in claims.get("follows", [])}:
                    continue
                if not register.is_a(register.entities[candidate].type, event.cls):
                    continue
                actors = {c.object for role in ACTOR_ROLES for c in claims.get(role, [])}
                theirs = {c.object for c in claims.get("hasInitiator", [])}
                times = [c.object for c in claims.get("hasTime", [])]
                if not mine & actors or (doers and theirs and not doers & theirs):
                    continue
                if dates_fit(event, times) and not later(event, times):
                    found.append(candidate)
        if len(set(found)) != 1:
            continue
        renamed[event.id] = found[0]
        event.id, event.existing = found[0], True
        taken.add(found[0])
        event.reason = f"the register's event {found[0]}: same kind; follows the same event"
        event.confidence = 0.6
    return [
        replace(
            r, subject=renamed.get(r.subject, r.subject), object=renamed.get(r.object, r.object)
        )
        for r in relations
    ]
