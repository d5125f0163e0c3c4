"""Running the projection's read queries on an rdflib Dataset or any store of :mod:`kg.stores`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any

from kg.iris import NAMESPACES, iri_text

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.stores.base import GraphStore

Rows = list[dict[str, Any]]
Runner = Callable[[str], Rows]

_CHUNK = 400  # IRIs in one VALUES block


def runner(source: Dataset | GraphStore) -> Runner:
    """A function that runs one of the projection's queries on ``source``.

    Rows map variables to values: IRIs as ``URIRef``, literals as rdflib
    ``Literal`` or, from a store that offers ``rows`` (Oxigraph: no rdflib
    terms are made), IRIs as :class:`kg.iris.IRI` and literals as their
    lexical form. The projection reads literals only through ``str`` and tells
    IRIs by :func:`kg.iris.is_iri`, so both kinds give the same answers.
    """
    if _is_dataset(source):
        dataset: Any = source

        def run(text: str) -> Rows:
            dataset.default_union = True
            return _rows(dataset.query(text, initNs=NAMESPACES))

        return run
    rows = getattr(source, "rows", None)
    if rows is not None:
        return rows  # type: ignore[no-any-return]
    return lambda text: _rows(source.query(text))


def _is_dataset(source: object) -> bool:
    """Whether ``source`` is an rdflib Dataset (rdflib is not imported to tell: where
    it is not loaded, nothing is one)."""
    graph = sys.modules.get("rdflib.graph")
    return graph is not None and isinstance(source, graph.Dataset)


def _rows(result: Any) -> Rows:
    names = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        values = row.asdict()
        rows.append({n: values.get(n) for n in names})
    return rows


def query_rows(source: Dataset | GraphStore, query: str) -> Rows:
    """Run a read query over the union of the graphs; rows of rdflib terms (or None)."""
    return runner(source)(query)


def _values(variable: str, iris: Iterable[str]) -> str:
    """A VALUES block of the IRIs; a text that no IRI can be is left out (it names nothing)."""
    terms = " ".join(term for term in map(iri_text, iris) if term is not None)
    return f"VALUES ?{variable} {{ {terms} }}"


def chunked(run: Runner, template: str, iris: Collection[str] | None, variable: str) -> Rows:
    """The template with no restriction (``iris`` None), or once per chunk of IRIs.

    ``{values}`` in the template becomes a ``VALUES ?variable { ... }`` block.
    """
    if iris is None:
        return run(template.replace("{values}", ""))
    ordered = sorted(iris)
    rows: Rows = []
    for start in range(0, len(ordered), _CHUNK):
        block = _values(variable, ordered[start : start + _CHUNK])
        rows += run(template.replace("{values}", block))
    return rows
