"""Who "the two sides", "the three ministers", "all four countries", "the parties" stand for.

Helper of :mod:`kg.suggest.events`: such words before a trigger, with no actor named
there, are the parties of the report's last talks (a meeting, call or visit): "two",
"both" and "the parties" the last talks that name any actor; a larger number the last
talks with at least that many sides (states and governments), so that "the three
ministers" after a bilateral call still finds the trilateral meeting before it. The
sides of talks are their states and governments, a state by the one government the
register says `governs` it (the Afghan side of talks is the Islamic Emirate, as
docs/annotation.md names it); a delegation among them stands for the state it
represents, a person for the one state or government of the register's offices he holds
where the talks' people so stand for two sides or more ("the two sides" after "Misri met
Muttaqi": India and the Islamic Emirate), else for no side (their people act only for
"the two ministers", "the two leaders" and a bare "the two" or "both" opening the
clause). A "joint statement" that names no one is its sides' too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.suggest.english import SIDE_COUNTS, SIDE_WORDS, alternation
from kg.suggest.event_record import TALKS, Event
from kg.suggest.event_rows import host_of
from kg.suggest.facts import owners
from kg.suggest.mentions import Mention
from kg.suggest.missions import delegation_state
from kg.suggest.name_roles import visitors
from kg.suggest.register import Register
from kg.suggest.visit_roles import other_side

_NUMBERS = SIDE_COUNTS
_PEOPLE = set(SIDE_WORDS) & {"ministers", "leaders", "officials", "diplomats", "envoys",
                             "delegations", "counterparts"}  # fmt: skip
"""The words of :data:`SIDE_WORDS` for people, not bodies: "the two ministers" are the
last talks' people, "the two sides" their states."""
_COUNT = alternation(_NUMBERS)
SIDES = re.compile(
    rf"\b(?:(?:the|all)\s+(?P<count>{_COUNT})|both)\s+"
    r"(?:(?:sides|countries|nations|states|governments|parties|neighbou?rs)\b"
    r"|(?P<people>(?:foreign\s+|prime\s+|defen[cs]e\s+)?"
    rf"(?:{alternation(_PEOPLE)}|men|women|presidents|premiers|heads\s+of\s+state)\b))"
    r"|\bthe\s+parties\b"
    rf"|\b(?:the|all)\s+(?P<alone>{_COUNT})(?=\s+(?:also\s+|later\s+|then\s+)?$)"
    r"|(?:^\s*|[,;“]\s*)\bboth(?=\s+(?:also\s+|later\s+|then\s+)?$)",
    re.IGNORECASE,
)
"""The words that stand for the parties of talks: a number or "both" and a noun of
parties or of people ("the three sides", "all four countries", "both ministers"), "the
parties", and a bare number or "both" right before the verb ("The three also agreed")."""

_NOT_THE_DOERS = re.compile(r"\b(?:of|from|with|between|for)\s+\Z")
"""Words before "the two sides" that make them no doers ("a meeting between the two sides")."""


def sides_before(lead: str) -> str:
    """The words from "the two sides" (:data:`SIDES`) to the trigger, where
    the sentence names the talks' parties so before it, in this clause; else ""."""
    window = lead[-160:]
    for match in SIDES.finditer(window):
        tail = window[match.start() :]
        if not _NOT_THE_DOERS.search(window[: match.start()]) and not re.search(r"[.;]", tail):
            return tail
    return ""


_VERB_TO = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\s*$")
"""The verb an infinitive trigger depends on ("agreed" before "to meet"): its subject, the
words before it, is the trigger's."""


def both_sides(
    register: Register, text: str, event: Event, before_role: str, words: tuple[int, str],
    trigger_end: int, earlier: list[Event], talks: tuple[str, ...],
) -> None:  # fmt: skip
    """ "The two sides also agreed": the parties of the report's last meeting, call or
    visit that names any actor (its states and governments, a delegation's by the state it
    represents; its people where it names none; not "the first visit to X by an official"
    told in passing) act here; "the three sides", "all four countries" those of the last
    talks with that many sides; "the two ministers", "the two leaders" and a bare "the
    two" or "both" opening the clause before the verb ("Both agreed") are its people;
    "the visitors", "the guests" are the visitors of the report's last visit."""
    offset, clause_words = words
    visitors(register, event, before_role, words, trigger_end, earlier)  # "The visitors"
    if re.fullmatch(r"\s*to\s+", clause_words):  # "the two sides agreed to meet again"
        low = max(0, offset - 60)
        verb = _VERB_TO.search(text, low, offset)
        if verb is not None:
            offset, clause_words = low, text[low : verb.start()] + " "
    found = list(SIDES.finditer(clause_words))
    match = found[-1] if found else None
    if match is None or any(m.start >= offset and m.end <= trigger_end for _, m in event.actors):
        return
    number = _NUMBERS.get((match["count"] or match["alone"] or "two").lower(), 2)
    last = [e for e in earlier if any(register.is_a(e.cls, c) for c in talks)
            and e.actors]  # fmt: skip
    if number > 2:  # "the three ministers": the last talks of three sides or more
        last = [e for e in last if len(_parties(register, text, e)[1]) >= number]
    if not last:
        return
    sides, parties = _parties(register, text, last[-1])
    people = [m for m in sides if register.is_a(m.entity, "Person")]
    bare = match["alone"] is not None or re.sub(r"[\W_]", "", match.group(0).lower()) == "both"
    actors = parties
    if match["people"] or bare:
        actors = people or actors  # "the two ministers", "the two discussed": the people
    actors = actors or sides
    for actor in actors:
        if (before_role, actor.entity) not in [(r, m.entity) for r, m in event.actors]:
            event.actors.append((before_role, actor))
            event.anchors[actor.start] = (offset + match.start(), trigger_end)


def _parties(register: Register, text: str, talks: Event) -> tuple[list[Mention], list[Mention]]:
    """The actors of ``talks`` that may be its sides (a visit's every actor and the host
    its place implies, a meeting's but its host), and of them the states and
    governments, one each (a state by the one government that governs it, a delegation
    by the state it represents), and the other actors that are no person."""
    visit = register.is_a(talks.cls, "Visit")  # a meeting's host is no side of it
    sides = [m for r, m in talks.actors if visit or r != "hasHost"]
    host = other_side(register, talks)  # "the first visit to Tehran": Iran
    sides += [host] if host is not None else []
    parties: dict[str, Mention] = {}
    offices = {m.entity: _office_side(register, m.entity) for m in sides
               if register.is_a(m.entity, "Person")}  # fmt: skip
    if None in offices.values() or len(set(offices.values())) < 2:
        offices = {}  # people of one side, or of a side the register does not know
    for mention in sides:
        entity: str | None = mention.entity
        if register.is_a(mention.entity, "Delegation"):
            entity = delegation_state(register, text, mention)  # "the Afghan delegation"
        elif register.is_a(mention.entity, "Person"):
            entity = offices.get(mention.entity)  # Misri: India
        if entity is not None and register.is_a(entity, "State"):
            entity = host_of(register, entity) or entity  # Afghanistan: the Islamic Emirate
        if entity is not None and entity not in parties:
            parties[entity] = replace(mention, entity=entity)
    return sides, list(parties.values())


_GOVERNING = ("State", "Government", "DeFactoAuthority")


def _office_side(register: Register, person: str) -> str | None:
    """The one state or government the register's offices of ``person`` belong to (his
    ``holdsPosition`` or ``holdsActingPosition``, their ``positionIn``, up the ``memberOf``
    of a division or ministry: a joint secretary of India's foreign ministry acts for
    India); None where he holds none or offices of several."""
    held = {
        c.object
        for c in register.claims
        if c.subject == person and c.predicate in ("holdsPosition", "holdsActingPosition")
    }
    owned = {c.object for c in register.claims if c.subject in held and c.predicate == "positionIn"}
    owned = owned or {o for position in held for o in owners(register, position)}  # "of India"
    for _ in range(3):  # a division of a ministry of a state
        owned |= {
            c.object for c in register.claims if c.subject in owned and c.predicate == "memberOf"
        }
    found = {
        host_of(register, o) or o if register.is_a(o, "State") else o
        for o in owned
        if any(register.is_a(o, c) for c in _GOVERNING)
    }
    return found.pop() if len(found) == 1 else None


def joint_statements(register: Register, text: str, events: list[Event]) -> None:
    """ "..., according to a joint statement issued after their trilateral meeting": a
    statement the sides make together ("joint statement", "joint declaration") that names
    no speaker is made by the sides of the talks named in its sentence, else of the last
    talks before it."""
    for index, event in enumerate(events):
        if not register.is_a(event.cls, "Statement") or event.actors:
            continue
        if not event.trigger.lower().startswith("joint"):
            continue
        talks = [
            e for e in events
            if e is not event and e.actors and any(register.is_a(e.cls, c) for c in TALKS)
        ]  # fmt: skip
        here = [e for e in talks if e.sentence == event.sentence]
        before = [e for e in talks if events.index(e) < index]
        chosen = here[:1] or before[-1:]
        if not chosen:
            continue
        for party in _parties(register, text, chosen[0])[1]:
            event.actors.append(("hasInitiator", party))
            event.anchors[party.start] = (event.start, event.end)
