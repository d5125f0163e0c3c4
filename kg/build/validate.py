"""Per-row validation: every record checked against the ontology and the texts.

One pass over the rows; every problem is collected (none stops the pass), so a
build reports all errors at once. The output, :class:`Resolved`, holds only
rows that passed, with their values parsed, ready for :mod:`kg.build.emit`.

The root cause comes first: a row that names a source or an entity whose own
row has an error, or whose file could not be read, is not reported as naming
an unknown one; one line says how many rows were not checked. A "did you
mean" comes from :class:`Suggester` (rapidfuzz), built once per list of names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz, process
from rdflib import URIRef

from kg.build.annotations import (
    Annotations,
    ClaimRecord,
    EntityRecord,
    ExclusionRecord,
    SourceRecord,
)
from kg.build.attribution import REPORTS_OWN, Attribution, check_attribution, split_voices
from kg.build.corpus import find_all, near_miss
from kg.build.ontology import BUILD_PREDICATES, PropertySpec, Vocabulary
from kg.build.values import (
    QuantityValue,
    TimeValue,
    parse_boolean,
    parse_decimal,
    parse_integer,
    parse_quantity,
    parse_time,
)
from kg.errors import Location, Problem
from kg.namespaces import KGR

ObjectValue = URIRef | TimeValue | QuantityValue | str | Decimal | int | bool


@dataclass(frozen=True)
class ResolvedClaim:
    record: ClaimRecord
    subject: URIRef
    prop: PropertySpec
    value: ObjectValue
    spans: tuple[tuple[int, int], ...]
    """Character offsets of every occurrence of the evidence (empty when unverified)."""
    attribution: Attribution = REPORTS_OWN
    """Whose voice the claim is in, and how firmly it is put."""


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
    *,
    check_aliases: bool = True,
) -> Resolved:
    """Check every record; ``texts`` is None when the source texts are not available.

    ``check_aliases`` False skips looking for each alias in the texts (an
    incremental build does when neither the register nor a text it read
    before has changed: an alias found then is found still).
    """
    result = Resolved()
    _resolve_sources(annotations, result, problems)
    context = _Context(result, vocabulary, annotations)
    _resolve_entities(annotations, vocabulary, texts if check_aliases else None, context, problems)
    context.prepare(annotations.claims, vocabulary)
    for row in annotations.claims:
        for record in split_voices(row, problems):  # a claim in each voice of the row
            claim = _resolve_claim(record, vocabulary, texts, context, problems)
            if claim is not None:
                result.claims.append(claim)
    for exclusion in annotations.exclusions:
        if exclusion.source not in result.sources:
            if context.explained_source(exclusion.source):
                context.unchecked += 1
            else:
                problems.append(Problem(exclusion.location, context.unknown_source(exclusion)))
        elif texts is not None and not find_all(texts.get(exclusion.source, ""), exclusion.text):
            problems.append(
                Problem(exclusion.location, f"text does not occur in {exclusion.source}")
            )
    if context.unchecked:
        problems.append(
            Problem(
                None,
                f"{context.unchecked} row(s) name a source or an entity whose row or file "
                "has an error (above): they were not checked against it",
            )
        )
    return result


class Suggester:
    """ "Did you mean" for one list of names: the closest three by rapidfuzz's ratio
    (at least 60 of 100, the cutoff of 0.6 the build used before), best first.

    rapidfuzz scores a batch of words against every name in C++ (:meth:`prepare`):
    10,000 misspelt ids against 3,400 entities take about a second, where
    comparing each word with every name in Python took 0.17 s a word. Each
    word is scored once.

    >>> Suggester(["misri", "india", "dubai"]).hint("misrri")
    ' (did you mean misri?)'
    """

    _BATCH = 1_000
    """Words scored at a time (a float32 row of scores a name each)."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = sorted(set(names))
        self._hints: dict[str, str] = {}

    def prepare(self, words: Iterable[str]) -> None:
        """Score every word of ``words`` not seen yet, in batches."""
        todo = sorted({word for word in words if word not in self._hints})
        if not todo:  # a valid corpus: numpy is not even imported
            return
        import numpy as np

        if not self._names:
            self._hints.update(dict.fromkeys(todo, ""))
            return
        for start in range(0, len(todo), self._BATCH):
            batch = todo[start : start + self._BATCH]
            scores = process.cdist(
                batch,
                self._names,
                scorer=fuzz.ratio,
                score_cutoff=60,
                processor=None,
                dtype=np.float32,
            )
            floor: Any = np.float32(60)
            if len(self._names) > 3:  # the third-best score of each word, or 60
                floor = np.maximum(np.partition(scores, -3, axis=1)[:, -3:-2], floor)
            candidates = scores >= floor
            for word, row, keep in zip(batch, scores, candidates, strict=True):
                close = ", ".join(self._names[i] for i in _best_three(row, keep))
                self._hints[word] = f" (did you mean {close}?)" if close else ""

    def hint(self, word: str) -> str:
        """`` (did you mean a, b?)``, or the empty string when no name is close."""
        if word not in self._hints:
            self.prepare([word])
        return self._hints[word]


def _best_three(row: Any, keep: Any) -> list[int]:
    """Of the indices where ``keep`` holds, the three with the highest scores, the
    lower index (the name first in sorted order) first among equal scores."""
    import numpy as np

    found = np.flatnonzero(keep)
    order = np.lexsort((found, -row[found]))
    return [int(i) for i in found[order][:3]]


class _Context:
    """What the claims are checked against, and how many were not checked."""

    def __init__(self, result: Resolved, vocabulary: Vocabulary, annotations: Annotations):
        self.result = result
        self.annotations = annotations
        self.rejected_entities = set(annotations.rejected_entities)
        self.unchecked = 0
        self.sources = Suggester(result.sources)
        self.classes = Suggester(vocabulary.classes)
        self.properties = Suggester(vocabulary.properties)
        self.entities = Suggester(())

    def explained_source(self, source_id: str) -> bool:
        """True when ``source_id`` is unknown because of an error reported elsewhere."""
        return "sources" in self.annotations.unread or source_id in (
            self.annotations.rejected_sources
        )

    def all_texts_read(self, texts: dict[str, str]) -> bool:
        """True when every declared source is known and its text was read."""
        annotations = self.annotations
        return (
            "sources" not in annotations.unread
            and not annotations.rejected_sources
            and all(source in texts for source in self.result.sources)
        )

    def explained_entity(self, entity_id: str) -> bool:
        return "entities" in self.annotations.unread or entity_id in self.rejected_entities

    def unknown_source(self, record: ClaimRecord | ExclusionRecord) -> str:
        return f"unknown source {record.source!r}" + self.sources.hint(record.source)

    def prepare(self, claims: list[ClaimRecord], vocabulary: Vocabulary) -> None:
        """Score the unknown ids of all claims in one batch, before they are reported."""
        known = self.result.entity_types
        self.entities = Suggester(self.result.entities)
        unknown = []
        for claim in claims:
            if claim.subject not in known:
                unknown.append(claim.subject)
            prop = vocabulary.properties.get(claim.predicate)
            if prop is not None and prop.kind == "entity" and claim.object not in known:
                unknown.append(claim.object)
        self.entities.prepare(unknown)
        self.sources.prepare(c.source for c in claims if c.source not in self.result.sources)

    def unknown_entity(self, role: str, entity_id: str) -> str:
        return f"unknown {role} entity {entity_id!r}" + self.entities.hint(entity_id)


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
    context: _Context,
    problems: list[Problem],
) -> None:
    result = context.result
    corpus = "\n".join(texts.values()) if texts is not None else None
    if corpus is not None and not context.all_texts_read(texts or {}):
        corpus = None  # an alias may be in a text that was not read: not checked
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
                    f"unknown type {entity.type!r}{context.classes.hint(entity.type)}",
                )
            )
            context.rejected_entities.add(entity.id)
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
    context: _Context,
    problems: list[Problem],
) -> ResolvedClaim | None:
    before = len(problems)
    result = context.result
    at = record.location
    unchecked = False
    if record.source not in result.sources:
        if context.explained_source(record.source):
            unchecked = True
        else:
            problems.append(Problem(at, context.unknown_source(record)))
    subject_type = result.entity_types.get(record.subject)
    if subject_type is None:
        if context.explained_entity(record.subject):
            unchecked = True
        else:
            problems.append(Problem(at, context.unknown_entity("subject", record.subject)))
    prop = vocabulary.properties.get(record.predicate)
    if prop is None:
        if record.predicate in BUILD_PREDICATES:
            message = f"predicate {record.predicate!r} is written by the build, not by claims"
        else:
            message = f"unknown predicate {record.predicate!r}" + context.properties.hint(
                record.predicate
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
    value = None
    if prop is not None:
        if prop.kind == "entity" and record.object not in result.entity_types:
            if context.explained_entity(record.object):
                unchecked = True
            else:
                problems.append(Problem(at, context.unknown_entity("object", record.object)))
        else:
            value = _parse_object(record, prop, vocabulary, result, problems)
    spans = _locate_evidence(record, texts, problems)
    attribution = check_attribution(
        record, vocabulary, texts, result.entity_types, context, problems
    )
    if unchecked or attribution is None:
        context.unchecked += 1
        return None
    if len(problems) > before or prop is None or value is None:
        return None
    return ResolvedClaim(record, entity_iri(record.subject), prop, value, spans, attribution)


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
            object_type = result.entity_types[text]  # an unknown one was reported already
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


def _name(iri: URIRef) -> str:
    return iri.split("#")[-1].split("/")[-1]


__all__ = [
    "Location",
    "ObjectValue",
    "Resolved",
    "ResolvedClaim",
    "Suggester",
    "entity_iri",
    "resolve",
]
