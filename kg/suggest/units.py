"""The words of a quantity: its units, qualifiers and the number phrases of the genre.

A unit word names a ``kg:Unit`` of the ontology (people are ``person``, goods by the
piece ``item``); a qualifier is a prefix of the claims' quantity syntax ("over": ``>``);
a number phrase is digits, a number word, or one of the forms news English writes large
or round numbers in: "half a million", "a million", "two dozen", "1.2m", "1.5 lakh"
(a lakh is a hundred thousand, a crore ten million).
"""

from __future__ import annotations

import re

from kg.suggest.english import NUMBER_WORDS, PEOPLE, alternation

UNITS = dict.fromkeys(PEOPLE, "person") | {
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "litre": "litre", "litres": "litre",
    "liter": "litre", "liters": "litre", "dose": "dose", "doses": "dose",
    "project": "project", "projects": "project", "visit": "visit", "visits": "visit",
    "item": "item", "items": "item", "people": "person", "persons": "person",
    "civilians": "person", "refugees": "person", "soldiers": "person", "children": "person",
    "diplomats": "person", "afghan refugees": "person", "development projects": "project",
    "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3", "kilometres": "km",
    "kilometers": "km", "km": "km", "megawatts": "mw", "megawatt": "mw", "MW": "mw",
    "kilovolts": "kv", "kV": "kv", "barrels": "barrel", "households": "household", "trucks": "item",
    "vehicles": "item", "containers": "item", "packages": "item", "parcels": "item",
    "lorries": "item", "wagons": "item", "blankets": "item", "tents": "item", "kits": "item",
    "bags": "item", "sacks": "item", "cartons": "item", "boxes": "item", "pallets": "item",
    "families": "family", "family": "family", "nationals": "person", "citizens": "person",
    "troops": "person", "men": "person", "armed men": "person", "gunmen": "person",
    "militants": "person", "fighters": "person", "policemen": "person",
    "border guards": "person", "assailants": "person", "attackers": "person",
    # people by their part in a body or a trip ("two crew members said")
    "crew members": "person", "staff members": "person", "family members": "person",
    "passengers": "person", "residents": "person", "journalists": "person", "boys": "person",
    # places counted as things by the piece ("1,140 health facilities had closed")
    "facilities": "item", "health facilities": "item", "schools": "item",
    "clinics": "item", "hospitals": "item", "homes": "item", "houses": "item",
    # people by what they do in a disaster or a migration ("30 rescuers", "illegal
    # foreigners"), and aircraft by the piece ("two planes")
    "rescuers": "person", "rescue workers": "person", "aid workers": "person",
    "doctors": "person", "volunteers": "person", "foreigners": "person",
    "planes": "item", "aircraft": "item", "helicopters": "item",
}  # fmt: skip
"""Unit words after a number, and the unit each is of (every plural noun of people,
:data:`kg.suggest.english.PEOPLE`, counts persons)."""
FOLK = r"[A-Z][a-z]{2,}(?:ans|is|ks)"
"""A people by its plural demonym, as a unit of persons: "1.2 million Afghans", "Uzbeks"."""
ADJECTIVE = r"(?-i:[A-Z][a-z]{2,}(?:an|i|ese|ish|ek|ik|kh|yz))"
"""A people's adjective between a number and goods by the piece ("40 Afghan trucks",
"60 Kyrgyz lorries"), by the endings of the genre's demonyms ("Iranian", "Omani",
"Chinese", "Turkish", "Uzbek", "Tajik", "Kazakh", "Kyrgyz"). Not before people: "three
Afghan women" describes whom a sentence tells of more often than it counts them (the
blind reports' totals: one false quantity more, none found), and "2,000 Afghan
refugees" is a unit of its own."""
QUALIFIERS = {
    "over": ">", "more than": ">", "above": ">", "at least": ">=", "about": "~",
    "around": "~", "nearly": "~", "approximately": "~", "some": "~", "almost": "~",
    "roughly": "~", "an estimated": "~", "close to": "~",
    "under": "<", "less than": "<", "fewer than": "<", "up to": "<=", "at most": "<=",
}  # fmt: skip
"""Words before a number, and the prefix each gives its value."""
SCALES = {
    "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
    "billion": 1_000_000_000,
}  # fmt: skip
"""Words of a large size after a number ("1.5 lakh", "half a million"; a lakh is a hundred
thousand, a crore ten million), of quantities and sums of money
(:mod:`kg.suggest.measures`) alike."""
MULTIPLIERS = SCALES | {w: NUMBER_WORDS[w] for w in NUMBER_WORDS.keys() & {"hundred", "dozen"}}
"""Words of size after a number of a quantity ("two dozen", "1.5 lakh", "half a million")."""
GLUED = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
"""Size letters glued to the digits ("1.2m Afghans", "3bn")."""
_WORDS_RE = alternation(NUMBER_WORDS)
NUMBER = (
    rf"(?<![\d.,–-])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|\b(?:{_WORDS_RE})"
    rf"|\b(?:half\s+an?|an?)(?=\s+(?:{'|'.join(MULTIPLIERS)})\b))"
    rf"(?:(?P<glued>{'|'.join(GLUED)})\b|\s+(?P<mult>{'|'.join(MULTIPLIERS)})\b)?"
)
"""A number phrase, as a regex of the groups ``num``, ``glued`` and ``mult``."""


def amount(number: str, glued: str | None, mult: str | None) -> float:
    """The value of a number phrase's groups.

    >>> amount("half a", None, "million"), amount("two", None, "dozen"), amount("1.2", "m", None)
    (500000.0, 24.0, 1200000.0)
    """
    word = re.sub(r"\s+", " ", number.lower().replace(",", ""))
    if word in ("a", "an"):
        value = 1.0
    elif word.startswith("half"):
        value = 0.5
    else:
        value = float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else float(word)
    value *= GLUED.get((glued or "").lower(), 1)
    return value * MULTIPLIERS.get((mult or "").lower(), 1)
