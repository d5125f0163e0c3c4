"""Offices of new people's titles (rounds six and eight), for :mod:`kg.suggest.entities`.

- the office in a title before a new person (:func:`positions_of`): "Transport
  Minister Jasur X", "Deputy Prime Minister for Economic Affairs Y" is a new Position
  where the register has no office of those words (no form of address or rank); after
  a state's adjective or possessive, the office of that state ("Chinese Foreign
  Minister X": "Foreign Minister of China", each of "Pakistan’s Deputy Prime Minister
  and Foreign Minister Y") where the register has none of that state;
- a lower-case title as the apposition before a new person's name ("the deputy
  commander of the Border Troops, X": :func:`apposed_title`), "of" the state before it
  ("Iran’s deputy roads minister, X": "Deputy roads minister of Iran");
- a lower-case portfolio after "of"/"for" in such a title ("the minister of refugees and
  repatriation, X"), and a lower-case title after the name ("X, Qatar’s minister of
  state for foreign affairs,": :func:`lower_title_after`), "of" its state, or a register
  body's office in the text's words ("Y, UNHCR’s representative in Afghanistan") (round 16);
- a capitalised title as the apposition after a new person's name ("X, the
  Secretary-General’s Special Representative for Y": :func:`title_after`), and an owner
  in the possessive that is itself an office ("Secretary-General").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.english import (
    FUNCTION_WORDS,
    OFFICE_HEADS,
    PORTFOLIO,
    alternation,
    capitalised,
)
from kg.suggest.gazetteer import state_named, state_of_adjective
from kg.suggest.new_names import adjective_state, state_label
from kg.suggest.titles import HONORIFIC
from kg.suggest.word_forms import demonyms
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import MentionFinder


_TITLE_HEAD = re.compile(rf"(?i:{alternation(OFFICE_HEADS)})")
_LOWER_TITLE = set(OFFICE_HEADS)


def _title_before(text: str, start: int, finder: MentionFinder) -> tuple[int, int] | None:
    """The span of the title right before ``start``: capitalised words (and "of", "for",
    "and", a lower-case "minister" or "spokesman") back to a state's name, adjective or
    possessive, a register person’s or state’s name, a sentence’s end, an
    "and" before a title's head ("Minister X and [Ministry spokesman]"), or anything
    else; None without a title's head word ("Minister", "spokesman", "Envoy" ...)."""
    first = end = start
    headed = False  # a title's head kept: "and" before it joins another title ("X and Y")
    for word in reversed(list(re.finditer(r"\S+", text[max(0, start - 90) : start]))):
        w, at = word.group(), max(0, start - 90) + word.start()
        known = finder.names.get(normalise(w), "")
        if (
            (headed and w == "and")
            or text[at + len(w) : first].strip()
            or not (w[:1].isupper() or w in _LOWER_TITLE or w in ("of", "for", "and"))
            or w.endswith(("’s", "'s", ".", "!", "?"))
            or (w.endswith(",") and first != start)  # "Later, Minister X": no title
            or state_named(w)
            or state_of_adjective(w)
            or (known and any(finder.register.is_a(known, c) for c in ("State", "Person")))
        ):
            break
        first, headed = at, headed or bool(_TITLE_HEAD.fullmatch(w))
    words = text[first:end].split()
    while words and words[0] in ("of", "for", "and", "The", "A", "An"):  # "The Chief
        first += len(words.pop(0)) + 1  # Minister of X, Y": no article in the office
    if words and words[-1].endswith(","):  # "Minister of Commerce, X": an apposition
        words[-1] = words[-1].rstrip(",")
    if not any(_TITLE_HEAD.fullmatch(w) for w in words):
        return None
    return first, first + len(" ".join(words))


_PORTFOLIO_WORD = rf"(?:{alternation(PORTFOLIO)}|state|and|for|[a-z]+(?=\s+affairs\b))"
_OF_WHAT = (
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    rf"|{_PORTFOLIO_WORD}(?:\s+{_PORTFOLIO_WORD})*))?"
)
"""What an office is of or for: a capitalised name ("of the Border Troops") or its
portfolio in lower case ("of refugees and repatriation", "of state for foreign affairs",
"for hostage affairs": round sixteen)."""
_APPOSED = re.compile(
    r"\b(?:[Tt]he|(?P<owner>[A-Z][\w-]*)[’']s)\s+(?P<title>(?:[a-z-]+\s+){0,2}"
    rf"(?:{alternation(OFFICE_HEADS)}|head){_OF_WHAT}),\s+"
    rf"(?:(?:{HONORIFIC.pattern})\s+)?$"  # "..., Major General X"
)
"""A title in lower case before a name, as its apposition ("the deputy commander of the
Border Troops, X"): the office is a new Position where the register has none."""


def apposed_title(text: str, person: NewEntity, finder: MentionFinder) -> list[NewEntity]:
    """The office in a lower-case title before a new person's name, after a comma."""
    title = _APPOSED.search(text, max(0, person.start - 90), person.start)
    if person.cls != "Person" or title is None:
        return []
    label = title["title"][0].upper() + title["title"][1:]
    state = state_label(finder, title["owner"]) if title["owner"] else None
    if normalise(label) in finder.names or (state and _has_office(finder, label, state)):
        return []
    if state and " of " not in label and " for " not in label:  # "Iran’s roads minister, X"
        label = f"{label} of {title['owner']}"  # as the text names it: "of Britain"
    return [NewEntity(slug(label), "Position", label, *title.span("title"), 0.4,
                      "the office in a title before a person, after a comma")]  # fmt: skip


_TITLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?P<owner>(?:[A-Z][\w]*-)?[A-Z][\w]*)[’']s\s+)?(?P<title>(?:[A-Z][a-z-]+"
    rf"\s+){{0,2}}(?:{capitalised(OFFICE_HEADS)})"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)\b"
)
"""A capitalised title as the apposition after a name ("X, the Secretary-General’s Special
Representative for Y"): the office, and the office in the possessive before it."""


def title_after(text: str, person: NewEntity, finder: MentionFinder) -> list[NewEntity]:
    """The offices in a capitalised title after a new person's name, after a comma: the
    title ("Special Representative for Y") and an owner that is itself an office
    ("Secretary-General")."""
    title = _TITLE_AFTER.match(text, person.end)
    if person.cls != "Person" or title is None:
        return []
    found = []
    owner = set(normalise(title["owner"] or "").split())
    for group in ("owner", "title"):
        label, known = title[group], finder.names.get(normalise(title[group] or ""))
        if label is None or (known and owner <= _words(finder, known)):
            continue  # the register's office ("Special Representative for Y" of another)
        if group == "owner" and not _TITLE_HEAD.search(label):
            continue  # a state's or a body's name: no office
        found.append(NewEntity(slug(label), "Position", label, *title.span(group), 0.4,
                               "the office in a title after a person, after a comma"))  # fmt: skip
    return found


_LOWER_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w]*)[’']s\s+|(?P<adjective>[A-Z][\w.]*)\s+)?"
    rf"(?P<title>(?:[a-z-]+\s+){{0,2}}(?:{alternation(OFFICE_HEADS)})"
    rf"(?:\s+(?:of|for)\s+{_PORTFOLIO_WORD}(?:\s+{_PORTFOLIO_WORD})*)?)"
    r"(?P<place>\s+in\s+[A-Z][\w-]+)?(?=,|\.|\s+and\b)"
)
"""A lower-case title as the apposition after a name ("X, the U.S. special envoy for
hostage affairs,", "Y, Qatar’s minister of state for foreign affairs,"): round 16."""


def lower_title_after(text: str, person: NewEntity, finder: MentionFinder) -> list[NewEntity]:
    """The office in a lower-case title after a new person's name, after a comma, "of"
    the state its owner names ("Minister of state for foreign affairs of Qatar"), where
    the register has no office of those words."""
    title = _LOWER_AFTER.match(text, person.end)
    if person.cls != "Person" or title is None:
        return []
    words = title["title"].split()
    lead = words[: next((i for i, w in enumerate(words) if w in OFFICE_HEADS), 0)]
    if set(lead) & FUNCTION_WORDS:
        return []  # "X, met the envoy": a verb and its object, no title (round eighteen)
    label = title["title"][0].upper() + title["title"][1:]
    owner = title["owner"] or title["adjective"]
    body = finder.names.get(normalise(title["owner"] or ""))
    if body and not finder.register.is_a(body, "State"):  # "UNHCR’s representative in X"
        label = " ".join(text[title.start("owner") : title.end()].split())
        if normalise(label) in finder.names:
            return []
        return [NewEntity(slug(label), "Position", label, title.start("owner"), title.end(),
                          0.4, "a body's office in lower case after a person")]  # fmt: skip
    if title["place"]:
        return []  # "X, Pakistan’s envoy in Kabul": named as the register names missions
    state = None
    if title["owner"]:
        state = state_label(finder, title["owner"])
    elif title["adjective"]:
        state = adjective_state(finder, title["adjective"]) or state_label(finder, owner)
    if owner and state is None:
        return []  # "X, the Kabul chief of police": no state's office
    if normalise(label) in finder.names or (state and _has_office(finder, label, state)):
        return []
    label = f"{label} of {state}" if state else label
    return [NewEntity(slug(label), "Position", label, *title.span("title"), 0.4,
                      "the office in a lower-case title after a person")]  # fmt: skip


_OF_STATE = re.compile(
    rf"(?P<title>(?:(?!(?:The|A|An)\b)[A-Z][\w-]*\s+){{0,3}}?(?:{capitalised(OFFICE_HEADS)}))"
    r"\s+of\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)(?:,\s*|\s+)$"
)
"""A capitalised title "of" a state right before a name ("the President of Uzbekistan X",
"the Foreign Minister of Turkmenistan, X,")."""


def of_state_title(text: str, person: NewEntity, finder: MentionFinder) -> list[NewEntity]:
    """The office in a title "T of <state>" right before a new person's name, where the
    register has no such office of that state: "T of <the state's label>"; and the state,
    where the register lacks it (the person's name run had swallowed it: "the President
    of Uzbekistan Shavkat Mirziyoyev")."""
    title = _OF_STATE.search(text, max(0, person.start - 90), person.start)
    if person.cls != "Person" or title is None:
        return []
    state = state_label(finder, title["state"])
    if state is None:
        return []
    found = []
    if normalise(title["state"]) not in finder.names:
        found.append(NewEntity(slug(state), "State", state, *title.span("state"), 0.9,
                               "a state's name (ISO 3166-1)"))  # fmt: skip
    name = " ".join(title["title"].split())
    if _has_office(finder, name, state):
        return found
    label = f"{name} of {state}"
    return [*found, NewEntity(slug(label), "Position", label, title.start(),
                              title.end("state"), 0.5,
                              "a state's title 'of' it before a new person")]  # fmt: skip


_TITLED = ("a title before the name", "a form of address before the name")
_ADDRESS_BEFORE = re.compile(rf"(?:{HONORIFIC.pattern})\s+$")
"""A form of address or rank between a title and the name ("The Taliban’s Minister of
Disaster Management, Mullah X", "Deputy Commander Major General Y"): no part of the office."""


def positions_of(text: str, people: list[NewEntity], finder: MentionFinder) -> list[NewEntity]:
    """The offices of the titles right before new people's names, where new."""
    found: list[NewEntity] = []
    for person in people:
        found += apposed_title(text, person, finder) + title_after(text, person, finder)
        found += lower_title_after(text, person, finder) + of_state_title(text, person, finder)
        if person.cls != "Person" or person.reason not in _TITLED:
            continue
        address = _ADDRESS_BEFORE.search(text, max(0, person.start - 40), person.start)
        span = _title_before(text, address.start() if address else person.start, finder)
        if span is None:
            continue
        owned = _owned_titles(text, span, finder)
        if owned:
            found += owned
            continue
        if normalise(text[span[0] : span[1]]) in finder.names:
            continue  # the register's office
        label = text[span[0] : span[1]]
        if label.islower() and " " not in label:
            continue  # "ministry spokesperson X": a bare head names no office (round 16)
        found.append(NewEntity(slug(label), "Position", label, *span, 0.5,
                               "the office in a title before a new person"))  # fmt: skip
    return found


_OWNER = re.compile(
    r"(?:\b(?P<state>[A-Z][\w]+(?:\s[A-Z]\w+)?)[’']s|\b(?P<adjective>[A-Z][a-z]+))\s+$"
)


def _owned_titles(text: str, span: tuple[int, int], finder: MentionFinder) -> list[NewEntity]:
    """The offices of a state's title before a new person ("Chinese Foreign Minister X",
    "Pakistan’s Deputy Prime Minister and Foreign Minister Y"): "Foreign Minister of
    China", each title of a coordination, where the register has no such office of that
    state (the same words and the state's, or its adjective before the title)."""
    spans = [span]
    while re.search(r"\sand\s$", text[: spans[0][0]]):  # "Deputy Prime Minister and ..."
        first = _title_before(text, spans[0][0] - 5, finder)
        if first is None:
            break
        spans.insert(0, first)
    owner = _OWNER.search(text[max(0, spans[0][0] - 40) : spans[0][0]])
    if owner is None:
        return []
    if owner["state"]:
        state = state_label(finder, owner["state"])
    else:
        state = adjective_state(finder, owner["adjective"])
    if state is None:
        return []
    found = []
    for start, end in spans:
        title = " ".join(text[start:end].split())
        if _has_office(finder, title, state):
            continue
        label = f"{title} of {state}"
        found.append(NewEntity(slug(label), "Position", label, start, end, 0.5,
                               "a state's title before a new person"))  # fmt: skip
    return found


def _words(finder: MentionFinder, entity: str) -> set[str]:
    record = finder.register.entities[entity]
    return {w for n in (record.label, *record.aliases) for w in normalise(n).split()}


def _has_office(finder: MentionFinder, title: str, state: str) -> bool:
    """Whether the register has a position of the title's words and the state's name, or
    of the state's adjective and the title ("Iranian Foreign Minister")."""
    words = set(normalise(title).split()) | set(normalise(state).split())
    adjectives = {f"{a} {normalise(title)}" for a in demonyms(normalise(state))}
    register = finder.register
    return any(
        register.is_a(e.id, "Position")
        and (
            words <= set(normalise(e.label).split())
            or adjectives & {normalise(n) for n in (e.label, *e.aliases)}
        )
        for e in register.entities.values()
    )
