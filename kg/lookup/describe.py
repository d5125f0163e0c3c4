"""Every claim about an entity, its literal facts and its links either way (``kg describe``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.graph.model import Claim, Name, Node
from kg.lookup.backend import LookupBackend
from kg.lookup.common import conflicts_text, label_of, name_json, nodes_of, span_disputed
from kg.lookup.names import resolve
from kg.vocabulary import short_source


@dataclass(frozen=True)
class Statement:
    """A claim as seen from the entity described: ``out`` (its subject) or ``in``."""

    claim: Claim
    direction: str
    value: str
    iri: str | None

    def predicate_text(self) -> str:
        return f"{self.claim.label} →" if self.direction == "out" else f"← {self.claim.label}"


@dataclass
class Description:
    entity: Node
    facts: list[Statement]

    def rows(self, short_sources: bool = False) -> list[dict[str, Any]]:
        """One row per fact and source."""
        rows = []
        for fact in self.facts:
            for span in fact.claim.sources:
                rows.append(
                    {
                        "predicate": fact.predicate_text(),
                        "value": fact.value,
                        "id": Name(fact.iri, "").id if fact.iri else "",
                        "disputed": "disputed" if span_disputed(fact.claim, span) else "",
                        "source": short_source(span.source) if short_sources else span.source,
                        "evidence": span.evidence,
                        "start": span.start,
                        "end": span.end,
                        "voice": span.attribution(),
                        "mode": span.mode,
                        "factuality": span.factuality,
                        "conflicts_with": conflicts_text(fact.claim, span, short_sources),
                    }
                )
        return rows

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": name_json(self.entity)
            | {
                "aliases": list(self.entity.aliases),
                "when": list(self.entity.when),
                "earliest": self.entity.earliest,
                "latest": self.entity.latest,
            },
            "facts": [
                {
                    "predicate": fact.claim.predicate,
                    "label": fact.claim.label,
                    "direction": fact.direction,
                    "value": fact.value,
                    "iri": fact.iri,
                    "disputed": fact.claim.disputed,
                    "sources": [span.as_json() for span in fact.claim.sources],
                    "conflicts": [c.as_json() for c in fact.claim.conflicts],
                }
                for fact in self.facts
            ],
        }


def describe(backend: LookupBackend, entity: str) -> Description:
    """Every claim about ``entity``: its literal facts, and its links either way."""
    node = resolve(backend, entity, "ENTITY")
    links = backend.links(node.iri)
    others = nodes_of(backend, {c.other(node.iri) for c in links})
    facts = [Statement(claim, "out", claim.object, None) for claim in node.facts]
    for claim in links:
        other = claim.other(node.iri)
        direction = "out" if claim.subject == node.iri else "in"
        facts.append(Statement(claim, direction, label_of(others, other), other))
    facts.sort(key=lambda f: (f.direction != "out", f.claim.label, f.value.casefold()))
    return Description(node, facts)


__all__ = [
    "Description",
    "Statement",
    "describe",
]
