"""Incremental store builds: a per-source cache kept in each store generation.

`kg build --store oxigraph:PATH` keeps, inside the generation it loads
(``PATH/g-*/kg-build/``), what each part of the input emitted: a *unit* per
report (its named graph's triples, its claims' provenance, the values that
decide disputes) and one each for the ontology, the list of sources and the
entity register, with the key (a digest of the input) that made it, and the
sorted N-Quads of the whole dataset (graph.nq).

The next build reads every annotation file (reading is cheap) but checks row by
row only the claims of the reports whose key changed (their rows, their
sources.tsv row, their text), emits only those, and loads the difference into
a copy of the last store (Oxigraph's ``backup``: hard links, not a copy of the
data). What spans reports is worked out again over the whole graph: disputes
from the kept values of every claim of a single-valued predicate, the entity
register (its rows, aliases against every text) and the catalogue's violation
queries, which run on the new store.

What is redone when a shared input changes:

* the entity register (``entities/*.tsv``): every claim row is checked again
  (a type or an id may have changed under it); emission is reused, since a
  report's triples depend on its own rows, its publication date, its text and
  the ontology, never on the register;
* the ontology, the violation queries, whether texts were found, or the kg
  code that emits triples: a full build;
* a build that finds a problem is made again as a full build, so that its
  report is the full build's, word for word; nothing is swapped in.

The result is the full build's: the same quads in the store and the same
graph.nq, byte for byte (``tests/test_incremental_build.py``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.build.annotations import Annotations, ClaimRecord, SourceRecord
from kg.build.emit import (
    DISPUTED_TRUE,
    DisputeEntry,
    Triple,
    dispute_entries,
    disputed_keys,
    emit_claims,
    emit_entities,
    emit_ontology,
    emit_sources,
)
from kg.build.memory import Checked, Inputs, read_inputs
from kg.build.ontology import ONTOLOGY_FILE
from kg.build.validate import Resolved, ResolvedClaim, resolve
from kg.errors import Location, Problem
from kg.namespaces import KG
from kg.rdfterms import term
from kg.resources import default_data_dir, default_ontology_dir, default_queries_dir

CACHE = "kg-build"
"""The folder of the cache inside a store generation."""

FORMAT = 1
"""The cache's format: a cache of another format is not read (a full build)."""

ONTOLOGY_UNIT, SOURCES_UNIT, ENTITIES_UNIT = "@ontology", "@sources", "@entities"
"""The units of the shared inputs (a source id never starts with ``@``)."""

_CODE = ("emit.py", "nquads.py", "incremental.py", "values.py", "validate.py")
"""The modules whose change makes a cache stale (with kg/rdfterms.py and kg/dates.py)."""

VALIDATED_ROWS = [0]
"""Claim rows checked row by row by the last build (a test reads it)."""


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

    def quads(self) -> set[str]:
        """The unit's lines of graph.nq."""
        lines = {f"{t} .\n" for t in self.provenance}
        for label, triples in self.graphs.items():
            lines.update(f"{t} {label} .\n" for t in triples)
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
            [_entry(item) for item in data["disputes"]],
            data["written"],
            data["claims"],
        )


def _entry(item: list[Any]) -> DisputeEntry:
    key, subject, predicate, source, value = item
    return (key, subject, predicate, source, tuple(value))


class _Lines:
    def __init__(self, unit: _UnitSink, lines: set[str]) -> None:
        self.unit, self.lines = unit, lines
        self.cache: dict[str, str] = {}

    def add(self, triple: Triple) -> None:
        from kg.build.nquads import _triple_text

        self.lines.add(_triple_text(self.cache, triple))
        self.unit.written += 1


class _UnitSink:
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
    """The claim IRIs marked disputed."""
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


@dataclass
class Plan:
    """What a build does: every unit's key, which to emit again, which rows to check."""

    inputs: Inputs
    context: dict[str, Any]
    register: str
    keys: dict[str, str]
    previous: Manifest | None
    changed: set[str]
    """Units emitted again (or gone)."""
    check_all: bool
    """Every claim row is checked (no cache, or the register changed)."""
    check_aliases: bool
    """The aliases are looked for in the texts (not when only texts were added)."""
    files: dict[str, dict[str, Any]]
    texts: dict[str, str]


def _digest(parts: Iterable[bytes | str]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _files_digest(paths: Iterable[Path]) -> str:
    return _digest(part for path in paths for part in (path.name, path.read_bytes()))


def _context(ontology_dir: Path, queries_dir: Path, texts: bool) -> dict[str, Any]:
    """What every unit depends on: a change makes a full build."""
    import kg.dates
    import kg.rdfterms

    here = Path(__file__).parent
    code = [here / name for name in _CODE] + [Path(kg.rdfterms.__file__), Path(kg.dates.__file__)]
    violations = sorted(queries_dir.glob("*-violation.rq")) if queries_dir.is_dir() else []
    return {
        "format": FORMAT,
        "code": _files_digest(code),
        "ontology": _files_digest([ontology_dir / ONTOLOGY_FILE]),
        "queries": _files_digest(violations),
        "texts": texts,
    }


def _regular_files(folder: Path) -> dict[str, Path] | None:
    """The ``*.tsv`` files of ``folder`` by name, or None when one is not a regular file
    (or a link to one): the readers then report it."""
    found = {}
    for path in sorted(folder.glob("*.tsv")):
        if not path.is_file():
            return None
        found[path.name] = path
    return found


def _rows_digest(claims: list[ClaimRecord]) -> str:
    """A digest of one report's rows in one claims file, line numbers included (they
    go into each claim's ``kg:annotationFile``)."""
    parts: list[str] = []
    for claim in claims:
        parts += [
            str(claim.location.line),
            claim.subject,
            claim.predicate,
            claim.object,
            claim.evidence,
            repr(claim.confidence),
            claim.note,
        ]
    return _digest(parts)


def _source_key(
    source_id: str, record: SourceRecord | None, text: str | None, rows: dict[str, str]
) -> str:
    """A digest of what a report's triples and their checks depend on: its sources.tsv
    row, its text, its rows (``rows``: a digest per claims file)."""
    parts: list[str] = [source_id]
    if record is not None:
        parts += ["row", record.published.isoformat()]
    parts.append("no text" if text is None else text)
    for name in sorted(rows):
        parts += [name, rows[name]]
    return _digest(parts)


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


def plan(
    generation: Path | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus_dir: Path | None,
    queries_dir: Path | None,
    problems: list[Problem],
) -> Plan:
    """Read the inputs and compare them with the cache of ``generation`` (None: no cache).

    A claims file whose bytes the cache knows is not read again, unless a report
    with rows in it changed otherwise (its text, its sources.tsv row) or the
    register changed.
    """
    from kg.build.annotations import load_claims

    data_dir = data_dir or default_data_dir()
    previous = read_manifest(generation) if generation is not None else None
    entity_files = _regular_files(data_dir / "entities")
    claim_files = _regular_files(data_dir / "claims")
    # a register that is not all regular files is read (and reported) by the readers:
    # a digest that matches nothing has every row checked
    register = (
        _files_digest(entity_files.values())
        if entity_files is not None
        else f"unread {os.urandom(8).hex()}"
    )
    file_digests = (
        {name: _files_digest([path]) for name, path in claim_files.items()}
        if claim_files is not None
        else {}
    )
    known: dict[str, dict[str, Any]] = {}
    if previous is not None and claim_files is not None and entity_files is not None:
        if previous.register == register:
            known = {
                name: previous.files[name]
                for name, digest in file_digests.items()
                if previous.files.get(name, {}).get("digest") == digest
            }
    inputs = read_inputs(
        data_dir, ontology_dir, corpus_dir, problems, lambda path: path.name not in known
    )
    context = _context(
        ontology_dir or default_ontology_dir(),
        queries_dir or default_queries_dir(),
        inputs.texts is not None,
    )
    if previous is not None and previous.context != context:
        previous = None  # the claims files not read are read below
    records: dict[str, SourceRecord] = {}
    rows: dict[str, dict[str, str]] = {}  # source -> claims file -> digest of its rows there
    for source in inputs.annotations.sources:
        records.setdefault(source.id, source)
        rows.setdefault(source.id, {})
    for name, entry in known.items():
        for source_id, digest in entry["sources"].items():
            rows.setdefault(source_id, {})[name] = digest
    by_file: dict[str, dict[str, list[ClaimRecord]]] = {}
    for claim in inputs.annotations.claims:
        by_file.setdefault(claim.location.path.name, {}).setdefault(claim.source, []).append(claim)
    files: dict[str, dict[str, Any]] = dict(known)
    for name, by_source in by_file.items():
        digests = {source_id: _rows_digest(own) for source_id, own in by_source.items()}
        for source_id, digest in digests.items():
            rows.setdefault(source_id, {})[name] = digest
        if name in file_digests:
            files[name] = {"digest": file_digests[name], "sources": digests}
    for name in file_digests:
        files.setdefault(name, {"digest": file_digests[name], "sources": {}})
    texts = inputs.texts or {}
    text_digests = {s: hashlib.sha256(t.encode("utf-8")).hexdigest() for s, t in texts.items()}
    keys = {
        source_id: _source_key(source_id, records.get(source_id), text_digests.get(source_id), own)
        for source_id, own in rows.items()
    }
    if previous is None:
        changed = set(keys) | {ONTOLOGY_UNIT, SOURCES_UNIT, ENTITIES_UNIT}
        check_all = check_aliases = True
    else:
        changed = {s for s, key in keys.items() if previous.keys.get(s) != key}
        changed |= {s for s in previous.keys if s not in keys}
        changed.add(SOURCES_UNIT)  # a few triples a source: always made again
        check_all = previous.register != register
        if check_all:
            changed.add(ENTITIES_UNIT)
        check_aliases = check_all or any(
            text_digests.get(s) != digest for s, digest in previous.texts.items()
        )
    # the rows of the reports to check that are in files not read: read them now
    wanted = {
        name for name in known if check_all or any(s in changed for s in known[name]["sources"])
    }
    if wanted and claim_files is not None:
        for name in sorted(wanted):
            inputs.annotations.claims.extend(load_claims(claim_files[name], problems))
        inputs.annotations.claims.sort(key=lambda c: (c.location.path.name, c.location.line))
    return Plan(
        inputs,
        context,
        register,
        keys,
        previous,
        changed,
        check_all,
        check_aliases,
        files,
        text_digests,
    )


def check(plan: Plan, problems: list[Problem]) -> Resolved:
    """The per-row checks of the register, every exclusion and the claims of the changed
    reports (of every report when the register changed)."""
    annotations = plan.inputs.annotations
    rows = [claim for claim in annotations.claims if plan.check_all or claim.source in plan.changed]
    VALIDATED_ROWS[0] = len(rows)
    subset = Annotations(
        sources=annotations.sources,
        entities=annotations.entities,
        claims=rows,
        exclusions=annotations.exclusions,
        unread=annotations.unread,
        rejected_sources=annotations.rejected_sources,
        rejected_entities=annotations.rejected_entities,
        notices=annotations.notices,
    )
    return resolve(
        subset,
        plan.inputs.vocabulary,
        plan.inputs.texts,
        problems,
        check_aliases=plan.check_aliases,
    )


@dataclass
class Emitted:
    """The units of a build (the changed ones emitted, the others from the cache)."""

    units: dict[str, Unit]
    """The emitted units (the changed ones that still exist)."""
    disputed: list[str]
    disputed_written: int
    written: int
    claims: int
    locations: dict[URIRef, Location]
    stats: dict[str, Any]
    """Each unit's counts and dispute entries (the manifest keeps them)."""


def emit_units(plan: Plan, resolved: Resolved) -> Emitted:
    """Emit the changed units; work out the disputes over every claim, old and new."""
    vocabulary = plan.inputs.vocabulary
    locations: dict[URIRef, Location] = {}
    units: dict[str, Unit] = {}
    if ONTOLOGY_UNIT in plan.changed:
        sink = _UnitSink()
        emit_ontology(vocabulary, sink)
        units[ONTOLOGY_UNIT] = sink.unit()
    sink = _UnitSink()
    emit_sources(resolved, vocabulary, sink)
    units[SOURCES_UNIT] = sink.unit()
    if ENTITIES_UNIT in plan.changed:
        sink = _UnitSink()
        emit_entities(resolved, vocabulary, sink, locations)
        units[ENTITIES_UNIT] = sink.unit()
    by_source: dict[str, list[ResolvedClaim]] = {}
    for claim in resolved.claims:
        by_source.setdefault(claim.record.source, []).append(claim)
    for source_id in plan.keys:
        if source_id not in plan.changed:
            continue
        own = by_source.get(source_id, [])
        sink = _UnitSink()
        emit_claims(own, resolved, vocabulary, sink, locations, set())
        units[source_id] = sink.unit(len(own), dispute_entries(own))
    entries: list[DisputeEntry] = []
    written = claims = 0
    stats: dict[str, Any] = {}
    for name in (ONTOLOGY_UNIT, SOURCES_UNIT, ENTITIES_UNIT, *plan.keys):
        unit = units.get(name)
        if unit is None:
            assert plan.previous is not None
            stat = stats[name] = plan.previous.stats[name]
            stat["disputes"] = [_entry(item) for item in stat["disputes"]]
        else:
            stat = stats[name] = {
                "written": unit.written,
                "claims": unit.claims,
                "disputes": unit.disputes,
            }
        entries.extend(stat["disputes"])
        written += stat["written"]
        claims += stat["claims"]
    disputed = [entries[index][0] for index in sorted(disputed_keys(entries))]
    return Emitted(
        units,
        sorted(set(disputed)),
        len(disputed),
        written + len(disputed),
        claims,
        locations,
        stats,
    )


_DISPUTED_SUFFIX = f" {term(KG.disputed)} {term(DISPUTED_TRUE)}"


def disputed_lines(claims: Iterable[str]) -> set[str]:
    """The ``kg:disputed true`` triples of the claim IRIs ``claims``."""
    return {f"{term(URIRef(claim))}{_DISPUTED_SUFFIX}" for claim in claims}


@dataclass
class Delta:
    """What changes between the last build's dataset and this one's."""

    named_removed: list[str] = field(default_factory=list)
    """N-Quads lines of named graphs."""
    named_added: list[str] = field(default_factory=list)
    default_removed: list[str] = field(default_factory=list)
    """Default-graph triples (``s p o``) of provenance and disputes."""
    default_added: list[str] = field(default_factory=list)
    merge_candidates: set[str] = field(default_factory=set)
    """Triples gone from a named graph: gone from the merge unless another graph holds them."""


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
    before, after = disputed_lines(previous.disputed), disputed_lines(emitted.disputed)
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
        before, after = old.quads(), new.quads()
        removed |= before - after
        added |= after - before
    before = {f"{t} .\n" for t in disputed_lines(previous.disputed)}
    after = {f"{t} .\n" for t in disputed_lines(emitted.disputed)}
    removed |= before - after
    added |= after - before
    return removed, added


def _line_start(text: Any, line: bytes) -> int:
    """Where ``line`` is, or would go, in ``text``: sorted lines (bytes, or a memory map of
    them), each ending in a newline. A binary search over the text itself: it is not split.

    UTF-8 keeps the order of code points, so lines sorted as text are sorted as bytes.
    """
    lo, hi = 0, len(text)  # both always the start of a line
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind(b"\n", lo, mid) + 1 or lo
        end = text.find(b"\n", start) + 1
        if text[start:end] < line:
            lo = end
        else:
            hi = start
    return lo


def splice_cuts(text: Any, removed: set[str], added: set[str]) -> list[tuple[int, int, bytes]]:
    """Where ``text`` (sorted distinct lines) changes: ``(offset, 0, line)`` to insert a
    line there, ``(offset, 1, line)`` to drop the line that starts there; in order."""
    return sorted(
        [(_line_start(text, line), 1, line) for line in (x.encode("utf-8") for x in removed)]
        + [(_line_start(text, line), 0, line) for line in (x.encode("utf-8") for x in added)]
    )


def write_spliced(old: Path, target: int, removed: set[str], added: set[str]) -> None:
    """Write the last build's graph.nq (the file ``old``), with its lines ``removed`` and
    ``added``, to the file descriptor ``target``.

    The old file is searched through a memory map and the unchanged stretches are
    copied by the kernel (``copy_file_range``), never read into Python.
    """
    import mmap

    with old.open("rb") as source:
        size = os.fstat(source.fileno()).st_size
        if size == 0:
            cuts = splice_cuts(b"", removed, added)
            for _, _, line in cuts:
                _write_all(target, line)
            return
        with mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as text:
            at = 0
            for position, kind, line in splice_cuts(text, removed, added):
                _copy(source.fileno(), target, text, at, position - at)
                at = position + len(line) if kind else position
                if not kind:
                    _write_all(target, line)
            _copy(source.fileno(), target, text, at, size - at)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy(source: int, target: int, text: Any, offset: int, count: int) -> None:
    """``count`` bytes of ``source`` from ``offset`` to the end of ``target``."""
    while count > 0:
        try:
            copied = os.copy_file_range(source, target, count, offset)
        except (AttributeError, OSError):  # no such call here: through Python
            copied = 0
        if copied <= 0:
            _write_all(target, text[offset : offset + count])
            return
        offset += copied
        count -= copied


def full_nquads(emitted: Emitted) -> list[str]:
    """graph.nq of a build whose every unit was emitted, as its lines."""
    lines: list[str] = []
    for unit in emitted.units.values():
        lines.extend(unit.quads())
    lines.extend(f"{t} .\n" for t in disputed_lines(emitted.disputed))
    lines.sort()
    return lines


def load_lines(emitted: Emitted) -> Iterator[str]:
    """A full build's N-Quads for the store: each named graph, the merge, the provenance."""
    for unit in emitted.units.values():
        for label, triples in unit.graphs.items():
            for t in triples:
                yield f"{t} {label} .\n{t} .\n"
        for t in unit.provenance:
            yield f"{t} .\n"
    for t in disputed_lines(emitted.disputed):
        yield f"{t} .\n"


def apply_delta(raw: Any, change: Delta) -> None:
    """Change the Oxigraph store ``raw`` (a copy of the last build's) into this build's."""
    import pyoxigraph as ox

    def quads(lines: list[str]) -> list[Any]:
        if not lines:
            return []
        data = "".join(line if line.endswith("\n") else f"{line} .\n" for line in lines)
        return list(ox.parse(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True))

    for quad in quads(change.named_removed) + quads(change.default_removed):
        raw.remove(quad)
    raw.extend(quads(change.named_added) + quads(change.default_added))
    for quad in quads(sorted(change.merge_candidates)):
        held = any(
            not isinstance(q.graph_name, ox.DefaultGraph)
            for q in raw.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
        )
        if not held:
            raw.remove(quad)


def write_cache(folder: Path, plan: Plan, emitted: Emitted, nquads: list[str] | None) -> Path:
    """Write the cache into the generation ``folder``; unchanged units' files are
    hard-linked from the last build's cache. Returns the path of its graph.nq,
    which a build's ``-o`` links to: ``nquads``, its lines, or (None) the last
    build's graph.nq with the changed units' lines replaced."""
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
    graph = cache / "graph.nq"
    fd = os.open(graph, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        if nquads is None:
            assert previous is not None
            write_spliced(previous.folder / "graph.nq", fd, *nquads_change(plan, emitted))
        else:
            for start in range(0, len(nquads), 50_000):
                _write_all(fd, "".join(nquads[start : start + 50_000]).encode("utf-8"))
        os.fsync(fd)  # the manifest, written last, vouches for it
    finally:
        os.close(fd)
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


def checked_of(plan: Plan, resolved: Resolved) -> Checked:
    inputs = plan.inputs
    return Checked(
        inputs.annotations, resolved, inputs.vocabulary, inputs.corpus, inputs.texts, inputs.notices
    )


__all__ = [
    "CACHE",
    "Delta",
    "Emitted",
    "Manifest",
    "Plan",
    "Unit",
    "VALIDATED_ROWS",
    "apply_delta",
    "check",
    "delta",
    "emit_units",
    "full_nquads",
    "load_lines",
    "plan",
    "read_manifest",
    "nquads_change",
    "write_spliced",
    "write_cache",
]


def neighbourhood(raw: Any, change: Delta) -> Any:
    """A scratch Oxigraph store holding what the violation queries read around what changed.

    The last build passed every violation query, and a query's row is about a
    node (a claim, a span, an event, a time or quantity node, a source) and
    reads only triples near it: the node's own triples (types, labels,
    ``sem:hasActor``, ``rdf:subject``...), those of the nodes they name (a
    claim's span and source document, an interval's instants, a quantity's
    unit), the other claims on the same subject and predicate (disputes), and
    the ontology. So a row that this build's graph has and the last one did
    not is about a node within that reach of a changed triple. The scratch
    store holds, from the new store's default graph (the merge and the
    provenance): every triple whose subject is a node of a changed triple, a
    claim whose ``rdf:subject`` is one, or a node one of those names; and the
    ontology graph. A row found there is checked again on the whole store.
    """
    import pyoxigraph as ox

    from kg.namespaces import GRAPH_ONTOLOGY, RDF_TERMS

    default = ox.DefaultGraph()
    lines = [*change.named_removed, *change.named_added]
    lines += [f"{t} .\n" for t in (*change.default_removed, *change.default_added)]
    focus: set[Any] = set()
    for quad in ox.parse("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True):
        focus.add(quad.subject)
        if isinstance(quad.object, ox.NamedNode):
            focus.add(quad.object)
    subject = ox.NamedNode(str(RDF_TERMS.subject))
    claims = {
        q.subject for node in focus for q in raw.quads_for_pattern(None, subject, node, default)
    }
    nodes = focus | claims
    scratch = ox.Store()
    named: set[Any] = set()
    for node in nodes:
        for quad in raw.quads_for_pattern(node, None, None, default):
            scratch.add(quad)
            if isinstance(quad.object, ox.NamedNode) and quad.object not in nodes:
                named.add(quad.object)
    for node in named:
        scratch.extend(raw.quads_for_pattern(node, None, None, default))
    ontology = ox.NamedNode(str(GRAPH_ONTOLOGY))
    scratch.extend(
        ox.Quad(q.subject, q.predicate, q.object, default)
        for q in raw.quads_for_pattern(None, None, None, ontology)
    )
    return scratch
