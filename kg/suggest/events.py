"""Events from triggers (``ontology/triggers.tsv``), with their actors, place, date and topics.

A trigger ("met", "phone call", "condemned") found by spaCy's ``PhraseMatcher`` opens
an event of its class in its sentence; triggers of one class in one sentence
are one event. Actors named before the trigger in its clause take the class's
``before`` role, those after it the ``after`` role (after "by": the ``before``
role); an actor followed by "’s" and a title is the title's owner, not a
participant too, as the annotations have it ("India’s Foreign Secretary
Vikram Misri met": India and Misri). An armed group acting in diplomacy is
its government where the register names one "<group> government" (the
convention of docs/annotation.md, "Naming the actor"). A trigger
after "not" or "no" is skipped, and so is one in a line of page furniture ("ALSO
READ | ...", :func:`kg.suggest.readings.furniture`). A definite reference ("the meeting", "this
visit") is the report's last event of that class; a sentence that opens
"During the visit" or holds "in the meeting" places its events inside that
one (``subEventOf``), and an event without a date of its own inherits the
parent's.

An event of the register recorded by another report is proposed instead of a
new id when its class agrees, its actors there overlap the actors here, and
its dates and places (the other reports' claims) do not contradict these
(:func:`kg.suggest.linking.link`).
"""

from __future__ import annotations

import re
from typing import Any

from kg.suggest.agreement_points import agreement_points, in_a_list
from kg.suggest.another_act import another_act
from kg.suggest.appointments import appointment_row, named_as
from kg.suggest.asked_of import asked_of_the_met
from kg.suggest.assurances import pledged_clause
from kg.suggest.attribution import source_statement, two_statements
from kg.suggest.cargo import moved_shipments
from kg.suggest.clauses import (
    after_preposition,
    asks,
    clause,
    determined,
    needed,
    shared_subject,
    they,
)
from kg.suggest.convened import convened
from kg.suggest.coordination import pronoun_clause
from kg.suggest.denied_deeds import denied_doer
from kg.suggest.event_record import EVENT, TALKS, Event
from kg.suggest.event_roles import EventRoles
from kg.suggest.event_words import (
    alleged,
    attached,
    considered,
    dated_possessive,
    drop_asides,
    habitual,
    intends,
    negative,
    places_before,
    restated,
    subject_here,
)
from kg.suggest.flights import flight_destinations, relief_actors, relief_flight, voice_only
from kg.suggest.headlines import one_with_the_body
from kg.suggest.hosted import guests_for_talks, hosted_after, hosts_a_seat
from kg.suggest.mentions import Mention
from kg.suggest.more_to_follow import more_to_follow
from kg.suggest.onlookers import TALKED
from kg.suggest.participle_dates import participle_dates
from kg.suggest.projects import named_projects, project_trigger
from kg.suggest.readings import furniture
from kg.suggest.received_goods import goods_received
from kg.suggest.register import Register
from kg.suggest.relief_states import relief_states
from kg.suggest.reported_dates import give_to_reported
from kg.suggest.restatements import restates
from kg.suggest.returns import counted_return, expulsion_roles, return_origins
from kg.suggest.sessions import sessions
from kg.suggest.sides import both_sides, joint_statements
from kg.suggest.subevents import SubEvents, beside
from kg.suggest.text import Report, make_doc
from kg.suggest.told_in_detail import in_detail, join_actors
from kg.suggest.told_later import dated_later
from kg.suggest.trigger_senses import named
from kg.suggest.triggers import Trigger
from kg.suggest.vehicles import vehicle_speaker
from kg.suggest.verb_before import said_again, verb_before
from kg.suggest.when import DateMention

_NEW_OBJECT = re.compile(r"\s+(?:a|an|another|fresh|new)\s+(?!\w+\s+(?:of|to)\b)", re.IGNORECASE)
"""A request's object opened by an indefinite article ("had proposed a joint team"): a
new thing asked for, so no restatement of the last request."""


def _adjective(doc: Any, hit: tuple[int, int, Trigger]) -> bool:
    """ "the proposed rail link", "a requested visa": a participle of one word between a
    determiner and a noun describes the noun; it opens no act of its own."""
    start, end = hit[0], hit[1]
    word = doc[start]
    return (
        end - start == 1
        and word.lower_.endswith("ed")
        and start > 0
        and doc[start - 1].lower_ in ("the", "a", "an", "its", "their", "this", "that")
        and end < len(doc)
        and doc[end].is_alpha
        and doc[end].lower_ not in ("by", "to", "in", "on", "at", "for", "with", "and")
    )


def _seat(doc: Any, hit: tuple[int, int, Trigger]) -> bool:
    """ "has hosted the movement's political office": a host of a seat, no visit."""
    end = doc[hit[1] - 1].idx + len(doc[hit[1] - 1])
    return hit[2].before == "hasHost" and hosts_a_seat(doc.text, end)


class EventFinder(EventRoles, SubEvents):
    """Finds events in reports with one trigger table."""

    def __init__(self, triggers: list[Trigger], register: Register) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        from kg.suggest.text import pipeline

        self.register = register
        self._place_labels: list[tuple[str, str]] | None = None
        self.by_key: dict[str, Trigger] = {}
        self.matcher = PhraseMatcher(pipeline().vocab, attr="NORM")
        self.loose = Matcher(pipeline().vocab)  # "reopened its [technical] mission"
        for index, trigger in enumerate(triggers):
            key = f"t{index}"
            self.by_key[key] = trigger
            phrase = make_doc(trigger.phrase)
            self.matcher.add(key, [phrase])
            if len(phrase) >= 3:  # up to two words more before a phrase's last word
                words = [{"NORM": t.norm_} for t in phrase]
                extra = [{"IS_ALPHA": True, "IS_SENT_START": False, "OP": "?"}] * 2
                self.loose.add(key, [[*words[:-1], *extra, words[-1]]])
        self.project = project_trigger(triggers)
        self.appointment = appointment_row(triggers)  # "named X as its consul"
        self.shipment = next((t for t in triggers if t.cls == "AidShipment"), None)
        self.definite: dict[str, str] = {}
        for trigger in triggers:
            for noun in trigger.definite:
                self.definite.setdefault(noun, trigger.cls)

    def find(
        self, report: Report, mentions: list[Mention], dates: list[DateMention]
    ) -> list[Event]:
        """The report's events, in text order, coreferent mentions merged."""
        doc = report.doc
        hits: list[tuple[int, int, Trigger]] = []
        loose = self.loose(doc) if len(self.loose) else []
        for key, start, end in [*self.matcher(doc), *loose]:
            hits.append((start, end, self.by_key[doc.vocab.strings[key]]))
        hits += named_projects(doc, self.project) + named_as(doc, self.appointment)
        order = {id(t): i for i, t in enumerate(self.by_key.values())}
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2].refers_only, order.get(id(h[2]), -1)))
        # the longest at a place; of equals, a trigger before a noun that only refers
        # back, then the table's order
        kept: list[tuple[int, int, Trigger]] = []
        aside = furniture(report.text)  # "ALSO READ | X, Y sign energy pact": another story
        hits = [h for h in hits if not any(s <= doc[h[0]].idx < e for s, e in aside)]
        hits = [h for h in hits if not _adjective(doc, h) and not _seat(doc, h)]
        hits = [
            h for h in hits if goods_received(doc, h, self.shipment.needs if self.shipment else ())
        ]
        hits = named(self.register, report, hits, mentions)  # "met with criticism": no meeting
        hits = [
            counted_return(report, doc, relief_flight(report, doc, h, self.shipment)) for h in hits
        ]
        hits = sorted(
            hits + more_to_follow(doc, hits, self.shipment), key=lambda h: h[0]
        )  # more aid
        for hit in hits:  # the longest trigger at a place
            if kept and hit[0] < kept[-1][1]:
                if hit[:2] == kept[-1][:2] and asks(doc, hit, kept[-1]):
                    kept[-1] = hit  # "called on India to show restraint": a request
                continue
            if negative(doc, hit[0]) or not needed(report, doc[hit[0]].idx, hit[2]):
                continue
            if alleged(report, doc[hit[0]].idx, hit[2].cls, hit[2].phrase):
                continue  # "the accusation that its soil is used to launch attacks"
            if considered(doc, hit[0]):
                continue  # "is considering involvement in development projects"
            if habitual(doc, hit[1]):
                continue  # "a working group that will meet every three months": a habit
            if voice_only(report, doc, kept, hit):
                continue  # "..., Iranian officials said.", "..., the embassy said.": the voice
            if kept and hosted_after(self.register, doc, kept[-1], hit):
                continue  # "the talks in Doha, hosted by Qatar": their host (hosted.py)
            if kept and (self._hosts_an_event(doc, kept[-1], hit) or restated(doc, kept[-1], hit)):
                kept.pop()  # "Qatar hosted talks between A and B": no visit, the talks;
                # "reiterated its request": the request, no statement besides
            kept.append(hit)
        events: list[Event] = []
        last_of: dict[str, Event] = {}
        opened: dict[int, Event] = {}  # the event each kept trigger opened or joined
        for number, (start, end, trigger) in enumerate(kept):
            first, last = doc[start], doc[end - 1]
            char_start, char_end = first.idx, last.idx + len(last.text)
            sentence = report.sentence_at(char_start)
            bounds = clause(report, kept, number, sentence.start, sentence.end)
            definite = determined(doc, start) or dated_possessive(doc, start)
            same = [e for e in events if e.sentence == sentence.index and e.cls == trigger.cls
                    and not two_statements(report.text, e.start, char_start, e.cls)]  # fmt: skip
            same = same or subject_here(report, events, trigger.cls, sentence)  # "The
            # consignment ... was handed over": the event referred back to
            here = (sentence.index, char_start, char_end)
            if same and another_act(report, same[0], sentence.index, char_start, char_end):
                same = []  # "signed a protocol on X and agreed to set up Y": two agreements
            if same and trigger.cls == EVENT and same[0].trigger != trigger.phrase:
                same = []  # "handed over a citizen who had been detained": two acts
            if same:  # "During a meeting in Dubai, X met Y": one event
                opened[number] = same[0]
                same[0].occurrences.append(here)
                self._fill(
                    report, same[0], trigger, start, end, mentions, dates, bounds, refer=False
                )
                drop_asides(report, same[0], mentions)
                continue
            earlier = last_of.get(trigger.cls)
            if earlier is None and definite and trigger.phrase in trigger.definite:
                earlier = self._kin(events, trigger.cls, sentence.index)  # "launched an
                # operation ... the airstrikes": the last event of a wider or narrower class
            if earlier is not None and definite and trigger.phrase in trigger.definite:
                opened[number] = earlier
                earlier.occurrences.append(here)
                had = list(earlier.dates)
                self._fill(
                    report, earlier, trigger, start, end, mentions, dates, bounds, refer=True
                )
                drop_asides(report, earlier, mentions)
                alone = number == 0 or doc[kept[number - 1][0]].idx < sentence.start
                earlier.dates = had + [  # "the talks, held on 4 November": its own date
                    d for d in earlier.dates[len(had) :]
                    if attached(report.text, d, (char_start, char_end), first=alone)
                ]  # fmt: skip
                continue
            if trigger.refers_only:
                continue
            again = said_again(self.register, doc, kept, opened, number, sentence)
            if again is not None:  # "denied the allegations, stating that": one denial
                opened[number] = again
                again.occurrences.append(here)
                continue
            event = Event(trigger.cls, sentence.index, char_start, char_end, trigger.phrase,
                          published=report.published, row=trigger.row)  # fmt: skip
            event.occurrences.append(here)
            phrase = definite and after_preposition(doc, start)  # "during the ... visit"
            self._fill(report, event, trigger, start, end, mentions, dates, bounds, refer=phrase)
            drop_asides(report, event, mentions)
            before = verb_before(doc, kept, opened, number, sentence)
            first_here = min((s for i, s, _ in before.occurrences if i == sentence.index),
                             default=bounds[0]) if before else bounds[0]  # fmt: skip
            shared_subject(report.text, event, trigger, bounds[0], char_start, before, first_here)
            asked_of_the_met(self.register, report.text, event, before, char_start)  # "met Y and"
            denied_doer(self.register, report.text, event, trigger, opened.get(number - 1))
            pledged_clause(self.register, report.text, event, sentence.end)  # "that ..."
            vehicle_speaker(self.register, report, event, before, opened.get(number - 1), mentions)
            if not phrase:  # "They also agreed": the subject of the sentence before
                low = pronoun_clause(report.text, bounds[0], char_start)  # ", and they urged"
                they(report.text, event, trigger, low, (char_start, char_end), events)
            opened[number] = event
            said = (bounds[0], report.text[bounds[0] : char_start])  # "the two sides agreed"
            if TALKED.search(said[1]):
                said = (char_start, "")  # "the two sides discussed the airstrikes"
            both_sides(
                self.register, report.text, event, trigger.before, said, char_end, events, TALKS
            )
            if (
                earlier is not None
                and (restates(event, earlier, report.text) or in_detail(event, earlier))
                and not source_statement(report.text, char_start)  # "according to a statement"
                and not intends(report, char_end)
                and not in_a_list(report.text, char_start)  # "agreed to: - hold a meeting"
                and not beside(sentence.text)  # "On the sidelines of the talks, X met Y"
                and not (trigger.cls == "Request" and _NEW_OBJECT.match(report.text, char_end))
            ):
                earlier.occurrences.append(here)
                join_actors(event, earlier)  # the lede's talks, then who met
                continue  # "This marked the first official encounter": the same meeting
            self._nest(report, event, last_of)
            self._said_after(report, event, events)
            events.append(event)
            if not in_a_list(report.text, char_start):  # "the meeting" after "- hold a meeting"
                last_of[trigger.cls] = event  # is the one held, not the one planned
        events = one_with_the_body(self.register, report, events)  # the headline's talks
        joint_statements(self.register, report.text, events)  # "a joint statement"
        events = agreement_points(report, events)  # "agreed to: - double trade; - ..."
        events = sessions(report, events, dates)  # "told the Security Council": its session
        convened(report, events, mentions)  # "a UN-convened meeting": its convener
        events = moved_shipments(events)  # "a consignment ... was unloaded": the shipment
        flight_destinations(self.register, report.text, events)  # "flown to Doha"
        relief_actors(report, events)  # "Two planes of the Red Crescent landed in Kabul"
        relief_states(self.register, report, events)  # "An Indian Air Force aircraft"
        return_origins(self.register, report.text, events)  # "returned from Pakistan"
        expulsion_roles(self.register, report.text, events)  # "Afghans deported from X"
        for event in events:  # "the Dubai meeting"
            places_before(self.register, event, mentions)
        self._visit_of_talks(report, events)
        self._nest_within(report, events)
        self._parts_of_talks(events)
        self._responses(report, events)
        self._topics_of_parts(events)
        self._planned_dates(events)
        give_to_reported(report, events)  # "said 61,300 returned in the last week of October"
        participle_dates(report, events)  # "ordered them to leave in 2023, setting a deadline"
        events = dated_later(events)  # "had been detained ... was detained in August"
        result: list[Event] = []
        first_part: dict[int, Event] = {}
        for event in events:
            parts = self._counterparts(report.text, event)
            first_part[id(event)] = parts[0]
            result += parts
        for event in result:  # a sub-event of a split meeting is inside its first part
            if event.parent is not None:
                event.parent = first_part.get(id(event.parent), event.parent)
        return result

    def _hosts_an_event(
        self, doc: Any, host: tuple[int, int, Trigger], event: tuple[int, int, Trigger]
    ) -> bool:
        """ "hosted talks", "will host a high-level conference": a hosting verb whose
        object is an event of talks (up to three words between, no name or preposition:
        not "hosted Iran for talks") is no visit."""
        verb = host[2]
        between = list(doc[host[1] : event[0]])
        if (
            self.register.is_a(verb.cls, "Visit")
            and verb.before == "hasHost"
            and any(self.register.is_a(event[2].cls, c) for c in TALKS)
            and guests_for_talks(
                doc.text[doc[host[1] - 1].idx + len(doc[host[1] - 1]) : doc[event[0]].idx]
            )
        ):
            return True  # "hosted B for talks": the talks, hosted (kg/suggest/hosted.py)
        return (
            self.register.is_a(verb.cls, "Visit")
            and verb.before == "hasHost"
            and len(between) <= 3
            and all(t.is_lower or t.text == "-" for t in between)
            and not any(t.lower_ in ("for", "with", "to", "by", "in", "on") for t in between)
            and any(self.register.is_a(event[2].cls, c) for c in TALKS)
        )

    def _kin(self, events: list[Event], cls: str, sentence: int) -> Event | None:
        """The last event of a sentence before ``sentence`` whose class is a superclass of
        ``cls`` (not Event): "launched an operation ... the airstrikes"; "X met Y at the
        summit" names the summit anew, and "the trilateral meeting" after a forum a meeting."""
        for event in reversed(events):
            if (
                event.sentence < sentence
                and event.cls != "Event"
                and cls != "Event"
                and self.register.is_a(cls, event.cls)
            ):
                return event
        return None

    def _counterparts(self, text: str, event: Event) -> list[Event]:
        """A meeting "with A and ... with B" is one meeting with each, as the annotations
        have it (one event a real-world meeting)."""
        if not self.register.is_a(event.cls, "Meeting"):
            return [event]
        withs: dict[int, Mention] = {}
        for _, mention in event.actors:
            if mention.start < event.end or not self.register.is_a(mention.entity, "Person"):
                continue
            found = text.rfind(" with ", event.start, mention.start)
            if found >= 0 and mention.start - found < 60:
                withs.setdefault(found, mention)
        if len(withs) < 2:
            return [event]
        return [event.split(person) for person in withs.values()]
