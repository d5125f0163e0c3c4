"""`kg serve` under abuse (issue 27, items 5, 6, 7 and 12).

Two servers, each a process of its own running what `kg serve` runs (the
app, its workers and the HTTP server) over a small generated graph, so that
no corpus is built: ``endpoint`` with two workers and a short client timeout,
``small`` with one worker and three connections. Raw sockets send what
well-behaved clients never would.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
TRIPLES = 3000
# squares a string's length twice (each "a" replaced by the whole string): 10^12 characters
BOMB = (
    f'SELECT (STRLEN(?c) AS ?n) WHERE {{ BIND("{"a" * 1000}" AS ?a) '
    'BIND(REPLACE(?a, "a", ?a) AS ?b) BIND(REPLACE(?b, "a", ?b) AS ?c) }'
)
# the server of `kg serve`, on a graph of N-Quads, without building the seed corpus
LAUNCHER = """
import json, sys
from kg.server.workers import Limits
from kg.resources import default_queries_dir
from kg.server import SparqlApp, allowed_hosts, make_server
from kg.sparql import load_catalogue
source, options = sys.argv[1], json.loads(sys.argv[2])
limits = Limits(timeout=options["timeout"], memory_mb=options.get("memory_mb", 2048))
app = SparqlApp(
    source, load_catalogue(default_queries_dir()), limits, workers=options["workers"],
    hosts=allowed_hosts("127.0.0.1", options.get("allow", [])),
)
server = make_server(
    app, "127.0.0.1", 0, options.get("max_connections", 256), options["client_timeout"]
)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


@dataclass(frozen=True)
class Server:
    host: str
    port: int


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.nq"
    lines = (
        f'<urn:s{i % 97}> <urn:p{i % 7}> "value {i}" <https://w3id.org/kgdiplo/graph/g> .\n'
        for i in range(TRIPLES)
    )
    path.write_text("".join(lines), encoding="utf-8")
    return path


def start(graph: Path, **options: object) -> Iterator[Server]:
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, f"nquads:{graph}", json.dumps(options)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip().isdigit(), process.stderr.read() if process.stderr else ""
    try:
        yield Server("127.0.0.1", int(line))
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def endpoint(graph: Path) -> Iterator[Server]:
    yield from start(
        graph, timeout=2, workers=2, memory_mb=320, client_timeout=1, allow=["kg.example.org"]
    )


@pytest.fixture(scope="module")
def small(graph: Path) -> Iterator[Server]:
    yield from start(graph, timeout=1, workers=1, max_connections=3, client_timeout=3)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: str


def raw(server: Server, request: bytes, source: str = "", wait: float = 15) -> Answer:
    """Send bytes as they are; read one answer (the status line, headers, body)."""
    address = (source, 0) if source else None
    with socket.create_connection((server.host, server.port), 10, address) as sock:
        sock.settimeout(wait)
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError(f"closed without an answer after {data!r}")
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:])}
        while len(body) < int(headers.get("content-length", "0")):
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return Answer(int(lines[0].split()[1]), headers, body.decode("utf-8", "replace"))


def get_request(query: str, host: str = "127.0.0.1", extra: str = "") -> bytes:
    target = "/sparql?" + urllib.parse.urlencode({"query": query})
    return f"GET {target} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n".encode()


def post_request(body: bytes, content_type: str, extra: str = "") -> bytes:
    head = (
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n"
    )
    return head.encode() + body


def query(server: Server, text: str, source: str = "", timeout: float = 30) -> tuple[int, str]:
    connection = http.client.HTTPConnection(
        server.host, server.port, timeout=timeout, source_address=(source, 0) if source else None
    )
    try:
        connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": text}))
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def wait_for_all_workers(server: Server) -> None:
    for _ in range(300):
        status = json.loads(raw(server, b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").body)
        if status["idle"] == status["workers"]:
            return
        time.sleep(0.1)
    raise AssertionError("the query workers did not come back")


def closed_within(sock: socket.socket, seconds: float) -> float | None:
    """Seconds until the server closed the connection, or None if it kept it open."""
    started = time.monotonic()
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return time.monotonic() - started


# --- 27.5: the query is parsed in the worker, under the time limit --------------------------


class RecordingPool:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []

    def execute(self, text: str, accept: str, client: str = "", params: Any = ()) -> Any:
        from kg.server.workers import Outcome

        self.calls.append((text, accept, client))
        return Outcome(400, "text/plain", b"SPARQL syntax error at line 1, column 18")


def test_the_main_process_does_not_parse_the_query() -> None:
    from kg.server import SparqlApp, allowed_hosts

    app = object.__new__(SparqlApp)
    app.hosts = allowed_hosts()
    app.pool = RecordingPool()  # type: ignore[assignment]
    target = "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s WHERE {"})
    accept = "application/sparql-results+xml"
    response = app.handle("GET", target, {"Accept": accept}, b"", "127.0.0.9")
    # the text goes to the worker as it came, with the Accept header and the client
    assert app.pool.calls == [("SELECT ?s WHERE {", accept, "127.0.0.9")]  # type: ignore[attr-defined]
    assert response.status == 400 and b"line 1, column 18" in response.body


def test_the_worker_learns_the_form_and_negotiates() -> None:
    from rdflib import Dataset

    from kg.server.workers import answer
    from kg.stores.memory import MemoryStore

    store = MemoryStore(Dataset())
    construct = "CONSTRUCT { <urn:a> <urn:b> ?x } WHERE { BIND(1 AS ?x) }"
    refused = answer(store, construct, "application/sparql-results+json", 10, 10_000)
    assert refused.status == 406 and b"text/turtle" in refused.body
    turtle = answer(
        store, construct, "application/sparql-results+json, text/turtle;q=0.5", 10, 10_000
    )
    assert turtle.status == 200 and turtle.content_type == "text/turtle"
    # a prefix named like a query form does not fool it (issue 27.4)
    select = "PREFIX ask: <http://x/> SELECT ?s WHERE { BIND(1 AS ?s) }"
    rows = answer(store, select, "", 10, 10_000)
    assert rows.status == 200 and json.loads(rows.body)["results"]["bindings"]
    assert answer(store, "ASK {}", "text/turtle", 10, 10_000).status == 406
    update = answer(store, "DROP ALL", "", 10, 10_000)
    assert update.status == 403 and b"read-only" in update.body


def test_a_huge_query_is_stopped_at_the_time_limit(small: Server) -> None:
    wait_for_all_workers(small)
    # about 900 KB: rdflib's parser alone takes half a minute over it
    values = " ".join(f'"value number {i}"' for i in range(45_000))
    text = f"SELECT ?x WHERE {{ VALUES ?x {{ {values} }} }}".encode()
    assert 800_000 < len(text) < 1024 * 1024
    started = time.monotonic()
    answer = raw(small, post_request(text, "application/sparql-query"), wait=60)
    elapsed = time.monotonic() - started
    assert answer.status == 503 and "time limit of 1 s" in answer.body
    assert elapsed < 10, f"answered after {elapsed:.1f} s; the limit is 1 s"


# --- 27.6: a dead worker is replaced before it is handed a query --------------------------


def test_a_good_query_after_a_memory_bomb_is_answered(endpoint: Server) -> None:
    for _ in range(3):
        wait_for_all_workers(endpoint)
        status, body = query(endpoint, BOMB)
        assert status == 500 and ("320 MB" in body or "died" in body)
        status, body = query(endpoint, COUNT)
        assert status == 200, body
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == TRIPLES


# --- 27.7: load, starvation, idle connections ----------------------------------------------


def test_runaway_queries_of_one_client_leave_a_worker_to_the_others(endpoint: Server) -> None:
    wait_for_all_workers(endpoint)
    outcomes: list[tuple[int, str]] = []
    runaways = [
        threading.Thread(target=lambda: outcomes.append(query(endpoint, RUNAWAY, "127.0.0.2")))
        for _ in range(2)
    ]
    for thread in runaways:
        thread.start()
    time.sleep(0.4)
    started = time.monotonic()
    for _ in range(3):
        status, _ = query(endpoint, COUNT, "127.0.0.1")
        assert status == 200
    elapsed = time.monotonic() - started
    still_running = any(thread.is_alive() for thread in runaways)
    for thread in runaways:
        thread.join()
    # answered while the runaway query still ran (it stops at the 2 s limit)
    assert still_running and elapsed < 1.5, f"3 queries took {elapsed:.2f} s"
    # each ran into the time limit (or the memory cap), or waited past it for its client's turn
    assert len(outcomes) == 2 and all(status in (500, 503) for status, _ in outcomes)


def test_two_hundred_clients_at_once_are_answered_never_reset(endpoint: Server) -> None:
    wait_for_all_workers(endpoint)
    answers: list[Answer | Exception] = []
    lock = threading.Lock()
    barrier = threading.Barrier(200, timeout=30)

    def client() -> None:
        try:
            barrier.wait()
            answer: Answer | Exception = raw(endpoint, get_request("ASK { ?s ?p ?o }"))
        except Exception as exc:  # a reset, or no answer: what this test looks for
            answer = exc
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=client) for _ in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    failures = [a for a in answers if isinstance(a, Exception)]
    assert not failures, f"{len(failures)} of 200 got no answer: {failures[:3]}"
    statuses = [a.status for a in answers if isinstance(a, Answer)]
    assert set(statuses) <= {200, 503} and statuses.count(200) >= 20, statuses
    busy = [a for a in answers if isinstance(a, Answer) and a.status == 503]
    assert all(a.headers.get("retry-after", "").isdigit() for a in busy)


def test_a_connection_over_the_limit_gets_503_at_once(small: Server) -> None:
    held = [socket.create_connection((small.host, small.port), 10) for _ in range(3)]
    try:
        time.sleep(0.3)  # the three are accepted and wait for their request
        started = time.monotonic()
        answer = raw(small, get_request("ASK {}"), wait=5)
        elapsed = time.monotonic() - started
        assert answer.status == 503 and answer.headers["retry-after"].isdigit()
        assert "connection limit" in answer.body and elapsed < 1.5
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.3)
    assert raw(small, get_request("ASK {}")).status == 200


def test_a_silent_client_is_dropped(endpoint: Server) -> None:
    with socket.create_connection((endpoint.host, endpoint.port), 10) as sock:
        closed = closed_within(sock, 6)
    assert closed is not None, "a connection that sent nothing was held for 6 s"


def test_a_trickling_client_is_dropped(endpoint: Server) -> None:
    request = get_request("ASK {}")
    started = time.monotonic()
    with socket.create_connection((endpoint.host, endpoint.port), 10) as sock:
        try:
            for byte in request:  # a byte every 0.2 s: the whole request would take minutes
                sock.send(bytes([byte]))
                time.sleep(0.2)
                if time.monotonic() - started > 8:
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass
        closed = closed_within(sock, 1)
    assert closed is not None and time.monotonic() - started < 8, "a trickler was held"


def test_keep_alive_connections_still_work(endpoint: Server) -> None:
    connection = http.client.HTTPConnection(endpoint.host, endpoint.port, timeout=30)
    try:
        for _ in range(3):
            connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))
            response = connection.getresponse()
            assert response.status == 200 and json.loads(response.read())["boolean"] is True
    finally:
        connection.close()


# --- 27.12: Host, Origin, the page's policy, Content-Length, charsets ------------------


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "localhost", "LOCALHOST:7878", "[::1]:7878", "127.0.0.2", "kg.example.org"],
)
def test_allowed_hosts(endpoint: Server, host: str) -> None:
    assert raw(endpoint, get_request("ASK {}", host)).status == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "localhost.evil.example", "10.0.0.1", "kg.example.org.evil", "a b"]
)
def test_other_hosts_are_refused(endpoint: Server, host: str) -> None:
    answer = raw(endpoint, get_request("ASK {}", host))
    assert answer.status == 403 and "--allow-host" in answer.body


@pytest.mark.parametrize(
    "origin", ["http://evil.example", "null", "http://localhost:{port}", "http://127.0.0.1:1"]
)
def test_cross_origin_requests_are_refused(endpoint: Server, origin: str) -> None:
    extra = f"Origin: {origin.format(port=endpoint.port)}\r\n"
    answer = raw(endpoint, get_request("ASK {}", f"127.0.0.1:{endpoint.port}", extra))
    assert answer.status == 403 and "another origin" in answer.body


def test_same_origin_requests_are_answered(endpoint: Server) -> None:
    extra = f"Origin: http://127.0.0.1:{endpoint.port}\r\nSec-Fetch-Site: same-origin\r\n"
    answer = raw(endpoint, get_request("ASK {}", f"127.0.0.1:{endpoint.port}", extra))
    assert answer.status == 200


def test_a_cross_site_fetch_without_origin_is_refused(endpoint: Server) -> None:
    extra = "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n"
    assert raw(endpoint, get_request("ASK {}", extra=extra)).status == 403


def test_the_query_page_has_a_policy_that_lets_its_own_script_run(endpoint: Server) -> None:
    answer = raw(endpoint, b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    policy = answer.headers["content-security-policy"]
    assert answer.status == 200 and answer.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
    assert "connect-src 'self'" in policy
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert "unsafe" not in script_src  # scripts: the page's own, by hash, and the vendored YASGUI
    scripts = re.findall(r"<script>(.*?)</script>", answer.body, re.S)
    assert scripts
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    api = raw(endpoint, get_request("ASK {}"))
    assert api.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in api.headers["content-security-policy"]


@pytest.mark.parametrize(
    ("length", "status", "message"),
    [
        ("-1", 400, "bad Content-Length"),
        ("abc", 400, "bad Content-Length"),
        ("+5", 400, "bad Content-Length"),
        ("99999999999", 413, "over 1048576 bytes"),
    ],
)
def test_strict_content_length(endpoint: Server, length: str, status: int, message: str) -> None:
    request = (
        "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/sparql-query\r\n"
        f"Content-Length: {length}\r\n\r\nASK {{}}"
    ).encode()
    answer = raw(endpoint, request, wait=5)
    assert answer.status == status and message in answer.body
    assert answer.headers["connection"] == "close"


def test_content_length_with_transfer_encoding_is_refused(endpoint: Server) -> None:
    request = (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n"
    )
    answer = raw(endpoint, request, wait=5)
    assert answer.status == 400 and "not both" in answer.body
    assert answer.headers["connection"] == "close"


def test_two_different_content_lengths_are_refused(endpoint: Server) -> None:
    request = (
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 6\r\nContent-Length: 60\r\n\r\nASK {}"
    )
    assert raw(endpoint, request, wait=5).status == 400


E_ACUTE = 'SELECT ?x WHERE { BIND("caf\u00e9" AS ?x) }'


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            b"query=" + urllib.parse.quote(E_ACUTE, encoding="latin-1").encode(),
            "application/x-www-form-urlencoded; charset=latin-1",
        ),
        (E_ACUTE.encode("utf-8"), 'application/sparql-query; charset="UTF-8"'),
        (b"query=" + urllib.parse.quote(E_ACUTE).encode(), "application/x-www-form-urlencoded"),
    ],
)
def test_the_body_is_read_in_its_charset(endpoint: Server, body: bytes, content_type: str) -> None:
    answer = raw(endpoint, post_request(body, content_type))
    assert answer.status == 200, answer.body
    assert json.loads(answer.body)["results"]["bindings"][0]["x"]["value"] == "caf\u00e9"


@pytest.mark.parametrize(
    ("body", "content_type", "status", "message"),
    [
        (b"ASK {}", "application/x-www-form-urlencoded; charset=klingon", 415, "unknown charset"),
        (b"ASK {}", "application/x-www-form-urlencoded; charset=base64", 415, "unknown charset"),
        # application/sparql-query is UTF-8 only (W3C protocol test bad_query_non_utf8)
        (E_ACUTE.encode("latin-1"), "application/sparql-query; charset=ISO-8859-1", 415, "UTF-8"),
        (E_ACUTE.encode("utf-16"), 'application/sparql-query; charset="utf-16"', 415, "UTF-8"),
        (E_ACUTE.encode("latin-1"), "application/sparql-query", 400, "not valid utf-8"),
        (b"query=caf%E9", "application/x-www-form-urlencoded", 400, "not valid utf-8"),
    ],
)
def test_a_body_that_cannot_be_read_is_refused(
    endpoint: Server, body: bytes, content_type: str, status: int, message: str
) -> None:
    answer = raw(endpoint, post_request(body, content_type))
    assert answer.status == status and message in answer.body


def test_serve_rejects_a_bad_allow_host() -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--allow-host", "a/b", "--get", "/"])
    assert result.exit_code != 0 and "--allow-host" in result.output


def test_serve_passes_its_options_to_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner
    from rdflib import Dataset

    import kg.cli.serve_command
    import kg.server
    from kg.cli import cli

    seen: dict[str, Any] = {}

    class FakeApp:
        def __init__(self, graph: object, catalogue: object, limits: Any, **kw: Any) -> None:
            seen.update(limits=limits, **kw)

        def close(self) -> None:
            pass

    class FakeServer:
        server_address = ("127.0.0.1", 1)

        def serve_forever(self) -> None:
            raise KeyboardInterrupt

        def server_close(self) -> None:
            pass

    def fake_make_server(app: object, host: str, port: int, *limits: Any) -> FakeServer:
        seen["server"] = (host, port, *limits)
        return FakeServer()

    monkeypatch.setattr(kg.cli.serve_command, "load_dataset", lambda *a: Dataset())
    monkeypatch.setattr(kg.server, "SparqlApp", FakeApp)
    monkeypatch.setattr(kg.server, "make_server", fake_make_server)
    options = ["--per-client", "3", "--max-connections", "50", "--client-timeout", "2.5"]
    hosts = ["--allow-host", "KG.example.org:8080", "--allow-host", "[2001:db8::1]"]
    result = CliRunner().invoke(cli, ["serve", "--host", "192.0.2.7", *options, *hosts])
    assert result.exit_code == 0, result.output
    assert seen["limits"].per_client == 3
    assert seen["server"] == ("192.0.2.7", 7878, 50, 2.5)
    assert {"kg.example.org", "2001:db8::1", "192.0.2.7", "localhost"} <= seen["hosts"]
    assert "evil.example" not in seen["hosts"]


def test_serve_help_names_the_new_options() -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    text = CliRunner().invoke(cli, ["serve", "--help"]).output
    for option in ("--allow-host", "--per-client", "--max-connections", "--client-timeout"):
        assert option in text


def test_the_query_page_works_under_its_policy_in_chromium(endpoint: Server, browser: Any) -> None:
    errors: list[str] = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"http://127.0.0.1:{endpoint.port}/")
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)  # the script ran
        page.evaluate(
            "yasgui.getTab().getYasqe().setValue('SELECT ?s WHERE { ?s <urn:p1> ?o } LIMIT 4')"
        )
        page.locator(".yasqe_queryButton").filter(visible=True).click()
        rows = page.locator(".yasr tbody tr").filter(visible=True)
        rows.nth(3).wait_for(timeout=15_000)  # fetch was allowed, YASGUI drew the table
        assert rows.count() == 4
        color = page.eval_on_selector("#parameters", "e => getComputedStyle(e).borderRadius")
        assert color == "4px"  # the inline style applies
    finally:
        context.close()
    assert errors == []
