"""What an incremental build emits, loads and writes: units, graph.nq, the cache.

The changed units (:mod:`kg.build.cache`) are emitted again, the others read
from the cache; disputes are worked out over every claim's kept values (the checks that span
reports); the
store gets the difference (:mod:`kg.build.delta`), graph.nq is spliced
(:mod:`kg.build.splice`), and the new cache is written into the generation.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import URIRef

from kg.build.cache import (
    CACHE,
    ENTITIES_UNIT,
    ONTOLOGY_UNIT,
    SOURCES_UNIT,
    Unit,
    UnitSink,
    dispute_entry,
)
from kg.build.delta import Delta
from kg.build.dispute_graph import dispute_context, dispute_triples
from kg.build.disputes import DisputeEntry, find_disputes
from kg.build.emit import (
    dispute_entries,
    emit_claims,
    emit_entities,
    emit_ontology,
    emit_sources,
)
from kg.build.incremental import Plan
from kg.build.splice import write_all, write_spliced
from kg.build.validate import Resolved, ResolvedClaim
from kg.errors import Location


@dataclass
class Emitted:
    """The units of a build (the changed ones emitted, the others from the cache)."""

    units: dict[str, Unit]
    """The emitted units (the changed ones that still exist)."""
    disputed: list[str]
    """The default graph's lines (``s p o``) of the disputes
    (:func:`kg.build.emit.dispute_triples`)."""
    disputed_written: int
    written: int
    claims: int
    locations: dict[URIRef, Location]
    stats: dict[str, Any]
    """Each unit's counts and dispute entries (the manifest keeps them)."""


def emit_units(
    plan: Plan, resolved: Resolved, made: Callable[[Unit], object] | None = None
) -> Emitted:
    """Emit the changed units; work out the disputes over every claim, old and new.
    ``made``, when given, is called with each unit as soon as it is emitted."""
    vocabulary = plan.inputs.vocabulary
    locations: dict[URIRef, Location] = {}
    units: dict[str, Unit] = {}

    def add(name: str, unit: Unit) -> None:
        units[name] = unit
        if made is not None:
            made(unit)

    if ONTOLOGY_UNIT in plan.changed:
        sink = UnitSink()
        emit_ontology(vocabulary, sink)
        add(ONTOLOGY_UNIT, sink.unit())
    sink = UnitSink()
    emit_sources(resolved, vocabulary, sink)
    add(SOURCES_UNIT, sink.unit())
    if ENTITIES_UNIT in plan.changed:
        sink = UnitSink()
        emit_entities(resolved, vocabulary, sink, locations)
        add(ENTITIES_UNIT, sink.unit())
    context = dispute_context(resolved, vocabulary)
    by_source: dict[str, list[ResolvedClaim]] = {}
    for claim in resolved.claims:
        by_source.setdefault(claim.record.source, []).append(claim)
    for source_id in plan.keys:
        if source_id not in plan.changed:
            continue
        own = by_source.get(source_id, [])
        sink = UnitSink()
        emit_claims(own, resolved, vocabulary, sink, locations)
        add(source_id, sink.unit(len(own), dispute_entries(own, context)))
    entries: list[DisputeEntry] = []
    written = claims = 0
    stats: dict[str, Any] = {}
    for name in (ONTOLOGY_UNIT, SOURCES_UNIT, ENTITIES_UNIT, *plan.keys):
        unit = units.get(name)
        if unit is None:
            assert plan.previous is not None
            stat = stats[name] = plan.previous.stats[name]
            stat["disputes"] = [dispute_entry(item) for item in stat["disputes"]]
        else:
            stat = stats[name] = {
                "written": unit.written,
                "claims": unit.claims,
                "disputes": unit.disputes,
            }
        entries.extend(stat["disputes"])
        written += stat["written"]
        claims += stat["claims"]
    from kg.build.nquads import _triple_text

    cache: dict[str, str] = {}
    triples = dispute_triples(find_disputes(entries, context))
    disputed = sorted({_triple_text(cache, triple) for triple in triples})
    return Emitted(
        units,
        disputed,
        len(triples),
        written + len(triples),
        claims,
        locations,
        stats,
    )


def delta(plan: Plan, emitted: Emitted) -> Delta:
    previous = plan.previous
    assert previous is not None
    change = Delta()
    for name in sorted(plan.changed):
        old = previous.unit(name) if name in previous.keys or name.startswith("@") else Unit()
        new = emitted.units.get(name, Unit())
        for label in sorted(set(old.graphs) | set(new.graphs)):
            before, after = set(old.graphs.get(label, ())), set(new.graphs.get(label, ()))
            change.named_removed += [f"{t} {label} .\n" for t in sorted(before - after)]
            change.named_added += [f"{t} {label} .\n" for t in sorted(after - before)]
            change.merge_candidates |= before - after
            change.default_added += sorted(after - before)
        before, after = set(old.provenance), set(new.provenance)
        change.default_removed += sorted(before - after)
        change.default_added += sorted(after - before)
    before, after = set(previous.disputed), set(emitted.disputed)
    change.default_removed += sorted(before - after)
    change.default_added += sorted(after - before)
    return change


def nquads_change(plan: Plan, emitted: Emitted) -> tuple[set[str], set[str]]:
    """The lines of graph.nq that go and those that come: the changed units' and the
    disputes'."""
    previous = plan.previous
    assert previous is not None
    removed: set[str] = set()
    added: set[str] = set()
    for name in plan.changed:
        old = previous.unit(name) if name in previous.keys or name.startswith("@") else Unit()
        new = emitted.units.get(name, Unit())
        before, after = set(old.quads()), set(new.quads())
        removed |= before - after
        added |= after - before
    before = {f"{t} .\n" for t in previous.disputed}
    after = {f"{t} .\n" for t in emitted.disputed}
    removed |= before - after
    added |= after - before
    return removed, added


def emit_loading(plan: Plan, resolved: Resolved, write: Callable[[str], object]) -> Emitted:
    """A full build's units, each handed to ``write`` as the store's N-Quads as soon as it
    is emitted (each named graph's triples in it and in the merge, the provenance in the
    default graph), so the store loads one while the next is emitted."""

    def load(unit: Unit) -> None:
        lines: list[str] = []
        for label, triples in unit.graphs.items():
            lines += (f"{t} {label} .\n{t} .\n" for t in triples)
        lines += (f"{t} .\n" for t in unit.provenance)
        write("".join(lines))

    emitted = emit_units(plan, resolved, load)
    write("".join(f"{t} .\n" for t in emitted.disputed))
    return emitted


def write_full_nquads(folder: Path, emitted: Emitted) -> None:
    """graph.nq of a build whose every unit was emitted, into the cache of the generation
    ``folder``: written once the store is loaded, before the checks (a failed build's
    generation is removed whole), so that its lines are neither made beside the load
    nor kept beside the checks and the link index (the build's peak memory)."""
    lines: list[str] = []
    for unit in emitted.units.values():  # each run sorted: the sort merges runs
        lines += unit.quads()
    lines += [f"{t} .\n" for t in emitted.disputed]
    lines.sort()
    _write_nquads(folder, lambda fd: _write_lines(fd, lines))


def _write_nquads(folder: Path, write: Callable[[int], object]) -> None:
    """The cache's graph.nq in the generation ``folder``, its bytes written by ``write``
    to the file's descriptor."""
    cache = folder / CACHE
    cache.mkdir(exist_ok=True)
    fd = os.open(cache / "graph.nq", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        write(fd)
        os.fsync(fd)  # the manifest, written last, vouches for it
    finally:
        os.close(fd)


def _write_lines(fd: int, lines: list[str]) -> None:
    for start in range(0, len(lines), 50_000):
        write_all(fd, "".join(lines[start : start + 50_000]).encode("utf-8"))


def triples(emitted: Emitted) -> Iterator[str]:
    """Every graph's triples (``s p o``) of a build whose every unit was emitted, a triple
    once per graph it is in."""
    for unit in emitted.units.values():
        for lines in unit.graphs.values():
            yield from lines
        yield from unit.provenance
    yield from emitted.disputed


def write_cache(folder: Path, plan: Plan, emitted: Emitted) -> Path:
    """Write the cache into the generation ``folder``; unchanged units' files are
    hard-linked from the last build's cache. Returns the path of its graph.nq,
    which a build's ``-o`` links to: the one :func:`write_full_nquads` wrote, or
    (an incremental build) the last build's with the changed units' lines replaced."""
    from kg.files import write_file

    cache = folder / CACHE
    units = cache / "units"
    units.mkdir(parents=True)
    for name, unit in emitted.units.items():
        (units / f"{name}.json").write_text(json.dumps(unit.to_json()), encoding="utf-8")
    previous = plan.previous
    names = [ONTOLOGY_UNIT, SOURCES_UNIT, ENTITIES_UNIT, *plan.keys]
    for name in names:
        if name in emitted.units:
            continue
        assert previous is not None
        old = previous.folder / "units" / f"{name}.json"
        try:
            os.link(old, units / f"{name}.json")
        except OSError:
            shutil.copyfile(old, units / f"{name}.json")
    if previous is not None:  # an incremental build: the last graph.nq, spliced
        removed, added = nquads_change(plan, emitted)
        last = previous.folder / "graph.nq"
        _write_nquads(folder, lambda fd: write_spliced(last, fd, removed, added))
    graph = cache / "graph.nq"
    manifest: dict[str, Any] = {
        "context": plan.context,
        "register": plan.register,
        "keys": plan.keys,
        "disputed": emitted.disputed,
        "disputed_written": emitted.disputed_written,
        "files": plan.files,
        "texts": plan.texts,
        "stats": emitted.stats,
    }
    state = graph.stat()  # -o links to it: a change to the output must not go unseen
    manifest["graph"] = [state.st_size, state.st_mtime_ns]
    write_file(cache / "manifest.json", json.dumps(manifest))  # the last: marks the cache whole
    return graph
