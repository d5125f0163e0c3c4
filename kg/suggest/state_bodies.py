"""A state's body named with the state's possessive is a member of that state.

"India’s foreign ministry", "Tajikistan’s Border Troops": the name
says whose body it is, and annotators write its ``memberOf`` the state (the body of an
international organisation too: "the Council’s Sanctions Committee").
:mod:`kg.suggest.relations` does "Y’s ministry" where Y and the ministry are two names;
here the state's word is part of the body's own name, or the body is an armed force.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.gazetteer import state_named
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.subdivisions import states_named

_BODIES = ("Ministry", "ArmedForces", "Organization")
"""The classes of a state's bodies (not its delegations, missions or governments, whose
relations to it are ``represents`` and ``governs``)."""
_OWNER = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+\S")


def _cls(register: Register, entity: str) -> str:
    record = register.entities.get(entity)
    return record.type if record else register.proposed.get(entity, "")


def bodies(text: str, mentions: list[Mention], register: Register) -> Iterator[Relation]:
    """``memberOf`` for each body of a state or international organisation whose name
    (or the possessive right before it) names its owner."""
    states = states_named(text, mentions, register)
    for index, mention in enumerate(mentions):
        cls = _cls(register, mention.entity)
        if cls not in _BODIES:
            continue
        words = text[mention.start : mention.end]
        owner = _OWNER.match(words)  # not by the adjective ("Uzbek customs"): 1 row of 5
        short = state_named(owner["owner"]) if owner else None  # on the dev reports
        state = states.get(short or "")
        if state and state != mention.entity:
            yield Relation(mention.entity, "memberOf", state, mention.start, mention.end, 0.5,
                           "a body the state's name owns")  # fmt: skip
            continue
        before = [m for m in mentions[:index] if m.end <= mention.start]
        if not before or text[before[-1].end : mention.start] not in ("’s ", "'s "):
            continue
        whole = before[-1]
        if (cls == "ArmedForces" and register.is_a(whole.entity, "State")) or (
            cls == "Organization" and register.is_a(whole.entity, "InternationalOrganization")
        ):
            yield Relation(mention.entity, "memberOf", whole.entity, whole.start, mention.end,
                           0.5, "Y’s body")  # fmt: skip
