"""Incremental store builds: a per-source cache kept in each store generation.

`kg build --store oxigraph:PATH` keeps, inside the generation it loads
(``PATH/g-*/kg-build/``), what each part of the input emitted: a *unit* per
report (its named graph's triples, its claims' provenance, the values that
decide disputes) and one each for the ontology, the list of sources and the
entity register, with the key (a digest of the input) that made it, and the
sorted N-Quads of the whole dataset (graph.nq).

The next build reads sources.tsv, the register, the texts and the claims
files it has not seen (a claims file whose bytes the cache knows is not read
again), and checks row by row only the claims of the reports whose key
changed (their rows, their sources.tsv row, their text). Those alone are
emitted (:mod:`kg.build.units`) and the difference is loaded into a copy of
the last store (Oxigraph's ``backup``: hard links, not a copy of the data).
What spans reports is worked out again: the disputes, within one report and
between reports, from the kept values of every claim the dispute rules read
(:mod:`kg.build.disputes`: single-valued predicates, titles, quotations,
sub-events and their times, "first" claims with the actors and affiliations
they are checked against), the
entity register (its rows; its aliases against the texts when a text
changed or went), and the catalogue's violation queries, on the triples
around what changed (:func:`kg.build.delta.neighbourhood`, where the
argument for it is). graph.nq is the last one spliced (:mod:`kg.build.splice`).

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
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.build.annotations import Annotations, ClaimRecord, SourceRecord
from kg.build.cache import (
    ENTITIES_UNIT,
    FORMAT,
    ONTOLOGY_UNIT,
    SOURCES_UNIT,
    Manifest,
    digest_of,
    files_digest,
    read_manifest,
)
from kg.build.memory import Checked, Inputs, read_inputs
from kg.build.ontology import ONTOLOGY_FILE
from kg.build.validate import Resolved, resolve
from kg.errors import Problem
from kg.resources import default_data_dir, default_ontology_dir, default_queries_dir

_CODE = (
    "attribution.py",
    "cache.py",
    "delta.py",
    "dispute_graph.py",
    "disputes.py",
    "emit.py",
    "incremental.py",
    "nquads.py",
    "splice.py",
    "units.py",
    "validate.py",
    "values.py",
)
"""The modules whose change makes a cache stale (with kg/rdfterms.py, kg/dates.py, the
namespaces, kg/namespaces.py and kg/iris.py, and the SPARQL gate, kg/sparql/gate.py: an
incremental build does not gate the violation queries again,
:func:`kg.build.violations.any_violation`, and the gate reads the namespaces' prefixes
and graphs)."""

VALIDATED_ROWS = [0]
"""Claim rows checked row by row by the last build (a test reads it)."""


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


def _context(ontology_dir: Path, queries_dir: Path, texts: bool) -> dict[str, Any]:
    """What every unit depends on: a change makes a full build."""
    import kg.dates
    import kg.iris
    import kg.namespaces
    import kg.rdfterms

    here = Path(__file__).parent
    code = [here / name for name in _CODE] + [Path(kg.rdfterms.__file__), Path(kg.dates.__file__)]
    code += [Path(kg.namespaces.__file__), Path(kg.iris.__file__)]  # the IRIs emitted
    code.append(here.parent / "sparql" / "gate.py")  # it passed the violation queries
    violations = sorted(queries_dir.glob("*-violation.rq")) if queries_dir.is_dir() else []
    return {
        "format": FORMAT,
        "code": files_digest(code),
        "ontology": files_digest([ontology_dir / ONTOLOGY_FILE]),
        "queries": files_digest(violations),
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
            claim.voice,
            claim.voice_evidence,
            claim.factuality,
        ]
    return digest_of(parts)


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
    return digest_of(parts)


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
        files_digest(entity_files.values())
        if entity_files is not None
        else f"unread {os.urandom(8).hex()}"
    )
    file_digests = (
        {name: files_digest([path]) for name, path in claim_files.items()}
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


def checked_of(plan: Plan, resolved: Resolved) -> Checked:
    inputs = plan.inputs
    return Checked(
        inputs.annotations, resolved, inputs.vocabulary, inputs.corpus, inputs.texts, inputs.notices
    )
