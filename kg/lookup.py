"""Neighbourhoods, paths, descriptions, timelines, evidence and search.

Every function takes a :class:`~kg.backend.LookupBackend` and names as the
user types them (resolved by :mod:`kg.resolution`), and returns plain
dataclasses with ``rows()`` (for tables and CSV) and ``as_json()`` (the schema
of ``docs/cli.md``).

Hops run over IRI-to-IRI claims only, in both directions. With ``via_events``
(the default) an event is one hop between any two of its members (the
non-event nodes it has a claim with: participants in every role, places,
topics, commodities), so "who did Vikram Misri meet?" is depth 1; event nodes
then appear only as the entity asked about or an end of a path. With
``via_events=False`` events are ordinary nodes and every claim is one hop.

Errors: :class:`~kg.resolution.InputError` for a name or value that does not
fit (a usage error), :class:`NothingFoundError` for a question the graph has
no answer to.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.backend import Claim, LookupBackend, Name, Node, Span, local_name
from kg.dates import DateRangeError, bound_window, date_range, precision
from kg.errors import KgError
from kg.resolution import (
    InputError,
    Resolver,
    Vocabulary,
    naming,
    normalise,
    register_iri,
    short_source,
    source_vocabulary,
)

_MAX_PATHS = 10_000
"""Shortest paths enumerated before ranking; the graph is small, the guard is for larger ones."""


class NothingFoundError(KgError):
    """The question was understood and the graph has no answer (exit 1)."""


# ---------------------------------------------------------------- resolving input


_RESOLVERS: weakref.WeakKeyDictionary[Any, Resolver] = weakref.WeakKeyDictionary()


def resolver_for(backend: LookupBackend) -> Resolver:
    """The resolver of a backend's register, indexed once per backend."""
    try:
        return _RESOLVERS[backend]
    except KeyError:
        resolver = _RESOLVERS[backend] = Resolver(backend.names())
        return resolver
    except TypeError:  # a backend that cannot be weakly referenced
        return Resolver(backend.names())


def resolve(backend: LookupBackend, text: str, option: str | None = None) -> Node:
    """The node a name, alias, id, CURIE or IRI stands for.

    An id, CURIE or register IRI is looked up alone (on a store, one bound
    query); anything else is resolved against the register's names. Errors
    name ``option`` (``ENTITY``, ``--center``) when given.
    """
    iri = register_iri(text)
    if iri is not None and (found := backend.node(iri)) is not None:
        return found
    with naming(option):
        name = resolver_for(backend).resolve(text)
    node = backend.node(name.iri)
    assert node is not None, name.iri
    return node


def resolve_types(
    backend: LookupBackend, types: Iterable[str], option: str = "--types"
) -> frozenset[str] | None:
    """Class local names, case-insensitive, comma-separated or repeated; None for no filter.

    A class matches its subclasses too (``Actor`` matches persons and states).
    """
    parts = [p.strip() for item in types for p in item.split(",") if p.strip()]
    if not parts:
        return None
    known = sorted({t for name in backend.names() for t in name.types})
    classes = Vocabulary("class", [(t, t) for t in known])
    return frozenset(classes.resolve(part, option) for part in parts) or None


def resolve_source(
    backend: LookupBackend, source: str | None, option: str = "--source"
) -> str | None:
    """A source id, its number or a unique beginning (``002`` for ``002_cc55442e284936d0``)."""
    if source is None:
        return None
    ids = list(backend.source_ids())
    if source in ids:
        return source
    return source_vocabulary(ids).resolve(source, option)


def resolve_predicate(backend: LookupBackend, text: str, option: str = "PREDICATE") -> str:
    """A predicate IRI from an IRI, ``kg:name``, a local name or a label, case-insensitive."""
    predicates = backend.predicates()
    stripped = text.strip().removeprefix("<").removesuffix(">")
    if stripped in predicates:
        return stripped
    names: list[tuple[str, str]] = []
    for iri, label in sorted(predicates.items()):
        names += [(local_name(iri), iri), (label, iri)]
    vocabulary = Vocabulary("predicate", names, show=local_name, key=_squashed)
    return vocabulary.resolve(stripped.removeprefix("kg:"), option)


def _squashed(text: str) -> str:
    """A predicate's name without case, punctuation or spaces: ``has participant``."""
    return normalise(text).replace(" ", "")


# ---------------------------------------------------------------- hops


def role(claim: Claim, member: str) -> str:
    """A member's role in an event as its claim names it: ``participant``, ``place``.

    A ``has ...`` predicate names the role of its object; any other keeps its
    label and direction: ``← sub-event of`` (the member is the object),
    ``has concern →`` (the member is the subject).
    """
    if claim.object == member:
        if claim.label.startswith("has "):
            return claim.label.removeprefix("has ")
        return f"← {claim.label}"
    return f"{claim.label} →"


@dataclass(frozen=True)
class Hop:
    """One step between two nodes: a claim, or two claims through an event.

    ``claims`` is ``(claim,)`` for a direct relation and ``(start's role, end's role)``
    for a hop through ``event``.
    """

    start: str
    end: str
    claims: tuple[Claim, ...]
    event: str | None = None

    @property
    def claim(self) -> Claim:
        """The claim that reaches ``end``."""
        return self.claims[-1]

    @property
    def sources(self) -> tuple[Span, ...]:
        spans = dict.fromkeys(span for claim in self.claims for span in claim.sources)
        return tuple(sorted(spans, key=lambda s: (s.source, s.start or 0, s.evidence)))

    def source_ids(self) -> list[str]:
        return sorted({span.source for span in self.sources})

    @property
    def disputed(self) -> bool:
        return any(claim.disputed for claim in self.claims)

    def key(self) -> tuple[frozenset[str], str | None, frozenset[tuple[str, str, str]]]:
        """The same for the hop walked either way."""
        return (
            frozenset((self.start, self.end)),
            self.event,
            frozenset(c.key() for c in self.claims),
        )

    def relation(self) -> str:
        """``holds position →``, ``← represents``, or the two roles through an event."""
        if self.event is None:
            if self.claim.subject == self.start:
                return f"{self.claim.label} →"
            return f"← {self.claim.label}"
        return f"{role(self.claims[0], self.start)} / {role(self.claims[1], self.end)}"


class _Walker:
    """Hops from a node, per mode, over the claims of one source or of all."""

    def __init__(self, backend: LookupBackend, *, via_events: bool, source: str | None) -> None:
        self.backend = backend
        self.via_events = via_events
        self.source = source
        self._links: dict[str, list[Claim]] = {}

    def name(self, iri: str) -> Name | None:
        return self.backend.name(iri)

    def is_event(self, iri: str) -> bool:
        name = self.backend.name(iri)
        return name is not None and name.is_event

    def prefetch(self, iris: Iterable[str]) -> None:
        """Let a store-backed backend fetch a whole level (and, via events, its events) at once."""
        fetch = getattr(self.backend, "prefetch", None)
        if fetch is None:
            return
        level = list(iris)
        fetch(level)
        if self.via_events:
            fetch({c.other(i) for i in level for c in self.links(i) if self.is_event(c.other(i))})

    def links(self, iri: str) -> list[Claim]:
        if iri not in self._links:
            restricted = (c.restricted(self.source) for c in self.backend.links(iri))
            self._links[iri] = [
                c for c in restricted if c is not None and c.subject != c.object and c.is_link
            ]
        return self._links[iri]

    def hops(self, iri: str, endpoints: frozenset[str]) -> list[Hop]:
        """Every hop leaving ``iri``; events in ``endpoints`` are reachable as nodes."""
        if not self.via_events:
            return [Hop(iri, c.other(iri), (c,)) for c in self.links(iri)]
        if self.is_event(iri):
            return [
                Hop(iri, other, (c,))
                for c in self.links(iri)
                if not self.is_event(other := c.other(iri)) or other in endpoints
            ]
        hops = []
        for claim in self.links(iri):
            other = claim.other(iri)
            if not self.is_event(other) or other in endpoints:
                hops.append(Hop(iri, other, (claim,)))
            if not self.is_event(other):
                continue
            for membership in self.links(other):
                member = membership.other(other)
                if member != iri and not self.is_event(member):
                    hops.append(Hop(iri, member, (claim, membership), event=other))
        return hops


# ---------------------------------------------------------------- JSON pieces


def name_json(name: Name) -> dict[str, Any]:
    return {"iri": name.iri, "id": name.id, "label": name.label, "types": list(name.types)}


def node_json(node: Node, depth: int | None = None, source: str | None = None) -> dict[str, Any]:
    """A node with its literal facts as ``attributes``: predicate label -> values."""
    attributes: dict[str, list[str]] = defaultdict(list)
    for fact in node.facts:
        if fact.restricted(source) is not None and fact.object not in attributes[fact.label]:
            attributes[fact.label].append(fact.object)
    result = name_json(node) | {"aliases": list(node.aliases), "attributes": dict(attributes)}
    if depth is not None:
        result["depth"] = depth
    return result


def claim_json(claim: Claim, names: dict[str, Node]) -> dict[str, Any]:
    """One claim: subject, predicate, object (an IRI or a value) and its sources."""
    return {
        "subject": claim.subject,
        "subject_label": _label(names, claim.subject),
        "predicate": claim.predicate,
        "label": claim.label,
        "object": claim.object,
        "object_label": _label(names, claim.object) if claim.is_link else claim.object,
        "is_link": claim.is_link,
        "disputed": claim.disputed,
        "sources": [span.as_json() for span in claim.sources],
    }


def event_json(event: Node) -> dict[str, Any]:
    return name_json(event) | {
        "when": list(event.when),
        "earliest": event.earliest,
        "latest": event.latest,
    }


def hop_json(hop: Hop, names: dict[str, Node]) -> dict[str, Any]:
    """An edge of ``neighbours`` and ``path`` output (see docs/cli.md)."""
    if hop.event is None:
        source, target = hop.claim.subject, hop.claim.object
    else:
        source, target = hop.start, hop.end
    result: dict[str, Any] = {
        "source": source,
        "target": target,
        "predicate": hop.claim.predicate,
        "label": hop.claim.label,
        "event": event_json(names[hop.event]) if hop.event else None,
    }
    if hop.event is not None:
        result["source_predicate"] = hop.claims[0].predicate
        result["source_label"] = hop.claims[0].label
    result["relation"] = hop.relation()
    result["disputed"] = hop.disputed
    result["sources"] = [span.as_json() for span in hop.sources]
    result["claims"] = [claim_json(c, names) for c in hop.claims]
    return result


def _label(names: dict[str, Node], iri: str) -> str:
    node = names.get(iri)
    return node.label if node else iri


def _types(name: Name | None) -> tuple[str, ...]:
    return name.types if name is not None else ()


def _nodes(backend: LookupBackend, iris: Iterable[str]) -> dict[str, Node]:
    iris = list(iris)
    fetch = getattr(backend, "prefetch_nodes", None)
    if fetch is not None:
        fetch(iris)
    found = {}
    for iri in iris:
        node = backend.node(iri)
        if node is not None:
            found[iri] = node
    return found


def _date_text(node: Node | None) -> str:
    return ", ".join(node.when) if node else ""


def _sources_text(ids: Iterable[str], short: bool) -> list[str]:
    return [short_source(i) if short else i for i in ids]


# ---------------------------------------------------------------- neighbours


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
        for hop in self.hops:
            event = self.nodes.get(hop.event) if hop.event else None
            end = self.nodes[hop.end]
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
                    "date": _date_text(event),
                    "disputed": "disputed" if hop.disputed else "",
                    "sources": _sources_text(hop.source_ids(), short_sources),
                }
            )
        return rows

    def as_json(self) -> dict[str, Any]:
        shown = {self.entity.iri} | {h.start for h in self.hops} | {h.end for h in self.hops}
        members = sorted(shown, key=lambda i: (self.depths[i], self.nodes[i].label.casefold()))
        return {
            "entity": name_json(self.entity),
            "depth": self.depth,
            "via_events": self.via_events,
            "source": self.source,
            "nodes": [node_json(self.nodes[iri], self.depths[iri], self.source) for iri in members],
            "edges": [hop_json(hop, self.nodes) for hop in self.hops],
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
    walker = _Walker(backend, via_events=via_events, source=source)
    depths = {centre.iri: 0}
    seen: set[Any] = set()
    found: list[Hop] = []
    frontier = [centre.iri]
    for level in range(1, depth + 1):
        following = []
        walker.prefetch(frontier)
        for iri in frontier:
            for hop in walker.hops(iri, frozenset({centre.iri})):
                if hop.end not in depths:
                    depths[hop.end] = level
                    following.append(hop.end)
                if depths[hop.end] == level and hop.key() not in seen:  # outward only
                    seen.add(hop.key())
                    found.append(hop)
        frontier = following
    if wanted is not None:
        found = [hop for hop in found if wanted & set(_types(walker.name(hop.end)))]
    if not found:
        scope = f" of class {', '.join(sorted(wanted))}" if wanted else ""
        scope += f" in {source}" if source else ""
        raise NothingFoundError(
            f"no neighbours{scope} of {centre.label} within {depth} hop(s)"
            f" ({'via events' if via_events else 'direct'})"
        )
    nodes = _nodes(
        backend,
        [centre.iri, *(h.start for h in found), *(h.end for h in found)]
        + [h.event for h in found if h.event],
    )

    def order(hop: Hop) -> tuple[Any, ...]:
        event = nodes.get(hop.event) if hop.event else None
        return (
            depths[hop.end],
            hop.start != centre.iri,
            nodes[hop.start].label.casefold(),
            nodes[hop.end].label.casefold(),
            (event.earliest or event.latest) if event else "",
            event.label if event else "",
            hop.relation(),
        )

    return Neighbourhood(centre, depth, via_events, source, depths, sorted(found, key=order), nodes)


# ---------------------------------------------------------------- paths


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
                            "date": _date_text(event),
                            "disputed": "disputed" if hop.disputed else "",
                            "sources": _sources_text(hop.source_ids(), short_sources),
                            "evidence": [s.evidence for s in hop.sources],
                        }
                    )
        return rows

    def as_json(self) -> dict[str, Any]:
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
                            "edges": [hop_json(hop, self.nodes) for hop in step.hops],
                        }
                        for step in path
                    ],
                }
                for path in self.paths
            ],
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
    walker = _Walker(backend, via_events=via_events, source=source)
    endpoints = frozenset({a.iri, b.iri})
    depths = {a.iri: 0}
    parents: dict[str, dict[str, dict[Any, Hop]]] = defaultdict(lambda: defaultdict(dict))
    frontier = [a.iri]
    for level in range(1, max_length + 1):
        following = []
        walker.prefetch(frontier)
        for iri in frontier:
            for hop in walker.hops(iri, endpoints):
                if hop.end not in depths:
                    depths[hop.end] = level
                    following.append(hop.end)
                if depths[hop.end] == level:
                    parents[hop.end][iri].setdefault(hop.key(), hop)
        if b.iri in depths or not following:
            break
        frontier = following
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
    nodes = _nodes(
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


# ---------------------------------------------------------------- describe


@dataclass(frozen=True)
class Fact:
    """A claim as seen from the entity described: ``out`` (its subject) or ``in``."""

    claim: Claim
    direction: str
    value: str
    iri: str | None

    def predicate_text(self) -> str:
        return f"{self.claim.label} →" if self.direction == "out" else f"← {self.claim.label}"


@dataclass
class Description:
    entity: Node
    facts: list[Fact]

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        """One row per fact and source."""
        rows = []
        for fact in self.facts:
            for span in fact.claim.sources:
                rows.append(
                    {
                        "predicate": fact.predicate_text(),
                        "value": fact.value,
                        "id": Name(fact.iri, "").id if fact.iri else "",
                        "disputed": "disputed" if fact.claim.disputed else "",
                        "source": short_source(span.source) if short_sources else span.source,
                        "evidence": span.evidence,
                        "start": span.start,
                        "end": span.end,
                    }
                )
        return rows

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": name_json(self.entity)
            | {
                "aliases": list(self.entity.aliases),
                "when": list(self.entity.when),
                "earliest": self.entity.earliest,
                "latest": self.entity.latest,
            },
            "facts": [
                {
                    "predicate": fact.claim.predicate,
                    "label": fact.claim.label,
                    "direction": fact.direction,
                    "value": fact.value,
                    "iri": fact.iri,
                    "disputed": fact.claim.disputed,
                    "sources": [span.as_json() for span in fact.claim.sources],
                }
                for fact in self.facts
            ],
        }


def describe(backend: LookupBackend, entity: str) -> Description:
    """Every claim about ``entity``: its literal facts, and its links either way."""
    node = resolve(backend, entity, "ENTITY")
    links = backend.links(node.iri)
    others = _nodes(backend, {c.other(node.iri) for c in links})
    facts = [Fact(claim, "out", claim.object, None) for claim in node.facts]
    for claim in links:
        other = claim.other(node.iri)
        direction = "out" if claim.subject == node.iri else "in"
        facts.append(Fact(claim, direction, _label(others, other), other))
    facts.sort(key=lambda f: (f.direction != "out", f.claim.label, f.value.casefold()))
    return Description(node, facts)


# ---------------------------------------------------------------- timeline


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
            f"{d.value} ({', '.join(_sources_text(d.sources, short_sources))})" for d in self.dates
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
                "sources": _sources_text(entry.sources, short_sources),
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
        iris = []
        for claim in backend.links(node.iri):
            other = backend.name(claim.other(node.iri))
            if other is not None and other.is_event:
                iris.append(other.iri)
        if node.is_event:
            iris.append(node.iri)
    entries = []
    undated = 0
    for iri in dict.fromkeys(iris):
        event = backend.node(iri)
        if event is None:
            continue
        dates = [
            (fact.object, fact.source_ids())
            for fact in event.facts
            if local_name(fact.predicate) == "hasTime"
        ]
        if not window.holds(dates):
            undated += not dates
            continue
        entries.append(_entry(backend, event, node))
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


def _entry(backend: LookupBackend, event: Node, entity: Node | None) -> Entry:
    dates = [
        Dating(fact.object, precision(fact.object), tuple(fact.source_ids()))
        for fact in event.facts
        if local_name(fact.predicate) == "hasTime"
    ]
    dates.sort(key=lambda d: (d.sources, d.value))
    links = backend.links(event.iri)
    members = _nodes(backend, {c.other(event.iri) for c in links})
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


# ---------------------------------------------------------------- why


@dataclass
class Explanation:
    claims: list[Claim]
    nodes: dict[str, Node]

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        rows = []
        for claim in self.claims:
            for span in claim.sources:
                rows.append(
                    {
                        "subject": _label(self.nodes, claim.subject),
                        "predicate": claim.label,
                        "object": _label(self.nodes, claim.object)
                        if claim.is_link
                        else claim.object,
                        "disputed": "disputed" if claim.disputed else "",
                        "source": short_source(span.source) if short_sources else span.source,
                        "evidence": span.evidence,
                        "start": span.start,
                        "end": span.end,
                    }
                )
        return rows

    def as_json(self) -> list[dict[str, Any]]:
        return [claim_json(claim, self.nodes) for claim in self.claims]


def why(backend: LookupBackend, subject: str, predicate: str, obj: str) -> Explanation:
    """The claim ``subject predicate object`` with its sources and evidence spans.

    The object is an entity name, or a value for a literal-valued predicate
    (``2025-01``, ``300 tonne``: matched ignoring case and punctuation, in
    full or, failing that, as part of the value).
    """
    node = resolve(backend, subject, "SUBJECT")
    predicate_iri = resolve_predicate(backend, predicate)
    facts = [f for f in node.facts if f.predicate == predicate_iri]
    if facts:
        needle = normalise(obj)
        matched = [f for f in facts if normalise(f.object) == needle] or [
            f for f in facts if needle and needle in normalise(f.object)
        ]
        if not matched:
            values = "; ".join(f.object for f in facts)
            raise NothingFoundError(
                f"{node.label} has no {facts[0].label!r} claim matching {obj!r} (it has: {values})"
            )
        return Explanation(matched, {node.iri: node})
    target = resolve(backend, obj, "OBJECT")
    links = backend.links(node.iri)
    claims = [
        c
        for c in links
        if c.subject == node.iri and c.predicate == predicate_iri and c.object == target.iri
    ]
    if not claims:
        label = backend.predicates().get(predicate_iri, local_name(predicate_iri))
        message = f"no claim {node.label!r} {label!r} {target.label!r}"
        reverse = [
            c
            for c in links
            if c.object == node.iri and c.predicate == predicate_iri and c.subject == target.iri
        ]
        if reverse:
            message += f"; the sources say {target.label!r} {label!r} {node.label!r}"
        raise NothingFoundError(message)
    return Explanation(claims, {node.iri: node, target.iri: target})


def why_edges(backend: LookupBackend, document: Any) -> Explanation:
    """The claims behind edges in the JSON of ``neighbours`` or ``path``.

    ``document`` is one edge, a list of edges, or a whole ``neighbours`` or
    ``path`` output; each edge's ``claims`` (or its ``source``, ``predicate``
    and ``target``) are looked up again in the graph.
    """
    wanted: list[tuple[str, str, str]] = []
    try:
        edges = _edges_of(document)
    except (KeyError, TypeError, AttributeError):
        raise InputError(
            "expected edges as `kg neighbours --json` or `kg path --json` writes them"
        ) from None
    for edge in edges:
        if not isinstance(edge, dict):
            raise InputError("an edge must be a JSON object")
        claims = edge.get("claims") or [
            {
                "subject": edge.get("source"),
                "predicate": edge.get("predicate"),
                "object": edge.get("target"),
            }
        ]
        for claim in claims:
            if not isinstance(claim, dict):
                raise InputError("an edge's claims must be objects")
            key = (claim.get("subject"), claim.get("predicate"), claim.get("object"))
            if not all(isinstance(part, str) for part in key):
                raise InputError("an edge needs source, predicate and target (or claims)")
            wanted.append(key)  # type: ignore[arg-type]
    if not wanted:
        raise InputError("no edges in the input")
    found: dict[tuple[str, str, str], Claim] = {}
    for subject, predicate, obj in wanted:
        node = backend.node(subject)
        candidates = [*backend.links(subject), *(node.facts if node else ())]
        match = next(
            (c for c in candidates if c.key() == (subject, predicate, obj)),
            None,
        )
        if match is None:
            raise NothingFoundError(f"no claim {subject} {predicate} {obj} in the graph")
        found.setdefault(match.key(), match)
    claims = list(found.values())
    nodes = _nodes(backend, {c.subject for c in claims} | {c.object for c in claims if c.is_link})
    return Explanation(claims, nodes)


def _edges_of(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, list):
        return [edge for item in document for edge in _edges_of(item)]
    if not isinstance(document, dict):
        raise InputError("expected a JSON object or list of edges")
    if "edges" in document and "target" not in document:
        return _edges_of(document["edges"])
    if "paths" in document:
        return [
            edge for path in document["paths"] for step in path["steps"] for edge in step["edges"]
        ]
    if "steps" in document:
        return [edge for step in document["steps"] for edge in step["edges"]]
    return [document]


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class Match:
    field: str
    """``label``, ``alias`` or ``evidence``."""
    text: str
    source: str | None = None


@dataclass(frozen=True)
class Hit:
    name: Name
    matches: tuple[Match, ...]


@dataclass
class SearchResult:
    text: str
    hits: list[Hit]

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        return [
            {
                "id": hit.name.id,
                "label": hit.name.label,
                "type": hit.name.kind,
                "matched": list(dict.fromkeys(m.field for m in hit.matches)),
                "text": hit.matches[0].text,
                "sources": _sources_text(
                    sorted({m.source for m in hit.matches if m.source}), short_sources
                ),
            }
            for hit in self.hits
        ]

    def as_json(self) -> list[dict[str, Any]]:
        return [
            name_json(hit.name)
            | {
                "matches": [
                    {"field": m.field, "text": m.text, "source": m.source} for m in hit.matches
                ]
            }
            for hit in self.hits
        ]


_FIELD_ORDER = {"label": 0, "alias": 1, "evidence": 2}


def search(backend: LookupBackend, text: str) -> SearchResult:
    """Entities and events whose label, aliases or evidence contain ``text``.

    Compared ignoring case, accents and punctuation. Evidence counts for the
    subject of its claim. Label matches come first, then aliases, then
    evidence. Raises :class:`NothingFoundError` when nothing matches, with
    the closest names as the resolver suggests them.
    """
    needle = normalise(text)
    if not needle:
        raise InputError("search for what? the text has no letters or digits")
    matches: dict[str, dict[Match, None]] = defaultdict(dict)
    names = {name.iri: name for name in backend.names()}
    for name in names.values():
        if needle in normalise(name.label):
            matches[name.iri][Match("label", name.label)] = None
        for alias in name.aliases:
            if needle in normalise(alias):
                matches[name.iri][Match("alias", alias)] = None
    for claim in backend.claims_with_evidence(text):
        if claim.subject in names:
            for span in claim.sources:
                matches[claim.subject][Match("evidence", span.evidence, span.source)] = None
    if not matches:
        close = resolver_for(backend).closest(needle)
        hint = "; did you mean " + " or ".join(n.describe() for n in close) + "?" if close else ""
        raise NothingFoundError(f"no entity, event or evidence contains {text!r}{hint}")
    hits = [Hit(names[iri], tuple(found)) for iri, found in matches.items()]
    hits.sort(
        key=lambda h: (
            min(_FIELD_ORDER[m.field] for m in h.matches),
            h.name.is_event,
            h.name.label.casefold(),
        )
    )
    return SearchResult(text, hits)


__all__ = [
    "Description",
    "Explanation",
    "Hop",
    "Neighbourhood",
    "NothingFoundError",
    "Paths",
    "SearchResult",
    "Timeline",
    "describe",
    "find_paths",
    "neighbourhood",
    "resolve",
    "search",
    "short_source",
    "timeline",
    "why",
    "why_edges",
]
