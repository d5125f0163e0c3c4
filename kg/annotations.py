"""The annotation records of ``data/``: sources, entities, claims, exclusions.

This module only reads and checks the shape of each row; what the values mean
(ids, predicates, dates) is checked by :mod:`kg.resolve` against the ontology.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Location, Problem
from kg.tsv import Row, read_rows

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


def load_annotations(data_dir: Path, problems: list[Problem]) -> Annotations:
    """Read sources.tsv, entities/*.tsv, claims/*.tsv and coverage-exclusions/*.tsv."""
    result = Annotations()
    sources_file = data_dir / "sources.tsv"
    if not sources_file.is_file():
        problems.append(Problem(Location(sources_file, 0), "missing: the list of sources"))
    else:
        result.sources = [
            record
            for row in read_rows(
                sources_file,
                ("id", "published"),
                ("headline", "dateline", "author", "note"),
                problems,
            )
            if (record := _source(row, problems)) is not None
        ]
    for path in _tsv_files(data_dir / "entities", problems, required=True):
        result.entities.extend(
            entity
            for row in read_rows(
                path, ("id", "type", "label"), ("aliases", "wikidata", "note"), problems
            )
            if (entity := _entity(row, problems)) is not None
        )
    for path in _tsv_files(data_dir / "claims", problems, required=True):
        result.claims.extend(
            claim
            for row in read_rows(
                path,
                ("subject", "predicate", "object", "source", "evidence"),
                ("confidence", "note"),
                problems,
            )
            if (claim := _claim(row, problems)) is not None
        )
    for path in _tsv_files(data_dir / "coverage-exclusions", problems, required=False):
        result.exclusions.extend(
            exclusion
            for row in read_rows(path, ("source", "text", "reason"), (), problems)
            if (exclusion := _exclusion(row, problems)) is not None
        )
    return result


def _tsv_files(folder: Path, problems: list[Problem], *, required: bool) -> list[Path]:
    if not folder.is_dir():
        if required:
            problems.append(Problem(Location(folder, 0), "missing folder"))
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
    )


def _exclusion(row: Row, problems: list[Problem]) -> ExclusionRecord | None:
    if not _require(row, ("source", "text", "reason"), problems):
        return None
    return ExclusionRecord(row.get("source"), row.get("text"), row.get("reason"), row.location)
