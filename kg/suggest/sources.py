"""Groups of unnamed sources that a closing reporting clause names: ", local customs
officials said."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.english import PEOPLE, PEOPLE_COUNT, REPORTING_VERBS, SIDE_WORDS, alternation
from kg.suggest.listed import known

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_HEADS = (
    *sorted(frozenset(SIDE_WORDS) & {"officials", "diplomats", "guards", "soldiers",
                                     "negotiators"}),
    "members", "residents", "officers", *PEOPLE,
)  # fmt: skip
"""The heads of a group of sources: a state's people who speak for it (a subset of the
shared side words: no "side" or "government", which are no group of people), and people
of their own."""

_COUNT = rf"(?:(?:{PEOPLE_COUNT})\s+)?"
_NOT_MODIFIERS = {"and", "or", "but", "the", "its", "their", "his", "her", "these", "those",
                  "other", "both", "all", "also", "who", "which", "that"}  # fmt: skip
_VAGUE = {"senior", "top", "local", "government", "unnamed", "anonymous", "few", "more"}
"""Modifiers that tell no group apart ("senior officials", "government officials")."""
SOURCES = re.compile(
    r",\s+" + _COUNT + r"(?P<label>(?P<modifiers>(?:[A-Za-z][a-z]+\s+){1,2})"
    r"(?:" + alternation(_HEADS) + r"))\s+(?:" + REPORTING_VERBS + r"|say)(?:\s+\w+)?\s*\."
)
"""A sentence's last words: a plural noun of people with one or two modifiers (their
number left out), and the verb of saying ("..., two crew members said.")."""


_WHY = "unnamed sources of the report"


def unnamed_sources(text: str, finder: MentionFinder) -> list[NewEntity]:
    """The groups of people a report cites by what they are, not by name, in a reporting
    clause closing the sentence (", Pakistani officials said.", ", two crew members
    said."): a Group of their own, to name as the voice of what they said. Not a register
    name, nor words after "and", "the", "its" ..., nor vague ones alone ("officials
    said", ", the officials said", ", senior officials said" name no group), nor the
    vague voices docs/annotation.md leaves unnamed ("sources", "analysts", "witnesses"
    are no heads here)."""
    found: list[NewEntity] = []
    for match in SOURCES.finditer(text):
        words = match["modifiers"].split()
        if any(w.lower() in _NOT_MODIFIERS for w in words) or known(match["label"], finder):
            continue
        if all(w.lower() in _VAGUE for w in words):
            continue  # "senior officials said": no more told of them than "officials"
        label, start, end = match["label"], match.start("label"), match.end("label")
        found.append(NewEntity(slug(label), "Group", label, start, end, 0.5, _WHY))
    return found
