"""A read-only SPARQL 1.1 Protocol endpoint over the built graph.

``/sparql`` takes queries by GET (``?query=``) and POST (form-encoded or
``application/sparql-query``), refuses updates with 403, and hands the query
text, as it came, to worker processes (:mod:`kg.query_workers`): there it is
parsed, checked, evaluated and written in the format the Accept header asks
for, all under the time limit and the caps on rows, bytes and memory. The
main process does only cheap protocol checks. ``/`` is a small query page
served from the package (no network needed); ``/queries.json`` lists the
catalogue.

The HTTP layer is :mod:`http.server` with a bounded thread per connection:

* a listen backlog of 1024 and at most ``max_connections`` connections served
  at once; one more is answered 503 with ``Retry-After`` at once, and closed
  gracefully (what it sent is read and dropped), never reset;
* a client has ``client_timeout`` seconds to send a whole request, head and
  body, from the moment the server waits for it: one that sends nothing, or
  trickles bytes, is dropped and frees its thread;
* ``Content-Length`` is strict (digits, one value, at most 1 MB, never with
  ``Transfer-Encoding``); anything else gets 400, 411 or 413 and the
  connection is closed;
* ``Host`` must be an allowed name (loopback names and addresses, the bound
  address, and ``--allow-host``), against DNS rebinding; a request from a
  page of another origin (``Origin``, ``Sec-Fetch-Site``) is refused;
* the query page has a Content-Security-Policy (its own inline script and
  style by hash, requests only to itself) and may not be framed.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import email.message
import hashlib
import io
import ipaddress
import json
import math
import queue
import re
import selectors
import socket
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from http.server import BaseHTTPRequestHandler, HTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset

from kg.build.serialize import to_nquads
from kg.query_workers import GRAPH_TYPES, RESULT_TYPES, Limits, Outcome, WorkerPool, negotiate
from kg.sparql import Catalogue

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
MAX_BODY = 1024 * 1024
LISTEN_BACKLOG = 1024
WRITE_TIMEOUT = 60.0
RETRY_AFTER = 2

_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
_API_POLICY = "default-src 'none'; frame-ancestors 'none'"


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = (message + "\n").encode("utf-8")
    return Response(status, "text/plain; charset=utf-8", body, headers or {})


def host_name(value: str) -> str | None:
    """The name in a ``Host`` header or an ``--allow-host`` value, lower case,
    without port or brackets; ``None`` for something that is not a host."""
    try:
        parts = urlsplit("//" + value.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    name = parts.hostname
    if not name or parts.username is not None or parts.path or parts.query:
        return None
    return name.rstrip(".")


def allowed_hosts(bind_host: str = "127.0.0.1", extra: Iterable[str] = ()) -> frozenset[str]:
    """The names a request's ``Host`` may give: loopback, the bound address
    (unless it is a wildcard) and ``extra`` (``--allow-host``)."""
    names = set(LOOPBACK_NAMES)
    for value in (bind_host, *extra):
        name = host_name(value)
        if name and name not in ("0.0.0.0", "::"):
            names.add(name)
    return frozenset(names)


def _is_allowed(name: str | None, allowed: frozenset[str]) -> bool:
    if name is None:
        return False
    if name in allowed:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class SparqlApp:
    """The endpoint's logic, independent of the HTTP server (tests call it directly)."""

    def __init__(
        self,
        graph: Dataset | str,
        catalogue: Catalogue,
        limits: Limits,
        workers: int = 2,
        hosts: frozenset[str] | None = None,
    ) -> None:
        """``graph``: an in-memory dataset, or ``oxigraph:PATH`` / ``sparql:URL``;
        ``hosts``: the allowed ``Host`` names (:func:`allowed_hosts`, loopback by default)."""
        self.catalogue = catalogue
        self.hosts = hosts if hosts is not None else allowed_hosts()
        self._folder = tempfile.TemporaryDirectory(prefix="kg-serve-")
        if isinstance(graph, str):
            source = graph
        else:
            nquads = Path(self._folder.name) / "graph.nq"
            nquads.write_text(to_nquads(graph), encoding="utf-8")
            source = f"nquads:{nquads}"
        self.pool = WorkerPool(source, workers, limits)

    def close(self) -> None:
        self.pool.close()
        self._folder.cleanup()

    def handle(
        self,
        method: str,
        target: str,
        headers: dict[str, str],
        body: bytes,
        client: str = "",
    ) -> Response:
        """Answer one request; ``client`` is the client's address (for its query cap)."""
        response = self._handle(
            method, target, {k.lower(): v for k, v in headers.items()}, body, client
        )
        policy = _page_policy() if response.content_type.startswith("text/html") else _API_POLICY
        return replace(
            response,
            headers={**_SECURITY_HEADERS, "Content-Security-Policy": policy, **response.headers},
        )

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, client: str
    ) -> Response:
        refused = self._refuse_origin(headers)
        if refused is not None:
            return refused
        url = urlsplit(target)
        if url.path == "/" and method in ("GET", "HEAD"):
            return Response(200, "text/html; charset=utf-8", _page())
        if url.path == "/queries.json" and method in ("GET", "HEAD"):
            return Response(200, "application/json", self._catalogue_json())
        if url.path == "/favicon.ico" and method in ("GET", "HEAD"):
            return Response(204, "image/x-icon", b"")  # none: browsers stop asking
        if url.path == "/status" and method in ("GET", "HEAD"):
            return Response(200, "application/json", json.dumps(self.pool.status()).encode())
        if url.path != "/sparql":
            return text_response(404, f"not found: {url.path} (the endpoint is /sparql)")
        if method not in ("GET", "POST"):
            return text_response(405, "use GET or POST", {"Allow": "GET, POST"})
        try:
            params = parse_qs(url.query, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            return text_response(400, "the query string is not valid UTF-8 once %-decoded")
        if method == "POST":
            posted = _posted(headers.get("content-type", ""), body)
            if isinstance(posted, Response):
                return posted
            params.update(posted)
        if "update" in params:
            return text_response(403, "SPARQL Update is not allowed: this endpoint is read-only")
        for name in ("default-graph-uri", "named-graph-uri"):
            if name in params:
                return text_response(
                    400, f"{name} is not supported: use FROM, FROM NAMED or GRAPH in the query"
                )
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return text_response(400, "give exactly one query (the 'query' parameter)")
        return self._query(queries[0], headers.get("accept", ""), client)

    def _refuse_origin(self, headers: dict[str, str]) -> Response | None:
        """403 for a Host not allowed (DNS rebinding) or a request from another site."""
        host = headers.get("host")
        if host is not None and not _is_allowed(host_name(host), self.hosts):
            name = host_name(host) or host
            return text_response(
                403,
                f"Host {host!r} is not served here (a DNS-rebinding guard); "
                f"start kg serve with --allow-host {name} to allow it",
            )
        origin = headers.get("origin")
        if origin is not None and not self._same_origin(origin, host):
            return text_response(403, f"requests from another origin ({origin}) are not allowed")
        site = headers.get("sec-fetch-site", "").lower()
        if site == "cross-site" and headers.get("sec-fetch-mode", "").lower() != "navigate":
            return text_response(403, "requests from another site are not allowed")
        return None

    def _same_origin(self, origin: str, host: str | None) -> bool:
        parts = urlsplit(origin.strip())
        if parts.scheme not in ("http", "https") or parts.path not in ("", "/"):
            return False
        if host is not None:
            return parts.netloc.lower() == host.strip().lower()
        return _is_allowed(host_name(parts.netloc), self.hosts)

    def _query(self, text: str, accept: str, client: str) -> Response:
        # The form is known only once the worker has parsed the query; an Accept
        # header that no form could satisfy is refused here, before any work.
        if negotiate(accept, RESULT_TYPES) is None and negotiate(accept, GRAPH_TYPES) is None:
            available = ", ".join([*RESULT_TYPES, *GRAPH_TYPES])
            return text_response(406, f"cannot answer with {accept!r}; available: {available}")
        outcome: Outcome = self.pool.execute(text, accept, client)
        if outcome.status != 200:
            extra = {"Retry-After": str(outcome.retry_after)} if outcome.retry_after else {}
            return text_response(outcome.status, outcome.body.decode("utf-8", "replace"), extra)
        content_type = outcome.content_type
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        return Response(200, content_type, outcome.body)

    def _catalogue_json(self) -> bytes:
        entries = [
            {
                "name": q.name,
                "title": q.title,
                "question": q.question,
                "parameters": [
                    {"name": p.name, "type": p.type, "default": p.default} for p in q.parameters
                ],
                "query": q.text,
            }
            for q in self.catalogue.queries.values()
        ]
        return json.dumps(entries, ensure_ascii=False).encode("utf-8")


def _posted(content_type: str, body: bytes) -> dict[str, list[str]] | Response:
    """The parameters of a POST body, decoded in the charset it names (UTF-8 if none)."""
    header = email.message.Message()
    header["content-type"] = content_type or "application/octet-stream"
    media = header.get_content_type()
    if media == "application/sparql-update":
        return text_response(403, "SPARQL Update is not allowed: this endpoint is read-only")
    if media not in ("application/x-www-form-urlencoded", "application/sparql-query"):
        return text_response(
            415, "POST a form (application/x-www-form-urlencoded) or application/sparql-query"
        )
    charset = header.get_content_charset() or "utf-8"
    try:
        encoding = codecs.lookup(charset).name
        text = body.decode(encoding)
    except LookupError:
        return text_response(415, f"unknown charset {charset!r}: send UTF-8")
    except UnicodeDecodeError as exc:
        return text_response(
            400, f"the request body is not valid {charset} (byte {exc.start}): {exc.reason}"
        )
    if media == "application/sparql-query":
        return {"query": [text]}
    try:
        return parse_qs(text, keep_blank_values=True, encoding=encoding, errors="strict")
    except UnicodeDecodeError:
        return text_response(400, f"the form is not valid {charset} once %-decoded")


def _page() -> bytes:
    return resources.files("kg").joinpath("static/query.html").read_bytes()


def _source_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@cache
def _page_policy() -> str:
    """The query page's CSP: its own inline script and style (by hash), requests to itself only."""
    page = _page().decode("utf-8")
    scripts = " ".join(_source_hash(s) for s in re.findall(r"<script>(.*?)</script>", page, re.S))
    styles = " ".join(_source_hash(s) for s in re.findall(r"<style>(.*?)</style>", page, re.S))
    return (
        f"default-src 'none'; script-src {scripts or 'none'}; style-src {styles or 'none'}; "
        "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes, with one deadline for a whole request rather than one per read,
    so that a client trickling a byte at a time is dropped too."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self.sock = sock
        self.deadline = math.inf

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the client took too long to send its request")
        self.sock.settimeout(None if remaining == math.inf else remaining)
        return self.sock.recv_into(buffer)


class _Handler(BaseHTTPRequestHandler):
    app: SparqlApp
    client_timeout: float = 5.0
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"
    max_body = MAX_BODY

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the socket's own file; reads go through the deadline instead
        self._reader = _DeadlineReader(self.connection)
        self.rfile = io.BufferedReader(self._reader)

    def handle(self) -> None:
        with contextlib.suppress(OSError):  # a client gone, or dropped for its slowness
            super().handle()

    def handle_one_request(self) -> None:
        self._reader.deadline = time.monotonic() + self.client_timeout
        super().handle_one_request()

    def _body(self) -> bytes | Response:
        """The request body, under a strict reading of Content-Length."""
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get_all("Transfer-Encoding"):
            if lengths:
                return text_response(400, "send Content-Length or Transfer-Encoding, not both")
            return text_response(411, "Transfer-Encoding is not supported: send a Content-Length")
        if not lengths:
            return b""
        value = lengths[0].strip()
        if len({v.strip() for v in lengths}) != 1 or not re.fullmatch(r"[0-9]{1,15}", value):
            return text_response(400, f"bad Content-Length {value!r}: give a number of bytes")
        length = int(value)
        if length > self.max_body:
            return text_response(413, f"the request body is over {self.max_body} bytes")
        body = self.rfile.read(length) if length else b""
        if len(body) != length:
            raise TimeoutError("the client closed its connection before the body's end")
        return body

    def _serve(self, method: str) -> None:
        body = self._body()
        if isinstance(body, Response):
            response, self.close_connection = body, True
        else:
            client = str(self.client_address[0]) if self.client_address else ""
            headers = dict(self.headers.items())
            response = self.app.handle(method, self.path, headers, body, client)
        self._reader.deadline = math.inf  # the request is in; now the answer
        self.connection.settimeout(max(WRITE_TIMEOUT, self.client_timeout))
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(response.body)
        if isinstance(body, Response):
            self._drain()

    def _drain(self, seconds: float = 1.0) -> None:
        """After an error answer: read and drop what the client still sends (for a
        while), so that closing does not reset the connection before it reads the answer."""
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            until = time.monotonic() + seconds
            while (remaining := until - time.monotonic()) > 0:
                self.connection.settimeout(remaining)
                if not self.connection.recv(65536):
                    break

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._serve("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._serve("DELETE")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


_REFUSAL_TEXT = b"the server is at its connection limit; try again\n"
_REFUSAL = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Retry-After: %d\r\n"
    b"Connection: close\r\n"
    b"Content-Length: %d\r\n\r\n%s"
) % (RETRY_AFTER, len(_REFUSAL_TEXT), _REFUSAL_TEXT)


class _Lingerer:
    """Closes refused connections gracefully: reads and drops what the client
    still sends, for up to two seconds, so that it reads its 503 rather than a
    reset (closing a socket with unread input resets it)."""

    seconds = 2.0

    def __init__(self) -> None:
        self._new: queue.SimpleQueue[socket.socket] = queue.SimpleQueue()
        threading.Thread(target=self._run, daemon=True, name="kg-linger").start()

    def add(self, sock: socket.socket) -> None:
        self._new.put(sock)

    def _run(self) -> None:
        selector = selectors.DefaultSelector()
        until: dict[socket.socket, float] = {}

        def close(sock: socket.socket) -> None:
            selector.unregister(sock)
            del until[sock]
            sock.close()

        while True:
            try:
                sock = self._new.get(timeout=None if not until else 0)
                while True:
                    until[sock] = time.monotonic() + self.seconds
                    selector.register(sock, selectors.EVENT_READ)
                    sock = self._new.get_nowait()
            except queue.Empty:
                pass
            for key, _ in selector.select(timeout=0.05):
                sock = key.fileobj  # type: ignore[assignment]
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    close(sock)
            now = time.monotonic()
            for sock in [s for s, t in until.items() if t < now]:
                close(sock)


class _Server(HTTPServer):
    """HTTPServer with a thread per connection, at most ``max_connections`` at once."""

    request_queue_size = LISTEN_BACKLOG
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type[_Handler], max_connections: int):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        self._lingerer = _Lingerer()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self._refuse(request)
            return
        threading.Thread(
            target=self._serve_connection, args=(request, client_address), daemon=True
        ).start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            self._slots.release()

    def _refuse(self, sock: socket.socket) -> None:
        try:
            sock.setblocking(False)
            sock.send(_REFUSAL)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            sock.close()
            return
        self._lingerer.add(sock)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-answer is not the server's error


def make_server(
    app: SparqlApp,
    host: str,
    port: int,
    max_connections: int = 256,
    client_timeout: float = 5.0,
) -> HTTPServer:
    """The endpoint on ``host:port`` (port 0: any free one)."""
    handler = type("Handler", (_Handler,), {"app": app, "client_timeout": client_timeout})
    return _Server((host, port), handler, max_connections)


__all__ = [
    "Limits",
    "Response",
    "SparqlApp",
    "allowed_hosts",
    "host_name",
    "make_server",
    "negotiate",
]
