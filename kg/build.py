"""The build: annotations + ontology -> validated RDF dataset -> files.

Nothing is written unless every check passes, and outputs are replaced
atomically, so a failed build leaves the last good output untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.annotations import Annotations, load_annotations
from kg.corpus import load_texts
from kg.errors import BuildFailedError, KgError, Location, Problem
from kg.ontology import Vocabulary, load_vocabulary
from kg.rdfgraph import make_dataset
from kg.resolve import Resolved, resolve
from kg.resources import (
    CorpusLocation,
    default_data_dir,
    default_ontology_dir,
    default_queries_dir,
    find_corpus,
)
from kg.serialize import serialize_all, write_atomically


@dataclass
class BuildResult:
    dataset: Dataset
    annotations: Annotations
    resolved: Resolved
    vocabulary: Vocabulary
    corpus: CorpusLocation
    texts: dict[str, str] | None
    """The source texts, or None when they were not found (spans unverified)."""
    notices: list[str] = field(default_factory=list)


def build_graph(
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    corpus_dir: Path | None = None,
    *,
    shacl: bool = True,
    queries_dir: Path | None = None,
) -> BuildResult:
    """Validate the annotations and make the dataset; raise BuildFailedError with every problem.

    With ``shacl`` (the default), the SHACL shapes and the catalogue's
    ``*-violation.rq`` queries run once the rows are clean.
    """
    data_dir = data_dir or default_data_dir()
    ontology_dir = ontology_dir or default_ontology_dir()
    if not data_dir.is_dir():
        raise KgError(f"{data_dir}: no such data folder")
    problems: list[Problem] = []
    notices: list[str] = []
    annotations = load_annotations(data_dir, problems)
    vocabulary = load_vocabulary(ontology_dir)

    corpus = find_corpus(corpus_dir)
    texts: dict[str, str] | None = None
    if corpus.path is None:
        notices.append("source texts not found: evidence spans were not verified")
    elif not corpus.path.is_dir():
        raise KgError(f"{corpus.path}: corpus folder ({corpus.origin}) does not exist")
    else:
        texts, missing = load_texts(corpus.path, [s.id for s in annotations.sources])
        for source in annotations.sources:
            if source.id in missing:
                problems.append(
                    Problem(source.location, f"no text {source.id}.txt in {corpus.path}")
                )

    resolved = resolve(annotations, vocabulary, texts, problems)
    built = make_dataset(resolved, vocabulary)
    if not problems and shacl:
        from kg.shacl import load_shapes, validate
        from kg.violations import check_violations

        problems.extend(validate(built.dataset, load_shapes(ontology_dir), built.locations))
        problems.extend(
            check_violations(built.dataset, queries_dir or default_queries_dir(), built.locations)
        )
    if problems:
        raise BuildFailedError(problems)
    return BuildResult(built.dataset, annotations, resolved, vocabulary, corpus, texts, notices)


def write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    """Write graph.nq, graph.trig and graph.ttl into ``out_dir``; return their paths.

    All texts are made before the first file is replaced.
    """
    texts = serialize_all(result.dataset)
    paths = []
    for name, text in texts.items():
        path = out_dir / name
        write_atomically(path, text)
        paths.append(path)
    return paths


__all__ = ["BuildFailedError", "BuildResult", "Location", "build_graph", "write_outputs"]
