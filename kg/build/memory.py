"""The build in memory: the per-row checks, the rdflib dataset, pySHACL, the files.

:func:`check_rows` is the first stage of every build (memory, Oxigraph or
remote): annotations and ontology read, every row validated against them and
the source texts. :func:`build_graph` then makes the dataset and checks it as
a whole; :func:`write_outputs` writes it as one generation of files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.build.annotations import Annotations, load_annotations
from kg.build.corpus import load_texts
from kg.build.emit import make_dataset
from kg.build.ontology import Vocabulary, load_vocabulary
from kg.build.serialize import OUTPUT_FILES, serialize_all
from kg.build.validate import Resolved, resolve
from kg.errors import BuildFailedError, KgError, Location, Problem
from kg.files import write_generation
from kg.resources import (
    CorpusLocation,
    default_data_dir,
    default_ontology_dir,
    default_queries_dir,
    find_corpus,
)


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


def check_rows(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus_dir: Path | None,
    problems: list[Problem],
) -> Checked:
    """Read and check every annotation row against the ontology and the texts."""
    inputs = read_inputs(data_dir, ontology_dir, corpus_dir, problems)
    resolved = resolve(inputs.annotations, inputs.vocabulary, inputs.texts, problems)
    return Checked(
        inputs.annotations,
        resolved,
        inputs.vocabulary,
        inputs.corpus,
        inputs.texts,
        inputs.notices,
    )


@dataclass
class Inputs:
    """What a build reads before it checks anything against anything else."""

    annotations: Annotations
    vocabulary: Vocabulary
    corpus: CorpusLocation
    texts: dict[str, str] | None
    notices: list[str]


def read_inputs(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus_dir: Path | None,
    problems: list[Problem],
    claim_files: Callable[[Path], bool] | None = None,
) -> Inputs:
    """Read the annotations, the ontology and the source texts (a missing text is a problem).

    ``claim_files`` says which claims files to read (all by default).
    """
    data_dir = data_dir or default_data_dir()
    if not data_dir.is_dir():
        raise KgError(f"{data_dir}: no such data folder")
    annotations = load_annotations(data_dir, problems, claim_files)
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
    return Inputs(annotations, vocabulary, corpus, texts, notices)


def graph_checks_can_run(problems: list[Problem]) -> bool:
    """Whether the checks of the whole graph (SHACL, violation queries) can run after the
    per-row checks found ``problems``: they run on the rows that passed, so that one
    build reports the problems of every stage, unless a file or a header could not be
    read (a root cause: the graph would lack whole files, and its findings be noise)."""
    return not any(problem.root_cause for problem in problems)


def graph_findings(
    found: list[Problem], checked: Checked, *, rows_failed: bool, problems: list[Problem]
) -> list[Problem]:
    """The graph checks' ``found`` problems worth reporting beside the row problems.

    When rows failed, the graph lacks them: a finding located at an entity that a
    failed row names (an event whose date row has an error "needs a time") may be
    their consequence, so it is left out, and one line counts what was left out.
    """
    if not rows_failed:
        return found
    resolved = {id(claim.record) for claim in checked.resolved.claims}
    tainted = set(checked.annotations.rejected_entities)
    tainted.update(
        e.id for e in checked.annotations.entities if e.id not in checked.resolved.entities
    )
    read = {claim.location for claim in checked.annotations.claims}
    for claim in checked.annotations.claims:
        if id(claim) not in resolved:
            tainted.update((claim.subject, claim.object))
    for problem in problems:  # a claim row refused as it was read: its ids from the file
        if problem.location is not None and problem.location not in read:
            tainted.update(_row_ids(problem.location))
    hidden = {
        entity.location for ident, entity in checked.resolved.entities.items() if ident in tainted
    }
    kept = [problem for problem in found if problem.location not in hidden]
    if len(kept) < len(found):
        kept.append(
            Problem(
                None,
                f"{len(found) - len(kept)} finding(s) of the graph checks about entities that "
                "rows with errors name were left out: fix those rows and build again",
            )
        )
    return kept


def _row_ids(location: Location) -> tuple[str, ...]:
    """The subject and object of the claims row at ``location`` (none for another file)."""
    if location.path.parent.name != "claims":
        return ()
    try:
        lines = location.path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return ()
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and line[0] != "#"]
    if not rows:
        return ()
    header = rows[0][1].split("\t")
    cells = dict(zip(header, lines[location.line - 1].split("\t"), strict=False))
    return tuple(cells.get(name, "").strip() for name in ("subject", "object"))


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
    ``*-violation.rq`` queries run on the rows that passed, also when others
    failed (:func:`graph_checks_can_run`), so that one run reports the
    problems of every stage.
    """
    problems: list[Problem] = []
    checked = check_rows(data_dir, ontology_dir, corpus_dir, problems)
    if not graph_checks_can_run(problems):
        raise BuildFailedError(problems, checked.notices)
    built = make_dataset(checked.resolved, checked.vocabulary)
    if shacl:
        from kg.build.shacl import load_shapes, validate
        from kg.build.violations import check_violations
        from kg.stores.memory import MemoryStore

        shapes = load_shapes(ontology_dir or default_ontology_dir())
        found = validate(built.dataset, shapes, built.locations)
        found.extend(
            check_violations(
                MemoryStore(built.dataset),
                queries_dir or default_queries_dir(),
                built.locations,
                shapes_checked=True,
            )
        )
        problems.extend(
            graph_findings(found, checked, rows_failed=bool(problems), problems=problems)
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


def write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    """Write graph.nq, graph.trig and graph.ttl into ``out_dir``; return their paths.

    All texts are made before anything is written; the three files then
    appear together, as one generation (:func:`kg.files.write_generation`).
    """
    return write_generation(out_dir, serialize_all(result.dataset), OUTPUT_FILES)


def write_nquads(nquads: str | Path, out_dir: Path) -> Path:
    """Write graph.nq alone (a store build) as a generation; graph.trig and graph.ttl go.

    ``nquads`` is the text, or a file that holds it (hard-linked, or copied).
    """
    return write_generation(out_dir, {"graph.nq": nquads}, OUTPUT_FILES)[0]
