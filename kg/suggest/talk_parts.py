"""The undated acts of the parties to talks told after them, which the talks hold: what
the parties agree, promise, ask or remark there, and the talks' topics from those acts."""

from __future__ import annotations

from kg.suggest.event_record import TALKS, Event
from kg.suggest.register import Register

_ACTS = ("Agreement", "Pledge", "Request")
_DOERS = ("hasInitiator", "hasParticipant", "hasVisitor")
"""What parties to talks do at them, undated in a report about the talks."""


class TalkParts:
    """The events of :class:`kg.suggest.events.EventFinder` that belong to talks by their
    parties, where no words place them inside."""

    register: Register

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

    def _governs(self) -> set[tuple[str, str]]:
        """(government, state) of the register's ``governs`` claims: an agreement of "India
        and the Taliban" is one of a meeting with Afghanistan's minister."""
        return {(c.subject, c.object) for c in self.register.claims if c.predicate == "governs"}
