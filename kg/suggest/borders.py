"""Borders named by the two states they divide ("the Tajik-Afghan border") (round eight).

English names a border by its two states, their adjectives or names joined by a
hyphen or a dash before "border" or "frontier" ("the Tajik-Afghan border", "the
Pakistan–Afghanistan frontier"). Each register state named so is mentioned
(:func:`border_states`), and the border is a new Place, "Tajikistan–Afghanistan border",
with the words of the text as its alias, where the register has no place of that name
(:func:`new_borders`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention, MentionFinder
    from kg.suggest.register import Register

BORDER = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)\s?[-–—]\s?(?P<b>[A-Z][a-z]+)\s+(?P<head>border|frontier)\b"
)
"""Two states' adjectives or names joined by a hyphen or dash before "border"."""


def _register_state(register: Register, word: str) -> str | None:
    """The register state ``word`` names, or whose adjective it is."""
    form = normalise(word)
    for record in register.entities.values():
        if not register.is_a(record.id, "State"):
            continue
        names = {normalise(n) for n in (record.label, *record.aliases)}
        if form in names or any(form in demonyms(n) for n in names if " " not in n):
            return record.id
    return None


def _state_label(register: Register, word: str) -> str | None:
    """The label of the state ``word`` names or stems from: the register's, or ISO 3166-1's."""
    known = _register_state(register, word)
    if known:
        return register.entities[known].label
    return state_named(word) or state_of_adjective(word)


def border_states(register: Register, text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of each register state that names a border with another state, where no
    mention covers its word ("Afghan" of "the Tajik-Afghan border")."""
    from kg.suggest.mentions import Mention

    found: list[Mention] = []
    for match in BORDER.finditer(text):
        if not all(_state_label(register, match[g]) for g in ("a", "b")):
            continue
        for group in ("a", "b"):
            state = _register_state(register, match[group])
            start, end = match.span(group)
            if state and not any(m.start < end and start < m.end for m in mentions):
                found.append(Mention(start, end, state, "a state a border is named by", 0.8))
    return found


def new_borders(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "the Tajik-Afghan border": a new Place "Tajikistan–Afghanistan border" where the
    register has no place of that name (or of the text's words)."""
    register = finder.register
    found: list[NewEntity] = []
    for match in BORDER.finditer(text):
        a, b = (_state_label(register, match[g]) for g in ("a", "b"))
        if not a or not b or a == b:
            continue
        label = f"{a}–{b} {match['head']}"
        words = text[match.start("a") : match.end()]
        if {normalise(label), normalise(words)} & set(finder.names):
            continue
        why = "a border named by its two states"
        found.append(NewEntity(slug(label), "Place", label, match.start("a"), match.end(),
                               0.5, why, aliases=(words,)))  # fmt: skip
    return found
