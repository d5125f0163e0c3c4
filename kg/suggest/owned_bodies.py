"""New bodies named by whom they belong to (round fourteen): a capital, an actor's possessive.

- a state's ministry named by its capital (:func:`capital_ministries`): "a foreign
  ministry official in Dhaka said" names the "Ministry of Foreign Affairs of Bangladesh"
  (where the register has no ministry of that state) and the unnamed official as
  "Official of Bangladesh’s foreign ministry in Dhaka";
- a ministry's spokesperson before a name, with a capital later in the clause
  (:func:`capital_spokespeople`, round sixteen): "foreign ministry spokesperson X told
  reporters in Beijing" is the office "Spokesperson of the Ministry of Foreign Affairs
  of China" (the ministry itself is not proposed: as a new actor there it drew the
  event rows' roles away from the person);
- an actor's office abroad (:func:`offices_abroad`): "the Taliban’s political office in
  Doha" is a DiplomaticMission "Taliban political office in Doha", where the owner is a
  register actor or a state and the register has no mission of it there;
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.capitals import capital_state
from kg.suggest.english import ONE_FOR_A_BODY, SPOKESPEOPLE, alternation
from kg.suggest.new_names import PORTFOLIOS, has_ministry, has_mission, ministry_label, state_label
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder

_NAME = r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?"
_IN_CAPITAL = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:senior\s+)?(?P<ministry>(?P<portfolio>{PORTFOLIOS})ministry)\s+"
    rf"(?:(?P<one>{alternation(ONE_FOR_A_BODY)})\s+)?in\s+(?P<place>{_NAME})\b"
)
"""A ministry placed in a capital, with one of its people or not: "a foreign ministry
official in Dhaka", "the interior ministry in Kabul"."""


def capital_ministries(text: str, finder: MentionFinder) -> list[NewEntity]:
    """The ministry of the state whose capital the words name, and its unnamed official."""
    found: list[NewEntity] = []
    for match in _IN_CAPITAL.finditer(text):
        capital = capital_state(match["place"])
        state = state_label(finder, capital) if capital else None
        if state is None:
            continue
        if not has_ministry(finder, state):
            label = ministry_label(match["portfolio"].strip(), state)
            found.append(NewEntity(slug(label), "Ministry", label, *match.span("ministry"), 0.5,
                                   "a state's ministry placed in its capital",
                                   aliases=(match["ministry"],)))  # fmt: skip
        if match["one"]:
            one, ministry, place = match["one"].capitalize(), match["ministry"], match["place"]
            label = f"{one} of {state}’s {ministry} in {place}"
            start = match.start("ministry")
            found.append(NewEntity(slug(label), "Person", label, start, match.end(), 0.5,
                                   "an unnamed official of a ministry in a capital",
                                   aliases=(text[start : match.end()],)))  # fmt: skip
    return found


_OFFICE_ABROAD = re.compile(
    rf"\b(?P<owner>{_NAME})[’']s\s+(?P<kind>political|representative|liaison)\s+office\s+"
    rf"in\s+(?P<place>{_NAME})\b"
)
_OWNERS = ("State", "Government", "Group", "Organization")


def offices_abroad(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "X’s political office in Y": a mission of X in Y, where X is a state or a
    register actor and the register has no mission of X in Y."""
    found: list[NewEntity] = []
    for match in _OFFICE_ABROAD.finditer(text):
        owner = finder.names.get(normalise(match["owner"]))
        if not (owner and any(finder.register.is_a(owner, c) for c in _OWNERS)):
            if state_label(finder, match["owner"]) is None:
                continue
        if has_mission(finder, match["owner"], match["place"]):
            continue
        label = f"{match['owner']} {match['kind']} office in {match['place']}"
        alias = text[match.start("kind") : match.end()]
        found.append(NewEntity(slug(label), "DiplomaticMission", label, *match.span(), 0.5,
                               "an actor's office abroad", aliases=(alias,)))  # fmt: skip
    return found


_SPOKESPERSON = re.compile(
    rf"\b(?P<ministry>(?P<portfolio>{PORTFOLIOS})ministry)\s+(?P<one>{alternation(SPOKESPEOPLE)})"
    r"\s+[A-Z][\w-]+\s+[A-Z][\w-]+[^.;]*?\bin\s+(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\b"
)
"""A ministry's spokesperson before a name, in a capital later in the clause: "foreign
ministry spokesperson Jane Roe told reporters in Dhaka"."""


def capital_spokespeople(text: str, finder: MentionFinder) -> list[NewEntity]:
    """The ministry of the state whose capital the clause names after a ministry's
    spokesperson and a name, and the spokesperson's office (round sixteen)."""
    found: list[NewEntity] = []
    for match in _SPOKESPERSON.finditer(text):
        capital = capital_state(match["place"])
        state = state_label(finder, capital) if capital else None
        if state is None or has_ministry(finder, state, match["portfolio"]):
            continue  # no capital; the register's ministry, whose office it may be
        ministry = ministry_label(match["portfolio"].strip(), state)
        office = f"{match['one'].capitalize()} of the {ministry}"
        start, end = match.start("ministry"), match.end("one")
        found.append(NewEntity(slug(office), "Position", office, start, end, 0.5,
                               "a spokesperson's office in a capital",
                               aliases=(text[start:end],)))  # fmt: skip
    return found


def owned_bodies(text: str, finder: MentionFinder) -> list[NewEntity]:
    """Every new entity of this module."""
    return [
        *capital_ministries(text, finder),
        *capital_spokespeople(text, finder),
        *offices_abroad(text, finder),
    ]
