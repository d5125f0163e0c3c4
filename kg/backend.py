"""What the lookups ask of a graph store, and the in-memory answer.

:class:`LookupBackend` is the whole interface :mod:`kg.lookup` needs: the
register's names, one node with its literal facts, the IRI-to-IRI claims that
touch one node, the claims whose evidence contains a text, the source ids and
the predicate labels. Every question is about one node or one text, so a
SPARQL-backed store (Oxigraph, a remote endpoint) can answer each with a small
query bound to RDF terms, without loading the whole graph into memory.

:class:`GraphBackend` answers from the networkx projection of
:mod:`kg.projection`; :func:`backend_for` builds it once per dataset and
reuses it.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from kg.namespaces import KG, KGR
from kg.resolution import normalise

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset


@dataclass(frozen=True)
class Span:
    """One source's support for a claim: its verbatim evidence and character offsets."""

    source: str
    evidence: str
    start: int | None = None
    end: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.source, "evidence": self.evidence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Name:
    """An entity or event of the register, as resolution and search see it."""

    iri: str
    label: str
    aliases: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    """Local names of its classes in the project's ontology, most specific first."""
    is_event: bool = False

    @property
    def id(self) -> str:
        """The register id (the IRI's slug), or the IRI itself outside the register."""
        return self.iri[len(KGR) :] if self.iri.startswith(str(KGR)) else self.iri

    @property
    def kind(self) -> str:
        """The most specific class."""
        return self.types[0] if self.types else ""

    def describe(self) -> str:
        """``Label (id, Class)``, as errors and suggestions show a candidate."""
        return f"{self.label} ({self.id}, {self.kind})"


@dataclass(frozen=True)
class Claim:
    """One statement, merged over the sources that make it.

    ``object`` is an entity IRI when ``is_link``, otherwise the value as text
    (a date as written, "300 tonne", a quotation).
    """

    subject: str
    predicate: str
    label: str
    object: str
    is_link: bool
    sources: tuple[Span, ...]
    disputed: bool = False

    def other(self, iri: str) -> str:
        """The end of a link that is not ``iri``."""
        return self.object if self.subject == iri else self.subject

    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)

    def source_ids(self) -> list[str]:
        return sorted({span.source for span in self.sources})

    def restricted(self, source: str | None) -> Claim | None:
        """The claim as one source makes it, or None when that source does not."""
        if source is None:
            return self
        spans = tuple(span for span in self.sources if span.source == source)
        if not spans:
            return None
        return Claim(
            self.subject,
            self.predicate,
            self.label,
            self.object,
            self.is_link,
            spans,
            self.disputed,
        )


@dataclass(frozen=True)
class Node(Name):
    """A node with what the sources say about it in literals."""

    type_label: str = ""
    facts: tuple[Claim, ...] = ()
    """Literal-valued claims: dates, quantities, descriptions."""
    when: tuple[str, ...] = ()
    """The dates as the sources give them (``2025-01``, ``2024-11-04..2024-11-05``)."""
    earliest: str = ""
    latest: str = ""


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


def local_name(iri: str) -> str:
    """The part after ``#`` or the last ``/``.

    >>> local_name("https://w3id.org/kgdiplo/ontology#Person")
    'Person'
    """
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def name_from(graph: nx.MultiDiGraph, iri: str) -> Name:
    """The :class:`Name` of a projected node (its facts need not have been fetched)."""
    data = graph.nodes[iri]
    types = data.get("types") or [data["type"]]
    return Name(
        iri=iri,
        label=data["label"],
        aliases=tuple(data["aliases"]),
        types=tuple(local_name(t) for t in types if t.startswith(str(KG))),
        is_event=data["is_event"],
    )


def node_from(graph: nx.MultiDiGraph, iri: str) -> Node:
    """The :class:`Node` of a projected node, its literal facts as claims."""
    data = graph.nodes[iri]
    facts = tuple(
        Claim(
            iri,
            fact.predicate,
            fact.label,
            fact.value,
            False,
            tuple(_span(e) for e in fact.sources),
            fact.disputed,
        )
        for fact in data["facts"]
    )
    name = name_from(graph, iri)
    return Node(
        iri=iri,
        label=name.label,
        aliases=name.aliases,
        types=name.types,
        is_event=name.is_event,
        type_label=data["type_label"],
        facts=facts,
        when=tuple(data["when"]),
        earliest=data["earliest"],
        latest=data["latest"],
    )


def edge_claim(subject: str, obj: str, data: Mapping[str, Any]) -> Claim:
    """The :class:`Claim` of a projected edge."""
    return Claim(
        subject,
        data["predicate"],
        data["label"],
        obj,
        True,
        tuple(_span(e) for e in data["sources"]),
        data["disputed"],
    )


def evidence_matches(claims: Iterable[Claim], needle: str) -> list[Claim]:
    """The claims, with only their spans whose normalised evidence contains ``needle``."""
    found = []
    for claim in claims:
        spans = tuple(s for s in claim.sources if needle in normalise(s.evidence))
        if spans:
            found.append(
                Claim(
                    claim.subject,
                    claim.predicate,
                    claim.label,
                    claim.object,
                    claim.is_link,
                    spans,
                    claim.disputed,
                )
            )
    return found


class GraphBackend:
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


def _span(evidence: Any) -> Span:
    return Span(evidence.source, evidence.evidence, evidence.start, evidence.end)


_BACKENDS: dict[int, GraphBackend] = {}


def backend_for(dataset: Dataset) -> GraphBackend:
    """The in-memory backend of a dataset: projected on first use, then reused.

    The projection is kept as long as the dataset lives; a dataset changed
    after its first lookup needs ``GraphBackend(project(dataset))`` instead.
    """
    key = id(dataset)
    backend = _BACKENDS.get(key)
    if backend is None:
        from kg.projection import project

        backend = GraphBackend(project(dataset))
        _BACKENDS[key] = backend
        weakref.finalize(dataset, _BACKENDS.pop, key, None)
    return backend


__all__ = [
    "Claim",
    "GraphBackend",
    "LookupBackend",
    "Name",
    "Node",
    "Span",
    "backend_for",
    "local_name",
    "name_from",
    "node_from",
]
