"""Metonyms: a name that is both a place's label and an actor's alias, read by its context.

"Islamabad" is the city after "in", "to", "visited", or after "of" following a
noun of territory or its seizure ("the fall of Kabul"), and Pakistan's
government elsewhere ("Islamabad’s allegations"). :func:`located` tells which
reading the words before a name ask for. Where the register has only the actor
(the capital as another name of the state), such a place is a new city
(:func:`unknown_places`).
"""

from __future__ import annotations

from typing import Any

from kg.suggest.english import LOCATIVE_PREPOSITIONS, OFFICE_HEADS, TIME_WORDS
from kg.suggest.text import opens_dateline

_LOCATIVE = {
    *LOCATIVE_PREPOSITIONS,
    "visited",
    "visiting",
    "toured",
    "reached",
}  # "visited Kabul": where, not who
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
    if before == "of" and start >= 2:
        return doc[start - 2].lower_ in _TERRITORY
    if before == "for" and any(t.lower_ in _LEAVING for t in doc[max(0, start - 5) : start]):
        return True
    after = [t for t in doc[end : end + 2]] if end is not None else []
    if len(after) == 2 and after[0].norm_ == "s":  # "Kabul’s mayor"
        return after[1].lower_ in _LOCAL_OFFICES
    if len(after) == 2 and after[0].text in ("-", "‑") and after[1].lower_ in _BASED:
        return True  # "Kabul-based"
    return before in _LOCATIVE or before in _LEAVING or bool(after and _name_after(after[0]))


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
