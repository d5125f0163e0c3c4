"""What every lookup shares: the error of a question with no answer and the JSON pieces.

The pieces (:func:`name_json`, :func:`node_json`, :func:`claim_json`,
:func:`event_json`) are the schema of ``docs/cli.md``; the edges that refer to
claims and events are :mod:`kg.lookup.edges`'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.graph.model import Claim, Evidence, Name, Node
from kg.iris import KG
from kg.vocabulary import short_source

if TYPE_CHECKING:
    from kg.lookup.backend import LookupBackend
    from kg.lookup.walk import Hop


_HAS_TIME = KG + "hasTime"


class NothingFoundError(KgError):
    """The question was understood and the graph has no answer (exit 1)."""


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


def claim_json(claim: Claim, names: dict[str, Node], *, spans: bool = True) -> dict[str, Any]:
    """One claim: subject, predicate, object (an IRI or a value) and its sources (its
    spans; with ``spans`` False, the key is left for the caller to fill)."""
    result = {
        "subject": claim.subject,
        "subject_label": label_of(names, claim.subject),
        "predicate": claim.predicate,
        "label": claim.label,
        "object": claim.object,
        "object_label": label_of(names, claim.object) if claim.is_link else claim.object,
        "is_link": claim.is_link,
        "disputed": claim.disputed,
        "sources": [span.as_json() for span in claim.sources] if spans else [],
        "conflicts": [conflict.as_json() for conflict in claim.conflicts],
    }
    return result


def span_disputed(claim: Claim, span: Evidence) -> bool:
    """Whether one source's claim (``span``) is disputed: another claim contradicts it (of
    a claim that several sources make, only some may be)."""
    if not claim.conflicts:
        return claim.disputed
    return any(conflict.claim == span.claim for conflict in claim.conflicts)


def conflicts_text(claim: Claim, span: Evidence, short: bool) -> str:
    """What contradicts one source's claim (``span``): each other claim with its source and
    words, ``; ``-joined; empty where that source's claim is not disputed."""
    return "; ".join(
        conflict.text(short_source(conflict.source) if short else None)
        for conflict in claim.conflicts
        if conflict.claim == span.claim
    )


def event_json(event: Node) -> dict[str, Any]:
    """An event with its dates; ``dates`` gives each date with the sources that give it."""
    return name_json(event) | {
        "when": list(event.when),
        "dates": [{"value": value, "sources": ids} for value, ids in dates_of(event)],
        "earliest": event.earliest,
        "latest": event.latest,
    }


def hop_sources_text(hop: Hop, names: dict[str, Node], short: bool) -> list[str]:
    """The sources of a lookup row: those that make the whole hop or, where no source
    makes both legs of a hop through an event, each leg's sources with the node it names
    (``003 (Vikram Misri)``, ``004 (Amir Khan Muttaqi)``)."""
    ids = hop.source_ids()
    if ids:
        return sources_text(ids, short)
    return [
        f"{source} ({label_of(names, node)})"
        for node, leg in hop.legs()
        for source in sources_text(leg, short)
    ]


def hop_voice_text(hop: Hop, short: bool) -> str:
    """Whose voice and how firmly the hop's claims are put, where a claim is not its
    report's own statement: each span's :meth:`~kg.graph.model.Evidence.attribution` (as
    ``kg describe``'s voice column gives it), after its source where the hop has several,
    ``; ``-joined; empty when every claim on the hop is its report's own, stated."""
    if not any(span.attribution() for claim in hop.claims for span in claim.sources):
        return ""  # the common case: no claim voiced, so no span of the hop's is
    spans = hop.sources
    voiced = [(span.source, said) for span in spans if (said := span.attribution())]
    if not voiced:
        return ""
    several = len({span.source for span in spans}) > 1
    texts = [f"{sources_text([s], short)[0]}: {said}" if several else said for s, said in voiced]
    return "; ".join(dict.fromkeys(texts))


def label_of(names: dict[str, Node], iri: str) -> str:
    node = names.get(iri)
    return node.label if node else iri


def nodes_of(backend: LookupBackend, iris: Iterable[str]) -> dict[str, Node]:
    iris = list(dict.fromkeys(iris))  # a node of many hops is looked up once
    fetch = getattr(backend, "prefetch_nodes", None)
    if fetch is not None:
        fetch(iris)
    found = {}
    for iri in iris:
        node = backend.node(iri)
        if node is not None:
            found[iri] = node
    return found


def dates_of(node: Node) -> list[tuple[str, list[str]]]:
    """Each date the sources give a node, with the sources that give it."""
    dates = [(f.object, f.source_ids()) for f in node.facts if f.predicate == _HAS_TIME]
    return sorted(dates, key=lambda d: (d[1], d[0]))


def date_text(node: Node | None, short: bool = False) -> str:
    """A node's dates; where different sources give different dates, each with its
    sources: ``2025-01-08 (000, 001); 2025-01-09 (003)``."""
    if node is None:
        return ""
    dates = dates_of(node)
    if len({tuple(ids) for _, ids in dates}) <= 1:  # every date from the same sources
        return ", ".join(node.when)
    return "; ".join(f"{value} ({', '.join(sources_text(ids, short))})" for value, ids in dates)


def sources_text(ids: Iterable[str], short: bool) -> list[str]:
    return [short_source(i) if short else i for i in ids]


__all__ = [
    "NothingFoundError",
    "claim_json",
    "date_text",
    "dates_of",
    "event_json",
    "hop_sources_text",
    "hop_voice_text",
    "label_of",
    "name_json",
    "node_json",
    "nodes_of",
    "sources_text",
]
