"""Titles and positions written before a name, as the new-entity rules read them.

:data:`TITLES` is the pattern of a title ("Acting Defence Minister", "Foreign
Secretary", "Mullah", "Dr."); :data:`TITLE_BEFORE` finds one right before a name
(which makes the name a person's), and :func:`after_title` moves the start of a
run that opens a sentence past the title it holds. :func:`another_office` tells a
register title that the words around it make another office ("Chinese Foreign
Minister", "Deputy Prime Minister", "Prime Minister of Qatar"), by the owners
:func:`office_owners` reads from the register.
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.english import (
    FULL_PORTFOLIO,
    HONORIFICS,
    NAME_AHEAD,
    OFFICE_HEADS,
    PORTFOLIO,
    alternation,
    capitalised,
)
from kg.suggest.gazetteer import leading_state, state_of_adjective
from kg.suggest.runs import NOT_NAMES
from kg.vocabulary import normalise

_ABBREVIATED = ("gen", "brig", "col", "maj", "lt", "capt")
"""Abbreviated military ranks before a name ("Gen.", "Lt.")."""
TITLES = (
    r"(?:(?:Acting|Interim|Deputy|Former|Vice|Prime|Special|special|Chief|Joint|External|Home|"
    rf"{capitalised(sorted(PORTFOLIO))})\s+)*"
    rf"(?:{capitalised(OFFICE_HEADS)}|{alternation(OFFICE_HEADS)}|diplomat|General"
    rf"|(?:{capitalised(HONORIFICS + _ABBREVIATED)})\.?)"
)
HONORIFIC = re.compile(
    r"(?:(?:Major|Lieutenant|Brigadier)\s+General|Lieutenant\s+Colonel|Air\s+Marshal|Colonel|"
    rf"Brigadier|Admiral|{capitalised(HONORIFICS)})\.?",  # title case: .pattern is reused
    re.IGNORECASE,
)
"""A form of address before a name, no office of its own ("Mr", "Mullah", "Dr."), and a
military rank ("Major General", "Colonel"; not "General" alone: "General Assembly")."""
TITLE_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,5}?"
    rf"(?i:{alternation(OFFICE_HEADS)}|diplomat|speaker|senator|lawmaker|legislator)\b"
)
"""A title in the apposition after a name ("Bilal Karimi, the Taliban’s ambassador to
China,"): the name is a person's."""
TITLE_WORD = re.compile(TITLES, re.IGNORECASE)
"""A title or honorific, as one word may be before a name ("Minister", "Mr", "Mawlawi")."""
TITLE_BEFORE = re.compile(
    TITLES
    + r"(?:\s+(?:of|for|to)\s+(?:the\s+)?[A-Z]\w+|\s+in\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?=,))?"
    + r",?\s+(?:for\s+\w+,\s+)?$"
)
"""A title right before a name ("Foreign Minister X", "envoy to Kabul X"), or before its
apposition after the city the office is in ("Iran’s ambassador in Kabul, X,")."""


_PORTFOLIO = rf"(?:{capitalised(sorted(FULL_PORTFOLIO))}|State)"
OF_PORTFOLIO = rf"(?:\s+(?:of|for)\s+{_PORTFOLIO}(?:\s+(?:and\s+)?{_PORTFOLIO})*)?"
"""A minister's portfolio after the title ("Deputy Minister of Economy", "Minister for
Trade and Industry"): part of the title, not of the name after it."""
_TITLE_INSIDE = re.compile(r"\b" + TITLES + OF_PORTFOLIO + r"\s+" + NAME_AHEAD)


def after_title(text: str, start: int, end: int) -> int:
    """Where a run opening a sentence holds a title before two capitalised words
    ("Pakistani Interior Minister Mohsin Naqvi met"), the name begins after the title."""
    matches = list(_TITLE_INSIDE.finditer(text, start, end))
    return past_owner_state(text, matches[-1].end(), end) if matches else start


def title_first(text: str, start: int, end: int) -> int:
    """Where a run begins with a title before two capitalised words ("Minister of State
    Mohammed Al-Khulaifi"), the name begins after the title."""
    match = _TITLE_FIRST.match(text, start, end)
    owned = _OWNED_TITLE.match(text, start, end)
    if match is None and owned and state_of_adjective(owned["owner"]):
        return owned.end()  # a state's adjective before the title: "Kazakh Trade Minister X"
    return past_owner_state(text, match.end(), end) if match else start


def past_owner_state(text: str, name_start: int, end: int) -> int:
    """A title ending in "of" owns the state named next ("President of Uzbekistan Shavkat
    Mirziyoyev"): the name begins after the state where two capitalised words follow it."""
    if not text[:name_start].rstrip().endswith(" of"):
        return name_start
    words = list(re.finditer(r"\S+", text[name_start:end]))
    width = leading_state([w[0] for w in words])
    return name_start + words[width].start() if width else name_start


_TITLE_FIRST = re.compile(
    rf"(?:(?:{capitalised(sorted(PORTFOLIO))})\s+(?:and\s+)?){{0,2}}?"
    + TITLES
    + OF_PORTFOLIO  # "Deputy Minister of Economy X" (round eighteen)
    + r"\s+"
    + NAME_AHEAD
)  # a portfolio TITLES does not list before the head: "Transport Minister X"
_OWNED_TITLE = re.compile(r"(?P<owner>[A-Z][a-z]+)\s+" + _TITLE_FIRST.pattern)
_RANKS = {"deputy", "vice", "assistant", "junior", "under", "associate", "second", "third"}
"""Words that make a title another, lower office ("Deputy Foreign Minister" is not the
"Foreign Minister")."""
_TRANSPARENT = {"acting", "interim", "former", "then", "caretaker", "current", "new"}
"""Words between an owner and a title that do not change the office ("Afghanistan’s
acting Foreign Minister")."""


OWNED = ("Position", "Ministry", "DiplomaticMission")
"""Classes whose names are often said without their owner ("Foreign Minister", "Ministry of
Defence", "Embassy"), so that the owner before them tells another state's."""


def office_owners(register: Any) -> dict[str, set[str]]:
    """Position -> the words that name its owner: the names of its ``positionIn`` actor
    and of the actor its label names after "of"/"to"/"in", of the states they govern
    or are governed by, and those states' adjectives ("Foreign Minister of the Islamic
    Emirate of Afghanistan": "islamic", "emirate", "afghanistan", "afghan", "taliban"
    where the government's names hold it)."""
    from kg.suggest.word_forms import demonyms

    names = {normalise(n): e.id for e in register.entities.values() for n in (e.label, *e.aliases)}
    owner: dict[str, set[str]] = {}
    governs: set[tuple[str, str]] = set()
    for claim in register.claims:
        if claim.predicate == "positionIn":
            owner.setdefault(claim.subject, set()).add(claim.object)
        elif claim.predicate == "governs":
            governs.add((claim.subject, claim.object))
    found: dict[str, set[str]] = {}
    for entity in register.entities.values():
        if not any(register.is_a(entity.id, c) for c in OWNED):
            continue
        owners = set(owner.get(entity.id, set()))
        for name in (entity.label, *entity.aliases):
            words = normalise(name).split()
            for i, word in enumerate(words):
                if word in ("of", "to", "in"):
                    rest = [w for w in words[i + 1 :] if w != "the"]
                    for end in range(len(rest), 0, -1):
                        if " ".join(rest[:end]) in names:
                            owners.add(names[" ".join(rest[:end])])
                            break
        owners |= {s for g, s in governs if g in owners} | {g for g, s in governs if s in owners}
        owned: set[str] = set()
        for one in owners:
            record = register.entities[one]
            for name in (record.label, *record.aliases):
                form = normalise(name)
                owned |= set(form.split())
                if register.is_a(one, "State") and " " not in form:
                    owned |= demonyms(form)
        found[entity.id] = owned - {"of", "the", "and"}
    return found


def another_office(before: str, after: str, owners: set[str], known: set[str]) -> bool:
    """Whether a register title is another office than the register's, by the words
    right around it: a rank before it ("Deputy Foreign Minister"), or an owner before
    it (a possessive, a name of ``known``, or a capitalised word inside a sentence:
    "Uzbekistan’s", "Chinese", "Kazakh") or after it ("of Pakistan", "consul in
    Hyderabad") that names no owner of the register's office."""
    words = list(_ADJACENT.finditer(before))
    while words and normalise(words[-1]["word"]) in _TRANSPARENT:
        words.pop()
    if words and _adjacent(before, words) and normalise(words[-1]["word"]) in _RANKS:
        return True
    if not owners:
        return False
    candidates = []
    of = re.match(r"\s+(?:of|to|in)\s+(?:the\s+)?([A-Z][\w-]*)", after)
    if of:
        candidates.append(of.group(1))
    if words and _adjacent(before, words):
        last = words[-1]
        word, form = last["word"], normalise(last["word"])
        lead = before[: last.start()].rstrip()
        opens = not lead or lead[-1] in '.:!?“"\n'  # a sentence's first word: "When"
        if (
            word[:1].isupper()
            and form not in _FUNCTION
            and (last["s"] or form in known or not opens or form not in OPENERS)
        ):
            candidates.append(word)
    return any(normalise(c) not in owners for c in candidates)


_ADJACENT = re.compile(r"(?P<word>[\w-]+)(?P<s>[’']s)?\s+")
OPENERS = NOT_NAMES | {
    "when", "then", "later", "earlier", "also", "but", "and", "so", "now", "today",
    "yesterday", "if", "separately", "last", "next", "new", "former", "acting", "interim",
    "speaking", "asked", "according", "for", "with", "by", "from", "to", "of", "said",
}  # fmt: skip
"""Common words that open a sentence before a title ("When Foreign Minister X ..."),
unlike an owner's adjective there ("Uzbek Foreign Minister X")."""
_FUNCTION = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "as", "and"}


def _adjacent(before: str, words: list[re.Match[str]]) -> bool:
    """Whether the words kept run right up to the title (only transparent ones after)."""
    tail = before[words[-1].end() :]
    return all(normalise(w) in _TRANSPARENT for w in tail.split())
