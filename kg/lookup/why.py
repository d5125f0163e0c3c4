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
from kg.lookup.names import resolve, resolve_predicate
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
    nodes = nodes_of(backend, {c.subject for c in claims} | {c.object for c in claims if c.is_link})
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


__all__ = [
    "Explanation",
    "why",
    "why_edges",
]
