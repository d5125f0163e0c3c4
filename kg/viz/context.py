"""What a view needs besides the projection: sources, class hierarchy, actor roles.

Read with SPARQL from the dataset once, so the selection and the rendering
work on plain values and a networkx graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.projection import project, query_rows

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
_CLASSES = """
SELECT ?class ?label ?super WHERE {
  GRAPH kgg:ontology { ?class a owl:Class ; skos:prefLabel ?label . }
  ?class rdfs:subClassOf* ?super .
  FILTER (isIRI(?super) && STRSTARTS(STR(?class), STR(kg:)) && STRSTARTS(STR(?super), STR(kg:)))
}
"""
_ACTOR_ROLES = """
SELECT DISTINCT ?p WHERE { GRAPH kgg:ontology { ?p rdfs:subPropertyOf+ sem:hasActor } }
"""


@dataclass(frozen=True)
class SourceInfo:
    """A source document as a reader cites it."""

    id: str
    headline: str = ""
    published: str = ""


@dataclass(frozen=True)
class ClassInfo:
    """A class of the ontology: its preferred label and its superclasses (itself included)."""

    iri: str
    label: str
    ancestors: frozenset[str] = field(default_factory=frozenset)

    @property
    def name(self) -> str:
        """The local name (``ThirdLocationMeeting``)."""
        return self.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


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

    from kg.store_backend import StoreBackend
    from kg.stores.memory import MemoryStore

    backend = StoreBackend(MemoryStore(source) if isinstance(source, Dataset) else source)
    seen = set(centers)
    frontier = list(centers)
    for _ in range(radius):
        backend.prefetch(frontier)  # every claim that touches them: the next level
        following = []
        for node in frontier:
            if node not in backend.graph:
                continue
            for other in set(backend.graph.successors(node)) | set(
                backend.graph.predecessors(node)
            ):
                if other not in seen:
                    seen.add(other)
                    following.append(other)
        frontier = following
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
        from kg.backend import backend_for

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
    labels: dict[str, str] = {}
    ancestors: dict[str, set[str]] = {}
    for row in query_rows(source, _CLASSES):
        iri = str(row["class"])
        labels[iri] = str(row["label"])
        ancestors.setdefault(iri, {iri}).add(str(row["super"]))
    classes = {
        iri: ClassInfo(iri, labels[iri], frozenset(ancestors[iri])) for iri in sorted(labels)
    }
    for _, data in graph.nodes(data=True):  # a class the ontology does not label
        if data["type"] not in classes:
            classes[data["type"]] = ClassInfo(
                data["type"], data["type_label"], frozenset({data["type"]})
            )
    roles = frozenset(str(row["p"]) for row in query_rows(source, _ACTOR_ROLES))
    return ViewContext(graph, dict(sorted(sources.items())), classes, roles)
