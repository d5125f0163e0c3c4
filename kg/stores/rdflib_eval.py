"""Where rdflib's SPARQL evaluation departs from the standard, set right.

Installed through rdflib's own extension point (``CUSTOM_EVALS``, consulted
before its built-in evaluation of each algebra node) when :mod:`kg.stores.memory`
is imported:

* a GROUP BY over no solutions has no groups, hence no rows (SPARQL 1.1,
  18.5.1 Group; Oxigraph agrees); rdflib answers one empty row, which a query
  around it joins with everything. An aggregate without GROUP BY still makes
  one group of all the solutions (``COUNT(*)`` over nothing is one row, 0):
  rdflib's own evaluation, left as it is.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from typing import Any

import rdflib.plugins.sparql as rdflib_sparql
from rdflib.plugins.sparql.aggregates import Aggregator
from rdflib.plugins.sparql.evaluate import evalPart
from rdflib.plugins.sparql.evalutils import _eval
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import FrozenBindings, QueryContext

_NAME = "kg-grouped-aggregates"


def _evaluate(ctx: QueryContext, part: CompValue) -> Iterator[FrozenBindings]:
    """rdflib's custom evaluation hook: ours for a grouped aggregate, rdflib's otherwise."""
    if part.name != "AggregateJoin" or part.p.expr is None:
        raise NotImplementedError  # rdflib evaluates it
    return _grouped(ctx, part)


def _grouped(ctx: QueryContext, aggregate: CompValue) -> Iterator[FrozenBindings]:
    """rdflib's ``evalAggregateJoin`` for a GROUP BY, without its row for no groups."""
    groups: dict[tuple[Any, ...], Aggregator] = collections.defaultdict(
        lambda: Aggregator(aggregations=aggregate.A)
    )
    for row in evalPart(ctx, aggregate.p):
        groups[tuple(_eval(e, row, False) for e in aggregate.p.expr)].update(row)
    for aggregator in groups.values():
        yield FrozenBindings(ctx, aggregator.get_bindings())


def install() -> None:
    """Register the evaluation above with rdflib (once; later calls change nothing)."""
    rdflib_sparql.CUSTOM_EVALS[_NAME] = _evaluate
