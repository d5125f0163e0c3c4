"""The actors, places, topics and dates of an event, from the words of its sentence.

Owns the roles an actor takes by where it is named around the trigger (before, after,
"by", a passive, a fronted phrase) and what is no actor of it (a place after "in", an
aside); it reads whoever reports or talks about the event and an owner with
:mod:`kg.suggest.onlookers`, the place a capital names with
:mod:`kg.suggest.named_places` and the topics of talks with :mod:`kg.suggest.event_topics`.
"""

from __future__ import annotations

import re

from kg.suggest.adjective_actors import adjective_actor
from kg.suggest.adjuncts import fronted_subject, object_pronoun, owner_of, trailing
from kg.suggest.asides import aside
from kg.suggest.capital_actors import capital_actor
from kg.suggest.causatives import other_clause
from kg.suggest.clauses import fronted, pronoun, subordinate
from kg.suggest.detentions import detainer
from kg.suggest.event_record import TALKS, Event
from kg.suggest.event_topics import EventTopics, about_named
from kg.suggest.future_clauses import dates_event
from kg.suggest.goods_lists import in_goods_list
from kg.suggest.mentions import Mention
from kg.suggest.movements import movement_takes_power
from kg.suggest.name_roles import answered, origin, passive, role_of
from kg.suggest.named_places import NamedPlaces
from kg.suggest.office_holders import holder_of
from kg.suggest.onlookers import (
    COORDINATED,
    OWNED,
    PREPOSITIONAL,
    REACTED,
    REPORTED,
    TALKED,
    TALKED_AT,
    Onlookers,
)
from kg.suggest.possessors import possessor
from kg.suggest.register import Register
from kg.suggest.state_ground import is_ground
from kg.suggest.text import Report
from kg.suggest.title_owners import apposed_owner, titled_person
from kg.suggest.triggers import Trigger
from kg.suggest.visit_roles import talks_leader, visit_roles
from kg.suggest.when import DateMention

_FORCE = ("MilitaryOperation", "Attack", "ArmedClash", "ArmedConflict", "ChangeOfGovernment",
          "MilitaryWithdrawal")  # fmt: skip
"""Events where an armed group acts as itself, not as its government."""
_MISSION_EVENTS = ("EmbassyClosure", "EmbassyReopening", "DiplomaticMissionChange")
"""Events that happen to a diplomatic mission, whichever side of the verb names it."""


class EventRoles(Onlookers, EventTopics, NamedPlaces):
    """What the text gives an event found by :class:`kg.suggest.events.EventFinder`."""

    register: Register

    def _fill(
        self,
        report: Report,
        event: Event,
        trigger: Trigger,
        start: int,
        end: int,
        mentions: list[Mention],
        dates: list[DateMention],
        bounds: tuple[int, int],
        *,
        refer: bool,
    ) -> None:
        """Actors, places, topics and dates of the trigger's sentence."""
        doc = report.doc
        sentence = report.sentence_at(doc[start].idx)
        trigger_start, trigger_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        text = report.text
        talks = any(self.register.is_a(event.cls, c) for c in TALKS)
        aid = any(self.register.is_a(event.cls, c) for c in ("AidShipment", "AidPledge"))
        lead = trailing(text, max(bounds[0], sentence.start), trigger_start)
        actors_in = [m for m in mentions if sentence.start <= m.start < sentence.end
                     and self.register.is_a(m.entity, "Actor")]  # fmt: skip
        commodities = [m for m in mentions if self.register.is_a(m.entity, "Commodity")]
        for mention in mentions:
            goods = aid and self.register.is_a(mention.entity, "Commodity")  # "aid, including
            if (
                (talks or goods)
                and sentence.start <= mention.start < sentence.end
                and (
                    self._topic(mention)  # wheat, medicines": the whole sentence
                )
            ):
                if mention not in event.topics:  # what a meeting is about: its whole sentence
                    event.topics.append(mention)
                continue
            if not bounds[0] <= mention.start < bounds[1]:
                continue
            before_words = text[max(sentence.start, mention.start - 4) : mention.start]
            if is_ground(mention):  # "airstrikes on Afghan soil": where, never who
                placed = re.search(r"\b(?:in|on|into|over|from|across)\s+$", before_words)
                if placed and mention not in event.places:
                    event.places.append(mention)
                continue
            if self.register.is_a(mention.entity, "State"):
                # "airstrikes in Afghanistan", "returned to Afghanistan": a place, not an actor
                owned = re.match(r"[’']s\b", text[mention.end : mention.end + 3])
                if (
                    mention.start >= trigger_end
                    and re.search(r"\b(in|to)\s+$", before_words)
                    and not owned  # "in Afghanistan’s health sector": not a place
                ):
                    if mention not in event.places:
                        event.places.append(mention)
                    if re.search(r"\bin\s+$", before_words):
                        continue  # "to X" may also name a recipient or a host
                    if trigger.after == "hasParticipant" == trigger.before:
                        continue  # "have returned to Afghanistan": where, not with whom
                    if any(self.register.is_a(event.cls, c) for c in _MISSION_EVENTS):
                        continue  # "moved their missions to Qatar": where they went
                elif (
                    re.search(r"\bin\s+$", before_words)
                    and not owned
                    and (
                        mention.start < trigger_start or not self.register.is_a(event.cls, "Visit")
                    )
                ):
                    continue  # "forces in Afghanistan after being dislodged": a place
                if (
                    owned
                    and re.search(r"\b(?:in|to|at)\s+$", before_words)
                    and any(
                        m.start == mention.end + 3 and self.register.is_a(m.entity, "Place")
                        for m in mentions
                    )
                ):
                    event.within.add(mention.entity)
                    continue  # "in Afghanistan’s Paktika province": the province is the place
            elif self.register.is_a(mention.entity, "Place"):
                visited = (
                    self.register.is_a(event.cls, "Visit")
                    and not text[trigger_end : mention.start].strip()
                )  # "visited Kabul"
                owner = re.search(  # "in Afghanistan’s Paktika province": the province
                    r"\b(?:in|to|at)\s+(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*[’']s\s+$",
                    text[max(sentence.start, mention.start - 40) : mention.start],
                )
                if visited or owner or re.search(r"\b(in|to|at|of)\s+$", before_words, re.I):
                    if mention not in event.places:
                        event.places.append(mention)
                    continue
                span = (trigger_start, trigger_end)  # "urged Tashkent": Uzbekistan
                state = capital_actor(self.register, text, mention, span)
                if state is None:
                    continue
                mention = state
            place = self._place_named(mention)
            if (
                place is not None
                and trigger.phrase in trigger.definite
                and re.fullmatch(r"\s+", text[mention.end : trigger_start])
            ):  # "the minister’s Kabul visit": where, not who
                if place not in event.places:
                    event.places.append(place)
                continue
            if (
                place is not None
                and mention.start >= trigger_end
                and re.fullmatch(r"\s+of\s+", text[trigger_end : mention.start])
            ):  # "the takeover of Kabul": the city, not its government
                if place not in event.places:
                    event.places.append(place)
                continue
            if self._topic(mention):
                event.topics.append(mention)
                continue
            if talks and about_named(text, trigger_end, mention.start):
                continue  # "spoke by phone with X about Pakistan": what they talked about
            mention = holder_of(self.register, text, mention, mentions) or mention  # "Iran’s
            # foreign minister met X": the one holder of the office
            if not self.register.is_a(mention.entity, "Actor") or self._owns(
                text, mention, mentions
            ):
                continue  # "Afghanistan’s Taliban government": the government acts
            if (
                mention.end <= trigger_start
                and bounds[0] > sentence.start
                and PREPOSITIONAL.fullmatch(text, bounds[0], mention.start)
                and not re.fullmatch(
                    r"[’']s\s+(?:[\w-]+\s+){0,2}", text[mention.end : trigger_start]
                )
            ):
                continue  # "held talks with India on ... humanitarian assistance": not India's
            if lead is not None and mention.end <= lead[0]:
                continue  # "X met Y during his visit": Y is met, not visiting
            if subordinate(text, max(bounds[0], sentence.start), (trigger_start, trigger_end),
                           mention, bounds[1]):  # fmt: skip
                continue  # "Although no country, including India, ...": another clause
            people = [m for m in mentions if sentence.start <= m.start < sentence.end
                      and self.register.is_a(m.entity, "Person")]  # fmt: skip
            if aside(
                text,
                (trigger_start, trigger_end),
                mention,
                mentions,
                people,
                lambda m: self.register.is_a(m.entity, "Actor"),
                said=self.register.is_a(event.cls, "Statement"),
                low=sentence.start,
                reports=self._reports(event.cls),
                person=lambda m: self.register.is_a(m.entity, "Person"),
                asks=self.register.is_a(event.cls, "Request"),
            ):
                continue  # "anti-Pakistan militants", "prompted New Delhi to close"
            if (
                mention.end <= trigger_start
                and (
                    TALKED.search(text, mention.end, trigger_start)
                    or REACTED.search(text, mention.end, trigger_start)
                )
                and not COORDINATED.search(text, mention.end, trigger_start)
                and not (talks and TALKED_AT.search(text[mention.end : trigger_start]))
            ):
                continue  # "the two sides discussed the airstrikes": not the strikers
            if mention.end <= trigger_start and REPORTED.search(text[mention.end : trigger_start]):
                if self.register.is_a(mention.entity, "Actor"):
                    event.reporters.append((trigger.before, mention))
                continue  # "the military reported an attack": not the attacker
            adjacent = re.fullmatch(r"(?:[’']s)?\s*", text[mention.end : trigger_start])
            if (
                refer
                and mention.end <= trigger_start
                and not adjacent
                and not answered(text, trigger, mention.end, trigger_start)
            ):
                continue  # "the meeting" refers back; its subject is elsewhere ("the Taliban
                # takeover" names its own)
            if (
                refer
                and adjacent
                and mention.end <= trigger_start
                and any(r == trigger.before for r, _ in event.actors)
            ):
                continue  # "the Taliban statement" of one X's office released: X's already
            titled = None  # "the Taliban’s Minister of X, Y": Y acts too, or in its place
            if not self.register.is_a(mention.entity, "State"):
                titled = titled_person(text, mention, mentions, self._people(mentions))
            visits = titled is not None and self.register.is_a(event.cls, "Visit")
            if titled is not None and visits:  # "the Taliban’s Minister, Y, visited": Y only
                if titled.entity in {m.entity for _, m in event.actors}:
                    continue
                mention = titled
            if apposed_owner(text, mention, mentions, self._people(mentions)):
                continue  # "X, the Taliban’s deputy prime minister, to travel": X only
            if not any(self.register.is_a(event.cls, c) for c in _FORCE):
                mention = self.register.acting_as(mention)
            if (
                mention.end <= trigger_start
                and re.search(r"\bfor\s+$", text[sentence.start : trigger_start])
                and mention.entity in {m.entity for _, m in event.actors}
            ):
                continue  # "criticized Iran for blaming": one act, Iran keeps its role
            if aid and in_goods_list(text, trigger_end, mention, commodities):
                continue  # "aid, including wheat, medicines, COVID vaccines": goods
            if origin(text, trigger, trigger_end, mention, self.register.is_a(event.cls, "Pledge")):
                continue  # "pledged rice for returnees from Pakistan": not the recipient
            role = role_of(text, trigger, (sentence.start, trigger_start, trigger_end), mention,
                           gives=self.register.is_a(event.cls, "Pledge"),
                           company=self.register.is_a(mention.entity, "Delegation"))  # fmt: skip
            actors_here = [m for m in mentions if sentence.start <= m.start < sentence.end
                           and self.register.is_a(m.entity, "Actor")]  # fmt: skip
            main = fronted(text, max(bounds[0], sentence.start), (trigger_start, trigger_end),
                           mention, actors_here)  # fmt: skip
            if main == "skip":
                continue  # "During his visit to Beijing, Muttaqi met Wang Yi": not Wang Yi
            if main == "subject":
                role = trigger.before  # Muttaqi, the visitor
            if self.register.is_a(mention.entity, "DiplomaticMission") and any(
                self.register.is_a(event.cls, c) for c in _MISSION_EVENTS
            ):
                role = "hasTarget"  # "the embassy in New Delhi closed": closed, not closing
            if (
                talks
                and role == "hasParticipant"
                and mention.start >= trigger_end
                and re.search(r"\bat\s+(?:the\s+)?$", text[trigger_end : mention.start])
                and any(self.register.is_a(mention.entity, c) for c in OWNED)
            ):
                role = "hasHost"  # "met X at the Ministry of Commerce": the ministry hosts
            beside = titled if titled and "," in text[mention.end : titled.start] else None
            for actor in (mention, beside):  # "the Taliban’s Minister, Y, signed": Y signs too
                if actor is None or (role, actor.entity) in {
                    (r, m.entity) for r, m in event.actors
                }:
                    continue
                event.actors.append((role, actor))
                event.anchors[actor.start] = (trigger_start, trigger_end)
        subjects = fronted_subject(
            text, (sentence.start, sentence.end), (trigger_start, trigger_end), actors_in
        )
        for subject in subjects if not refer else []:
            subject = self.register.acting_as(subject)  # "Speaking at a press conference,
            if (trigger.before, subject.entity) not in [(r, m.entity) for r, m in event.actors]:
                event.actors.append((trigger.before, subject))  # Jaiswal said": he spoke
                event.anchors[subject.start] = (trigger_start, trigger_end)
        if lead is not None and not refer:
            whose = lead[1]  # "A and B discussed trade during a meeting": they take part
            if talks and whose in ("a", "an") and TALKED.search(text, sentence.start, lead[0]):
                whose = "bare"
            self._owner(report, event, trigger, (trigger_start, trigger_end), whose, mentions)
        if not refer:
            known = len(event.actors)
            pronoun(report, self.register, event, trigger, bounds, (trigger_start, trigger_end),
                    mentions)  # fmt: skip
            if passive(text, sentence.start, trigger_start, trigger):  # "He was detained by
                event.actors[known:] = [(trigger.after, m) for _, m in event.actors[known:]]
            before = report.sentences[max(0, sentence.index - 1)].start
            people = [m for m in mentions if self.register.is_a(m.entity, "Person")]
            if lead is None:  # "X met Y during his visit": X, by the trailing phrase
                possessor(report, event, trigger.before, (trigger_start, trigger_end), people)
            him = object_pronoun(text, (before, sentence.start), (trigger_start, trigger_end),
                                 people, {m.entity for _, m in event.actors})  # fmt: skip
            if him is not None:
                event.actors.append((trigger.after, him))
                event.anchors[him.start] = (trigger_start, trigger_end + 4)
        if not refer:  # "the Pakistani airstrikes": Pakistan strikes
            force = any(self.register.is_a(event.cls, c) for c in _FORCE)
            adjective_actor(
                self.register, text, event, trigger, (trigger_start, trigger_end), force
            )
        if not refer:  # "allowing X to travel": X travels; "a deal that A signed": A signs
            other_clause(text, sentence.start, trigger, (trigger_start, trigger_end),
                         event, mentions)  # fmt: skip
        if not refer and self.register.is_a(event.cls, "Visit"):
            visit_roles(report, self.register, event, mentions)  # its leader and host
        if not refer and talks:  # "talks between a delegation led by X and ...": X leads
            talks_leader(report, self.register, event, (trigger_start, trigger_end), mentions)
        if not refer:  # "had been detained in Herat": by whoever governs Herat
            detainer(self.register, event)
        movement_takes_power(self.register, event)  # "the Taliban government, which seized
        for date in dates:
            if (
                sentence.start <= date.start < sentence.end
                and date not in event.dates
                and dates_event(date, report.text, trigger_start)
            ):
                event.dates.append(date)

    def _people(self, mentions: list[Mention]) -> set[str]:
        """The entities of ``mentions`` that are people."""
        return {m.entity for m in mentions if self.register.is_a(m.entity, "Person")}

    def _owner(
        self, report: Report, event: Event, trigger: Trigger, span: tuple[int, int],
        owner: str, mentions: list[Mention],
    ) -> None:  # fmt: skip
        """ "X met Y during his visit to Z": the subject a possessive stands for takes the
        trigger's ``before`` role (:func:`kg.suggest.adjuncts.owner_of`)."""
        sentence = report.sentence_at(span[0])
        actors = [m for m in mentions if sentence.start <= m.start < span[0]
                  and self.register.is_a(m.entity, "Actor")]  # fmt: skip
        person = lambda m: self.register.is_a(m.entity, "Person")  # noqa: E731
        for mention in owner_of(report.text, sentence.start, span, owner, actors, person):
            mention = self.register.acting_as(mention)
            if (trigger.before, mention.entity) not in [(r, m.entity) for r, m in event.actors]:
                event.actors.append((trigger.before, mention))
                event.anchors[mention.start] = span
