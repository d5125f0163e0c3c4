"""Offices placed "in" a city or province, of a new person's title (round fourteen).

The genre places a post by where it sits: "the Taliban’s provincial spokesman in
Badakhshan, X" (the apposition before the name), "appointed X as its acting consul in
Mumbai" (after "as"). The office is a new Position of the owner in that place
("Provincial spokesman of the Islamic Emirate of Afghanistan in Badakhshan"), as the
register names a government's posts: the owner is a state, or the government the register
names after it ("the Taliban": the "Taliban government"); "its" is the actor the sentence
opens with. "Acting" and "interim" are no part of the office (docs/annotation.md:
``holdsActingPosition``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.english import OFFICE_HEADS, alternation
from kg.suggest.new_names import state_label
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_NAME = r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?"
_TITLE = rf"(?P<title>(?:[a-z-]+\s+){{0,2}}?(?:{alternation(OFFICE_HEADS)})\b)"
_BEFORE = re.compile(
    rf"\b(?:[Tt]he|(?P<owner>{_NAME})[’']s)\s+{_TITLE}\s+in\s+(?P<place>{_NAME}),\s+$"
)
"""The apposition before a name: "the Taliban’s provincial spokesman in Badakhshan, "."""
_AFTER = re.compile(
    rf"\s+as\s+(?:(?P<its>its|their)|(?P<owner>{_NAME})[’']s)\s+(?:(?:acting|interim)\s+)?"
    rf"{_TITLE}\s+in\s+(?P<place>{_NAME})\b"
)
"""After a name: " as its acting consul in Mumbai"."""
_WHY = "an office placed in a city or a province"
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"])|\n")
_WORD = re.compile(r"\b[A-Z][\w-]*(?:\s[A-Z][\w-]*)*")


def owner_government(finder: MentionFinder, words: str) -> str | None:
    """The label of the state ``words`` name, or of the register government named after
    them ("Taliban": the entity named "Taliban government"), with "the" before a
    government's name ("the Islamic Emirate of Afghanistan"); or None."""
    words = re.sub(r"^[Tt]he\s+", "", words)  # "The Taliban’s spokesman"
    state = state_label(finder, words)
    if state:
        return state
    entity = finder.names.get(normalise(f"{words} government"))
    if entity and finder.register.is_a(entity, "Government"):
        return "the " + finder.register.entities[entity].label
    return None


def _opening_owner(text: str, at: int, finder: MentionFinder) -> str | None:
    """The state or government the sentence before ``at`` opens with ("its")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    opening = text[ends[-1] if ends else 0 : at]
    owners = (owner_government(finder, w.group()) for w in _WORD.finditer(opening))
    return next((o for o in owners if o), None)


def placed_offices(text: str, people: list[NewEntity], finder: MentionFinder) -> list[NewEntity]:
    """The offices "in" a place of the titles around new people's names, where new."""
    found: list[NewEntity] = []
    for person in people:
        if person.cls != "Person":
            continue
        before = _BEFORE.search(text, max(0, person.start - 90), person.start)
        after = _AFTER.match(text, person.end)
        for match in (m for m in (before, after) if m):
            if match["owner"]:
                owner = owner_government(finder, match["owner"])
            elif match.groupdict().get("its"):
                owner = _opening_owner(text, person.start, finder)
            else:
                owner = None
            if owner is None:
                continue
            title = match["title"][0].upper() + match["title"][1:]
            label = f"{title} of {owner} in {match['place']}"
            if normalise(label) in finder.names:
                continue
            span = match.start("title"), match.end("place")
            found.append(NewEntity(slug(label), "Position", label, *span, 0.4, _WHY,
                                   aliases=(match["title"],)))  # fmt: skip
    return found
