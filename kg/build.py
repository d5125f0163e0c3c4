"""The build: annotations + ontology -> validated RDF -> files or a store.

Per-row checks run in one pass over the annotation rows; then the graph is
made and checked as a whole: with pySHACL in memory, and with the catalogue's
``*-violation.rq`` queries (the shapes' constraints in SPARQL) on every store.
Nothing is written unless every check passes; the files of a build are
written as a new generation and a store is loaded into a new generation, each
swapped in with one atomic step, so a failed or killed build leaves the last
good output untouched (:mod:`kg.files`, :mod:`kg.stores.oxigraph`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset

from kg.annotations import Annotations, load_annotations
from kg.corpus import load_texts
from kg.errors import BuildFailedError, KgError, Location, Problem
from kg.files import write_generation
from kg.ontology import Vocabulary, load_vocabulary
from kg.rdfgraph import emit, make_dataset
from kg.resolve import Resolved, resolve
from kg.resources import (
    CorpusLocation,
    default_data_dir,
    default_ontology_dir,
    default_queries_dir,
    find_corpus,
)
from kg.serialize import OUTPUT_FILES, serialize_all


@dataclass
class Checked:
    """The annotations after the per-row checks."""

    annotations: Annotations
    resolved: Resolved
    vocabulary: Vocabulary
    corpus: CorpusLocation
    texts: dict[str, str] | None
    """The source texts, or None when they were not found (spans unverified)."""
    notices: list[str] = field(default_factory=list)


@dataclass
class BuildResult(Checked):
    dataset: Dataset = field(default_factory=Dataset)


@dataclass
class StoreBuild:
    checked: Checked
    quads: int
    nquads: str


def check_rows(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus_dir: Path | None,
    problems: list[Problem],
) -> Checked:
    """Read and check every annotation row against the ontology and the texts."""
    data_dir = data_dir or default_data_dir()
    if not data_dir.is_dir():
        raise KgError(f"{data_dir}: no such data folder")
    annotations = load_annotations(data_dir, problems)
    notices = list(annotations.notices)
    vocabulary = load_vocabulary(ontology_dir or default_ontology_dir())
    corpus = find_corpus(corpus_dir)
    texts: dict[str, str] | None = None
    if corpus.path is None:
        notices.append("source texts not found: evidence spans were not verified")
    elif not corpus.path.is_dir():
        raise KgError(f"{corpus.path}: corpus folder ({corpus.origin}) does not exist")
    else:
        texts, missing = load_texts(corpus.path, [s.id for s in annotations.sources], problems)
        for source in annotations.sources:
            if source.id in missing:
                problems.append(
                    Problem(source.location, f"no text {source.id}.txt in {corpus.path}")
                )
    resolved = resolve(annotations, vocabulary, texts, problems)
    return Checked(annotations, resolved, vocabulary, corpus, texts, notices)


def build_graph(
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    corpus_dir: Path | None = None,
    *,
    shacl: bool = True,
    queries_dir: Path | None = None,
) -> BuildResult:
    """Validate and make the dataset in memory; raise BuildFailedError with every problem.

    With ``shacl`` (the default), the SHACL shapes and the catalogue's
    ``*-violation.rq`` queries run once the rows are clean.
    """
    problems: list[Problem] = []
    checked = check_rows(data_dir, ontology_dir, corpus_dir, problems)
    if problems:  # the dataset of a failed build is never used
        raise BuildFailedError(problems, checked.notices)
    built = make_dataset(checked.resolved, checked.vocabulary)
    if shacl:
        from kg.shacl import load_shapes, validate
        from kg.stores.memory import MemoryStore
        from kg.violations import check_violations

        shapes = load_shapes(ontology_dir or default_ontology_dir())
        problems.extend(validate(built.dataset, shapes, built.locations))
        problems.extend(
            check_violations(
                MemoryStore(built.dataset),
                queries_dir or default_queries_dir(),
                built.locations,
                shapes_checked=True,
            )
        )
    if problems:
        raise BuildFailedError(problems, checked.notices)
    return BuildResult(
        checked.annotations,
        checked.resolved,
        checked.vocabulary,
        checked.corpus,
        checked.texts,
        checked.notices,
        dataset=built.dataset,
    )


def build_oxigraph(
    path: Path,
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    corpus_dir: Path | None = None,
    *,
    queries_dir: Path | None = None,
    keep_text: bool = False,
) -> StoreBuild:
    """Validate and bulk-load into the Oxigraph store at ``path``.

    With ``keep_text``, the sorted N-Quads of the dataset (identical to the
    in-memory build's graph.nq) are returned too; sorting a million lines is
    skipped otherwise.

    The shapes are checked by their SPARQL equivalents (the violation queries),
    run on the new store before it replaces the old one: pySHACL over a
    million-triple rdflib graph would cost more than the whole build.
    """
    from kg.nquads import NQuadsSink, StreamingNQuadsSink
    from kg.stores.oxigraph import (
        ChunkedLoader,
        OxigraphStore,
        check_store_path,
        replace_store,
        store_generation,
    )
    from kg.violations import check_violations

    check_store_path(path)  # refuse a path that is not a store before the work
    problems: list[Problem] = []
    checked = check_rows(data_dir, ontology_dir, corpus_dir, problems)
    if problems:
        raise BuildFailedError(problems, checked.notices)
    nquads = ""
    if keep_text:
        text_sink = NQuadsSink()
        emit(checked.resolved, checked.vocabulary, text_sink)
        nquads = text_sink.text()
    import pyoxigraph as ox

    with store_generation(path) as folder:  # removed again if anything below fails
        raw = ox.Store(str(folder))
        loader = ChunkedLoader(raw)
        try:
            sink = StreamingNQuadsSink(loader)  # type: ignore[arg-type]
            locations = emit(checked.resolved, checked.vocabulary, sink)
            sink.flush()
        finally:
            loader.close()
        # compact the bulk-loaded files: lookups are ~20% faster afterwards,
        # the violation queries below included (0.4 s at 1M triples)
        raw.optimize()
        store = OxigraphStore(folder, raw)
        problems.extend(
            check_violations(
                store, queries_dir or default_queries_dir(), locations, threads=_threads()
            )
        )
        raw.flush()
        store.close()
        del store, raw, loader
        if problems:
            raise BuildFailedError(problems)
        replace_store(folder, path)
    return StoreBuild(checked, sink.written, nquads)


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

    from kg.nquads import StreamingNQuadsSink
    from kg.stores.oxigraph import ChunkedLoader, OxigraphStore
    from kg.violations import check_violations

    problems: list[Problem] = []
    checked = check_rows(data_dir, ontology_dir, corpus_dir, problems)
    if problems:
        raise BuildFailedError(problems, checked.notices)
    raw = ox.Store()
    loader = ChunkedLoader(raw)
    try:
        sink = StreamingNQuadsSink(loader)  # type: ignore[arg-type]
        locations = emit(checked.resolved, checked.vocabulary, sink)
        sink.flush()
    finally:
        loader.close()
    store = OxigraphStore(Path("(scratch)"), raw)
    problems.extend(
        check_violations(store, queries_dir or default_queries_dir(), locations, threads=_threads())
    )
    if problems:
        raise BuildFailedError(problems, checked.notices)
    return StoreBuild(checked, sink.written, "")


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

    from kg.stores.oxigraph import store_location
    from kg.stores.remote import RemoteStore

    with tempfile.TemporaryDirectory(prefix="kg-push-") as scratch:
        path = Path(scratch) / "store"
        built = build_oxigraph(path, data_dir, ontology_dir, corpus_dir, queries_dir=queries_dir)
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


def write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    """Write graph.nq, graph.trig and graph.ttl into ``out_dir``; return their paths.

    All texts are made before anything is written; the three files then
    appear together, as one generation (:func:`kg.files.write_generation`).
    """
    return write_generation(out_dir, serialize_all(result.dataset), OUTPUT_FILES)


def write_nquads(nquads: str, out_dir: Path) -> Path:
    """Write graph.nq alone (a store build) as a generation; graph.trig and graph.ttl go."""
    return write_generation(out_dir, {"graph.nq": nquads}, OUTPUT_FILES)[0]


__all__ = [
    "BuildFailedError",
    "BuildResult",
    "Checked",
    "Location",
    "StoreBuild",
    "build_graph",
    "build_oxigraph",
    "build_remote",
    "check_build",
    "check_rows",
    "write_nquads",
    "write_outputs",
]
