"""The link index of an Oxigraph store: each node's projection, written once at build time.

A lookup walks the claims around a node; on a large store the claims of a
two-hop neighbourhood are tens of thousands of evidence spans, each a join of
ten patterns in SPARQL (seconds at a million triples). The build writes,
beside the store in its generation, :data:`LINK_INDEX`: a :data:`HEADER`
line, then one line per entity or event of the projection
(:func:`kg.graph.projection.project`), sorted by IRI, holding what the
projection has for that node::

    IRI <TAB> names <TAB> facts and dates <TAB> claims from it <TAB> claims to it

each part as compact JSON (orjson: no tab or line break is left unescaped).
:meth:`LinkIndex.project` then answers ``project(store, nodes, incoming=...)``
from those lines, node for node and edge for edge the same graph (a test
compares them on every node of the seed), reading only the lines of the
nodes asked for and, for the far ends, their names. An incremental build
makes only the lines of the nodes a change touches (:func:`remade_lines`)
and splices them into the last index (:func:`kg.build.splice.write_index_spliced`);
the file is then the full build's, byte for byte.
"""

from __future__ import annotations

import mmap
from collections.abc import Collection, Iterable
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.graph.model import Conflict, Evidence, Fact
from kg.graph.multigraph import Multigraph

if TYPE_CHECKING:
    from kg.graph.queries import Rows
    from kg.stores.base import GraphStore

LINK_INDEX = "kg-links.tsv"
"""The link index of a store generation: one line per projected node, sorted by IRI."""


_SPAN_FIELDS = tuple(field.name for field in fields(Evidence))
"""A span is written as its fields in order, and read back as ``Evidence(*fields)``."""
_CONFLICT_FIELDS = tuple(field.name for field in fields(Conflict))
"""A conflict is written as its fields in order, and read back as ``Conflict(*fields)``."""
HEADER = (
    f"# kg link index 2; a span: {','.join(_SPAN_FIELDS)}; "
    f"a conflict: {','.join(_CONFLICT_FIELDS)}\n"
).encode()
"""The first line: an index written otherwise (an older kg) is not read, nor spliced."""


def _spans(spans: Iterable[Evidence]) -> list[list[Any]]:
    return [[getattr(s, name) for name in _SPAN_FIELDS] for s in spans]


def _conflicts(conflicts: Iterable[Conflict]) -> list[list[Any]]:
    return [[getattr(c, name) for name in _CONFLICT_FIELDS] for c in conflicts]


def _edge(end: str, key: str, attributes: dict[str, Any]) -> list[Any]:
    return [
        end,
        key,
        attributes["label"],
        attributes["disputed"],
        _spans(attributes["sources"]),
        _conflicts(attributes.get("conflicts", ())),
    ]


def node_line(graph: Any, iri: str, into: list[list[Any]] | None = None) -> bytes:
    """The index line of a complete node of a projection (its facts and every claim that
    touches it fetched); ``into``, when given, are the claims to it (as the line has them),
    in place of the projection's."""
    import orjson

    data = graph.nodes[iri]
    names = [
        data["label"],
        data["type"],
        list(data["types"]),
        data["type_label"],
        data["is_event"],
        list(data["aliases"]),
    ]
    facts = [
        [f.predicate, f.label, f.value, f.disputed, _spans(f.sources), _conflicts(f.conflicts)]
        for f in data["facts"]
    ]
    dates = [data["earliest"], data["latest"], list(data["when"])]
    out = sorted(
        (_edge(obj, key, a) for _, obj, key, a in graph.out_edges(iri, keys=True, data=True)),
        key=lambda e: (e[0], e[1]),
    )
    if into is None:
        into = [_edge(s, key, a) for s, _, key, a in graph.in_edges(iri, keys=True, data=True)]
    into = sorted(into, key=lambda e: (e[0], e[1]))
    parts = [orjson.dumps(part) for part in (names, [facts, dates], out, into)]
    return iri.encode("utf-8") + b"\t" + b"\t".join(parts) + b"\n"


def write_link_index(folder: Path, store: GraphStore, claims: Rows | None = None) -> None:
    """Write the link index of ``store`` (the generation in ``folder``), whole, from the
    store's whole projection (``claims``: its claim rows, where the caller has them; see
    :func:`~kg.graph.projection.project`). An incremental build makes only the lines of
    the nodes a change touches (:func:`remade_lines`) and splices them into the last
    index."""
    from kg.files import write_file
    from kg.graph.projection import project

    graph = project(store, None, factory=Multigraph, claims=claims)
    lines = {iri: node_line(graph, iri) for iri in graph.nodes}
    write_file(folder / LINK_INDEX, HEADER + b"".join(lines[iri] for iri in sorted(lines)))


def line_of(index: Any, iri: str) -> tuple[int, int]:
    """Where the line of ``iri`` is in ``index`` (an index's bytes, or a memory map of
    them): ``(start, end)``, the end past its newline; ``start == end`` where it has
    none, at the place its line would go. A binary search over the sorted lines (UTF-8
    keeps the order of code points, so IRIs sorted as text are sorted as bytes)."""
    key = iri.encode("utf-8")
    lo, hi = len(HEADER), len(index)  # both always the start of a line
    while lo < hi:
        mid = (lo + hi) // 2
        start = index.rfind(b"\n", lo, mid) + 1 or lo
        tab = index.find(b"\t", start)
        if index[start:tab] < key:
            lo = index.find(b"\n", tab) + 1
        else:
            hi = start
    tab = index.find(b"\t", lo, lo + len(key) + 1)
    if lo < len(index) and tab == lo + len(key) and index[lo:tab] == key:
        return lo, index.find(b"\n", tab) + 1
    return lo, lo


def remade_lines(
    previous: Path, store: GraphStore, changed: Collection[str]
) -> dict[str, bytes | None] | None:
    """The lines of the ``changed`` nodes, made again from ``store``, for the last
    generation's index ``previous`` (None: a node no longer projected, whose line goes);
    None where that index is missing or written otherwise (an older kg).

    Every claim that changed has its subject and object among ``changed``. So a
    changed node's names, facts and claims from it are projected again, with
    only the claims *from* the changed nodes (a place named in thousands of
    events is not read whole); its claims from an unchanged node are as its last
    line has them, and those from a changed node are that node's claims from it.
    An unchanged node's line is left as it is: none of its claims changed.
    """
    try:
        with previous.open("rb") as handle:
            if handle.read(len(HEADER)) != HEADER:
                return None
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as index:
                return _remade(index, store, set(changed))
    except OSError:
        return None


def _remade(index: Any, store: GraphStore, changed: set[str]) -> dict[str, bytes | None]:
    import orjson

    from kg.graph.projection import project

    part = project(store, changed, incoming=False, factory=Multigraph)
    complete = {iri for iri, data in part.nodes(data=True) if data["complete"]}
    arriving: dict[str, list[list[Any]]] = {}
    for subject in complete:
        for _, obj, key, attributes in part.out_edges(subject, keys=True, data=True):
            arriving.setdefault(obj, []).append(_edge(subject, key, attributes))
    lines: dict[str, bytes | None] = {}
    for iri in sorted(changed):
        if iri not in complete:
            lines[iri] = None
            continue
        start, end = line_of(index, iri)
        kept = []
        if end > start:
            last = index[start : end - 1].split(b"\t")[4]
            kept = [e for e in orjson.loads(last) if e[0] not in changed]
        lines[iri] = node_line(part, iri, into=kept + arriving.get(iri, []))
    return lines


class LinkIndex:
    """The link index of one store generation, read a line at a time as nodes are asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            self._map: Any = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        self._lines: dict[str, tuple[int, int]] = {}
        self._names: dict[str, list[Any]] = {}
        view, at = self._map, len(HEADER)
        if view[:at] != HEADER:
            raise ValueError(f"{path}: not a link index this kg reads")
        while at < size:
            tab = view.find(b"\t", at)
            end = view.find(b"\n", tab)
            if tab < 0 or end < 0:
                break
            self._lines[view[at:tab].decode("utf-8")] = (tab + 1, end)
            at = end + 1

    @classmethod
    def of(cls, folder: Path | None) -> LinkIndex | None:
        """The index of the generation ``folder``, or None where it has none (a store built
        before the index, or by a remote build) or one written otherwise (an older kg)."""
        if folder is None:
            return None
        try:
            return cls(folder / LINK_INDEX)
        except (OSError, ValueError):
            return None

    def __contains__(self, iri: object) -> bool:
        return iri in self._lines

    def _parts(self, iri: str) -> list[bytes]:
        start, end = self._lines[iri]
        parts: list[bytes] = self._map[start:end].split(b"\t")
        return parts

    def names_of(self, iri: str) -> list[Any]:
        """A node's names as its line has them: label, type, types, type label, whether
        it is an event, aliases (read once, kept)."""
        import orjson

        name = self._names.get(iri)
        if name is None:
            start, end = self._lines[iri]
            tab = self._map.find(b"\t", start, end)
            name = self._names[iri] = orjson.loads(self._map[start:tab])
        return name

    def facts_of(self, iri: str) -> list[Any]:
        """A node's facts and dates as its line has them, its claims left unread:
        ``[facts, [earliest, latest, when]]``, a fact ``[predicate, label, value,
        disputed, spans, conflicts]``."""
        import orjson

        start, end = self._lines[iri]
        at = self._map.find(b"\t", start, end) + 1
        return orjson.loads(self._map[at : self._map.find(b"\t", at, end)])  # type: ignore[no-any-return]

    def claims_of(self, iri: str) -> tuple[list[Any], list[Any]]:
        """A node's claims from it and to it as its line has them, its names and facts
        left unread: each ``[other end, predicate, label, disputed, spans, conflicts]``,
        sorted by other end and predicate."""
        import orjson

        start, end = self._lines[iri]
        at = self._map.find(b"\t", self._map.find(b"\t", start, end) + 1, end) + 1
        out, into = self._map[at:end].split(b"\t")
        return orjson.loads(out), orjson.loads(into)

    def project(self, nodes: Iterable[str], *, incoming: bool = True) -> Multigraph:
        """What ``project(store, nodes, incoming=incoming)`` gives, from the index."""
        graph = Multigraph()
        self.project_into(graph, nodes, incoming=incoming)
        return graph

    def project_into(
        self, graph: Multigraph, nodes: Iterable[str], *, incoming: bool = True
    ) -> set[str]:
        """Add to ``graph`` what :meth:`project` gives, as a lookup merges a part into what
        it fetched before: a node's attributes replaced only by a complete node's, an edge
        it has left as it is. Returns the nodes of the part."""
        import orjson

        wanted = {iri for iri in nodes if iri in self._lines}
        edges: dict[tuple[str, str, str], list[Any]] = {}
        details: dict[str, list[Any]] = {}
        lines = self._lines
        for iri in wanted:
            _, facts, out, into = self._parts(iri)
            details[iri] = orjson.loads(facts)
            for end, key, *rest in orjson.loads(out):
                if end in lines:  # a consistent index has every end
                    edges[(iri, end, key)] = rest
            if incoming:
                for end, key, *rest in orjson.loads(into):
                    if end in lines:
                        edges[(end, iri, key)] = rest
        ends = wanted | {s for s, _, _ in edges} | {o for _, o, _ in edges}
        for iri in sorted(ends):
            complete = iri in wanted
            if not complete and iri in graph:
                continue
            label, kind, types, type_label, is_event, aliases = self.names_of(iri)
            attributes: dict[str, Any] = {
                "label": label,
                "type": kind,
                "types": list(types),
                "type_label": type_label,
                "is_event": is_event,
                "aliases": list(aliases),
                "facts": [],
                "earliest": "",
                "latest": "",
                "when": [],
                "complete": complete,
            }
            if complete:
                facts, (earliest, latest, when) = details[iri]
                attributes["facts"] = [
                    Fact(
                        predicate,
                        label,
                        value,
                        [Evidence(*s) for s in spans],
                        disputed,
                        [Conflict(*c) for c in conflicts],
                    )
                    for predicate, label, value, disputed, spans, conflicts in facts
                ]
                attributes.update(earliest=earliest, latest=latest, when=when)
            graph.add_node(iri, **attributes)
        for subject, obj, key in sorted(edges):
            if graph.has_edge(subject, obj, key):
                continue  # fetched before, from the other end: the same claim
            label, disputed, spans, conflicts = edges[(subject, obj, key)]
            graph.add_edge(
                subject,
                obj,
                key=key,
                predicate=key,
                label=label,
                sources=[Evidence(*s) for s in spans],
                disputed=disputed,
                conflicts=[Conflict(*c) for c in conflicts],
            )
        return ends


__all__ = [
    "HEADER",
    "LINK_INDEX",
    "LinkIndex",
    "line_of",
    "node_line",
    "remade_lines",
    "write_link_index",
]
