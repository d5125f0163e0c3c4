"""The errors of running SPARQL: one family under :class:`kg.errors.KgError`."""

from __future__ import annotations

from kg.errors import KgError


class QueryError(KgError):
    """A query that cannot be run: syntax, a refused feature, a bad parameter."""


class QuerySyntaxError(QueryError):
    """The parser's message, with line and column."""


class QueryRefusedError(QueryError):
    """Update, LOAD, SERVICE or a FROM naming something other than our graphs."""


class UnknownQueryError(QueryError):
    """No catalogue query has that name."""
