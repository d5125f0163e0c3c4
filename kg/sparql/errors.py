"""The errors of running SPARQL: one family under :class:`kg.errors.KgError`."""

from __future__ import annotations

from typing import ClassVar

from kg.errors import KgError


class QueryError(KgError):
    """A query that cannot be run: syntax, a refused feature, a bad parameter (exit 2)."""

    exit_code: ClassVar[int] = 2


class QuerySyntaxError(QueryError):
    """The parser's message, with line and column."""


class QueryRefusedError(QueryError):
    """Update, LOAD, SERVICE or a FROM naming something other than our graphs."""


class QueryEvaluationError(QueryError):
    """A query the engine could not evaluate (``STRLANG("a", "not a tag")`` in rdflib)."""


class UnknownQueryError(QueryError):
    """No catalogue query has that name."""


class CatalogueError(QueryError):
    """A catalogue file whose header is found wanting (``file:line: message``, exit 1)."""

    exit_code: ClassVar[int] = 1
