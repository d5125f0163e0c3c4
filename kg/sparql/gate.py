"""The safety gate: every user query passes :func:`check` before any store runs it.

One gate for every store (memory, Oxigraph, a remote endpoint) and for
``kg serve``. It checks the query as the engine that runs it parses it: the
text is first normalised so that rdflib's parser (which the gate uses) and
Oxigraph's, or any SPARQL 1.1 parser, read it the same way, and the engine is
given the normalised text, never the original:

* codepoint escapes (``\\uXXXX``, ``\\UXXXXXXXX``) are replaced once, over the
  whole text, as SPARQL 1.1 (section 19.2) says; a text that still holds such
  an escape afterwards is refused, so no engine can unescape it into
  something else (rdflib unescapes the whole text, Oxigraph only inside
  strings and IRIs; rdflib also reads ``\\u`` with 8 digits and ``\\U`` with 4);
* every line ending becomes ``\\n``, so that a comment ends at the same place
  for every parser (Oxigraph ends one at ``\\r`` too, rdflib only at ``\\n``);
  a carriage return inside a long string becomes a line feed.

Then rdflib parses and translates the text, and the gate walks the algebra:

* read-only: SPARQL Update (and LOAD) is refused before anything runs;
* closed: ``SERVICE`` is refused, and ``FROM`` / ``FROM NAMED`` may only name the
  dataset's own graphs (rdflib would otherwise fetch a URL or read a ``file:``
  path); graph loading is switched off in rdflib as a second line of defence,
  an audit hook refuses network connections while rdflib evaluates a query,
  and Oxigraph evaluates on threads that cannot open a network socket
  (:mod:`kg.stores.oxigraph`).

The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) comes from the parse, never
from a guess at the text. Parses are kept (:func:`functools.lru_cache`), so the
catalogue's queries pay rdflib's parser once a process.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import rdflib.plugins.sparql as rdflib_sparql
from rdflib import Dataset, Literal, URIRef, Variable
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from kg.namespaces import GRAPH, PREFIXES
from kg.sparql.errors import (
    QueryError,
    QueryEvaluationError,
    QueryRefusedError,
    QuerySyntaxError,
)

# rdflib fetches FROM/FROM NAMED graphs from the web or the disk unless told not to.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


@dataclass(frozen=True, eq=False)
class GatedQuery:
    """A query that passed the gate."""

    text: str
    """The normalised text: what the engine is given, in place of the user's."""
    form: str
    """SELECT, ASK, CONSTRUCT or DESCRIBE, from the parse."""
    query: Query
    """rdflib's translation of :attr:`text`, which the memory store evaluates."""


def check(text: str) -> GatedQuery:
    """Normalise, parse and check a query; raise QuerySyntaxError or QueryRefusedError.

    >>> gated = check("PREFIX ask: <http://x/> SELECT ?s WHERE { ?s a ask:y }  #\\r")
    >>> gated.form, gated.text[-2:]
    ('SELECT', '#\\n')
    >>> check("SELECT * WHERE { #\\r SERVICE <http://x/> { ?s ?p ?o }\\n }")
    Traceback (most recent call last):
    ...
    kg.sparql.errors.QueryRefusedError: SERVICE is not allowed: queries cannot reach other endpoints
    """
    normalised = normalise(text)
    if len(normalised) <= _CACHED_LENGTH:
        return _checked(normalised)
    return _check_normalised(normalised)


_CACHED_LENGTH = 32_768  # larger texts (long VALUES blocks) are not kept


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LEFTOVER = re.compile(r"\\[uU][0-9A-Fa-f]{4}")  # what rdflib or Oxigraph would still unescape


def normalise(text: str) -> str:
    """The text as every parser reads it alike: escapes replaced once, line endings ``\\n``.

    >>> normalise("\\\\u0053ELECT * { ?s ?p ?o } # a comment\\r\\n")
    'SELECT * { ?s ?p ?o } # a comment\\n'
    """
    if "\\" in text:
        text = _ESCAPE.sub(_character, text)
        leftover = _LEFTOVER.search(text)
        if leftover is not None:
            raise QuerySyntaxError(
                f"SPARQL syntax error: {leftover.group()} is left after the codepoint escapes "
                "are replaced (an escape spells another, or \\U has 4 digits): "
                "write the character itself"
            )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _character(match: re.Match[str]) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise QuerySyntaxError(
            f"SPARQL syntax error: {match.group()} is not a character (a surrogate or "
            "past U+10FFFF): write the character itself"
        )
    return chr(code)


PARSER_LOCK = threading.Lock()
"""rdflib's parser (pyparsing) is not thread-safe: two parses at once fail at random."""


def _check_normalised(text: str) -> GatedQuery:
    from rdflib.plugins.sparql.algebra import translateQuery

    failure: tuple[str, int | None, int | None] | None = None
    with PARSER_LOCK:
        try:
            parsed = parseQuery(text)
        except Exception as exc:
            message = getattr(exc, "msg", None) or str(exc)
            failure = (message, getattr(exc, "lineno", None), getattr(exc, "col", None))
        else:
            try:
                query = translateQuery(parsed, initNs={p: str(ns) for p, ns in PREFIXES.items()})
            except Exception as exc:  # e.g. an undeclared prefix
                raise QuerySyntaxError(f"cannot translate the query: {exc}") from None
    if failure is not None:
        raise syntax_error(text, *failure) from None
    _refuse_outside_access(query)
    form = _FORMS.get(query.algebra.name)
    if form is None:  # pragma: no cover - parseQuery knows only these four
        raise QueryError(f"not a SELECT, CONSTRUCT, DESCRIBE or ASK query: {query.algebra.name}")
    return GatedQuery(text, form, query)


# the catalogue's queries come back again and again; a refusal is raised anew each time
_checked = functools.lru_cache(maxsize=256)(_check_normalised)


def _is_update(text: str) -> bool:
    with PARSER_LOCK:
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
    """Every algebra node under ``node``, in expressions (EXISTS) and sub-queries too."""
    if isinstance(node, CompValue):
        yield node
    if isinstance(node, Mapping):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, Iterable) and not isinstance(node, str | bytes):  # ParseResults too
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
    query = check(text).query
    dataset.default_union = True
    initial = {Variable(name): term for name, term in (bindings or {}).items()}
    with closed_to_the_network():
        try:
            result = dataset.query(query, initBindings=initial)  # type: ignore[arg-type]
            if result.type == "SELECT":
                result.bindings = list(result.bindings)
            elif result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
                len(result.graph)
        except (ValueError, TypeError, ArithmeticError, LookupError) as exc:
            # rdflib raises these where the SPARQL spec has an expression error
            # (an invalid language tag, an odd operand): the query's fault, said in one line
            message = " ".join(str(exc).split()) or type(exc).__name__
            raise QueryEvaluationError(f"the query could not be evaluated: {message}") from exc
    return result
