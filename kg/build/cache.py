"""The cache an incremental build keeps in a store generation (``kg-build/``).

A *unit* is what one part of the input emitted: a report's named graph and its
claims' provenance, or the ontology, the list of sources, the register. The
manifest says what made the cache (:mod:`kg.build.incremental`) and holds each
unit's key, counts and the values its claims give the dispute rules; each
unit's lines are in a file of its own, read only when the unit changed;
``graph.nq`` is the build's, sorted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.build.disputes import DisputeEntry
from kg.build.emit import Triple
from kg.build.nquads import _triple_text
from kg.rdfterms import term

CACHE = "kg-build"
"""The folder of the cache inside a store generation."""

FORMAT = 4
"""The cache's format: a cache of another format is not read (a full build)."""

ONTOLOGY_UNIT, SOURCES_UNIT, ENTITIES_UNIT = "@ontology", "@sources", "@entities"
"""The units of the shared inputs (a source id never starts with ``@``)."""


@dataclass
class Unit:
    """What one part of the input emits, as N-Triples lines (``s p o``, no dot)."""

    graphs: dict[str, list[str]] = field(default_factory=dict)
    """Each named graph's distinct triples, by the graph's term."""
    provenance: list[str] = field(default_factory=list)
    """The default graph's distinct triples (claims' provenance, without ``kg:disputed``)."""
    disputes: list[DisputeEntry] = field(default_factory=list)
    written: int = 0
    """Triples emitted, counting a triple once each time it was emitted."""
    claims: int = 0

    def quads(self) -> list[str]:
        """The unit's lines of graph.nq: the provenance, then each named graph's, each run
        sorted as its triples are (so that a sort of many units' lines merges runs)."""
        lines = [f"{t} .\n" for t in self.provenance]
        for label, triples in self.graphs.items():
            lines += [f"{t} {label} .\n" for t in triples]
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "graphs": self.graphs,
            "provenance": self.provenance,
            "disputes": self.disputes,
            "written": self.written,
            "claims": self.claims,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Unit:
        return cls(
            data["graphs"],
            data["provenance"],
            [dispute_entry(item) for item in data["disputes"]],
            data["written"],
            data["claims"],
        )


def dispute_entry(item: list[Any]) -> DisputeEntry:
    key, subject, predicate, source, value, said = item
    return (key, subject, predicate, source, tuple(value), said)


class _Lines:
    def __init__(self, unit: UnitSink, lines: set[str]) -> None:
        self.unit, self.lines = unit, lines
        self.cache: dict[str, str] = {}

    def add(self, triple: Triple) -> None:
        self.lines.add(_triple_text(self.cache, triple))
        self.unit.written += 1


class UnitSink:
    """Collects one unit's lines (a :class:`kg.build.emit.QuadSink`)."""

    def __init__(self) -> None:
        self.named: dict[str, _Lines] = {}
        self.default = _Lines(self, set())
        self.written = 0

    def graph(self, name: URIRef) -> _Lines:
        if name == DATASET_DEFAULT_GRAPH_ID:
            return self.default
        label = term(name)
        lines = self.named.get(label)
        if lines is None:
            lines = self.named[label] = _Lines(self, set())
        return lines

    def unit(self, claims: int = 0, disputes: list[DisputeEntry] | None = None) -> Unit:
        return Unit(
            {label: sorted(lines.lines) for label, lines in sorted(self.named.items())},
            sorted(self.default.lines),
            disputes or [],
            self.written,
            claims,
        )


@dataclass
class Manifest:
    """The cache's index: what made it, and each unit's key and counts."""

    context: dict[str, Any]
    register: str
    keys: dict[str, str]
    disputed: list[str]
    """The default graph's lines (``s p o``) of the disputes: the ``kg:Dispute`` nodes and
    ``kg:disputed`` on their claims."""
    disputed_written: int
    files: dict[str, dict[str, Any]]
    """Per claims file: its digest, and a digest of each report's rows in it."""
    texts: dict[str, str]
    """A digest of each report's text."""
    stats: dict[str, Any]
    """Each unit's ``written``, ``claims`` and ``disputes`` (read without its file)."""
    units: dict[str, Unit] = field(default_factory=dict)
    """Units read so far (from their files)."""
    folder: Path = Path()

    def unit(self, name: str) -> Unit:
        unit = self.units.get(name)
        if unit is None:
            data = json.loads((self.folder / "units" / f"{name}.json").read_text("utf-8"))
            unit = self.units[name] = Unit.from_json(data)
        return unit


def digest_of(parts: Iterable[bytes | str]) -> str:
    """A SHA-256 of ``parts``, each with its length (so no two lists of parts collide)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """A digest of files' names and bytes."""
    return digest_of(part for path in paths for part in (path.name, path.read_bytes()))


def unit_digest(generation: Path, name: str) -> str:
    """A digest of the file of the unit ``name`` in the cache of ``generation`` (what the
    unit emitted, as content: the same triples make the same file)."""
    return hashlib.sha256((generation / CACHE / "units" / f"{name}.json").read_bytes()).hexdigest()


def read_manifest(generation: Path) -> Manifest | None:
    """The cache of a store generation, or None when it has none that can be read."""
    folder = generation / CACHE
    try:
        data = json.loads((folder / "manifest.json").read_text("utf-8"))
        if data.get("context", {}).get("format") != FORMAT:
            return None
        state = (folder / "graph.nq").stat()
        if data["graph"] != [state.st_size, state.st_mtime_ns]:
            return None  # changed since (through the output's link): not to be built on
        return Manifest(
            data["context"],
            data["register"],
            data["keys"],
            data["disputed"],
            data["disputed_written"],
            data["files"],
            data["texts"],
            data["stats"],
            folder=folder,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
