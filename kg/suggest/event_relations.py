"""Relations of events: their sequence, what talks discussed, reactions' targets, goals
and significance.

Owns ``follows`` ("A followed / after / in response to B", "B prompted A", "the ensuing
A"), ``hasTopic`` of talks for an event discussed there and of a statement for the event
named after it, the ``hasTarget`` of a condemnation or denial, ``hasSignificance``
("first", "historic", "rare") and ``hasGoal`` ("intent to", "seeks to", "on improving").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from kg.dates import window
from kg.suggest.english import REPORTING_VERBS
from kg.suggest.event_record import Event
from kg.suggest.mentions import Mention
from kg.suggest.onlookers import TALKED
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.reported_dates import stance_of_the_day
from kg.suggest.text import Report
from kg.suggest.vehicles import vehicle

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
_AND_GERUND = re.compile(
    rf"\s+and\s+(?=[a-z]+ing\b|(?:[a-z]+ed|sought|{REPORTING_VERBS}|met|held|agreed)\s)"
)
"""Where an aim ends: "improving ties and seeking aid" (two aims), "the need to improve
relations and sought visas" (the next verb of the subject)."""
_FORUMS = ("Meeting", "PhoneCall", "Visit", "Conference", "PressBriefing")
SPEECH_ACTS = ("Statement", "Request", "PressBriefing", "Condemnation", "Denial", "Accusation")
_REACTION = ("Condemnation", "Denial", "Accusation")
"""Acts whose target is the initiator of the event they name ("condemned the airstrikes")."""


def discussed(report: Report, events: list[Event], register: Register) -> Iterator[Relation]:
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


def order_dates(events: list[Event], relations: list[Relation], register: Register) -> None:
    """An event the text does not date happened after the dated event it follows ("The
    takeover [in August 2021] prompted India to close its embassy": ``2021-08..``) and
    before a dated event that follows it ("The meeting on 8 January followed India’s
    condemnation": ``..2025-01-08``); each bound keeps the other's precision. An event
    of the register this report does not date is dated as the other reports date it."""
    dated = {e.id: e.date.value.split("..")[0] for e in events if e.id and e.date is not None}
    told: dict[str, list[str]] = {}  # a register event this report does not date: as
    for claim in register.claims:  # the other reports date it (closed, the narrowest)
        value = claim.object.split(" ")[0]
        if claim.predicate == "hasTime" and claim.subject not in dated and _span(value):
            told.setdefault(claim.subject, []).append(value)
    for ident, values in told.items():
        dated[ident] = min(values, key=lambda v: _span(v) or 0).split("..")[0]
    for rel in relations:
        if rel.predicate != "follows":
            continue
        for event in events:
            if event.dates or not event.id:
                continue
            if (
                event.id == rel.subject
                and rel.object in dated
                and not event.not_before
                and not stance_of_the_day(event.trigger)  # "Tehran denies": no lower bound
            ):
                event.not_before = dated[rel.object]
            if event.id == rel.object and rel.subject in dated and not event.not_after:
                event.not_after = dated[rel.subject]


def _span(value: str) -> int | None:
    """The days a closed date covers ("2021-08": 31); None for an open or bad one."""
    try:
        first, last = window(value)
    except ValueError:
        return None
    if not first or not last:
        return None
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1


def ensuing(text: str, events: list[Event]) -> Iterator[Relation]:
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


def follows(
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


def about(text: str, named: list[tuple[int, int, Event]], register: Register) -> Iterator[Relation]:
    """ "condemned the airstrikes", "released details of his talks": what was said is
    about the event named right after it."""
    for (first_start, first_end, first), (second_start, second_end, second) in zip(
        named, named[1:], strict=False
    ):
        gap = text[first_end:second_start]
        speech = any(register.is_a(first.cls, c) for c in SPEECH_ACTS)
        if vehicle(text, second):  # "criticised X in a post on": where it was said
            continue
        if speech and first.id != second.id and len(gap) <= 40 and not re.search(r"[,;.]", gap):
            why = "what was said names the event"
            yield Relation(first.id, "hasTopic", second.id, first_start, second_end, 0.5, why)
            if any(register.is_a(first.cls, c) for c in _REACTION):
                if second.start < first.start:  # named earlier in the report: it came first
                    why = "a reaction follows what it reacts to"
                    yield Relation(first.id, "follows", second.id, first_start, second_end,
                                   0.4, why)  # fmt: skip
                own = {m.entity for r, m in first.actors if r == "hasInitiator"}
                for role, actor in second.actors:  # not itself ("denies expelling")
                    if role == "hasInitiator" and actor.entity not in own:
                        why = "the initiator of the event it names"
                        yield Relation(first.id, "hasTarget", actor.entity, first_start,
                                       second_end, 0.4, why)  # fmt: skip


def phrases(
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
