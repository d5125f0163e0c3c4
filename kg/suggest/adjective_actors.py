"""The state whose adjective stands right before an event's noun: "the Pakistani airstrikes"
(Pakistan strikes), "Iranian shelling", "a Chinese statement".

A state's adjective is no mention of the state, so an event told by a noun after it had no
doer. :func:`adjective_actor` gives the event that state (the register's or the one the
report proposes, :func:`kg.suggest.capital_actors.state_entity`; in diplomacy the
government that governs it: "the Afghan statement" is the Islamic Emirate's) in the trigger
row's ``before`` role, where the event has no actor in that role yet; a state's name ("India
airstrikes") is a mention already, and a word between ("Pakistani military operation" is
read at the last word: "military" is no adjective of a state) tells nothing.
"""

from __future__ import annotations

import re

from kg.suggest.capital_actors import state_entity
from kg.suggest.capitals import governor
from kg.suggest.event_record import Event
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.triggers import Trigger

_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+\Z")
"""A capitalised word right before the trigger."""


def adjective_actor(
    register: Register,
    text: str,
    event: Event,
    trigger: Trigger,
    span: tuple[int, int],
    force: bool = False,
) -> None:
    """Adds to ``event`` the state whose adjective stands right before its trigger at
    ``span``, in the trigger's ``before`` role, where no actor has that role; outside a use
    of force (``force``: the state itself strikes) the government the register says
    governs the state, as "the Afghan side" is (docs/annotation.md, *Naming the actor*)."""
    if any(role == trigger.before for role, _ in event.actors):
        return
    found = _BEFORE.search(text, max(0, span[0] - 30), span[0])
    if found is None or state_named(found.group(1)):
        return
    short = state_of_adjective(found.group(1))
    state = state_entity(register, short) if short else None
    if state is None:
        return
    if not force:  # "the Afghan statement": the government that governs the state
        state = governor(register, state) or state
    how = "a state's adjective before the event's noun"
    mention = Mention(found.start(1), found.end(1), state, how, 0.6)
    event.actors.append((trigger.before, mention))
    event.anchors[mention.start] = span
