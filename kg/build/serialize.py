"""Deterministic serializations of the dataset (:mod:`kg.files` writes them).

rdflib's TriG writer orders graphs and statements by hash, which changes from
one process to the next; so N-Quads is written as sorted lines, and TriG as the
named graphs in IRI order, each body written by rdflib's sorted ``longturtle``.
"""

from __future__ import annotations

from rdflib import Dataset, Graph

from kg.namespaces import bind_prefixes

OUTPUT_FILES = ("graph.nq", "graph.trig", "graph.ttl")


def to_nquads(dataset: Dataset) -> str:
    """Sorted N-Quads, written by :mod:`kg.build.nquads` (default-graph lines carry no graph)."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.rdfterms import term

    lines = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph = "" if name is None or name == DATASET_DEFAULT_GRAPH_ID else " " + term(name)
        lines.add(f"{term(s)} {term(p)} {term(o)}{graph} .\n")
    return "".join(sorted(lines))


def to_trig(dataset: Dataset) -> str:
    """The default graph (the provenance) first, then the named graphs in IRI order."""
    default = dataset.default_graph
    graphs = sorted(
        (g for g in dataset.graphs() if len(g) and g.identifier != default.identifier),
        key=lambda g: str(g.identifier),
    )
    declared = _all_prefixes()
    blocks = []
    for label, graph in [("", default)] + [(f"<{g.identifier}> ", g) for g in graphs]:
        if not len(graph):
            continue
        body = _sorted_turtle(graph)
        kept = [line for line in body.splitlines() if not line.startswith("PREFIX ")]
        # a prefix rdflib made up for this graph (ns1: for a namespace kg does not
        # bind) is declared just before its block: TriG allows a directive there
        own = [line for line in body.splitlines() if line.startswith("PREFIX ")]
        extra = "".join(f"{line}\n" for line in own if line not in declared)
        inner = "\n".join(f"    {line}" if line else "" for line in kept).strip("\n")
        blocks.append(f"{extra}{label}{{\n{inner}\n}}\n")
    header = "\n".join(declared)
    return header + "\n\n" + "\n".join(blocks)


def to_turtle(dataset: Dataset) -> str:
    """Every graph merged, written by rdflib's sorted ``longturtle`` (the triples copied
    once, into the graph that is written)."""
    merged = _with_prefixes()
    for graph in dataset.graphs():
        for triple in graph:
            merged.add(triple)
    return merged.serialize(format="longturtle")


def _sorted_turtle(graph: Graph) -> str:
    copy = _with_prefixes()
    for triple in graph:
        copy.add(triple)
    return copy.serialize(format="longturtle")


def _with_prefixes() -> Graph:
    """An empty graph with kg's prefixes bound (and rdflib's own)."""
    graph = Graph()
    bind_prefixes(graph.namespace_manager)
    return graph


def _all_prefixes() -> list[str]:
    graph = _with_prefixes()
    return sorted(f"PREFIX {p}: <{ns}>" for p, ns in graph.namespace_manager.namespaces())


def serialize_all(dataset: Dataset) -> dict[str, str]:
    """The text of each output file, by file name."""
    return {
        "graph.nq": to_nquads(dataset),
        "graph.trig": to_trig(dataset),
        "graph.ttl": to_turtle(dataset),
    }
