"""Per-row validation: every record checked against the ontology and the texts.

One pass over the rows; every problem is collected (none stops the pass), so a
build reports all errors at once. The output, :class:`Resolved`, holds only
rows that passed, with their values parsed, ready for :mod:`kg.rdfgraph`.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import URIRef

from kg.annotations import Annotations, ClaimRecord, EntityRecord, SourceRecord
from kg.corpus import find_all, near_miss
from kg.errors import Location, Problem
from kg.namespaces import KGR
from kg.ontology import BUILD_PREDICATES, PropertySpec, Vocabulary
from kg.values import (
    QuantityValue,
    TimeValue,
    parse_boolean,
    parse_decimal,
    parse_integer,
    parse_quantity,
    parse_time,
)

ObjectValue = URIRef | TimeValue | QuantityValue | str | Decimal | int | bool


@dataclass(frozen=True)
class ResolvedClaim:
    record: ClaimRecord
    subject: URIRef
    prop: PropertySpec
    value: ObjectValue
    spans: tuple[tuple[int, int], ...]
    """Character offsets of every occurrence of the evidence (empty when unverified)."""


@dataclass
class Resolved:
    sources: dict[str, SourceRecord] = field(default_factory=dict)
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    entity_types: dict[str, URIRef] = field(default_factory=dict)
    claims: list[ResolvedClaim] = field(default_factory=list)


@functools.lru_cache(maxsize=1_000_000)
def entity_iri(entity_id: str) -> URIRef:
    """The register IRI of an id, made once per id (a build asks for each many times)."""
    return KGR[entity_id]


def resolve(
    annotations: Annotations,
    vocabulary: Vocabulary,
    texts: dict[str, str] | None,
    problems: list[Problem],
) -> Resolved:
    """Check every record; ``texts`` is None when the source texts are not available."""
    result = Resolved()
    _resolve_sources(annotations, result, problems)
    _resolve_entities(annotations, vocabulary, texts, result, problems)
    for record in annotations.claims:
        claim = _resolve_claim(record, vocabulary, texts, result, problems)
        if claim is not None:
            result.claims.append(claim)
    for exclusion in annotations.exclusions:
        if exclusion.source not in result.sources:
            problems.append(Problem(exclusion.location, _unknown_source(exclusion.source, result)))
        elif texts is not None and not find_all(texts.get(exclusion.source, ""), exclusion.text):
            problems.append(
                Problem(exclusion.location, f"text does not occur in {exclusion.source}")
            )
    return result


def _resolve_sources(annotations: Annotations, result: Resolved, problems: list[Problem]) -> None:
    for source in annotations.sources:
        if source.id in result.sources:
            first = result.sources[source.id].location
            problems.append(
                Problem(source.location, f"duplicate source id {source.id!r} ({first})")
            )
        else:
            result.sources[source.id] = source


def _resolve_entities(
    annotations: Annotations,
    vocabulary: Vocabulary,
    texts: dict[str, str] | None,
    result: Resolved,
    problems: list[Problem],
) -> None:
    corpus = "\n".join(texts.values()) if texts is not None else None
    for entity in annotations.entities:
        if entity.id in result.entities:
            first = result.entities[entity.id].location
            problems.append(
                Problem(entity.location, f"duplicate entity id {entity.id!r} (first at {first})")
            )
            continue
        cls = vocabulary.classes.get(entity.type)
        if cls is None:
            problems.append(
                Problem(
                    entity.location,
                    f"unknown type {entity.type!r}{_suggest(entity.type, vocabulary.classes)}",
                )
            )
            continue
        if corpus is not None:
            for alias in entity.aliases:
                if alias not in corpus:
                    problems.append(
                        Problem(entity.location, f"alias {alias!r} occurs in no source text")
                    )
        result.entities[entity.id] = entity
        result.entity_types[entity.id] = cls


def _resolve_claim(
    record: ClaimRecord,
    vocabulary: Vocabulary,
    texts: dict[str, str] | None,
    result: Resolved,
    problems: list[Problem],
) -> ResolvedClaim | None:
    before = len(problems)
    at = record.location
    if record.source not in result.sources:
        problems.append(Problem(at, _unknown_source(record.source, result)))
    subject_type = result.entity_types.get(record.subject)
    if subject_type is None:
        problems.append(Problem(at, _unknown_entity("subject", record.subject, result)))
    prop = vocabulary.properties.get(record.predicate)
    if prop is None:
        if record.predicate in BUILD_PREDICATES:
            message = f"predicate {record.predicate!r} is written by the build, not by claims"
        else:
            message = f"unknown predicate {record.predicate!r}" + _suggest(
                record.predicate, vocabulary.properties
            )
        problems.append(Problem(at, message))
    elif subject_type is not None and prop.domain is not None:
        if not vocabulary.is_a(subject_type, prop.domain):
            problems.append(
                Problem(
                    at,
                    f"{record.predicate} expects a subject of type {_name(prop.domain)}, "
                    f"{record.subject!r} is a {_name(subject_type)}",
                )
            )
    value = _parse_object(record, prop, vocabulary, result, problems) if prop else None
    spans = _locate_evidence(record, texts, problems)
    if len(problems) > before or prop is None or value is None:
        return None
    return ResolvedClaim(record, entity_iri(record.subject), prop, value, spans)


def _parse_object(
    record: ClaimRecord,
    prop: PropertySpec,
    vocabulary: Vocabulary,
    result: Resolved,
    problems: list[Problem],
) -> ObjectValue | None:
    text = record.object
    try:
        if prop.kind == "entity":
            object_type = result.entity_types.get(text)
            if object_type is None:
                problems.append(Problem(record.location, _unknown_entity("object", text, result)))
                return None
            if prop.range is not None and not vocabulary.is_a(object_type, prop.range):
                problems.append(
                    Problem(
                        record.location,
                        f"{prop.name} expects an object of type {_name(prop.range)}, "
                        f"{text!r} is a {_name(object_type)}",
                    )
                )
                return None
            return entity_iri(text)
        if prop.kind == "time":
            return parse_time(text)
        if prop.kind == "quantity":
            quantity = parse_quantity(text)
            if quantity.unit not in vocabulary.units:
                known = ", ".join(sorted(vocabulary.units))
                raise ValueError(f"unknown unit {quantity.unit!r} (known: {known})")
            return quantity
        if prop.kind == "decimal":
            return parse_decimal(text)
        if prop.kind == "integer":
            return parse_integer(text)
        if prop.kind == "boolean":
            return parse_boolean(text)
        if prop.kind == "date":
            raise ValueError(f"{prop.name} takes a date the build writes; use hasTime")
        return text
    except ValueError as exc:
        problems.append(Problem(record.location, f"{prop.name}: {exc}"))
        return None


def _locate_evidence(
    record: ClaimRecord, texts: dict[str, str] | None, problems: list[Problem]
) -> tuple[tuple[int, int], ...]:
    if texts is None or record.source not in texts:
        return ()
    text = texts[record.source]
    spans = find_all(text, record.evidence)
    if not spans:
        hint = near_miss(text, record.evidence)
        message = f"evidence does not occur verbatim in {record.source}: {record.evidence!r}"
        if hint is not None:
            message += f" (the text has {hint!r})"
        problems.append(Problem(record.location, message))
    return tuple(spans)


def _unknown_source(source_id: str, result: Resolved) -> str:
    return f"unknown source {source_id!r}" + _suggest(source_id, result.sources)


def _unknown_entity(role: str, entity_id: str, result: Resolved) -> str:
    return f"unknown {role} entity {entity_id!r}" + _suggest(entity_id, result.entities)


def _suggest(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def _name(iri: URIRef) -> str:
    return iri.split("#")[-1].split("/")[-1]


__all__ = ["Location", "ObjectValue", "Resolved", "ResolvedClaim", "entity_iri", "resolve"]
