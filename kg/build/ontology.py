"""The ontology as the build uses it: classes, their ancestors, and predicates.

The annotation rows are checked against this vocabulary, so adding a predicate
or a class to ``ontology/kg.ttl`` is all it takes to use it in ``data/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.errors import KgError
from kg.namespaces import KG, TIME

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"

#: Predicates that only the build writes (claims may not use them).
BUILD_PREDICATES = frozenset(
    {
        "hasRole",
        "amount",
        "unit",
        "qualifier",
        "unitSymbol",
        "qualifierSymbol",
        "dateWording",
        "resolvedAgainst",
        "dateSource",
        "firstDay",
        "lastDay",
        "hasEvidence",
        "confidence",
        "annotationFile",
        "headline",
        "publicationDate",
        "dateline",
        "disputed",
        "disputeKind",
        "disputedClaim",
    }
)
#: The attribution and factuality of a claim node (issue 23), written by the build too.
BUILD_PREDICATES |= {
    "hasVoice",
    "hasVoiceEvidence",
    "factuality",
    "attributionMode",
    "certainty",
    "polarity",
    "factBankCode",
    "modeName",
    "defaultFactuality",
}

_LITERAL_KINDS = {
    XSD.string: "string",
    XSD.decimal: "decimal",
    XSD.integer: "integer",
    XSD.boolean: "boolean",
    XSD.date: "date",
}


@dataclass(frozen=True)
class PropertySpec:
    """A predicate usable in claims."""

    name: str
    iri: URIRef
    kind: str
    """``entity``, ``time``, ``quantity``, ``string``, ``decimal``, ``integer``, ``boolean``."""
    domain: URIRef | None
    range: URIRef | None
    super_properties: frozenset[URIRef]
    """Every ancestor through ``rdfs:subPropertyOf``, the property itself excluded."""
    role_type: URIRef | None
    symmetric: bool
    single_valued: bool
    """Marked kg:expectsSingleValue: conflicting values from different sources are disputes."""
    label: str


@dataclass(frozen=True)
class Vocabulary:
    graph: Graph
    classes: dict[str, URIRef]
    ancestors: dict[URIRef, frozenset[URIRef]]
    """Each class's ancestors through ``rdfs:subClassOf``, the class itself included."""
    properties: dict[str, PropertySpec]
    units: dict[str, URIRef]
    qualifiers: dict[str, URIRef]
    _is_a: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False, repr=False)
    """Answers of :meth:`is_a` by plain strings: comparing rdflib terms runs Python code."""
    factualities: dict[str, URIRef] = field(default_factory=dict)
    """FactBank code (``CT+``, ``PS+``, ``Uu``) -> its ``kg:Factuality`` individual."""
    modes: dict[str, URIRef] = field(default_factory=dict)
    """Mode name (``asserted``, ``reported``, ``denied``...) -> its ``kg:AttributionMode``."""
    mode_factuality: dict[str, str] = field(default_factory=dict)
    """Mode name -> the FactBank code of its ``kg:defaultFactuality``."""

    def class_closure(self, cls: URIRef) -> frozenset[URIRef]:
        return self.ancestors.get(cls, frozenset({cls}))

    def is_a(self, cls: URIRef, expected: URIRef) -> bool:
        key = (str(cls), str(expected))
        answer = self._is_a.get(key)
        if answer is None:
            answer = self._is_a[key] = expected in self.class_closure(cls)
        return answer

    def label(self, iri: URIRef) -> str:
        value = self.graph.value(iri, SKOS.prefLabel)
        return str(value) if value is not None else iri.split("#")[-1]


def read_turtle(path: Path, what: str) -> Graph:
    """The Turtle file at ``path``; a missing or unparseable file is one KgError naming
    the file and ``what`` it holds ("ontology", "shapes")."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise KgError(f"{path}: {what} not found") from None
    except Exception as exc:  # rdflib raises parser-specific exceptions
        raise KgError(f"{path}: cannot parse the {what}: {exc}") from exc
    return graph


def load_ontology_graph(ontology_dir: Path) -> Graph:
    return read_turtle(ontology_dir / ONTOLOGY_FILE, "ontology")


def load_vocabulary(ontology_dir: Path) -> Vocabulary:
    """Read ``kg.ttl`` and derive what the build needs from it."""
    return vocabulary_from_graph(load_ontology_graph(ontology_dir))


def vocabulary_from_graph(graph: Graph) -> Vocabulary:
    classes = {
        _local(cls): cls
        for cls in graph.subjects(RDF.type, OWL.Class)
        if isinstance(cls, URIRef) and cls.startswith(str(KG))
    }
    ancestors = {
        cls: frozenset(
            c for c in graph.transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef)
        )
        for cls in set(graph.subjects(RDFS.subClassOf)) | set(classes.values())
        if isinstance(cls, URIRef)
    }
    properties: dict[str, PropertySpec] = {}
    for prop_type in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in graph.subjects(RDF.type, prop_type):
            if not isinstance(prop, URIRef) or not prop.startswith(str(KG)):
                continue
            name = _local(prop)
            if name in BUILD_PREDICATES:
                continue
            properties[name] = _property_spec(graph, prop, prop_type)
    units = _symbols(graph, KG.Unit, KG.unitSymbol)
    qualifiers = _symbols(graph, KG.QuantityQualifier, KG.qualifierSymbol)
    factualities = _symbols(graph, KG.Factuality, KG.factBankCode)
    modes = _symbols(graph, KG.AttributionMode, KG.modeName)
    codes = {iri: code for code, iri in factualities.items()}
    mode_factuality = {
        name: codes[default]
        for name, mode in modes.items()
        if isinstance(default := graph.value(mode, KG.defaultFactuality), URIRef)
        and default in codes
    }
    return Vocabulary(
        graph,
        classes,
        ancestors,
        properties,
        units,
        qualifiers,
        factualities=factualities,
        modes=modes,
        mode_factuality=mode_factuality,
    )


def _property_spec(graph: Graph, prop: URIRef, prop_type: URIRef) -> PropertySpec:
    domain = graph.value(prop, RDFS.domain)
    rng = graph.value(prop, RDFS.range)
    if rng == TIME.TemporalEntity:
        kind = "time"
    elif rng == KG.Quantity:
        kind = "quantity"
    elif prop_type == OWL.DatatypeProperty:
        kind = _LITERAL_KINDS.get(rng, "string") if isinstance(rng, URIRef) else "string"
    else:
        kind = "entity"
    supers = frozenset(
        p for p in graph.transitive_objects(prop, RDFS.subPropertyOf) if isinstance(p, URIRef)
    ) - {prop}
    role = graph.value(prop, KG.roleType)
    label = graph.value(prop, SKOS.prefLabel)
    return PropertySpec(
        name=_local(prop),
        iri=prop,
        kind=kind,
        domain=domain if isinstance(domain, URIRef) and domain != OWL.Thing else None,
        range=rng if isinstance(rng, URIRef) and kind == "entity" and rng != OWL.Thing else None,
        super_properties=supers,
        role_type=role if isinstance(role, URIRef) else None,
        symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
        single_valued=(prop, KG.expectsSingleValue, Literal(True)) in graph,
        label=str(label) if isinstance(label, Literal) else _local(prop),
    )


def _symbols(graph: Graph, cls: URIRef, symbol: URIRef) -> dict[str, URIRef]:
    result: dict[str, URIRef] = {}
    for individual in graph.subjects(RDF.type, cls):
        value = graph.value(individual, symbol)
        if isinstance(individual, URIRef) and value is not None:
            result[str(value)] = individual
    return result


def _local(iri: URIRef) -> str:
    return iri.split("#")[-1]
