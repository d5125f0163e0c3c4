"""Any SPARQL 1.1 Protocol endpoint: Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune.

Every read is a SPARQL query over HTTP; nothing loads the whole remote graph.
`kg build --store sparql:URL` pushes the graph with SPARQL 1.1 Update
(``INSERT DATA`` in batches, named graphs plus their merge in the default
graph, as :mod:`kg.stores.oxigraph` explains) to the update endpoint: by
default the query URL with a last segment ``query`` or ``sparql`` replaced by
``update``, or ``$KG_SPARQL_UPDATE``.
"""

from __future__ import annotations

import io
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.sparql import QueryError, check
from kg.sparql.text import with_values
from kg.stores.convert import canonical_result

UPDATE_ENV = "KG_SPARQL_UPDATE"
_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class RemoteStore:
    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = url
        self.description = f"sparql:{url}"
        self.timeout = timeout

    def query(self, text: str, bindings: Mapping[str, URIRef | Literal] | None = None) -> Result:
        gated = check(text)  # the endpoint is sent the gated (normalised) text, never the user's
        text = with_values(gated.text, bindings or {})  # a VALUES block made of terms
        is_graph = gated.form in ("CONSTRUCT", "DESCRIBE")
        accept = "application/n-triples" if is_graph else "application/sparql-results+json"
        body = self._post(self.url, {"query": _PROLOGUE + text}, accept)
        if is_graph:
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
            return canonical_result(result)
        parsed_result = Result.parse(io.BytesIO(body), format="json")
        if parsed_result.type == "SELECT":
            parsed_result.bindings = list(parsed_result.bindings)
        return canonical_result(parsed_result)

    def _post(self, url: str, form: dict[str, str], accept: str) -> bytes:
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(form).encode("utf-8"),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return bytes(response.read())
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            message = detail[0] if detail else error.reason
            if 400 <= error.code < 500:
                raise QueryError(f"{url} answered {error.code}: {message}") from None
            raise KgError(f"{url} answered {error.code}: {message}") from None
        except (urllib.error.URLError, OSError, ValueError) as error:  # ValueError: a bad URL
            reason = getattr(error, "reason", error)
            raise KgError(f"cannot reach {url}: {reason}") from None

    def update_url(self) -> str:
        explicit = os.environ.get(UPDATE_ENV)
        if explicit:
            from kg.stores import StoreSpecError, url_problem

            problem = url_problem(explicit)
            if problem:
                raise StoreSpecError(f"{UPDATE_ENV}={explicit!r}: {problem}")
            return explicit
        head, _, last = self.url.rstrip("/").rpartition("/")
        if last in ("query", "sparql"):
            return f"{head}/update"
        raise KgError(f"cannot tell the update endpoint of {self.url}; set {UPDATE_ENV}")

    def replace_contents(
        self, graphs: Mapping[str, Iterable[str]], merged: Iterable[str], batch: int = 5000
    ) -> None:
        """Clear the endpoint's dataset, insert each named graph, then the merge.

        ``graphs`` maps a graph term (``<iri>``) to its triples as ``s p o``
        text, and ``merged`` is N-Triples lines, as :mod:`kg.build.nquads` writes
        them: both are valid SPARQL ``INSERT DATA`` content.

        Not atomic: readers see the dataset grow during the push, and a push
        that fails on the way (the endpoint gone, out of space, timed out)
        leaves part of the graph, which the error says. Staging the graphs and
        moving them into place in one last request would be atomic, but at a
        million triples that request took an Oxigraph server past 60 s and
        7 GB (the whole push 166 s against 38 s), as measured in commit 05434da.
        """
        url = self.update_url()
        self._post(url, {"update": "CLEAR ALL"}, "*/*")
        try:
            for name, triples in graphs.items():
                self._insert(url, f"GRAPH {name} {{\n", (f"{t} .\n" for t in triples), batch)
            self._insert(url, "", merged, batch)
        except KgError as exc:
            raise KgError(
                f"{exc}; the push stopped part way, so {self.url} now holds part of the graph:"
                " run the build again"
            ) from None

    def _insert(self, url: str, graph: str, lines: Iterable[str], batch: int) -> None:
        """N-Triples lines into one graph (``GRAPH <iri> {`` or "" for the default graph),
        ``batch`` lines a request."""
        close = "}" if graph else ""
        for chunk in _batches(lines, batch):
            body = "".join(chunk)
            self._post(url, {"update": f"INSERT DATA {{ {graph}{body}{close} }}"}, "*/*")

    def close(self) -> None:
        pass


def _batches(lines: Iterable[str], size: int) -> Iterable[list[str]]:
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
