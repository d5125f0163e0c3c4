"""How much a shared actor tells that two reports speak of one event (``kg suggest``).

Used by :func:`kg.suggest.linking.link`: actors are compared as groups (a state, its
government and the group that rules it are one party), and a party that takes
part in many of the register's events (the one government every report of the genre
names) tells less than a rare one, by an inverse document frequency over those events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kg.build.annotations import ClaimRecord
from kg.suggest.register import ACTOR_ROLES, Register
from kg.vocabulary import normalise


@dataclass
class Evidence:
    """The register's parties (``group``: an actor to the one id of its party) and how
    many of its events each party takes part in."""

    group: dict[str, str]
    events: int
    parties: dict[str, int]
    sides: dict[str, set[str]]
    """A person or body -> the parties it acts for (its office's ``positionIn``, what it
    is ``memberOf`` or ``partOf``)."""
    capitals: dict[str, set[str]]
    """A city whose name is also a name of an actor (a capital stands for its government:
    "Kabul") -> the states that actor is or governs: the city lies in them."""

    def party(self, actor: str) -> str:
        return self.group.get(actor, actor)

    def parties_of(self, actors: set[str]) -> set[str]:
        return {self.party(a) for a in actors}

    def acting_for(self, actors: set[str]) -> set[str]:
        """The parties of ``actors`` and the parties their people act for."""
        return self.parties_of(actors) | {p for a in actors for p in self.sides.get(a, set())}

    def weight(self, party: str) -> float:
        """The inverse document frequency of a party: log(events / events it is in)."""
        return math.log((self.events + 1) / (self.parties.get(party, 0) + 1))


def evidence(
    register: Register,
    facts: dict[str, dict[str, list[ClaimRecord]]],
    same: dict[str, set[str]],
) -> Evidence:
    """The parties of the register (``same``: each actor with the ones that stand for the
    same party) and their counts over the register's events."""
    group: dict[str, str] = {}
    for start in sorted(same):
        if start in group:
            continue
        todo, seen = [start], {start}
        while todo:
            for other in same.get(todo.pop(), set()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        name = min(seen)
        for member in seen:
            group[member] = name
    parties: dict[str, int] = {}
    count = 0
    for ident, claims in facts.items():
        if not register.is_event(ident):
            continue
        count += 1
        found = {
            group.get(c.object, c.object) for role in ACTOR_ROLES for c in claims.get(role, [])
        }
        for party in found:
            parties[party] = parties.get(party, 0) + 1
    offices = {
        c.subject: group.get(c.object, c.object)
        for claims in facts.values()
        for c in claims.get("positionIn", [])
    }
    sides: dict[str, set[str]] = {}
    for ident, claims in facts.items():
        for predicate in ("holdsPosition", "holdsActingPosition", "memberOf", "partOf"):
            for claim in claims.get(predicate, []):
                side = offices.get(claim.object, group.get(claim.object, claim.object))
                sides.setdefault(ident, set()).add(side)
    return Evidence(group, count, parties, sides, _capitals(register, facts))


def _capitals(
    register: Register, facts: dict[str, dict[str, list[ClaimRecord]]]
) -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}  # a name -> the actors it names
    for record in register.entities.values():
        if register.is_a(record.id, "Actor") and not register.is_a(record.id, "Place"):
            for name in (record.label, *record.aliases):
                named.setdefault(normalise(name), set()).add(record.id)
    capitals: dict[str, set[str]] = {}
    for record in register.entities.values():
        if register.is_a(record.id, "City"):
            for actor in named.get(normalise(record.label), set()):
                ruled = {c.object for c in facts.get(actor, {}).get("governs", [])}
                states = ruled | ({actor} if register.is_a(actor, "State") else set())
                if states:
                    capitals.setdefault(record.id, set()).update(states)
    return capitals
