"""The change between the last build's store and this one's, and where to check it.

:func:`apply_delta` turns a copy of the last store into this build's;
:func:`neighbourhood` gathers what the violation queries read around what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib.namespace import RDF, SKOS

from kg.namespaces import KG, PROV, TIME


@dataclass
class Delta:
    """What changes between the last build's dataset and this one's."""

    named_removed: list[str] = field(default_factory=list)
    """N-Quads lines of named graphs."""
    named_added: list[str] = field(default_factory=list)
    default_removed: list[str] = field(default_factory=list)
    """Default-graph triples (``s p o``) of provenance and disputes."""
    default_added: list[str] = field(default_factory=list)
    merge_candidates: set[str] = field(default_factory=set)
    """Triples gone from a named graph: gone from the merge unless another graph holds them."""


def apply_delta(raw: Any, change: Delta) -> None:
    """Change the Oxigraph store ``raw`` (a copy of the last build's) into this build's."""
    import pyoxigraph as ox

    def quads(lines: list[str]) -> list[Any]:
        if not lines:
            return []
        data = "".join(line if line.endswith("\n") else f"{line} .\n" for line in lines)
        return list(ox.parse(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True))

    for quad in quads(change.named_removed) + quads(change.default_removed):
        raw.remove(quad)
    raw.extend(quads(change.named_added) + quads(change.default_added))
    for quad in quads(sorted(change.merge_candidates)):
        held = any(
            not isinstance(q.graph_name, ox.DefaultGraph)
            for q in raw.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
        )
        if not held:
            raw.remove(quad)


def neighbourhood(raw: Any, change: Delta) -> Any:
    """A scratch Oxigraph store holding what the violation queries read around what changed.

    The last build passed every violation query, and a query's row is about a
    node (a claim, a span, an event, a time or quantity node, a source) and
    reads only triples near it: the node's own triples (types, labels,
    ``sem:hasActor``, ``rdf:subject``...), those of the nodes they name (a
    claim's span and source document, an interval's instants, a quantity's
    unit), the other claims on the same subject and predicate (disputes), and
    the ontology. So a row that this build's graph has and the last one did
    not is about a node within that reach of a changed triple. The scratch
    store holds, from the new store's default graph (the merge and the
    provenance): every triple whose subject is a node of a changed triple, a
    claim whose ``rdf:subject`` is one, a dispute that names one of those and
    the other claim it names, or a node one of those names; and the ontology
    graph. A row found there is checked again on the whole store.
    """
    import pyoxigraph as ox

    from kg.namespaces import GRAPH_ONTOLOGY, RDF_TERMS

    default = ox.DefaultGraph()
    lines = [*change.named_removed, *change.named_added]
    lines += [f"{t} .\n" for t in (*change.default_removed, *change.default_added)]
    focus: set[Any] = set()
    for quad in ox.parse("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True):
        focus.add(quad.subject)
        if isinstance(quad.object, ox.NamedNode):
            focus.add(quad.object)
    subject = ox.NamedNode(str(RDF_TERMS.subject))
    claims = {
        q.subject for node in focus for q in raw.quads_for_pattern(None, subject, node, default)
    }
    names_claim = ox.NamedNode(str(KG.disputedClaim))
    disputes = {
        q.subject
        for node in focus | claims
        for q in raw.quads_for_pattern(None, names_claim, node, default)
    }
    others = {
        q.object for d in disputes for q in raw.quads_for_pattern(d, names_claim, None, default)
    }
    nodes = focus | claims | disputes | others
    scratch = ox.Store()
    named: set[Any] = set()
    for node in nodes:
        for quad in raw.quads_for_pattern(node, None, None, default):
            scratch.add(quad)
            if isinstance(quad.object, ox.NamedNode) and quad.object not in nodes:
                named.add(quad.object)
    for node in named:
        scratch.extend(raw.quads_for_pattern(node, None, None, default))
    ontology = ox.NamedNode(str(GRAPH_ONTOLOGY))
    scratch.extend(
        ox.Quad(q.subject, q.predicate, q.object, default)
        for q in raw.quads_for_pattern(None, None, None, ontology)
    )
    return scratch


DESCRIBING = tuple(
    str(term)
    for term in (
        RDF.type,
        SKOS.prefLabel,
        TIME.inXSDDate,
        TIME.inXSDgYearMonth,
        TIME.inXSDgYear,
        TIME.hasBeginning,
        TIME.hasEnd,
        KG.amount,
        KG.unit,
        KG.qualifier,
    )
)
"""The predicates of a node's triples that a claim naming it reads (:mod:`kg.graph.projection`:
whether it is an entity and its label; a value's text)."""


def touched_nodes(raw: Any, change: Delta) -> set[str]:
    """The nodes whose projection (:func:`kg.graph.projection.project`) a change may alter:
    the link index's lines to make again (:func:`kg.graph.links.remade_lines`).

    A node's projection reads its own triples (names, classes, dates), the claims
    with it as ``rdf:subject`` or ``rdf:object`` with their spans and the value
    nodes they name (a time, an interval's instants, a quantity). So, from the
    nodes of every changed triple (its subject, an IRI object): those nodes, the
    ends of the claims among them (in the delta for a claim gone, in ``raw``, the
    new store, for the others), of the claims of the spans among them, and of
    the claims naming the *described* nodes among them (as subject, object or
    voice, or an interval that names a described instant), with the claims a
    dispute pairs them with.

    A node is described when it is the subject of a changed triple that says how
    a claim naming it reads (:data:`DESCRIBING`: an entity's class and label, a
    value's text): a line shows a claim's ends by IRI, but its voice by label,
    its object as a value's text, and, in the conflicts of a disputed claim, the
    other claim's subject by label and object by label or text. A place or a
    person that a new claim names is not described: the thousands of events at
    that place are not made again (the claims to it are, on its own line).
    """
    import pyoxigraph as ox

    from kg.namespaces import RDF_TERMS

    default = ox.DefaultGraph()
    subject, obj = ox.NamedNode(str(RDF_TERMS.subject)), ox.NamedNode(str(RDF_TERMS.object))
    evidence = ox.NamedNode(str(KG.hasEvidence))
    voice = ox.NamedNode(str(PROV.wasAttributedTo))
    pairs = ox.NamedNode(str(KG.disputedClaim))
    bounds = [ox.NamedNode(str(TIME.hasBeginning)), ox.NamedNode(str(TIME.hasEnd))]
    describing = {ox.NamedNode(iri) for iri in DESCRIBING}
    lines = [*change.named_removed, *change.named_added]
    lines += [f"{t} .\n" for t in (*change.default_removed, *change.default_added)]
    focus: set[Any] = set()
    described: set[Any] = set()
    touched: set[str] = set()
    for quad in ox.parse("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True):
        focus.add(quad.subject)
        if quad.predicate in describing:
            described.add(quad.subject)
        if isinstance(quad.object, ox.NamedNode):
            focus.add(quad.object)
            if quad.predicate in (subject, obj):
                touched.add(quad.object.value)  # an end of a claim, gone or new

    def ends(claim: Any) -> None:
        for predicate in (subject, obj):
            for quad in raw.quads_for_pattern(claim, predicate, None, default):
                if isinstance(quad.object, ox.NamedNode):
                    touched.add(quad.object.value)

    def named(claim: Any) -> None:
        """A claim naming a described node, and those a dispute pairs it with (their
        conflicts show its subject's label and its value)."""
        ends(claim)
        for dispute in raw.quads_for_pattern(None, pairs, claim, default):
            for quad in raw.quads_for_pattern(dispute.subject, pairs, None, default):
                ends(quad.object)

    for node in focus:
        if not isinstance(node, ox.NamedNode):
            continue
        touched.add(node.value)
        ends(node)  # a claim
        for quad in raw.quads_for_pattern(None, evidence, node, default):
            ends(quad.subject)  # a span's claim
        if node not in described:
            continue
        for predicate in (subject, obj, voice):  # its label or text shows on their lines
            for quad in raw.quads_for_pattern(None, predicate, node, default):
                named(quad.subject)
        for bound in bounds:  # an instant of an interval
            for interval in raw.quads_for_pattern(None, bound, node, default):
                for quad in raw.quads_for_pattern(None, obj, interval.subject, default):
                    named(quad.subject)
    return touched
