"""From validated records to an RDF dataset: one named graph per source.

Graphs:

* ``kgg:ontology``: the ontology;
* ``kgg:sources``: one ``kg:SourceDocument`` per report;
* ``kgg:entities``: the register (types with their RDFS closure, labels, aliases);
* ``kgg:<source-id>``: what that source asserts: each fact and what it
  entails (super-properties, symmetric inverses, SEM time stamps, time and
  quantity nodes, ``sem:Role`` nodes);
* the default graph: the provenance of every fact, a ``kg:Claim`` node
  (``rdf:Statement``) with ``prov:wasDerivedFrom`` its source and a Web
  Annotation evidence span. Provenance is written once, not per graph, so a
  store that keeps the merge of all graphs in its default graph (see
  :mod:`kg.stores.oxigraph`) does not hold it twice.

Every IRI is minted from ids and values, never from a counter, and no blank node
is used, so the same input always yields the same graph.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from rdflib import Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID as DEFAULT_GRAPH
from rdflib.namespace import DCTERMS, OWL, RDFS, SKOS
from rdflib.term import Node

from kg.build.attribution import add_attribution, attribution_key
from kg.build.dispute_graph import dispute_context, dispute_triples
from kg.build.disputes import (
    DisputeContext,
    DisputeEntry,
    dispute_value,
    find_disputes,
    is_rule_entry,
    said_by,
)
from kg.build.ontology import Vocabulary
from kg.build.validate import ObjectValue, Resolved, ResolvedClaim, entity_iri
from kg.build.values import PartialDate, QuantityValue, TimeValue
from kg.errors import Location
from kg.namespaces import (
    CLAIM,
    GRAPH_ENTITIES,
    GRAPH_ONTOLOGY,
    GRAPH_SOURCES,
    KG,
    OA,
    PROV,
    RDF_TERMS,
    SEM,
    SRC,
    TIME,
    WD,
    XSD_TERMS,
    bind_prefixes,
    source_graph,
)
from kg.rdfterms import decimal_literal

RDF, XSD = RDF_TERMS, XSD_TERMS  # their terms made once: a build looks up millions

_UNIT_TYPES = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}
_QUALIFIER_NAMES = {"=": "", "~": "about-", ">": "over-", ">=": "atleast-", "<": "under-"}
_QUALIFIER_NAMES["<="] = "atmost-"

Triple = tuple[Node, Node, Node]


@functools.lru_cache(maxsize=100_000, typed=True)
def _typed(value: object, datatype: URIRef) -> Literal:
    """A typed literal, made once per value: a build repeats the same dates and offsets."""
    return Literal(value, datatype=datatype)


class TripleSink(Protocol):
    """Where one named graph's triples go: an rdflib Graph, or N-Quads lines."""

    def add(self, triple: Triple) -> object: ...


class QuadSink(Protocol):
    def graph(self, name: URIRef) -> TripleSink: ...


@dataclass
class BuiltGraph:
    dataset: Dataset
    locations: dict[URIRef, Location]
    """For each entity and claim IRI, the annotation row it comes from."""


class _DatasetSink:
    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def graph(self, name: URIRef) -> TripleSink:
        return self.dataset.graph(name)


def make_dataset(resolved: Resolved, vocabulary: Vocabulary) -> BuiltGraph:
    """The dataset in rdflib's memory store."""
    dataset = Dataset()
    bind_prefixes(dataset.namespace_manager)
    locations = emit(resolved, vocabulary, _DatasetSink(dataset))
    return BuiltGraph(dataset, locations)


def emit(resolved: Resolved, vocabulary: Vocabulary, sink: QuadSink) -> dict[URIRef, Location]:
    """Write every quad into ``sink``; return the annotation row of each entity and claim."""
    locations: dict[URIRef, Location] = {}
    emit_ontology(vocabulary, sink)
    emit_sources(resolved, vocabulary, sink)
    emit_entities(resolved, vocabulary, sink, locations)
    emit_claims(resolved.claims, resolved, vocabulary, sink, locations)
    context = dispute_context(resolved, vocabulary)
    disputes = find_disputes(dispute_entries(resolved.claims, context), context)
    provenance = sink.graph(DEFAULT_GRAPH)
    for triple in dispute_triples(disputes):
        provenance.add(triple)
    return locations


def emit_ontology(vocabulary: Vocabulary, sink: QuadSink) -> None:
    """``kgg:ontology``: the ontology's triples."""
    ontology = sink.graph(GRAPH_ONTOLOGY)
    for triple in vocabulary.graph:
        ontology.add(triple)


def emit_sources(resolved: Resolved, vocabulary: Vocabulary, sink: QuadSink) -> None:
    """``kgg:sources``: a ``kg:SourceDocument`` per report."""
    sources = sink.graph(GRAPH_SOURCES)
    for source in resolved.sources.values():
        doc = SRC[source.id]
        _add_types(sources, doc, KG.SourceDocument, vocabulary)
        sources.add((doc, DCTERMS.identifier, Literal(source.id)))
        sources.add((doc, KG.publicationDate, _typed(source.published, XSD.date)))
        for prop, value in (
            (KG.headline, source.headline),
            (KG.dateline, source.dateline),
            (DCTERMS.creator, source.author),
            (SKOS.scopeNote, source.note),
        ):
            if value:
                sources.add((doc, prop, Literal(value)))


def emit_entities(
    resolved: Resolved, vocabulary: Vocabulary, sink: QuadSink, locations: dict[URIRef, Location]
) -> None:
    """``kgg:entities``: the register."""
    entities = sink.graph(GRAPH_ENTITIES)
    for entity_id, entity in resolved.entities.items():
        iri = entity_iri(entity_id)
        locations[iri] = entity.location
        _add_types(entities, iri, resolved.entity_types[entity_id], vocabulary)
        entities.add((iri, SKOS.prefLabel, Literal(entity.label)))
        for alias in entity.aliases:
            entities.add((iri, SKOS.altLabel, Literal(alias)))
        if entity.wikidata:
            entities.add((iri, OWL.sameAs, WD[entity.wikidata]))
        if entity.note:
            entities.add((iri, SKOS.scopeNote, Literal(entity.note)))


def emit_claims(
    claims: Iterable[ResolvedClaim],
    resolved: Resolved,
    vocabulary: Vocabulary,
    sink: QuadSink,
    locations: dict[URIRef, Location],
) -> None:
    """Each claim's facts in its source's graph and its provenance in the default graph
    (the disputes are written apart: :func:`dispute_triples`)."""
    provenance = sink.graph(DEFAULT_GRAPH)
    for claim in claims:
        graph = sink.graph(source_graph(claim.record.source))
        claim_iri = claim_iri_of(claim)
        locations[claim_iri] = claim.record.location
        obj = _object_term(graph, claim, resolved, vocabulary)
        for triple in _entailed(claim, obj):
            graph.add(triple)
        _add_claim_node(provenance, claim, claim_iri, obj, vocabulary)


_TYPE = RDF.type
_THING = OWL.Thing
_closures: dict[tuple[int, str], tuple[URIRef, ...]] = {}


def _add_types(graph: TripleSink, node: URIRef, cls: URIRef, vocabulary: Vocabulary) -> None:
    key = (id(vocabulary), str(cls))  # a plain str: comparing rdflib terms runs Python code
    closure = _closures.get(key)
    if closure is None:
        closure = tuple(sorted(c for c in vocabulary.class_closure(cls) if c != _THING))
        _closures[key] = closure
    for ancestor in closure:
        graph.add((node, _TYPE, ancestor))


def _entailed(claim: ResolvedClaim, obj: URIRef | Literal) -> Iterable[Triple]:
    """The asserted triple, its super-properties, and a symmetric property's inverse."""
    subject, prop = claim.subject, claim.prop
    for predicate in (prop.iri, *sorted(prop.super_properties)):
        yield subject, predicate, obj
        if prop.symmetric and isinstance(obj, URIRef):
            yield obj, predicate, subject
    if prop.role_type is not None and isinstance(obj, URIRef):
        role = URIRef(f"{subject}/role/{prop.role_type.split('#')[-1]}/{obj.split('/')[-1]}")
        yield subject, KG.hasRole, role
        yield role, RDF.type, SEM.Role
        yield role, RDF.value, obj
        yield role, SEM.roleType, prop.role_type


def _object_term(
    graph: TripleSink, claim: ResolvedClaim, resolved: Resolved, vocabulary: Vocabulary
) -> URIRef | Literal:
    value: ObjectValue = claim.value
    if isinstance(value, URIRef):
        return value
    if isinstance(value, TimeValue):
        published = resolved.sources[claim.record.source].published
        return _time_node(graph, claim.subject, value, published)
    if isinstance(value, QuantityValue):
        return _quantity_node(graph, claim.subject, value, vocabulary)
    if isinstance(value, bool):
        return _typed(value, XSD.boolean)
    if isinstance(value, int):
        return _typed(value, XSD.integer)
    if isinstance(value, Decimal):
        return decimal_literal(value)
    return Literal(value)


def _time_node(graph: TripleSink, subject: URIRef, value: TimeValue, published: dt.date) -> URIRef:
    if value.is_instant:
        assert value.start is not None
        node = _instant(graph, subject, value.start)
    else:
        node = URIRef(f"{subject}/time/{value.start or ''}_{value.end or ''}")
        graph.add((node, RDF.type, TIME.Interval))
        graph.add((node, RDF.type, TIME.TemporalEntity))
        if value.start is not None:
            graph.add((node, TIME.hasBeginning, _instant(graph, subject, value.start)))
        if value.end is not None:
            graph.add((node, TIME.hasEnd, _instant(graph, subject, value.end)))
    if value.wording:
        graph.add((node, KG.dateWording, Literal(value.wording)))
    if value.relative:
        graph.add((node, KG.resolvedAgainst, _typed(published, XSD.date)))
        # the publication date as the end of a span that starts before it (or has
        # no start): the text says only that it happened by then
        bounded = value.latest == published and (
            value.earliest is None or value.earliest < published
        )
        source = KG.BoundedByPublicationDate if bounded else KG.ResolvedFromPublicationDate
        graph.add((node, KG.dateSource, source))
    else:
        graph.add((node, KG.dateSource, KG.StatedInText))
    if value.earliest is not None:
        graph.add((node, KG.firstDay, _typed(value.earliest, XSD.date)))
        graph.add((subject, SEM.hasEarliestBeginTimeStamp, _typed(value.earliest, XSD.date)))
    if value.latest is not None:
        graph.add((node, KG.lastDay, _typed(value.latest, XSD.date)))
        graph.add((subject, SEM.hasLatestEndTimeStamp, _typed(value.latest, XSD.date)))
    if value.is_instant and value.start is not None and value.start.precision == "day":
        graph.add((subject, SEM.hasTimeStamp, _typed(value.earliest, XSD.date)))
    return node


def _instant(graph: TripleSink, subject: URIRef, date: PartialDate) -> URIRef:
    node = URIRef(f"{subject}/time/{date}")
    graph.add((node, RDF.type, TIME.Instant))
    graph.add((node, RDF.type, TIME.TemporalEntity))
    graph.add((node, TIME.unitType, _UNIT_TYPES[date.precision]))
    if date.precision == "day":
        graph.add((node, TIME.inXSDDate, _typed(date.first_day(), XSD.date)))
    elif date.precision == "month":
        graph.add((node, TIME.inXSDgYearMonth, _typed(str(date), XSD.gYearMonth)))
    else:
        graph.add((node, TIME.inXSDgYear, _typed(str(date), XSD.gYear)))
    return node


def _quantity_node(
    graph: TripleSink, subject: URIRef, value: QuantityValue, vocabulary: Vocabulary
) -> URIRef:
    node = URIRef(
        f"{subject}/quantity/{_QUALIFIER_NAMES[value.qualifier]}{value.amount}-{value.unit}"
    )
    _add_types(graph, node, KG.Quantity, vocabulary)
    graph.add((node, KG.amount, decimal_literal(value.amount)))
    graph.add((node, KG.unit, vocabulary.units[value.unit]))
    qualifier = vocabulary.qualifiers.get(value.qualifier)
    if qualifier is not None:
        graph.add((node, KG.qualifier, qualifier))
    return node


def claim_iri_of(claim: ResolvedClaim) -> URIRef:
    """The IRI of a claim's node: its source and a digest of subject, predicate, object,
    and of its voice and factuality where they are not the default (the report's claim
    and an actor's, or a stated and a considered one, are two claims)."""
    record = claim.record
    key = f"{record.subject}\t{record.predicate}\t{record.object}"
    key += attribution_key(claim.attribution, record.voice)
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    return CLAIM[f"{record.source}/{digest}"]


def _add_claim_node(
    graph: TripleSink,
    claim: ResolvedClaim,
    claim_iri: URIRef,
    obj: URIRef | Literal,
    vocabulary: Vocabulary,
) -> None:
    record = claim.record
    _add_types(graph, claim_iri, KG.Claim, vocabulary)
    graph.add((claim_iri, RDF.subject, claim.subject))
    graph.add((claim_iri, RDF.predicate, claim.prop.iri))
    graph.add((claim_iri, RDF.object, obj))
    graph.add((claim_iri, PROV.wasDerivedFrom, SRC[record.source]))
    graph.add(
        (
            claim_iri,
            KG.annotationFile,
            Literal(f"{record.location.path.name}:{record.location.line}"),
        )
    )
    if record.confidence is not None:
        confidence = decimal_literal(Decimal(str(record.confidence)))
        graph.add((claim_iri, KG.confidence, confidence))
    if record.note:
        graph.add((claim_iri, RDFS.comment, Literal(record.note)))
    _add_span(
        graph, claim_iri, KG.hasEvidence, record.evidence, claim.spans, record.source, vocabulary
    )
    add_attribution(graph, claim, claim_iri, vocabulary, _add_span)


def _add_span(
    graph: TripleSink,
    claim_iri: URIRef,
    prop: URIRef,
    evidence: str,
    spans: tuple[tuple[int, int], ...],
    source: str,
    vocabulary: Vocabulary,
) -> None:
    """An evidence span of a claim (``kg:hasEvidence``, ``kg:hasVoiceEvidence``)."""
    span = URIRef(f"{claim_iri}/evidence/{hashlib.sha1(evidence.encode()).hexdigest()[:8]}")
    graph.add((claim_iri, prop, span))
    _add_types(graph, span, KG.EvidenceSpan, vocabulary)
    graph.add((span, OA.exact, Literal(evidence)))
    graph.add((span, PROV.wasQuotedFrom, SRC[source]))
    if spans:
        start, end = spans[0]
        graph.add((span, OA.start, _typed(start, XSD.integer)))
        graph.add((span, OA.end, _typed(end, XSD.integer)))


def dispute_entries(claims: Iterable[ResolvedClaim], context: DisputeContext) -> list[DisputeEntry]:
    """The claims the dispute rules read, keyed by their claim IRI."""
    return [
        (
            str(claim_iri_of(c)),
            str(c.subject),
            str(c.prop.iri),
            c.record.source,
            dispute_value(c.value),
            said_by(c.record.voice, c.attribution.factuality),
        )
        for c in claims
        if is_rule_entry(str(c.prop.iri), context)
    ]
