"""The catalogue's `*-violation.rq` queries, run by every build.

Each must return no rows on a good graph; a row is a problem, reported at the
annotation row of the first IRI in it when that IRI comes from the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.errors import Location, Problem
from kg.sparql import CatalogueQuery, load_catalogue, term_text
from kg.stores.base import GraphStore

if TYPE_CHECKING:
    from kg.stores.oxigraph import OxigraphStore


def check_violations(
    store: GraphStore,
    queries_dir: Path,
    locations: dict[URIRef, Location],
    *,
    shapes_checked: bool = False,
    threads: int = 1,
) -> list[Problem]:
    """Rows of every violation query, in catalogue order, each query's sorted by
    their text (a build reports the same problems in the same order every time);
    with ``shapes_checked`` (pySHACL has run), the queries that only restate a
    shape are skipped.

    With ``threads`` > 1 the queries run side by side: for a store that
    evaluates outside the GIL (Oxigraph), not for rdflib.
    """
    if not queries_dir.is_dir():
        return []
    queries = [
        query
        for query in load_catalogue(queries_dir).violations()
        if not (shapes_checked and query.mirrors_shape)
    ]

    def problems_of(query: CatalogueQuery) -> list[Problem]:
        found = []
        for row in store.query(query.text):
            values = list(row)  # type: ignore[arg-type]
            where = next(
                (locations[v] for v in values if isinstance(v, URIRef) and v in locations), None
            )
            shown = ", ".join(term_text(v) for v in values if v is not None)
            found.append(Problem(where, f"{query.path.name}: {query.title}: {shown}"))
        # an engine returns unordered rows in any order (Oxigraph's groups vary run to run)
        return sorted(found, key=lambda problem: problem.message)

    if threads > 1 and len(queries) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=threads) as pool:
            answers = list(pool.map(problems_of, queries))
    else:
        answers = [problems_of(query) for query in queries]
    return [problem for answer in answers for problem in answer]


def any_violation(store: OxigraphStore, queries_dir: Path, *, threads: int = 1) -> bool:
    """Whether any violation query has a row on the Oxigraph ``store``: an incremental
    build's check, which makes a full build (and its report) of any row.

    The queries are not given to the gate again (its parse of the catalogue is
    most of the time, 0.3 s): an incremental build runs only where the
    violation queries are byte for byte those of the build that made its cache,
    which the gate passed, and the gate's code is the same (both are in the
    cache's key, :func:`kg.build.incremental.plan`). They run as the gate
    would have them run (its normalised text), on Oxigraph's walled threads.
    """
    from kg.sparql.gate import normalise

    if not queries_dir.is_dir():
        return False
    texts = [normalise(query.text) for query in load_catalogue(queries_dir).violations()]

    def found(text: str) -> bool:
        return bool(store.rows(text))

    if threads > 1 and len(texts) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=threads) as pool:
            return any(pool.map(found, texts))
    return any(found(text) for text in texts)
