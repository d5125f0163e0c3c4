"""The catalogue's `*-violation.rq` queries, run by every build.

Each must return no rows on a good graph; a row is a problem, reported at the
annotation row of the first IRI in it when that IRI comes from the data.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from kg.errors import Location, Problem
from kg.sparql import load_catalogue, term_text
from kg.stores.base import GraphStore


def check_violations(
    store: GraphStore,
    queries_dir: Path,
    locations: dict[URIRef, Location],
    *,
    shapes_checked: bool = False,
) -> list[Problem]:
    """Rows of every violation query; with ``shapes_checked`` (pySHACL has run), the
    queries that only restate a shape are skipped."""
    if not queries_dir.is_dir():
        return []
    problems = []
    for query in load_catalogue(queries_dir).violations():
        if shapes_checked and query.mirrors_shape:
            continue
        for row in store.query(query.text):
            values = list(row)  # type: ignore[arg-type]
            where = next(
                (locations[v] for v in values if isinstance(v, URIRef) and v in locations), None
            )
            shown = ", ".join(term_text(v) for v in values if v is not None)
            problems.append(Problem(where, f"{query.path.name}: {query.title}: {shown}"))
    return problems
