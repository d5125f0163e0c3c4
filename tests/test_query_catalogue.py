"""The SPARQL query catalogue (queries/*.rq): headers, expected answers, stores, violations.

Every ``.rq`` file that the glob finds needs an expected answer in
tests/queries_expected.py (written from the texts), so a new query fails here
until someone says what it must return. Each query runs with its defaults and
with the parameters its cases give; parameters are bound as RDF terms with
rdflib's ``initBindings``, never pasted into the text.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result
from rdflib.term import Node

from kg.build import BuildResult
from kg.namespaces import CLAIM, GRAPH, GRAPH_ENTITIES, KG, KGR, OA, PREFIXES, PROV, SEM, SRC, TIME
from tests.conftest import ONTOLOGY, ROOT, TinyCorpus
from tests.queries_expected import EXPECTED, VERBATIM_SPANS, Answer, spans_are_verbatim

QUERIES = ROOT / "queries"
NAMES = sorted(path.stem for path in QUERIES.glob("*.rq"))
VIOLATION_NAMES = [name for name in NAMES if name.endswith("-violation")]
PARAM_TYPES = ("iri", "string", "date", "integer", "decimal", "boolean")
CASES = [(name, index) for name in sorted(EXPECTED) for index in range(len(EXPECTED[name]))]


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str
    doc: str


@dataclass(frozen=True)
class Header:
    title: str
    question: str
    params: tuple[Param, ...]
    body: str


_FIELD = re.compile(r"# (?P<key>title|question|param): (?P<value>\S.*)$")
_PARAM = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*) (?P<type>[a-z]+) = (?P<default>\S(?:.*?\S)?) -- (?P<doc>\S.*)$"
)


def read_header(path: Path) -> Header:
    """The comment lines that open the file (title, question, params), then the query."""
    lines = path.read_text(encoding="utf-8").splitlines()
    fields: dict[str, list[str]] = {"title": [], "question": [], "param": []}
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        match = _FIELD.match(lines[index])
        if match:
            fields[match["key"]].append(match["value"].strip())
        else:
            key = lines[index][1:].strip().split(":", 1)[0]
            assert key not in fields, f"{path.name}:{index + 1}: malformed {key} line"
        index += 1
    assert len(fields["title"]) == 1 and len(fields["question"]) == 1, (
        f"{path.name}: the header needs exactly one '# title:' and one '# question:' line"
    )
    params = []
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        assert match, f"{path.name}: '# param: {spec}' is not 'NAME TYPE = DEFAULT -- description'"
        assert match["type"] in PARAM_TYPES, f"{path.name}: unknown parameter type {match['type']}"
        params.append(Param(match["name"], match["type"], match["default"], match["doc"]))
    return Header(
        fields["title"][0], fields["question"][0], tuple(params), "\n".join(lines[index:])
    )


def to_term(kind: str, text: str) -> Node:
    """A parameter value as the RDF term of its declared type."""
    if kind == "iri":
        if text.startswith("<") and text.endswith(">"):
            return URIRef(text[1:-1])
        prefix, _, local = text.partition(":")
        return URIRef(str(PREFIXES[prefix]) + local)
    if kind == "date":
        return Literal(dt.date.fromisoformat(text), datatype=XSD.date)
    if kind == "integer":
        return Literal(int(text), datatype=XSD.integer)
    if kind == "decimal":
        return Literal(Decimal(text), datatype=XSD.decimal)
    if kind == "boolean":
        assert text in ("true", "false")
        return Literal(text == "true", datatype=XSD.boolean)
    return Literal(text)


def run_catalogue_query(dataset: Dataset, text: str, bindings: Mapping[str, Node]) -> Result:
    """Evaluate one query over the union of the graphs, parameters bound as RDF terms.

    The one place this harness evaluates a query: through the engine that
    `kg query` and `kg serve` use (its refusals and checks included).
    """
    from kg.sparql import run

    return run(dataset, text, dict(bindings))  # type: ignore[arg-type]


def short(term: Node | None) -> str | None:
    """An id for our entities and events, a CURIE for our other IRIs, a literal's text."""
    if term is None:
        return None
    text = str(term)
    if isinstance(term, URIRef):
        if text.startswith(str(KGR)):
            return text[len(str(KGR)) :]
        for prefix, namespace in PREFIXES.items():
            if text.startswith(str(namespace)):
                return f"{prefix}:{text[len(str(namespace)) :]}"
    return text


def normalize(result: Result) -> Answer:
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return {(short(s), short(p), short(o)) for s, p, o in result.graph}  # type: ignore[misc]
    names = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        values = row.asdict()  # type: ignore[union-attr]
        rows.append({name: short(values.get(name)) for name in names})
    return rows


def bindings_for(name: str, params: Mapping[str, str]) -> dict[str, Node]:
    header = read_header(QUERIES / f"{name}.rq")
    declared = {p.name: p for p in header.params}
    assert set(params) <= set(declared), f"{name} has no parameter {set(params) - set(declared)}"
    return {p.name: to_term(p.type, params.get(p.name, p.default)) for p in header.params}


def answer(dataset: Dataset, name: str, params: Mapping[str, str]) -> Answer:
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    return normalize(run_catalogue_query(dataset, text, bindings_for(name, params)))


# --- the catalogue as a whole ------------------------------------------------------------


def test_every_query_has_an_expected_answer() -> None:
    assert set(NAMES) == set(EXPECTED), (
        "every queries/*.rq needs an entry in tests/queries_expected.py (and no entry without a file)"
    )


def test_catalogue_size_and_forms() -> None:
    reports = [name for name in NAMES if name not in VIOLATION_NAMES]
    assert len(reports) >= 25
    forms = set()
    for name in NAMES:
        form = re.search(
            r"^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", read_header(QUERIES / f"{name}.rq").body, re.M
        )
        assert form, f"{name}: no query form at the start of a line"
        forms.add(form[1])
    assert forms == {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
    with_other_values = [name for name, cases in EXPECTED.items() if any(c.params for c in cases)]
    assert len(with_other_values) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_header_is_strict_and_the_query_stands_alone(name: str) -> None:
    header = read_header(QUERIES / f"{name}.rq")
    assert header.title[0].isupper() and header.question.endswith("?")
    for param in header.params:
        to_term(param.type, param.default)  # the default is a valid value of its type
        assert re.search(rf"\?{param.name}\b", header.body), f"?{param.name} is not used"
    if name in VIOLATION_NAMES:
        assert header.params == (), "violation queries run in every build, without parameters"
    prepareQuery(header.body)  # it parses, without the engine's predefined prefixes
    code = re.sub(r'<[^<>"\s]*>|"(?:[^"\\\n]|\\.)*"', " ", header.body)  # IRIs and strings
    used = set(re.findall(r"(?<![\w?$:])([A-Za-z][\w-]*):(?=\w)", code))
    declared = set(re.findall(r"^PREFIX\s+([\w-]+):", header.body, re.M))
    assert used <= declared, f"prefixes used but not declared: {used - declared}"


@pytest.mark.parametrize("name", NAMES)
def test_the_engine_reads_the_same_header(name: str) -> None:
    from kg.sparql import read_query_file

    header = read_header(QUERIES / f"{name}.rq")
    entry = read_query_file(QUERIES / f"{name}.rq")
    assert (entry.title, entry.question) == (header.title, header.question)
    assert [(p.name, p.type, p.default) for p in entry.parameters] == [
        (p.name, p.type, p.default) for p in header.params
    ]
    assert entry.is_violation == (name in VIOLATION_NAMES)


# --- expected answers ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_answer(seed: BuildResult) -> Callable[[str, Mapping[str, str]], Answer]:
    """:func:`answer` over the seed in memory, evaluated once a query and parameters (each
    check gets its own copy): the expected answers and the comparison with Oxigraph below
    read the same one, and rdflib takes a second or two over some queries."""
    found: dict[tuple[str, tuple[tuple[str, str], ...]], Answer] = {}

    def get(name: str, params: Mapping[str, str]) -> Answer:
        key = (name, tuple(sorted(params.items())))
        if key not in found:
            found[key] = answer(seed.dataset, name, params)
        return copy.deepcopy(found[key])

    return get


@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n}-{i}" for n, i in CASES])
def test_expected_answer(
    seed_answer: Callable[[str, Mapping[str, str]], Answer], name: str, index: int
) -> None:
    case = EXPECTED[name][index]
    case.check(seed_answer(name, case.params))


@pytest.mark.parametrize(
    ("name", "params"), [(name, p) for name, ps in VERBATIM_SPANS.items() for p in ps]
)
def test_evidence_offsets_point_into_the_texts(
    seed: BuildResult,
    seed_answer: Callable[[str, Mapping[str, str]], Answer],
    name: str,
    params: Mapping[str, str],
) -> None:
    assert seed.texts is not None
    spans_are_verbatim(seed_answer(name, params), seed.texts)


# --- the same answers in Oxigraph (`kg query --store oxigraph:PATH`) -------------------------


@pytest.fixture(scope="module")
def oxigraph(seed_store: str) -> Iterator[object]:
    """The seed's Oxigraph store (the session's, built once with this catalogue)."""
    from kg.stores.oxigraph import OxigraphStore

    store = OxigraphStore(Path(seed_store.partition(":")[2]))
    yield store
    store.close()


def comparable(value: Answer) -> object:
    """Rows as a sorted list of tuples, list columns sorted (their order is not defined)."""
    if not isinstance(value, list):
        return value
    rows = [
        tuple(tuple(sorted(v.split(" | "))) if v and " | " in v else v for v in row.values())
        for row in value
    ]
    return sorted(rows, key=repr)


@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n}-{i}" for n, i in CASES])
def test_same_answer_in_oxigraph(
    seed_answer: Callable[[str, Mapping[str, str]], Answer],
    oxigraph: object,
    name: str,
    index: int,
) -> None:
    """Oxigraph binds parameters with a VALUES block: the same answers, defaults or not."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    bindings = bindings_for(name, EXPECTED[name][index].params)
    in_memory = seed_answer(name, EXPECTED[name][index].params)  # what answer() gives
    in_oxigraph = normalize(oxigraph.query(text, bindings))  # type: ignore[attr-defined]
    if name == "describe-entity":
        # a description is up to the store: Oxigraph gives the outgoing triples, rdflib its
        # Concise Bounded Description (those, plus the claims that reify them)
        assert isinstance(in_oxigraph, set) and isinstance(in_memory, set)
        assert in_oxigraph and in_oxigraph <= in_memory
    else:
        assert comparable(in_oxigraph) == comparable(in_memory)


# --- violation queries catch what they name ----------------------------------------------


def claim_about(dataset: Dataset, subject: str, predicate: str) -> URIRef:
    claims = set(dataset.subjects(RDF.subject, KGR[subject])) & set(
        dataset.subjects(RDF.predicate, KG[predicate])
    )
    assert len(claims) == 1
    return URIRef(str(claims.pop()))


def quantity_of(dataset: Dataset, claim: URIRef) -> URIRef:
    return URIRef(str(next(iter(dataset.objects(claim, RDF.object)))))


def _no_time(ds: Dataset) -> set[URIRef]:
    ds.remove((KGR["meeting"], SEM.hasTime, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    return {KGR["meeting"]}


def _two_labels(ds: Dataset) -> set[URIRef]:
    ds.graph(GRAPH_ENTITIES).add((KGR["india"], SKOS.prefLabel, Literal("Bharat")))
    ds.remove((KGR["dubai"], SKOS.prefLabel, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    return {KGR["india"], KGR["dubai"]}


def _one_actor(ds: Dataset) -> set[URIRef]:
    ds.remove((KGR["meeting"], SEM.hasActor, KGR["muttaqi"], None))
    return {KGR["meeting"]}


def _two_sources(ds: Dataset) -> set[URIRef]:
    place = claim_about(ds, "meeting", "hasPlace")
    ds.add((place, PROV.wasDerivedFrom, SRC["elsewhere"]))
    time = claim_about(ds, "meeting", "hasTime")
    ds.remove((time, PROV.wasDerivedFrom, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    return {place, time}


def _no_evidence(ds: Dataset) -> set[URIRef]:
    claim = claim_about(ds, "aid", "hasQuantity")
    ds.remove((claim, KG.hasEvidence, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    return {claim}


def _two_objects(ds: Dataset) -> set[URIRef]:
    place = claim_about(ds, "meeting", "hasPlace")
    ds.add((place, RDF.object, KGR["india"]))
    time = claim_about(ds, "meeting", "hasTime")
    ds.remove((time, RDF.subject, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    return {place, time}


def _no_voice(ds: Dataset) -> set[URIRef]:
    place = claim_about(ds, "meeting", "hasPlace")
    ds.remove((place, KG.factuality, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    time = claim_about(ds, "meeting", "hasTime")
    ds.add((time, PROV.wasAttributedTo, KGR["india"]))
    return {place, time}


def _confidence(ds: Dataset) -> set[URIRef]:
    claim = claim_about(ds, "meeting", "hasPlace")
    ds.add((claim, KG.confidence, Literal(Decimal("1.5"))))
    return {claim}


def _two_quotes(ds: Dataset) -> set[URIRef]:
    claim = claim_about(ds, "aid", "hasQuantity")
    span = next(iter(ds.objects(claim, KG.hasEvidence)))
    ds.add((span, OA.exact, Literal("three hundred tonnes")))
    return {claim}


def _no_unit(ds: Dataset) -> set[URIRef]:
    claim = claim_about(ds, "aid", "hasQuantity")
    ds.remove((quantity_of(ds, claim), KG.unit, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    return {claim}


def _no_publication_date(ds: Dataset) -> set[URIRef]:
    ds.remove((SRC["s1"], KG.publicationDate, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    return {SRC["s1"]}


def _disputed_alone(ds: Dataset) -> set[URIRef]:
    claim = claim_about(ds, "aid", "hasQuantity")
    ds.add((claim, KG.disputed, Literal(True)))
    return {claim}


def _conflict_not_marked(ds: Dataset) -> set[URIRef]:
    claim = claim_about(ds, "aid", "hasQuantity")
    other, quantity = CLAIM["s2/other"], KGR["aid/quantity/30-tonne"]
    for triple in [
        (other, RDF.type, KG.Claim),
        (other, RDF.subject, KGR["aid"]),
        (other, RDF.predicate, KG.hasQuantity),
        (other, RDF.object, quantity),
        (other, PROV.wasDerivedFrom, SRC["s2"]),
        (other, KG.hasVoice, SRC["s2"]),
        (other, KG.factuality, ds.value(claim, KG.factuality)),
    ]:
        ds.add(triple)  # type: ignore[arg-type]  # the factuality is there: the tiny claim's
    graph = ds.graph(GRAPH["s2"])
    graph.add((quantity, KG.amount, Literal(Decimal("30.0"))))
    graph.add((quantity, KG.unit, KG.Tonne))
    return {claim}


def _inverted_interval(ds: Dataset) -> set[URIRef]:
    graph = ds.graph(GRAPH["s1"])
    bad, good = KGR["meeting/time/2025-02_2025-01-31"], KGR["meeting/time/2025-01-09_2025-01"]
    for interval, begin, end in [
        (bad, Literal("2025-02", datatype=XSD.gYearMonth), Literal(dt.date(2025, 1, 31))),
        (good, Literal(dt.date(2025, 1, 9)), Literal("2025-01", datatype=XSD.gYearMonth)),
    ]:
        first, last = URIRef(f"{interval}/begin"), URIRef(f"{interval}/end")
        graph.add((interval, TIME.hasBeginning, first))
        graph.add((interval, TIME.hasEnd, last))
        for instant, value in ((first, begin), (last, end)):
            prop = TIME.inXSDDate if value.datatype == XSD.date else TIME.inXSDgYearMonth
            graph.add((instant, prop, value))
    return {bad}


BREAKAGES = {
    "event-without-time-violation": _no_time,
    "entity-without-one-label-violation": _two_labels,
    "meeting-with-fewer-than-two-actors-violation": _one_actor,
    "claim-without-one-source-violation": _two_sources,
    "claim-without-evidence-violation": _no_evidence,
    "claim-without-one-voice-violation": _no_voice,
    "claim-malformed-statement-violation": _two_objects,
    "claim-confidence-out-of-range-violation": _confidence,
    "evidence-span-malformed-violation": _two_quotes,
    "quantity-without-amount-or-unit-violation": _no_unit,
    "source-without-publication-date-violation": _no_publication_date,
    "disputed-without-conflict-violation": _disputed_alone,
    "undisputed-quantity-conflict-violation": _conflict_not_marked,
    "interval-ends-before-it-begins-violation": _inverted_interval,
}


def test_every_violation_query_has_a_breakage() -> None:
    assert set(BREAKAGES) == set(VIOLATION_NAMES)


@pytest.mark.parametrize("name", VIOLATION_NAMES)
def test_violation_query_finds_what_it_names(tiny: TinyCorpus, name: str) -> None:
    dataset = tiny.build(shacl=False).dataset
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    assert normalize(run_catalogue_query(dataset, text, {})) == [], "the tiny graph is sound"
    culprits = BREAKAGES[name](dataset)
    rows = run_catalogue_query(dataset, text, {})
    reported = {value for row in rows for value in row if isinstance(value, URIRef)}  # type: ignore[union-attr]
    assert culprits <= reported, f"{name} missed {culprits - reported}"


def _span_of(ds: Dataset) -> tuple[URIRef, URIRef]:
    claim = claim_about(ds, "aid", "hasQuantity")
    return claim, URIRef(str(next(iter(ds.objects(claim, KG.hasEvidence)))))


SPAN_BREAKAGES = {
    "an oa:end before its oa:start": ((OA.start, Literal(40)), (OA.end, Literal(12))),
    "an oa:start that is not a non-negative xsd:integer": ((OA.start, Literal(-3)),),
    "an oa:end that is not a non-negative xsd:integer": ((OA.end, Literal("12")),),
    "more than one oa:start": ((OA.start, Literal(0)), (OA.start, Literal(1))),
}


@pytest.mark.parametrize("problem", sorted(SPAN_BREAKAGES))
def test_evidence_span_offsets_are_checked_on_both_engines(tiny: TinyCorpus, problem: str) -> None:
    """Each offset check of evidence-span-malformed fires, in rdflib and in Oxigraph."""
    import pyoxigraph as ox

    from kg.stores.oxigraph import OxigraphStore

    dataset = tiny.build(shacl=False).dataset
    claim, span = _span_of(dataset)
    for prop, _ in SPAN_BREAKAGES[problem]:
        dataset.remove((span, prop, None, None))  # type: ignore[arg-type]  # rdflib types a quad pattern too narrowly
    for prop, value in SPAN_BREAKAGES[problem]:
        dataset.add((span, prop, value))
    text = (QUERIES / "evidence-span-malformed-violation.rq").read_text(encoding="utf-8")
    raw = ox.Store()
    raw.load(dataset.serialize(format="nquads").encode(), format=ox.RdfFormat.N_QUADS)
    for result in (
        run_catalogue_query(dataset, text, {}),
        OxigraphStore(Path(":memory:"), raw).query(text),
    ):
        found = {(row.claim, row.span, str(row.problem)) for row in result}  # type: ignore[union-attr]
        assert (claim, span, problem) in found


# --- the contradiction report's values ------------------------------------------------------

S2_TEXT = (
    "Talks and aid\nThe envoys met from 10 January. The medicines left between 20 and 25 January.\n"
)


def test_contradiction_report_writes_every_shape_of_time(tiny: TinyCorpus) -> None:
    """An instant, an interval with both ends, and intervals open at either end, as annotated.

    The seed corpus disputes only an instant and a closed interval; here s1's
    "..2025-01-09" (sent by the publication date) and s2's "2025-01-10.."
    (met from 10 January) are open intervals that conflict with the other
    source's date: both engines must write each value as the annotation did.
    """
    from kg.build import build_oxigraph
    from kg.stores.oxigraph import OxigraphStore

    (tiny.corpus / "s2.txt").write_text(S2_TEXT, encoding="utf-8")
    tiny.append("sources.tsv", "s2\tTalks and aid\t2025-01-30")
    tiny.write(
        "claims/s2.tsv",
        "subject\tpredicate\tobject\tsource\tevidence\n"
        "meeting\thasTime\t2025-01-10..\ts2\tThe envoys met from 10 January\n"
        "aid\thasTime\t2025-01-20..2025-01-25\ts2\tThe medicines left between 20 and 25 January\n",
    )
    dataset = tiny.build(shacl=False).dataset
    text = (QUERIES / "contradictions.rq").read_text(encoding="utf-8")
    store = tiny.root / "store"
    build_oxigraph(store, tiny.data, ONTOLOGY, tiny.corpus, queries_dir=QUERIES)
    expected = {
        ("meeting", "2025-01-08", "s1"),
        ("meeting", "2025-01-10..", "s2"),
        ("aid", "..2025-01-09", "s1"),
        ("aid", "2025-01-20..2025-01-25", "s2"),
    }
    for result in (
        run_catalogue_query(dataset, text, {}),
        OxigraphStore(store).query(text),
    ):
        found = {
            (str(row.subject).rsplit("/", 1)[-1], str(row.value), str(row.source))  # type: ignore[union-attr]
            for row in result
        }
        assert found == expected
