"""SHACL validation of the built graph with pySHACL (imported only here)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.build.ontology import SHAPES_FILE, read_turtle
from kg.errors import Location, Problem
from kg.namespaces import SH


def load_shapes(ontology_dir: Path) -> Graph:
    return read_turtle(ontology_dir / SHAPES_FILE, "shapes")


def union_graph(dataset: Dataset) -> Graph:
    merged = Graph()
    for graph in dataset.graphs():
        for triple in graph:
            merged.add(triple)
    return merged


def validate(dataset: Dataset, shapes: Graph, locations: dict[URIRef, Location]) -> list[Problem]:
    """Run the shapes over the union of all graphs; one Problem per violation."""
    import pyshacl

    conforms, report, _text = pyshacl.validate(
        union_graph(dataset),
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    if conforms:
        return []
    assert isinstance(report, Graph)
    problems = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        if severity is not None and severity != SH.Violation:
            continue
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = locations.get(focus) if isinstance(focus, URIRef) else None
        text = f"SHACL: {_short(focus)}"
        if path is not None:
            text += f" {_short(path)}"
        text += f": {message}" if message is not None else ": constraint violated"
        problems.append(Problem(where, text))
    return sorted(set(problems), key=lambda p: (str(p.location), p.message))


def _short(term: object) -> str:
    text = str(term)
    return text.rsplit("/", 1)[-1].rsplit("#", 1)[-1] if text.startswith("http") else text
