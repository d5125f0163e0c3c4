"""Running SPARQL safely: parsing, refusing what could reach outside, binding parameters.

The same rules hold for `kg query` and `kg serve`:

* read-only: SPARQL Update (and LOAD) is refused before anything runs;
* closed: ``SERVICE`` is refused, and ``FROM`` / ``FROM NAMED`` may only name the
  dataset's own graphs (rdflib would otherwise fetch a URL or read a ``file:``
  path); graph loading is switched off in rdflib as a second line of defence,
  and an audit hook refuses network connections while a query is evaluated;
* parameters are bound as RDF terms through ``initBindings``, never pasted
  into the query text.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import difflib
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import rdflib.plugins.sparql as rdflib_sparql
from rdflib import BNode, Dataset, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from kg.errors import KgError
from kg.namespaces import BASE, GRAPH, PREFIXES

# rdflib fetches FROM/FROM NAMED graphs from the web or the disk unless told not to.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

PARAM_TYPES = ("iri", "string", "date", "integer", "decimal", "boolean")
_HEADER = re.compile(r"#\s*(?P<key>title|question|param)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>[a-z]+)\s*=\s*(?P<default>.*?)\s*(?:--\s*(?P<doc>.*))?$"
)


class QueryError(KgError):
    """A query that cannot be run: syntax, a refused feature, a bad parameter."""


class QuerySyntaxError(QueryError):
    """The parser's message, with line and column."""


class QueryRefusedError(QueryError):
    """Update, LOAD, SERVICE or a FROM naming something other than our graphs."""


class UnknownQueryError(QueryError):
    """No catalogue query has that name."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    default: str
    doc: str = ""


@dataclass(frozen=True)
class CatalogueQuery:
    name: str
    path: Path
    title: str
    question: str
    parameters: tuple[Parameter, ...]
    text: str

    @property
    def is_violation(self) -> bool:
        return self.name.endswith("-violation")

    @property
    def mirrors_shape(self) -> bool:
        """A violation query that restates a SHACL shape (its header has ``# shape: ...``)."""
        return any(line.startswith("# shape:") for line in self.text.splitlines())


@dataclass(frozen=True)
class Catalogue:
    queries: dict[str, CatalogueQuery] = field(default_factory=dict)

    def get(self, name: str) -> CatalogueQuery:
        try:
            return self.queries[name]
        except KeyError:
            close = difflib.get_close_matches(name, list(self.queries), n=3, cutoff=0.5)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise UnknownQueryError(f"no catalogue query named {name!r}{hint}") from None

    def violations(self) -> list[CatalogueQuery]:
        return [q for name, q in sorted(self.queries.items()) if q.is_violation]


def load_catalogue(folder: Path) -> Catalogue:
    """Every ``*.rq`` in ``folder``, by file stem; a malformed header is a QueryError."""
    return Catalogue({path.stem: read_query_file(path) for path in sorted(folder.glob("*.rq"))})


def read_query_file(path: Path) -> CatalogueQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    parameters: list[Parameter] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        if match["key"] == "param":
            parameters.append(_parameter(match["value"], path, number))
        else:
            fields[match["key"]] = match["value"].strip()
    missing = [key for key in ("title", "question") if not fields.get(key)]
    if missing:
        raise QueryError(f"{path}:1: the header lacks {' and '.join(missing)}")
    return CatalogueQuery(
        path.stem, path, fields["title"], fields["question"], tuple(parameters), text
    )


def _parameter(spec: str, path: Path, line: int) -> Parameter:
    match = _PARAM.match(spec.strip())
    if not match or match["type"] not in PARAM_TYPES:
        raise QueryError(
            f"{path}:{line}: a parameter reads 'NAME TYPE = DEFAULT -- description', "
            f"TYPE one of {', '.join(PARAM_TYPES)}"
        )
    parameter = Parameter(match["name"], match["type"], match["default"], match["doc"] or "")
    to_term(parameter.default, parameter.type)  # a bad default is the file's fault
    return parameter


def to_term(value: str, kind: str | None) -> URIRef | Literal:
    """Turn a user's value into an RDF term: never query text.

    ``kind`` is a declared parameter type, or None for an ad-hoc query, where
    ``<...>`` and a known CURIE are IRIs and anything else a plain literal.

    >>> to_term('" } ; DROP ALL ; #', None).n3()
    '"\\\\" } ; DROP ALL ; #"'
    >>> to_term("kgr:vikram-misri", "iri")
    rdflib.term.URIRef('https://w3id.org/kgdiplo/id/vikram-misri')
    """
    try:
        if kind == "iri" or (kind is None and _looks_like_iri(value)):
            return _iri(value)
        if kind == "date":
            return Literal(dt.date.fromisoformat(value), datatype=XSD.date)
        if kind == "integer":
            return Literal(int(value), datatype=XSD.integer)
        if kind == "decimal":
            return Literal(Decimal(value), datatype=XSD.decimal)
        if kind == "boolean":
            if value not in ("true", "false"):
                raise ValueError("not true or false")
            return Literal(value == "true", datatype=XSD.boolean)
    except (ValueError, InvalidOperation) as exc:
        raise QueryError(f"{value!r} is not a valid {kind}: {exc}") from None
    return Literal(value)


def _looks_like_iri(value: str) -> bool:
    if value.startswith("<") and value.endswith(">"):
        return True
    prefix, colon, _ = value.partition(":")
    return bool(colon) and prefix in PREFIXES


def _iri(value: str) -> URIRef:
    if value.startswith("<") and value.endswith(">"):
        text = value[1:-1]
    else:
        prefix, colon, local = value.partition(":")
        if not colon or prefix not in PREFIXES:
            raise ValueError("use <http://...> or a CURIE with a known prefix")
        text = str(PREFIXES[prefix]) + local
    if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*", text):
        raise ValueError("not an IRI")
    return URIRef(text)


def bind_parameters(
    query: CatalogueQuery | None, given: Mapping[str, str]
) -> dict[str, URIRef | Literal]:
    """Bindings for a catalogue query (declared types and defaults) or an ad-hoc one."""
    if query is None:
        return {name: to_term(value, None) for name, value in given.items()}
    declared = {p.name: p for p in query.parameters}
    unknown = [name for name in given if name not in declared]
    if unknown:
        names = ", ".join(sorted(declared)) or "none"
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r} (its parameters: {names})")
    return {p.name: to_term(given.get(p.name, p.default), p.type) for p in query.parameters}


def prepare(text: str) -> Query:
    """Parse and check a query; raise QuerySyntaxError or QueryRefusedError."""
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        parsed = parseQuery(text)
    except Exception as exc:
        message = getattr(exc, "msg", None) or str(exc)
        raise syntax_error(
            text, message, getattr(exc, "lineno", None), getattr(exc, "col", None)
        ) from None
    try:
        query = translateQuery(parsed, initNs={p: str(ns) for p, ns in PREFIXES.items()})
    except Exception as exc:  # e.g. an undeclared prefix
        raise QuerySyntaxError(f"cannot translate the query: {exc}") from None
    _refuse_outside_access(query)
    return query


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:
        return False
    return True


_MESSAGE_LIMIT = 200


def syntax_error(
    text: str, message: str, line: int | None = None, column: int | None = None
) -> QueryError:
    """The error for a query a parser refused, whichever parser: an update is
    refused as one; anything else is a syntax error on one line (parsers'
    "expected one of" lists span lines), with its line and column where known."""
    if _is_update(text):
        return QueryRefusedError("SPARQL Update is not allowed: the graph is read-only")
    message = " ".join(message.split())
    where = f" at line {line}, column {column}" if line is not None and column is not None else ""
    full = f"SPARQL syntax error{where}: {message}"
    if len(full) > _MESSAGE_LIMIT:
        full = full[: _MESSAGE_LIMIT - 3].rstrip() + "..."
    return QuerySyntaxError(full)


def _refuse_outside_access(query: Query) -> None:
    for node in _walk(query.algebra):
        if node.name == "ServiceGraphPattern":
            raise QueryRefusedError("SERVICE is not allowed: queries cannot reach other endpoints")
        if node.name == "DatasetClause":
            for key in ("default", "named"):
                iri = node[key] if key in node else None
                if iri is not None and not str(iri).startswith(str(GRAPH)):
                    raise QueryRefusedError(
                        f"FROM {'NAMED ' if key == 'named' else ''}<{iri}> is not allowed: "
                        f"only the dataset's own graphs ({GRAPH}...) can be named"
                    )


def _walk(node: object) -> Iterator[CompValue]:
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _walk(value)


_EVALUATING: contextvars.ContextVar[bool] = contextvars.ContextVar("kg_evaluating", default=False)
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "urllib.Request"})
_hook_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _EVALUATING.get() and event in _NETWORK_EVENTS:
        raise PermissionError(f"a query tried to reach the network ({event}); refused")


@contextlib.contextmanager
def closed_to_the_network() -> Iterator[None]:
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    token = _EVALUATING.set(True)
    try:
        yield
    finally:
        _EVALUATING.reset(token)


def run(
    dataset: Dataset, text: str, bindings: Mapping[str, URIRef | Literal] | None = None
) -> Result:
    """Check and evaluate a query over the union of the dataset's graphs.

    The result is fully evaluated before it is returned (rdflib is lazy for
    SELECT), so errors and time are spent here, not while printing.
    """
    query = prepare(text)
    dataset.default_union = True
    initial = {Variable(name): term for name, term in (bindings or {}).items()}
    with closed_to_the_network():
        result = dataset.query(query, initBindings=initial)  # type: ignore[arg-type]
        if result.type == "SELECT":
            result.bindings = list(result.bindings)
        elif result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
            len(result.graph)
    return result


def serialize_result(result: Result, fmt: str) -> bytes:
    """A result in a standard format with rdflib's serializers.

    SELECT/ASK: ``json``, ``xml``, ``csv``, ``tsv``. CONSTRUCT/DESCRIBE:
    ``turtle``, ``nt``, ``json-ld`` (and ``xml`` as RDF/XML).
    """
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if result.graph is None:
            raise QueryError("the query returned no graph")
        graph_format = {"nt": "nt", "ntriples": "nt", "json-ld": "json-ld", "xml": "xml"}.get(
            fmt, "turtle"
        )
        for prefix, namespace in PREFIXES.items():
            result.graph.bind(prefix, namespace)
        return result.graph.serialize(format=graph_format, encoding="utf-8")
    if fmt not in ("json", "xml", "csv", "tsv"):
        raise QueryError(f"a {result.type} result is written as json, xml, csv or tsv, not {fmt}")
    if fmt == "tsv":
        return _tsv(result)
    return result.serialize(format=fmt) or b""


def _tsv(result: Result) -> bytes:
    """SPARQL 1.1 TSV results (rdflib parses the format but has no serializer for it).

    The header names the variables with their ``?``; each term is written in its
    N-Triples/Turtle form, an unbound value as an empty field.
    """
    if result.type == "ASK":
        raise QueryError("an ASK result is written as json or xml")
    names = [str(v) for v in result.vars or []]
    lines = ["\t".join(f"?{name}" for name in names)]
    for row in result:
        values = row.asdict()  # type: ignore[union-attr]
        lines.append("\t".join(_tsv_term(values[n]) if n in values else "" for n in names))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _tsv_term(term: object) -> str:
    """A term on one line, in N-Triples syntax (literals always quoted, with escapes)."""
    from kg.nquads import term as ntriples_term

    if isinstance(term, Literal | URIRef | BNode):
        return ntriples_term(term)
    return str(term)


def term_text(term: object) -> str:
    """A term for a human: CURIEs for our IRIs, plain text for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(str(namespace)) and str(term).startswith(BASE):
                return f"{prefix}:{str(term)[len(str(namespace)) :]}"
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)
