"""Who an entity met or dealt with, through the events they share.

A small SPARQL view over the union of the named graphs; the entity is bound as
an RDF term (``initBindings``), never pasted into the query text.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, URIRef

from kg.namespaces import PREFIXES

_SHARED_EVENTS = """
SELECT ?event ?eventLabel ?eventType ?other ?otherLabel
       (MIN(?begin) AS ?earliest) (MAX(?end) AS ?latest)
       (GROUP_CONCAT(DISTINCT ?sourceId; separator=" ") AS ?sources)
WHERE {
  ?event sem:hasActor ?entity , ?other .
  FILTER (?other != ?entity)
  ?event skos:prefLabel ?eventLabel ; a ?eventType .
  ?eventType rdfs:subClassOf* kg:Event .
  FILTER NOT EXISTS {
    ?event a ?narrower . ?narrower rdfs:subClassOf+ ?eventType . FILTER (?narrower != ?eventType)
  }
  ?other skos:prefLabel ?otherLabel .
  OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?begin }
  OPTIONAL { ?event sem:hasLatestEndTimeStamp ?end }
  ?claim rdf:subject ?event ; rdf:object ?other ; prov:wasDerivedFrom ?source .
  ?source dcterms:identifier ?sourceId .
}
GROUP BY ?event ?eventLabel ?eventType ?other ?otherLabel
ORDER BY ?earliest ?eventLabel ?otherLabel
"""


@dataclass(frozen=True)
class SharedEvent:
    event: str
    event_label: str
    event_type: str
    other: str
    other_label: str
    earliest: str
    latest: str
    sources: tuple[str, ...]


def shared_events(dataset: Dataset, entity: URIRef) -> list[SharedEvent]:
    """Each (event, other actor) pair where ``entity`` and the other both took part."""
    dataset.default_union = True
    rows = dataset.query(
        _SHARED_EVENTS,
        initNs={p: str(ns) for p, ns in PREFIXES.items()},
        initBindings={"entity": entity},
    )
    result = []
    for row in rows:
        values = row.asdict()  # type: ignore[union-attr]
        result.append(
            SharedEvent(
                event=str(values["event"]),
                event_label=str(values["eventLabel"]),
                event_type=str(values["eventType"]).rsplit("#", 1)[-1],
                other=str(values["other"]),
                other_label=str(values["otherLabel"]),
                earliest=str(values.get("earliest", "")),
                latest=str(values.get("latest", "")),
                sources=tuple(sorted(str(values["sources"]).split())),
            )
        )
    return result
