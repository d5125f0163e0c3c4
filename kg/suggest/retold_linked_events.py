"""An undated event told again after the report named a register event of its class is that
register event, not a new one (``kg suggest``)."""

from __future__ import annotations

from kg.suggest.event_record import Event


def join_linked(events: list[Event]) -> None:
    """A new event with no date of its own whose actors, each in its role, are all actors of
    the report's one linked event of its class ("India's humanitarian aid ... the shipments
    of wheat": the aid the register knows) takes that event's id. Not where the report
    links two events of the class (which one is unsure), nor an event with no actor."""
    linked: dict[str, list[Event]] = {}
    for event in events:
        if event.existing:
            linked.setdefault(event.cls, []).append(event)
    for event in events:
        if event.existing or event.dates or not event.actors:
            continue
        ids = {e.id for e in linked.get(event.cls, [])}
        if len(ids) != 1:
            continue
        mine = {(r, m.entity) for r, m in event.actors}
        theirs = {(r, m.entity) for e in linked[event.cls] for r, m in e.actors}
        if mine <= theirs:
            event.id, event.existing = next(iter(ids)), True
            event.reason = f"told again: {event.id}"
