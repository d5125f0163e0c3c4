"""Events inside other events, and events answering earlier ones.

Owns "During the visit, ..." and "... during the November 4-5 visit" (``subEventOf``,
with the parent's date and place where the event has none), the undated visit that is
the occasion of dated talks, and requests answered in the same sentence. The undated
acts of the parties to talks told after them are :mod:`kg.suggest.talk_parts`'s, the
dates one event gives another :mod:`kg.suggest.dates_between_events`'s, and an
undated mention that restates an earlier event :mod:`kg.suggest.restatements`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.suggest.dates_between_events import DatesBetweenEvents
from kg.suggest.english import DISCUSSING, alternation, counting
from kg.suggest.event_record import TALKS, Event
from kg.suggest.parents import named_dated, reports_it
from kg.suggest.register import Register
from kg.suggest.talk_parts import TalkParts
from kg.suggest.text import Report
from kg.suggest.when import DateMention

_RESPONSE = re.compile(
    r"\b(?:in\s+response\s+to|responding\s+to|at\s+the\s+request\s+of)\s+"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words that make a request the cause of the act it is answered by."""
SPOKEN_OF = re.compile(
    rf"\b(?:{alternation(DISCUSSING)})\b|,\s+(?:which|who)\b",
    re.IGNORECASE,
)
"""Words after which an event is what was talked about, or told of in a relative clause."""
_AND_VERB = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?\Z", re.IGNORECASE)


def spoken_of(words: str) -> bool:
    """Whether the event a clause's ``words`` lead to is what was talked about
    (:data:`SPOKEN_OF`: "The two sides discussed the airstrikes"), not a verb of the
    speakers' own coordinated after it ("discussed trade and signed three agreements")."""
    match = SPOKEN_OF.search(words)
    return match is not None and not _AND_VERB.search(words, match.end())


_WHICH = re.compile(r",?\s*\b(?:during|at|in the course of)\s+which\b", re.IGNORECASE)
_FOR_TALKS = re.compile(
    rf"\bfor\s+(?:(?:a|an|the|{alternation(counting(2, 10))})\s+)?(?:[\w-]+\s+){{0,2}}\Z",
    re.IGNORECASE,
)
"""Words before a meeting's trigger that make it the purpose of a visit ("arrived in Kabul
for consultations", "for a two-day round of talks")."""
_WITH_DOING = re.compile(r",\s+with\s+(?:[\w’'-]+\s+){1,4}\Z")
"""", with Iranian officials" before a participle: what they do goes with the clause before."""
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines?|margins)(?:\s+of\b|\s*,)", re.IGNORECASE)
_BARE_SIDELINES = re.compile(r"(?:[“\"]\s*)?On\s+the\s+(?:sidelines?|margins)\s*,")
"""A sentence opening "On the sidelines," with no "of": beside the gathering told last."""
_ARRIVAL = re.compile(r"(?:On|Upon|After)\s+(?:(?:his|her|their|its)\s+)?arrival\s*,")
"""A sentence opening "On arrival,", "Upon his arrival,": on the first day of the visit."""


def beside(sentence: str) -> bool:
    """ "On the sidelines of the meeting, X held separate talks with Y": the sentence places
    an event of its own beside a larger one, however alike their actors."""
    return bool(_SIDELINES.search(sentence))


_INSIDE = re.compile(
    r"\b(?:during|in|at)\s+(?:the|this|that|his|her|their)\s+(?P<noun>[a-z ]{3,20}?)\s*[,.]",
    re.IGNORECASE,
)


class SubEvents(DatesBetweenEvents, TalkParts):
    """The events of a report placed inside, or answering, others of
    :class:`kg.suggest.events.EventFinder`."""

    register: Register
    definite: dict[str, str]

    def _nest_within(self, report: Report, events: list[Event]) -> None:
        """ "X met Y during the November 4-5 visit to Kabul": inside the visit named in the
        same sentence, with its date and place where the event has none."""
        nouns = "|".join(sorted((re.escape(n) for n in self.definite), key=len, reverse=True))
        inside = re.compile(
            r"\b(?:(?P<side>on the (?:sidelines?|margins) of)|during|in the course of|on|at)\s+"
            r"(?:the|this|that|his|her|their|its)\s+"
            rf"(?:[\w–-]+\s+){{0,3}}?(?P<noun>{nouns})\b",
            re.IGNORECASE,
        )
        for sentence in report.sentences:
            for match in inside.finditer(sentence.text):
                at = sentence.start + match.start("noun")
                parent = next((e for e in events for _, s, _ in e.occurrences if s == at), None)
                if parent is None:
                    continue
                parent = named_dated(events, parent, match["noun"]) or parent
                for event in events:
                    if (
                        event.sentence == sentence.index
                        and event is not parent
                        and event.parent is None
                        and (event.cls != parent.cls or match["side"])  # "On the sidelines
                        # of the meeting, X held separate talks with Y": a meeting inside
                        and not SPOKEN_OF.search(
                            report.text, min(at, event.start), max(at, event.start)
                        )
                        and not reports_it(sentence.text, event.start - sentence.start)
                    ):
                        event.parent = parent
                        _inherit(event, parent, report, at, at + len(match["noun"]))
            self._during_which(report, sentence, events)
            self._for_talks(report, sentence, events)
            self._with_doing(report, sentence, events)

    def _with_doing(self, report: Report, sentence: Any, events: list[Event]) -> None:
        """ "A and B held talks on water, with A’s officials pressing B to deliver": an act
        told in "with" and a participle after talks in the same sentence happens at them."""
        talks = [
            (s, e) for e in events for i, s, _ in e.occurrences
            if i == sentence.index and any(self.register.is_a(e.cls, c) for c in TALKS)
        ]  # fmt: skip
        for event in events:
            if event.sentence != sentence.index or event.parent is not None:
                continue
            if not event.trigger.endswith("ing"):
                continue
            lead = report.text[max(sentence.start, event.start - 50) : event.start]
            earlier = [(s, t) for s, t in talks if s < event.start and t is not event]
            found = _WITH_DOING.search(lead)
            if earlier and found:
                event.parent = max(earlier, key=lambda item: item[0])[1]
                at = event.start - len(lead) + found.start()
                _inherit(event, event.parent, report, at, event.start)

    def _during_which(self, report: Report, sentence: Any, events: list[Event]) -> None:
        """ "X arrived for a visit, during which he held talks with Y", "a meeting at which
        they agreed": the events named after the relative phrase are inside the event
        named last before it."""
        for match in _WHICH.finditer(sentence.text):
            at = sentence.start + match.start()
            named = [(s, e) for e in events for i, s, _ in e.occurrences if i == sentence.index]
            before = [(s, e) for s, e in named if s < at]
            if not before:
                continue
            parent = max(before, key=lambda item: item[0])[1]
            for start, event in named:
                if start > at and event.parent is None and event.cls != parent.cls:
                    event.parent = parent
                    _inherit(event, parent, report, at, sentence.start + match.end())

    def _for_talks(self, report: Report, sentence: Any, events: list[Event]) -> None:
        """ "X arrived in Kabul for consultations with Y": a meeting named after "for" in
        the sentence of a visit is part of the visit, and its visitors take part in it
        where no one is named before its trigger."""
        visits = [
            (s, e) for e in events for i, s, _ in e.occurrences
            if i == sentence.index and self.register.is_a(e.cls, "Visit")
        ]  # fmt: skip
        for event in events:
            if event.sentence != sentence.index or event.parent is not None or not visits:
                continue
            if not self.register.is_a(event.cls, "Meeting"):
                continue
            lead = report.text[max(sentence.start, event.start - 40) : event.start]
            earlier = [(s, v) for s, v in visits if s < event.start]
            if earlier and _FOR_TALKS.search(lead):  # "arrived in Kabul for talks"
                visit = event.parent = max(earlier, key=lambda item: item[0])[1]
                if not any(m.start < event.start for _, m in event.actors):
                    for role, mention in visit.actors:  # the visitors hold the talks
                        if role == "hasVisitor" and mention not in [m for _, m in event.actors]:
                            event.actors.append(("hasParticipant", mention))
                            event.anchors[mention.start] = (visit.start, visit.end)

    def _visit_of_talks(self, report: Report, events: list[Event]) -> None:
        """ "A and B held talks in Tehran on Sunday and Monday. ... It was the first visit
        to Tehran by ...": an undated visit to the place of dated talks told before it is
        their occasion, and takes their date; the events placed inside the visit ("During
        the visit, ...") take it too."""
        for index, visit in enumerate(events):
            if not self.register.is_a(visit.cls, "Visit") or visit.dates or not visit.places:
                continue
            where = {m.entity for m in visit.places}
            talks = next(
                (
                    e for e in reversed(events[:index])
                    if self.register.is_a(e.cls, "Meeting") and e.date is not None
                    and not e.date.later and where & {m.entity for m in e.places}
                ),
                None,
            )  # fmt: skip
            if talks is None or talks.date is None:
                continue
            visit.dates = [replace(talks.date, confidence=round(talks.date.confidence * 0.6, 2))]
            for event in events:
                if event.parent is visit and not event.dates and not event.guessed:
                    self._nest(report, event, {visit.cls: visit})

    def _responses(self, report: Report, events: list[Event]) -> None:
        """ "In response to Afghanistan’s request, India agreed to offer support", "India
        pledged support in response to requests from Afghan officials": the request is
        addressed to the one who responds (``hasTarget``), and what is given answers it,
        so the country that asked receives it (``hasRecipient``; :meth:`_country`)."""
        text = report.text
        for request in events:
            if not self.register.is_a(request.cls, "Request"):
                continue
            sentence = report.sentences[request.sentence]
            lead = text[max(sentence.start, request.start - 45) : request.start]
            if not _RESPONSE.search(lead):
                continue
            others = [e for e in events if e is not request and e.sentence == request.sentence]
            if not others:
                continue
            answer = min(others, key=lambda e: abs(e.start - request.start))
            askers = [m for r, m in request.actors if r == "hasInitiator"]
            for role, mention in list(answer.actors):
                if mention.end <= answer.start and role != "hasRecipient":
                    if ("hasTarget", mention.entity) not in [
                        (r, m.entity) for r, m in request.actors
                    ]:
                        request.actors.append(("hasTarget", mention))
                        request.anchors[mention.start] = (request.start, request.end)
            if any(self.register.is_a(answer.cls, c) for c in ("Pledge", "AidShipment")):
                for mention in askers:
                    country = self._country(mention.entity)
                    if country and ("hasRecipient", country) not in [
                        (r, m.entity) for r, m in answer.actors
                    ]:
                        answer.actors.append(("hasRecipient", replace(mention, entity=country)))
                        answer.anchors[mention.start] = (request.start, request.end)

    def _country(self, asker: str) -> str | None:
        """Who receives what answers ``asker``'s request: a state itself, a government the
        state it governs ("requests from Afghan officials": aid for Afghanistan, not for
        its government; docs/annotation.md, ``hasRecipient``), no one for a person or a
        body (a minister who asked does not receive the aid)."""
        if self.register.is_a(asker, "State"):
            return asker
        governed = {state for ruler, state in self._governs() if ruler == asker}
        return governed.pop() if len(governed) == 1 else None

    def _nest(self, report: Report, event: Event, last_of: dict[str, Event]) -> None:
        """``During the visit, ...``: the event is inside the last event of that kind; "On
        the sidelines, ..." (no "of"): inside the last conference, else meeting."""
        sentence = report.sentences[event.sentence]
        bare = _BARE_SIDELINES.match(sentence.text)
        gathering = last_of.get("Conference") or last_of.get("Meeting")
        if bare is not None and gathering is not None and gathering is not event:
            event.parent = gathering  # "On the sidelines, he met X": of the last gathering
            start = sentence.start + bare.start()
            _inherit(event, gathering, report, start, sentence.start + bare.end() - 1)
            return
        arrival = _ARRIVAL.match(sentence.text)
        visit = last_of.get("Visit")
        if arrival is not None and visit is not None and visit.date is not None:
            event.parent = visit  # "On arrival, he met X": the visit's first day
            start = sentence.start + arrival.start()
            _inherit(event, visit, report, start, sentence.start + arrival.end() - 1)
            first = visit.date.value.split("..")[0]
            if first and event.dates and event.inherited:
                event.dates = [replace(d, value=first) for d in event.dates]
            return
        match = _INSIDE.search(sentence.text)
        if match is None:
            return
        noun = match.group("noun").strip().lower()
        cls = self.definite.get(noun) or self.definite.get(noun.split()[-1])
        parent = last_of.get(cls) if cls else None
        if SPOKEN_OF.search(report.text, sentence.start + match.end(), event.start):
            return  # "During the meeting, they assessed the programmes, which have included
            # shipments": what was discussed, not done there
        if parent is not None and parent is not event and parent.cls != event.cls:
            event.parent = parent
            start = sentence.start + match.start()
            _inherit(event, parent, report, start, sentence.start + match.end("noun"))


def _inherit(event: Event, parent: Event, report: Report, start: int, end: int) -> None:
    """A sub-event takes its parent's date (with the words that place it inside) and place,
    where it has none of its own."""
    date = parent.date
    if not event.dates and date is not None:
        words = report.text[start:end]
        confidence = round(date.confidence * 0.8, 2)
        event.dates = [DateMention(start, end, date.value, words, True, confidence)]
        event.inherited = True
    if not event.places and parent.places:
        event.places = list(parent.places)
