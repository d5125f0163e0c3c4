"""`kg serve` against the W3C SPARQL 1.1 Protocol test cases that apply to a read-only endpoint.

Each test is named after its case in the W3C manifest
(``http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest#``).
The cases' data (``http://kasei.us/2009/09/sparql/data/data1.rdf`` ... ``data3.rdf``) are
three named graphs of our own namespace here, ``DATA[1]`` ... ``DATA[3]``, since
an endpoint may name only its dataset's own graphs; each holds ``<itself> a
<urn:Document>``, as the W3C files do, and a triple naming the next graph.
The update cases expect a 4xx, which a read-only endpoint gives to every update.
The endpoint is the app of `kg serve` on a thread, its workers over the graph as N-Quads.
"""

from __future__ import annotations

import http.client
import io
import json
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.query import Result

from kg.namespaces import GRAPH
from kg.resources import default_queries_dir
from kg.server import SparqlApp, make_server
from kg.server.workers import Limits
from kg.sparql import load_catalogue

DATA = {i: f"{GRAPH}data{i}" for i in (1, 2, 3)}
OTHER = "http://kasei.us/2009/09/sparql/data/data1.rdf"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
CORS = "https://client.example.org"
RESULTS = ("application/sparql-results+xml", "application/sparql-results+json")


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    headers: dict[str, str]
    body: str


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    path: Path = tmp_path_factory.mktemp("w3c") / "graph.nq"
    lines = []
    for i, graph in DATA.items():
        lines.append(f"<{graph}> <{RDF.type}> <urn:Document> <{graph}> .\n")
        lines.append(f"<{graph}> <urn:next> <{DATA[i % 3 + 1]}> <{graph}> .\n")
    path.write_text("".join(lines), encoding="utf-8")
    catalogue = load_catalogue(default_queries_dir())
    app = SparqlApp(f"nquads:{path}", catalogue, Limits(timeout=10), workers=1, cors=CORS)
    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        app.close()


def request(
    port: int,
    method: str,
    target: str,
    body: bytes | str | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        data = body.encode() if isinstance(body, str) else body
        connection.request(method, target, body=data, headers=headers or {})
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        found = {k.lower(): v for k, v in response.getheaders()}
        return Answer(response.status, found.get("content-type", ""), found, text)
    finally:
        connection.close()


def encode(**params: object) -> str:
    return urllib.parse.urlencode(params, doseq=True)


def boolean(answer: Answer) -> bool:
    assert answer.status == 200, answer.body
    assert answer.content_type.split(";")[0] in RESULTS
    fmt = "json" if "json" in answer.content_type else "xml"
    result = Result.parse(io.BytesIO(answer.body.encode()), format=fmt)
    return bool(result.askAnswer)


def direct(port: int, query: str, target: str = "/sparql", **headers: str) -> Answer:
    return request(
        port, "POST", target, query, {"Content-Type": "application/sparql-query", **headers}
    )


# positive cases


def test_query_get(port: int) -> None:
    assert boolean(request(port, "GET", "/sparql?" + encode(query="ASK {}")))


def test_query_post_form(port: int) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert boolean(request(port, "POST", "/sparql/", encode(query="ASK {}"), form))


def test_query_post_direct(port: int) -> None:
    assert boolean(direct(port, "ASK {}", "/sparql/"))


def test_query_dataset_default_graph(port: int) -> None:
    target = "/sparql?" + encode(**{"default-graph-uri": DATA[1]})
    assert boolean(direct(port, f"ASK {{ <{DATA[1]}> ?p ?o }}", target))
    assert not boolean(direct(port, f"ASK {{ <{DATA[2]}> a ?type }}", target))


def test_query_dataset_default_graphs_get(port: int) -> None:
    query = f"ASK {{ <{DATA[1]}> a ?type . <{DATA[2]}> a ?type . }}"
    both = encode(query=query, **{"default-graph-uri": [DATA[1], DATA[2]]})
    assert boolean(request(port, "GET", "/sparql?" + both))
    one = encode(query=query, **{"default-graph-uri": [DATA[1]]})
    assert not boolean(request(port, "GET", "/sparql?" + one))


def test_query_dataset_default_graphs_post(port: int) -> None:
    target = "/sparql?" + encode(**{"default-graph-uri": [DATA[1], DATA[2]]})
    query = f"ASK {{ <{DATA[1]}> ?p ?o . <{DATA[2]}> ?p ?o }}"
    assert boolean(direct(port, query, target))


def test_query_dataset_named_graphs_post(port: int) -> None:
    target = "/sparql?" + encode(**{"named-graph-uri": [DATA[1], DATA[2]]})
    assert boolean(direct(port, "ASK { GRAPH ?g { ?s ?p ?o } }", target))
    # the default graph is empty when only named graphs are given
    assert not boolean(direct(port, "ASK { ?s ?p ?o }", target))


def test_query_dataset_named_graphs_get(port: int) -> None:
    query = f"ASK {{ GRAPH ?g1 {{ <{DATA[1]}> a ?type }} GRAPH ?g2 {{ <{DATA[2]}> a ?type }} }}"
    both = encode(query=query, **{"named-graph-uri": [DATA[1], DATA[2]]})
    assert boolean(request(port, "GET", "/sparql?" + both))
    one = encode(query=query, **{"named-graph-uri": [DATA[1], DATA[3]]})
    assert not boolean(request(port, "GET", "/sparql?" + one))


def test_query_dataset_full(port: int) -> None:
    target = "/sparql?" + encode(
        **{"default-graph-uri": DATA[3], "named-graph-uri": [DATA[1], DATA[2]]}
    )
    answer = direct(port, "SELECT ?g ?x ?s { ?x ?y ?o  GRAPH ?g { ?s ?p ?o } }", target)
    assert answer.status == 200 and answer.content_type.split(";")[0] in RESULTS
    rows = json.loads(answer.body)["results"]["bindings"]
    assert rows and {row["g"]["value"] for row in rows} <= {DATA[1], DATA[2]}
    assert {row["x"]["value"] for row in rows} == {DATA[3]}


def test_query_multiple_dataset(port: int) -> None:
    # the protocol's dataset overrides the query's FROM: DATA[2] alone is the default graph
    target = "/sparql?" + encode(**{"default-graph-uri": DATA[2]})
    assert boolean(direct(port, f"ASK FROM <{DATA[1]}> {{ <{DATA[2]}> ?p ?o }}", target))
    assert not boolean(direct(port, f"ASK FROM <{DATA[2]}> {{ <{DATA[1]}> a ?t }}", target))


def test_query_content_type_select(port: int) -> None:
    answer = direct(port, "SELECT (1 AS ?value) {}")
    assert answer.status == 200
    assert answer.content_type.split(";")[0] in (*RESULTS, "text/csv", "text/tab-separated-values")


def test_query_content_type_ask(port: int) -> None:
    answer = direct(port, "ASK {}")
    assert answer.status == 200 and answer.content_type.split(";")[0] in RESULTS


@pytest.mark.parametrize(
    "query", ["DESCRIBE <http://example.org/>", "CONSTRUCT { <urn:s> <urn:p> 1 } WHERE {}"]
)
def test_query_content_type_describe_and_construct(port: int, query: str) -> None:
    answer = direct(port, query)
    assert answer.status == 200
    assert answer.content_type.split(";")[0] in (
        "application/rdf+xml",
        "application/rdf+json",
        "text/turtle",
    )


# negative cases


@pytest.mark.parametrize(
    ("name", "method", "target", "headers", "body"),
    [
        ("bad_query_method", "PUT", "/sparql?query=ASK%20%7B%7D", {}, None),
        ("bad_multiple_queries", "GET", "/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", {}, None),  # noqa: E501
        ("bad_query_wrong_media_type", "POST", "/sparql/", {"Content-Type": "text/plain"}, b"ASK {}"),  # noqa: E501
        ("bad_query_missing_form_type", "POST", "/sparql/", {}, b"query=ASK%20%7B%7D"),
        ("bad_query_missing_direct_type", "POST", "/sparql/", {}, b"ASK {}"),
        ("bad_query_non_utf8", "POST", "/sparql/", {"Content-Type": "application/sparql-query; charset=UTF-16"}, "ASK {}".encode("utf-16")),  # noqa: E501
        ("bad_query_syntax", "GET", "/sparql?query=ASK%20%7B", {}, None),
        ("bad_update_get", "GET", "/sparql?update=CLEAR%20ALL", {}, None),
        ("bad_multiple_updates", "POST", "/sparql/", {"Content-Type": "application/x-www-form-urlencoded"}, b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT"),  # noqa: E501
        ("bad_update_wrong_media_type", "POST", "/sparql/", {"Content-Type": "text/plain"}, b"CLEAR NAMED"),  # noqa: E501
        ("bad_update_missing_form_type", "POST", "/sparql/", {}, b"update=CLEAR%20NAMED"),
        ("bad_update_non_utf8", "POST", "/sparql/", {"Content-Type": "application/sparql-update; charset=UTF-16"}, "CLEAR NAMED".encode("utf-16")),  # noqa: E501
        ("bad_update_syntax", "POST", "/sparql/", {"Content-Type": "application/x-www-form-urlencoded"}, b"update=CLEAR%20XYZ"),  # noqa: E501
        ("bad_update_dataset_conflict", "POST", "/sparql/", {"Content-Type": "application/x-www-form-urlencoded"}, b"using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople&update=WITH%20%3Chttp%3A%2F%2Fexample%2Faddresses%3E%20DELETE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"),  # noqa: E501
    ],
)  # fmt: skip
def test_bad_requests_get_a_4xx(
    port: int, name: str, method: str, target: str, headers: dict[str, str], body: bytes | None
) -> None:
    answer = request(port, method, target, body, headers)
    assert 400 <= answer.status < 500, (name, answer.status, answer.body)


# the dataset parameters name only the dataset's own graphs


@pytest.mark.parametrize("parameter", ["default-graph-uri", "named-graph-uri"])
@pytest.mark.parametrize("iri", [OTHER, f"{GRAPH}nothing-here", "file:///etc/passwd"])
def test_a_graph_outside_the_dataset_is_refused(port: int, parameter: str, iri: str) -> None:
    answer = request(port, "GET", "/sparql?" + encode(query="ASK {}", **{parameter: iri}))
    assert answer.status == 400
    assert f"{parameter} {iri!r} is not a graph of this dataset" in answer.body


# every result format for every query form


FORMS = {
    "SELECT": "SELECT ?s ?o WHERE { ?s <urn:next> ?o }",
    "ASK": "ASK { ?s <urn:next> ?o }",
    "CONSTRUCT": "CONSTRUCT WHERE { ?s <urn:next> ?o }",
    "DESCRIBE": f"DESCRIBE <{DATA[1]}>",
}
READERS = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}
FORMATS = [
    *[("SELECT", media) for media in list(READERS)[:4]],
    *[("ASK", media) for media in list(READERS)[:2]],
    *[(form, media) for form in ("CONSTRUCT", "DESCRIBE") for media in list(READERS)[4:]],
]


@pytest.mark.parametrize(("form", "media"), FORMATS)
def test_every_form_in_each_of_its_formats(port: int, form: str, media: str) -> None:
    answer = request(port, "GET", "/sparql?" + encode(query=FORMS[form]), headers={"Accept": media})
    assert answer.status == 200 and answer.content_type.split(";")[0] == media, answer.body
    data = io.BytesIO(answer.body.encode())
    if form in ("SELECT", "ASK"):
        result = Result.parse(data, format=READERS[media])
        assert result.askAnswer is True if form == "ASK" else len(result) == 3
    else:
        graph = Graph().parse(data, format=READERS[media])
        assert (URIRef(DATA[1]), URIRef("urn:next"), URIRef(DATA[2])) in graph


@pytest.mark.parametrize("media", ["text/csv", "text/tab-separated-values"])
def test_ask_in_csv_or_tsv_says_what_is_available(port: int, media: str) -> None:
    answer = request(
        port, "GET", "/sparql?" + encode(query=FORMS["ASK"]), headers={"Accept": media}
    )
    assert answer.status == 406
    assert "no CSV or TSV form" in answer.body and "application/sparql-results+json" in answer.body


def test_ask_prefers_what_it_can_write(port: int) -> None:
    accept = "text/csv, application/sparql-results+xml;q=0.5"
    answer = request(
        port, "GET", "/sparql?" + encode(query=FORMS["ASK"]), headers={"Accept": accept}
    )
    assert answer.status == 200 and answer.content_type.startswith("application/sparql-results+xml")


# OPTIONS, CORS, the service description


def test_options_lists_the_methods(port: int) -> None:
    answer = request(port, "OPTIONS", "/sparql")
    assert answer.status == 204 and answer.headers["allow"] == "GET, POST, OPTIONS"
    assert "access-control-allow-origin" not in answer.headers


def test_a_cors_preflight_of_the_allowed_origin(port: int) -> None:
    headers = {"Origin": CORS, "Access-Control-Request-Method": "POST"}
    answer = request(port, "OPTIONS", "/sparql", headers=headers)
    assert answer.status == 204
    assert answer.headers["access-control-allow-origin"] == CORS
    assert "POST" in answer.headers["access-control-allow-methods"]
    assert "Content-Type" in answer.headers["access-control-allow-headers"]


def test_the_allowed_origin_may_query(port: int) -> None:
    headers = {"Origin": CORS, "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors"}
    answer = request(port, "GET", "/sparql?" + encode(query="ASK {}"), headers=headers)
    assert answer.status == 200 and answer.headers["access-control-allow-origin"] == CORS


def test_another_origin_is_refused(port: int) -> None:
    headers = {"Origin": "https://evil.example.org"}
    answer = request(port, "GET", "/sparql?" + encode(query="ASK {}"), headers=headers)
    assert answer.status == 403 and "--cors" in answer.body
    assert "access-control-allow-origin" not in answer.headers
    preflight = request(port, "OPTIONS", "/sparql", headers=headers)
    assert preflight.status == 403


def test_cors_is_off_by_default() -> None:
    app = SparqlApp.__new__(SparqlApp)  # no workers: the origin check comes first
    app.hosts = frozenset({"127.0.0.1"})
    response = app._refuse_origin({"host": "127.0.0.1", "origin": CORS})
    assert response is not None and response.status == 403


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("example.org", "not an origin"),
        ("ftp://example.org", "not an origin"),
        ("https://example.org/path", "no path"),
        ("https://example.org:99999", "bad port"),
    ],
)
def test_serve_rejects_a_bad_cors_origin(value: str, message: str) -> None:
    from kg.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--cors", value, "--get", "/"])
    assert result.exit_code == 2 and "--cors" in result.output and message in result.output


def test_the_service_description(port: int) -> None:
    answer = request(port, "GET", "/sparql", headers={"Accept": "text/turtle"})
    assert answer.status == 200 and answer.content_type.startswith("text/turtle")
    graph = Graph().parse(data=answer.body, format="turtle")
    service = graph.value(predicate=SD.endpoint, object=URIRef(f"http://127.0.0.1:{port}/sparql"))
    assert service is not None
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    names = {str(o) for o in graph.objects(None, SD.name)}
    assert names == set(DATA.values())
    formats = {str(o).rsplit("/", 1)[1] for o in graph.objects(service, SD.resultFormat)}
    assert {"SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "RDF_XML"} <= formats


def test_the_service_description_in_another_format(port: int) -> None:
    answer = request(port, "GET", "/sparql", headers={"Accept": "application/ld+json"})
    assert answer.status == 200 and answer.content_type == "application/ld+json"
    assert len(Graph().parse(data=answer.body, format="json-ld")) > 10
