"""An event the headline opens and the body tells again is one event, not two.

Helper of :mod:`kg.suggest.events`: "Iran, Afghanistan hold fresh talks" above "Iran
and Afghanistan’s Taliban administration held two days of talks" names one meeting, as
the annotators have it (the headline's words are evidence of the body's event). An
event named only in the headline (a line :func:`kg.suggest.intake.detect` reads as
the headline) is the first body event of the same class that shares an actor with it
(a state and the government that governs it count as one), or, where the headline
names no actor of it, that has the same place ("minister’s Kabul visit", "arrived in
Kabul"); whose places and dates, where both give them, agree; and that is not dated a
month or more before the publication (an earlier occasion). The body's event
stays (its trigger is the event's evidence); the headline's words are another mention
of it, and the actors they name join it.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.dates import window
from kg.suggest.event_record import Event
from kg.suggest.event_relations import SPEECH_ACTS
from kg.suggest.intake import SENTENCE_END, detect
from kg.suggest.register import Register
from kg.suggest.text import Report


def one_with_the_body(register: Register, report: Report, events: list[Event]) -> list[Event]:
    """``events`` without the headline's events that a body event tells again (merged
    into it)."""
    headline = detect(report.text).headline
    lines = [s.index for s in report.sentences if headline and s.text == headline]
    if not lines:
        return events
    heads = {lines[0], *_deck(report, lines[0])}
    last = max(heads)
    governs = {(c.subject, c.object) for c in register.claims if c.predicate == "governs"}
    kept: list[Event] = []
    merged: dict[int, Event] = {}
    for event in events:
        if any(i != event.sentence for i, _, _ in event.occurrences) or event.sentence not in heads:
            kept.append(event)
            continue
        told = [e for e in events if e.sentence > last and e.cls == event.cls]
        sole = (
            event.cls in SPEECH_ACTS
            and len(told) == 1
            and not any(_body(register, m.entity) for _, m in told[0].actors)
        )
        body = next(
            (
                e
                for e in told
                if _same(event, e, governs, sole or bool(_owners(report.text, event, e)))
            ),
            None,
        )
        if body is None:
            kept.append(event)
            continue
        _merge(event, body)
        merged[id(event)] = body
    for event in kept:  # "During the visit, ...": inside the body's visit
        while event.parent is not None and id(event.parent) in merged:
            event.parent = merged[id(event.parent)]
    return kept


_OWNER = re.compile(r"(?P<owner>[\w’'-]+(?:\s+[\w’'-]+){0,2})[’']s\s+\Z")


def _owners(text: str, head: Event, body: Event) -> set[str]:
    """ "Nepal welcomes ..." over "Nepal’s foreign ministry welcomed": the headline's actors
    that own a body actor in the same words (the headline's name joins the body's act)."""
    names = {text[m.start : m.end]: m.entity for _, m in head.actors}
    found = set()
    for _, mention in body.actors:
        owner = _OWNER.search(text, max(0, mention.start - 60), mention.start)
        if owner is not None and owner.group("owner") in names:
            found.add(names[owner.group("owner")])
    return found


def _body(register: Register, entity: str) -> bool:
    """Whether ``entity`` is a state or body the register knows (no person, no new name)."""
    known = register.entities.get(entity)
    return known is not None and not register.is_a(known.type, "Person")


def _deck(report: Report, line: int) -> list[int]:
    """The standfirst under the headline ("Relief plan funded; Nepal denies the reports"):
    the next sentence, a whole line of its own with no full stop at its end."""
    after = [s for s in report.sentences if s.index == line + 1]
    lines = {x.strip() for x in report.text.split("\n")}
    return [s.index for s in after if s.text in lines and not SENTENCE_END.search(s.text)]


def _same(head: Event, body: Event, governs: set[tuple[str, str]], sole: bool = False) -> bool:
    """Whether the body's event tells the headline's again: the same class, an actor in
    common (or none named in the headline and the same place; or ``sole``, the body's
    one speech act of the class, by people: "Taliban deny reports" over "their spokesman
    denied"), and no other place or date."""
    if head.cls != body.cls or _past(body):
        return False
    mine, theirs = _sides(head, governs), _sides(body, governs)
    head_places = {p.entity for p in head.places}
    body_places = {p.entity for p in body.places}
    if head_places and body_places and not head_places & body_places:
        return False
    head_dates, body_dates = {d.value for d in head.dates}, {d.value for d in body.dates}
    if head_dates and body_dates and not head_dates & body_dates:
        return False
    if head.actors:
        return bool(mine & theirs) or sole
    return bool(head_places & body_places)


def _past(event: Event) -> bool:
    """ "India and Iran last met in 2023": a body event that ended a month or more before
    the publication is an earlier occasion, not the news the headline tells."""
    if event.published is None or not event.dates:
        return False
    try:
        last = window(event.dates[0].value).last
    except ValueError:
        return False
    return bool(last) and last < str(event.published - dt.timedelta(days=31))


def _sides(event: Event, governs: set[tuple[str, str]]) -> set[str]:
    """The event's actors, a government as the state it governs."""
    ruled = dict(governs)
    return {ruled.get(m.entity, m.entity) for _, m in event.actors}


def _merge(head: Event, body: Event) -> None:
    """The headline's mention and actors into the body's event."""
    body.occurrences += head.occurrences
    roles = {(r, m.entity) for r, m in body.actors}
    for role, mention in head.actors:
        if (role, mention.entity) not in roles:
            roles.add((role, mention.entity))
            body.actors.append((role, mention))
            body.anchors[mention.start] = head.anchors.get(mention.start, (head.start, head.end))
    for topic in head.topics:
        if topic.entity not in {t.entity for t in body.topics}:
            body.topics.append(topic)
