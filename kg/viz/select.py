"""Select what a view shows: filters, an ego network, and the actor projection.

Two projections of the same graph:

- the **event view** (the default) is the projection itself: events are nodes
  linked to their participants, place and topics, beside the other relations
  between entities;
- the **actor view** links two actors when they took part in the same event
  (through a role such as ``hasParticipant`` or ``hasInitiator``, the
  sub-properties of ``sem:hasActor``); an edge's weight is the number of
  events they share, and the edge lists them.

Filters apply in this order: one source's claims (``source``), the date range
(``since``/``until``, by the rule of :mod:`kg.dates`: the events inside it and
the nodes they link to; undated events are left out and counted),
the actor projection, the ego network (``centers`` and ``depth``), the classes
(``types``; the centers stay).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from kg.dates import DateRange, DateRangeError, combined, date_range
from kg.errors import InputError
from kg.graph.model import Evidence, Fact, name_from
from kg.graph.terms import ClassInfo
from kg.lookup.names import Resolver
from kg.lookup.walk import breadth_first
from kg.viz.context import ViewContext
from kg.viz.errors import EmptyViewError, UnknownNameError, ViewTooLargeError
from kg.vocabulary import Vocabulary, naming, source_vocabulary

if TYPE_CHECKING:
    import networkx as nx

DEFAULT_MAX_NODES = 2000
_HAS_TIME = "#hasTime"


@dataclass(frozen=True)
class ViewOptions:
    """What to show. The defaults give the whole graph as the event view."""

    actors: bool = False
    centers: tuple[str, ...] = ()
    depth: int = 1
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    source: str | None = None
    max_nodes: int | None = DEFAULT_MAX_NODES
    """Refuse views larger than this; ``None`` for no limit (exports)."""
    title: str | None = None


@dataclass
class View:
    """A selected graph, ready to lay out, render or export.

    ``graph`` is a ``MultiDiGraph`` for the event view (node and edge
    attributes as in :func:`kg.graph.projection.project`) and a ``Graph`` for the
    actor view (edge attributes ``weight``, ``label`` and ``events``, a list
    of the shared events as dicts).
    """

    kind: str
    graph: Any
    title: str
    context: ViewContext
    filters: list[str] = field(default_factory=list)
    centers: list[str] = field(default_factory=list)
    undated_left_out: int = 0
    """Events with no date, left out because ``since`` or ``until`` was given."""


def select(context: ViewContext, options: ViewOptions) -> View:
    """The view the options ask for; raise a :class:`~kg.viz.errors.ViewError` if none."""
    graph = context.graph
    filters: list[str] = []
    if options.source is not None:
        source = _known_source(context, options.source)
        graph = _one_source(graph, source)
        info = context.sources[source]
        filters.append(
            f"claims of source {source}" + (f" ({info.headline})" if info.headline else "")
        )
    window = _bound(options.since, options.until)
    undated = 0
    if window.bounded:
        graph, undated = _in_range(graph, window)
        if graph.number_of_nodes() == 0 and not options.centers:  # centers say it below
            left = f" ({undated} undated event(s) left out)" if undated else ""
            raise EmptyViewError(f"nothing to show: no event {window.text()}{left}")
        filters.append(_range_text(window))
    kind = "events"
    if options.actors:
        graph = actor_projection(graph, context.actor_roles)
        kind = "actors"
    centers: list[str] = []
    if options.centers:
        centers = _resolve_centers(context, options.centers)
        if options.actors:
            centers = _actors_of(context, centers)
        missing = [c for c in centers if c not in graph]
        if missing:
            names = ", ".join(context.graph.nodes[c]["label"] for c in missing)
            raise EmptyViewError(f"{names}: not in the view (left out by the other filters)")
        graph = ego(graph, centers, options.depth)
        labels = ", ".join(context.graph.nodes[c]["label"] for c in centers)
        filters.append(f"around {labels}, depth {options.depth}")
    if options.types:
        wanted = [resolve_class(context.classes, name) for name in options.types]
        graph = _of_classes(graph, context, set(wanted), set(centers))
        filters.append("classes " + ", ".join(context.classes[c].label for c in wanted))
    if graph.number_of_nodes() == 0:
        raise EmptyViewError("nothing to show: no node matches the selection")
    count = graph.number_of_nodes()
    if options.max_nodes is not None and count > options.max_nodes:
        raise too_large(count, options.max_nodes)
    title = options.title or _title(kind, filters)
    return View(kind, graph, title, context, filters, centers, undated)


def too_large(count: int, limit: int) -> ViewTooLargeError:
    """The error of a view of ``count`` nodes, over ``limit``: what to do instead."""
    return ViewTooLargeError(
        f"the view has {count} nodes, more than the limit of {limit} that a "
        "browser lays out comfortably: narrow it with --center LABEL --depth N, --types, "
        "--since/--until or --source, use the actor view (--actors), or raise --max-nodes"
    )


def actor_projection(graph: nx.MultiDiGraph, roles: frozenset[str]) -> nx.Graph:
    """Actors linked by the events they share; edge ``weight`` = number of shared events.

    An actor of an event is the object of one of the event's role edges
    (``roles``: the sub-properties of ``sem:hasActor``).
    """
    import networkx as nx

    actors_graph = nx.Graph()
    shared: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for event in sorted(graph.nodes):
        data = graph.nodes[event]
        if not data["is_event"]:
            continue
        roles_of: dict[str, list[str]] = {}
        sources_of: dict[str, list[Evidence]] = {}
        for _, actor, key, edge in sorted(graph.out_edges(event, keys=True, data=True)):
            if key in roles:
                roles_of.setdefault(actor, []).append(edge["label"])
                sources_of.setdefault(actor, []).extend(edge["sources"])
        for actor in roles_of:
            if actor not in actors_graph:
                actors_graph.add_node(actor, **graph.nodes[actor])
        for first, second in itertools.combinations(sorted(roles_of), 2):
            evidence: list[Evidence] = []
            for item in sources_of[first] + sources_of[second]:
                if item not in evidence:
                    evidence.append(item)
            shared.setdefault((first, second), []).append(
                {
                    "event": event,
                    "label": data["label"],
                    "type_label": data["type_label"],
                    "when": list(data["when"]),
                    "earliest": data["earliest"],
                    "latest": data["latest"],
                    "dates": event_dates(data),
                    "roles": {first: roles_of[first], second: roles_of[second]},
                    "sources": evidence,
                }
            )
    for (first, second), events in sorted(shared.items()):
        count = len(events)
        actors_graph.add_edge(
            first,
            second,
            weight=count,
            label=str(count),
            events=events,
        )
    return actors_graph


def ego(graph: Any, centers: list[str], depth: int) -> Any:
    """The nodes within ``depth`` steps of any center (edges in either direction)."""
    undirected = graph.to_undirected(as_view=True)
    walk = breadth_first(
        centers, lambda node: ((n, None) for n in undirected.neighbors(node)), depth
    )
    return graph.subgraph(sorted(walk.depths)).copy()


def _one_source(graph: nx.MultiDiGraph, source: str) -> nx.MultiDiGraph:
    """Only the claims of one source: its edges and its facts, its dates."""
    import networkx as nx

    result = nx.MultiDiGraph()
    facts: dict[str, list[Fact]] = {}
    for node, data in graph.nodes(data=True):
        kept = [
            replace(f, sources=[e for e in f.sources if e.source == source])
            for f in data["facts"]
            if any(e.source == source for e in f.sources)
        ]
        if kept:
            facts[node] = kept
    edges = []
    for subject, obj, key, data in graph.edges(keys=True, data=True):
        evidence = [e for e in data["sources"] if e.source == source]
        if evidence:
            edges.append((subject, obj, key, {**data, "sources": evidence}))
    nodes = set(facts) | {e[0] for e in edges} | {e[1] for e in edges}
    for node in sorted(nodes):
        data = dict(graph.nodes[node])
        data["facts"] = facts.get(node, [])
        data["aliases"] = list(data["aliases"])
        whens = sorted({f.value for f in data["facts"] if f.predicate.endswith(_HAS_TIME)})
        data["when"] = whens
        data["earliest"], data["latest"] = combined(whens) if whens else ("", "")
        result.add_node(node, **data)
    for subject, obj, key, data in edges:
        result.add_edge(subject, obj, key=key, **data)
    return result


def event_dates(data: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """An event's dates as written, each with the ids of the sources that give it.

    What :func:`kg.dates.judged_windows` and :meth:`kg.dates.DateRange.holds` take.
    """
    return [
        (f.value, [e.source for e in f.sources])
        for f in data["facts"]
        if f.predicate.endswith(_HAS_TIME)
    ]


def _in_range(graph: nx.MultiDiGraph, window: DateRange) -> tuple[Any, int]:
    """The events inside the range, the nodes they link to and the edges among those.

    Also returns how many events were left out for having no date at all.
    """
    inside: set[str] = set()
    undated = 0
    for node, data in graph.nodes(data=True):
        if not data["is_event"]:
            continue
        dates = event_dates(data)
        if window.holds(dates):
            inside.add(node)
        elif not dates:
            undated += 1
    linked = {
        other
        for node in inside
        for other in (*graph.successors(node), *graph.predecessors(node))
        if not graph.nodes[other]["is_event"]
    }
    return graph.subgraph(sorted(inside | linked)).copy(), undated


def _of_classes(graph: Any, context: ViewContext, wanted: set[str], centers: set[str]) -> Any:
    """The nodes of the wanted classes (and the centers), without the isolates this makes.

    A node that had an edge and has none among the kept nodes says nothing in
    the view and is dropped, unless no node keeps an edge (a view of one class
    with no edge among itself, such as persons alone, lists them).
    """
    keep = [
        node
        for node, data in graph.nodes(data=True)
        if node in centers or context.classes[data["type"]].ancestors & wanted
    ]
    kept = graph.subgraph(sorted(keep))
    stranded = {
        node
        for node in kept
        if node not in centers and kept.degree(node) == 0 and graph.degree(node) > 0
    }
    if kept.number_of_edges() and stranded:
        keep = [node for node in keep if node not in stranded]
    return graph.subgraph(sorted(keep)).copy()


def _actors_of(context: ViewContext, centers: list[str]) -> list[str]:
    """In the actor view an event stands for its actors."""
    result: list[str] = []
    for center in centers:
        if context.graph.nodes[center]["is_event"]:
            result += sorted(
                actor
                for _, actor, key in context.graph.out_edges(center, keys=True)
                if key in context.actor_roles
            )
        else:
            result.append(center)
    return list(dict.fromkeys(result))


def _bound(since: str | None, until: str | None) -> DateRange:
    try:
        return date_range(since, until)
    except DateRangeError as exc:
        raise UnknownNameError(str(exc)) from None


def _range_text(window: DateRange) -> str:
    return "events " + window.text()


def _title(kind: str, filters: list[str]) -> str:
    base = "Events and their participants" if kind == "events" else "Actors by shared events"
    return base + (": " + "; ".join(filters) if filters else ": the whole graph")


def entity_id(iri: str) -> str:
    """The register id of an entity IRI (its last path segment)."""
    return iri.rsplit("/", 1)[-1]


def _resolve_centers(context: ViewContext, names: tuple[str, ...]) -> list[str]:
    """Each center as an IRI: given as one, or resolved as ``kg neighbours`` resolves names.

    The register is read from the projection once, and only when a name is
    not already an IRI of the graph (an ego view of a store gets IRIs).
    """
    resolver: Resolver | None = None
    centers = []
    for name in names:
        if name in context.graph:
            centers.append(name)
            continue
        if resolver is None:
            resolver = view_resolver(context.graph)
        with _as_view_error("--center"):
            centers.append(resolver.resolve(name).iri)
    return centers


def view_resolver(graph: Any) -> Resolver:
    """The resolver of the names of a projected graph's nodes."""
    return Resolver(name_from(graph, iri) for iri in graph.nodes)


def resolve_class(classes: dict[str, ClassInfo], name: str) -> str:
    """The IRI of a class named by ``--types`` (local name or label, any case)."""
    names = [(n, iri) for iri, info in classes.items() for n in (info.name, info.label)]
    vocabulary = Vocabulary("class", sorted(names), show=lambda iri: classes[iri].name)
    with _as_view_error("--types"):
        return vocabulary.resolve(name)
    raise AssertionError("unreachable")  # pragma: no cover


def _known_source(context: ViewContext, source: str) -> str:
    if source in context.sources:
        return source
    with _as_view_error("--source"):
        return source_vocabulary(context.sources).resolve(source)
    raise AssertionError("unreachable")  # pragma: no cover


@contextlib.contextmanager
def _as_view_error(option: str) -> Iterator[None]:
    """A name that resolves to nothing or to several things, as a view's usage error.

    The message is the resolver's, the same as the lookup commands give.
    """
    try:
        with naming(option):
            yield
    except InputError as exc:
        raise UnknownNameError(str(exc)) from None
