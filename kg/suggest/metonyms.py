"""Metonyms: a name that is both a place's label and an actor's alias, read by its context.

"Islamabad" is the city after "in", "to", "visited", or after "of" following a
noun of territory or its seizure ("the fall of Kabul"), and Pakistan's
government elsewhere ("Islamabad’s allegations"). :func:`located` tells which
reading the words before a name ask for. Where the register has only the actor
(the capital as another name of the state), such a place is a new city
(:func:`unknown_places`).
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.capitals import capital_state
from kg.suggest.english import (
    DETERMINERS,
    LOCATIVE_PREPOSITIONS,
    OFFICE_HEADS,
    RELATION_NOUNS,
    SIDE_WORDS,
    TIME_WORDS,
)
from kg.suggest.text import opens_dateline

_LOCATIVE = {
    *LOCATIVE_PREPOSITIONS,
    "visited",
    "visiting",
    "toured",
    "reached",
    "entered",
    "entering",
    "captured",
    "seized",
    "stormed",
}  # "visited Kabul", "entered Kabul": where, not who
"""Words after which a name that is both a place and an actor's alias is the place."""

_LOCAL_OFFICES = set(OFFICE_HEADS) & {"mayor", "governor"}
"""The offices of a city or province: "Kabul’s mayor" names the place, not an actor (unlike
"Tehran’s envoy")."""
_TERRITORY = {
    "takeover", "capture", "fall", "seizure", "control", "siege", "liberation", "occupation",
    "outskirts", "streets", "centre", "center", "heart", "residents", "people", "city",
    "capital", *_LOCAL_OFFICES, "north", "south", "east", "west", "parts", "airport",
}  # fmt: skip
"""Nouns before "of" that make the name after it a place, not the government seated there."""


_LEAVING = {"left", "leaves", "leaving", "departed", "departs", "flew", "bound"}
"""Verbs of leaving: the names after them are places ("left Kabul for Tehran")."""
_BASED = {"based", "born", "bound", "educated", "headquartered"}
"""Participles after a hyphen that make the name before it a place ("Kabul-based")."""
_SEATED_NOUNS = {*SIDE_WORDS, *RELATION_NOUNS, "regime", "rulers", "establishment"}
"""Nouns after a capital that keep it the government seated there ("the Kabul government",
"the Tehran regime"); after any other noun a modifying capital is the city ("the Kabul
meeting", "a Tehran hotel")."""
_IN_THE_CITY = {
    "airport",
    "province",
    "university",
    "residents",
    "streets",
    "river",
    "outskirts",
    "suburbs",
    "neighbourhoods",
    "neighborhoods",
    "markets",
    "hospitals",
    "skyline",
}
"""Nouns of things in or of the city, after a capital with no determiner ("Kabul airport")
or its possessive ("Kabul’s streets")."""
_BEFALLEN = re.compile(
    r"\s+(?:fell\s+(?:to|into)\b|came\s+under\b|lies\b"
    r"|(?:was|were|is|has\s+been|had\s+been)\s+(?:hit|struck|rocked|shaken|flooded|bombed"
    r"|shelled|blanketed|plunged\s+into|placed\s+under|cut\s+off)\b)"
)
"""What befalls a place, after its name ("Kabul fell to the Taliban", "Tehran was hit by a
power cut"): the city, not the government seated there ("Kabul was accused of")."""
_DISTANCE = r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)"
_AWAY_FROM = re.compile(rf"\s+is\s+(?:\w+\s+)?{_DISTANCE}\s+(?:\w+\s+)?(?:from|of)\b")
_FROM_IT = re.compile(rf"\b{_DISTANCE}\s+(?:\w+\s+)?(?:from|of)\s+$")
"""A distance told from or to a place ("Kabul is about 1,000 km from New Delhi", "40
kilometres from Islamabad"): both ends are the cities."""
_ROUTES = {"flight", "flights", "route", "routes", "road", "roads", "highway", "railway",
           "rail", "train", "trains", "bus", "buses"}  # fmt: skip
"""Nouns of a route: the names of its ends are places ("the Kabul-Tashkent flight",
"flights between Kabul and New Delhi")."""
_CITY_WORDS = ("capital", "city")
_A_CITY = re.compile(rf",\s+the\s+(?:[A-Z][\w’'-]*\s+)?(?:{'|'.join(_CITY_WORDS)})\b")
"""A description of the city in apposition after its name ("Kabul, the Afghan capital,")."""


def located(doc: Any, start: int, end: int | None = None) -> bool:
    """Whether the name at token ``start`` (to ``end``) stands where English puts a place:
    after "in", "to", "visited" ..., after a verb of leaving and after "for" past one
    ("left Kabul for Tehran"), before "-based" ("Kabul-based diplomats"), or as the first
    words of a longer capitalised name ("the Islamabad Stock Exchange", "the Tehran
    Times"; round 21), or in the dateline ("ISLAMABAD —": where the report was filed)."""
    last = doc[(end or start + 1) - 1]
    if opens_dateline(doc.text, doc[start].idx, last.idx + len(last.text)):
        return True
    before = doc[start - 1].lower_ if start else ""
    if _city_by_its_neighbours(doc, start, end if end is not None else start + 1):
        return True
    if before == "of" and start >= 2:
        return doc[start - 2].lower_ in _TERRITORY
    if before == "for" and any(t.lower_ in _LEAVING for t in doc[max(0, start - 5) : start]):
        return True
    after = [t for t in doc[end : end + 2]] if end is not None else []
    if len(after) == 2 and after[0].norm_ == "s":  # "Kabul’s mayor", "Kabul’s streets"
        return after[1].lower_ in _LOCAL_OFFICES or after[1].lower_ in _IN_THE_CITY
    if len(after) == 2 and after[0].text in ("-", "‑") and after[1].lower_ in _BASED:
        return True  # "Kabul-based"
    return before in _LOCATIVE or before in _LEAVING or bool(after and _name_after(after[0]))


def _city_by_its_neighbours(doc: Any, start: int, end: int) -> bool:
    """Whether the words around the name make it the city: a capital (GeoNames) modifying a
    noun other than a government's ("the Kabul meeting", "Kabul airport"), a description of
    the city in apposition ("the Afghan capital, Kabul", "Kabul, the Afghan capital,"), an
    end of a route ("the Kabul-Tashkent flight", "flights between Kabul and New Delhi"), or
    the next of a list of places ("in Tehran and Kabul"; round 22)."""
    before = doc[start - 1].lower_ if start else ""
    after = doc[end] if end < len(doc) else None
    capital = capital_state(doc[start:end].text) is not None  # not "the U.S. special envoy"
    if capital and after is not None and after.is_alpha and after.is_lower:
        if before in DETERMINERS or before in ("’s", "'s"):  # "last week’s Islamabad talks"
            return after.lower_ not in _SEATED_NOUNS and _a_noun(doc, end)
        if after.lower_ in _IN_THE_CITY or (before in ("-", "‑") and after.lower_ in _ROUTES):
            return True  # "Kabul airport", "the Kabul-Tashkent flight" (its second end)
    if start >= 2 and before == "," and doc[start - 2].lower_ in _CITY_WORDS:
        return True  # "the Afghan capital, Kabul"
    if after is not None and _A_CITY.match(doc.text, after.idx):
        return True  # "Kabul, the Afghan capital,"
    if after is not None and after.text in ("-", "‑") and end + 2 < len(doc):
        return doc[end + 1].text[:1].isupper() and doc[end + 2].lower_ in _ROUTES
    if before == "between" and start >= 2 and doc[start - 2].lower_ in _ROUTES:
        return True
    if _befallen_or_distant(doc, start, end):
        return True
    return _listed_after_a_place(doc, start, before, after)


def _befallen_or_distant(doc: Any, start: int, end: int) -> bool:
    """Whether the words after the name tell what befell the place or how far it is from
    another ("Kabul fell to", "Kabul is 1,000 km from"), or those before it a distance
    ("40 kilometres from Islamabad", "is about 1,000 km from New Delhi")."""
    text: str = doc.text
    name_end = doc[end - 1].idx + len(doc[end - 1].text)
    if _BEFALLEN.match(text, name_end) or _AWAY_FROM.match(text, name_end):
        return True
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    return bool(_FROM_IT.search(text[line_start : doc[start].idx]))


_OBJECTS = {"the", "a", "an", "to", "that", "it", "its", "his", "her", "their", "them"}
"""Words after a word that make it a verb with its object ("the Islamic Emirate rejects the
claim"), not a noun ("the Kabul talks ended")."""


def _a_noun(doc: Any, i: int) -> bool:
    """Whether token ``i`` is a noun here: a word English uses as a noun (lemminflect), not
    a verb before its object ("the Islamic Emirate has", "the Taliban rejects the claim")."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(doc[i].lower_)
    if "NOUN" not in readings:
        return False
    return "VERB" not in readings or i + 1 >= len(doc) or doc[i + 1].lower_ not in _OBJECTS


_GOES_ON = {*LOCATIVE_PREPOSITIONS, "and", "or", "on", "last", "this", "earlier", "later"}
"""Words after a listed name that go on the phrase of place ("in Tehran and Kabul on
Monday"); any other small word after it begins a clause with the name as its subject."""


def _listed_after_a_place(doc: Any, start: int, before: str, after: Any) -> bool:
    """Whether the name follows a place in a list ("in Tehran and Kabul", "in Islamabad,
    Kabul and Tashkent"; a comma only before another "and" or comma: not "On Monday, Kabul
    said"; and not a clause's subject: "to Kabul and Tehran urged")."""
    listed = before in ("and", "or") or (
        before == "," and after is not None and after.lower_ in ("and", ",")
    )
    if not listed or start < 2 or not doc[start - 2].text[:1].isupper():
        return False
    first = start - 2
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
        first -= 1
    if not doc[first].is_alpha or doc[start - 2].lower_ in TIME_WORDS:
        return False
    pair = first > 0 and doc[first - 1].lower_ == "between"  # "between Kabul and New Delhi"
    if not pair and after is not None and after.is_alpha and after.is_lower:
        if after.lower_ not in _GOES_ON:  # "sent wheat to Kabul and Tehran urged restraint"
            return False
    return located(doc, first, start - 1)


def _name_after(token: Any) -> bool:
    """A capitalised word that goes on a name: no weekday, month or sentence start, and
    not in a line in title case (a headline: "Kabul Says Talks Went Well")."""
    text: str = token.text
    if not text[:1].isupper() or not text.isalpha() or token.is_sent_start:
        return False
    words = [t.text for t in token.sent if t.text.isalpha() and len(t.text) > 3]
    headline = sum(w[:1].isupper() for w in words) > len(words) / 2
    headline = headline and not token.sent.text.rstrip().endswith(".")
    return token.lower_ not in TIME_WORDS and not headline


_SEATED = ("State", "Government", "DeFactoAuthority")
"""Actors a capital stands for ("Islamabad" for Pakistan): not persons ("spoke to X")."""


def unknown_places(
    register: Any, doc: Any, matches: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The character spans of actors' names (``matches``: token start, end, entity) that
    stand where English puts a place (:func:`located`), where no register place has
    that name: "talks at Islamabad" names a city the register knows only as another
    name of Pakistan. (A dateline's capital is none: annotators leave datelines out.)"""
    places = {
        name.lower()
        for e in register.entities.values()
        if register.is_a(e.id, "Place") and not register.is_a(e.id, "Actor")
        for name in (e.label, *e.aliases)
    }
    spans = []
    for start, end, entity in matches:
        words = doc[start:end]
        if (
            not any(register.is_a(entity, c) for c in _SEATED)
            or not all(t.text[:1].isupper() for t in words)
            or words.text.lower() in places
            or words.text.lower() == register.entities[entity].label.lower()
        ):
            continue
        if located(doc, start, end):
            spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans
