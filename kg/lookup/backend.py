"""What the lookups ask of a graph, and its two answers: in memory and on a store.

:class:`LookupBackend` is the whole interface the lookups need: the
register's names, one node with its literal facts, the IRI-to-IRI claims that
touch one node, the claims whose evidence contains a text, the source ids and
the predicate labels. Every question is about one node or one text, so a
SPARQL-backed store (Oxigraph, a remote endpoint) can answer each with a small
query bound to RDF terms, without loading the whole graph into memory.

:class:`MemoryBackend` answers from the whole networkx projection of
:mod:`kg.graph.projection`; :func:`backend_for` builds it once per dataset and
reuses it. :class:`StoreBackend` answers on a store too big to project whole
by projecting only the nodes it is asked about (``project`` with ``nodes=``,
or the same read from the store's link index, :mod:`kg.graph.links`),
a breadth-first level at a time when the walk calls
:meth:`StoreBackend.prefetch` (a node with every claim that touches it) or
:meth:`StoreBackend.prefetch_nodes` (a node with its facts), and keeps what it
fetched. Nothing reads the whole register unless asked for every name
(:meth:`StoreBackend.names`: search, or resolving a label rather than an id).
The two give the same answers, node for node: both convert the same
projection with the same functions of :mod:`kg.graph.model`.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from kg.graph.links import LinkIndex
from kg.graph.model import Claim, Name, Node, edge_claim, local_name, name_from, node_from
from kg.graph.multigraph import Multigraph
from kg.graph.projection import project
from kg.graph.queries import query_rows, runner
from kg.graph.terms import read_terms
from kg.iris import KG
from kg.vocabulary import normalise

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset

    from kg.stores.base import GraphStore

_NAMES = """
SELECT ?node ?label ?type ?alias WHERE {
  GRAPH kgg:entities {
    ?node skos:prefLabel ?label ; a ?type . OPTIONAL { ?node skos:altLabel ?alias }
  }
  FILTER (STRSTARTS(STR(?type), STR(kg:)))
}
"""
_SOURCES = """
SELECT DISTINCT ?id WHERE { ?claim a kg:Claim ; prov:wasDerivedFrom/dcterms:identifier ?id }
"""
_PREDICATES = "SELECT DISTINCT ?p WHERE { ?claim a kg:Claim ; rdf:predicate ?p }"
_EVIDENCE_SUBJECTS = """
SELECT DISTINCT ?s WHERE {
  ?claim a kg:Claim ; rdf:subject ?s ; kg:hasEvidence/oa:exact ?evidence .
  FILTER (CONTAINS(LCASE(STR(?evidence)), {word}))
}
"""
_WORD = re.compile(r"[a-z0-9]+")
"""A word of a normalised text: letters and digits, so it is written in a query as it is."""


class LookupBackend(Protocol):
    """The questions :mod:`kg.lookup` asks of a store; each about one node or one text."""

    def names(self) -> Sequence[Name]:
        """Every entity and event of the register (for resolution and search)."""
        ...

    def name(self, iri: str) -> Name | None:
        """One entity's label, aliases and classes, or None when the register does not have it."""
        ...

    def node(self, iri: str) -> Node | None:
        """One node with its literal facts, or None when the register does not have it."""
        ...

    def links(self, iri: str) -> Sequence[Claim]:
        """The IRI-to-IRI claims with ``iri`` as subject or object."""
        ...

    def claims_with_evidence(self, text: str) -> Sequence[Claim]:
        """Claims with a span whose evidence contains ``text`` (compared by :func:`normalise`)."""
        ...

    def source_ids(self) -> Sequence[str]:
        """The ids of the sources that make claims."""
        ...

    def predicates(self) -> Mapping[str, str]:
        """Predicate IRI to preferred label, for every predicate the claims use."""
        ...


def evidence_matches(claims: Iterable[Claim], needle: str) -> list[Claim]:
    """The claims, with only their spans whose normalised evidence contains ``needle``."""
    found = []
    for claim in claims:
        spans = tuple(s for s in claim.sources if needle in normalise(s.evidence))
        if spans:
            found.append(claim.with_sources(spans))
    return found


class MemoryBackend:
    """:class:`LookupBackend` over the networkx projection, indexed once."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._nodes: dict[str, Node] = {}
        self._links: dict[str, list[Claim]] = defaultdict(list)
        self._claims: list[Claim] = []
        self._predicates: dict[str, str] = {}
        for iri in graph.nodes:
            node = self._nodes[iri] = node_from(graph, iri)
            self._claims.extend(node.facts)
        for subject, obj, data in graph.edges(data=True):
            claim = edge_claim(subject, obj, data)
            self._links[subject].append(claim)
            if obj != subject:
                self._links[obj].append(claim)
            self._claims.append(claim)
        for claim in self._claims:
            self._predicates[claim.predicate] = claim.label
        self._sources = sorted({s.source for c in self._claims for s in c.sources})

    def names(self) -> Sequence[Name]:
        return list(self._nodes.values())

    def name(self, iri: str) -> Name | None:
        return self._nodes.get(iri)

    def node(self, iri: str) -> Node | None:
        return self._nodes.get(iri)

    def links(self, iri: str) -> Sequence[Claim]:
        return self._links.get(iri, [])

    def claims_with_evidence(self, text: str) -> Sequence[Claim]:
        return evidence_matches(self._claims, normalise(text))

    def source_ids(self) -> Sequence[str]:
        return self._sources

    def predicates(self) -> Mapping[str, str]:
        return self._predicates


_BACKENDS: dict[int, MemoryBackend] = {}


def backend_for(dataset: Dataset) -> MemoryBackend:
    """The in-memory backend of a dataset: projected on first use, then reused.

    The projection is kept as long as the dataset lives; a dataset changed
    after its first lookup needs ``MemoryBackend(project(dataset))`` instead.
    """
    key = id(dataset)
    backend = _BACKENDS.get(key)
    if backend is None:
        backend = MemoryBackend(project(dataset))
        _BACKENDS[key] = backend
        weakref.finalize(dataset, _BACKENDS.pop, key, None)
    return backend


class StoreBackend:
    """:class:`LookupBackend` over any :class:`~kg.stores.base.GraphStore`."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.index = LinkIndex.of(getattr(store, "folder", None))
        """The store's link index (:mod:`kg.graph.links`), or None: SPARQL then."""
        self.terms = read_terms(runner(store))
        self.graph = Multigraph()
        """What has been projected so far; ``complete`` marks the nodes with their facts."""
        self.linked: set[str] = set()
        """The nodes whose claims in both directions have been fetched."""
        self._absent: set[str] = set()  # asked for, and not in the register
        self._names: list[Name] | None = None
        self._made_names: dict[str, Name] = {}
        self._made_nodes: dict[str, Node] = {}
        self._made_links: dict[str, list[Claim]] = {}

    # -- fetching ----------------------------------------------------------
    def prefetch(self, iris: Iterable[str]) -> None:
        """Fetch, in as few queries as possible, the nodes and every claim that touches them."""
        self._fetch(iris, incoming=True)

    def prefetch_nodes(self, iris: Iterable[str]) -> None:
        """Fetch the nodes with their facts, and only the claims they are the subject of.

        A node's facts are claims it is the subject of; so is every edge among a
        set of nodes. A hub (a capital in thousands of events) costs no more
        than any other node until its links are asked for.
        """
        self._fetch(iris, incoming=False)

    def _fetch(self, iris: Iterable[str], *, incoming: bool) -> None:
        missing = {
            iri
            for iri in iris
            if iri not in self._absent
            and iri not in self.linked
            and (incoming or not self._has_facts(iri))
        }
        if not missing:
            return
        if self.index is not None:
            found = self.index.project_into(self.graph, missing, incoming=incoming)
        else:
            part = project(
                self.store, missing, incoming=incoming, terms=self.terms, factory=Multigraph
            )
            for iri, data in part.nodes(data=True):
                if data["complete"] or iri not in self.graph:
                    self.graph.add_node(iri, **data)
            for subject, obj, key, data in part.edges(keys=True, data=True):
                self.graph.add_edge(subject, obj, key=key, **data)
            found = set(part.nodes)
        self._absent |= missing - found
        if incoming:
            self.linked |= missing & found

    def _has_facts(self, iri: str) -> bool:
        return iri in self.graph and bool(self.graph.nodes[iri].get("complete"))

    # -- LookupBackend -----------------------------------------------------
    def names(self) -> Sequence[Name]:
        if self._names is None:
            found: dict[str, tuple[str, set[str], set[str]]] = {}
            for row in query_rows(self.store, _NAMES):
                iri = str(row["node"])
                label, types, aliases = found.setdefault(iri, (str(row["label"]), set(), set()))
                types.add(str(row["type"]))
                if row["alias"] is not None:
                    aliases.add(str(row["alias"]))
            self._names = []
            for iri, (label, types, aliases) in sorted(found.items()):
                ordered = self.terms.ordered_types(types)
                self._names.append(
                    Name(
                        iri=iri,
                        label=label,
                        aliases=tuple(sorted(aliases)),
                        types=tuple(local_name(t) for t in ordered),
                        is_event=KG + "Event" in ordered,
                    )
                )
        return self._names

    # A node's names, facts and links do not change once fetched: each is made once.
    def name(self, iri: str) -> Name | None:
        found = self._made_names.get(iri)
        if found is None:
            if iri not in self.graph:
                self.prefetch_nodes([iri])
            if iri not in self.graph:
                return None
            found = self._made_names[iri] = name_from(self.graph, iri)
        return found

    def node(self, iri: str) -> Node | None:
        found = self._made_nodes.get(iri)
        if found is None:
            self.prefetch_nodes([iri])
            if not self._has_facts(iri):
                return None
            found = self._made_nodes[iri] = node_from(self.graph, iri)
        return found

    def links(self, iri: str) -> Sequence[Claim]:
        found = self._made_links.get(iri)
        if found is None:
            self.prefetch([iri])
            if iri not in self.linked:
                return []
            found = [edge_claim(s, o, d) for s, o, d in self.graph.out_edges(iri, data=True)]
            found += [
                edge_claim(s, o, d) for s, o, d in self.graph.in_edges(iri, data=True) if s != iri
            ]
            self._made_links[iri] = found
        return found

    def claims_with_evidence(self, text: str) -> Sequence[Claim]:
        """Candidates by one word in SPARQL, then the exact test in Python.

        The word is the longest run of letters and digits of the normalised
        text, written in the query as a string literal (it holds nothing to
        escape), so that the store's rows are read without rdflib.
        """
        needle = normalise(text)
        words = _WORD.findall(needle)
        if not words:
            return []
        word = max(words, key=len)
        assert _WORD.fullmatch(word)  # nothing in it a string literal would have to escape
        rows = runner(self.store)(_EVIDENCE_SUBJECTS.replace("{word}", f'"{word}"'))
        subjects = sorted(str(row["s"]) for row in rows)
        self.prefetch_nodes(subjects)  # facts and claims from them: all that can match
        claims: list[Claim] = []
        for iri in subjects:
            if self._has_facts(iri):
                claims += node_from(self.graph, iri).facts
                claims += [edge_claim(s, o, d) for s, o, d in self.graph.out_edges(iri, data=True)]
        return evidence_matches(claims, needle)

    def names_with_form(self, form: str) -> list[str] | None:
        """The IRIs whose label or alias normalises to ``form``, from the store's label
        index; None for a store without one (see :mod:`kg.lookup.names`)."""
        finder = getattr(self.store, "names_with_form", None)
        return None if finder is None else finder(form)

    def source_ids(self) -> Sequence[str]:
        return sorted(str(row["id"]) for row in query_rows(self.store, _SOURCES))

    def predicates(self) -> Mapping[str, str]:
        labels = self.terms.predicate_labels
        used = (str(row["p"]) for row in query_rows(self.store, _PREDICATES))
        return {p: labels.get(p, local_name(p)) for p in sorted(used)}


__all__ = ["LookupBackend", "MemoryBackend", "StoreBackend", "backend_for", "evidence_matches"]
