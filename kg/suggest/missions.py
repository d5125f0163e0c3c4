"""Diplomatic missions a state keeps in a place, and states that do not recognise another.

Owns ``maintainsMissionIn`` ("India reopened its embassy in Kabul": a mission kept
there, for each state of a list: "China, Russia and Iran have retained their embassies in
Kabul"; the register's mission named represents the state and lies in the place its
label names) and ``doesNotFormallyRecognize`` for each state listed in "No country,
including A, B and C, has formally recognized Y".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.word_forms import adjective_of
from kg.vocabulary import normalise

_NO_COUNTRY = re.compile(
    r"\bno\s+(?:other\s+)?(?:country|nation|state|government)\b[^.;]{0,60}?\b"
    r"(?:officially\s+|formally\s+)?recogni[sz](?:ed|es|e)\b",
    re.IGNORECASE,
)
_INCLUDING = re.compile(r"\bincluding\s+$|^(?:,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_KEEPS = re.compile(
    r"\b(?:reopened|retained|retains|maintains?|maintained|keeps?|kept|re-?established|"
    r"opened|upgraded)\s+(?:its|their|a|an|the)\s+(?:diplomatic\s+)?"
    r"(?:embassy|embassies|mission|missions|consulate)\s+in\s+$",
    re.IGNORECASE,
)


def no_country(
    text: str, offset: int, sentence: str, here: list[Mention], register: Register
) -> Iterator[Relation]:
    """ "No country has formally recognized Y, ... including A, B, and C": each state of
    the list does not recognise Y."""
    match = _NO_COUNTRY.search(sentence)
    if match is None:
        return
    end = offset + match.end()
    after = [m for m in here if m.start >= end and register.is_a(m.entity, "Actor")]
    begin = offset + match.start()  # "no country, including India, officially recognizes"
    if not after:
        return
    recognised = register.acting_as(after[0])
    listed: list[Mention] = []
    previous_end = -1
    for mention in here:
        if mention.start < begin or not register.is_a(mention.entity, "State"):
            continue
        lead = text[max(offset, mention.start - 12) : mention.start]
        gap = text[previous_end : mention.start] if previous_end >= 0 else ""
        if re.search(r"\bincluding\s+$", lead, re.IGNORECASE) or (listed and _INCLUDING.match(gap)):
            listed.append(mention)
            previous_end = mention.end
    for state in listed:
        if state.entity != recognised.entity:
            yield Relation(state.entity, "doesNotFormallyRecognize", recognised.entity,
                           offset + match.start(), state.end, 0.5,
                           "no country recognises Y, including X")  # fmt: skip


def missions(text: str, offset: int, here: list[Mention], register: Register) -> Iterator[Relation]:
    """ "India reopened its embassy in Kabul": the actor before keeps a mission there."""
    yield from _new_missions(text, here, register)
    for mission in here:  # "its embassy in Kabul": the register's "Embassy of India, Kabul"
        record = register.entities.get(mission.entity)
        if record is None or not register.is_a(mission.entity, "DiplomaticMission"):
            continue
        label = f" {normalise(record.label)} "
        for other in register.entities.values():
            name = normalise(other.label)
            if not name or f" {name} " not in label or other.id == mission.entity:
                continue
            predicate = "represents" if register.is_a(other.id, "State") else "locatedIn"
            if predicate == "locatedIn" and not register.is_a(other.id, "Place"):
                continue
            yield Relation(mission.entity, predicate, other.id, mission.start, mission.end, 0.5,
                           "the mission's label names its state and place")  # fmt: skip
    new = {m.entity for m in here if register.proposed.get(m.entity) == "State"}
    for party in here:  # "the Indian delegation": it represents India
        if not register.is_a(party.entity, "Delegation"):
            continue
        named = _named_after(register, text[max(offset, party.start - 20) : party.end], new)
        if named is not None:
            yield Relation(party.entity, "represents", named, party.start, party.end, 0.5,
                           "a delegation named after its state")  # fmt: skip
    for index, place in enumerate(here):
        if not register.is_a(place.entity, "Place"):
            continue
        if _KEEPS.search(text[max(offset, place.start - 80) : place.start]) is None:
            continue
        owners = [m for m in here[:index] if register.is_a(m.entity, "State")]
        if owners:
            listed = [owners[-1]]  # "China, Russia and Iran have retained their embassies in"
            for earlier in reversed(owners[:-1]):
                if not _LIST.fullmatch(text[earlier.end : listed[-1].start]):
                    break
                listed.append(earlier)
            why = "reopened or kept its mission there"
            for owner in listed:
                yield Relation(owner.entity, "maintainsMissionIn", place.entity, owner.start,
                               place.end, 0.6, why)  # fmt: skip


_KEPT = re.compile(
    r"\b(?:reopened|retained|retain|maintained|maintain|kept|keep|re-?established)\s+their\s+"
    r"(?:diplomatic\s+)?(?:embassies|missions)\b"
)


def _new_missions(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    """A new mission of this report ("Embassy of China, Kabul", proposed for "China ...
    have retained their embassies in Kabul") represents the state its label names after
    "of" and lies in the place after that (its id: ``embassy-of-china-kabul``); where the
    sentence says they "retained", "kept", "reopened" them, the state maintains a mission
    in that place (the place named in an earlier sentence too)."""
    ids = {m.entity for m in here}
    done: set[str] = set()
    for mission in here:
        name = mission.entity
        if name in done or register.proposed.get(name) != "DiplomaticMission":
            continue
        done.add(name)
        _, of, rest = name.partition("-of-")
        for other in ids | set(register.entities):
            if not of or not rest.startswith(f"{other}-"):
                continue
            place = rest[len(other) + 1 :]
            if register.is_a(other, "State") and register.is_a(place, "Place"):
                why = "the new mission's name: its state and place"
                yield Relation(name, "represents", other, mission.start, mission.end, 0.5, why)
                yield Relation(name, "locatedIn", place, mission.start, mission.end, 0.5, why)
                stop = text.find(".", mission.end)
                kept = _KEPT.search(text, mission.end, stop if stop >= 0 else len(text))
                if kept:
                    yield Relation(other, "maintainsMissionIn", place, mission.start, kept.end(),
                                   0.5, "kept their embassies (a new mission's place)")  # fmt: skip


def _named_after(register: Register, words: str, new: set[str]) -> str | None:
    """The one state (of the register, or ``new`` ones: "the Uzbek delegation") named or
    described by its adjective in the last four of ``words``."""
    states = [(normalise(e.label), e.id) for e in register.entities.values()
              if register.is_a(e.id, "State")]  # fmt: skip
    states += [(normalise(e.replace("-", " ")), e) for e in sorted(new)]
    last = normalise(words).split()[-4:]
    named = {i for w in last for name, i in states if w == name or adjective_of(w, name)}
    return named.pop() if len(named) == 1 else None


def delegation_state(register: Register, text: str, delegation: Mention) -> str | None:
    """The state a delegation acts for: the one the register says it ``represents``, else
    the one its words or the few before them name ("the Afghan delegation")."""
    stated = {
        c.object
        for c in register.claims
        if c.predicate == "represents" and c.subject == delegation.entity
    }
    if len(stated) == 1:
        return stated.pop()
    new = {e for e, cls in register.proposed.items() if cls == "State"}
    start = max(0, delegation.start - 20)
    return _named_after(register, text[start : delegation.end], new)
