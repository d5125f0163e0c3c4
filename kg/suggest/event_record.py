"""The record of one event a report speaks of, and the classes of talks and of remarks.

An :class:`Event` holds where a trigger names it, its class, its actors with their
roles, places, topics, dates and the event it is part of; the finders fill it
(:mod:`kg.suggest.events`, :mod:`kg.suggest.event_roles`, :mod:`kg.suggest.subevents` and
the modules they read) and the rows are made from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.suggest.mentions import Mention
from kg.suggest.when import DateMention

TALKS = ("Meeting", "PhoneCall", "Visit", "Conference")
REMARKS = ("Statement", "PressBriefing")
"""Remarks made "after the talks", the same day."""
EVENT = "Event"
"""The catch-all class, whose triggers name one act each ("detained", "released"): two of
its triggers in a sentence are two acts, not one named twice (:mod:`kg.suggest.events`);
its word told undated and later dated, with the same actors, is one act told twice
(:mod:`kg.suggest.told_later`), where a meeting or statement told twice may be two."""


@dataclass
class Event:
    """An event the report speaks of: where it is named, its class and what the text gives."""

    cls: str
    sentence: int
    start: int  # characters of its first trigger
    end: int
    trigger: str
    id: str = ""
    existing: bool = False
    reason: str = ""
    confidence: float = 0.7
    actors: list[tuple[str, Mention]] = field(default_factory=list)  # (role, mention)
    occurrences: list[tuple[int, int, int]] = field(default_factory=list)
    """Each trigger that names it: (sentence, start, end), "the meeting" too."""
    anchors: dict[int, tuple[int, int]] = field(default_factory=dict)
    """The trigger each actor was found with (by the actor's first character)."""
    places: list[Mention] = field(default_factory=list)
    topics: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    parent: Event | None = None
    inherited: bool = False
    within: set[str] = field(default_factory=set)
    """States the text puts its place in ("Afghanistan" of "in Afghanistan’s Paktika
    province"), for comparing places with other reports'."""
    reporters: list[tuple[str, Mention]] = field(default_factory=list)
    """Who reports it ("the military reported an attack"), no actor of it, but the subject
    of a participle after it (", saying the ensuing clashes")."""
    not_before: str = ""
    not_after: str = ""
    """For an event the text does not date: the date (as written) of an event it follows,
    and of one that follows it (:func:`kg.suggest.event_relations.order_dates`)."""
    published: dt.date | None = None
    """The report's publication date: an event it does not date happened before it."""
    guessed: bool = False
    planned: bool = False  # told as planned or expected (kg.suggest.status.told_as_plan)
    """The parent is inferred from who acts
    (:meth:`kg.suggest.talk_parts.TalkParts._parts_of_talks`), not placed by the text
    ("during the visit")."""
    row: str = ""
    """The trigger table's row its trigger comes from (:attr:`kg.suggest.triggers.Trigger.row`);
    empty for an event no trigger opened (an agreement's point, a council's session)."""

    @property
    def date(self) -> DateMention | None:
        """The date expression of its sentence closest to its trigger; not a day told before
        its trigger that another of its dates counts from ("told reporters on Tuesday that
        he had met X a day earlier": the meeting's is "a day earlier", the saying's Tuesday)."""
        counted = {d.anchor for d in self.dates if d.anchor is not None}
        own = [d for d in self.dates if not (d.start in counted and d.end <= self.start)]
        if not own:
            return None
        return min(own, key=lambda d: abs(d.start - self.start))

    def split(self, person: Mention) -> Event:
        """A copy with one counterpart: "meetings with A and a rare interaction with B"."""
        actors = [(r, m) for r, m in self.actors if m.end <= self.start or m is person]
        return Event(
            self.cls, self.sentence, self.start, self.end, self.trigger, actors=actors,
            anchors=dict(self.anchors), occurrences=list(self.occurrences),
            places=list(self.places), topics=list(self.topics), dates=list(self.dates),
            parent=self.parent, inherited=self.inherited, within=set(self.within),
            published=self.published, row=self.row,
        )  # fmt: skip
