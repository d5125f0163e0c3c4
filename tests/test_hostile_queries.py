"""Hostile queries against every store and ``kg serve``: refused alike, and never a connection.

A listener on 127.0.0.1 fails the tests on any connection it receives. Each
query of the corpus names it (SERVICE, FROM, LOAD) in a spelling that two
parsers may read differently: comments ended by ``\\r``, ``\\r\\n`` or the end
of the text, ``\\u`` escapes in keywords and IRIs, lower case, no spaces,
prefixed names, nested groups. The memory store, an Oxigraph store, a remote
store (an Oxigraph server) and ``kg serve`` must refuse each with the gate's
own error and message, and ``kg query`` with one line, never a traceback.
Behind the gate, Oxigraph's query threads cannot open a socket at all.
"""

from __future__ import annotations

import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.build import build_oxigraph, build_remote
from kg.cli import cli
from kg.errors import KgError
from kg.resources import default_queries_dir
from kg.server import SparqlApp, make_server
from kg.server.workers import Limits
from kg.sparql import QueryError, QueryRefusedError, QuerySyntaxError, check, load_catalogue
from kg.stores.base import GraphStore
from kg.stores.memory import MemoryStore
from kg.stores.oxigraph import OxigraphStore, on_walled_thread, raise_the_wall
from kg.stores.remote import RemoteStore
from tests.conftest import ONTOLOGY, TinyCorpus
from tests.test_stores import oxigraph_server


@dataclass
class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it accepts."""

    sock: socket.socket
    port: int
    connections: list[bytes] = field(default_factory=list)

    @classmethod
    def start(cls) -> Listener:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        listener = cls(sock, sock.getsockname()[1])
        threading.Thread(target=listener._accept, daemon=True).start()
        return listener

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return  # closed
            with conn:
                conn.settimeout(1)
                try:
                    self.connections.append(conn.recv(200) or b"(connected)")
                except OSError:
                    self.connections.append(b"(connected)")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    started = Listener.start()
    yield started
    started.close()


@pytest.fixture(autouse=True)
def no_connection(listener: Listener) -> Iterator[None]:
    """Every test fails if the listener received a connection meanwhile."""
    yield
    received, listener.connections[:] = list(listener.connections), []
    assert not received, f"a query reached the network: {received}"


# (an id, the query with {U} for the listener's URL, how the gate answers it)
REFUSED, SYNTAX = QueryRefusedError, QuerySyntaxError
HOSTILE: list[tuple[str, str, type[QueryError]]] = [
    ("service", "SELECT * WHERE { SERVICE <{U}/plain> { ?s ?p ?o } }", REFUSED),
    ("comment-cr", "SELECT * WHERE { #x\r SERVICE <{U}/cr> { ?s ?p ?o } \n }", REFUSED),
    ("comment-crlf", "SELECT * WHERE { #x\r\n SERVICE <{U}/crlf> { ?s ?p ?o } }", REFUSED),
    ("comment-end", "SELECT * WHERE {\n SERVICE <{U}/eot> { ?s ?p ?o } } # to the end", REFUSED),
    ("comment-cr-ask", "ASK { #x\r SERVICE <{U}/cr-ask> { ?s ?p ?o } \n }", REFUSED),
    (
        "comment-cr-construct",
        "CONSTRUCT { ?s ?p ?o } WHERE { #x\r SERVICE <{U}/cr-c> { ?s ?p ?o } \n }",
        REFUSED,
    ),
    (
        "comment-escaped-cr",
        "SELECT * WHERE { #x\\u000D SERVICE <{U}/ecr> { ?s ?p ?o } \n }",
        REFUSED,
    ),
    (
        "comment-escaped-lf",
        "SELECT * WHERE { #x\\u000a SERVICE <{U}/elf> { ?s ?p ?o } \n }",
        REFUSED,
    ),
    ("escaped-keyword", "SELECT * WHERE { \\u0053ERVICE <{U}/kw> { ?s ?p ?o } }", REFUSED),
    ("escaped-keyword-8", "SELECT * WHERE { \\U00000053ervice <{U}/kw8> { ?s ?p ?o } }", REFUSED),
    (
        "escaped-iri",
        "SELECT * WHERE { SERVICE <http:\\u002F\\u002F127.0.0.1:{PORT}/eiri> { ?s ?p ?o } }",
        REFUSED,
    ),
    ("escaped-select", "\\u0053ELECT * WHERE { SERVICE <{U}/esel> { ?s ?p ?o } }", REFUSED),
    ("escape-of-escape", "SELECT * WHERE { \\u005Cu0053ERVICE <{U}/ee> { ?s ?p ?o } }", SYNTAX),
    ("short-big-u", "SELECT * WHERE { \\U0053ERVICE <{U}/bigu> { ?s ?p ?o } }", SYNTAX),
    ("surrogate", 'SELECT * WHERE { BIND("\\uD83D" AS ?x) SERVICE <{U}/sur> { } }', SYNTAX),
    ("lower-case", "select * where { service <{U}/lower> { ?s ?p ?o } }", REFUSED),
    ("mixed-case", "SeLeCt * WhErE { SeRvIcE <{U}/mixed> { ?s ?p ?o } }", REFUSED),
    ("no-spaces", "SELECT*WHERE{SERVICE<{U}/nospace>{?s?p?o}}", REFUSED),
    ("silent", "SELECT * WHERE { SERVICE SILENT <{U}/silent> { ?s ?p ?o } }", REFUSED),
    (
        "variable",
        "SELECT * WHERE { VALUES ?u { <{U}/var> } SERVICE ?u { ?s ?p ?o } }",
        REFUSED,
    ),
    (
        "prefixed-service",
        "PREFIX x: <{U}/> SELECT * WHERE { SERVICE x:y { ?s ?p ?o } }",
        REFUSED,
    ),
    ("base-service", "BASE <{U}/> SELECT * WHERE { SERVICE <rel> { ?s ?p ?o } }", REFUSED),
    ("nested", "SELECT * WHERE { { { ?a ?b ?c { SERVICE <{U}/nest> { ?s ?p ?o } } } } }", REFUSED),
    (
        "optional",
        "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <{U}/opt> { ?s ?p ?o } } }",
        REFUSED,
    ),
    ("minus", "SELECT * WHERE { ?a ?b ?c MINUS { SERVICE <{U}/minus> { ?s ?p ?o } } }", REFUSED),
    (
        "union",
        "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE <{U}/union> { ?s ?p ?o } } }",
        REFUSED,
    ),
    (
        "sub-select",
        "SELECT * WHERE { { SELECT * WHERE { SERVICE <{U}/sub> { ?s ?p ?o } } } }",
        REFUSED,
    ),
    (
        "exists",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <{U}/exists> { ?s ?p ?o } } }",
        REFUSED,
    ),
    ("graph", "SELECT * WHERE { GRAPH ?g { SERVICE <{U}/graph> { ?s ?p ?o } } }", REFUSED),
    ("bind-exists", "SELECT * WHERE { BIND(EXISTS { SERVICE <{U}/bind> { } } AS ?x) }", REFUSED),
    (
        "order-by-exists",
        "SELECT * WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <{U}/order> { } })",
        REFUSED,
    ),
    (
        "having-exists",
        "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <{U}/having> { } })",
        REFUSED,
    ),
    ("projected-exists", "SELECT (EXISTS { SERVICE <{U}/proj> { } } AS ?x) WHERE { }", REFUSED),
    ("ask", "ASK { SERVICE <{U}/ask> { ?s ?p ?o } }", REFUSED),
    ("construct", "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{U}/construct> { ?s ?p ?o } }", REFUSED),
    (
        "construct-union",
        "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { SERVICE <{U}/cu> { ?s ?p ?o } } }",
        REFUSED,
    ),
    ("describe", "DESCRIBE ?s WHERE { SERVICE <{U}/describe> { ?s ?p ?o } }", REFUSED),
    (
        "local-name-escape",
        "PREFIX x: <{U}/> SELECT * WHERE { ?s ?p x:a\\# SERVICE <{U}/pnesc> { ?s ?p ?o }\n }",
        SYNTAX,
    ),
    ("from", "SELECT * FROM <{U}/from.ttl> WHERE { ?s ?p ?o }", REFUSED),
    ("from-no-space", "SELECT * FROM<{U}/nospace.ttl> WHERE { ?s ?p ?o }", REFUSED),
    ("from-named-no-space", "SELECT * FROM NAMED<{U}/named.ttl> WHERE { ?s ?p ?o }", REFUSED),
    ("from-lower", "select * from <{U}/lower.ttl> where { ?s ?p ?o }", REFUSED),
    ("from-comment-cr", "SELECT * #x\r FROM <{U}/fcr.ttl> WHERE { ?s ?p ?o }", REFUSED),
    ("from-escaped", "SELECT * \\u0046ROM <{U}/fesc.ttl> WHERE { ?s ?p ?o }", REFUSED),
    ("from-prefixed", "PREFIX x: <{U}/> SELECT * FROM x:y WHERE { ?s ?p ?o }", REFUSED),
    ("from-base", "BASE <{U}/> SELECT * FROM <rel.ttl> WHERE { ?s ?p ?o }", REFUSED),
    (
        "from-graph-lookalike",
        "SELECT * FROM <https://w3id.org/kgdiplo/graphx> WHERE { ?s ?p ?o }",
        REFUSED,
    ),
    ("from-file", "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", REFUSED),
    ("from-ask", "ASK FROM <{U}/fask.ttl> { ?s ?p ?o }", REFUSED),
    ("from-construct", "CONSTRUCT { ?s ?p ?o } FROM <{U}/fc.ttl> WHERE { ?s ?p ?o }", REFUSED),
    ("from-describe", "DESCRIBE ?s FROM NAMED <{U}/fd.ttl> WHERE { ?s ?p ?o }", REFUSED),
    ("load", "LOAD <{U}/load.ttl>", REFUSED),
    ("load-lower", "load <{U}/load-lower.ttl> into graph <urn:g>", REFUSED),
    ("load-escaped", "\\u004COAD <{U}/load-esc.ttl>", REFUSED),
    ("load-comment-cr", "#x\r LOAD <{U}/load-cr.ttl>", REFUSED),
    ("insert", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", REFUSED),
    ("insert-where", "INSERT { ?s ?p ?o } WHERE { SERVICE <{U}/insert> { ?s ?p ?o } }", REFUSED),
    ("drop", "DROP ALL", REFUSED),
]


def hostile(text: str, listener: Listener) -> str:
    return text.replace("{U}", f"http://127.0.0.1:{listener.port}").replace(
        "{PORT}", str(listener.port)
    )


def gate_refusal(text: str) -> QueryError:
    with pytest.raises(QueryError) as raised:
        check(text)
    return raised.value


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> TinyCorpus:
    return TinyCorpus(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def oxigraph_path(tiny: TinyCorpus, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ox") / "store"
    build_oxigraph(path, tiny.data, ONTOLOGY, tiny.corpus)
    return path


@pytest.fixture(scope="module")
def remote_url(tiny: TinyCorpus, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxserver")) as url:
        build_remote(url, tiny.data, ONTOLOGY, tiny.corpus)
        yield url


@pytest.fixture(scope="module")
def stores(
    tiny: TinyCorpus, oxigraph_path: Path, remote_url: str
) -> Iterator[dict[str, GraphStore]]:
    opened: dict[str, GraphStore] = {
        "memory": MemoryStore(tiny.build(shacl=False).dataset),
        "oxigraph": OxigraphStore(oxigraph_path),
        "sparql": RemoteStore(remote_url),
    }
    yield opened
    for store in opened.values():
        store.close()


@pytest.fixture(scope="module")
def apps(tiny: TinyCorpus, oxigraph_path: Path) -> Iterator[dict[str, SparqlApp]]:
    """``kg serve``'s logic, one worker each, over the memory and the Oxigraph store."""
    catalogue = load_catalogue(default_queries_dir())
    started = {
        "memory": SparqlApp(tiny.build(shacl=False).dataset, catalogue, Limits(), workers=1),
        "oxigraph": SparqlApp(f"oxigraph:{oxigraph_path}", catalogue, Limits(), workers=1),
    }
    yield started
    for app in started.values():
        app.close()


@pytest.mark.parametrize(("name", "template", "kind"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_every_store_refuses_alike(
    name: str,
    template: str,
    kind: type[QueryError],
    listener: Listener,
    stores: dict[str, GraphStore],
) -> None:
    text = hostile(template, listener)
    expected = gate_refusal(text)
    assert type(expected) is kind, expected
    for store_name, store in stores.items():
        with pytest.raises(QueryError) as raised:
            store.query(text)
        assert type(raised.value) is kind, (store_name, raised.value)
        assert str(raised.value) == str(expected), store_name


@pytest.mark.parametrize(("name", "template", "kind"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_kg_serve_refuses_alike(
    name: str,
    template: str,
    kind: type[QueryError],
    listener: Listener,
    apps: dict[str, SparqlApp],
) -> None:
    text = hostile(template, listener)
    message = str(gate_refusal(text))
    status = 403 if "Update" in message else 400
    for app_name, app in apps.items():
        for method, target, headers, body in (
            ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, text.encode()),
            (
                "POST",
                "/sparql",
                {"Content-Type": "application/x-www-form-urlencoded"},
                urllib.parse.urlencode({"query": text}).encode(),
            ),
        ):
            response = app.handle(method, target, headers, body)
            answer = (response.status, response.body.decode().strip())
            assert answer == (status, message), app_name


def test_kg_serve_refuses_over_http(listener: Listener, apps: dict[str, SparqlApp]) -> None:
    server = make_server(apps["oxigraph"], "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        text = hostile(HOSTILE[1][1], listener)  # SERVICE behind a comment ended by \r
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/sparql",
            data=text.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
        with pytest.raises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(request, timeout=30)
        assert raised.value.code == 400
        assert raised.value.read().decode().strip() == str(gate_refusal(text))
    finally:
        server.shutdown()
        server.server_close()


def _one_line_error(store: str, text: str, extra: list[str] | None = None) -> str:
    result = CliRunner().invoke(cli, ["query", "--store", store, *(extra or []), text])
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize(("name", "template", "kind"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_kg_query_prints_one_line(
    name: str,
    template: str,
    kind: type[QueryError],
    listener: Listener,
    oxigraph_path: Path,
    remote_url: str,
) -> None:
    text = hostile(template, listener)
    expected = f"Error: {gate_refusal(text)}"
    for store in (f"oxigraph:{oxigraph_path}", f"sparql:{remote_url}"):
        assert _one_line_error(store, text) == expected, store


def test_kg_query_prints_one_line_on_the_memory_store(listener: Listener, tiny: TinyCorpus) -> None:
    """The memory store builds the graph on each run: a few of the corpus are enough."""
    options = ["--data", str(tiny.data), "--ontology", str(ONTOLOGY), "--corpus", str(tiny.corpus)]
    for name in ("comment-cr", "escaped-iri", "from-no-space", "load-escaped", "short-big-u"):
        template = next(h[1] for h in HOSTILE if h[0] == name)
        text = hostile(template, listener)
        assert _one_line_error("memory", text, options) == f"Error: {gate_refusal(text)}"


# issue 27.4: a prefix named like a query form does not change the form
FORMS = [
    ("PREFIX ask: <http://x/> SELECT ?s WHERE { ?s a kg:Person }", "SELECT"),
    ("PREFIX select: <http://x/> ASK { ?s a kg:Person }", "ASK"),
    (
        "PREFIX describe: <http://x/> CONSTRUCT { ?s a kg:Person } WHERE { ?s a kg:Person }",
        "CONSTRUCT",
    ),
    ("PREFIX construct: <http://x/> DESCRIBE ?s WHERE { ?s a kg:Person }", "DESCRIBE"),
    (
        "PREFIX select: <http://x/> PREFIX ask: <http://y/> CONSTRUCT { ?s a select:z } WHERE { ?s a kg:Person }",
        "CONSTRUCT",
    ),
]


@pytest.mark.parametrize(("text", "form"), FORMS)
def test_a_prefix_named_like_a_form_keeps_the_query_form(
    text: str, form: str, stores: dict[str, GraphStore], apps: dict[str, SparqlApp]
) -> None:
    answers = {}
    for store_name, store in stores.items():
        result = store.query(text)
        # a DESCRIBE's graph is typed CONSTRUCT by some stores
        assert result.type in {form, "CONSTRUCT" if form == "DESCRIBE" else form}, store_name
        if form == "SELECT":
            answers[store_name] = sorted(str(row[0]) for row in result)  # type: ignore[index]
        elif form == "ASK":
            answers[store_name] = [str(result.askAnswer)]
        else:
            assert result.graph is not None
            answers[store_name] = sorted(str(s) for s in result.graph.subjects())
    assert answers["memory"] and len({str(a) for a in answers.values()}) == 1, answers
    expected_type = (
        "application/sparql-results+json" if form in ("SELECT", "ASK") else "text/turtle"
    )
    for app_name, app in apps.items():
        response = app.handle("GET", "/sparql?" + urllib.parse.urlencode({"query": text}), {}, b"")
        assert response.status == 200, (app_name, response.body)
        assert response.content_type.startswith(expected_type), app_name


def test_a_prefix_named_like_a_form_takes_parameters(stores: dict[str, GraphStore]) -> None:
    text = "PREFIX construct: <http://x/> SELECT ?s WHERE { ?s a kg:Person }"
    misri = URIRef("https://w3id.org/kgdiplo/id/misri")
    for store_name, store in stores.items():
        rows = [str(row[0]) for row in store.query(text, {"s": misri})]  # type: ignore[index]
        assert rows == [str(misri)], store_name


def test_kg_query_answers_a_prefix_named_like_a_form(oxigraph_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["query", "--store", f"oxigraph:{oxigraph_path}", FORMS[0][0], "--csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "s" and len(result.output.splitlines()) > 1


# the second wall: Oxigraph's query threads cannot open a socket


def _raw_service(listener: Listener, form: str = "SELECT") -> str:
    pattern = f"SERVICE <http://127.0.0.1:{listener.port}/wall> {{ ?s ?p ?o }}"
    return {
        "SELECT": f"SELECT * WHERE {{ {pattern} }}",
        "ASK": f"ASK {{ {pattern} }}",
        "CONSTRUCT": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}",
    }[form]


@pytest.mark.parametrize("form", ["SELECT", "ASK", "CONSTRUCT"])
def test_a_service_past_the_gate_cannot_connect(
    form: str, listener: Listener, oxigraph_path: Path
) -> None:
    store = OxigraphStore(oxigraph_path)
    with pytest.raises(QueryError, match="unreachable"):
        store._execute(_raw_service(listener, form), form)  # the gate is not asked


def test_a_silent_service_past_the_gate_answers_nothing(
    listener: Listener, oxigraph_path: Path
) -> None:
    store = OxigraphStore(oxigraph_path)
    text = (
        f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{listener.port}/s> {{ ?s ?p ?o }} }}"
    )
    names, rows = store._execute(text, "SELECT")
    assert all(cell == "" for row in rows for cell in row)  # at most the empty solution


def test_the_wall_is_what_stops_the_connection(oxigraph_path: Path) -> None:
    """The same raw query on an ordinary thread does connect (to a listener of its own),
    and the thread that asks for the walled evaluation keeps the network."""
    own = Listener.start()
    try:
        store = OxigraphStore(oxigraph_path)
        with pytest.raises(QueryError):
            on_walled_thread(lambda: list(store.store.query(_raw_service(own))))
        assert own.connections == []
        with pytest.raises(OSError):
            list(store.store.query(_raw_service(own)))  # the listener closes without answering
        socket.create_connection(("127.0.0.1", own.port), timeout=5).close()
        for _ in range(100):
            if len(own.connections) >= 2:
                break
            threading.Event().wait(0.05)
        assert len(own.connections) == 2 and own.connections[0].startswith(b"POST /wall")
    finally:
        own.close()


def test_no_wall_no_query(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the seccomp filter cannot be loaded, the thread refuses to run a query."""
    import sys

    monkeypatch.setitem(sys.modules, "pyseccomp", None)  # import fails
    failure: list[BaseException] = []

    def attempt() -> None:
        try:
            raise_the_wall()
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=attempt)
    thread.start()
    thread.join()
    assert len(failure) == 1 and isinstance(failure[0], KgError)
    assert "cannot close the Oxigraph query threads to the network" in str(failure[0])
