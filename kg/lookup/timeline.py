"""Events in date order with every date the sources give (``kg timeline``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.dates import DateRangeError, bound_window, date_range, precision
from kg.errors import InputError
from kg.graph.model import Node, local_name
from kg.lookup.backend import LookupBackend
from kg.lookup.common import NothingFoundError, name_json, nodes_of, sources_text
from kg.lookup.names import resolve
from kg.lookup.walk import role


def date_bounds(text: str) -> tuple[str, str]:
    """The first and last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date covers.

    >>> date_bounds("2024-02")
    ('2024-02-01', '2024-02-29')
    """
    try:
        first, last = bound_window(text)
    except ValueError:
        raise InputError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return first, last


@dataclass(frozen=True)
class Dating:
    """One date the sources give an event, with the sources that give it."""

    value: str
    precision: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    event: Node
    dates: tuple[Dating, ...]
    actors: tuple[Node, ...]
    roles: tuple[str, ...]
    sources: tuple[str, ...]

    def date_text(self, short_sources: bool = False) -> str:
        """One date, or every date with its sources where the sources differ."""
        if len(self.dates) == 1:
            return self.dates[0].value
        return "; ".join(
            f"{d.value} ({', '.join(sources_text(d.sources, short_sources))})" for d in self.dates
        )


@dataclass
class Timeline:
    entity: Node | None
    since: str | None
    until: str | None
    entries: list[Entry]
    undated_left_out: int = 0
    """Events with no date, left out because a bound was given."""

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        return [
            {
                "date": entry.date_text(short_sources),
                "event": entry.event.label,
                "id": entry.event.id,
                "kind": entry.event.kind,
                "role": list(entry.roles),
                "actors": [actor.label for actor in entry.actors],
                "sources": sources_text(entry.sources, short_sources),
            }
            for entry in self.entries
        ]

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": name_json(self.entity) if self.entity else None,
            "since": self.since,
            "until": self.until,
            "undated_left_out": self.undated_left_out,
            "events": [
                name_json(entry.event)
                | {
                    "earliest": entry.event.earliest,
                    "latest": entry.event.latest,
                    "dates": [
                        {"value": d.value, "precision": d.precision, "sources": list(d.sources)}
                        for d in entry.dates
                    ],
                    "roles": list(entry.roles),
                    "actors": [name_json(actor) for actor in entry.actors],
                    "sources": list(entry.sources),
                }
                for entry in self.entries
            ],
        }


def timeline(
    backend: LookupBackend,
    entity: str | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
) -> Timeline:
    """Events in date order, each with every date the sources give and who took part.

    With ``entity``, the events it has a claim with (and itself, if an event).
    ``since``/``until`` keep the events inside the range by the rule of
    :mod:`kg.dates` (an event known only to be "up to 9 January 2025" is not
    inside January 2025; undated events are left out and counted). Raises
    :class:`NothingFoundError` when no event is left.
    """
    try:
        window = date_range(since, until)
    except DateRangeError as exc:
        raise InputError(str(exc)) from None
    node = resolve(backend, entity, "ENTITY") if entity else None
    if node is None:
        iris = [name.iri for name in backend.names() if name.is_event]
    else:
        linked = nodes_of(backend, (claim.other(node.iri) for claim in backend.links(node.iri)))
        iris = [iri for iri, other in linked.items() if other.is_event]
        if node.is_event:
            iris.append(node.iri)
    events = nodes_of(backend, iris)
    kept: list[Node] = []
    undated = 0
    for event in events.values():
        dates = [
            (fact.object, fact.source_ids())
            for fact in event.facts
            if local_name(fact.predicate) == "hasTime"
        ]
        if not window.holds(dates):
            undated += not dates
            continue
        kept.append(event)
    fetch_links = getattr(backend, "prefetch", None)
    if fetch_links is not None:  # a store: the events' claims in a few queries, not one each
        fetch_links([event.iri for event in kept])
    members = nodes_of(backend, (c.other(e.iri) for e in kept for c in backend.links(e.iri)))
    entries = [_entry(backend, event, node, members) for event in kept]
    if not entries:
        about = f" of {node.label}" if node else ""
        scope = f" {window.text()}" if window.bounded else ""
        left = f" ({undated} undated event(s) left out)" if undated else ""
        raise NothingFoundError(f"no events{about}{scope}{left}")
    entries.sort(
        key=lambda e: (
            e.event.earliest or e.event.latest or "~",
            e.event.latest or "~",
            e.event.label.casefold(),
        )
    )
    return Timeline(node, since, until, entries, undated)


def _entry(
    backend: LookupBackend, event: Node, entity: Node | None, members: dict[str, Node]
) -> Entry:
    dates = [
        Dating(fact.object, precision(fact.object), tuple(fact.source_ids()))
        for fact in event.facts
        if local_name(fact.predicate) == "hasTime"
    ]
    dates.sort(key=lambda d: (d.sources, d.value))
    links = backend.links(event.iri)
    actors = sorted(
        {
            members[c.object].iri: members[c.object]
            for c in links
            if c.subject == event.iri and c.object in members and "Actor" in members[c.object].types
        }.values(),
        key=lambda n: n.label.casefold(),
    )
    roles: tuple[str, ...] = ()
    if entity is not None and entity.iri != event.iri:
        roles = tuple(
            sorted({role(c, entity.iri) for c in links if c.other(event.iri) == entity.iri})
        )
    sources = sorted(
        {s.source for c in (*event.facts, *links) if event.iri == c.subject for s in c.sources}
    )
    return Entry(event, tuple(dates), tuple(actors), roles, tuple(sources))


__all__ = [
    "Dating",
    "Entry",
    "Timeline",
    "date_bounds",
    "timeline",
]
