"""The sources and evidence behind a claim or the edges of a lookup (``kg why``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.errors import InputError
from kg.graph.model import Claim, Node, local_name
from kg.lookup.backend import LookupBackend
from kg.lookup.common import (
    NothingFoundError,
    claim_json,
    conflicts_text,
    label_of,
    nodes_of,
    span_disputed,
)
from kg.lookup.edges import resolved_edge
from kg.lookup.names import resolve, resolve_predicate
from kg.lookup.walk import role
from kg.vocabulary import normalise, short_source


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
                        "subject": label_of(self.nodes, claim.subject),
                        "predicate": claim.label,
                        "object": label_of(self.nodes, claim.object)
                        if claim.is_link
                        else claim.object,
                        "disputed": "disputed" if span_disputed(claim, span) else "",
                        "source": short_source(span.source) if short_sources else span.source,
                        "evidence": span.evidence,
                        "start": span.start,
                        "end": span.end,
                        "voice": span.attribution(),
                        "mode": span.mode,
                        "factuality": span.factuality,
                        "conflicts_with": conflicts_text(claim, span, short_sources),
                    }
                )
        return rows

    def disputed(self) -> bool:
        """Whether a claim of the explanation is disputed (its rows then say with what)."""
        return any(claim.conflicts for claim in self.claims)

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

    ``document`` is a whole ``neighbours`` or ``path`` output (its edges' claims are
    read from its ``claims``), or one edge or a list of edges cut out of one (``jq
    '.edges[0]'``), whose claims are found in the graph from the edge's own fields: a
    direct edge's ``source``, ``predicate`` and ``target``; through an event, the
    event's claims with each end in its role (``source_predicate``, ``predicate``).
    Either way each claim is looked up again in the graph.
    """
    try:
        edges = _edges_of(document)
    except (KeyError, TypeError, AttributeError):
        raise InputError(
            "expected edges as `kg neighbours --json` or `kg path --json` writes them"
        ) from None
    whole = isinstance(document, dict) and "events" in document and "claims" in document
    tables = document if whole else None  # else edges cut out of their document
    wanted: list[tuple[str, str, str]] = []
    for edge in edges:
        if not isinstance(edge, dict):
            raise InputError("an edge must be a JSON object")
        wanted += _keys_of(backend, edge, tables)
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
    nodes = nodes_of(backend, {c.subject for c in claims} | {c.object for c in claims if c.is_link})
    return Explanation(claims, nodes)


def _keys_of(
    backend: LookupBackend, edge: dict[str, Any], document: dict[str, Any] | None
) -> list[tuple[str, str, str]]:
    """The subject, predicate and object of each claim behind ``edge``: the claims it
    refers to in ``document`` (a whole ``neighbours`` or ``path`` output), those an edge
    of the earlier format carries in full, or else those its own fields name."""
    claims = edge.get("claims")
    if isinstance(claims, list) and claims and all(isinstance(c, dict) for c in claims):
        pass  # an edge written before the tables: its claims in full
    elif document is not None:
        claims = resolved_edge(edge, document)["claims"]
    else:
        return _keys_from_fields(backend, edge)
    keys = []
    for claim in claims:
        if not isinstance(claim, dict):
            raise InputError("an edge's claims must be objects")
        key = (claim.get("subject"), claim.get("predicate"), claim.get("object"))
        if not all(isinstance(part, str) for part in key):
            raise InputError("a claim needs subject, predicate and object")
        keys.append(key)
    if not keys:
        raise InputError("an edge refers to no claim")
    return keys  # type: ignore[return-value]


def _keys_from_fields(backend: LookupBackend, edge: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The claims of an edge cut out of its document, found in the graph from its ends,
    predicates and event (the roles in its ``relation`` tell two such claims apart)."""
    source, predicate, target = edge.get("source"), edge.get("predicate"), edge.get("target")
    if not (isinstance(source, str) and isinstance(predicate, str) and isinstance(target, str)):
        raise InputError("an edge needs source, predicate and target")
    event = edge.get("event")
    if isinstance(event, dict):  # an edge written before the tables
        event = event.get("iri")
    if event is None:
        return [(source, predicate, target)]
    first = edge.get("source_predicate")
    if not (isinstance(event, str) and isinstance(first, str)):
        raise InputError("an edge through an event needs the event's IRI and source_predicate")
    links = backend.links(event)
    starts = [c for c in links if c.predicate == first and c.other(event) == source]
    ends = [c for c in links if c.predicate == predicate and c.other(event) == target]
    if not starts or not ends:
        missing = source if not starts else target
        raise NothingFoundError(f"no claim linking {event} and {missing} in the graph")
    pairs = [(a, b) for a in starts for b in ends]
    relation = edge.get("relation")
    named = [(a, b) for a, b in pairs if f"{role(a, source)} / {role(b, target)}" == relation]
    a, b = (named or pairs)[0]
    return [a.key(), b.key()]


def _edges_of(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, list):
        return [edge for item in document for edge in _edges_of(item)]
    if not isinstance(document, dict):
        raise InputError("expected a JSON object or list of edges")
    if "edges" in document and "predicate" not in document:  # a document, or a path's step
        return _edges_of(document["edges"])
    if "paths" in document:
        return [
            edge for path in document["paths"] for step in path["steps"] for edge in step["edges"]
        ]
    if "steps" in document:
        return [edge for step in document["steps"] for edge in step["edges"]]
    return [document]


__all__ = [
    "Explanation",
    "why",
    "why_edges",
]
