"""Descriptions of things other than people: an apposition, a relative clause, an epithet.

The rules of :mod:`kg.suggest.relations` describe a person by an apposition and an
actor by one or two words before its name; the genre describes ships, ports, bodies and
borders the same way ("The Meghna Pride, a Bangladeshi-flagged cargo ship, docked";
"the Council’s Sanctions Committee, which oversees a travel ban"; "the state news agency
IRNA"; "the 15-member Council"). Each is a ``hasDescription`` a reviewer trims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import FUNCTION_WORDS
from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.text import CLAUSE_MARK

APPOSITION = re.compile(r",\s+(?P<what>(?:the|a|an)\s+(?P<head>[^,.;()“”\"]{3,80}?))(?=[,.;]|$)")
"""An apposition after a name, up to the next comma or stop ("X, a cargo ship,"): ``what``
the description, ``head`` its words after the article (of people too:
:mod:`kg.suggest.relations`)."""
_WHICH = re.compile(
    r",\s+(?P<what>which\s+[a-z][^;:()“”\"]{3,90}?)(?=[;:“”\"]|" + CLAUSE_MARK + "|$)"
)
_EPITHET = re.compile(r"\b[Tt]he\s+(?P<words>(?:(?:[a-z][a-z-]+|\d[\w-]*-[a-z]+)\s+){1,3})\Z")
"""Three words or a figure's ("15-member") before a name, none of them a function word
(the one- and two-word epithets of actors are :mod:`kg.suggest.relations`'s)."""
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?\Z", re.IGNORECASE)
"""A source of the sentence ("..., according to the X Bureau, a fraction of ..."): what
follows its name tells of the sentence's subject, not of it."""
_DESCRIBED = ("Organization", "Place", "Group", "Vehicle", "Facility", "Building", "Ship")


def _kind(register: Register, entity: str) -> bool:
    """A named thing other than a person, a state or an event."""
    if register.is_event(entity) or register.is_a(entity, "Person"):
        return False
    if register.is_a(entity, "State"):
        return False
    return any(register.is_a(entity, c) for c in _DESCRIBED)


def described(
    text: str, start: int, end: int, here: list[Mention],
    named: list[tuple[int, int, Event]], register: Register,
) -> Iterator[Relation]:  # fmt: skip
    """``hasDescription`` of the named things of one sentence (characters ``start``-``end``)."""
    for index, mention in enumerate(here):
        if not _kind(register, mention.entity):
            continue
        if index + 1 < len(here) and here[index + 1].start < mention.end:
            continue  # a longer name holds this one
        match = APPOSITION.match(text, mention.end, end)
        source = _SOURCE.search(text, max(start, mention.start - 30), mention.start)
        if match and not source and not _a_name(match, here, text):
            what = match["what"].strip()
            begin = match.start("what")
            yield Relation(mention.entity, "hasDescription", what, begin, begin + len(what),
                           0.4, "an apposition to the name")  # fmt: skip
        which = _WHICH.match(text, mention.end, end)
        if which and not any(which.start() <= s < which.end() for s, _, _ in named):
            what = which["what"].strip()
            begin = which.start("what")
            yield Relation(mention.entity, "hasDescription", what, begin, begin + len(what),
                           0.3, "a relative clause on the name")  # fmt: skip
        epithet = _EPITHET.search(text, max(start, mention.start - 50), mention.start)
        if epithet is None:
            continue
        words = epithet["words"].split()
        if any(w.lower() in FUNCTION_WORDS for w in words):
            continue
        if len(words) < 3 and not any(w[0].isdigit() for w in words):
            continue  # the short ones: kg.suggest.relations
        yield Relation(mention.entity, "hasDescription", text[epithet.start() : mention.end],
                       epithet.start(), mention.end, 0.3, "the words before the name")  # fmt: skip


def _a_name(match: re.Match[str], here: list[Mention], text: str) -> bool:
    """Whether the apposition is another name ("Iran, the UAE and Qatar"): a list, no
    description."""
    head = match.start("head")
    if re.search(r"\s(?:and|or)\s", match["what"]) and any(
        head <= m.start for m in here if m.start < match.end()
    ):
        return True
    return any(m.start == head for m in here) and text[head].isupper()
