"""Deterministic serializations of the dataset, written atomically.

rdflib's TriG writer orders graphs and statements by hash, which changes from
one process to the next; so N-Quads is written as sorted lines, and TriG as the
named graphs in IRI order, each body written by rdflib's sorted ``longturtle``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.namespaces import bind_prefixes

OUTPUT_FILES = ("graph.nq", "graph.trig", "graph.ttl")


def to_nquads(dataset: Dataset) -> str:
    lines = dataset.serialize(format="nquads").splitlines()
    return "".join(sorted(f"{line}\n" for line in lines if line.strip()))


def to_trig(dataset: Dataset) -> str:
    graphs = sorted(
        (
            g
            for g in dataset.graphs()
            if len(g) and g.identifier != dataset.default_graph.identifier
        ),
        key=lambda g: str(g.identifier),
    )
    prefix_lines, blocks = [], []
    for graph in graphs:
        body = _sorted_turtle(graph)
        kept = [line for line in body.splitlines() if not line.startswith("PREFIX ")]
        prefix_lines = [line for line in body.splitlines() if line.startswith("PREFIX ")]
        inner = "\n".join(f"    {line}" if line else "" for line in kept).strip("\n")
        blocks.append(f"<{graph.identifier}> {{\n{inner}\n}}\n")
    header = "\n".join(_all_prefixes())
    del prefix_lines
    return header + "\n\n" + "\n".join(blocks)


def to_turtle(dataset: Dataset) -> str:
    merged = Graph()
    for graph in dataset.graphs():
        for triple in graph:
            merged.add(triple)
    return _sorted_turtle(merged)


def _sorted_turtle(graph: Graph) -> str:
    copy = Graph()
    bind_prefixes(copy.namespace_manager)
    for triple in graph:
        copy.add(triple)
    return copy.serialize(format="longturtle")


def _all_prefixes() -> list[str]:
    graph = Graph()
    bind_prefixes(graph.namespace_manager)
    return sorted(f"PREFIX {p}: <{ns}>" for p, ns in graph.namespace_manager.namespaces())


def serialize_all(dataset: Dataset) -> dict[str, str]:
    """The text of each output file, by file name."""
    return {
        "graph.nq": to_nquads(dataset),
        "graph.trig": to_trig(dataset),
        "graph.ttl": to_turtle(dataset),
    }


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
