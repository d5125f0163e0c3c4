"""The endpoint's logic, independent of the HTTP server (tests call it directly).

:class:`SparqlApp` routes a request (method, path, headers, body) to a
:class:`~kg.server.protocol.Response`: the query page, the catalogue, the
workers' status, or a query handed to the :class:`~kg.server.workers.WorkerPool`.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset

from kg.build.serialize import to_nquads
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
    text_response,
)
from kg.server.workers import Limits, Outcome, WorkerPool
from kg.sparql import Catalogue
from kg.stores import StoreSpec


class SparqlApp:
    """The endpoint's logic, independent of the HTTP server (tests call it directly)."""

    def __init__(
        self,
        graph: Dataset | StoreSpec | str,
        catalogue: Catalogue,
        limits: Limits,
        workers: int = 2,
        hosts: frozenset[str] | None = None,
    ) -> None:
        """``graph``: an in-memory dataset, or a store (``oxigraph:PATH`` / ``sparql:URL``,
        opened by each worker with :func:`kg.stores.open_store`);
        ``hosts``: the allowed ``Host`` names (:func:`allowed_hosts`, loopback by default)."""
        self.catalogue = catalogue
        self.hosts = hosts if hosts is not None else allowed_hosts()
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
        response = self._handle(
            method, target, {k.lower(): v for k, v in headers.items()}, body, client
        )
        policy = page_policy() if response.content_type.startswith("text/html") else API_POLICY
        return replace(
            response,
            headers={**SECURITY_HEADERS, "Content-Security-Policy": policy, **response.headers},
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
            posted = posted_form(headers.get("content-type", ""), body)
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
        if host is not None and not is_allowed(host_name(host), self.hosts):
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
        return is_allowed(host_name(parts.netloc), self.hosts)

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
