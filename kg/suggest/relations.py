"""Relations a sentence states between entities and events, by the words between them.

Each rule reads the text between two mentions (or an event's trigger), never
a name. :func:`find_relations` runs them all; this module owns positions, titles,
places and descriptions, :mod:`kg.suggest.missions` missions and recognition, and
:mod:`kg.suggest.event_relations` the relations of events:

- ``locatedIn``: "X in Y" (a place, mission, group or office X; a place Y), "Y-based X"
  ("Pakistan-based groups like A and B": each),
  "Y’s X" and "Y’s X1 and X2 ports" (a place Y owning places X);
- ``positionIn``: "Y’s [acting] TITLE", "Y TITLE" (an actor Y, a register
  position; an armed group stands for its government);
- ``represents``: "Y’s embassy" (an actor Y, a diplomatic mission);
- ``hasConcern``: "Y’s security concerns" (an actor Y, a topic of concern);
- ``memberOf``: "Y’s foreign ministry", "the X division in the Y ministry" (a ministry or
  plain organisation X, a state, government or ministry Y);
- ``supports``, ``borders``, ``isRivalOf``, ``accusedOf``: :mod:`kg.suggest.stances`;
- ``hasStatus``: :mod:`kg.suggest.status`; ``hasParaphrase``: :mod:`kg.suggest.paraphrase`;
  a state's title, a place by its state's adjective, ``leads``, a ministry's titles and
  what concerns name: :mod:`kg.suggest.offices`;
- ``doesNotFormallyRecognize``: "X does not (officially) recognise Y";
- ``follows``: "A followed / following / after / in response to B" and
  "B prompted A" between two events of one sentence;
- ``hasSignificance``: "first", "first-ever", "historic", "rare",
  "highest-level", "milestone", "turning point", "significant shift" and the
  words after, up to the clause's end, for the sentence's event;
- ``hasGoal``: "intent to", "aiming to", "seeks to", "desire to", "interest
  in", "commitment to", "readiness to", "hope for", "need to/for", "on
  improving" and the words after, for the actor before the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.suggest.english import FUNCTION_WORDS
from kg.suggest.entity_descriptions import APPOSITION, described
from kg.suggest.event_record import Event
from kg.suggest.event_relations import about, discussed, ensuing, follows, order_dates, phrases
from kg.suggest.mentions import Mention
from kg.suggest.missions import missions, no_country
from kg.suggest.offices import offices
from kg.suggest.paraphrase import paraphrases
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.reporting_clause import reported_topics
from kg.suggest.stances import stances
from kg.suggest.state_bodies import bodies
from kg.suggest.status import statuses
from kg.suggest.subdivisions import provinces
from kg.suggest.text import CLAUSE_MARK, Report
from kg.suggest.unnamed import speaks_for

_POSSESSIVE = re.compile(r"[’']s\s+(?:(?:acting|interim|former|new|top)\s+)?\Z", re.IGNORECASE)
_IN = re.compile(r"\s+in\s+(?:the\s+)?\Z")
_NOT_RECOGNISE = re.compile(
    r"\b(?:(?:does|do|did|has|have)\s+not|(?:has\s+|have\s+)?(?:refused|refuses|refuse|"
    r"declined|declines)\s+to)\s+(?:officially\s+|formally\s+)?recogni[sz]e[ds]?\b",
    re.IGNORECASE,
)
_LOCATABLE = ("Place", "DiplomaticMission", "Organization", "Group", "ArmedGroup", "Position",
              "Government", "InternationalOrganization")  # fmt: skip


def find_relations(
    report: Report, mentions: list[Mention], events: list[Event], register: Register
) -> list[Relation]:
    """The relations of every sentence of the report."""
    found: list[Relation] = []
    text = report.text
    found += ensuing(text, events)
    found += discussed(report, events, register)
    found += paraphrases(report, events, register)
    found += provinces(text, mentions, register)
    found += bodies(text, mentions, register)
    found += statuses(text, {s.index: s.start for s in report.sentences}, events)
    for sentence in report.sentences:
        here = [m for m in mentions if sentence.start <= m.start < sentence.end]
        found += _pairs(text, here, register)
        named = sorted(
            (
                (start, end, event)
                for event in events
                for index, start, end in event.occurrences
                if index == sentence.index and event.id
            ),
            key=lambda item: item[0],
        )
        found += follows(text, named, sentence.start)
        found += about(text, named, register)
        found += reported_topics(text, sentence.start, named, register)
        mine = [  # "This marked the first official encounter": named again here
            e
            for e in events
            if e.id and any(index == sentence.index for index, _, _ in e.occurrences)
        ]
        found += phrases(text, sentence.start, sentence.text, here, mine, register)
        found += _descriptions(text, sentence.start, sentence.end, here, named, register)
        found += described(text, sentence.start, sentence.end, here, named, register)
        found += missions(text, sentence.start, here, register)
        found += no_country(text, sentence.start, sentence.text, here, register)
        found += stances(text, sentence.start, sentence.end, here, register)
        found += offices(text, sentence.start, sentence.end, here, mentions, register)
        found += speaks_for(text, here, register)
    order_dates(events, found, register)
    return found


_STOP = re.compile(
    rf"{CLAUSE_MARK}|[;:()“”\"]|\s(?:in|on|at|to|from|after|before|with|which|who|when|as)\s"
)
"""Where the words after a trigger stop: a punctuation mark (not the comma or point
inside a figure, "1,200 tonnes", "2.5 million") or a preposition or relative word."""
_MODIFIER = re.compile(r"(?<![\w’'-])(?:(?:[a-z][\w’'-]*|\d[\w–-]*)\s+){1,3}$")


def _descriptions(
    text: str, start: int, end: int, here: list[Mention],
    named: list[tuple[int, int, Event]], register: Register,
) -> Iterator[Relation]:  # fmt: skip
    """A starting point for a reviewer to trim: an event's words ("historic meeting",
    "offer material support") and a person's apposition ("Jitender Pal Singh, the Indian
    foreign ministry’s point-person for Afghanistan")."""
    for first, last, event in named:
        modifiers = _MODIFIER.search(text[max(start, first - 40) : first])
        kept = modifiers.group(0).split() if modifiers else []
        closing = [i for i, w in enumerate(kept) if w[-1] in "’'"]
        kept = kept[closing[-1] + 1 :] if closing else kept  # a quotation ends before
        while kept and kept[0].lower() in FUNCTION_WORDS:  # "after high-level talks"
            kept.pop(0)
        lead = first - len(modifiers.group(0)) if modifiers else first
        if kept:
            lead = text.rfind(kept[0], lead, first)
        else:
            lead = first
        stop = _STOP.search(text, last, end)
        tail = stop.start() if stop else end
        words = text[lead:tail].strip()
        if lead < first or tail > last + 1:
            if 2 <= len(words.split()) <= 12:
                begin = text.find(words, lead)
                yield Relation(event.id, "hasDescription", words, begin, begin + len(words),
                               0.3, "the words around the trigger")  # fmt: skip
    yield from _clauses(text, start, end, named)
    for mention in here:  # "the then-insurgent Taliban", "the impoverished country"
        modifiers = _EPITHET.search(text, max(start, mention.start - 40), mention.start)
        if modifiers and register.is_a(mention.entity, "Actor"):
            epithet = [w for w in modifiers["words"].split() if w.lower() not in FUNCTION_WORDS]
            if epithet and not register.is_event(mention.entity):
                what = text[modifiers.start() : mention.end]
                yield Relation(mention.entity, "hasDescription", what, modifiers.start(),
                               mention.end, 0.3, "the words before the name")  # fmt: skip
        if not register.is_a(mention.entity, "Person"):
            continue
        match = APPOSITION.match(text, mention.end, end)
        if match is None or any(match.start() <= m.start < match.end() for m in here
                                if register.is_a(m.entity, "Position")):  # fmt: skip
            continue  # a title: holdsPosition
        what = match["what"].strip()
        begin = match.start("what")
        yield Relation(mention.entity, "hasDescription", what, begin, begin + len(what), 0.4,
                       "an apposition to the name")  # fmt: skip


_EPITHET = re.compile(r"\b[Tt]he\s+(?P<words>(?:[a-z][a-z-]+\s+){1,2})$")
_CLAUSE_EDGE = re.compile(rf"{CLAUSE_MARK}|[;:()“”\"]")
"""A clause's edge: a punctuation mark, not the comma or point inside a figure."""


def _clauses(
    text: str, start: int, end: int, named: list[tuple[int, int, Event]]
) -> Iterator[Relation]:
    """The trigger's clause, from the last comma before it to the next one ("India and
    the Taliban agreed to maintain regular contact to address security concerns")."""
    for first, last, event in named:
        edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, start, first)]
        lead = edges[-1] if edges else start
        stop = _CLAUSE_EDGE.search(text, last, end)
        tail = stop.start() if stop else end
        words = text[lead:tail].strip()
        if 4 <= len(words.split()) <= 25:
            begin = text.find(words, lead)
            yield Relation(event.id, "hasDescription", words, begin, begin + len(words), 0.25,
                           "the trigger's clause")  # fmt: skip


def _is(register: Register, entity: str, *classes: str) -> bool:
    return any(register.is_a(entity, c) for c in classes)


def _pairs(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    for index, first in enumerate(here):
        for second in here[index + 1 : index + 3]:
            gap = text[first.end : second.start]
            evidence = (first.start, second.end)
            owner = register.acting_as(first).entity
            if (
                _IN.fullmatch(gap)
                and _is(register, first.entity, *_LOCATABLE)
                and not register.is_a(first.entity, "State")
                and register.is_a(second.entity, "Place")
            ):
                yield Relation(first.entity, "locatedIn", second.entity, *evidence, 0.7, "X in Y")
            if _IN.fullmatch(gap) and _part(register, first.entity) and _whole(register, second):
                yield Relation(first.entity, "memberOf", second.entity, *evidence, 0.5,
                               "a division in a ministry")  # fmt: skip
            possessive = bool(_POSSESSIVE.fullmatch(gap)) or (
                second is here[index + 1] and gap in (" ", "’s ", "'s ")
            )
            if not possessive:
                continue
            if register.is_a(first.entity, "Place") and register.is_a(second.entity, "Place"):
                if not register.is_a(second.entity, "State"):
                    yield Relation(
                        second.entity, "locatedIn", first.entity, *evidence, 0.6, "Y’s X"
                    )
            if _part(register, second.entity) and _whole(register, first):  # "India’s foreign
                yield Relation(second.entity, "memberOf", owner, *evidence, 0.5,  # ministry"
                               "Y’s ministry")  # fmt: skip
            if register.is_a(first.entity, "Actor") and register.is_a(second.entity, "Position"):
                ruler = _ruler(register, second.entity, owner)  # "Afghanistan’s Foreign
                yield Relation(second.entity, "positionIn", ruler or owner, *evidence, 0.6,
                               "Y’s title" + (" (its government's)" if ruler else ""))  # fmt: skip
            if register.is_a(first.entity, "Actor") and register.is_a(
                second.entity, "DiplomaticMission"
            ):
                yield Relation(second.entity, "represents", owner, *evidence, 0.6, "Y’s mission")
            if register.is_a(first.entity, "Actor") and register.is_a(second.entity, "Topic"):
                if "concern" in second.entity:
                    yield Relation(
                        owner, "hasConcern", second.entity, *evidence, 0.6, "Y’s concerns"
                    )
    yield from _based(text, here, register)
    for index, first in enumerate(here):  # "Pakistan’s Karachi and Gwadar ports"
        rest = here[index + 1 : index + 3]
        if len(rest) == 2 and register.is_a(first.entity, "Place"):
            gap1 = text[first.end : rest[0].start]
            gap2 = text[rest[0].end : rest[1].start]
            if _POSSESSIVE.fullmatch(gap1) and gap2 == " and ":
                yield Relation(rest[1].entity, "locatedIn", first.entity, first.start, rest[1].end,
                               0.5, "Y’s X1 and X2")  # fmt: skip
    for index, first in enumerate(here):
        for second in here[index + 1 :]:
            gap = text[first.end : second.start]
            if _NOT_RECOGNISE.search(gap) and len(gap) < 60:
                yield Relation(register.acting_as(first).entity, "doesNotFormallyRecognize",
                               register.acting_as(second).entity, first.start, second.end, 0.6,
                               "X does not recognise Y")  # fmt: skip
                break


_BASED = re.compile(r"\A-based\s+(?:[a-z-]+\s+){0,3}?(?:(?:like|such as|including)\s+)?\Z")


def _based(text: str, here: list[Mention], register: Register) -> Iterator[Relation]:
    """ "Pakistan-based terror groups like A and B", "Kabul-based diplomats": A and B (and
    a list's items after them) lie in the place before "-based"."""
    for index, place in enumerate(here):
        if not register.is_a(place.entity, "Place"):
            continue
        rest = [m for m in here[index + 1 :] if _is(register, m.entity, *_LOCATABLE, "Actor")]
        if not rest or not _BASED.match(text[place.end : rest[0].start]):
            continue
        items = [rest[0]]
        for mention in rest[1:]:
            if mention.entity == items[-1].entity:
                continue  # its acronym in brackets
            gap = text[items[-1].end : mention.start]  # "Lashkar-e-Taiba (LeT) and"
            if not re.fullmatch(r"(?:\s*\([^()]{1,12}\))?(?:,\s*(?:and\s+)?|\s+and\s+)", gap):
                break
            items.append(mention)
        for item in items:
            yield Relation(item.entity, "locatedIn", place.entity, place.start, item.end, 0.6,
                           "Y-based X")  # fmt: skip


def _part(register: Register, entity: str) -> bool:
    """A ministry, or an organisation of no more specific class (a division, an office)."""
    cls = register.entities[entity].type if entity in register.entities else ""
    cls = cls or register.proposed.get(entity, "")
    return cls in ("Ministry", "Organization")


def _whole(register: Register, mention: Mention) -> bool:
    """What a ministry or division is part of: a state, a government, a ministry."""
    return any(register.is_a(mention.entity, c) for c in ("State", "Government", "Ministry"))


def _ruler(register: Register, position: str, state: str) -> str | None:
    """The government that governs ``state`` (the register's ``governs``) where the
    register already places ``position`` in it: "Afghanistan’s Foreign Minister" is the
    Islamic Emirate's office, as the other reports record it."""
    rulers = {c.subject for c in register.claims if c.predicate == "governs" and c.object == state}
    placed = {
        c.object for c in register.claims if c.predicate == "positionIn" and c.subject == position
    }
    found = rulers & placed
    return found.pop() if len(found) == 1 else None
