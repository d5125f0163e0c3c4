"""The endpoint's logic, independent of the HTTP server (tests call it directly).

:class:`SparqlApp` routes a request (method, path, headers, body) to a
:class:`~kg.server.protocol.Response`: the query page, the catalogue, the
workers' status, the service description, or a query handed to the
:class:`~kg.server.workers.WorkerPool`. The dataset parameters
(``default-graph-uri``, ``named-graph-uri``) may name only the dataset's own
named graphs (asked of the store once a minute) and become the query's
``FROM`` / ``FROM NAMED`` (:mod:`kg.server.dataset`). CORS is off unless one
origin is allowed (``kg serve --cors ORIGIN``).
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset

from kg.build.serialize import to_nquads
from kg.namespaces import PREFIXES
from kg.server.dataset import with_dataset
from kg.server.description import service_description
from kg.server.protocol import (
    API_POLICY,
    GRAPH_TYPES,
    RESULT_TYPES,
    SECURITY_HEADERS,
    Response,
    allowed_hosts,
    host_name,
    is_allowed,
    negotiate,
    page_policy,
    posted_form,
    query_page,
    static_file,
    text_response,
)
from kg.server.workers import Job, Limits, Outcome, Param, WorkerPool
from kg.sparql import Catalogue, CatalogueQuery, QueryError, normalise
from kg.stores import StoreSpec

GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
"""The dataset's named graphs; refreshed after :data:`GRAPHS_TTL` seconds."""
GRAPHS_SCAN = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
"""The same where an engine matches no graph with an empty pattern (Virtuoso)."""
GRAPHS_TTL = 60.0
ALLOWED_METHODS = "GET, POST, OPTIONS"
DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri")
PARAM = "param."
"""The prefix of a request argument that binds a query parameter: ``param.since=2021-01-01``."""
_TITLE = re.compile(r"#\s*title\s*:(.*)$")


class SparqlApp:
    """The endpoint's logic, independent of the HTTP server (tests call it directly)."""

    cors: str | None = None
    """The one other origin allowed to query (``--cors``); none by default."""
    _titled: Mapping[str, CatalogueQuery] = MappingProxyType({})
    """The catalogue's queries with parameters, by title."""

    def __init__(
        self,
        graph: Dataset | StoreSpec | str,
        catalogue: Catalogue,
        limits: Limits,
        workers: int = 2,
        hosts: frozenset[str] | None = None,
        cors: str | None = None,
    ) -> None:
        """``graph``: an in-memory dataset, or a store (``oxigraph:PATH`` / ``sparql:URL``,
        opened by each worker with :func:`kg.stores.open_store`);
        ``hosts``: the allowed ``Host`` names (:func:`allowed_hosts`, loopback by default);
        ``cors``: the one other origin (``scheme://host[:port]``) whose pages may query."""
        self.catalogue = catalogue
        self._titled = {q.title: q for q in catalogue.queries.values() if q.parameters}
        self.hosts = hosts if hosts is not None else allowed_hosts()
        self.cors = cors.rstrip("/").lower() if cors else None
        self._graphs: tuple[float, frozenset[str]] | None = None
        self._graphs_lock = threading.Lock()
        self._folder = tempfile.TemporaryDirectory(prefix="kg-serve-")
        source: StoreSpec | str
        if isinstance(graph, Dataset):
            nquads = Path(self._folder.name) / "graph.nq"
            nquads.write_text(to_nquads(graph), encoding="utf-8")
            source = StoreSpec("nquads", str(nquads))  # each worker loads it into memory
        else:
            source = graph  # each worker opens it with kg.stores.open_store
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
        lowered = {k.lower(): v for k, v in headers.items()}
        response = self._handle(method, target, lowered, body, client)
        policy = page_policy() if response.content_type.startswith("text/html") else API_POLICY
        extra = {**SECURITY_HEADERS, "Content-Security-Policy": policy}
        if self.cors is not None:
            extra["Vary"] = "Origin"
            if self._is_cors_origin(lowered.get("origin")):
                extra["Access-Control-Allow-Origin"] = self.cors
        return replace(response, headers={**extra, **response.headers})

    def _is_cors_origin(self, origin: str | None) -> bool:
        return (
            self.cors is not None
            and origin is not None
            and origin.strip().rstrip("/").lower() == self.cors
        )

    def _handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, client: str
    ) -> Response:
        refused = self._refuse_origin(headers)
        if refused is not None:
            return refused
        url = urlsplit(target)
        if url.path == "/" and method in ("GET", "HEAD"):
            return Response(200, "text/html; charset=utf-8", query_page())
        if url.path == "/queries.json" and method in ("GET", "HEAD"):
            return Response(200, "application/json", self._catalogue_json())
        if url.path == "/prefixes.json" and method in ("GET", "HEAD"):
            prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
            return Response(200, "application/json", json.dumps(prefixes).encode())
        if url.path.startswith("/static/") and method in ("GET", "HEAD"):
            found = static_file(url.path)
            return found or text_response(404, f"not found: {url.path}")
        if url.path == "/favicon.ico" and method in ("GET", "HEAD"):
            return Response(204, "image/x-icon", b"")  # none: browsers stop asking
        if url.path in ("/names", "/describe") and method in ("GET", "HEAD"):
            return self._lookup(url.path[1:], target, client)
        if url.path == "/status" and method in ("GET", "HEAD"):
            return Response(200, "application/json", json.dumps(self.pool.status()).encode())
        if url.path not in ("/sparql", "/sparql/"):
            return text_response(404, f"not found: {url.path} (the endpoint is /sparql)")
        if method == "OPTIONS":
            return self._options(headers)
        if method not in ("GET", "POST"):
            return text_response(405, "use GET or POST", {"Allow": ALLOWED_METHODS})
        try:
            params = parse_qs(url.query, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            return text_response(400, "the query string is not valid UTF-8 once %-decoded")
        if method == "POST":
            posted = posted_form(headers.get("content-type", ""), body)
            if isinstance(posted, Response):
                return posted
            for name, values in posted.items():
                params.setdefault(name, []).extend(values)
        if "update" in params:
            return text_response(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if method == "GET" and not params:
            return self._description(headers)
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return text_response(400, "give exactly one query (the 'query' parameter)")
        text = queries[0]
        bound = self._parameters(text, params)
        if isinstance(bound, Response):
            return bound
        if any(name in params for name in DATASET_PARAMETERS):
            dataset = self._with_dataset(text, params)
            if isinstance(dataset, Response):
                return dataset
            text = dataset
        return self._query(text, headers.get("accept", ""), client, bound)

    def _parameters(self, text: str, params: dict[str, list[str]]) -> tuple[Param, ...] | Response:
        """The parameters to bind, given as ``param.NAME=VALUE``.

        A catalogue query (known by its ``# title:`` line) must be given every
        parameter it declares, each with a value, or it is refused: its
        variables, left unbound, would match anything. Parameters of another
        query are bound with a guessed type, as ``kg query -p`` does.
        """
        given = {k[len(PARAM) :]: v for k, v in params.items() if k.startswith(PARAM)}
        for name, values in given.items():
            if len(values) != 1:
                return text_response(400, f"give {PARAM}{name} once, not {len(values)} times")
        entry = self._catalogue_entry(text)
        if entry is None:
            return tuple((name, None, values[0]) for name, values in given.items())
        declared = {p.name: p for p in entry.parameters}
        unknown = sorted(set(given) - set(declared))
        if unknown:
            return text_response(
                400,
                f"the catalogue query {entry.name} has no parameter {unknown[0]!r} "
                f"(its parameters: {', '.join(declared)})",
            )
        missing = [p for p in entry.parameters if not given.get(p.name, [""])[0].strip()]
        if missing:
            wanted = ", ".join(f"{PARAM}{p.name} ({p.type}, e.g. {p.default})" for p in missing)
            return text_response(
                400,
                f"the catalogue query {entry.name} needs a value for each of its parameters; "
                f"give {wanted}: left unbound, a parameter would match anything",
            )
        return tuple((p.name, p.type, given[p.name][0]) for p in entry.parameters)

    def _catalogue_entry(self, text: str) -> CatalogueQuery | None:
        """The catalogue query with parameters whose ``# title:`` line heads ``text``."""
        for line in text.lstrip().splitlines():
            if not line.startswith("#"):
                return None
            match = _TITLE.match(line)
            if match:
                return self._titled.get(match.group(1).strip())
        return None

    def _lookup(self, kind: str, target: str, client: str) -> Response:
        """``/names?q=TEXT`` (the entities a name may stand for, for completion) and
        ``/describe?entity=NAME`` (``kg describe --json``), answered by a worker."""
        parameter = "q" if kind == "names" else "entity"
        try:
            values = parse_qs(urlsplit(target).query, True, errors="strict").get(parameter, [])
        except UnicodeDecodeError:
            return text_response(400, "the query string is not valid UTF-8 once %-decoded")
        if len(values) != 1:
            return text_response(400, f"give one {parameter}")
        outcome = self.pool.run(Job(kind, values[0]), client)
        if outcome.status != 200:
            return text_response(outcome.status, outcome.body.decode("utf-8", "replace"))
        return Response(200, outcome.content_type, outcome.body)

    def _options(self, headers: dict[str, str]) -> Response:
        """``OPTIONS``: the methods, and a CORS preflight's answer for the allowed origin."""
        extra = {"Allow": ALLOWED_METHODS}
        if self._is_cors_origin(headers.get("origin")):
            extra |= {
                "Access-Control-Allow-Methods": ALLOWED_METHODS,
                "Access-Control-Allow-Headers": "Accept, Content-Type",
                "Access-Control-Max-Age": "600",
            }
        return Response(204, "text/plain; charset=utf-8", b"", extra)

    def graph_names(self) -> frozenset[str] | Response:
        """The dataset's named graphs (asked of a worker, kept for a minute), or the error."""
        with self._graphs_lock:
            if self._graphs is not None and time.monotonic() - self._graphs[0] < GRAPHS_TTL:
                return self._graphs[1]
        for query in (GRAPHS_QUERY, GRAPHS_SCAN):
            outcome = self.pool.execute(query, "application/sparql-results+json")
            if outcome.status != 200:
                message = "cannot list the dataset's graphs: " + outcome.body.decode()
                return text_response(outcome.status, message)
            rows = json.loads(outcome.body)["results"]["bindings"]
            if rows:
                break
        names = frozenset(row["g"]["value"] for row in rows if row["g"]["type"] == "uri")
        with self._graphs_lock:
            self._graphs = (time.monotonic(), names)
        return names

    def _with_dataset(self, text: str, params: dict[str, list[str]]) -> str | Response:
        """The query with the protocol's dataset as its FROM / FROM NAMED clauses, or a 400
        for a graph that is not one of the dataset's own."""
        names = self.graph_names()
        if isinstance(names, Response):
            return names
        for parameter in DATASET_PARAMETERS:
            for iri in params.get(parameter, []):
                if iri not in names:
                    return text_response(
                        400,
                        f"{parameter} {iri!r} is not a graph of this dataset: only its own "
                        f"{len(names)} named graphs can be named (GET /sparql without a query "
                        "lists them in the service description)",
                    )
        try:
            return with_dataset(
                normalise(text),
                params.get("default-graph-uri", []),
                params.get("named-graph-uri", []),
            )
        except QueryError as exc:
            return text_response(400, str(exc))

    def _description(self, headers: dict[str, str]) -> Response:
        """The SPARQL 1.1 Service Description, in the RDF format the Accept header prefers."""
        media = negotiate(headers.get("accept", ""), GRAPH_TYPES)
        if media is None:
            available = ", ".join(GRAPH_TYPES)
            return text_response(406, f"the service description is RDF; available: {available}")
        names = self.graph_names()
        if isinstance(names, Response):
            return names
        endpoint = f"http://{headers.get('host', '127.0.0.1')}/sparql"
        body = service_description(endpoint, sorted(names), GRAPH_TYPES[media])
        content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
        return Response(200, content_type, body)

    def _refuse_origin(self, headers: dict[str, str]) -> Response | None:
        """403 for a Host not allowed (DNS rebinding) or a request from another site."""
        host = headers.get("host")
        if host is not None and not is_allowed(host_name(host), self.hosts):
            name = host_name(host) or host
            return text_response(
                403,
                f"Host {host!r} is not served here (a DNS-rebinding guard); "
                f"start kg serve with --allow-host {name} to allow it",
            )
        origin = headers.get("origin")
        if self._is_cors_origin(origin):
            return None
        if origin is not None and not self._same_origin(origin, host):
            return text_response(
                403,
                f"requests from another origin ({origin}) are not allowed; "
                "start kg serve with --cors ORIGIN to allow one",
            )
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
        return is_allowed(host_name(parts.netloc), self.hosts)

    def _query(
        self, text: str, accept: str, client: str, params: tuple[Param, ...] = ()
    ) -> Response:
        # The form is known only once the worker has parsed the query; an Accept
        # header that no form could satisfy is refused here, before any work.
        if negotiate(accept, RESULT_TYPES) is None and negotiate(accept, GRAPH_TYPES) is None:
            available = ", ".join([*RESULT_TYPES, *GRAPH_TYPES])
            return text_response(406, f"cannot answer with {accept!r}; available: {available}")
        outcome: Outcome = self.pool.execute(text, accept, client, params)
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
                    {"name": p.name, "type": p.type, "default": p.default, "doc": p.doc}
                    for p in q.parameters
                ],
                "query": q.text,
            }
            for q in self.catalogue.queries.values()
        ]
        return json.dumps(entries, ensure_ascii=False).encode("utf-8")
