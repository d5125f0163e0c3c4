"""Who and where tell whether two reports speak of one event (``kg suggest``).

Used by :func:`kg.suggest.linking.link`: actors are compared as parties (a state, its
government and the group that rules it are one party; a person acts for the party of
their office), a party that takes part in many of the register's events (the one
government every report of the genre names) tells less than a rare one, by an inverse
document frequency over those events; and the sides' people, parties and cities that
tell another event.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
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


def others_on_both_sides(register: Register, mine: set[str], theirs: set[str]) -> bool:
    """Each side names a person the other does not (states are not compared: reports
    name the state, its government or neither for one act)."""
    here = {a for a in mine if register.is_a(a, "Person")}
    there = {a for a in theirs if register.is_a(a, "Person")}
    return bool(here - theirs) and bool(there - mine)


def parties_missing(register: Register, weigh: Evidence, mine: set[str], theirs: set[str]) -> bool:
    """The register's event has two participant states or more (parties named in full),
    one of which no participant here is or acts for, and a participant here is none of
    theirs nor acts for one of their parties: talks of an Uzbek minister with the Taliban
    in Kabul are no meeting of China, Pakistan and the Taliban in Kabul."""
    states = _states(register, weigh, theirs)
    if len(states) < 2:
        return False
    parties = weigh.parties_of(theirs)
    unnamed = states - weigh.acting_for(mine)
    others = {a for a in mine if not weigh.acting_for({a}) & parties}
    return bool(unnamed) and bool(others)


def other_parties(register: Register, weigh: Evidence, mine: set[str], theirs: set[str]) -> bool:
    """Both name two participant states or more, and not the same ones: the parties of an
    agreement are what it is (tried for every class with participants, it lost a held-out
    link: a meeting's report may name more or fewer of those present)."""
    here, there = _states(register, weigh, mine), _states(register, weigh, theirs)
    return len(here) >= 2 and len(there) >= 2 and here != there


def _states(register: Register, weigh: Evidence, actors: set[str]) -> set[str]:
    """The parties of the states and governments among ``actors``."""
    kinds = ("State", "Government", "DeFactoAuthority")
    return {weigh.party(a) for a in actors if any(register.is_a(a, k) for k in kinds)}


def other_city(
    register: Register,
    facts: dict[str, dict[str, list[object]]],
    places: set[str],
    theirs: set[str],
) -> bool:
    """Both name a city (or a building the register puts in one), and no city of one is
    a city of the other; a city new to the register is none of the register's."""
    here = {p for p in within(facts, places) if register.is_a(p, "City")}
    there = {p for p in within(facts, theirs) if register.is_a(p, "City")}
    return bool(here) and bool(there) and not here & there


def same_actors(register: Register) -> dict[str, set[str]]:
    """Each government with the state it governs and back (the register's ``governs``):
    reports name either for the same act ("Afghanistan’s request", "the Taliban’s"); and
    an armed group with the government the register names "<group> government"
    (annotation.md, "Naming the actor": "the Taliban seized power", "the Taliban
    government, which seized power")."""
    same: dict[str, set[str]] = {}
    pairs = [(c.subject, c.object) for c in register.claims if c.predicate == "governs"]
    names = {normalise(n): e.id for e in register.entities.values() for n in (e.label, *e.aliases)}
    for group in register.entities.values():
        if register.is_a(group.id, "ArmedGroup"):
            ruling = names.get(f"{normalise(group.label)} government")
            if ruling is not None and ruling != group.id:
                pairs.append((ruling, group.id))
    for a, b in pairs:
        same.setdefault(a, {a}).add(b)
        same.setdefault(b, {b}).add(a)
    return same


def inside(
    weigh: Evidence, facts: dict[str, dict[str, list[object]]], places: set[str]
) -> set[str]:
    """The places, every place the register says they lie in, and the state of a capital
    (:attr:`~kg.suggest.link_evidence.Evidence.capitals`: talks "in Kabul" are in
    Afghanistan). For this report's places only: read for the register's places too, it
    lost held-out links."""
    found = within(facts, places)
    return found | within(facts, {s for p in found for s in weigh.capitals.get(p, set())})


def within(facts: Mapping[str, Mapping[str, Sequence[object]]], places: set[str]) -> set[str]:
    """The places and every place the register says they lie in (``locatedIn``)."""
    found, todo = set(places), list(places)
    while todo:
        for claim in facts.get(todo.pop(), {}).get("locatedIn", []):
            outer = claim.object  # type: ignore[attr-defined]
            if outer not in found:
                found.add(outer)
                todo.append(outer)
    return found


def one_party_among_others(
    register: Register, weigh: Evidence, shared: set[str], mine: set[str], theirs: set[str]
) -> bool:
    """The one party both name is a person or a body, and each side names a participant
    the other does not name nor act for (states and governments aside): one envoy who
    briefs a council on a day is not at that envoy's meeting with a minister that day."""
    if len(weigh.parties_of(shared)) != 1:
        return False
    here, there = mine - shared, theirs - shared
    return bool(_others(register, weigh, here, theirs)) and bool(
        _others(register, weigh, there, mine)
    )


def _others(register: Register, weigh: Evidence, actors: set[str], other: set[str]) -> set[str]:
    """The ``actors`` that are no state nor government, and act for no party of ``other``."""
    parties = weigh.acting_for(other)
    return {
        a
        for a in actors
        if not _states(register, weigh, {a}) and not weigh.acting_for({a}) & parties
    }
