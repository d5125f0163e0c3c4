"""The build into a store: validated rows streamed into Oxigraph, checked, then swapped in.

The per-row checks are :func:`kg.build.memory.check_rows`'s; the shapes are
checked by their SPARQL restatement (the catalogue's ``*-violation.rq``
queries) on the new store before it replaces the old one. A remote build is
an Oxigraph build in a scratch folder, pushed to the endpoint afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.build.emit import emit
from kg.build.memory import Checked, check_rows, graph_checks_can_run, graph_findings
from kg.errors import BuildFailedError, KgError, Problem
from kg.resources import default_queries_dir


@dataclass
class StoreBuild:
    checked: Checked
    """The inputs and the rows checked (an incremental build checks only the changed
    reports' claims: ``checked.resolved.claims`` holds those)."""
    quads: int
    nquads: str
    claims: int = -1
    """Every claim of the dataset (-1: ``len(checked.resolved.claims)``)."""
    incremental: bool = False
    """Whether the build reused the last build's cache."""
    nquads_file: Path | None = None
    """The sorted N-Quads of the dataset (graph.nq), in the store's cache: a build's
    ``-o`` links to it rather than writing it again."""
    names_key: str = ""
    """A digest of the register's graph (its unit in the cache): the label index's key
    (:func:`kg.stores.names.write_name_index`)."""

    @property
    def claim_count(self) -> int:
        return self.claims if self.claims >= 0 else len(self.checked.resolved.claims)


class _RebuildError(Exception):
    """An incremental build found a problem: it is made again as a full build."""


def build_oxigraph(
    path: Path,
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    corpus_dir: Path | None = None,
    *,
    queries_dir: Path | None = None,
    keep_text: bool = False,
    incremental: bool = True,
    link_index: bool = True,
) -> StoreBuild:
    """Validate and load into the Oxigraph store at ``path``.

    With ``keep_text``, the sorted N-Quads of the dataset (identical to the
    in-memory build's graph.nq) are returned too.

    The store keeps a cache of what each report emitted (:mod:`kg.build.incremental`):
    with ``incremental`` (the default), only the reports that changed since the
    last build are checked row by row and emitted, and the difference is loaded
    into a copy of the last store; otherwise (or when the cache cannot serve)
    everything is, and the quads are bulk-loaded into a new store.

    The shapes are checked by their SPARQL equivalents (the violation queries),
    run on the new store before it replaces the old one: pySHACL over a
    million-triple rdflib graph would cost more than the whole build.

    With ``link_index`` (the default), the generation gets the lookups' link
    index (:mod:`kg.graph.links`); an incremental build makes again only the
    lines of the nodes the change touches.
    """
    from kg.stores.generations import check_store_path

    check_store_path(path)  # refuse a path that is not a store before the work
    args = (path, data_dir, ontology_dir, corpus_dir, queries_dir, keep_text, link_index)
    if incremental:
        try:
            return _build(*args, True)
        except _RebuildError:
            pass
    return _build(*args, False)


def _build(
    path: Path,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus_dir: Path | None,
    queries_dir: Path | None,
    keep_text: bool,
    link_index: bool,
    incremental: bool,
) -> StoreBuild:
    """One store build; an incremental one raises :class:`_RebuildError` on any problem."""
    import os

    import pyoxigraph as ox

    from kg.build import incremental as inc
    from kg.build import units
    from kg.build.cache import ENTITIES_UNIT, unit_digest
    from kg.build.delta import apply_delta, neighbourhood
    from kg.build.violations import any_violation, check_violations
    from kg.files import LATEST, current_generation
    from kg.stores.generations import replace_store, store_generation
    from kg.stores.oxigraph import OxigraphStore

    link = path / LATEST
    generation = Path(os.path.realpath(link)) if incremental and link.is_symlink() else None
    problems: list[Problem] = []
    plan = inc.plan(generation, data_dir, ontology_dir, corpus_dir, queries_dir, problems)
    if plan.previous is None and incremental:
        incremental = False  # no cache to build on: the full build, done here
    resolved = inc.check(plan, problems) if not problems else None
    if problems or resolved is None:
        if incremental:
            raise _RebuildError
        if not plan.check_all:  # pragma: no cover - a full build checks every row
            raise _RebuildError
        from kg.build.validate import resolve

        if resolved is None:  # a problem in reading: report the rows' problems too
            resolved = resolve(
                plan.inputs.annotations, plan.inputs.vocabulary, plan.inputs.texts, problems
            )
        _graph_checks_of_failed_rows(inc.checked_of(plan, resolved), queries_dir, problems)
        raise BuildFailedError(problems, plan.inputs.notices)
    emitted = units.emit_units(plan, resolved) if incremental else None
    with store_generation(path) as folder:  # removed again if anything below fails
        if incremental:
            assert plan.previous is not None and emitted is not None
            old = plan.previous.folder.parent
            if current_generation(path) != old.name:
                raise KgError(f"{path}: another build changed the store meanwhile; build again")
            folder.rmdir()  # Oxigraph makes the copy's folder itself
            source = ox.Store.read_only(str(old))
            source.backup(str(folder))
            del source
            raw = ox.Store(str(folder))
            change = units.delta(plan, emitted)
            apply_delta(raw, change)
            checked_store: Any = neighbourhood(raw, change)
        else:
            raw = ox.Store(str(folder))
            emitted = _emit_loading(raw, plan, resolved)
            raw.optimize()
            units.write_full_nquads(folder, emitted)  # not kept beside the checks (memory)
            checked_store = raw
        store = OxigraphStore(folder, checked_store)
        catalogue = queries_dir or default_queries_dir()
        if incremental:  # a row makes the full build, which reports it
            failed = any_violation(store, catalogue, threads=_threads())
        else:
            problems = check_violations(store, catalogue, emitted.locations, threads=_threads())
            failed = bool(problems)
        store.close()
        raw.flush()
        if failed:
            del raw
            if incremental:
                raise _RebuildError
            raise BuildFailedError(problems)
        nquads_file = units.write_cache(folder, plan, emitted)
        if link_index:
            from kg.build.claim_rows import claim_rows
            from kg.build.collector import collector_paused

            with collector_paused():  # a million lasting objects, no cycle
                claims = None if incremental else claim_rows(units.triples(emitted))
                _write_link_index(folder, raw, change if incremental else None, plan, claims)
        del raw
        names_key = unit_digest(folder, ENTITIES_UNIT)
        if incremental and link_index:  # the label index, if the register's graph is the same
            from kg.stores.names import carry_name_index

            assert plan.previous is not None
            carry_name_index(plan.previous.folder.parent, folder, names_key)
        replace_store(folder, path)
    return StoreBuild(
        inc.checked_of(plan, resolved),
        emitted.written,
        nquads_file.read_text("utf-8") if keep_text else "",
        claims=emitted.claims,
        incremental=incremental,
        nquads_file=nquads_file,
        names_key=names_key,
    )


def _graph_checks_of_failed_rows(
    checked: Checked, queries_dir: Path | None, problems: list[Problem]
) -> None:
    """Add to the rows' ``problems`` what the graph checks find on the rows that passed,
    as the in-memory build and ``--check`` do, so that one run reports every stage: the
    violation queries on a scratch in-memory store (the store at the path is not
    touched); nothing when a file could not be read (:func:`graph_checks_can_run`)."""
    import pyoxigraph as ox

    if not graph_checks_can_run(problems):
        return
    found: list[Problem] = []
    _load_and_check(ox.Store(), Path("(scratch)"), checked, queries_dir, found)
    problems.extend(graph_findings(found, checked, rows_failed=True, problems=problems))


def _write_link_index(folder: Path, raw: Any, change: Any, plan: Any, claims: Any = None) -> None:
    """The lookups' link index of the new store ``raw`` in its generation ``folder``: the
    last generation's with the lines of the nodes that ``change`` touches made again
    and spliced in, or (a full build, or a last generation without one) the whole
    store's, its claims from ``claims`` where given (the rows :mod:`kg.build.claim_rows`
    reads from the lines the build emitted)."""
    from kg.build.delta import touched_nodes
    from kg.build.splice import write_index_spliced
    from kg.graph.links import LINK_INDEX, remade_lines, write_link_index
    from kg.stores.oxigraph import OxigraphStore

    store = OxigraphStore(folder, raw)
    try:
        lines = None
        if change is not None and plan.previous is not None:
            previous = plan.previous.folder.parent / LINK_INDEX
            lines = remade_lines(previous, store, touched_nodes(raw, change))
        if lines is None:
            write_link_index(folder, store, claims)
        else:
            write_index_spliced(previous, folder / LINK_INDEX, lines)
    finally:
        store.close()


def _emit_loading(raw: Any, plan: Any, resolved: Any) -> Any:
    """A full build's units emitted and bulk-loaded into ``raw`` as they come, in chunks
    loaded on a thread of their own (:func:`kg.build.units.emit_loading`)."""
    from kg.build import units
    from kg.stores.oxigraph import ChunkedLoader

    loader = ChunkedLoader(raw)
    try:
        return units.emit_loading(plan, resolved, loader.write)
    finally:
        loader.close()


def check_build(
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    corpus_dir: Path | None = None,
    *,
    queries_dir: Path | None = None,
) -> StoreBuild:
    """Validate only (``kg build --check``), whatever the store: nothing is written.

    The checks of a store build: the per-row checks, then the dataset loaded
    into a scratch in-memory Oxigraph store (dropped at the end) and the
    catalogue's ``*-violation.rq`` queries (the SHACL shapes restated in
    SPARQL) run on it. pySHACL, which the in-memory build runs, took minutes
    where this takes seconds (16,500 claims: >300 s against a few seconds,
    docs/performance.md). Raises :class:`BuildFailedError` with every problem.
    """
    import pyoxigraph as ox

    problems: list[Problem] = []
    checked = check_rows(data_dir, ontology_dir, corpus_dir, problems)
    if not graph_checks_can_run(problems):
        raise BuildFailedError(problems, checked.notices)
    found: list[Problem] = []  # the graph checks run on the rows that passed
    written = _load_and_check(ox.Store(), Path("(scratch)"), checked, queries_dir, found)
    problems.extend(graph_findings(found, checked, rows_failed=bool(problems), problems=problems))
    if problems:
        raise BuildFailedError(problems, checked.notices)
    return StoreBuild(checked, written, "")


def _load_and_check(
    raw: Any,
    folder: Path,
    checked: Checked,
    queries_dir: Path | None,
    problems: list[Problem],
    *,
    compact: bool = False,
) -> int:
    """Stream the checked rows' quads into the Oxigraph store ``raw`` and run the
    catalogue's violation queries on it (their problems added to ``problems``);
    the number of quads written.

    ``compact`` compacts the bulk-loaded files first: lookups are ~20% faster
    afterwards, the violation queries included (0.4 s at 1M triples); a
    scratch store that is dropped at once is not worth it.
    """
    from kg.build.nquads import StreamingNQuadsSink
    from kg.build.violations import check_violations
    from kg.stores.oxigraph import ChunkedLoader, OxigraphStore

    loader = ChunkedLoader(raw)
    try:
        sink = StreamingNQuadsSink(loader)  # type: ignore[arg-type]
        locations = emit(checked.resolved, checked.vocabulary, sink)
        sink.flush()
    finally:
        loader.close()
    if compact:
        raw.optimize()
    store = OxigraphStore(folder, raw)
    problems.extend(
        check_violations(store, queries_dir or default_queries_dir(), locations, threads=_threads())
    )
    store.close()
    return sink.written


def build_remote(
    url: str,
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    corpus_dir: Path | None = None,
    *,
    queries_dir: Path | None = None,
) -> StoreBuild:
    """Validate and check in a scratch Oxigraph store on disk, then push to the endpoint.

    The scratch store is built as ``kg build --store oxigraph:PATH`` builds
    one, checks included, in a temporary folder; the push then reads its
    quads back a graph at a time, a batch of requests' worth in memory, so the
    build's memory does not grow with the graph (as :func:`build_oxigraph`'s
    does not). The remote dataset is replaced only after every check has passed.
    """
    import tempfile

    import pyoxigraph as ox

    from kg.stores.generations import store_location
    from kg.stores.remote import RemoteStore

    with tempfile.TemporaryDirectory(prefix="kg-push-") as scratch:
        path = Path(scratch) / "store"
        built = build_oxigraph(
            path, data_dir, ontology_dir, corpus_dir, queries_dir=queries_dir, link_index=False
        )
        store = ox.Store.read_only(str(store_location(path)))
        try:
            names = sorted(store.named_graphs(), key=str)
            RemoteStore(url).replace_contents(
                {str(name): _triples_text(store, name) for name in names},
                (f"{line} .\n" for line in _triples_text(store, ox.DefaultGraph())),
            )
            quads = len(store)
        finally:
            del store
    return StoreBuild(built.checked, quads, "")


def _triples_text(store: Any, graph: Any) -> Iterator[str]:
    """One graph of an Oxigraph store as ``s p o`` lines (pyoxigraph writes terms as
    N-Triples does).

    A blank node would stand for a fresh node in each request of a push made in
    batches; kg writes none (its nodes all have IRIs), and says so if one shows up.
    """
    import pyoxigraph as ox

    for quad in store.quads_for_pattern(None, None, None, graph):
        subject, obj = quad.subject, quad.object
        if isinstance(subject, ox.BlankNode) or isinstance(obj, ox.BlankNode):
            raise KgError(f"a blank node in the dataset cannot be pushed in batches: {quad}")
        yield f"{subject} {quad.predicate} {obj}"


def _threads() -> int:
    """Violation queries run side by side on an Oxigraph store (it releases the GIL)."""
    import os

    return max(1, min(4, os.cpu_count() or 1))
