"""An act told first undated and later with its date and the same actors: one event."""

from __future__ import annotations

from kg.suggest.event_record import EVENT, Event


def dated_later(events: list[Event]) -> list[Event]:
    """ "Nepal had arrested X. ... Nepal arrested X in Pokhara in March.": an undated event
    whose trigger is the very word of a later event of its class, dated, whose actors (each
    in its role) include all of its own, is that event told again before its date (a story
    tells the act, then its background); its mentions join the later one, and it is no
    event of its own."""
    gone: set[int] = set()
    for number, event in enumerate(events):
        mine = {(r, m.entity) for r, m in event.actors}
        if event.dates or not mine or event.existing or event.cls != EVENT:
            continue
        for later in events[number + 1 :]:
            theirs = {(r, m.entity) for r, m in later.actors}
            if (
                later.cls == event.cls
                and later.trigger.lower() == event.trigger.lower()
                and later.dates
                and later.sentence > event.sentence
                and mine <= theirs
            ):
                later.occurrences = sorted([*event.occurrences, *later.occurrences])
                gone.add(id(event))
                break
    return [e for e in events if id(e) not in gone]
