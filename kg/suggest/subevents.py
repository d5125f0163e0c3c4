"""Events inside other events, and events answering or restating earlier ones.

Owns "During the visit, ..." and "... during the November 4-5 visit" (``subEventOf``,
with the parent's date and place where the event has none), the undated acts of the
parties to talks told after them, requests answered in the same sentence, and an
undated mention that restates the last event of its class.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from kg.dates import window
from kg.suggest.english import DISCUSSING, alternation, counting
from kg.suggest.event_record import TALKS, Event
from kg.suggest.parents import named_dated, reports_it
from kg.suggest.register import Register
from kg.suggest.text import Report
from kg.suggest.when import DateMention

_ACTS = ("Agreement", "Pledge", "Request")
_REMARKS = ("Statement", "PressBriefing")
"""Remarks made "after the talks", the same day."""
_DOERS = ("hasInitiator", "hasParticipant", "hasVisitor")
"""What parties to talks do at them, undated in a report about the talks."""
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
_WHICH = re.compile(r",?\s*\b(?:during|at|in the course of)\s+which\b", re.IGNORECASE)
_FOR_TALKS = re.compile(
    rf"\bfor\s+(?:(?:a|an|the|{alternation(counting(2, 10))})\s+)?(?:[\w-]+\s+){{0,2}}\Z",
    re.IGNORECASE,
)
"""Words before a meeting's trigger that make it the purpose of a visit ("arrived in Kabul
for consultations", "for a two-day round of talks")."""
_WITH_DOING = re.compile(r",\s+with\s+(?:[\w’'-]+\s+){1,4}\Z")
"""", with Iranian officials" before a participle: what they do goes with the clause before."""
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines?|margins)\s+of\b", re.IGNORECASE)


def beside(sentence: str) -> bool:
    """ "On the sidelines of the meeting, X held separate talks with Y": the sentence places
    an event of its own beside a larger one, however alike their actors."""
    return bool(_SIDELINES.search(sentence))


_INSIDE = re.compile(
    r"\b(?:during|in|at)\s+(?:the|this|that|his|her|their)\s+(?P<noun>[a-z ]{3,20}?)\s*[,.]",
    re.IGNORECASE,
)


class SubEvents:
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

    def _parts_of_talks(self, events: list[Event]) -> None:
        """An undated agreement, promise or request whose doers (initiators, participants)
        are parties to a meeting, call or visit told before it, or such a person's remark,
        is part of it: "X met Y on Monday. ... The two sides also agreed ...", "He promised
        ...". A meeting of a visitor told after the visit, undated, is part of the visit
        ("The delegation also met with UN agencies"; its leader too: "X also called on Y").
        The text does not place them there,
        so they keep no date of the parent's."""
        for index, event in enumerate(events):
            if event.parent is not None or event.dates or not event.actors:
                continue
            doers = {m.entity for r, m in event.actors if r in _DOERS}
            acts = any(self.register.is_a(event.cls, c) for c in _ACTS)
            remark = self.register.is_a(event.cls, "Statement") and all(
                self.register.is_a(m, "Person") for m in doers
            )
            meeting = event.cls == "Meeting"
            if not doers or not (acts or remark or meeting):
                continue
            wanted = ("Visit",) if meeting else TALKS
            for talks in reversed(events[:index]):
                if not any(self.register.is_a(talks.cls, c) for c in wanted):
                    continue
                if meeting:
                    visitors = {  # "The delegation was led by X. ... X also called on Y"
                        m.entity for r, m in talks.actors if r in ("hasVisitor", "hasLeader")
                    }
                    if doers & visitors:
                        event.parent, event.guessed = talks, True
                    break
                theirs = {m.entity for _, m in talks.actors}
                if doers <= theirs | {g for g, s in self._governs() if s in theirs}:
                    event.parent, event.guessed = talks, True
                break

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

    def _topics_of_parts(self, events: list[Event]) -> None:
        """What a party said, asked or promised at talks is what the talks were about: the
        topics of an event inside a meeting, call or visit are the talks' topics too ("He
        sought better visa facilitation": the meeting's ``hasTopic``)."""
        for event in events:
            talks = event.parent
            if talks is None or not any(self.register.is_a(talks.cls, c) for c in TALKS):
                continue
            for topic in event.topics:
                if topic.entity not in {t.entity for t in talks.topics}:
                    talks.topics.append(topic)

    def _planned_dates(self, events: list[Event]) -> None:
        """A date after the publication ("next week", "later this month") dates only the
        event named last before it in its sentence, the one planned ("agreed to hold a
        meeting next week": the meeting, not the agreement), and that event no date
        before its trigger ("agreed on Monday to hold a meeting next week")."""
        for event in events:
            for date in list(event.dates):
                if event.published is None or not _future(date, event.published):
                    continue
                sharing = [e for e in events if date in e.dates]
                before = [e for e in sharing if e.start < date.start] or sharing
                owner = max(before, key=lambda e: e.start)
                for other in sharing:
                    if other is not owner and not other.inherited:
                        other.dates = [d for d in other.dates if d is not date]
                if not owner.inherited:  # "agreed on Monday to hold a meeting next week"
                    owner.dates = [d for d in owner.dates if d is date or d.start > owner.start]

    def _governs(self) -> set[tuple[str, str]]:
        """(government, state) of the register's ``governs`` claims: an agreement of "India
        and the Taliban" is one of a meeting with Afghanistan's minister."""
        return {(c.subject, c.object) for c in self.register.claims if c.predicate == "governs"}

    def _nest(self, report: Report, event: Event, last_of: dict[str, Event]) -> None:
        """``During the visit, ...``: the event is inside the last event of that kind."""
        sentence = report.sentences[event.sentence]
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

    def _said_after(self, report: Report, event: Event, events: list[Event]) -> None:
        """ "X told reporters after the talks": a remark made right after the report's
        last talks is dated as they are (the same day, in the genre), not placed inside;
        the talks are the last event named by that very noun ("held talks"), else the last
        of its class."""
        if event.dates or not any(self.register.is_a(event.cls, c) for c in _REMARKS):
            return
        sentence = report.sentences[event.sentence]
        nouns = "|".join(sorted((re.escape(n) for n in self.definite), key=len, reverse=True))
        pattern = re.compile(
            rf"\bafter\s+(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\b",
            re.IGNORECASE,
        )
        for match in pattern.finditer(sentence.text):
            noun = match["noun"].lower()
            kind = [e for e in events if e.cls == self.definite.get(noun, "")]
            named = [e for e in kind if noun in e.trigger.lower().split()]
            if not (named or kind):
                continue
            talks = (named or kind)[-1]
            if talks is event or talks.date is None or talks.date.later:
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if start <= event.start < end:
                continue  # the noun is the event's own
            date = talks.date
            event.dates = [DateMention(start, end, date.value, report.text[start:end], True,
                                       round(date.confidence * 0.6, 2))]  # fmt: skip
            event.inherited = True
            return


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


def _future(date: DateMention, published: dt.date) -> bool:
    """The date's window begins after the publication."""
    try:
        first = window(date.value)[0]
    except ValueError:
        return False
    return bool(first) and first > str(published) or date.value.startswith(f"{published}..")


_NAMED_BEFORE = re.compile(
    r"(?:\A|[,;:]\s*)[A-Z][\w’'-]+(?:\s+(?:[A-Z]|[a-z]{1,3}-)[\w’'-]*){1,3}\s*,?\s*\Z"
)
"""A speaker named just before the verb ("Its spokesman, Farid al-Harbi, said"): two to
four words, the first capitalised and each after it too, or a particle ("al-", "el-")."""


_PROPER = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")  # "Trans-Caspian Railway"


def restates(event: Event, earlier: Event, text: str = "") -> bool:
    """An undated mention whose actors the last event of its class already has, each in
    the same role (India as the target of one statement does not make India's own
    statement the same one); a statement with no actor the register knows, whose verb a
    name just before opens ("Its spokesman, Farid al-Harbi, said"), is another speaker's;
    a thing named by its proper name ("the Trans-Caspian Railway") is no restatement."""
    if _PROPER.fullmatch(event.trigger) and event.trigger != earlier.trigger:
        return False
    mine = {(r, m.entity) for r, m in event.actors}
    theirs = {(r, m.entity) for r, m in earlier.actors}
    if text and not mine and event.cls in _REMARKS:
        line = text.rfind("\n", 0, event.start) + 1
        clause = max(line, text.rfind(".", 0, event.start) + 1)
        if _NAMED_BEFORE.search(text[clause : event.start]):
            return False
    return not event.dates and mine <= theirs
