"""A ministry of an actor that is no state, by its possessive, as the register names its others."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.english import FULL_PORTFOLIO
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_ACTOR_MINISTRY = re.compile(
    r"\b(?!The\s)(?P<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)[’']s?\s+"
    r"(?P<portfolio>(?:[a-z]+\s+(?:and\s+)?){1,3}?)ministry\b"
)
_OWNED_LABEL = re.compile(r"Ministry of .+? of (?P<owner>the [A-Z].+)$")


def _owner(finder: MentionFinder, owner: str) -> tuple[str, set[str]] | None:
    """How the register's ministries of ``owner`` name it after "of" ("the Islamic
    Emirate" for ministries it calls "Taliban’s ..."), and their labels."""
    prefix = normalise(f"{owner}’s ")
    names: set[str] = set()
    for entity in finder.register.entities.values():
        label = _OWNED_LABEL.match(entity.label)
        if (
            label
            and finder.register.is_a(entity.id, "Ministry")
            and any(normalise(a).startswith(prefix) for a in entity.aliases)
        ):
            names.add(label["owner"])
    labels = {
        normalise(e.label)
        for e in finder.register.entities.values()
        if finder.register.is_a(e.id, "Ministry")
    }
    return (names.pop(), labels) if len(names) == 1 else None


def actor_ministries(
    text: str, finder: MentionFinder, label_of: Callable[[str, str], str]
) -> list[NewEntity]:
    """ "The Taliban’s refugees ministry": a new "Ministry of Refugees of the Islamic
    Emirate" where the register names the Taliban's other ministries so ("Taliban’s foreign
    ministry": "Ministry of Foreign Affairs of the Islamic Emirate"); the text's words its
    alias. Not for a state (:func:`kg.suggest.new_names.ministries`) nor a ministry the
    register has. ``label_of`` names a ministry from its portfolio and owner."""
    found: list[NewEntity] = []
    for match in _ACTOR_MINISTRY.finditer(text):
        portfolio = match["portfolio"].split()
        words = text[match.start() : match.end()]
        if normalise(words) in finder.names or not all(
            w in FULL_PORTFOLIO or w == "and" for w in portfolio
        ):
            continue
        owner = _owner(finder, match["owner"])
        if owner is None:
            continue
        label = label_of(" ".join(portfolio), owner[0]).replace(" And ", " and ")
        if normalise(label) in owner[1]:
            continue  # the register's own ministry of that portfolio
        found.append(NewEntity(slug(label), "Ministry", label, match.start(), match.end(), 0.5,
                               "an actor's ministry", aliases=(words,)))  # fmt: skip
    return found
