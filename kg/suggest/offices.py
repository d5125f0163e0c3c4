"""Offices, places and delegations a sentence ties to a state or a person (round seven).

- ``positionIn``: "Uzbekistan’s transport minister", "the Kazakh foreign minister": a
  title the report names elsewhere as a position (of the register or new), written in
  any case after a state's possessive or adjective; a new office "T of <state>" ("the
  President of Uzbekistan X") that state's;
- ``locatedIn``: "the Uzbek border city of Termez", "Termez, an Uzbek border city"
  (a place after a state's adjective and a place noun), and "X at Y" for two places
  (not a state: "the Friendship Bridge at Hairatan");
- ``positionIn`` of a ministry: "Deputy Minister of Energy and Water" where the report
  names a "Ministry of Energy and Water", "Ministry spokesman", "the ministry
  spokesperson" (the last ministry named before it);
- ``hasConcern``: "Y’s (security) concerns, with an emphasis on / particularly /
  notably / including ... A and B": each group, organisation or topic A, B named there;
- ``leads``: "X arrived ... at the head of a delegation" (the last person named before
  it, the report's one delegation), "the delegation was led by (TITLE) X", "the
  delegation, headed by X".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import OFFICE_HEADS, ONE_FOR_A_BODY, alternation
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.word_forms import adjective_of
from kg.vocabulary import normalise

_PLACE_NOUN = (
    r"(?:(?:border|frontier|northern|southern|eastern|western|central|capital|provincial|"
    r"river|port|mountain|desert|coastal|industrial)\s+){0,2}"
    r"(?:city|town|province|district|port|village|region|crossing|hub)"
)
_OF_PLACE = re.compile(rf"\b(?:the\s+)?(?P<adj>[A-Z][\w-]+)\s+{_PLACE_NOUN}\s+of\s+\Z")
_PLACE_APPOSITION = re.compile(rf",\s+(?:an?|the)\s+(?P<adj>[A-Z][\w-]+)\s+{_PLACE_NOUN}\b")
_AT = re.compile(r"\A\s+at\s+(?:the\s+)?\Z")
_HEAD_OF = re.compile(
    r"\bat\s+the\s+head\s+of\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?delegation\b",
    re.IGNORECASE,
)
_LED_BY = re.compile(
    r"\A\s*(?:,\s*)?(?:was|were|is|are|had\s+been|,)?\s*(?:led|headed)\s+by\s+"
    r"(?P<title>(?:[A-Z][\w-]*|of|and|for|the)\s+){0,8}?\Z"
)


def offices(
    text: str,
    start: int,
    end: int,
    here: list[Mention],
    mentions: list[Mention],
    register: Register,
) -> Iterator[Relation]:
    """The rows of one sentence (``here``: its mentions; ``mentions``: the report's)."""
    yield from _titles(text, start, end, here, mentions, register)
    yield from _of_state(text, here, register)
    yield from _places(text, here, register)
    yield from _leaders(text, start, end, here, mentions, register)
    yield from _ministry_titles(text, here, mentions, register)
    yield from _concerns(text, end, here, register)


def _states(register: Register, here: list[Mention]) -> list[tuple[str, str]]:
    """(name, id) of the states of the register and of the report's new ones."""
    found = [(normalise(e.label), e.id) for e in register.entities.values() if e.type == "State"]
    found += [(normalise(m.entity.replace("-", " ")), m.entity) for m in here
              if register.proposed.get(m.entity) == "State"]  # fmt: skip
    return found


def _state_of(word: str, states: list[tuple[str, str]]) -> str | None:
    """The one state an adjective or name stands for ("Uzbek": Uzbekistan)."""
    word = normalise(word)
    named = {i for name, i in states if word == name or adjective_of(word, name)}
    return named.pop() if len(named) == 1 else None


def _titles(
    text: str,
    start: int,
    end: int,
    here: list[Mention],
    mentions: list[Mention],
    register: Register,
) -> Iterator[Relation]:
    positions = {m.entity for m in mentions if register.is_a(m.entity, "Position")}
    labels = []
    for position in positions:
        record = register.entities.get(position)
        names = [record.label, *record.aliases] if record else [text_of(mentions, position, text)]
        labels += [(n, position) for n in names if n and " " in n.strip()]
    for state in here:
        if not register.is_a(state.entity, "State"):
            continue
        for label, position in labels:
            pattern = rf"(?:[’']s\s+|\s+)(?:(?:acting|interim|new|top)\s+)?{re.escape(label)}\b"
            match = re.compile(pattern, re.IGNORECASE).match(text, state.end, end)
            if match is None or any(state.end <= m.start < match.end() for m in here
                                    if m.entity == position):  # fmt: skip
                continue  # a mention of the position: relations.py's "Y’s title"
            yield Relation(position, "positionIn", state.entity, state.start, match.end(), 0.5,
                           "a state's title, in any case")  # fmt: skip


def _of_state(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    """A new office "T of <state>" that ends with a state's mention ("the President of
    Uzbekistan X"): the office is that state's."""
    for office in here:
        if office.entity in register.entities or not register.is_a(office.entity, "Position"):
            continue
        for state in here:
            if (
                register.is_a(state.entity, "State")
                and state.end == office.end
                and re.search(r"\sof\s+(?:the\s+)?\Z", text[office.start : state.start])
            ):
                yield Relation(office.entity, "positionIn", state.entity, office.start,
                               office.end, 0.6, "a title 'of' a state")  # fmt: skip


def text_of(mentions: list[Mention], entity: str, text: str) -> str:
    """The words of the first mention of ``entity``."""
    for m in mentions:
        if m.entity == entity:
            return text[m.start : m.end]
    return ""


def _places(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    states = _states(register, here)
    for index, place in enumerate(here):
        if not register.is_a(place.entity, "Place") or register.is_a(place.entity, "State"):
            continue
        before = _OF_PLACE.search(text, max(0, place.start - 60), place.start)
        after = _PLACE_APPOSITION.match(text, place.end)
        for match, why in ((before, "the ADJ city of X"), (after, "X, an ADJ city")):
            state = _state_of(match["adj"], states) if match else None
            if match and state and state != place.entity:
                first, last = min(match.start(), place.start), max(match.end(), place.end)
                yield Relation(place.entity, "locatedIn", state, first, last, 0.5, why)
        for other in here[index + 1 : index + 2]:
            if (
                _AT.match(text[place.end : other.start])
                and register.is_a(other.entity, "Place")
                and not register.is_a(other.entity, "State")
            ):
                yield Relation(place.entity, "locatedIn", other.entity, place.start, other.end,
                               0.5, "X at Y")  # fmt: skip


def _leaders(
    text: str,
    start: int,
    end: int,
    here: list[Mention],
    mentions: list[Mention],
    register: Register,
) -> Iterator[Relation]:
    people = [m for m in here if register.is_a(m.entity, "Person")]
    delegations = {m.entity for m in mentions if register.is_a(m.entity, "Delegation")}
    for match in _HEAD_OF.finditer(text, start, end):
        before = [p for p in people if p.end <= match.start()]
        if before and len(delegations) == 1:
            named = before[-1]
            yield Relation(named.entity, "leads", next(iter(delegations)), named.start,
                           match.end(), 0.4, "X at the head of a delegation")  # fmt: skip
    for delegation in here:
        if not register.is_a(delegation.entity, "Delegation"):
            continue
        after = [p for p in people if p.start >= delegation.end]
        if after and _LED_BY.match(text[delegation.end : after[0].start]):
            yield Relation(after[0].entity, "leads", delegation.entity, delegation.start,
                           after[0].end, 0.5, "the delegation was led by X")  # fmt: skip


_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<what>.+)\Z", re.IGNORECASE)
_MINISTRY_TITLE = re.compile(
    rf"\bministry\s+(?:{alternation(OFFICE_HEADS + ONE_FOR_A_BODY)})\b", re.IGNORECASE
)


def _ministry_titles(
    text: str, here: list[Mention], mentions: list[Mention], register: Register
) -> Iterator[Relation]:
    ministries = [m for m in mentions if register.is_a(m.entity, "Ministry")]
    for title in here:
        if not register.is_a(title.entity, "Position"):
            continue
        words = text[title.start : title.end]
        of = _OF.search(words)
        if of and not words.lower().startswith("ministry"):
            wanted = normalise(of["what"])
            for ministry in ministries:
                name = _OF.search(text[ministry.start : ministry.end])
                if name and normalise(name["what"]) == wanted and ministry.entity != title.entity:
                    yield Relation(title.entity, "positionIn", ministry.entity, title.start,
                                   title.end, 0.5, "TITLE of X, a Ministry of X")  # fmt: skip
                    break
            continue
        if _MINISTRY_TITLE.search(words):
            before = [m for m in ministries if m.end <= title.start]
            if before:
                why = "a ministry's title: the last ministry named"
                yield Relation(title.entity, "positionIn", before[-1].entity, title.start,
                               title.end, 0.4, why)  # fmt: skip


_CONCERNS = re.compile(
    r"[’']s\s+(?:[a-z-]+\s+){0,2}(?:concerns|worries|apprehensions|fears)\s*,?\s+"
    r"(?:with\s+(?:an?\s+|particular\s+)?(?:emphasis|focus)\s+on|particularly|notably|"
    r"especially|including|such\s+as|over|about)\b"
)
_CONCERNED = ("Organization", "Group", "ArmedGroup", "Topic")


def _concerns(text: str, end: int, here: list[Mention], register: Register) -> Iterator[Relation]:
    for owner in here:
        if not register.is_a(owner.entity, "Actor"):
            continue
        cue = _CONCERNS.match(text, owner.end, end)
        if cue is None:
            continue
        stop = re.compile(r"[.;]|,\s+(?:and|but|while|which)\s").search(text, cue.end(), end)
        last = stop.start() if stop else end
        actor = register.acting_as(owner).entity
        for what in here:
            if cue.end() <= what.start < last and _is_any(register, what.entity, _CONCERNED):
                if what.entity != actor and "concern" not in what.entity:
                    yield Relation(actor, "hasConcern", what.entity, owner.start, what.end, 0.5,
                                   "Y’s concerns, with an emphasis on X")  # fmt: skip


def _is_any(register: Register, entity: str, classes: tuple[str, ...]) -> bool:
    return any(register.is_a(entity, c) for c in classes)
