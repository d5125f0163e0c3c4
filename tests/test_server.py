"""`kg serve` driven by real clients: SPARQLWrapper, rdflib's SPARQLStore, plain HTTP."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from tests.conftest import SEEDS

KG = shutil.which("kg", path=str(Path(sys.executable).parent))
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    assert KG is not None
    env = {**os.environ, "KG_CORPUS": str(SEEDS)}
    process = subprocess.Popen(
        # three workers: one client (all these tests are 127.0.0.1) has at most two at once
        [KG, "serve", "--port", "0", "--timeout", "2", "--workers", "3", "--max-rows", "5000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("SPARQL endpoint at http://127.0.0.1:"), (
        process.stderr.read() if process.stderr else ""
    )
    try:
        yield line.split(" at ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def http(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def get(endpoint: str, query: str, accept: str = "") -> tuple[int, str, str]:
    url = endpoint + "?" + urllib.parse.urlencode({"query": query})
    return http(url, headers={"Accept": accept} if accept else {})


def get_as_a_client(endpoint: str, query: str) -> tuple[int, str, str]:
    """A GET asked as a client should: a 503 (every worker busy past the 2 s limit, as a
    loaded machine makes queries wait, or a replaced worker still starting) is tried again
    after a pause."""
    for _ in range(30):
        answer = get(endpoint, query)
        if answer[0] != 503:
            break
        time.sleep(1)
    return answer


def claim_count(endpoint: str) -> int:
    """The number of claims, asked as a client should (``get_as_a_client``)."""
    status, _, body = get_as_a_client(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Claim }")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def wrapper(endpoint: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


PREFIXES = (
    "PREFIX kg: <https://w3id.org/kgdiplo/ontology#> PREFIX kgr: <https://w3id.org/kgdiplo/id/> "
)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json(endpoint: str, method: str) -> None:
    # 000: "India’s Foreign Secretary Vikram Misri met with ... Amir Khan Muttaqi in Dubai"
    query = PREFIXES + "SELECT ?a WHERE { kgr:dubai-meeting-2025-01 kg:hasParticipant ?a }"
    converted: Any = wrapper(endpoint, query, JSON, method).queryAndConvert()
    rows = converted["results"]["bindings"]
    actors = {row["a"]["value"].rsplit("/", 1)[1] for row in rows}
    assert {"vikram-misri", "amir-khan-muttaqi"} <= actors


@pytest.mark.parametrize("fmt", [XML, CSV, TSV])
def test_sparqlwrapper_select_other_formats(endpoint: str, fmt: str) -> None:
    query = PREFIXES + "SELECT ?p WHERE { kgr:chabahar-port kg:operatedBy ?p }"
    converted: Any = wrapper(endpoint, query, fmt).queryAndConvert()
    text = converted.toxml() if fmt == XML else converted.decode()
    # 002: "the India-operated Chabahar port in Iran"
    assert "https://w3id.org/kgdiplo/id/india" in text


def test_sparqlwrapper_ask(endpoint: str) -> None:
    yes = wrapper(endpoint, PREFIXES + "ASK { kgr:chabahar-port kg:locatedIn kgr:iran }", JSON)
    no = wrapper(endpoint, PREFIXES + "ASK { kgr:chabahar-port kg:locatedIn kgr:pakistan }", JSON)
    answers: list[Any] = [yes.queryAndConvert(), no.queryAndConvert()]
    assert answers[0]["boolean"] is True
    assert answers[1]["boolean"] is False


def test_sparqlwrapper_construct(endpoint: str) -> None:
    query = PREFIXES + "CONSTRUCT { kgr:chabahar-port ?p ?o } WHERE { kgr:chabahar-port ?p ?o }"
    turtle = wrapper(endpoint, query, TURTLE).queryAndConvert()
    graph = Graph().parse(data=turtle, format="turtle")  # type: ignore[arg-type]
    as_xml = wrapper(endpoint, query, RDFXML).queryAndConvert()  # SPARQLWrapper parses RDF/XML
    assert isinstance(as_xml, Graph) and len(as_xml) == len(graph) > 5


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_construct_content_negotiation(endpoint: str, accept: str, fmt: str) -> None:
    query = (
        PREFIXES
        + "CONSTRUCT { kgr:chabahar-port kg:locatedIn ?o } WHERE { kgr:chabahar-port kg:locatedIn ?o }"
    )
    status, content_type, body = get(endpoint, query, accept)
    assert status == 200 and content_type.startswith(accept)
    assert len(Graph().parse(data=body, format=fmt)) == 1


def test_rdflib_sparqlstore(endpoint: str) -> None:
    store = SPARQLStore(endpoint, returnFormat="json")
    rows = list(store.query(PREFIXES + "SELECT ?x WHERE { ?x a kg:PhoneCall }"))
    # 003: "Muttaqi’s phone call with External Affairs Minister S. Jaishankar on Thursday"
    assert [str(r[0]).rsplit("/", 1)[1] for r in rows] == ["muttaqi-jaishankar-call-2025-05-15"]  # type: ignore[index]


def test_named_graphs_per_source(endpoint: str) -> None:
    query = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { "
        "<https://w3id.org/kgdiplo/id/aid-medicines> <https://w3id.org/kgdiplo/ontology#hasQuantity> ?q } }"
    )
    status, _, body = get(endpoint, query)
    graphs = {
        row["g"]["value"].rsplit("/", 1)[1] for row in json.loads(body)["results"]["bindings"]
    }
    # 001: "300 tonnes of medicines"; 004: "30 tons of medicines"
    assert status == 200 and graphs == {"001_75a9f5a7441c5fc0", "004_e0f1a2ae8a61b2c2"}
    from_named = (
        "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        if False
        else "SELECT DISTINCT ?g FROM NAMED <https://w3id.org/kgdiplo/graph/003_98dfac8b5af5e2b1> "
        "WHERE { GRAPH ?g { ?s ?p ?o } }"
    )
    status, _, body = get(endpoint, from_named)
    assert status == 200
    assert [r["g"]["value"] for r in json.loads(body)["results"]["bindings"]] == [
        "https://w3id.org/kgdiplo/graph/003_98dfac8b5af5e2b1"
    ]


def test_malformed_query_is_400_with_the_parser_message(endpoint: str) -> None:
    status, content_type, body = get(endpoint, "SELECT ?s\nWHERE { ?s ?p }")
    assert status == 400 and content_type.startswith("text/plain")
    assert "SPARQL syntax error at line 2, column" in body


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b"update=DROP+ALL", "application/x-www-form-urlencoded"),
        (b"query=DROP+ALL", "application/x-www-form-urlencoded"),
        (
            b"query=LOAD+%3Chttp%3A%2F%2F127.0.0.1%3A9%2Fx.ttl%3E",
            "application/x-www-form-urlencoded",
        ),
        (b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
        (b"CLEAR ALL", "application/sparql-query"),
    ],
)
def test_updates_are_refused_and_nothing_changes(
    endpoint: str, data: bytes, content_type: str
) -> None:
    before = claim_count(endpoint)
    status, _, body = http(endpoint, data=data, headers={"Content-Type": content_type})
    assert status == 403
    assert "read-only" in body
    assert claim_count(endpoint) == before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    ],
)
def test_outside_access_is_refused(endpoint: str, query: str) -> None:
    status, _, body = get(endpoint, query)
    assert status == 400 and "not allowed" in body


def test_runaway_query_gets_an_error_and_the_server_keeps_answering(endpoint: str) -> None:
    started = time.monotonic()
    status, _, body = get(endpoint, RUNAWAY)
    assert status in (500, 503)
    assert "time limit" in body or "MB" in body
    assert time.monotonic() - started < 20
    assert claim_count(endpoint) > 800


def wait_for_all_workers(endpoint: str) -> None:
    """After a runaway query its worker is replaced in the background; wait for it."""
    base = endpoint.rsplit("/sparql", 1)[0]
    for _ in range(300):
        status = json.loads(http(base + "/status")[2])
        if status["idle"] == status["workers"]:
            return
        time.sleep(0.1)
    raise AssertionError("the query workers did not come back")


def test_a_slow_query_does_not_block_others(endpoint: str) -> None:
    wait_for_all_workers(endpoint)
    outcome: list[int] = []
    slow = threading.Thread(target=lambda: outcome.append(get(endpoint, RUNAWAY)[0]))
    slow.start()
    time.sleep(0.3)
    for _ in range(3):
        assert claim_count(endpoint) > 800
    # answered while the runaway query was still running (it stops at the 2 s limit)
    assert slow.is_alive()
    slow.join()
    assert outcome and outcome[0] in (500, 503)


def test_several_clients_at_once(endpoint: str) -> None:
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(claim_count(endpoint))) for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6 and len(set(results)) == 1


def test_row_cap_is_an_error_not_a_cut_body(endpoint: str) -> None:
    # 6,400 rows made without reading the graph: the row cap, not the time limit, is what
    # answers, even on a loaded machine (a scan of every triple took past the 2 s limit there)
    numbers = " ".join(str(n) for n in range(80))
    query = f"SELECT * WHERE {{ VALUES ?a {{ {numbers} }} VALUES ?b {{ {numbers} }} }}"
    status, _, body = get_as_a_client(endpoint, query)  # a 503 of a busy worker is asked again
    assert status == 500 and "over the limit of 5000" in body


def test_unacceptable_format_is_406(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png")
    assert status == 406 and "application/sparql-results+json" in body


def test_query_page_is_offline_and_lists_the_catalogue(endpoint: str) -> None:
    base = endpoint.rsplit("/sparql", 1)[0]
    status, content_type, page = http(base + "/")
    assert status == 200 and content_type.startswith("text/html")
    assert "http://" not in page and "https://" not in page and "innerHTML" not in page
    status, _, catalogue = http(base + "/queries.json")
    assert status == 200 and isinstance(json.loads(catalogue), list)


def test_unknown_path_is_404(endpoint: str) -> None:
    base = endpoint.rsplit("/sparql", 1)[0]
    assert http(base + "/nothing")[0] == 404


def test_serve_get_answers_one_request_in_process() -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    path = "/sparql?" + urllib.parse.urlencode(
        {"query": PREFIXES + "ASK { kgr:chabahar-port kg:operatedBy kgr:india }"}
    )
    result = CliRunner().invoke(cli, ["serve", "--corpus", str(SEEDS), "--get", path])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["boolean"] is True


def test_serve_binds_localhost_by_default() -> None:
    from kg.cli import cli

    host = next(p for p in cli.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"
