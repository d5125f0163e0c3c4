"""SPARQL: the query catalogue, the one safety gate, query text, and results.

* :mod:`kg.sparql.catalogue`: named ``*.rq`` queries and their typed parameters;
* :mod:`kg.sparql.gate`: what every user query passes before a store runs it;
* :mod:`kg.sparql.text`: light work on query text (binding, CONSTRUCT templates);
* :mod:`kg.sparql.results`: results in the standard formats;
* :mod:`kg.sparql.errors`: the errors of all of these.

It may import :mod:`kg.errors` and :mod:`kg.namespaces`, never a store or the CLI.
"""

from __future__ import annotations

from kg.sparql.catalogue import (
    PARAM_TYPES,
    Catalogue,
    CatalogueQuery,
    Parameter,
    bind_parameters,
    load_catalogue,
    read_query_file,
    to_term,
)
from kg.sparql.errors import (
    CatalogueError,
    QueryError,
    QueryRefusedError,
    QuerySyntaxError,
    UnknownQueryError,
)
from kg.sparql.gate import GatedQuery, check, closed_to_the_network, normalise, run, syntax_error
from kg.sparql.results import serialize_result, term_text

__all__ = [
    "PARAM_TYPES",
    "Catalogue",
    "GatedQuery",
    "CatalogueQuery",
    "Parameter",
    "CatalogueError",
    "QueryError",
    "QueryRefusedError",
    "QuerySyntaxError",
    "UnknownQueryError",
    "bind_parameters",
    "check",
    "closed_to_the_network",
    "load_catalogue",
    "normalise",
    "read_query_file",
    "run",
    "serialize_result",
    "syntax_error",
    "term_text",
    "to_term",
]
