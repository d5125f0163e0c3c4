"""A read-only SPARQL 1.1 Protocol endpoint over the built graph.

``/sparql`` takes queries by GET (``?query=``) and POST (form-encoded or
``application/sparql-query``), negotiates the result format, refuses updates
with 403, and evaluates in worker processes with a time limit and caps on
rows, bytes and memory (:mod:`kg.query_workers`). ``/`` is a small query page
served from the package (no network needed); ``/queries.json`` lists the
catalogue.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset

from kg.query_workers import Limits, Outcome, WorkerPool
from kg.serialize import to_nquads
from kg.sparql import Catalogue, QueryError, QueryRefusedError, QuerySyntaxError, check

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_response(status: int, message: str) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def negotiate(accept: str, offered: dict[str, str]) -> str | None:
    """The offered media type the Accept header prefers (first offered one for */*)."""
    if not accept.strip():
        return next(iter(offered))
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media, quality = pieces[0].lower(), 1.0
        for parameter in pieces[1:]:
            if parameter.startswith("q="):
                try:
                    quality = float(parameter[2:])
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            prefix = media.split("/")[0]
            for candidate in offered:
                if media == "*/*" or candidate.startswith(prefix + "/"):
                    choices.append((quality, position, candidate))
                    break
        elif media in offered:
            choices.append((quality, position, media))
    if not choices:
        return None
    choices.sort(key=lambda c: (-c[0], c[1]))
    return choices[0][2]


class SparqlApp:
    """The endpoint's logic, independent of the HTTP server (tests call it directly)."""

    def __init__(
        self, graph: Dataset | str, catalogue: Catalogue, limits: Limits, workers: int = 2
    ) -> None:
        """``graph``: an in-memory dataset, or ``oxigraph:PATH`` / ``sparql:URL``."""
        self.catalogue = catalogue
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

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Response:
        url = urlsplit(target)
        lowered = {k.lower(): v for k, v in headers.items()}
        if url.path == "/" and method in ("GET", "HEAD"):
            return Response(200, "text/html; charset=utf-8", _page())
        if url.path == "/queries.json" and method in ("GET", "HEAD"):
            return Response(200, "application/json", self._catalogue_json())
        if url.path == "/status" and method in ("GET", "HEAD"):
            return Response(200, "application/json", json.dumps(self.pool.status()).encode())
        if url.path != "/sparql":
            return text_response(404, f"not found: {url.path} (the endpoint is /sparql)")
        if method not in ("GET", "POST"):
            return Response(405, "text/plain", b"use GET or POST\n", {"Allow": "GET, POST"})
        params = parse_qs(url.query, keep_blank_values=True)
        if method == "POST":
            media = lowered.get("content-type", "").split(";")[0].strip().lower()
            if media == "application/x-www-form-urlencoded":
                params.update(parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True))
            elif media == "application/sparql-query":
                params["query"] = [body.decode("utf-8", "replace")]
            elif media == "application/sparql-update":
                return text_response(
                    403, "SPARQL Update is not allowed: this endpoint is read-only"
                )
            else:
                return text_response(
                    415,
                    "POST a form (application/x-www-form-urlencoded) or application/sparql-query",
                )
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
        return self._query(queries[0], lowered.get("accept", ""))

    def _query(self, text: str, accept: str) -> Response:
        try:
            form = check(text).form  # the one gate of every store: refuse early, learn the form
        except QueryRefusedError as exc:
            status = 403 if "Update" in str(exc) else 400
            return text_response(status, str(exc))
        except (QuerySyntaxError, QueryError) as exc:
            return text_response(400, str(exc))
        is_graph = form in ("CONSTRUCT", "DESCRIBE")
        offered = GRAPH_TYPES if is_graph else RESULT_TYPES
        media = negotiate(accept, offered)
        if media is None:
            return text_response(
                406, f"cannot answer with {accept!r}; available: {', '.join(offered)}"
            )
        if form == "ASK" and offered[media] in ("csv", "tsv"):
            media = "application/sparql-results+json"
        outcome: Outcome = self.pool.execute(text, offered[media], media)
        content_type = outcome.content_type
        if outcome.status == 200 and not content_type.startswith("text/plain"):
            content_type += "; charset=utf-8" if content_type.startswith("text/") else ""
        elif outcome.status != 200:
            content_type = "text/plain; charset=utf-8"
        return Response(outcome.status, content_type, outcome.body)

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


def _page() -> bytes:
    return resources.files("kg").joinpath("static/query.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    app: SparqlApp
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"
    max_body = 1024 * 1024

    def _serve(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.max_body:
            response = text_response(413, f"the request body is over {self.max_body} bytes")
        else:
            body = self.rfile.read(length) if length else b""
            response = self.app.handle(method, self.path, dict(self.headers.items()), body)
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(response.body)

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


def make_server(app: SparqlApp, host: str, port: int) -> ThreadingHTTPServer:
    handler = type("Handler", (_Handler,), {"app": app})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


__all__ = ["Limits", "Response", "SparqlApp", "make_server", "negotiate", "HTTPStatus"]
