"""The IRIs the project mints and the vocabularies it aligns with."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, NamespaceManager

BASE = "https://w3id.org/kgdiplo/"

KG = Namespace(BASE + "ontology#")
"""The project's ontology."""
KGR = Namespace(BASE + "id/")
"""Entities and events of the register."""
SRC = Namespace(BASE + "source/")
"""Source documents."""
GRAPH = Namespace(BASE + "graph/")
"""Named graphs: one per source, plus ``ontology``, ``entities`` and ``sources``."""
CLAIM = Namespace(BASE + "claim/")
"""Annotated assertions (``kg:Claim``)."""

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")

GRAPH_ONTOLOGY = GRAPH["ontology"]
GRAPH_ENTITIES = GRAPH["entities"]
GRAPH_SOURCES = GRAPH["sources"]

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "kgr": KGR,
    "src": SRC,
    "kgg": GRAPH,
    "claim": CLAIM,
    "sem": SEM,
    "prov": PROV,
    "time": TIME,
    "org": ORG,
    "oa": OA,
    "qudt": QUDT,
    "unit": UNIT,
    "wd": WD,
    "skos": Namespace(str(SKOS)),
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
    "dcterms": Namespace(str(DCTERMS)),
}


def source_graph(source_id: str) -> URIRef:
    """The IRI of the named graph that holds one source's claims."""
    return GRAPH[source_id]


def bind_prefixes(manager: NamespaceManager) -> None:
    """Bind the project's prefixes (replacing rdflib's defaults)."""
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)
