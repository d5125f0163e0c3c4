"""Whom an unnamed official speaks for: "Russia’s envoy" represents Russia.

docs/annotation.md records an unnamed single speaker as a Person of their own (a
label from the words, "Russia’s envoy"), with a ``represents`` row to the state their
words name, or a ``memberOf`` row to the body ("an official of the ports authority").
The Person is proposed by :mod:`kg.suggest.entities` (entity_patterns.jsonl); these rules
add the row that ties them to the state or body the same words name, and a
``possiblySameAs`` row to the one register person who holds that office for that state or
body (annotation.md, "Possibly the same": an unnamed person stays an entity of their own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import ONE_FOR_A_BODY, SPOKESPEOPLE, alternation
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation

UNNAMED_ONE = rf"(?:(?:deputy|special|chief|senior)\s+)?(?:{alternation(ONE_FOR_A_BODY)})"
"""A regex of the words for one unnamed person of a body, with a rank ("deputy envoy")."""
_POSSESSIVE = re.compile(rf"[’']s\s+{UNNAMED_ONE}", re.IGNORECASE)
"""After the owner's name, to the end of the person's words: "’s envoy"."""
_OF = re.compile(
    rf"(?:an?\s+|the\s+)?{UNNAMED_ONE}\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*[’']s\s+)?"
)
"""Before the body's name: "an official of (the)"."""
_STATES = ("State", "Government")
_BODIES = ("Organization", "Ministry", "InternationalOrganization")


def speaks_for(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    """The ``represents`` (a state) or ``memberOf`` (a body) row of each unnamed person
    proposed in a sentence whose words name whom they speak for: the owner before a
    possessive ("Russia’s envoy"), or the body after "of" ("an official of X’s Ports
    Authority": the authority, not X)."""
    people = [
        m for m in here if m.entity in register.proposed and register.is_a(m.entity, "Person")
    ]
    for person in people:
        inside = [m for m in here if m.entity != person.entity
                  and person.start <= m.start and m.end <= person.end]  # fmt: skip
        owner = next(
            (m for m in inside if m.start == person.start
             and _POSSESSIVE.fullmatch(text, m.end, person.end)),
            None,
        )  # fmt: skip
        if owner is None:
            owner = next(
                (m for m in reversed(inside) if m.end == person.end
                 and _OF.fullmatch(text, person.start, m.start)),
                None,
            )  # fmt: skip
        if owner is None:
            continue
        if any(register.is_a(owner.entity, c) for c in _STATES):
            predicate = "represents"
        elif any(register.is_a(owner.entity, c) for c in _BODIES):
            predicate = "memberOf"
        else:
            continue
        yield Relation(person.entity, predicate, owner.entity, person.start, person.end, 0.7,
                       "an unnamed official named by whom they speak for")  # fmt: skip
        same = holder(text[person.start : person.end], owner.entity, register)
        if same:
            yield Relation(person.entity, "possiblySameAs", same, person.start, person.end, 0.3,
                           "the one register person of that office for them")  # fmt: skip


_ONE_HOLDER = frozenset(ONE_FOR_A_BODY) & {"envoy", "ambassador", "negotiator", *SPOKESPEOPLE}
_OFFICE = re.compile(f"({alternation(_ONE_HOLDER)})", re.IGNORECASE)
"""The nouns of an office one person holds for a state or body at a time ("official",
"diplomat", "representative" are any of many)."""
_TIES = ("represents", "memberOf", "holdsPosition", "holdsActingPosition")


def holder(words: str, owner: str, register: Register) -> str:
    """The one register Person who may be the unnamed one of ``words`` ("Ruritania’s
    envoy"): tied to ``owner`` or the government that governs it or that it governs
    (``represents``, ``memberOf``, or an office ``positionIn`` it), with the office's noun
    in their label, aliases or note, or in the label of an office they hold; or ``""``."""
    noun = _OFFICE.search(words)
    if not noun:
        return ""
    stem = noun.group(1).lower()[:6]  # "spokes" of spokesman, spokesperson
    facts = register.facts()
    owners = {owner} | {
        c.subject if c.object == owner else c.object
        for c in register.claims
        if c.predicate == "governs" and owner in (c.subject, c.object)
    }
    found = set()
    for entity in register.entities.values():
        if not register.is_a(entity.id, "Person"):
            continue
        ties = [c.object for p in _TIES for c in facts[entity.id][p]]
        offices = [o for o in ties if register.is_a(o, "Position")]
        tied = any(o in owners for o in ties) or any(
            c.object in owners for o in offices for c in facts[o]["positionIn"]
        )
        names = [entity.label, *entity.aliases, entity.note]
        names += [register.entities[o].label for o in offices if o in register.entities]
        if tied and any(stem in n.lower() for n in names):
            found.add(entity.id)
    return found.pop() if len(found) == 1 else ""


def owns_its_speaker(text: str, mention: Mention, people: list[Mention], start: int) -> bool:
    """Whether ``mention`` (a state) is only the owner in the words of an unnamed person
    proposed as one ("Russia’s envoy said": the envoy speaks, Russia does not), right
    before the speech verb at ``start``."""
    return any(
        p.start == mention.start
        and p.entity != mention.entity
        and _POSSESSIVE.fullmatch(text, mention.end, p.end)
        and not text[p.end : start].strip()
        for p in people
    )
