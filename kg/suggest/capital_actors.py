"""A capital named where an actor stands, for its state: "Muttaqi urged Tashkent to ease
visas", "The Tajik capital Dushanbe condemned the attack".

:mod:`kg.suggest.capitals` makes a capital another name of a register state where the
register knows the capital as a city; a capital whose state the register lacks (a new state
and a city of one report: "Tajikistan ... The Tajik capital Dushanbe condemned") is read
here, for an event's actors only: a city that GeoNames gives as a state's capital, named
right before the trigger as its subject ("Dushanbe has condemned") or right after it as its
object ("urged Tashkent"), stands for that state (the register's, or the one the report
proposes), or for the government the register says governs it (docs/annotation.md, *Naming
the actor*). Elsewhere a city stays a place ("visited Kabul in March, when they met X").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.suggest.candidates import slug
from kg.suggest.capitals import capital_state, governor
from kg.suggest.mentions import Mention
from kg.suggest.mentions_by_description import gazetteer_state
from kg.suggest.register import Register

_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|also|later|then|strongly|will|would)\s+)*")
"""What may stand between a capital as subject and its verb ("Dushanbe has condemned")."""


def capital_actor(
    register: Register, text: str, mention: Mention, trigger: tuple[int, int]
) -> Mention | None:
    """The mention of the state whose capital ``mention`` names as the subject or object
    of the ``trigger``'s verb, or None (no capital, not next to the verb, or a state
    neither the register nor the report's new entities hold)."""
    subject = mention.end <= trigger[0] and _SUBJECT_GAP.fullmatch(text, mention.end, trigger[0])
    if not subject and not (
        mention.start >= trigger[1] and not text[trigger[1] : mention.start].strip()
    ):
        return None
    short = capital_state(text[mention.start : mention.end])
    state = state_entity(register, short) if short else None
    if state is None:
        return None
    actor = governor(register, state) or state
    return replace(mention, entity=actor, how="a capital named for its state")


def state_entity(register: Register, short: str) -> str | None:
    """The register's state of the short name ``short`` (as :func:`state_named` gives it:
    :func:`kg.suggest.mentions_by_description.gazetteer_state`), or the one the report
    proposes, or None."""
    state = gazetteer_state(register, short)
    if state is None and register.proposed.get(slug(short)) == "State":
        state = slug(short)
    return state
