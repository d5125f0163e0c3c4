"""The IRIs the project mints and the vocabularies it aligns with."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, NamespaceManager

from kg.iris import BASE as BASE


class Terms(Namespace):
    """A namespace whose attribute terms (``KG.Claim``) are made once, then kept.

    rdflib's namespaces make a new ``URIRef`` on every attribute access (about
    1 µs); a build that writes a million triples looks up a few million terms.
    """

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self.term(name)
        self.__dict__[name] = term
        return term


KG = Terms(BASE + "ontology#")
"""The project's ontology."""
KGR = Namespace(BASE + "id/")
"""Entities and events of the register."""
SRC = Namespace(BASE + "source/")
"""Source documents."""
GRAPH = Namespace(BASE + "graph/")
"""Named graphs: one per source, plus ``ontology``, ``entities`` and ``sources``."""
CLAIM = Namespace(BASE + "claim/")
"""Annotated assertions (``kg:Claim``)."""
DISPUTE = Namespace(BASE + "dispute/")
"""Pairs of claims that contradict each other (``kg:Dispute``)."""

SEM = Terms("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Terms("http://www.w3.org/ns/prov#")
TIME = Terms("http://www.w3.org/2006/time#")
ORG = Terms("http://www.w3.org/ns/org#")
OA = Terms("http://www.w3.org/ns/oa#")
QUDT = Terms("http://qudt.org/schema/qudt/")
UNIT = Terms("http://qudt.org/vocab/unit/")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Terms("http://www.w3.org/ns/shacl#")

RDF_TERMS = Terms(str(RDF))
"""rdf: with its terms kept (rdflib's closed ``RDF`` checks each access)."""
XSD_TERMS = Terms(str(XSD))
"""xsd: with its terms kept."""

GRAPH_ONTOLOGY = GRAPH["ontology"]
GRAPH_ENTITIES = GRAPH["entities"]
GRAPH_SOURCES = GRAPH["sources"]

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "kgr": KGR,
    "src": SRC,
    "kgg": GRAPH,
    "claim": CLAIM,
    "dispute": DISPUTE,
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
    "rdf": RDF_TERMS,
    "rdfs": Namespace(str(RDFS)),
    "xsd": XSD_TERMS,
    "dcterms": Namespace(str(DCTERMS)),
}


def source_graph(source_id: str) -> URIRef:
    """The IRI of the named graph that holds one source's claims."""
    return GRAPH[source_id]


def bind_prefixes(manager: NamespaceManager) -> None:
    """Bind the project's prefixes (replacing rdflib's defaults)."""
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)
