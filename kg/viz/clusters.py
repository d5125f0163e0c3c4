"""What the page needs to fold and cluster a view, computed once in Python.

The page's ``static/clusters.js`` offers two ways to make a large view
readable, and this module gives it the data for both:

- **Folding**: a topic, commodity or position (a *satellite*) is hidden and
  counted on a badge on the nodes it hangs from (its neighbours that are not
  satellites themselves: the events that discuss a topic, the persons and
  states a position belongs to). :func:`cluster_data` lists each satellite's
  hosts.
- **Clusters**: by class (the page groups the nodes by their class) or by
  community: the communities of the view's undirected, simple graph found by
  the multilevel (Louvain) method of igraph's C core, with a seeded random
  generator so that the same view gives the same communities. Each community
  is named by its hubs (the members it shows with the most connections).

Large views open folded (above :data:`FOLD_ABOVE` nodes) and clustered by
community (above :data:`CLUSTER_ABOVE` nodes, a community of at least
:data:`SMALLEST` members a cluster); the page's controls change both.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.viz.select import View

FOLD_ABOVE = 150
"""A view with more nodes than this opens with its topics, commodities and positions folded."""
CLUSTER_ABOVE = 500
"""A view with more nodes than this opens clustered by community."""
SMALLEST = 3
"""A community with fewer members than this is never a cluster (its nodes stay as they are)."""
SATELLITES = frozenset({"Topic", "Commodity", "Position"})
"""The classes (and their subclasses) that fold into the nodes they hang from."""
SEED = 7
SPREAD = 3.0
"""How much farther apart than the view's layout would put them the community clusters are drawn."""


def cluster_data(view: View, ids: dict[str, int]) -> dict[str, Any]:
    """The page's folding and clustering data for a view whose nodes are numbered by ``ids``.

    Returns a JSON-ready dict: ``fold`` and ``by`` (the defaults: fold or
    not; ``"none"``, ``"class"`` or ``"community"``: a large view with a
    community of at least ``smallest`` members opens clustered), ``hosts`` (a satellite's
    page id to the page ids it hangs from; a satellite with no other
    neighbour is not listed and never folds) and ``community`` (each node's
    community, indexed by page id; communities are numbered largest first)
    and ``places`` (each community's cluster position, around the origin).
    The page names a community by its hubs among the members it shows.
    """
    graph = view.graph
    count = graph.number_of_nodes()
    satellite = {node: _is_satellite(view, node) for node in graph.nodes}
    hosts: dict[str, list[int]] = {}
    for node in sorted(graph.nodes, key=ids.__getitem__):
        if not satellite[node]:
            continue
        around = set(graph.successors(node)) | set(graph.predecessors(node))
        found = sorted(ids[other] for other in around if not satellite[other])
        if found:
            hosts[str(ids[node])] = found
    membership = [0] * count
    weight = "weight" if view.kind == "actors" else None
    groups = communities(graph, weight)
    for index, members in enumerate(groups):
        for node in members:
            membership[ids[node]] = index
    clustered = count > CLUSTER_ABOVE and any(len(m) >= SMALLEST for m in groups)
    return {
        "fold": count > FOLD_ABOVE and bool(hosts),
        "by": "community" if clustered else "none",
        "smallest": SMALLEST,
        "hosts": hosts,
        "community": membership,
        "places": community_places(graph, {node: membership[ids[node]] for node in graph.nodes}),
    }


def community_places(graph: Any, community: dict[str, int]) -> list[list[float]]:
    """Where each community's cluster is drawn: the graph of the communities, laid out.

    Two communities are linked by as many edges as link their members; the
    layout is :func:`kg.viz.layout.positions` (the view's own), centred on the
    origin and spread by :data:`SPREAD` for the clusters' labels.
    """
    import networkx as nx

    from kg.viz.layout import positions

    quotient = nx.Graph()
    quotient.add_nodes_from(sorted(set(community.values())))
    for u, v in graph.edges():
        a, b = community[u], community[v]
        if a != b:
            weight = quotient.edges[a, b]["weight"] + 1 if quotient.has_edge(a, b) else 1
            quotient.add_edge(a, b, weight=weight)
    if not quotient.number_of_nodes():
        return []
    where = positions(quotient, weight="weight")
    mx = sum(x for x, _ in where.values()) / len(where)
    my = sum(y for _, y in where.values()) / len(where)
    return [
        [round((where[k][0] - mx) * SPREAD, 1), round((where[k][1] - my) * SPREAD, 1)]
        for k in sorted(where)
    ]


def communities(graph: Any, weight: str | None = None) -> list[list[str]]:
    """The communities of a graph's undirected simple form, largest first, each sorted.

    Multilevel modularity optimisation (Blondel et al., igraph's
    ``community_multilevel``), seeded: the same graph gives the same
    communities. ``weight`` names an edge attribute to weigh the edges by.

    >>> import networkx as nx
    >>> two = nx.union(nx.complete_graph(["a", "b", "c"]), nx.complete_graph(["x", "y", "z"]))
    >>> two.add_edge("c", "x")
    >>> communities(two)
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    nodes = sorted(graph.nodes)
    if not nodes:
        return []
    index = {node: number for number, node in enumerate(nodes)}
    weights: dict[tuple[int, int], float] = {}
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        pair = (min(index[u], index[v]), max(index[u], index[v]))
        weights[pair] = weights.get(pair, 0.0) + (float(data.get(weight, 1.0)) if weight else 1.0)
    import igraph

    edges = sorted(weights)
    # GraphBase, igraph's C graph, as kg.viz.layout uses it (Graph would import numpy)
    shape = igraph.GraphBase(len(nodes), edges)
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        membership = shape.community_multilevel(weights=[weights[e] for e in edges])
    finally:
        igraph.set_random_number_generator(random)
    found: dict[int, list[str]] = {}
    for number, group in enumerate(membership):
        found.setdefault(int(group), []).append(nodes[number])
    return sorted(found.values(), key=lambda members: (-len(members), members[0]))


def _is_satellite(view: View, node: str) -> bool:
    """A topic, commodity or position (or a subclass of one), in an event view."""
    if view.kind != "events":
        return False
    data = view.graph.nodes[node]
    info = view.context.classes.get(data["type"])
    names = {data["type"]} | (set(info.ancestors) if info else set())
    return any(_local(name) in SATELLITES for name in names)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
