"""A networkx projection of the graph: entities and events as nodes, claims as edges.

Only IRI-to-IRI facts between register entities become edges; literal facts
(dates, quantities, descriptions) become node attributes, so a date or a label
never joins two unrelated entities. Events stay nodes, so a lookup can hop
through them (`--via-events`) or skip them (`--direct`).

The projection is read with SPARQL from the union of the named graphs, so any
store that answers SPARQL can provide it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rdflib import Dataset

from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    import networkx as nx

_NODES = """
SELECT ?node ?label ?type ?typeLabel ?isEvent WHERE {
  GRAPH kgg:entities { ?node skos:prefLabel ?label ; a ?type . }
  ?type skos:prefLabel ?typeLabel .
  FILTER (STRSTARTS(STR(?type), STR(kg:)))
  FILTER NOT EXISTS {
    GRAPH kgg:entities { ?node a ?narrower . }
    ?narrower rdfs:subClassOf+ ?type . FILTER (?narrower != ?type)
  }
  BIND (EXISTS { GRAPH kgg:entities { ?node a kg:Event } } AS ?isEvent)
}
"""
_ALIASES = "SELECT ?node ?alias WHERE { GRAPH kgg:entities { ?node skos:altLabel ?alias } }"
_SUPERCLASSES = """
SELECT ?class ?super WHERE {
  GRAPH kgg:ontology { ?class rdfs:subClassOf+ ?super } FILTER (STRSTARTS(STR(?super), STR(kg:)))
}
"""
_CLAIMS = """
SELECT ?claim ?s ?p ?o ?source ?span ?evidence ?disputed ?isEntity WHERE {
  ?claim a kg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
         prov:wasDerivedFrom/dcterms:identifier ?source ; kg:hasEvidence ?span .
  ?span oa:exact ?evidence .
  OPTIONAL { ?claim kg:disputed ?disputed }
  BIND (EXISTS { GRAPH kgg:entities { ?o skos:prefLabel ?any } } AS ?isEntity)
}
"""
_OFFSETS = """
SELECT ?span ?start ?end WHERE { ?span a kg:EvidenceSpan ; oa:start ?start ; oa:end ?end }
"""
_PREDICATE_LABELS = """
SELECT ?p ?label WHERE { GRAPH kgg:ontology { ?p a ?kind ; skos:prefLabel ?label .
  FILTER (?kind IN (owl:ObjectProperty, owl:DatatypeProperty)) } }
"""
_TIMES = """
SELECT ?node ?earliest ?latest ?wording ?unit WHERE {
  ?claim a kg:Claim ; rdf:subject ?node ; rdf:predicate kg:hasTime ; rdf:object ?t .
  OPTIONAL { ?t kg:dateWording ?wording }
  OPTIONAL { ?t time:unitType ?unit }
  OPTIONAL { ?t time:hasBeginning/time:unitType ?unit }
  OPTIONAL { ?node sem:hasEarliestBeginTimeStamp ?earliest }
  OPTIONAL { ?node sem:hasLatestEndTimeStamp ?latest }
}
"""
_TIME_TEXT = """
SELECT ?t ?text WHERE {
  { ?t time:inXSDDate ?text }
  UNION { ?t time:inXSDgYearMonth ?text }
  UNION { ?t time:inXSDgYear ?text }
}
"""
_QUANTITIES = """
SELECT ?q ?amount ?unit ?qualifier WHERE {
  ?q a kg:Quantity ; kg:amount ?amount ; kg:unit/kg:unitSymbol ?unit .
  OPTIONAL { ?q kg:qualifier/kg:qualifierSymbol ?qualifier }
}
"""
_INTERVALS = """
SELECT ?t ?begin ?end WHERE {
  ?t a time:Interval . OPTIONAL { ?t time:hasBeginning ?begin } OPTIONAL { ?t time:hasEnd ?end }
}
"""


@dataclass
class Evidence:
    """A claim's source and verbatim evidence span, with its character offsets when verified."""

    source: str
    evidence: str
    start: int | None = None
    end: int | None = None


@dataclass
class Fact:
    """A literal-valued fact of a node (a date, a quantity, a description)."""

    predicate: str
    label: str
    value: str
    sources: list[Evidence] = field(default_factory=list)
    disputed: bool = False


def query_rows(dataset: Dataset, query: str) -> list[dict[str, Any]]:
    """Run a read query over the union of the graphs; rows of Python-friendly strings."""
    dataset.default_union = True
    result = dataset.query(query, initNs={p: str(ns) for p, ns in PREFIXES.items()})
    names = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        values = row.asdict()  # type: ignore[union-attr]
        rows.append({n: values.get(n) for n in names})
    return rows


def project(dataset: Dataset) -> nx.MultiDiGraph:
    """The projection: node and edge attributes carry labels, types, facts and sources.

    Node attributes: ``label``, ``type`` (the most specific class), ``types`` (every
    class of the project's ontology the node has, most specific first), ``type_label``,
    ``is_event``, ``aliases``, ``facts`` (list of :class:`Fact`), ``earliest`` /
    ``latest`` (ISO dates), ``when`` (the dates as the sources give them).
    Edge attributes (key = predicate IRI): ``predicate``, ``label``, ``sources``
    (list of :class:`Evidence`), ``disputed``.
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for row in query_rows(dataset, _NODES):
        node = str(row["node"])
        if node in graph:  # two most specific classes: keep the first in IRI order
            if str(row["type"]) >= graph.nodes[node]["type"]:
                continue
        graph.add_node(
            node,
            label=str(row["label"]),
            type=str(row["type"]),
            type_label=str(row["typeLabel"]),
            is_event=bool(row["isEvent"].toPython()),
            aliases=[],
            facts=[],
            earliest="",
            latest="",
            when=[],
        )
    _add_types(dataset, graph)
    for row in query_rows(dataset, _ALIASES):
        if str(row["node"]) in graph:
            graph.nodes[str(row["node"])]["aliases"].append(str(row["alias"]))
    labels = {str(r["p"]): str(r["label"]) for r in query_rows(dataset, _PREDICATE_LABELS)}
    values = _literal_texts(dataset)

    offsets = {
        str(r["span"]): (int(r["start"].toPython()), int(r["end"].toPython()))
        for r in query_rows(dataset, _OFFSETS)
    }
    facts: dict[tuple[str, str, str], Fact] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in query_rows(dataset, _CLAIMS):
        subject, predicate, obj = str(row["s"]), str(row["p"]), str(row["o"])
        if subject not in graph:
            continue
        start, end = offsets.get(str(row["span"]), (None, None))
        evidence = Evidence(str(row["source"]), str(row["evidence"]), start, end)
        disputed = bool(row["disputed"] is not None and row["disputed"].toPython())
        label = labels.get(predicate, predicate.rsplit("#", 1)[-1])
        if row["isEntity"].toPython() and obj in graph:
            edge = edges.setdefault(
                (subject, obj, predicate),
                {"predicate": predicate, "label": label, "sources": [], "disputed": False},
            )
            if evidence not in edge["sources"]:
                edge["sources"].append(evidence)
            edge["disputed"] = edge["disputed"] or disputed
        else:
            text = values.get(obj, obj)
            fact = facts.setdefault((subject, predicate, text), Fact(predicate, label, text))
            if evidence not in fact.sources:
                fact.sources.append(evidence)
            fact.disputed = fact.disputed or disputed
    for (subject, obj, predicate), attributes in sorted(edges.items()):
        graph.add_edge(subject, obj, key=predicate, **attributes)
    for (subject, _, _), fact in sorted(facts.items()):
        graph.nodes[subject]["facts"].append(fact)
    _add_times(dataset, graph)
    return graph


def _add_types(dataset: Dataset, graph: nx.MultiDiGraph) -> None:
    """Every ``kg:`` class of each node (its class and the superclasses), most specific first.

    The build types each entity with its declared class and that class's
    superclasses, so they follow from the most specific class and the ontology.
    """
    supers: dict[str, set[str]] = defaultdict(set)
    for row in query_rows(dataset, _SUPERCLASSES):
        supers[str(row["class"])].add(str(row["super"]))
    for node in graph.nodes:
        found = {graph.nodes[node]["type"]} | supers[graph.nodes[node]["type"]]
        graph.nodes[node]["types"] = sorted(found, key=lambda t: (-len(supers[t] & found), t))


def _literal_texts(dataset: Dataset) -> dict[str, str]:
    """Readable text for the value nodes: dates as written, quantities with units."""
    texts: dict[str, str] = {}
    for row in query_rows(dataset, _TIME_TEXT):
        texts[str(row["t"])] = str(row["text"])
    for row in query_rows(dataset, _INTERVALS):
        begin = texts.get(str(row["begin"]), "") if row["begin"] is not None else ""
        end = texts.get(str(row["end"]), "") if row["end"] is not None else ""
        texts[str(row["t"])] = f"{begin}..{end}"
    symbols = {"=": "", "~": "about ", ">": "over ", ">=": "at least ", "<": "under "}
    symbols["<="] = "at most "
    for row in query_rows(dataset, _QUANTITIES):
        qualifier = symbols.get(str(row["qualifier"]), "") if row["qualifier"] is not None else ""
        amount = row["amount"].toPython()
        number = f"{amount:,f}".rstrip("0").rstrip(".") if amount is not None else "?"
        texts[str(row["q"])] = f"{qualifier}{number} {row['unit']}"
    return texts


def _add_times(dataset: Dataset, graph: nx.MultiDiGraph) -> None:
    earliest: dict[str, set[str]] = defaultdict(set)
    latest: dict[str, set[str]] = defaultdict(set)
    for row in query_rows(dataset, _TIMES):
        node = str(row["node"])
        if node not in graph:
            continue
        if row["earliest"] is not None:
            earliest[node].add(str(row["earliest"]))
        if row["latest"] is not None:
            latest[node].add(str(row["latest"]))
    for node in graph.nodes:
        data = graph.nodes[node]
        # Where the sources' spans agree, their intersection is the tightest date
        # ("2025-01-08" within "January 2025"); where they conflict, their union.
        low = max(earliest[node]) if earliest[node] else ""
        high = min(latest[node]) if latest[node] else ""
        if low and high and low > high:
            low, high = min(earliest[node]), max(latest[node])
        data["earliest"], data["latest"] = low, high
        data["when"] = sorted({f.value for f in data["facts"] if f.predicate.endswith("#hasTime")})
