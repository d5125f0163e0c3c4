"""Whom an unnamed official speaks for: "Russia’s envoy" represents Russia.

docs/annotation.md records an unnamed single speaker as a Person of their own (a
label from the words, "Russia’s envoy"), with a ``represents`` row to the state their
words name, or a ``memberOf`` row to the body ("an official of the ports authority").
The Person is proposed by :mod:`kg.suggest.entities` (entity_patterns.jsonl); these rules
add the row that ties them to the state or body the same words name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import ONE_FOR_A_BODY, alternation
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation

_ONE = rf"(?:(?:deputy|special|chief|senior)\s+)?(?:{alternation(ONE_FOR_A_BODY)})"
_POSSESSIVE = re.compile(rf"[’']s\s+{_ONE}", re.IGNORECASE)
"""After the owner's name, to the end of the person's words: "’s envoy"."""
_OF = re.compile(
    rf"(?:an?\s+|the\s+)?{_ONE}\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*[’']s\s+)?"
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
