"""Who detains where the text names no one: the authority that governs the place.

"A Tajik citizen who had been detained in Badakhshan", "three aid workers were arrested in
Herat": a detention or arrest of someone named, told with no agent ("by X"), is the act of
whoever governs the place it happened in (round eighteen): the register's one government
of the state the place lies in (``governs``, ``locatedIn``), else that state, as a visit's
host is whoever governs the place visited (:func:`kg.suggest.event_rows.host_of`; a capital
stands for its government).
"""

from __future__ import annotations

from dataclasses import replace

from kg.suggest.event_record import Event
from kg.suggest.event_rows import host_of
from kg.suggest.link_evidence import within
from kg.suggest.register import Register

DETENTION = "detained"
"""The trigger table's row of a detention, by its first trigger (``ontology/triggers.tsv``:
"detained | arrested | detention of | arrest of")."""


def detainer(register: Register, event: Event) -> None:
    """Adds to a detention with no doer (``hasInitiator``) and someone detained
    (``hasTarget``) whoever governs its place."""
    roles = {r for r, _ in event.actors}
    if event.row != DETENTION or "hasInitiator" in roles:
        return
    if "hasTarget" not in roles:
        return  # "two Americans remain detained there": a state of affairs, no one named
    rulers = {}
    for place in event.places:
        state = _state_of(register, place.entity)  # "in Kabul": its government, as a
        ruler = host_of(register, place.entity) or (host_of(register, state) if state else None)
        if ruler is not None:
            rulers[ruler] = place
    if len(rulers) != 1:
        return
    ((ruler, place),) = rulers.items()
    mention = replace(place, entity=ruler, how="who governs the place of a detention")
    event.actors.append(("hasInitiator", mention))
    event.anchors[mention.start] = (min(event.start, place.start), max(event.end, place.end))


def _state_of(register: Register, place: str) -> str | None:
    """The state ``place`` is, or lies in by the register's ``locatedIn``; None where the
    register places it in no state, or in several."""
    states = {p for p in within(register.facts(), {place}) if register.is_a(p, "State")}
    return states.pop() if len(states) == 1 else None
