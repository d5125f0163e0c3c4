"""Relations a sentence states between entities and events, by the words between them.

Each rule reads the text between two mentions (or an event's trigger), never
a name:

- ``locatedIn``: "X in Y" (a place, mission, group or office X; a place Y),
  "Y’s X" and "Y’s X1 and X2 ports" (a place Y owning places X);
- ``positionIn``: "Y’s [acting] TITLE", "Y TITLE" (an actor Y, a register
  position; an armed group stands for its government);
- ``represents``: "Y’s embassy" (an actor Y, a diplomatic mission);
- ``hasConcern``: "Y’s security concerns" (an actor Y, a topic of concern);
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
from dataclasses import dataclass

from kg.suggest.descriptions import _stem_of
from kg.suggest.event_record import Event
from kg.suggest.event_roles import TALKED
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.vocabulary import normalise

_POSSESSIVE = re.compile(r"[’']s\s+(?:(?:acting|interim|former|new|top)\s+)?\Z", re.IGNORECASE)
_IN = re.compile(r"\s+in\s+(?:the\s+)?\Z")
_FOLLOWS = re.compile(
    r"\b(followed|following|after|in response to|prompted|since)\b", re.IGNORECASE
)
_ENSUING = re.compile(
    r"\b(?:ensuing|subsequent|resulting|retaliatory|consequent)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_LEADING = re.compile(r"\s*(?:In response to|Following|After)\b[^,]*$", re.IGNORECASE)
_SIGNIFICANCE = re.compile(
    r"\b(?:first(?:-ever)?|historic|rare|highest-level|milestone|turning point|significant shift|"
    r"landmark|unprecedented)\b[^,.;:“”\"]*",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"\b(?:intent to|aim(?:ing|ed|s)? (?:to|at)|seeks? to|seeking|desire to|interest in|"
    r"commitment to|readiness to|hope for|need (?:to|for)|on improving|in order to|"
    r"to (?:help )?(?=(?:increase|boost|enhance|improve|strengthen|expand|ensure|deepen|"
    r"promote|address|enlarge|reinforce)\b))\s*"
    r"(?P<goal>[^,.;:“”\"]{6,})",
    re.IGNORECASE,
)
_AND_GERUND = re.compile(r"\s+and\s+(?=[a-z]+ing\b)")
_NOT_RECOGNISE = re.compile(
    r"\b(?:(?:does|do|did|has|have)\s+not|(?:has\s+|have\s+)?(?:refused|refuses|refuse|"
    r"declined|declines)\s+to)\s+(?:officially\s+|formally\s+)?recogni[sz]e[ds]?\b",
    re.IGNORECASE,
)
_NO_COUNTRY = re.compile(
    r"\bno\s+(?:other\s+)?(?:country|nation|state|government)\b[^.;]{0,60}?\b"
    r"(?:officially\s+|formally\s+)?recogni[sz](?:ed|es|e)\b",
    re.IGNORECASE,
)
_INCLUDING = re.compile(r"\bincluding\s+$|^(?:,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)
_LOCATABLE = ("Place", "DiplomaticMission", "Organization", "Group", "ArmedGroup", "Position",
              "Government", "InternationalOrganization")  # fmt: skip


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str
    start: int
    end: int
    confidence: float
    reason: str


def find_relations(
    report: Report, mentions: list[Mention], events: list[Event], register: Register
) -> list[Relation]:
    """The relations of every sentence of the report."""
    found: list[Relation] = []
    text = report.text
    found += _ensuing(text, events)
    found += _discussed(report, events, register)
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
        found += _follows(text, named, sentence.start)
        found += _about(text, named, register)
        mine = [  # "This marked the first official encounter": named again here
            e
            for e in events
            if e.id and any(index == sentence.index for index, _, _ in e.occurrences)
        ]
        found += _phrases(text, sentence.start, sentence.text, here, mine, register)
        found += _descriptions(text, sentence.start, sentence.end, here, named, register)
        found += _missions(text, sentence.start, here, register)
        found += _no_country(text, sentence.start, sentence.text, here, register)
    return found


def _no_country(
    text: str, offset: int, sentence: str, here: list[Mention], register: Register
) -> Iterator[Relation]:
    """ "No country has formally recognized Y, ... including A, B, and C": each state of
    the list does not recognise Y."""
    match = _NO_COUNTRY.search(sentence)
    if match is None:
        return
    end = offset + match.end()
    after = [m for m in here if m.start >= end and register.is_a(m.entity, "Actor")]
    begin = offset + match.start()  # "no country, including India, officially recognizes"
    if not after:
        return
    recognised = register.acting_as(after[0])
    listed: list[Mention] = []
    previous_end = -1
    for mention in here:
        if mention.start < begin or not register.is_a(mention.entity, "State"):
            continue
        lead = text[max(offset, mention.start - 12) : mention.start]
        gap = text[previous_end : mention.start] if previous_end >= 0 else ""
        if re.search(r"\bincluding\s+$", lead, re.IGNORECASE) or (listed and _INCLUDING.match(gap)):
            listed.append(mention)
            previous_end = mention.end
    for state in listed:
        if state.entity != recognised.entity:
            yield Relation(state.entity, "doesNotFormallyRecognize", recognised.entity,
                           offset + match.start(), state.end, 0.5,
                           "no country recognises Y, including X")  # fmt: skip


_STOP = re.compile(r"[,.;:()“”\"]|\s(?:in|on|at|to|from|after|before|with|which|who|when|as)\s")
_MODIFIER = re.compile(r"(?<![\w’'-])(?:(?:[a-z][\w’'-]*|\d[\w–-]*)\s+){1,3}$")
_FUNCTION = set(
    "a an the this that these those it its their his her our we they he she who which and or "
    "but after following with in on at to by of for from as is was were are be been has have "
    "had also not no during since than".split()
)
_APPOSITION = re.compile(r",\s+(?P<what>(?:the|a|an)\s+[^,.;()“”]{3,80}?)(?=[,.;]|$)")


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
        while kept and kept[0].lower() in _FUNCTION:  # "after high-level talks"
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
            epithet = [w for w in modifiers["words"].split() if w.lower() not in _FUNCTION]
            if epithet and not register.is_event(mention.entity):
                what = text[modifiers.start() : mention.end]
                yield Relation(mention.entity, "hasDescription", what, modifiers.start(),
                               mention.end, 0.3, "the words before the name")  # fmt: skip
        if not register.is_a(mention.entity, "Person"):
            continue
        match = _APPOSITION.match(text, mention.end, end)
        if match is None or any(match.start() <= m.start < match.end() for m in here
                                if register.is_a(m.entity, "Position")):  # fmt: skip
            continue  # a title: holdsPosition
        what = match["what"].strip()
        begin = match.start("what")
        yield Relation(mention.entity, "hasDescription", what, begin, begin + len(what), 0.4,
                       "an apposition to the name")  # fmt: skip


_EPITHET = re.compile(r"\b[Tt]he\s+(?P<words>(?:[a-z][a-z-]+\s+){1,2})$")
_CLAUSE_EDGE = re.compile(r"[,.;:()“”\"]")


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


_FORUMS = ("Meeting", "PhoneCall", "Visit", "Conference", "PressBriefing")


def _discussed(report: Report, events: list[Event], register: Register) -> Iterator[Relation]:
    """ "During the meeting, both sides assessed India’s aid programmes", "The spokesperson
    discussed the visit": an event named after "discussed" is a topic of the talks or
    briefing of the sentence (named before the verb), else of the last one before it."""
    named = sorted(
        ((start, end, e) for e in events if e.id for _, start, end in e.occurrences),
        key=lambda item: item[0],
    )
    for sentence in report.sentences:
        verb = TALKED.search(sentence.text)
        if verb is None:
            continue
        at = sentence.start + verb.start()
        forums = [
            (start, e)
            for start, _, e in named
            if start < at and any(register.is_a(e.cls, c) for c in _FORUMS)
        ]
        if not forums:
            continue
        forum = forums[-1][1]
        for start, end, event in named:
            if at < start < sentence.end and event.id != forum.id:
                yield Relation(forum.id, "hasTopic", event.id, at, end, 0.4,
                               "an event discussed there")  # fmt: skip


def _ensuing(text: str, events: list[Event]) -> Iterator[Relation]:
    """ "the ensuing clashes", "a retaliatory strike": the event follows the one named
    last before it."""
    named = sorted(
        ((start, end, e) for e in events if e.id for _, start, end in e.occurrences),
        key=lambda item: item[0],
    )
    for index, (start, end, event) in enumerate(named):
        lead = max(0, start - 30)
        match = _ENSUING.search(text[lead:start])
        earlier = [e for _, _, e in named[:index] if e.id != event.id]
        if match is None or not earlier:
            continue
        yield Relation(event.id, "follows", earlier[-1].id, lead + match.start(), end, 0.5,
                       "the ensuing B follows A")  # fmt: skip


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


def _follows(
    text: str, named: list[tuple[int, int, Event]], sentence_start: int
) -> Iterator[Relation]:
    """``named``: the events' triggers in one sentence, in text order."""
    if len(named) >= 2:  # "In response to Afghanistan’s request, India agreed ..."
        (first_start, _, first), (_, second_end, second) = named[0], named[1]
        lead = text[sentence_start:first_start]
        between = text[first_start : named[1][0]]
        if _LEADING.match(lead) and "," in between and first.id != second.id:
            why = f"{lead.strip()} A, B"
            yield Relation(second.id, "follows", first.id, sentence_start, second_end, 0.5, why)
    for (_, first_end, first), (second_start, second_end, second) in zip(
        named, named[1:], strict=False
    ):
        gap = text[first_end:second_start]
        match = _FOLLOWS.search(gap)
        if match is None or first.id == second.id or len(gap) > 140:
            continue
        start = named[0][0]
        if match.group(1).lower() == "prompted":
            why = "A prompted B"
            yield Relation(second.id, "follows", first.id, start, second_end, 0.5, why)
            for third_start, third_end, third in named[named.index((second_start, second_end,
                                                                    second)) + 1 :]:  # fmt: skip
                if third.id in (first.id, second.id) or _FOLLOWS.search(
                    text, second_end, third_start
                ):
                    break
                why = "A prompted B and C"  # "... to close their embassies and moved ..."
                yield Relation(third.id, "follows", first.id, start, third_end, 0.4, why)
        else:
            why = f"A {match.group(1)} B"
            yield Relation(first.id, "follows", second.id, start, second_end, 0.6, why)


_KEEPS = re.compile(
    r"\b(?:reopened|retained|retains|maintains?|maintained|keeps?|kept|re-?established|"
    r"opened|upgraded)\s+(?:its|their|a|an|the)\s+(?:diplomatic\s+)?"
    r"(?:embassy|embassies|mission|missions|consulate)\s+in\s+$",
    re.IGNORECASE,
)


def _missions(
    text: str, offset: int, here: list[Mention], register: Register
) -> Iterator[Relation]:
    """ "India reopened its embassy in Kabul": the actor before keeps a mission there."""
    for mission in here:  # "its embassy in Kabul": the register's "Embassy of India, Kabul"
        record = register.entities.get(mission.entity)
        if record is None or not register.is_a(mission.entity, "DiplomaticMission"):
            continue
        label = f" {normalise(record.label)} "
        for other in register.entities.values():
            name = normalise(other.label)
            if not name or f" {name} " not in label or other.id == mission.entity:
                continue
            predicate = "represents" if register.is_a(other.id, "State") else "locatedIn"
            if predicate == "locatedIn" and not register.is_a(other.id, "Place"):
                continue
            yield Relation(mission.entity, predicate, other.id, mission.start, mission.end, 0.5,
                           "the mission's label names its state and place")  # fmt: skip
    states = [(normalise(e.label), e.id) for e in register.entities.values()
              if register.is_a(e.id, "State")]  # fmt: skip
    for party in here:  # "the Indian delegation": it represents India
        if not register.is_a(party.entity, "Delegation"):
            continue
        words = normalise(text[max(offset, party.start - 20) : party.end]).split()[-4:]
        named = {i for w in words for name, i in states if w == name or _stem_of(w, name)}
        if len(named) == 1:
            yield Relation(party.entity, "represents", named.pop(), party.start, party.end, 0.5,
                           "a delegation named after its state")  # fmt: skip
    for index, place in enumerate(here):
        if not register.is_a(place.entity, "Place"):
            continue
        if _KEEPS.search(text[max(offset, place.start - 80) : place.start]) is None:
            continue
        owners = [m for m in here[:index] if register.is_a(m.entity, "State")]
        if owners:
            owner = owners[-1]
            why = "reopened or kept its mission there"
            yield Relation(owner.entity, "maintainsMissionIn", place.entity, owner.start,
                           place.end, 0.6, why)  # fmt: skip


_SPEECH = ("Statement", "Request", "PressBriefing", "Condemnation", "Denial", "Accusation")
_REACTION = ("Condemnation", "Denial", "Accusation")
"""Acts whose target is the initiator of the event they name ("condemned the airstrikes")."""


def _about(
    text: str, named: list[tuple[int, int, Event]], register: Register
) -> Iterator[Relation]:
    """ "condemned the airstrikes", "released details of his talks": what was said is
    about the event named right after it."""
    for (first_start, first_end, first), (second_start, second_end, second) in zip(
        named, named[1:], strict=False
    ):
        gap = text[first_end:second_start]
        speech = any(register.is_a(first.cls, c) for c in _SPEECH)
        if speech and first.id != second.id and len(gap) <= 40 and not re.search(r"[,;.]", gap):
            why = "what was said names the event"
            yield Relation(first.id, "hasTopic", second.id, first_start, second_end, 0.5, why)
            if any(register.is_a(first.cls, c) for c in _REACTION):
                if second.start < first.start:  # named earlier in the report: it came first
                    why = "a reaction follows what it reacts to"
                    yield Relation(first.id, "follows", second.id, first_start, second_end,
                                   0.4, why)  # fmt: skip
                for role, actor in second.actors:
                    if role == "hasInitiator":
                        why = "the initiator of the event it names"
                        yield Relation(first.id, "hasTarget", actor.entity, first_start,
                                       second_end, 0.4, why)  # fmt: skip


def _phrases(
    text: str, offset: int, sentence: str, here: list[Mention], events: list[Event],
    register: Register,
) -> Iterator[Relation]:  # fmt: skip
    for match in _SIGNIFICANCE.finditer(sentence):
        start, end = offset + match.start(), offset + match.end()
        words = text[start:end].strip()
        if not events or len(words.split()) > 14 or len(words) < 4:
            continue
        event = min(events, key=lambda e: min(abs(s - start) for _, s, _ in e.occurrences))
        yield Relation(event.id, "hasSignificance", words, start, start + len(words), 0.5,
                       "a word of significance")  # fmt: skip
    for match in _GOAL.finditer(sentence):
        start = offset + match.start()
        goal_start = offset + match.start("goal")
        goal = text[goal_start : offset + match.end("goal")].strip()
        goal = _AND_GERUND.split(goal)[0]  # "improving ties and seeking aid": two aims
        goal = " ".join(goal.split()[:14])
        actors = [m for m in here if m.end <= start and register.is_a(m.entity, "Actor")]
        if actors and match.group(0).lower().startswith("to "):  # "X sent Y to Z to help":
            edge = max(text.rfind(",", offset, start), text.rfind(";", offset, start))
            actors = [m for m in actors if m.start > edge][:1] or actors  # X, the subject
        if actors:
            subject = register.acting_as(actors[-1]).entity
            yield Relation(subject, "hasGoal", goal, start, goal_start + len(goal), 0.5,
                           "a stated aim")  # fmt: skip
        before = [e for e in events if e.start < start]  # "held talks ... on improving ties"
        if before and not re.search(r"[,;]", text[before[-1].end : start]):
            why = "the aim of the event before it"
            yield Relation(before[-1].id, "hasGoal", goal, before[-1].start,
                           goal_start + len(goal), 0.4, why)  # fmt: skip
