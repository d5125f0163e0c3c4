"""The shortest paths between two entities, best attested first (``kg path``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.errors import InputError
from kg.graph.model import Node
from kg.lookup.backend import LookupBackend
from kg.lookup.common import (
    NothingFoundError,
    date_text,
    hop_sources_text,
    hop_voice_text,
    name_json,
    nodes_of,
)
from kg.lookup.edges import EdgeWriter
from kg.lookup.names import resolve, resolve_source
from kg.lookup.walk import Hop, Walker, breadth_first

_MAX_PATHS = 10_000
"""Shortest paths enumerated before ranking; the graph is small, the guard is for larger ones."""


@dataclass(frozen=True)
class Step:
    """Two consecutive nodes of a path and every hop between them."""

    start: str
    end: str
    hops: tuple[Hop, ...]

    def support(self) -> int:
        return len({s.source for hop in self.hops for s in hop.sources})


@dataclass
class Paths:
    start: Node
    end: Node
    max_length: int
    via_events: bool
    paths: list[list[Step]]
    total: int
    """How many shortest paths there are (``paths`` may hold fewer)."""
    nodes: dict[str, Node] = field(default_factory=dict)

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        rows = []
        for number, path in enumerate(self.paths, 1):
            for index, step in enumerate(path, 1):
                for hop in step.hops:
                    event = self.nodes.get(hop.event) if hop.event else None
                    rows.append(
                        {
                            "path": number,
                            "step": index,
                            "from": self.nodes[step.start].label,
                            "relation": hop.relation(),
                            "to": self.nodes[step.end].label,
                            "event": event.label if event else "",
                            "kind": event.kind if event else "",
                            "date": date_text(event, short_sources),
                            "disputed": "disputed" if hop.disputed else "",
                            "sources": hop_sources_text(hop, self.nodes, short_sources),
                            "voice": hop_voice_text(hop, short_sources),
                            "evidence": list(dict.fromkeys(s.evidence for s in hop.sources)),
                        }
                    )
        return rows

    def as_json(self) -> dict[str, Any]:
        writer = EdgeWriter(self.nodes)
        return {
            "from": name_json(self.start),
            "to": name_json(self.end),
            "max_length": self.max_length,
            "via_events": self.via_events,
            "total": self.total,
            "paths": [
                {
                    "length": len(path),
                    "nodes": [name_json(self.nodes[path[0].start])]
                    + [name_json(self.nodes[step.end]) for step in path],
                    "steps": [
                        {
                            "source": step.start,
                            "target": step.end,
                            "edges": [writer.edge(hop) for hop in step.hops],
                        }
                        for step in path
                    ],
                }
                for path in self.paths
            ],
            **writer.tables(),  # after the paths: what their edges refer to
        }


def find_paths(
    backend: LookupBackend,
    start: str,
    end: str,
    *,
    max_length: int = 4,
    via_events: bool = True,
    all_paths: bool = False,
    limit: int | None = None,
    source: str | None = None,
) -> Paths:
    """The shortest paths between two entities, walking claims in either direction.

    Paths are ranked best attested first: by the number of sources behind
    their weakest step, then by the sources of all steps, then by labels.
    Without ``all_paths`` only the first is kept; with it, the first
    ``limit`` (all when None). Raises :class:`NothingFoundError` when no path
    is within ``max_length`` hops.
    """
    if max_length < 1:
        raise InputError("the maximum length must be at least 1")
    a, b = resolve(backend, start, "A"), resolve(backend, end, "B")
    if a.iri == b.iri:
        raise InputError(f"both ends are {a.describe()}")
    source = resolve_source(backend, source)
    walker = Walker(backend, via_events=via_events, source=source)
    endpoints = frozenset({a.iri, b.iri})
    levels = breadth_first(
        [a.iri],
        walker.leaving(endpoints),
        max_length,
        prefetch=walker.prefetch,
        until=lambda depths: b.iri in depths,
    )
    depths = levels.depths
    parents: dict[str, dict[str, dict[Any, Hop]]] = defaultdict(lambda: defaultdict(dict))
    for start, end, hop in levels.steps:
        parents[end][start].setdefault(hop.key(), hop)
    if b.iri not in depths:
        raise NothingFoundError(
            f"no path from {a.label} to {b.label} within {max_length} hop(s)"
            f" ({'via events' if via_events else 'direct'})"
        )

    def walk(iri: str) -> Iterator[list[Step]]:
        if iri == a.iri:
            yield []
            return
        for parent in sorted(parents[iri]):
            step = Step(parent, iri, tuple(parents[iri][parent].values()))
            for path in walk(parent):
                yield [*path, step]

    found = []
    for path in walk(b.iri):
        found.append(path)
        if len(found) >= _MAX_PATHS:
            break
    nodes = nodes_of(
        backend,
        {step.start for p in found for step in p}
        | {step.end for p in found for step in p}
        | {h.event for p in found for step in p for h in step.hops if h.event},
    )

    def rank(path: list[Step]) -> tuple[Any, ...]:
        supports = [step.support() for step in path]
        labels = [nodes[step.end].label.casefold() for step in path]
        return (-min(supports), -sum(supports), labels)

    found.sort(key=rank)
    for path in found:
        for index, step in enumerate(path):
            ordered = sorted(step.hops, key=lambda h: (-len(h.source_ids()), h.relation()))
            path[index] = Step(step.start, step.end, tuple(ordered))
    kept = found if all_paths else found[:1]
    if limit is not None:
        kept = kept[:limit]
    return Paths(a, b, max_length, via_events, kept, len(found), nodes)


__all__ = [
    "Paths",
    "Step",
    "find_paths",
]
