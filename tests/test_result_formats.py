"""Every result format, for every query form, read back by a real parser (issue 27.8).

SELECT and ASK as SPARQL JSON, XML, CSV and TSV; CONSTRUCT and DESCRIBE as
Turtle, N-Triples, JSON-LD and RDF/XML; on the memory and the Oxigraph store,
with values made to break writers: control characters, noncharacters, line
separators, quotes, markup, language tags, datatypes, a long string, blank
nodes, unbound variables. A value that a format cannot carry is refused with a
QueryError that names it, never written as a body no parser reads.

The readers: rdflib's result parsers and ``Graph.parse``, pyoxigraph's (strict,
in Rust), ``xml.etree`` and ``xml.dom.minidom`` for XML, Python's ``csv`` for CSV.
"""

from __future__ import annotations

import csv
import io
import json
import time
import xml.dom.minidom
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.compare import isomorphic
from rdflib.query import Result
from rdflib.term import Node

from kg.build import build_oxigraph
from kg.cli import cli
from kg.sparql import QueryError, serialize_result
from kg.stores.base import GraphStore
from kg.stores.memory import MemoryStore
from kg.stores.oxigraph import OxigraphStore
from tests.conftest import ONTOLOGY, TinyCorpus

STORES = ("memory", "oxigraph")
EX = "http://example.org/"

# SPARQL text of a value -> whether XML 1.0 can carry it
VALUES = {
    "tabs and line ends": (r'"a\tb\nc\r\nd\re"', True),
    "quotes and backslashes": (r'''"say \"hi\", it's C:\\dir"''', True),
    "markup": ("\"<a href='x'>&amp; ]]> --></a>\"", True),
    "language tag": ('"chat"@fr-BE', True),
    "integer": ('"007"^^xsd:integer', True),
    "date": ('"2025-01-08"^^xsd:date', True),
    "own datatype": (f'"x y"^^<{EX}dt>', True),
    "unicode line breaks": (r'"a\u2028b\u2029c\u0085d"', True),
    "ASCII line breaks": (r'"a\u000Bb\u000Cc\u001Cd\u001De\u001Ef"', False),
    "astral and accents": (r'"\U0001F600 \u00E9t\u00E9"', True),
    "empty string": ('""', True),
    "long string": ('"' + "long value, " * 6_000 + '"', True),
    "an IRI": (f"<{EX}a%20b#c?d=\u00e9>", True),
    "C0 controls": (r'"a\u0001b\u001Fc\u0008d"', False),
    "NUL": (r'"a\u0000b"', False),
    "noncharacters": (r'"a\uFFFEb\uFFFFc"', False),
}


class Answers:
    """The two stores, each answer computed once for the module (the formats share it)."""

    def __init__(self, stores: dict[str, GraphStore]) -> None:
        self.stores = stores
        self.cache: dict[tuple[str, str], Result] = {}

    def __call__(self, store: str, text: str) -> Result:
        if (store, text) not in self.cache:
            self.cache[store, text] = self.stores[store].query(text)
        return self.cache[store, text]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Answers:
    tiny = TinyCorpus(tmp_path_factory.mktemp("formats"))
    path = tmp_path_factory.mktemp("formats-store") / "store"
    build_oxigraph(path, tiny.data, ONTOLOGY, tiny.corpus)
    return Answers(
        {"memory": MemoryStore(tiny.build(shacl=False).dataset), "oxigraph": OxigraphStore(path)}
    )


def select_text(value: str) -> str:
    """Two solutions: the value with a blank node and an unbound ?nothing; then nothing bound."""
    return (
        "SELECT ?value ?blank ?nothing WHERE {"
        f" VALUES ?value {{ {value} UNDEF }}"
        " BIND(IF(BOUND(?value), BNODE(), ?nothing) AS ?blank) }"
    )


def construct_text(value: str) -> str:
    return (
        f"CONSTRUCT {{ ?blank <{EX}p> ?value . <{EX}s> <{EX}q> ?blank . <{EX}s> <{EX}r> ?value }}"
        f" WHERE {{ VALUES ?value {{ {value} }} BIND(BNODE() AS ?blank) }}"
    )


def same(term: Node | None) -> object:
    """A term as parsers give it back: literals re-made (rdflib canonicalizes
    "007"^^xsd:integer to "7"), blank nodes all alike (labels may be renamed)."""
    if isinstance(term, BNode):
        return "blank"
    if isinstance(term, Literal):
        return Literal(str(term), lang=term.language, datatype=term.datatype)
    return term


def rows(bindings: Sequence[Mapping[Variable, Any]], names: list[str]) -> list[list[object]]:
    return [[same(row.get(Variable(n))) for n in names] for row in bindings]


def oxigraph_rows(body: bytes, fmt: ox.QueryResultsFormat, names: list[str]) -> list[list[object]]:
    """Rows as pyoxigraph's strict parser reads them, as rdflib terms."""
    from kg.stores.convert import to_rdflib

    parsed = ox.parse_query_results(body, format=fmt)
    assert isinstance(parsed, ox.QuerySolutions)
    assert [v.value for v in parsed.variables] == names
    return [[same(to_rdflib(solution[n])) for n in names] for solution in parsed]


def csv_text(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def check_csv(body: bytes, result: Result, names: list[str]) -> None:
    """CSV as Python's reader and rdflib's read it (no types: lexical forms; "" is unbound)."""
    table = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert table == [names] + [
        [csv_text(row.get(Variable(n))) for n in names] for row in result.bindings
    ]
    parsed = Result.parse(io.BytesIO(body), format="csv")
    assert len(parsed.bindings) == 2
    assert [str(t) for t in parsed.bindings[0].values()] == [t for t in table[1] if t]


def read_xml(body: bytes) -> None:
    ET.fromstring(body)
    xml.dom.minidom.parseString(body)


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("name", list(VALUES))
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_results_read_back(run: Answers, store: str, name: str, fmt: str) -> None:
    value, xml_carries = VALUES[name]
    result = run(store, select_text(value))
    names = ["value", "blank", "nothing"]
    expected = rows(result.bindings, names)
    assert expected[0][1] == "blank" and expected[1] == [None, None, None]
    if fmt == "xml" and not xml_carries:
        with pytest.raises(QueryError, match=r"^the value of \?value holds U\+[0-9A-F]{4}, which "):
            serialize_result(result, fmt)
        return
    body = serialize_result(result, fmt)
    if fmt == "csv":
        limit = csv.field_size_limit(1_000_000)  # the reader's default is 131,072 characters
        try:
            check_csv(body, result, names)
        finally:
            csv.field_size_limit(limit)
        return
    if fmt == "xml":
        read_xml(body)
    if not (fmt == "tsv" and "line breaks" in name):
        # rdflib's TSV reader cuts lines at U+2028 and the like, and knows no \u escape
        assert rows(Result.parse(io.BytesIO(body), format=fmt).bindings, names) == expected
    ox_format = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}.get(
        fmt, ox.QueryResultsFormat.TSV
    )
    assert oxigraph_rows(body, ox_format, names) == expected


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("name", list(VALUES))
@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "xml"])
def test_construct_results_read_back(run: Answers, store: str, name: str, fmt: str) -> None:
    value, xml_carries = VALUES[name]
    result = run(store, construct_text(value))
    assert result.graph is not None and len(result.graph) == 3
    if fmt == "xml" and not xml_carries:
        with pytest.raises(QueryError, match=r"^the object of .* holds U\+[0-9A-F]{4}, which XML"):
            serialize_result(result, fmt)
        return
    body = serialize_result(result, fmt)
    if fmt == "xml":
        read_xml(body)
    assert isomorphic(
        canonical_graph(Graph().parse(data=body, format=fmt)), canonical_graph(result.graph)
    )
    if fmt != "json-ld":
        ox_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}.get(
            fmt, ox.RdfFormat.RDF_XML
        )
        assert len(list(ox.parse(body, format=ox_format))) == 3


def canonical_graph(graph: Graph) -> Graph:
    made = Graph()
    for s, p, o in graph:
        made.add((s, p, same(o) if isinstance(o, Literal) else o))  # type: ignore[arg-type]
    return made


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "xml"])
def test_describe_results_read_back(run: Answers, store: str, fmt: str) -> None:
    result = run(store, "DESCRIBE kgr:meeting")
    assert result.graph is not None and len(result.graph) > 3
    body = serialize_result(result, fmt)
    if fmt == "xml":
        read_xml(body)
    assert isomorphic(Graph().parse(data=body, format=fmt), result.graph)


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("answer_text", ["ASK { ?s ?p ?o }", "ASK { ?s <http://nothing> ?o }"])
def test_ask_results_read_back(run: Answers, store: str, answer_text: str) -> None:
    result = run(store, answer_text)
    for fmt, ox_format in (
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
    ):
        body = serialize_result(result, fmt)
        if fmt == "xml":
            read_xml(body)
        assert Result.parse(io.BytesIO(body), format=fmt).askAnswer is result.askAnswer
        assert bool(ox.parse_query_results(body, format=ox_format)) is result.askAnswer
    for fmt in ("csv", "tsv"):  # the formats have no boolean
        with pytest.raises(QueryError, match="an ASK result is written as json or xml"):
            serialize_result(result, fmt)


@pytest.mark.parametrize("store", STORES)
def test_xml_refuses_a_control_character_by_name(run: Answers, store: str) -> None:
    result = run(store, 'SELECT ?x WHERE { BIND("a\\u0001b" AS ?x) }')
    with pytest.raises(QueryError) as error:
        serialize_result(result, "xml")
    assert str(error.value) == (
        "the value of ?x holds U+0001, which XML cannot carry; ask for JSON, CSV or TSV"
    )
    assert (
        json.loads(serialize_result(result, "json"))["results"]["bindings"][0]["x"]["value"]
        == "a\x01b"
    )


@pytest.mark.parametrize("store", STORES)
def test_rdf_xml_refuses_a_predicate_it_cannot_name(run: Answers, store: str) -> None:
    """RDF/XML writes a predicate as an element name: <http://example.org/1> has none."""
    result = run(store, f'CONSTRUCT {{ <{EX}s> <{EX}1> "v" }} WHERE {{}}')
    with pytest.raises(QueryError, match="RDF/XML cannot write this graph .*; ask for Turtle"):
        serialize_result(result, "xml")


def test_a_carriage_return_survives_xml(run: Answers) -> None:
    """An XML reader turns a raw CR into a newline: it is written as &#13;."""
    result = run("memory", 'SELECT ?x WHERE { BIND("a\\r\\nb" AS ?x) }')
    body = serialize_result(result, "xml")
    assert b"\r" not in body
    assert ET.fromstring(body).find(".//{*}literal").text == "a\r\nb"  # type: ignore[union-attr]


@pytest.mark.parametrize("store", STORES)
def test_a_lone_surrogate_in_a_query_is_a_syntax_error(run: Answers, store: str) -> None:
    """ "\\uD800" is half of a surrogate pair: the gate refuses it on every store (rdflib
    alone read it as a character and answered it)."""
    with pytest.raises(QueryError, match="syntax error"):
        run(store, 'SELECT ?x WHERE { BIND("a\\uD800b" AS ?x) }')


def test_a_lone_surrogate_in_a_result_is_refused_in_every_format() -> None:
    """No UTF-8 text can hold a lone surrogate, so every writer refuses it by name (a
    second wall behind the gate and the annotation readers)."""
    select = Result("SELECT")
    select.vars = [Variable("x")]
    select.bindings = [{Variable("x"): Literal("a\ud800b")}]
    for fmt in ("json", "xml", "csv", "tsv"):
        with pytest.raises(
            QueryError, match=r"^the value of \?x holds U\+D800, half of a surrogate"
        ):
            serialize_result(select, fmt)
    graph = Result("CONSTRUCT")
    graph.graph = Graph()
    graph.graph.add((URIRef(f"{EX}s"), URIRef(f"{EX}p"), Literal("a\udc00b")))
    for fmt in ("turtle", "nt", "json-ld", "xml"):
        with pytest.raises(QueryError, match=r"holds U\+DC00, half of a surrogate pair"):
            serialize_result(graph, fmt)


@pytest.mark.parametrize("store", STORES)
def test_no_relative_iri_is_ever_written(run: Answers, store: str) -> None:
    """IRI("rel") is an error in SPARQL (no base IRI): its variable stays unbound
    and a template triple with it is left out; <rel> in the text is a syntax error."""
    made = run(store, 'SELECT ?x WHERE { BIND(IRI("rel") AS ?x) }')
    assert made.bindings == [{}]
    typed = run(store, 'SELECT ?x WHERE { BIND(STRDT("a", IRI("rel")) AS ?x) }')
    assert typed.bindings == [{}]
    template = (
        f'CONSTRUCT {{ ?x <{EX}p> "v" . <{EX}s> <{EX}p> "w" }} WHERE {{ BIND(IRI("rel") AS ?x) }}'
    )
    assert serialize_result(run(store, template), "nt") == (f'<{EX}s> <{EX}p> "w" .\n'.encode())
    spaced = run(store, f'SELECT ?x WHERE {{ BIND(IRI("{EX}a b") AS ?x) }}')
    assert spaced.bindings == [{}]
    for text in (
        'CONSTRUCT { <a> <http://example.org/p> "v" } WHERE {}',
        "SELECT ?x WHERE { VALUES ?x { <rel> } }",
        "PREFIX r: <rel/> SELECT ?x WHERE { VALUES ?x { r:a } }",
        'SELECT ?x WHERE { VALUES ?x { "a"^^<rel> } }',
    ):
        with pytest.raises(QueryError, match="syntax error"):
            run(store, text)


def test_a_base_makes_relative_iris_absolute(run: Answers) -> None:
    text = f'BASE <{EX}> SELECT ?x ?y WHERE {{ BIND(IRI("rel") AS ?x) VALUES ?y {{ <b> }} }}'
    for store in STORES:
        row = run(store, text).bindings[0]
        assert row == {Variable("x"): URIRef(f"{EX}rel"), Variable("y"): URIRef(f"{EX}b")}


@pytest.mark.parametrize("store", STORES)
def test_group_by_over_no_rows_has_no_rows(run: Answers, store: str) -> None:
    grouped = "SELECT ?x (COUNT(*) AS ?n) WHERE { ?s <http://nothing> ?o } GROUP BY ?x"
    assert run(store, grouped).bindings == []
    # rdflib's empty row joined with every solution of the query around it
    joined = f"SELECT ?s ?n WHERE {{ ?s a ?t . {{ {grouped} }} }}"
    assert run(store, joined).bindings == []
    # without GROUP BY the solutions are one group, even none: COUNT 0, one row
    total = "SELECT (COUNT(*) AS ?n) (SUM(?o) AS ?sum) WHERE { ?s <http://nothing> ?o }"
    assert run(store, total).bindings == [{Variable("n"): Literal(0), Variable("sum"): Literal(0)}]
    counted = "SELECT ?t (COUNT(*) AS ?n) WHERE { ?s a ?t } GROUP BY ?t"
    assert len(run(store, counted).bindings) > 3


def test_kg_query_refuses_xml_it_cannot_write_in_one_line(tmp_path: Path) -> None:
    tiny = TinyCorpus(tmp_path)
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "--data",
            str(tiny.data),
            "--corpus",
            str(tiny.corpus),
            "--xml",
            'SELECT ?x WHERE { BIND("a\\u0001b" AS ?x) }',
        ],
    )
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines()[-1] == (
        "Error: the value of ?x holds U+0001, which XML cannot carry; ask for JSON, CSV or TSV"
    )


def test_the_server_answers_400_not_an_unparseable_200(tmp_path: Path) -> None:
    from urllib.parse import quote

    from kg.resources import default_queries_dir
    from kg.server import SparqlApp
    from kg.server.workers import Limits
    from kg.sparql import load_catalogue

    tiny = TinyCorpus(tmp_path)
    app = SparqlApp(
        tiny.build(shacl=False).dataset, load_catalogue(default_queries_dir()), Limits(), workers=1
    )
    target = "/sparql?query=" + quote('SELECT ?x WHERE { BIND("a\\u0001b" AS ?x) }')
    try:
        refused = app.handle("GET", target, {"Accept": "application/sparql-results+xml"}, b"")
        answered = app.handle("GET", target, {"Accept": "application/sparql-results+json"}, b"")
    finally:
        app.close()
    assert (refused.status, refused.body.decode().rstrip("\n")) == (
        400,
        "the value of ?x holds U+0001, which XML cannot carry; ask for JSON, CSV or TSV",
    )
    assert answered.status == 200
    assert json.loads(answered.body)["results"]["bindings"] == [
        {"x": {"type": "literal", "value": "a\x01b"}}
    ]


@pytest.mark.parametrize("store", STORES)
def test_decimals_keep_every_digit(run: Answers, store: str) -> None:
    """Decimals are made canonical ("300.0") for both stores alike: without rounding to
    Python's 28 digits, and one written with an exponent (not an xsd:decimal) as written,
    where rdflib spelt it out (a billion digits for this one)."""
    long = "12345678901234567890123456789012345.5"
    text = f'SELECT ?x ?e WHERE {{ VALUES (?x ?e) {{ ("{long}"^^xsd:decimal "1E999999999"^^xsd:decimal) }} }}'
    started = time.perf_counter()
    row = run(store, text).bindings[0]
    assert time.perf_counter() - started < 30  # a margin for a loaded machine; ms alone
    assert str(row[Variable("x")]) == long
    assert str(row[Variable("e")]) == "1E999999999"
