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
from kg.files import check_target
from kg.suggest import entities as new_entities
from kg.suggest.described_people import outside_group_names, visitors
from kg.suggest.event_record import Event
from kg.suggest.event_rows import EventRows, behind, one_link_a_sentence
from kg.suggest.events import EventFinder
from kg.suggest.facts import find_positions, foreign
from kg.suggest.figures import quantity_rows, quotation_rows
from kg.suggest.furniture import outside_furniture
from kg.suggest.link_back import told_again
from kg.suggest.linking import link_all
from kg.suggest.mentions import Mention, MentionFinder
from kg.suggest.occasion_named import date_by_named_occasion
from kg.suggest.occasions import date_by_occasion
from kg.suggest.pluperfect import bound_by_saying
from kg.suggest.register import (
    Register,
    SuggestSourceError,
    load_register,
    register_before_review,
    source_id,
)
from kg.suggest.relations import find_relations
from kg.suggest.retold_linked_events import join_linked
from kg.suggest.rows import Suggestion, read_suggestions, suggestions_path
from kg.suggest.same_cause import same_cause
from kg.suggest.speaker_occasion import date_by_speaker, date_by_speaking
from kg.suggest.status import told_as_plan
from kg.suggest.text import Report, read_report
from kg.suggest.titles_alone import titled
from kg.suggest.topics import topic_rows
from kg.suggest.triggers import load_triggers
from kg.suggest.when import DateMention, find_dates
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
    data_dir: Path, ontology_dir: Path, corpus: Path, source: str, output: Path | None = None
) -> tuple[str, Path, list[Suggestion]]:
    """The full source id, the suggestions file (``output``, else the source's in
    ``data_dir``) and the suggestions for the text ``corpus/<id>.txt``, proposed as on the
    first run: the entities a review of that file accepted are set aside from the register
    (so that they keep their ids and decisions), and nothing is proposed from lines the
    source's coverage exclusions alone cover (page furniture).

    Raises:
        SuggestSourceError: for a source not in sources.tsv or a text that cannot be read.
        KgError: an ``output`` that is a folder, a FIFO or a device.
    """
    register = load_register(data_dir, ontology_dir)
    full = source_id(register, source, data_dir / "sources.tsv")
    target = output or suggestions_path(data_dir, full)
    check_target(target)  # a folder, FIFO or device: refused before anything is read
    path = corpus / f"{full}.txt"
    if not path.exists() and not path.is_symlink():
        raise SuggestSourceError(f"{path}: the text of source {full} is missing")
    try:
        text = read_text(path)
    except InputFileError as exc:
        raise SuggestSourceError(str(exc.problem)) from None
    decided = read_suggestions(target) if target.exists() else []
    register = register_before_review(register, full, decided)
    rows = Suggester.from_register(register, ontology_dir).suggest(full, text)
    return full, target, outside_furniture(rows, text, register.excluded.get(full, []))


class _Run(EventRows):
    """One report's suggestions, built step by step."""

    def __init__(self, suggester: Suggester, report: Report) -> None:
        self.s = suggester
        self.report = report
        self.out: list[Suggestion] = []
        self.seen: set[str] = set()
        self.dated: set[str] = set()  # register events that a mention here dates
        self.behind: dict[str, set[str]] = {}  # person -> the states behind their offices
        self.leads: dict[str, set[str]] = defaultdict(set)  # person -> delegations they lead
        self.led_here: dict[str, set[str]] = defaultdict(set)  # ... as this report says
        for claim in suggester.register.claims:
            if claim.predicate == "leads" and suggester.register.is_a(claim.object, "Delegation"):
                self.leads[claim.subject].add(claim.object)

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
        mentions += visitors(report.text, mentions, self.s.register)  # "the visitors"
        mentions.sort(key=lambda m: m.start)  # then "the minister": the last person with it
        mentions = sorted([*mentions, *titled(self.s.register, report, mentions)],
                          key=lambda m: m.start)  # fmt: skip
        dates: list[DateMention] = []
        for sentence in report.sentences:
            dates += find_dates(sentence.text, report.published, sentence.start)
        events = self.s.events.find(report, mentions, dates)
        events = outside_group_names(events, mentions, self.s.register)
        date_by_speaking(report, events, self.s.register)  # "Speaking on Monday, X said"
        date_by_occasion(report, events, self.s.register)
        date_by_named_occasion(report, events, self.s.register)  # "told a news conference"
        date_by_speaker(report, events, self.s.register, mentions)  # "“...,” he told them"
        bound_by_saying(report, events)  # "said X had proposed": before the saying
        self.s.events.discussed(report, mentions, events)
        self._name_events(events)
        relations = find_relations(report, mentions, events, self.s.register)
        relations = same_cause(self.s.register, events, relations)  # the same consequence
        positions = find_positions(report.text, mentions, self.s.register)
        self.behind = behind(self.s.register, relations, positions)
        for rel in relations:  # "X arrived at the head of a delegation": it takes part too
            if rel.predicate == "leads" and self.s.register.is_a(rel.object, "Delegation"):
                self.led_here[rel.subject].add(rel.object)  # (no hasLeader of its trips)
        for event in events:
            self._event_rows(event)
        topic_rows(
            self.add, report, self.s.register, self.s.mentions, self.s.events, mentions, events
        )
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
                where = where if where >= 0 else self.report.text.find(alias)  # "UN" first
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
        words = []
        for event in events:
            said = " ".join(self.report.sentences[i].text for i, _, _ in event.occurrences)
            words.append(frozenset(normalise(said).split()))
        starts = {s.index: s.start for s in self.report.sentences}
        for event in events:  # "said he would meet X": no act the register has done
            event.planned = told_as_plan(self.report.text, starts, event)
        link_all(events, self.s.register, facts, words)  # type: ignore[arg-type]
        told_again(self.s.register, events, self.report.text)
        one_link_a_sentence(self.s.register, events)
        join_linked(events)  # "the shipments": the report's linked aid told again
        for event in events:
            if event.existing:
                if event.dates:
                    self.dated.add(event.id)
                continue
            actors = [new_entities.slug(m.entity.split("-")[-1]) for _, m in event.actors[:2]]
            when = event.dates[0].value.split("..")[0][:7] if event.dates else ""
            kind = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", event.cls)  # "aid-shipment"
            parts = [new_entities.slug(kind), *actors, when.replace("..", "")]
            base = "-".join(p for p in parts if p) or "event"
            name, n = base, 2
            while name in taken or name in self.s.register.entities:
                name, n = f"{base}-{n}", n + 1
            taken.add(name)
            event.id, event.reason = name, f"a new {event.cls}: trigger {event.trigger!r}"
