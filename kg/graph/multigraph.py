"""A small directed multigraph with the part of networkx's API the lookups use.

A lookup on a store projects a few dozen nodes; importing networkx for them
cost more than the whole lookup (about 80 ms of a 250 ms budget). This class
offers what :func:`kg.graph.projection.project` and
:class:`kg.lookup.backend.StoreBackend` call on a ``MultiDiGraph`` (nodes
with attribute dicts, edges keyed by predicate, the edges in and out of a
node), in insertion order as networkx keeps them. :meth:`Multigraph.subgraph`
hands a view (``kg viz --center``) a real networkx graph, imported then.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

Attributes = dict[str, Any]


class NodeView:
    """``graph.nodes``: iterate the nodes, ``[node]`` their attributes, ``(data=True)`` both."""

    def __init__(self, nodes: dict[str, Attributes]) -> None:
        self._nodes = nodes

    def __iter__(self) -> Iterator[str]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, node: object) -> bool:
        return node in self._nodes

    def __getitem__(self, node: str) -> Attributes:
        return self._nodes[node]

    def __call__(self, data: bool = False) -> Iterable[Any]:
        return list(self._nodes.items()) if data else list(self._nodes)


class Multigraph:
    """Directed edges between nodes, at most one per (subject, object, key)."""

    def __init__(self) -> None:
        self._nodes: dict[str, Attributes] = {}
        self._out: dict[str, dict[str, dict[str, Attributes]]] = {}
        self._in: dict[str, dict[str, dict[str, Attributes]]] = {}
        self.nodes = NodeView(self._nodes)

    def __contains__(self, node: object) -> bool:
        return node in self._nodes

    def __len__(self) -> int:
        return len(self._nodes)

    def add_node(self, node: str, **attributes: Any) -> None:
        self._nodes.setdefault(node, {}).update(attributes)
        self._out.setdefault(node, {})
        self._in.setdefault(node, {})

    def add_edge(self, subject: str, obj: str, key: str, **attributes: Any) -> None:
        for node in (subject, obj):
            if node not in self._nodes:
                self.add_node(node)
        keyed = self._out[subject].setdefault(obj, {})
        keyed.setdefault(key, {}).update(attributes)
        self._in[obj].setdefault(subject, {})[key] = keyed[key]

    def has_edge(self, subject: str, obj: str, key: str) -> bool:
        return key in self._out.get(subject, {}).get(obj, {})

    def number_of_nodes(self) -> int:
        return len(self._nodes)

    def number_of_edges(self) -> int:
        return sum(len(keyed) for targets in self._out.values() for keyed in targets.values())

    def edges(self, keys: bool = False, data: bool = False) -> list[Any]:
        return [
            edge for subject in self._out for edge in self.out_edges(subject, keys=keys, data=data)
        ]

    def out_edges(self, node: str, keys: bool = False, data: bool = False) -> list[Any]:
        return [
            _edge(node, obj, key, attributes, keys, data)
            for obj, keyed in self._out.get(node, {}).items()
            for key, attributes in keyed.items()
        ]

    def in_edges(self, node: str, keys: bool = False, data: bool = False) -> list[Any]:
        return [
            _edge(subject, node, key, attributes, keys, data)
            for subject, keyed in self._in.get(node, {}).items()
            for key, attributes in keyed.items()
        ]

    def successors(self, node: str) -> Iterator[str]:
        return iter(self._out[node])

    def predecessors(self, node: str) -> Iterator[str]:
        return iter(self._in[node])

    def subgraph(self, nodes: Iterable[str]) -> nx.MultiDiGraph:
        """The nodes and the edges among them, as a networkx graph of its own."""
        import networkx as nx

        kept = [node for node in self._nodes if node in set(nodes)]
        within = set(kept)
        graph = nx.MultiDiGraph()
        for node in kept:
            graph.add_node(node, **self._nodes[node])
        for node in kept:
            for _, obj, key, attributes in self.out_edges(node, keys=True, data=True):
                if obj in within:
                    graph.add_edge(node, obj, key=key, **attributes)
        return graph


def _edge(
    subject: str, obj: str, key: str, attributes: Attributes, keys: bool, data: bool
) -> tuple[Any, ...]:
    edge: tuple[Any, ...] = (subject, obj)
    if keys:
        edge += (key,)
    if data:
        edge += (attributes,)
    return edge
