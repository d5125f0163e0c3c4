"""The annotation records of ``data/``: sources, entities, claims, exclusions.

This module only reads and checks the shape of each row; what the values mean
(ids, predicates, dates) is checked by :mod:`kg.build.validate` against the ontology.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kg.build.tsv import Row, read_rows
from kg.errors import Location, Problem

T = TypeVar("T")

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*\Z")
SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")
"""A source id names its text file and goes into IRIs: letters, digits, ``.``, ``_``, ``-``."""
ALIAS_SEPARATOR = "|"


@dataclass(frozen=True)
class SourceRecord:
    id: str
    headline: str
    published: dt.date
    dateline: str
    author: str
    note: str
    location: Location


@dataclass(frozen=True)
class EntityRecord:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    wikidata: str
    note: str
    location: Location


@dataclass(frozen=True)
class ClaimRecord:
    subject: str
    predicate: str
    object: str
    source: str
    evidence: str
    confidence: float | None
    note: str
    location: Location
    voice: str = ""
    """The entity id of the actor the claim is attributed to; empty: the report itself."""
    voice_evidence: str = ""
    """The verbatim span that attributes it ("the Pakistani military said")."""
    factuality: str = ""
    """A mode name and/or a FactBank code ("denied", "PS+", "considered PS+"); empty: the
    default (asserted CT+, or reported CT+ with a voice)."""


CLAIM_COLUMNS = ("subject", "predicate", "object", "source", "evidence")
"""The required columns of a claims file."""
CLAIM_OPTIONAL = ("confidence", "note", "voice", "voice_evidence", "factuality")
"""Its optional columns (``voice``, ``voice_evidence``, ``factuality``: issue 23)."""


@dataclass(frozen=True)
class ExclusionRecord:
    source: str
    text: str
    reason: str
    location: Location


@dataclass
class Annotations:
    """Everything read from one data folder."""

    sources: list[SourceRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    claims: list[ClaimRecord] = field(default_factory=list)
    exclusions: list[ExclusionRecord] = field(default_factory=list)
    unread: set[str] = field(default_factory=set)
    """The registers ("sources", "entities") of which a file or folder could not be read."""
    rejected_sources: set[str] = field(default_factory=set)
    """Ids declared on rows of sources.tsv that have an error (reported there)."""
    rejected_entities: set[str] = field(default_factory=set)
    """Ids declared on entity rows that have an error (reported there)."""
    notices: list[str] = field(default_factory=list)
    """Files and folders the build does not read, each named."""


REGISTERS = ("sources.tsv", "entities", "claims", "coverage-exclusions")

REVIEW_FOLDERS = ("suggestions",)
"""Folders of ``data/`` that the build knows and does not read: ``kg suggest``'s
proposals wait there for ``kg review`` (:mod:`kg.suggest.rows`)."""
"""What the build reads in a data folder."""


def load_annotations(
    data_dir: Path, problems: list[Problem], claim_files: Callable[[Path], bool] | None = None
) -> Annotations:
    """Read sources.tsv, entities/*.tsv, claims/*.tsv and coverage-exclusions/*.tsv.

    ``claim_files``, when given, says which claims files to read: an
    incremental build leaves out those it read before and that have not changed.
    """
    result = Annotations(notices=ignored_files(data_dir))
    sources_file = data_dir / "sources.tsv"
    if not sources_file.exists() and not sources_file.is_symlink():
        problems.append(
            Problem(Location(sources_file, 0), "missing: the list of sources", root_cause=True)
        )
        result.unread.add("sources")
    else:
        if not _read_register(
            sources_file,
            (("id", "published"), ("headline", "dateline", "author", "note")),
            _source,
            result.sources,
            result.rejected_sources,
            problems,
        ):
            result.unread.add("sources")
    entity_files = _tsv_files(data_dir / "entities", problems, required=True)
    if entity_files is None:
        result.unread.add("entities")
    for path in entity_files or []:
        if not _read_register(
            path,
            (("id", "type", "label"), ("aliases", "wikidata", "note")),
            _entity,
            result.entities,
            result.rejected_entities,
            problems,
        ):
            result.unread.add("entities")
    for path in _tsv_files(data_dir / "claims", problems, required=True) or []:
        if claim_files is not None and not claim_files(path):
            continue
        result.claims.extend(load_claims(path, problems))
    for path in _tsv_files(data_dir / "coverage-exclusions", problems, required=False) or []:
        result.exclusions.extend(
            exclusion
            for row in read_rows(path, ("source", "text", "reason"), (), problems)
            if (exclusion := _exclusion(row, problems)) is not None
        )
    return result


def load_claims(path: Path, problems: list[Problem]) -> list[ClaimRecord]:
    """The claim records of one claims file (its problems added to ``problems``)."""
    return [
        claim
        for row in read_rows(path, CLAIM_COLUMNS, CLAIM_OPTIONAL, problems)
        if (claim := _claim(row, problems)) is not None
    ]


def ignored_files(data_dir: Path) -> list[str]:
    """A notice for each file or folder in ``data_dir`` that the build does not read.

    Hidden files (``.gitkeep``) and notes (``README*``, ``*.md``) are not named.
    """
    notices = []
    for entry in _entries(data_dir):
        if entry.name in REGISTERS + REVIEW_FOLDERS or _obviously_fine(entry.name):
            continue
        notices.append(
            f"{entry}: ignored (a data folder holds sources.tsv, entities/, claims/ "
            "and coverage-exclusions/)"
        )
    for folder in REGISTERS[1:]:
        for entry in _entries(data_dir / folder):
            if _obviously_fine(entry.name):
                continue
            if not entry.name.endswith(".tsv"):
                notices.append(f"{entry}: ignored: only *.tsv files are read in {folder}/")
    return notices


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _obviously_fine(name: str) -> bool:
    return name.startswith(".") or name.upper().startswith("README") or name.endswith(".md")


def _read_register(
    path: Path,
    columns: tuple[tuple[str, ...], tuple[str, ...]],
    parse: Callable[[Row, list[Problem]], T | None],
    into: list[T],
    rejected_ids: set[str],
    problems: list[Problem],
) -> bool:
    """Append the records of a register file (sources, entities) to ``into``; False when
    the file or its header could not be read. The ids of rows with errors, the file's
    or ``parse``'s, go into ``rejected_ids``."""
    rows = _read(path, columns[0], columns[1], problems, rejected_ids)
    for row in rows or []:
        record = parse(row, problems)
        if record is None:
            rejected_ids.add(row.get("id"))
        else:
            into.append(record)
    return rows is not None


def _read(
    path: Path,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    problems: list[Problem],
    rejected_ids: set[str],
) -> list[Row] | None:
    """The rows of a register file, or None when the file (or its header) could not be read.

    The ids of rows with errors go into ``rejected_ids``.
    """
    before = len(problems)
    rejected: list[Row] = []
    rows = list(read_rows(path, required, optional, problems, rejected))
    rejected_ids.update(row.get("id") for row in rejected)
    if any(problem.root_cause for problem in problems[before:]):
        return None
    return rows


def _tsv_files(folder: Path, problems: list[Problem], *, required: bool) -> list[Path] | None:
    """The ``*.tsv`` files of ``folder``; None when a required folder is missing."""
    if not folder.is_dir():
        if required:
            problems.append(Problem(Location(folder, 0), "missing folder", root_cause=True))
            return None
        return []
    return sorted(folder.glob("*.tsv"))


def _require(row: Row, columns: tuple[str, ...], problems: list[Problem]) -> bool:
    empty = [name for name in columns if not row.get(name)]
    for name in empty:
        problems.append(Problem(row.location, f"empty {name}"))
    return not empty


def _source(row: Row, problems: list[Problem]) -> SourceRecord | None:
    if not _require(row, ("id", "published"), problems):
        return None
    if not SOURCE_ID.match(row.get("id")):
        problems.append(
            Problem(
                row.location,
                f"id {row.get('id')!r}: a source id is letters, digits, '.', '_' and '-'",
            )
        )
        return None
    try:
        published = dt.date.fromisoformat(row.get("published"))
    except ValueError:
        problems.append(
            Problem(row.location, f"published: not a date YYYY-MM-DD: {row.get('published')!r}")
        )
        return None
    return SourceRecord(
        id=row.get("id"),
        headline=row.get("headline"),
        published=published,
        dateline=row.get("dateline"),
        author=row.get("author"),
        note=row.get("note"),
        location=row.location,
    )


def _entity(row: Row, problems: list[Problem]) -> EntityRecord | None:
    if not _require(row, ("id", "type", "label"), problems):
        return None
    ident = row.get("id")
    if not SLUG.match(ident):
        problems.append(
            Problem(row.location, f"id {ident!r} is not a slug (lowercase words joined by '-')")
        )
        return None
    wikidata = row.get("wikidata")
    if wikidata and not WIKIDATA_ID.match(wikidata):
        problems.append(Problem(row.location, f"wikidata: not a Q-id: {wikidata!r}"))
        wikidata = ""
    aliases = tuple(
        alias.strip() for alias in row.get("aliases").split(ALIAS_SEPARATOR) if alias.strip()
    )
    return EntityRecord(
        id=ident,
        type=row.get("type"),
        label=row.get("label"),
        aliases=aliases,
        wikidata=wikidata,
        note=row.get("note"),
        location=row.location,
    )


def _claim(row: Row, problems: list[Problem]) -> ClaimRecord | None:
    if not _require(row, ("subject", "predicate", "object", "source", "evidence"), problems):
        return None
    confidence: float | None = None
    raw_confidence = row.get("confidence")
    if raw_confidence:
        try:
            confidence = float(raw_confidence)
        except ValueError:
            confidence = -1.0
        if not 0.0 <= confidence <= 1.0:
            problems.append(
                Problem(row.location, f"confidence: not a number in [0, 1]: {raw_confidence!r}")
            )
            return None
    return ClaimRecord(
        subject=row.get("subject"),
        predicate=row.get("predicate"),
        object=row.get("object"),
        source=row.get("source"),
        evidence=row.fields.get("evidence", "").strip(" "),
        confidence=confidence,
        note=row.get("note"),
        location=row.location,
        voice=row.get("voice"),
        voice_evidence=row.fields.get("voice_evidence", "").strip(" "),
        factuality=" ".join(row.get("factuality").split()),
    )


def _exclusion(row: Row, problems: list[Problem]) -> ExclusionRecord | None:
    if not _require(row, ("source", "text", "reason"), problems):
        return None
    return ExclusionRecord(row.get("source"), row.get("text"), row.get("reason"), row.location)
