"""Any SPARQL 1.1 Protocol endpoint: Oxigraph server, Fuseki, GraphDB, Virtuoso, Neptune.

Every read is a SPARQL query over HTTP; nothing loads the whole remote graph.
`kg build --store sparql:URL` pushes the graph with SPARQL 1.1 Update
(``INSERT DATA`` in batches, named graphs plus their merge in the default
graph, as :mod:`kg.stores.oxigraph` explains) to the update endpoint: by
default the query URL with a last segment ``query`` or ``sparql`` replaced by
``update``, or ``$KG_SPARQL_UPDATE``. ``$KG_SPARQL_USER`` and
``$KG_SPARQL_PASSWORD`` authenticate every request (HTTP digest or basic).

Virtuoso (known by its ``Server`` header) has no default graph of its own: a
query without FROM reads the union of every graph it holds, its system graphs
too, with a triple once per graph. There kg keeps the merge in a graph of its
own (:data:`DEFAULT_GRAPH`), replaces only its own graphs (``DROP SILENT
GRAPH`` each, never ``CLEAR ALL``, which would drop Virtuoso's system graphs),
and sends each query that names no dataset with ``default-graph-uri`` (the
merge) and ``named-graph-uri`` (each of its graphs), so that a query answers
as on every other store. Its update endpoint is the query URL itself, or
``URL-auth`` (``/sparql-auth``, digest authentication) when a user is given.
"""

from __future__ import annotations

import io
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from typing import Any

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import KgError
from kg.namespaces import BASE, GRAPH, PREFIXES
from kg.sparql import QueryError, check
from kg.sparql.text import with_values
from kg.stores.convert import canonical_result

UPDATE_ENV = "KG_SPARQL_UPDATE"
USER_ENV = "KG_SPARQL_USER"
PASSWORD_ENV = "KG_SPARQL_PASSWORD"
DEFAULT_GRAPH = BASE + "store/default"
"""Where the merge of the graphs lives on an endpoint without a default graph (Virtuoso)."""
VIRTUOSO_BATCH = 1000
_OWN_GRAPHS = (  # Virtuoso matches no graph with GRAPH ?g { }: each graph's triples are scanned
    f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{GRAPH}")) }}'
)
_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class RemoteStore:
    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = url
        self.description = f"sparql:{url}"
        self.timeout = timeout
        self._opener = _opener(url)
        self._server: str | None = None  # the Server header of the endpoint's last answer
        self._virtuoso: bool | None = None
        self._graphs: list[str] | None = None

    def query(self, text: str, bindings: Mapping[str, URIRef | Literal] | None = None) -> Result:
        gated = check(text)  # the endpoint is sent the gated (normalised) text, never the user's
        text = with_values(gated.text, bindings or {})  # a VALUES block made of terms
        is_graph = gated.form in ("CONSTRUCT", "DESCRIBE")
        accept = "application/n-triples" if is_graph else "application/sparql-results+json"
        form = [("query", _PROLOGUE + text)]
        if self.is_virtuoso() and not gated.query.algebra.get("datasetClause"):
            form += [("default-graph-uri", DEFAULT_GRAPH)]
            form += [("named-graph-uri", name) for name in self.own_graphs()]
        body = self._post(self.url, form, accept)
        if is_graph:
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
            if self.is_virtuoso():
                result.graph = _plain_strings(result.graph)
            return canonical_result(result)
        parsed_result = Result.parse(io.BytesIO(body), format="json")
        if parsed_result.type == "SELECT":
            parsed_result.bindings = list(parsed_result.bindings)
            if self.is_virtuoso():
                parsed_result.bindings = [
                    {name: _plain(term) for name, term in row.items()}
                    for row in parsed_result.bindings
                ]
        return canonical_result(parsed_result)

    def is_virtuoso(self) -> bool:
        """Whether the endpoint is Virtuoso (asked once, by its answer's Server header)."""
        if self._virtuoso is None:
            if self._server is None:
                self._post(self.url, [("query", "ASK { }")], "application/sparql-results+json")
            self._virtuoso = "virtuoso" in (self._server or "").lower()
        return self._virtuoso

    def own_graphs(self) -> list[str]:
        """The endpoint's graphs in kg's graph namespace (asked once)."""
        if self._graphs is None:
            body = self._post(self.url, [("query", _OWN_GRAPHS)], "application/sparql-results+json")
            rows = Result.parse(io.BytesIO(body), format="json").bindings
            self._graphs = sorted(str(row[next(iter(row))]) for row in rows)
        return self._graphs

    def _post(self, url: str, form: list[tuple[str, str]], accept: str) -> bytes:
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(form).encode("utf-8"),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                self._server = response.headers.get("Server", "")
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
        try:
            virtuoso = self.is_virtuoso()
        except KgError:  # not reachable now: the usual rule, or its error
            virtuoso = False
        if virtuoso:
            return self.url + "-auth" if os.environ.get(USER_ENV) else self.url
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
        virtuoso = self.is_virtuoso()
        if virtuoso:  # its own graphs only: CLEAR ALL would drop Virtuoso's system graphs
            for name in [*self.own_graphs(), DEFAULT_GRAPH]:
                self._post(url, [("update", f"DROP SILENT GRAPH <{name}>")], "*/*")
        else:
            self._post(url, [("update", "CLEAR ALL")], "*/*")
        self._graphs = None
        if virtuoso:  # its SPARQL compiler runs out of memory at about 5,000 triples a request
            batch = min(batch, VIRTUOSO_BATCH)
        try:
            for name, triples in graphs.items():
                self._insert(url, f"GRAPH {name} {{\n", (f"{t} .\n" for t in triples), batch)
            merge = f"GRAPH <{DEFAULT_GRAPH}> {{\n" if virtuoso else ""
            self._insert(url, merge, merged, batch)
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
            self._post(url, [("update", f"INSERT DATA {{ {graph}{body}{close} }}")], "*/*")

    def close(self) -> None:
        pass


def _plain(term: Any) -> Any:
    """A literal typed ``xsd:string`` as the simple literal it is in RDF 1.1 (Virtuoso
    writes the type where every other engine leaves it out)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _plain_strings(graph: Graph) -> Graph:
    plain = Graph()
    for s, p, o in graph:
        plain.add((s, p, _plain(o)))
    return plain


def _opener(url: str) -> urllib.request.OpenerDirector:
    """urllib's opener, answering the endpoint's digest or basic challenge with
    ``$KG_SPARQL_USER`` and ``$KG_SPARQL_PASSWORD`` when they are set."""
    user = os.environ.get(USER_ENV)
    if not user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    parts = urllib.parse.urlsplit(url)
    passwords.add_password(
        None, f"{parts.scheme}://{parts.netloc}/", user, os.environ.get(PASSWORD_ENV, "")
    )
    return urllib.request.build_opener(
        urllib.request.HTTPDigestAuthHandler(passwords),
        urllib.request.HTTPBasicAuthHandler(passwords),
    )


def _batches(lines: Iterable[str], size: int) -> Iterable[list[str]]:
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
