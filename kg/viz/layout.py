"""Node positions computed once, in Python, so the page needs no physics.

A 2,000-node page that lays itself out with vis-network's physics took about
51 s to settle in headless Chromium; with positions given and physics off it
is drawn in about a second. Each connected component is laid out on its own
by igraph's C layouts (Kamada-Kawai for small ones, Fruchterman-Reingold with
a grid for large ones, each from fixed starting positions and a seeded random
generator), scaled by its size, and the components are packed in rows,
largest first, so a few isolated nodes do not squeeze the main picture. The
same graph gives the same positions on every run. (networkx's layouts took
1.6 s on the seed's 183-node component and 17 s on a 1,700-node one, igraph's
0.03 s and 0.2 s.)
"""

from __future__ import annotations

import math
import random
from typing import Any

SEED = 7
SPACING = 70.0
"""Pixels per square root of a component's node count."""
GAP = 90.0
LABEL_ROOM = 180.0
"""Horizontal room for the labels under a component's outermost nodes."""
_KAMADA_KAWAI_LIMIT = 200
_ITERATIONS = 500


def positions(graph: Any, weight: str | None = None) -> dict[str, tuple[float, float]]:
    """Pixel coordinates for every node, deterministic for the same graph.

    ``weight`` names an edge attribute that pulls strongly linked nodes closer.

    >>> import networkx as nx
    >>> spots = positions(nx.path_graph(["a", "b", "c"]))
    >>> sorted(spots) == ["a", "b", "c"] and spots == positions(nx.path_graph(["a", "b", "c"]))
    True
    """
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])):
        if u == v:
            continue
        w = float(data.get(weight, 1.0)) if weight else 1.0
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += w
        else:
            simple.add_edge(u, v, weight=w)
    components = sorted(
        (sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0])
    )
    boxes = [_component(simple.subgraph(c)) for c in components]
    return _pack(boxes)


def _component(graph: Any) -> dict[str, tuple[float, float]]:
    """One connected component, centred on the origin, scaled by its size."""
    count = graph.number_of_nodes()
    if count == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    if count == 2:
        first, second = sorted(graph.nodes)
        return {first: (-LABEL_ROOM / 2, 0.0), second: (LABEL_ROOM / 2, 0.0)}
    import igraph

    nodes = sorted(graph.nodes)
    index = {node: number for number, node in enumerate(nodes)}
    edges = sorted((index[u], index[v]) for u, v in graph.edges)
    weights = [float(graph.edges[nodes[u], nodes[v]].get("weight", 1.0)) for u, v in edges]
    # GraphBase, igraph's C graph: Graph would import numpy (0.2 s) to check the edges
    shape = igraph.GraphBase(count, edges)
    # igraph draws its random numbers from Python's random module by default: a
    # generator of our own, seeded, makes the same graph give the same layout
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        if count <= _KAMADA_KAWAI_LIMIT:
            start = [
                [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)]
                for i in range(count)
            ]
            layout = shape.layout_kamada_kawai(seed=start)
        else:
            spread = math.sqrt(count)
            generator = random.Random(SEED)
            start = [
                [generator.uniform(-spread, spread), generator.uniform(-spread, spread)]
                for _ in range(count)
            ]
            layout = shape.layout_fruchterman_reingold(
                seed=start, weights=weights, niter=_ITERATIONS
            )
    finally:
        igraph.set_random_number_generator(random)
    coords = _rescaled(layout, SPACING * math.sqrt(count))
    return {node: coords[number] for number, node in enumerate(nodes)}


def _rescaled(coords: list[list[float]], scale: float) -> list[tuple[float, float]]:
    """Centred on the origin, the farthest coordinate at ``scale`` (as networkx rescales)."""
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    reach = max(max(abs(x - mx) for x in xs), max(abs(y - my) for y in ys)) or 1.0
    return [(float((x - mx) / reach * scale), float((y - my) / reach * scale)) for x, y in coords]


def _pack(boxes: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Place the components in rows under the largest one, left to right."""
    result: dict[str, tuple[float, float]] = {}
    if not boxes:
        return result
    bounds = []
    for box in boxes:
        xs = [p[0] for p in box.values()]
        ys = [p[1] for p in box.values()]
        bounds.append((min(xs), min(ys), max(xs), max(ys)))
    row_width = max(bounds[0][2] - bounds[0][0], 6 * GAP)
    x = y = 0.0
    row_height = 0.0
    for box, (x0, y0, x1, y1) in zip(boxes, bounds, strict=True):
        width, height = x1 - x0 + LABEL_ROOM, y1 - y0
        if x > 0 and x + width > row_width:
            x, y = 0.0, y + row_height + GAP
            row_height = 0.0
        for node, (px, py) in box.items():
            result[node] = (round(x + px - x0 + LABEL_ROOM / 2, 1), round(y + py - y0, 1))
        x += width
        row_height = max(row_height, height)
    return result
