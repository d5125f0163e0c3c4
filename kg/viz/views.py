"""Views from a dataset or a store: the options as the commands take them, and the demo's views.

:func:`view_options` reads the selection as ``kg viz`` and ``kg export``
take it; :func:`view_of` makes the view from an in-memory dataset (the whole
projection, once) or a store, where an ego view fetches only the nodes
within reach of its centers; :func:`write_demo_views` writes the two views of
``kg demo``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.dates import DateRangeError, date_range
from kg.viz.context import load_context
from kg.viz.errors import UnknownNameError
from kg.viz.render import write
from kg.viz.select import DEFAULT_MAX_NODES, View, ViewOptions, select

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.stores.base import GraphStore

DEMO_CENTER = "dubai-meeting-2025-01"
"""The event whose participants the demo's ego view shows."""


def view_options(
    actors: bool = False,
    centers: tuple[str, ...] = (),
    depth: int = 1,
    types: tuple[str, ...] = (),
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> ViewOptions:
    """The options of a view; ``types`` may be repeated and comma-separated (``Person,State``).

    >>> view_options(types=("Person, State", "Meeting")).types
    ('Person', 'State', 'Meeting')
    """
    names = tuple(name.strip() for item in types for name in item.split(",") if name.strip())
    return ViewOptions(
        actors=actors,
        centers=centers,
        depth=depth,
        types=names,
        since=since,
        until=until,
        source=source,
        max_nodes=max_nodes,
        title=title,
    )


def view_of(source: Dataset | GraphStore, options: ViewOptions) -> View:
    """The view the options ask for, from a dataset or a store.

    A dataset is projected whole (once); so is a store for a view without
    centers. An ego view of a store resolves its centers as the lookups do
    (:func:`kg.lookup.names.resolve`) and fetches only the nodes within reach.
    Raises a :class:`~kg.viz.errors.ViewError`, or an
    :class:`~kg.errors.InputError` for a center that names nothing.
    """
    from rdflib import Dataset

    from kg.stores.memory import MemoryStore

    if not isinstance(source, Dataset | MemoryStore):  # rdflib would count for minutes
        refuse_too_large(source, options)
    if isinstance(source, Dataset) or not options.centers:
        return select(load_context(source), options)
    from kg.lookup.backend import StoreBackend
    from kg.lookup.names import resolve

    try:
        window = date_range(options.since, options.until)
    except DateRangeError as exc:
        raise UnknownNameError(str(exc)) from None
    backend = StoreBackend(source)
    centers = [resolve(backend, name, "--center").iri for name in options.centers]
    # In the actor view, actors one step apart share an event (two steps in the
    # graph), and two actors at the edge of the view may share an event one
    # step further out.
    radius = 2 * options.depth + 1 if options.actors else options.depth
    # A date range keeps a node for the events it links to, one step further out.
    radius += 1 if window.bounded else 0
    context = load_context(source, centers, radius, every_source=options.source is not None)
    return select(context, replace(options, centers=tuple(centers)))


_ENTITIES = """
SELECT (COUNT(DISTINCT ?node) AS ?n) WHERE {
  GRAPH kgg:entities { ?node skos:prefLabel ?label ; a ?type . }
  FILTER (STRSTARTS(STR(?type), STR(kg:)))
}
"""
# every entity of the register has a class of kg: (the projection's test); a
# FILTER on it here would cost 1.5 s on 1M quads
_ACTORS = """
SELECT (COUNT(DISTINCT ?actor) AS ?n) WHERE {
  {roles}
  ?claim rdf:predicate ?role ; rdf:subject ?event ; rdf:object ?actor .
  GRAPH kgg:entities { ?event a kg:Event . ?actor skos:prefLabel ?label . }
}
"""


def refuse_too_large(source: Dataset | GraphStore, options: ViewOptions) -> None:
    """Refuse a view over ``max_nodes`` before anything is projected, where one count tells.

    The whole graph and ``--actors`` have as many nodes as one COUNT query
    over the register says (the entities, the actors of an event); the other
    filters only narrow the view (``--types`` also drops the isolates it
    makes), so it is counted once selected. Raises :class:`~kg.viz.errors.ViewTooLargeError`
    with the message :func:`~kg.viz.select.select` gives.
    """
    if options.max_nodes is None or options.centers or options.source is not None:
        return
    if options.types or options.since is not None or options.until is not None:
        return
    from rdflib import URIRef

    from kg.graph.queries import runner
    from kg.graph.terms import read_actor_roles
    from kg.viz.select import too_large

    run = runner(source)
    query = _ENTITIES
    if options.actors:
        roles = " ".join(URIRef(r).n3() for r in sorted(read_actor_roles(run)))
        query = _ACTORS.replace("{roles}", f"VALUES ?role {{ {roles} }}")
    rows = run(query)
    count = int(str(rows[0]["n"])) if rows else 0
    if count > options.max_nodes:
        raise too_large(count, options.max_nodes)


def write_demo_views(dataset: Dataset, folder: Path) -> list[Path]:
    """The demo's views: the whole graph, and the Dubai meeting with its participants."""
    context = load_context(dataset)
    whole = select(context, ViewOptions())
    ego = select(context, ViewOptions(centers=(DEMO_CENTER,), depth=1))
    return [write(whole, folder / "graph.html"), write(ego, folder / f"{DEMO_CENTER}.html")]
