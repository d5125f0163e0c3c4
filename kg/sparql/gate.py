"""The safety gate: every user query is checked here before any store runs it.

* read-only: SPARQL Update (and LOAD) is refused before anything runs;
* closed: ``SERVICE`` is refused, and ``FROM`` / ``FROM NAMED`` may only name the
  dataset's own graphs (rdflib would otherwise fetch a URL or read a ``file:``
  path); graph loading is switched off in rdflib as a second line of defence,
  and an audit hook refuses network connections while a query is evaluated.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
from collections.abc import Iterator, Mapping
from typing import Any

import rdflib.plugins.sparql as rdflib_sparql
from rdflib import Dataset, Literal, URIRef, Variable
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from kg.namespaces import GRAPH, PREFIXES
from kg.sparql.errors import QueryError, QueryRefusedError, QuerySyntaxError

# rdflib fetches FROM/FROM NAMED graphs from the web or the disk unless told not to.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False


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
