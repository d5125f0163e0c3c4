"""What is around an entity: the hops within a depth of it (``kg neighbours``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.graph.model import Name, Node
from kg.lookup.common import (
    NothingFoundError,
    date_text,
    hop_sources_text,
    hop_voice_text,
    name_json,
    node_json,
    nodes_of,
)
from kg.lookup.edges import EdgeWriter
from kg.lookup.names import resolve, resolve_source, resolve_types
from kg.lookup.walk import Hop, Walker, breadth_first

if TYPE_CHECKING:
    from kg.lookup.backend import LookupBackend


@dataclass
class Neighbourhood:
    entity: Node
    depth: int
    via_events: bool
    source: str | None
    depths: dict[str, int]
    hops: list[Hop]
    nodes: dict[str, Node]

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        """One row per hop: neighbour, relation, event (kind, date) and sources."""
        rows = []
        dates: dict[str, str] = {}  # an event's dates, made once for its many hops
        for hop in self.hops:
            event = self.nodes.get(hop.event) if hop.event else None
            end = self.nodes[hop.end]
            date = dates.get(hop.event or "")
            if date is None:
                date = dates[hop.event or ""] = date_text(event, short_sources)
            rows.append(
                {
                    "depth": self.depths[hop.end],
                    "from": self.nodes[hop.start].label,
                    "neighbour": end.label,
                    "id": end.id,
                    "type": end.kind,
                    "relation": hop.relation(),
                    "event": event.label if event else "",
                    "kind": event.kind if event else "",
                    "date": date,
                    "disputed": "disputed" if hop.disputed else "",
                    "sources": hop_sources_text(hop, self.nodes, short_sources),
                    "voice": hop_voice_text(hop, short_sources),
                }
            )
        return rows

    def as_json(self) -> dict[str, Any]:
        shown = {self.entity.iri} | {h.start for h in self.hops} | {h.end for h in self.hops}
        members = sorted(shown, key=lambda i: (self.depths[i], self.nodes[i].label.casefold()))
        writer = EdgeWriter(self.nodes)
        edges = [writer.edge(hop) for hop in self.hops]
        return {
            "entity": name_json(self.entity),
            "depth": self.depth,
            "via_events": self.via_events,
            "source": self.source,
            "nodes": [node_json(self.nodes[iri], self.depths[iri], self.source) for iri in members],
            "edges": edges,
            **writer.tables(),
        }


def neighbourhood(
    backend: LookupBackend,
    entity: str,
    *,
    depth: int = 1,
    via_events: bool = True,
    types: Iterable[str] = (),
    source: str | None = None,
) -> Neighbourhood:
    """The hops within ``depth`` of ``entity``, breadth first.

    Every hop leads one step further out: from a node at depth d to one at
    d + 1 (all such hops, so a node reached several ways has a row for each).

    ``types`` keeps the hops whose far end has one of the classes (the walk
    still goes through every node); ``source`` keeps the claims of one source.
    Raises :class:`NothingFoundError` when no hop is left.
    """
    if depth < 1:
        raise InputError("depth must be at least 1")
    centre = resolve(backend, entity, "ENTITY")
    wanted = resolve_types(backend, types)
    source = resolve_source(backend, source)
    walker = Walker(backend, via_events=via_events, source=source)
    levels = breadth_first(
        [centre.iri], walker.leaving(frozenset({centre.iri})), depth, prefetch=walker.prefetch
    )
    depths = levels.depths
    seen: set[Any] = set()
    found: list[Hop] = []
    for _, _, hop in levels.steps:
        key = hop.key()
        if key not in seen:
            seen.add(key)
            found.append(hop)
    if wanted is not None:
        found = [hop for hop in found if wanted & set(_types(walker.name(hop.end)))]
    if not found:
        scope = f" of class {', '.join(sorted(wanted))}" if wanted else ""
        scope += f" in {source}" if source else ""
        raise NothingFoundError(
            f"no neighbours{scope} of {centre.label} within {depth} hop(s)"
            f" ({'via events' if via_events else 'direct'})"
        )
    nodes = nodes_of(
        backend,
        [centre.iri, *(h.start for h in found), *(h.end for h in found)]
        + [h.event for h in found if h.event],
    )

    folded = {iri: node.label.casefold() for iri, node in nodes.items()}

    def order(hop: Hop) -> tuple[Any, ...]:
        event = nodes.get(hop.event) if hop.event else None
        return (
            depths[hop.end],
            hop.start != centre.iri,
            folded[hop.start],
            folded[hop.end],
            (event.earliest or event.latest) if event else "",
            event.label if event else "",
            hop.relation(),
        )

    return Neighbourhood(centre, depth, via_events, source, depths, sorted(found, key=order), nodes)


def _types(name: Name | None) -> tuple[str, ...]:
    return name.types if name is not None else ()


__all__ = [
    "Neighbourhood",
    "neighbourhood",
]
