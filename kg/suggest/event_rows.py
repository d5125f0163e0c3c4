"""The rows of one report's events, and the checks made on them before they are rows.

Owns how a row is added (one row a fact, the first evidence found), the rows of each
event (its actors with the states a delegation represents, its place and the host of a
visit, topics or commodities, its parent and date), who leads the report's visiting
delegation, and two triggers of one sentence linked to one register event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from kg.suggest.destinations import destination
from kg.suggest.english import OFFICE_HEADS, alternation
from kg.suggest.event_record import Event
from kg.suggest.facts import PositionHeld
from kg.suggest.hosted import hosts_talks
from kg.suggest.mentions import Mention
from kg.suggest.register import Register
from kg.suggest.relation_record import Relation
from kg.suggest.rows import Suggestion, new_suggestion
from kg.suggest.text import Report
from kg.suggest.undated_times import ahead, undated
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.suggester import Suggester

_LED = re.compile(
    r"\b(?:led|leads|leading|headed|heads|heading)\s+(?:his|her|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?delegation",
    re.IGNORECASE,
)
_TITLED = re.compile(
    rf"[’']s\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(OFFICE_HEADS)})\b", re.IGNORECASE
)
"""An owner's possessive before an official's title ("’s acting Foreign Minister")."""
_TRADE = ("AidShipment", "AidPledge")
"""Events whose commodities are what they consist of (``hasCommodity``), not topics."""


_LED_BY = re.compile(r"\s+(?:led|headed)\s+by\s+(?:the\s+)?")
"""After "delegation": the leader it names, whose delegation it is."""


class EventRows:
    """Rows of one report (:class:`kg.suggest.suggester.Suggester`'s run), added one by one."""

    s: Suggester
    report: Report
    out: list[Suggestion]
    seen: set[str]
    dated: set[str]
    behind: dict[str, set[str]]
    leads: dict[str, set[str]]
    led_here: dict[str, set[str]]  # the delegations this report says a person leads

    def add(
        self,
        kind: str,
        subject: str,
        predicate: str,
        obj: str,
        start: int,
        end: int,
        confidence: float,
        reason: str,
        note: str = "",
    ) -> None:
        text = self.report.text
        evidence = text[start:end].strip()
        if not evidence or not subject or not obj:
            return
        sentence = self.report.sentence_at(start).text
        row = new_suggestion(
            kind,
            subject,
            predicate,
            obj,
            source=self.report.source,
            evidence=evidence,
            confidence=round(min(max(confidence, 0.0), 1.0), 2),
            note=note,
            reason=reason,
            sentence=sentence,
        )
        triple = f"{kind}\t{subject}\t{predicate}\t{obj}"
        if kind == "claim" and triple in self.seen:
            return  # one row a fact: the first evidence found (a reviewer may widen it)
        if row.sid not in self.seen:
            self.seen.update((row.sid, triple))
            self.out.append(row)

    def _leaders(self, mentions: list[Mention], events: list[Event]) -> None:
        """ "Singh ... led his delegation’s meetings", "X headed the delegation": the last
        person named before the verb leads the report's one visiting delegation
        (``leads``) and so its visits (``hasLeader``), as does who the register says leads
        it."""
        report, register = self.report, self.s.register
        visits = [
            (e, m.entity)
            for e in events
            for r, m in e.actors
            if r == "hasVisitor" and register.is_a(m.entity, "Delegation")
        ]
        delegations = {d for _, d in visits}
        if len(delegations) != 1:
            return
        (delegation,) = delegations
        leaders = [
            (p, "the register's leader") for p, led in self.leads.items() if delegation in led
        ]
        for match in _LED.finditer(report.text):
            sentence = report.sentence_at(match.start())
            people = [
                m
                for m in mentions
                if sentence.start <= m.start and m.end <= match.start()
                and register.is_a(m.entity, "Person")
            ]  # fmt: skip
            if people:
                named = people[-1]
                self.add("claim", named.entity, "leads", delegation, named.start, match.end(),
                         0.4, "X led the delegation")  # fmt: skip
                leaders.append((named.entity, "X led the delegation"))
        for event, _ in visits:
            for leader, why in leaders:
                self.add("claim", event.id, "hasLeader", leader, event.start, event.end, 0.4,
                         why)  # fmt: skip

    def _event_rows(self, event: Event) -> None:
        report = self.report
        span = (event.start, event.end)
        if not event.existing:
            self.add("entity", event.id, "type", event.cls, *span, event.confidence, event.reason)
            label = f"{event.cls}: {report.span(*span)}"
            self.add("entity", event.id, "label", label, *span, event.confidence, event.reason)
        else:
            self.add(
                "mention",
                event.id,
                "mention",
                report.span(*span),
                *span,
                event.confidence,
                event.reason,
            )
        doers = {m.entity for r, m in event.actors if r == "hasInitiator"}
        own = {o for d in doers for o in self.behind.get(d, ())}
        ahead_of = _INFINITIVE.search(report.text, max(0, event.start - 4), event.start)
        for role, actor in event.actors:
            if role == "hasTarget" and actor.entity in own:
                continue  # "Misri emphasized India’s ties": not their own state
            if role == "hasHost" and ahead_of and _TO.search(report.text, 0, actor.start):
                continue  # "is due to fly to Kabul": where, no host of a trip still to come
            if destination(self.s.register, report.text, role, actor):
                continue  # "Baradar’s Doha trip": where the trip goes, no visitor
            first, last = event.anchors.get(actor.start, span)
            start, end = min(actor.start, first), max(actor.end, last)
            if report.sentence_at(actor.start) != report.sentence_at(first):
                start, end = first, last  # "He promised": the pronoun and the trigger
            words = report.span(actor.start, actor.end)
            titled = bool(_TITLED.match(report.text, actor.end)) and not self.s.register.is_a(
                actor.entity, "State"
            )  # "the Taliban’s acting Foreign Minister X met Y": its government, a guess
            self.add("claim", event.id, role, actor.entity, start, end, 0.4 if titled else 0.6,
                     f"{event.trigger!r} with {words!r}"
                     + (", the owner of an official's title" if titled else ""))  # fmt: skip
            if role == "hasHost" and hosts_talks(report.text[actor.end : first]):
                self.add("claim", event.id, "hasParticipant", actor.entity, start, end, 0.6,
                         f"{words!r} hosted guests for {event.trigger!r}")  # fmt: skip
            said = report.sentence_at(first)
            delegation = said.text.lower().find("delegation")
            if role in ("hasParticipant", "hasVisitor") and delegation >= 0:
                at = said.start + delegation
                other = _LED_BY.match(said.text, delegation + len("delegation"))
                theirs = other is None or said.start + other.end() == actor.start
                led_by = (self.leads.get(actor.entity, set()) if theirs else set()) | (
                    self.led_here[actor.entity]
                )  # "a delegation led by Y": not X's delegation of another occasion
                for led in sorted(led_by):  # "his delegation"
                    self.add("claim", event.id, role, led, at, at + len("delegation"), 0.4,
                             f"the delegation {words!r} leads")  # fmt: skip
        after = [p for p in event.places if p.start >= event.end]  # "moved ... to Qatar"
        for place in (after or event.places)[:1]:
            start, end = min(place.start, event.start), max(place.end, event.end)
            if report.sentence_at(place.start) != report.sentence_at(event.start):
                start, end = place.start, place.end  # the parent's place
            self.add(
                "claim", event.id, "hasPlace", place.entity, start, end, 0.6, "in/to/at a place"
            )
            roles = {(r, m.entity) for r, m in event.actors}
            if (
                self.s.register.is_a(event.cls, "Visit")
                and not ahead_of
                and not any(r == "hasHost" for r, _ in roles)
            ):  # "the visit to Kabul": hosted by whoever governs the place
                host = host_of(self.s.register, place.entity) or state_named(
                    self.s.register, place.entity
                )  # "the visit to Tehran": Iran, whose name the capital also is
                where = report.span(place.start, place.end)
                if host and ("hasVisitor", host) not in roles:
                    self.add("claim", event.id, "hasHost", host, start, end, 0.4,
                             f"who governs {where!r}, visited")  # fmt: skip
        aid = any(self.s.register.is_a(event.cls, c) for c in _TRADE)
        for topic in event.topics:
            goods = aid and self.s.register.is_a(topic.entity, "Commodity")
            self.add(
                "claim",
                event.id,
                "hasCommodity" if goods else "hasTopic",  # "aid, including wheat, medicines"
                topic.entity,
                topic.start,
                topic.end,
                0.4,
                "a commodity of the aid's sentence" if goods else "a topic in the event's sentence",
            )
        if event.parent is not None:
            self.add(
                "claim",
                event.id,
                "subEventOf",
                event.parent.id,
                event.start,
                event.end,
                0.3 if event.guessed else 0.6,
                "undated, by parties to the talks before it"
                if event.guessed
                else "placed inside an earlier event ('during the ...')",
            )
        if event.dates:
            date = event.date
            assert date is not None
            reason = f"the date {date.wording!r}" + (
                " of the parent event" if event.inherited else ""
            )
            self.add(
                "claim",
                event.id,
                "hasTime",
                date.time,
                date.start,
                date.end,
                date.confidence,
                reason,
            )
        elif event.id not in self.dated:  # another mention of the same event gives its date
            time = undated(report.published, report.span(*span))
            reason = "no date in the sentence: bounded by the publication"
            planned = ahead(report.text, event.start, report.published, report.span(*span),
                            planned=event.planned)  # fmt: skip
            if planned is not None:  # "the planned rail link": from the publication on
                time, reason = planned, "no date in the sentence, planned: from the publication"
            if event.not_before or event.not_after:  # "the takeover prompted India to close"
                high = event.not_after or str(report.published)
                time = f"{event.not_before}..{high}{time[time.index(' ') :]}"
                reason = "no date in the sentence: between the events it follows and precedes"
            self.add("claim", event.id, "hasTime", time, *span, 0.3, reason)


def behind(
    register: Register, relations: list[Relation], positions: list[PositionHeld]
) -> dict[str, set[str]]:
    """Each person's offices' owners that are states or governments, from the register's
    claims and this report's titles."""
    holds: dict[str, set[str]] = defaultdict(set)
    owner: dict[str, set[str]] = defaultdict(set)
    for claim in register.claims:
        if claim.predicate in ("holdsPosition", "holdsActingPosition"):
            holds[claim.subject].add(claim.object)
        elif claim.predicate == "positionIn":
            owner[claim.subject].add(claim.object)
    for held in positions:
        if held.predicate != "heldPosition":
            holds[held.person.entity].add(held.position.entity)
    for rel in relations:
        if rel.predicate == "positionIn":
            owner[rel.subject].add(rel.object)
    states = ("State", "Government", "DeFactoAuthority")
    return {
        person: {o for p in offices for o in owner[p] if any(register.is_a(o, c) for c in states)}
        for person, offices in holds.items()
    }


def one_link_a_sentence(register: Register, events: list[Event]) -> None:
    """Two triggers of one sentence that are not merged name two events ("close their
    embassies ... and moved their missions"): where both were linked to one register
    event, it stays with the one of its very class (else the first), the other is new."""
    groups: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for event in events:
        if event.existing:
            groups[(event.id, event.sentence)].append(event)
    for (ident, _), linked in groups.items():
        if len({e.start for e in linked}) < 2:
            continue  # one trigger ("meetings with A and with B": its parts)
        kind = register.entities[ident].type
        keep = next((e for e in linked if e.cls == kind), linked[0])
        for event in linked:
            if event.start != keep.start:
                event.id, event.existing, event.reason, event.confidence = "", False, "", 0.7


def host_of(register: Register, place: str) -> str | None:
    """Who receives a visit to ``place``: for a state, the one government the register
    says governs it (else the state); for a city, the one actor whose name it also is, as
    a capital stands for its government ("Kabul", "New Delhi"; docs/annotation.md,
    "Naming the actor")."""
    if place not in register.entities:
        return None
    if register.is_a(place, "State"):
        rulers = {
            c.subject for c in register.claims if c.predicate == "governs" and c.object == place
        }
        return rulers.pop() if len(rulers) == 1 else place
    actors = {a for a in actors_named(register, place) if not register.is_a(a, "Place")}
    return actors.pop() if len(actors) == 1 else None


def state_named(register: Register, place: str) -> str | None:
    """The one state whose names include the city's label ("Tehran" for Iran), where no
    other actor has it: a capital stands for its state (docs/annotation.md, `hasHost`)."""
    if place not in register.entities:
        return None
    named = actors_named(register, place)
    states = {e for e in named if register.is_a(e, "State")}
    return states.pop() if len(named) == 1 == len(states) else None


def actors_named(register: Register, place: str) -> set[str]:
    """The actors one of whose names is the label of ``place`` ("Kabul" for the Islamic
    Emirate, "Tehran" for Iran)."""
    name = normalise(register.entities[place].label)
    return {
        e.id
        for e in register.entities.values()
        if e.id != place
        and register.is_a(e.id, "Actor")
        and name in {normalise(n) for n in (e.label, *e.aliases)}
    }


_INFINITIVE = re.compile(r"\bto\s+\Z")
"""A visit's trigger in the infinitive ("is due to fly to Kabul", "allowing X to travel
to Qatar"): a trip still to come, which the annotations give no host (round 11)."""
_TO = re.compile(r"\bto\s+(?:the\s+)?\Z")
"""A host named after "to": the trip's destination."""
