"""Provinces and regions of one state by ISO 3166-2 (pycountry): the place lies in that state.

"Logar province", "Khyber Pakhtunkhwa", "Sughd": the report rarely says which state a
province belongs to, and a reviewer would otherwise type each ``locatedIn`` row. The
names of ISO 3166-2 subdivisions are a standard list (pycountry's copy, accents folded
by :func:`kg.vocabulary.normalise`: "Lōgar" is "Logar"); a name the subdivisions of
two states share ("Punjab") says nothing. A city of a province's name ("Kandahar",
"Dhaka") lies in the same state, so the rule holds for it too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from kg.suggest.gazetteer import state_named
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.vocabulary import normalise

_KIND = re.compile(
    r"^(?:the\s+)?(?P<name>.+?)(?:\s+(?:province|region|district|division|city|valley))?$",
    re.IGNORECASE,
)
"""A place's name without its kind's word ("Logar province": "Logar")."""
_FEATURE = re.compile(r"\s+(?:river|sea|lake|dam|basin|canal)\b", re.IGNORECASE)
"""A feature named after a province ("the Helmand river") need not lie in its state."""


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, set[str]]:
    """Every ISO 3166-2 subdivision's name (normalised) -> the short names of the states
    that have a subdivision of that name."""
    import pycountry

    found: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=division.country_code)
        if country is None:
            continue
        short = state_named(getattr(country, "common_name", None) or country.name)
        if short:
            found.setdefault(normalise(division.name), set()).add(short)
    return found


def state_of_place(name: str) -> str | None:
    """The short name of the one state with a province or region ``name``, or None.

    >>> state_of_place("Khyber Pakhtunkhwa province"), state_of_place("Punjab")
    ('Pakistan', None)
    """
    match = _KIND.match(name.strip())
    states = _subdivisions().get(normalise(match["name"] if match else name), set())
    return next(iter(states)) if len(states) == 1 else None


def states_named(text: str, mentions: list[Mention], register: Register) -> dict[str, str]:
    """The short name of each state the report names (ISO 3166-1) -> its entity."""
    states: dict[str, str] = {}
    for mention in mentions:
        if register.is_a(mention.entity, "State"):
            short = state_named(text[mention.start : mention.end])
            record = register.entities.get(mention.entity)
            if short is None and record is not None:
                short = state_named(record.label)
            if short:
                states.setdefault(short, mention.entity)
    return states


def provinces(text: str, mentions: list[Mention], register: Register) -> Iterator[Relation]:
    """``locatedIn`` the state for each new place of the report (not a state) that is
    a province or region of one state the report names too."""
    states = states_named(text, mentions, register)
    placed = {c.subject for c in register.claims if c.predicate == "locatedIn"}
    done: set[str] = set()
    for mention in mentions:
        entity = mention.entity
        if entity in done or entity in placed or entity in register.entities:
            continue  # a register place: where it lies is the register's to say
        if not register.is_a(entity, "Place") or register.is_a(entity, "State"):
            continue
        done.add(entity)
        if _FEATURE.match(text, mention.end) or _FEATURE.search(entity.replace("-", " ")):
            continue
        state = states.get(state_of_place(text[mention.start : mention.end]) or "")
        if state and state != entity:
            yield Relation(entity, "locatedIn", state, mention.start, mention.end, 0.4,
                           "a province or region of one state (ISO 3166-2)")  # fmt: skip
