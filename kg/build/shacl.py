"""SHACL validation of the built graph with pySHACL (imported only here), and the
counts the shapes require, read for the review (:func:`required_counts`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.build.ontology import SHAPES_FILE, read_turtle
from kg.errors import Location, Problem
from kg.namespaces import SH


def load_shapes(ontology_dir: Path) -> Graph:
    return read_turtle(ontology_dir / SHAPES_FILE, "shapes")


@dataclass(frozen=True)
class RequiredCount:
    """A shape's ``sh:minCount`` on the nodes of a class: ``kg:Meeting`` needs two values
    of ``sem:hasActor`` ("A meeting needs at least two actors ...")."""

    target_class: URIRef
    path: URIRef
    min_count: int
    message: str
    shape: URIRef
    """The property shape (``kgsh:Meeting-hasActor``), as a violation query's ``# shape:``
    line names it."""


def required_counts(shapes: Graph) -> list[RequiredCount]:
    """Every ``sh:minCount`` of a property shape on a simple path, with the class its node
    shape targets: what the build's validation will ask of a node of that class."""
    found: list[RequiredCount] = []
    for node_shape, target in shapes.subject_objects(SH.targetClass):
        for prop in shapes.objects(node_shape, SH.property):
            path, least = shapes.value(prop, SH.path), shapes.value(prop, SH.minCount)
            if (
                isinstance(target, URIRef)
                and isinstance(prop, URIRef)
                and isinstance(path, URIRef)
                and least is not None
            ):
                message = str(shapes.value(prop, SH.message) or "")
                found.append(RequiredCount(target, path, int(str(least)), message, prop))
    return sorted(found, key=lambda r: (str(r.target_class), str(r.path)))


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
