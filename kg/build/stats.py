"""Counts per class, per predicate and per source."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kg.build.validate import Resolved


@dataclass(frozen=True)
class Stats:
    per_class: dict[str, int]
    """Entities by their declared (most specific) class."""
    per_predicate: dict[str, int]
    """Claims by predicate."""
    per_source: dict[str, dict[str, int]]
    """For each source: claims, distinct entities mentioned, evidence spans."""
    triples: int
    graphs: int
    """Named graphs (the default graph, which holds the provenance, is not counted)."""


def compute_stats(resolved: Resolved, triples: int, graphs: int) -> Stats:
    per_class = Counter(entity.type for entity in resolved.entities.values())
    per_predicate = Counter(claim.record.predicate for claim in resolved.claims)
    per_source: dict[str, dict[str, int]] = {}
    for source in sorted(resolved.sources):
        claims = [c for c in resolved.claims if c.record.source == source]
        mentioned = {c.record.subject for c in claims} | {
            c.record.object for c in claims if c.prop.kind == "entity"
        }
        per_source[source] = {
            "claims": len(claims),
            "entities": len(mentioned),
            "evidence_spans": len({c.record.evidence for c in claims}),
        }
    return Stats(
        per_class=dict(sorted(per_class.items())),
        per_predicate=dict(sorted(per_predicate.items())),
        per_source=per_source,
        triples=triples,
        graphs=graphs,
    )
