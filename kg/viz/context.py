"""What a view needs besides the projection: sources, class hierarchy, actor roles.

Read with SPARQL from the dataset once, so the selection and the rendering
work on plain values and a networkx graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.graph.projection import project
from kg.graph.queries import query_rows, runner
from kg.graph.terms import ClassInfo, read_actor_roles, read_terms
from kg.lookup.walk import breadth_first

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset

    from kg.stores.base import GraphStore

_SOURCES = """
SELECT ?id ?headline ?published WHERE {
  {values} GRAPH kgg:sources { ?doc dcterms:identifier ?id .
    OPTIONAL { ?doc kg:headline ?headline } OPTIONAL { ?doc kg:publicationDate ?published } }
}
"""


@dataclass(frozen=True)
class SourceInfo:
    """A source document as a reader cites it."""

    id: str
    headline: str = ""
    published: str = ""


@dataclass
class ViewContext:
    """The projection and what a view needs to select from and explain it."""

    graph: nx.MultiDiGraph
    sources: dict[str, SourceInfo]
    classes: dict[str, ClassInfo]
    actor_roles: frozenset[str]


def _neighbourhood(
    source: Dataset | GraphStore, centers: list[str], radius: int
) -> nx.MultiDiGraph:
    """The subgraph induced by the nodes within ``radius`` steps of ``centers`` (any direction)."""
    from rdflib import Dataset

    from kg.lookup.backend import StoreBackend
    from kg.stores.memory import MemoryStore

    backend = StoreBackend(MemoryStore(source) if isinstance(source, Dataset) else source)

    def leaving(node: str) -> list[tuple[str, None]]:
        if node not in backend.graph:
            return []
        around = set(backend.graph.successors(node)) | set(backend.graph.predecessors(node))
        return [(other, None) for other in around]

    # prefetch: every claim that touches a level, which gives the next level
    walk = breadth_first(centers, leaving, radius, prefetch=backend.prefetch)
    seen = set(walk.depths)
    frontier = walk.last
    # The last level needs its facts and the claims from it: every edge among the
    # nodes within the radius has its subject among them.
    backend.prefetch_nodes(frontier)
    within = [n for n in seen if n in backend.graph and backend.graph.nodes[n].get("complete")]
    return backend.graph.subgraph(within).copy()


def _cited(graph: nx.MultiDiGraph) -> set[str]:
    """The ids of the sources behind the facts and edges of a projection."""
    cited = {
        e.source for _, data in graph.nodes(data=True) for f in data["facts"] for e in f.sources
    }
    cited |= {e.source for _, _, data in graph.edges(data=True) for e in data["sources"]}
    return cited


def load_context(
    source: Dataset | GraphStore,
    centers: list[str] | None = None,
    radius: int = 0,
    *,
    every_source: bool = False,
) -> ViewContext:
    """Project the graph and read its sources, classes and actor-role predicates.

    With ``centers`` (IRIs), only the nodes within ``radius`` steps of them are
    fetched from the store, a level at a time (an ego view of a big store
    touches only its neighbourhood), with the sources they cite (all of them
    with ``every_source``, for a ``--source`` to be checked against);
    otherwise the whole graph is projected (once per in-memory dataset).
    """
    from rdflib import Dataset, Literal

    sources_query = _SOURCES.replace("{values}", "")
    if centers:
        graph = _neighbourhood(source, centers, radius)
        if not every_source:
            cited = sorted(_cited(graph))
            values = " ".join(Literal(source_id).n3() for source_id in cited)
            sources_query = _SOURCES.replace("{values}", f"VALUES ?id {{ {values} }}")
    elif isinstance(source, Dataset):
        from kg.lookup.backend import backend_for

        graph = backend_for(source).graph
    else:
        graph = project(source)
    sources = {}
    for row in query_rows(source, sources_query):
        source_id = str(row["id"])
        sources[source_id] = SourceInfo(
            source_id,
            str(row["headline"]) if row["headline"] is not None else "",
            str(row["published"]) if row["published"] is not None else "",
        )
    classes = read_terms(runner(source)).classes()
    for _, data in graph.nodes(data=True):  # a class the ontology does not label
        if data["type"] not in classes:
            classes[data["type"]] = ClassInfo(
                data["type"], data["type_label"], frozenset({data["type"]})
            )
    roles = read_actor_roles(runner(source))
    return ViewContext(graph, dict(sorted(sources.items())), classes, roles)
