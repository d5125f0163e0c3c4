"""A networkx projection of the graph: entities and events as nodes, claims as edges.

Only IRI-to-IRI facts between register entities become edges; literal facts
(dates, quantities, descriptions) become node attributes, so a date or a label
never joins two unrelated entities. Events stay nodes, so a lookup can hop
through them (`--via-events`) or skip them (`--direct`).

The projection is read with SPARQL, from an rdflib Dataset or any store of
:mod:`kg.stores`, either whole (:func:`project`) or for a set of nodes only
(``project(source, nodes=...)``): their facts and every claim that touches
them, the other end of a link coming with its names and classes. The second
form is how lookups and ego views on a large store touch only the
neighbourhood they need.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kg.dates import combine
from kg.graph.model import Conflict, Evidence, Fact, local_name
from kg.graph.queries import Rows, Runner, chunked, runner
from kg.graph.terms import Terms, read_terms
from kg.iris import KG, is_iri

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset

    from kg.stores.base import GraphStore

_NAMES = """
SELECT ?node ?label ?type WHERE {
  GRAPH kgg:entities { ?node skos:prefLabel ?label ; a ?type . } {values}
  FILTER (STRSTARTS(STR(?type), STR(kg:)))
}
"""
_ALIASES = """
SELECT ?node ?alias WHERE { GRAPH kgg:entities { ?node skos:altLabel ?alias } {values} }
"""
# One pattern per OPTIONAL: Oxigraph evaluates a group of two on its own, over every span.
_CLAIM_BODY = """
  ?claim rdf:predicate ?p ; prov:wasDerivedFrom/dcterms:identifier ?source ;
         kg:hasEvidence ?span .
  ?span oa:exact ?evidence .
  OPTIONAL { ?span oa:start ?start } OPTIONAL { ?span oa:end ?end }
  OPTIONAL { ?claim kg:disputed ?disputed }
  OPTIONAL { ?claim prov:wasAttributedTo ?voice }
  OPTIONAL { ?claim kg:hasVoiceEvidence/oa:exact ?voiceEvidence }
  OPTIONAL { ?claim kg:factuality ?factuality }
  OPTIONAL { ?claim kg:attributionMode ?mode }
"""
_CLAIM_VARIABLES = (
    "SELECT ?claim ?s ?p ?o ?source ?span ?evidence ?start ?end ?disputed"
    " ?voice ?voiceEvidence ?factuality ?mode WHERE {\n"
)
_CLAIMS_ALL = (
    _CLAIM_VARIABLES + "  ?claim a kg:Claim ; rdf:subject ?s ; rdf:object ?o ." + _CLAIM_BODY + "}"
)
_CLAIMS_FROM = (
    _CLAIM_VARIABLES + "  {values} ?claim rdf:subject ?s ; rdf:object ?o ." + _CLAIM_BODY + "}"
)
_CLAIMS_TO = (
    _CLAIM_VARIABLES + "  {values} ?claim rdf:object ?o ; rdf:subject ?s ." + _CLAIM_BODY + "}"
)
_STAMPS = """
SELECT ?node ?earliest ?latest WHERE {
  {values}
  { ?node sem:hasEarliestBeginTimeStamp ?earliest }
  UNION { ?node sem:hasLatestEndTimeStamp ?latest }
}
"""
_TIME_TEXT = """
SELECT ?t ?text WHERE {
  {values}
  { ?t time:inXSDDate ?text } UNION { ?t time:inXSDgYearMonth ?text }
  UNION { ?t time:inXSDgYear ?text }
}
"""
_INTERVALS = """
SELECT ?t ?begin ?end WHERE {
  {values} ?t a time:Interval . OPTIONAL { ?t time:hasBeginning ?begin }
  OPTIONAL { ?t time:hasEnd ?end }
}
"""
_QUANTITIES = """
SELECT ?t ?amount ?unit ?qualifier WHERE {
  {values} ?t a kg:Quantity ; kg:amount ?amount ; kg:unit/kg:unitSymbol ?unit .
  OPTIONAL { ?t kg:qualifier/kg:qualifierSymbol ?qualifier }
}
"""
_CONFLICTS = """
SELECT ?claim ?kind ?other ?s ?p ?o ?source ?evidence ?subjectLabel ?objectLabel WHERE {
  {values}
  ?dispute kg:disputedClaim ?claim ; kg:disputeKind ?kind ; kg:disputedClaim ?other .
  FILTER (?other != ?claim)
  ?other rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
         prov:wasDerivedFrom/dcterms:identifier ?source ; kg:hasEvidence/oa:exact ?evidence .
  OPTIONAL { GRAPH kgg:entities { ?s skos:prefLabel ?subjectLabel } }
  OPTIONAL { GRAPH kgg:entities { ?o skos:prefLabel ?objectLabel } }
}
"""
_QUALIFIERS = {"=": "", "~": "about ", ">": "over ", ">=": "at least ", "<": "under "}
_QUALIFIERS["<="] = "at most "
_HAS_TIME = KG + "hasTime"


def project(
    source: Dataset | GraphStore,
    nodes: Collection[str] | None = None,
    *,
    incoming: bool = True,
    terms: Terms | None = None,
    factory: Callable[[], Any] | None = None,
    claims: Rows | None = None,
) -> nx.MultiDiGraph:
    """The projection, whole or for ``nodes`` only.

    Node attributes: ``label``, ``type`` (the most specific class), ``types`` (every class of
    the project's ontology the node has, most specific first), ``type_label``, ``is_event``,
    ``aliases``, ``facts`` (list of :class:`~kg.graph.model.Fact`), ``earliest`` / ``latest``
    (ISO dates), ``when`` (the dates as the sources give them), and ``complete`` (False for the
    far end of a link of a partial projection, which has its names and classes but not its
    facts). Edge attributes (key = predicate IRI): ``predicate``, ``label``, ``sources`` (list
    of :class:`~kg.graph.model.Evidence`), ``disputed``, ``conflicts`` (list of
    :class:`~kg.graph.model.Conflict`: what contradicts a disputed claim).

    A partial projection has the claims that touch ``nodes`` in either direction, or with
    ``incoming`` False only those whose subject they are (enough for their facts, and for every
    edge among a set of nodes). Which ends of those claims are entities is asked of the store
    for those ends only, so the cost follows the neighbourhood, not the register.

    ``factory`` makes the graph to fill: a networkx ``MultiDiGraph`` by default; a lookup on a
    store passes :class:`kg.graph.multigraph.Multigraph`, which has the same methods and needs
    no networkx. ``claims``: the rows of the whole projection's claims query where the caller
    has them (:mod:`kg.build.claim_rows`).
    """
    if factory is None:
        import networkx as nx

        factory = nx.MultiDiGraph
    run = runner(source)
    terms = terms or read_terms(run)
    wanted = None if nodes is None else set(nodes)
    if wanted is None:
        claim_rows = run(_CLAIMS_ALL) if claims is None else claims
        names = _names(run, None, terms)
    else:
        claim_rows = _claims_touching(run, wanted, incoming)
        ends = {str(r["s"]) for r in claim_rows}
        ends |= {str(r["o"]) for r in claim_rows if is_iri(r["o"])}
        names = _names(run, wanted | ends, terms)  # the entities among them
    entity_set: Collection[str] = names

    graph = factory()
    for iri, (label, types) in sorted(names.items()):
        ordered = terms.ordered_types(types)
        graph.add_node(
            iri,
            label=label,
            type=ordered[0],
            types=ordered,
            type_label=terms.class_labels.get(ordered[0], ordered[0].rsplit("#", 1)[-1]),
            is_event=KG + "Event" in ordered,
            aliases=[],
            facts=[],
            earliest="",
            latest="",
            when=[],
            complete=wanted is None or iri in wanted,
        )
    for row in chunked(run, _ALIASES, None if wanted is None else set(names), "node"):
        if str(row["node"]) in graph:
            graph.nodes[str(row["node"])]["aliases"].append(str(row["alias"]))
    for node in graph.nodes:
        graph.nodes[node]["aliases"].sort()

    complete = set(graph.nodes) if wanted is None else wanted & set(graph.nodes)
    value_nodes = {
        str(r["o"])
        for r in claim_rows
        if str(r["s"]) in complete and str(r["o"]) not in entity_set and is_iri(r["o"])
    }
    values = _literal_texts(run, None if wanted is None else value_nodes)
    voices = _voice_labels(run, claim_rows, names)

    facts: dict[tuple[str, str, str], Fact] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    conflicted: dict[str, list[list[Conflict]]] = defaultdict(list)
    """Each disputed claim's IRI, with the conflict lists of the facts and edges it is in."""
    for row in claim_rows:
        subject, predicate, obj = str(row["s"]), str(row["p"]), str(row["o"])
        if subject not in graph:
            continue
        start = int(str(row["start"])) if row["start"] is not None else None
        end = int(str(row["end"])) if row["end"] is not None else None
        evidence = Evidence(
            str(row["source"]),
            str(row["evidence"]),
            start,
            end,
            str(row["claim"]),
            **_attribution(row, voices, terms.attribution_names),
        )
        disputed = row["disputed"] is not None and str(row["disputed"]) in ("true", "1")
        label = terms.predicate_labels.get(predicate, predicate.rsplit("#", 1)[-1])
        if obj in entity_set and obj in graph:
            edge = edges.setdefault(
                (subject, obj, predicate),
                {
                    "predicate": predicate,
                    "label": label,
                    "sources": [],
                    "disputed": False,
                    "conflicts": [],
                },
            )
            _add_span(edge["sources"], evidence)
            edge["disputed"] = edge["disputed"] or disputed
            if disputed:
                conflicted[evidence.claim].append(edge["conflicts"])
        elif subject in complete:
            text = values.get(obj, obj)
            fact = facts.setdefault((subject, predicate, text), Fact(predicate, label, text))
            _add_span(fact.sources, evidence)
            fact.disputed = fact.disputed or disputed
            if disputed:
                conflicted[evidence.claim].append(fact.conflicts)
    for claim, conflicts in _conflicts(run, set(conflicted), terms).items():
        for target in conflicted[claim]:
            target.extend(c for c in conflicts if c not in target)
    for target in (t for targets in conflicted.values() for t in targets):
        target.sort()
    for (subject, obj, predicate), attributes in sorted(edges.items()):
        attributes["sources"].sort(key=_evidence_order)
        graph.add_edge(subject, obj, key=predicate, **attributes)
    for (subject, _, _), fact in sorted(facts.items()):
        fact.sources.sort(key=_evidence_order)
        graph.nodes[subject]["facts"].append(fact)
    _add_times(run, graph, None if wanted is None else complete)
    return graph


def _voice_labels(
    run: Runner, rows: Rows, names: dict[str, tuple[str, set[str]]]
) -> dict[str, str]:
    """The preferred label of every voice of ``rows`` (asked of the store for the voices
    that are not among ``names``)."""
    voices = {str(row["voice"]) for row in rows if row.get("voice") is not None}
    labels = {voice: names[voice][0] for voice in voices if voice in names}
    missing = voices - set(labels)
    if missing:
        for row in chunked(run, _NAMES, missing, "node"):
            labels.setdefault(str(row["node"]), str(row["label"]))
    return labels


def _attribution(row: Any, voices: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    """The voice and factuality of a claim row, as :class:`Evidence` fields (the defaults
    where the graph has none: a graph built before issue 23); ``names`` names the row's
    factuality and mode terms (:attr:`Terms.attribution_names`)."""
    fields: dict[str, str] = {}
    if row.get("voice") is not None:
        voice = str(row["voice"])
        fields["voice"] = voice
        fields["voice_label"] = voices.get(voice, voice)
    if row.get("voiceEvidence") is not None:
        fields["voice_evidence"] = str(row["voiceEvidence"])
    for key in ("factuality", "mode"):
        term = row.get(key)
        if term is not None and str(term) in names:
            fields[key] = names[str(term)]
    return fields


def _add_span(spans: list[Evidence], evidence: Evidence) -> None:
    """Add a span once; of two claims with the same span, keep the smaller IRI (any store
    order gives the same)."""
    for index, known in enumerate(spans):
        if known == evidence:
            if evidence.claim < known.claim:
                spans[index] = evidence
            return
    spans.append(evidence)


def _evidence_order(evidence: Evidence) -> tuple[str, int, str, str, str]:
    """Source, offset and span, then the voice and mode: two claims of one span (a
    report's allegation and a denial of it) come in the same order from every store."""
    return (
        evidence.source,
        evidence.start if evidence.start is not None else -1,
        evidence.evidence,
        evidence.voice,
        evidence.mode,
    )


def _conflicts(run: Runner, claims: set[str], terms: Terms) -> dict[str, list[Conflict]]:
    """For each disputed claim, the claims that contradict it (the other claim of each of
    its ``kg:Dispute`` nodes), with their values as text, sources and evidence."""
    if not claims:
        return {}
    rows = chunked(run, _CONFLICTS, claims, "claim")
    values = _literal_texts(
        run, {str(r["o"]) for r in rows if is_iri(r["o"]) and r["objectLabel"] is None}
    )
    found: dict[str, list[Conflict]] = defaultdict(list)
    for row in rows:
        predicate, obj = str(row["p"]), str(row["o"])
        if row["objectLabel"] is not None:
            value = str(row["objectLabel"])
        else:
            value = values.get(obj, obj)
        subject = str(row["s"])
        found[str(row["claim"])].append(
            Conflict(
                claim=str(row["claim"]),
                kind=local_name(str(row["kind"])),
                subject=subject,
                subject_label=str(row["subjectLabel"] or subject),
                predicate=predicate,
                label=terms.predicate_labels.get(predicate, local_name(predicate)),
                value=value,
                source=str(row["source"]),
                evidence=str(row["evidence"]),
            )
        )
    return found


def _claims_touching(run: Runner, iris: set[str], incoming: bool = True) -> Rows:
    """Claims with one of ``iris`` as subject (or, ``incoming``, as object): a query per
    direction, each starting from the bound IRIs (as one UNION, Oxigraph scanned every
    claim first)."""
    rows: Rows = []
    seen: set[tuple[str, ...]] = set()
    directions = [(_CLAIMS_FROM, "s"), (_CLAIMS_TO, "o")] if incoming else [(_CLAIMS_FROM, "s")]
    for template, variable in directions:
        for row in chunked(run, template, iris, variable):
            key = tuple(str(row[k]) for k in ("s", "p", "o", "source", "span"))
            if key not in seen:  # a claim between two of the IRIs comes from both queries
                seen.add(key)
                rows.append(row)
    return rows


def _names(run: Runner, iris: set[str] | None, terms: Terms) -> dict[str, tuple[str, set[str]]]:
    found: dict[str, tuple[str, set[str]]] = {}
    for row in chunked(run, _NAMES, iris, "node"):
        iri = str(row["node"])
        label, types = found.get(iri, (str(row["label"]), set()))
        types.add(str(row["type"]))
        found[iri] = (label, types)
    return found


def _literal_texts(run: Runner, nodes: set[str] | None) -> dict[str, str]:
    """Readable text for the value nodes: dates as written, quantities with units."""
    texts: dict[str, str] = {}
    intervals = chunked(run, _INTERVALS, nodes, "t")
    instants = set(nodes or ()) | {
        str(r[k]) for r in intervals for k in ("begin", "end") if r[k] is not None
    }
    for row in chunked(run, _TIME_TEXT, None if nodes is None else instants, "t"):
        texts[str(row["t"])] = str(row["text"])
    for row in intervals:
        begin = texts.get(str(row["begin"]), "") if row["begin"] is not None else ""
        end = texts.get(str(row["end"]), "") if row["end"] is not None else ""
        texts[str(row["t"])] = f"{begin}..{end}"
    for row in chunked(run, _QUANTITIES, nodes, "t"):
        qualifier = (
            _QUALIFIERS.get(str(row["qualifier"]), "") if row["qualifier"] is not None else ""
        )
        amount = Decimal(str(row["amount"]))
        number = f"{amount:,f}"
        if "." in number:  # "300.0" and Oxigraph's canonical "300" read the same
            number = number.rstrip("0").rstrip(".")
        texts[str(row["t"])] = f"{qualifier}{number} {row['unit']}"
    return texts


def _add_times(run: Runner, graph: Any, nodes: set[str] | None) -> None:
    earliest: dict[str, set[str]] = defaultdict(set)
    latest: dict[str, set[str]] = defaultdict(set)
    for row in chunked(run, _STAMPS, nodes, "node"):
        node = str(row["node"])
        if row["earliest"] is not None:
            earliest[node].add(str(row["earliest"]))
        if row["latest"] is not None:
            latest[node].add(str(row["latest"]))
    for node in graph.nodes if nodes is None else nodes:
        data = graph.nodes[node]
        # Where the sources' spans agree, their intersection is the tightest date
        # ("2025-01-08" within "January 2025"); where they conflict, their union.
        data["earliest"], data["latest"] = combine(earliest[node], latest[node])
        data["when"] = sorted({f.value for f in data["facts"] if f.predicate == _HAS_TIME})
