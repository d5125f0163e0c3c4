"""People and groups a report describes but does not name: those it counts and tells apart
by a clause (a Person or Group of their own), the acts named inside a group's description
(no event), and "the visitors" for the report's one delegation.

docs/annotation.md makes an unnamed person or group an entity of its own where the
report tells what happened to them ("a Kyrgyz national who had been held", "four
Uzbek engineers working for a power company were freed"): a state's adjective, a noun
of people, and a clause after it ("who ...", "working for X") that picks them out. A
count without such a clause ("a border guard and two gunmen were killed") names no one
the annotations keep; nor does one the lede describes and the next sentence names with an
age ("an American engineer who was held ... X Y, 54, was handed over": round sixteen).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.suggest.candidates import NewEntity, slug
from kg.suggest.english import PEOPLE, alternation, counting
from kg.suggest.listed import known

if TYPE_CHECKING:
    from kg.suggest.event_record import Event
    from kg.suggest.mentions import Mention, MentionFinder
    from kg.suggest.register import Register

_ONE = ("citizen", "national", "woman", "man", "journalist", "student", "trader", "worker",
        "employee", "resident", "pilgrim", "driver", "fisherman", "engineer", "doctor")  # fmt: skip
"""Singular nouns of a person named by what they are ("a Kyrgyz national")."""
_MANY = (*PEOPLE, "citizens", "nationals", "men", "journalists", "employees", "engineers",
         "doctors", "residents")  # fmt: skip
_COUNTED = re.compile(
    r"\b(?:(?P<one>[Aa]n?|[Oo]ne)|(?P<many>(?i:" + alternation(counting(2, 99)) + r")|\d+))\s+"
    r"(?P<adjective>[A-Z][a-z]+)\s+(?P<noun>" + alternation((*_ONE, *_MANY)) + r")\b"
    r"(?P<clause>,?\s+who\b|\s+(?:working|employed)\s+(?:for|by)\s+(?:the\s+)?"
    r"(?P<employer>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+[a-z]+s\b)?))"
)
"""A count ("a", "three", "12"), a state's adjective, a noun of people, and the clause
that picks them out ("who", "working for UN agencies": the employer kept in the label)."""

_WHY = "people counted and told apart by a clause, not named"
_NAMED_NEXT = re.compile(r"[^.\n]*\.\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,\s+\d{1,3},")
"""The rest of the sentence, and a next one opening with a name and an age ("X Y, 54,"):
a news lede's delayed identification of the person it described (round sixteen)."""


def counted_people(text: str, finder: MentionFinder) -> list[NewEntity]:
    """ "a Kyrgyz national who had been held" is a new Person "Kyrgyz national"; "four
    Uzbek engineers working for Zenda Power" a new Group of those words (the count kept: it
    tells them from "Uzbek engineers" at large). The adjective must be a state's (the
    register's or ISO's), and the noun agree with the count ("a ... citizen", "three ...
    women")."""
    from kg.suggest.new_names import adjective_state  # it lists this module's finds

    found: list[NewEntity] = []
    for match in _COUNTED.finditer(text):
        noun = match["noun"].lower()
        if (match["one"] is not None) != (noun in _ONE):
            continue  # "a ... women", "three ... citizen": no such phrase
        if adjective_state(finder, match["adjective"]) is None:
            continue
        if match["one"] is not None and _NAMED_NEXT.match(text, match.end()):
            continue  # the lede's "an American engineer", named with his age next: one person
        if match["one"] is not None:
            start, end, cls = match.start("adjective"), match.end("noun"), "Person"
        else:
            start, cls = match.start("many"), "Group"
            end = match.end("employer") if match["employer"] else match.end("noun")
        label = " ".join(text[start:end].split())
        if known(label, finder):
            continue
        found.append(NewEntity(slug(label), cls, label, start, end, 0.5, _WHY))
    return found


def outside_group_names(
    events: list[Event], mentions: list[Mention], register: Register
) -> list[Event]:
    """The events not named only inside a group's name: "diplomats appointed by the
    previous government" tells who the diplomats are, not of an appointment the report
    tells (annotation.md annotates the group, no event). An event placed inside a dropped
    one loses that parent."""
    groups = [(m.start, m.end) for m in mentions if register.is_a(m.entity, "Group")]

    def named(event: Event) -> bool:
        spans = [(s, e) for _, s, e in event.occurrences] or [(event.start, event.end)]
        return all(any(gs <= s and e <= ge for gs, ge in groups) for s, e in spans)

    kept = [e for e in events if not named(e)]
    ids = {id(e) for e in kept}
    for event in kept:
        if event.parent is not None and id(event.parent) not in ids:
            event.parent = None
    return kept


_VISITORS = re.compile(r"\bthe\s+(?:visitors|guests|visiting\s+(?:delegation|team|side))\b")
"""Words that refer back to a visiting delegation without its name."""


def visitors(text: str, mentions: list[Mention], register: Register) -> list[Mention]:
    """ "the visitors", "the guests", "the visiting delegation" where the report names one
    delegation (before or after: "arrived at the head of a delegation ... told the
    visitors ... The X delegation"): a mention of it, as "the delegation" would be."""
    from kg.suggest.mentions import Mention

    named = [m for m in mentions if register.is_a(m.entity, "Delegation")]
    if len({m.entity for m in named}) != 1:
        return []
    first, taken = named[0], [(m.start, m.end) for m in mentions]
    return [
        Mention(m.start(), m.end(), first.entity, "a visiting delegation named again", 0.4)
        for m in _VISITORS.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
