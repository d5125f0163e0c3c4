"""``kg suggest``: every proposed row for one report, as :class:`kg.suggest.rows.Suggestion`.

The steps, each in its module: mentions of register entities
(:mod:`~kg.suggest.mentions`), new entities (:mod:`~kg.suggest.entities`),
dates (:mod:`~kg.suggest.when`), events with their actors, places, topics and
dates (:mod:`~kg.suggest.events`), quantities, quotations and positions
(:mod:`~kg.suggest.facts`). Every evidence span is a slice of the text, so it
is verbatim; every row carries its confidence, its reason and its sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.build.tsv import InputFileError, read_text
from kg.suggest import entities as new_entities
from kg.suggest.descriptions import titled
from kg.suggest.event_record import Event
from kg.suggest.events import EventFinder
from kg.suggest.facts import PositionHeld, find_positions, foreign
from kg.suggest.figures import quantity_rows, quotation_rows
from kg.suggest.linking import link
from kg.suggest.mentions import Mention, MentionFinder, demonyms
from kg.suggest.register import Register, SuggestSourceError, load_register, source_id
from kg.suggest.relations import Relation, find_relations
from kg.suggest.rows import Suggestion, new_suggestion
from kg.suggest.text import Report, read_report
from kg.suggest.triggers import load_triggers
from kg.suggest.when import DateMention, find_dates, undated
from kg.vocabulary import normalise


@dataclass
class Suggester:
    """The register and the triggers, indexed once; :meth:`suggest` runs per report."""

    register: Register
    mentions: MentionFinder
    events: EventFinder

    @classmethod
    def load(cls, data_dir: Path, ontology_dir: Path) -> Suggester:
        register = load_register(data_dir, ontology_dir)
        return cls.from_register(register, ontology_dir)

    @classmethod
    def from_register(cls, register: Register, ontology_dir: Path) -> Suggester:
        return cls(
            register,
            MentionFinder(register),
            EventFinder(load_triggers(ontology_dir, register.is_event), register),
        )

    def suggest(self, source: str, text: str) -> list[Suggestion]:
        """Every suggestion for ``source`` whose text is ``text``."""
        published = self.register.sources[source].published
        report = read_report(source, text, published)
        return _Run(self, report).rows()


def suggest_source(
    data_dir: Path, ontology_dir: Path, corpus: Path, source: str
) -> tuple[str, list[Suggestion]]:
    """The full source id and the suggestions for it (its text is ``corpus/<id>.txt``).

    Raises:
        SuggestSourceError: for a source not in sources.tsv or a text that cannot be read.
    """
    register = load_register(data_dir, ontology_dir)
    full = source_id(register, source)
    path = corpus / f"{full}.txt"
    if not path.exists() and not path.is_symlink():
        raise SuggestSourceError(f"{path}: the text of source {full} is missing")
    try:
        text = read_text(path)
    except InputFileError as exc:
        raise SuggestSourceError(str(exc.problem)) from None
    suggester = Suggester.from_register(register, ontology_dir)
    return full, suggester.suggest(full, text)


_LED = re.compile(
    r"\b(?:led|leads|leading|headed|heads|heading)\s+(?:his|her|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?delegation",
    re.IGNORECASE,
)
_TRADE = ("AidShipment", "AidPledge")
"""Events whose commodities are what they consist of (``hasCommodity``), not topics."""


class _Run:
    """One report's suggestions, built step by step."""

    def __init__(self, suggester: Suggester, report: Report) -> None:
        self.s = suggester
        self.report = report
        self.out: list[Suggestion] = []
        self.seen: set[str] = set()
        self.dated: set[str] = set()  # register events that a mention here dates
        self.behind: dict[str, set[str]] = {}  # person -> the states behind their offices
        self.sent_by: dict[str, set[str]] = defaultdict(set)  # delegation -> its state
        self.leads: dict[str, set[str]] = defaultdict(set)  # person -> delegations they lead
        for claim in suggester.register.claims:
            if claim.predicate == "leads" and suggester.register.is_a(claim.object, "Delegation"):
                self.leads[claim.subject].add(claim.object)

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

    def rows(self) -> list[Suggestion]:
        report = self.report
        mentions = self.s.mentions.find(report)
        for m in mentions:
            self.add(
                "mention",
                m.entity,
                "mention",
                report.span(m.start, m.end),
                m.start,
                m.end,
                m.confidence,
                m.how,
            )
        mentions = [*mentions, *self._new_entities(mentions)]
        mentions.sort(key=lambda m: m.start)  # then "the minister": the last person with it
        mentions = sorted([*mentions, *titled(self.s.register, report, mentions)],
                          key=lambda m: m.start)  # fmt: skip
        dates: list[DateMention] = []
        for sentence in report.sentences:
            dates += find_dates(sentence.text, report.published, sentence.start)
        events = self.s.events.find(report, mentions, dates)
        self.s.events.discussed(report, mentions, events)
        self._name_events(events)
        relations = find_relations(report, mentions, events, self.s.register)
        positions = find_positions(report.text, mentions, self.s.register)
        self.behind = _behind(self.s.register, relations, positions)
        stated = [(c.subject, c.predicate, c.object) for c in self.s.register.claims]
        for subject, predicate, obj in [*stated, *((r.subject, r.predicate, r.object)
                                                   for r in relations)]:  # fmt: skip
            if predicate == "represents" and self.s.register.is_a(subject, "Delegation"):
                self.sent_by[subject].add(obj)
        for event in events:
            self._event_rows(event)
        self._leaders(mentions, events)
        quantity_rows(self.add, report, self.s.register, mentions, events)
        quotation_rows(self.add, report, self.s.register, mentions, events)
        for rel in relations:
            if rel.predicate == "positionIn" and foreign(self.s.register, rel.subject, rel.object):
                continue  # "Pakistan’s Prime Minister": not the register's Indian one
            self.add("claim", rel.subject, rel.predicate, rel.object, rel.start, rel.end,
                     rel.confidence, rel.reason)  # fmt: skip
        for held in positions:
            self.add(
                "claim",
                held.person.entity,
                held.predicate,
                held.position.entity,
                held.start,
                held.end,
                0.75,
                "a title next to a person",
            )
        return self.out

    def _named(self, entity: str, sentence: str) -> bool:
        """Whether the sentence names the entity: one of its names that is no city's, or
        the adjective of a one-word name, as whole words ("Iran’s Foreign Minister":
        Iran)."""
        record = self.s.register.entities.get(entity)
        if record is None:
            return False
        words = f" {normalise(sentence)} "
        places = {
            normalise(e.label)
            for e in self.s.register.entities.values()
            if self.s.register.is_a(e.id, "Place") and not self.s.register.is_a(e.id, "State")
        }  # "in Kabul" names the city, not the government it also stands for
        names = {normalise(n) for n in (record.label, *record.aliases)} - places
        names |= {a for n in list(names) if " " not in n for a in demonyms(n)}
        return any(n and f" {n} " in words for n in names)

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

    def _new_entities(self, mentions: list[Mention]) -> list[Mention]:
        """Rows for each new entity (at its first occurrence), and every occurrence as a
        mention, so that events may name them as actors and places."""
        runs = self.s.mentions.unmatched_runs(self.report, mentions)
        found: list[Mention] = []
        self.s.register.proposed.clear()
        for entity in new_entities.find_new_entities(self.report.text, runs, self.s.mentions):
            found.append(Mention(entity.start, entity.end, entity.id, entity.reason, 0.5))
            if entity.id in self.s.register.proposed:
                continue
            self.s.register.proposed[entity.id] = entity.cls
            conf, why = entity.confidence, entity.reason
            span = (entity.start, entity.end)
            self.add("entity", entity.id, "type", entity.cls, *span, conf, why)
            self.add("entity", entity.id, "label", entity.label, *span, conf, why)
            for alias in entity.aliases:
                where = self.report.text.find(alias, entity.start)
                if where < 0:
                    continue
                self.add("entity", entity.id, "alias", alias, where, where + len(alias), conf,
                         "another name the text gives it")  # fmt: skip
            if entity.duplicate_of:
                why = "a close name in the register"
                self.add(
                    "entity",
                    entity.id,
                    "possibleDuplicateOf",
                    entity.duplicate_of,
                    *span,
                    conf,
                    why,
                )
        return found

    def _name_events(self, events: list[Event]) -> None:
        facts = self.s.register.facts()
        taken: set[str] = set()
        for event in events:
            said = " ".join(self.report.sentences[i].text for i, _, _ in event.occurrences)
            words = frozenset(normalise(said).split())
            link(event, self.s.register, facts, words)  # type: ignore[arg-type]
        _one_link_a_sentence(self.s.register, events)
        for event in events:
            if event.existing:
                if event.dates:
                    self.dated.add(event.id)
                continue
            actors = [new_entities.slug(m.entity.split("-")[-1]) for _, m in event.actors[:2]]
            when = event.dates[0].value.split("..")[0][:7] if event.dates else ""
            parts = [new_entities.slug(event.cls), *actors, when.replace("..", "")]
            base = "-".join(p for p in parts if p) or "event"
            name, n = base, 2
            while name in taken or name in self.s.register.entities:
                name, n = f"{base}-{n}", n + 1
            taken.add(name)
            event.id, event.reason = name, f"a new {event.cls}: trigger {event.trigger!r}"

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
        for role, actor in event.actors:
            if role == "hasTarget" and actor.entity in own:
                continue  # "Misri emphasized India’s ties": not their own state
            first, last = event.anchors.get(actor.start, span)
            start, end = min(actor.start, first), max(actor.end, last)
            if report.sentence_at(actor.start) != report.sentence_at(first):
                start, end = first, last  # "He promised": the pronoun and the trigger
            words = report.span(actor.start, actor.end)
            self.add("claim", event.id, role, actor.entity, start, end, 0.6,
                     f"{event.trigger!r} with {words!r}")  # fmt: skip
            if role == "hasParticipant":  # the state or government behind an official,
                for owner in sorted(self.behind.get(actor.entity, ())):  # where the text
                    if not self._named(owner, report.sentence_at(first).text):  # names it
                        continue  # "Araghchi met Muttaqi": the two men, as annotated
                    self.add("claim", event.id, role, owner, start, end, 0.4,
                             f"the office of {words!r} belongs to it")  # fmt: skip
            if role == "hasVisitor":  # "the Indian delegation" visits for India
                for owner in sorted(self.sent_by.get(actor.entity, ())):
                    self.add("claim", event.id, role, owner, start, end, 0.4,
                             f"{words!r} represents it")  # fmt: skip
            said = report.sentence_at(first)
            delegation = said.text.lower().find("delegation")
            if role in ("hasParticipant", "hasVisitor") and delegation >= 0:
                at = said.start + delegation
                for led in sorted(self.leads.get(actor.entity, ())):  # "his delegation"
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
            if self.s.register.is_a(event.cls, "Visit") and not any(
                r == "hasHost" for r, _ in roles
            ):  # "the visit to Kabul": hosted by whoever governs the place
                host = host_of(self.s.register, place.entity)
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
            self.add(
                "claim",
                event.id,
                "hasTime",
                undated(report.published, report.span(*span)),
                *span,
                0.3,
                "no date in the sentence: bounded by the publication",
            )


def _behind(
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


def _one_link_a_sentence(register: Register, events: list[Event]) -> None:
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
    name = normalise(register.entities[place].label)
    actors = {
        e.id
        for e in register.entities.values()
        if e.id != place
        and register.is_a(e.id, "Actor")
        and not register.is_a(e.id, "Place")
        and name in {normalise(n) for n in (e.label, *e.aliases)}
    }
    return actors.pop() if len(actors) == 1 else None
