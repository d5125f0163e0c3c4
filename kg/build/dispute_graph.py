"""The disputes as the build writes them, and what the rules read beside the claims.

:func:`dispute_context` gathers what every build has whole (publication dates,
the register's classes, the ontology's predicates); :func:`dispute_triples`
writes the disputes :func:`kg.build.disputes.find_disputes` found: a
``kg:Dispute`` node each, naming its kind and its two claims, and
``kg:disputed true`` on every claim of one. The full build
(:mod:`kg.build.emit`) and the incremental one (:mod:`kg.build.units`) both
write them here, so their output is the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.build.disputes import Dispute, DisputeContext
from kg.build.ontology import Vocabulary
from kg.build.validate import Resolved, entity_iri
from kg.namespaces import DISPUTE, KG

Triple = tuple[URIRef, URIRef, URIRef | Literal]
_DISPUTED = Literal(True)


def dispute_context(resolved: Resolved, vocabulary: Vocabulary) -> DisputeContext:
    """What the dispute rules read beside the claims: the same for every build of an input."""
    classes = {
        str(c): frozenset(map(str, ancestors)) for c, ancestors in vocabulary.ancestors.items()
    }
    closures: dict[URIRef, frozenset[str]] = {}
    for entity_id, cls in resolved.entity_types.items():
        closure = closures.get(cls)
        if closure is None:
            closure = closures[cls] = frozenset(map(str, vocabulary.class_closure(cls)))
        classes[str(entity_iri(entity_id))] = closure
    properties = vocabulary.properties.values()
    return DisputeContext(
        single_valued=frozenset(str(p.iri) for p in properties if p.single_valued),
        roles=frozenset(str(p.iri) for p in properties if p.role_type is not None),
        published={s.id: s.published.isoformat() for s in resolved.sources.values()},
        classes=classes,
    )


def dispute_triples(disputes: Iterable[Dispute]) -> list[Triple]:
    """The default graph's triples of the disputes: each a ``kg:Dispute`` node naming its
    kind and its two claims, and ``kg:disputed true`` on every claim of one."""
    triples: list[Triple] = []
    claims: set[str] = set()
    for dispute in disputes:
        node = DISPUTE[dispute.iri_suffix]
        triples.append((node, RDF.type, KG.Dispute))
        triples.append((node, KG.disputeKind, KG[dispute.kind]))
        for claim in (dispute.first, dispute.second):
            triples.append((node, KG.disputedClaim, URIRef(claim)))
            claims.add(claim)
    triples.extend((URIRef(claim), KG.disputed, _DISPUTED) for claim in sorted(claims))
    return triples
