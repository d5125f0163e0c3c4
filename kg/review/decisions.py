"""``kg review``: the analyst's decisions on one source's suggestions, written into the data.

A :class:`Review` holds one source's suggestions (:mod:`kg.suggest.rows`) and its
text. Each decision is written at once, every file atomically (``write_file``):

- accepting a ``claim`` row (as suggested, or edited) appends it to
  ``claims/<source>.tsv`` (the suggester's confidence is not copied: the row
  is the reviewer's claim); an identical row already there is not written
  twice, so a decision interrupted between its two files is safe to repeat;
- accepting ``entity`` rows (``type``, ``label``, ``alias``) of one subject
  writes that entity's register row, once it has a type and a label, into
  ``entities/added-<source>.tsv`` (rewritten in place as aliases are
  accepted). A ``possibleDuplicateOf`` row asks whether the new entity is a
  register entry already: accepting it takes the existing id (the new one is
  not minted, its rows are rejected, and the claims accepted afterwards name
  the existing id); accepting the new entity's rows answers "no". A claim
  naming a new entity whose question is still open is refused until it is
  answered;
- accepting a ``mention`` only records the decision; a rejected row stays
  ``rejected``, so ``kg suggest`` does not propose it again;
- a missed row (claim or entity) is added as an accepted row of its own;
- undoing an accepted row takes its line out of the file again (:mod:`kg.review.undo`).

Evidence must be verbatim, and what the reviewer types must name what the ontology
and register know (:mod:`kg.review.checks`); the build checks the rest.

Each decision takes its turn on the suggestions file
(:func:`kg.suggest.rows.taking_turns`) and reads it again first, so no
decision is written over another's (page, terminal, ``kg suggest``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.build.annotations import SLUG
from kg.build.ontology import Vocabulary, load_vocabulary
from kg.build.tsv import InputFileError, read_text
from kg.errors import KgError
from kg.resources import default_ontology_dir
from kg.review.checks import (
    added_ids,
    check_evidence,
    check_typed,
    incomplete_event,
    sentence_of,
    source_id_of,
    waiting_message,
)
from kg.review.edits import EDITABLE, ReviewError, check_fields
from kg.review.undo import naming, remove_claim, remove_entity
from kg.suggest.rows import (
    Suggestion,
    in_turn,
    new_suggestion,
    read_suggestions,
    suggestions_path,
    with_status,
    write_suggestions,
)
from kg.suggest.targets import append_claim, register_ids, upsert_entity

ADDED_BY_REVIEWER = "added by the reviewer"


@dataclass(frozen=True)
class Decided:
    """What :meth:`Review.accept_above` did: the rows accepted and those left, with why."""

    accepted: list[str]
    skipped: list[tuple[str, str]]


class Review:
    """One source's suggestions and the files its decisions go to."""

    def __init__(
        self, data_dir: Path, corpus_dir: Path, source: str, ontology_dir: Path | None = None
    ) -> None:
        self.data_dir = data_dir
        self.ontology_dir = ontology_dir
        self.source = source = source_id_of(data_dir, source)
        try:
            self.text = read_text(corpus_dir / f"{source}.txt")
        except InputFileError as exc:
            raise KgError(str(exc.problem)) from None
        self.path = suggestions_path(data_dir, source)
        self.rows = read_suggestions(self.path)
        self.turns = 0  # > 0 while a decision holds the file's lock
        self.claims_path = data_dir / "claims" / f"{source}.tsv"
        self.entities_path = data_dir / "entities" / f"added-{source}.tsv"
        self.register = register_ids(data_dir, exclude=self.entities_path)

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the suggestions file again (``kg suggest`` may have rewritten it)."""
        self.rows = read_suggestions(self.path)

    def find(self, sid: str) -> Suggestion:
        for row in self.rows:
            if row.sid == sid:
                return row
        raise ReviewError(f"no suggestion {sid!r} in {self.path}")

    def group(self, subject: str) -> list[Suggestion]:
        """The entity rows of one proposed entity."""
        return [r for r in self.rows if r.kind == "entity" and r.subject == subject]

    def duplicate_of(self, entity: str) -> tuple[str, str] | None:
        """("accepted", id) when ``entity`` was taken as the register entry ``id``;
        ("suggested", id) while that question is open; None otherwise."""
        for row in self.group(entity):
            if row.predicate == "possibleDuplicateOf" and row.status != "rejected":
                return row.status, row.object
        return None

    # --- decisions -----------------------------------------------------------------------

    @in_turn
    def accept(self, sid: str, edits: Mapping[str, str] | None = None) -> Suggestion:
        """Accept a suggestion (with ``edits`` of its fields) and write it into the data."""
        row = self.find(sid)
        if row.status == "accepted" and not edits:
            return row
        if row.status == "accepted":
            raise ReviewError(
                f"{sid} is accepted already; change its row in {self._target(row)} by hand"
            )
        row = self._edited(row, edits or {})
        if edits or row.reason == ADDED_BY_REVIEWER:
            check_typed(row, self.vocabulary, self.known_ids)  # typed by the reviewer
        if row.kind == "claim":
            for entity in (row.subject, row.object):
                if self.waits_for_acceptance(entity):
                    raise ReviewError(waiting_message(entity, self.group(entity)))
            self._write_claim(row)
        elif row.kind == "entity":
            self._accept_entity(row)
        return self._set(row, "accepted")

    @in_turn
    def accept_entity(self, subject: str) -> list[Suggestion]:
        """Accept every pending ``type``, ``label`` and ``alias`` row of one new entity."""
        rows = [
            r
            for r in self.group(subject)
            if r.status == "suggested" and r.predicate != "possibleDuplicateOf"
        ]
        if not rows:
            raise ReviewError(f"no pending rows for the entity {subject!r}")
        rows.sort(key=lambda r: ("type", "label", "alias").index(r.predicate))
        return [self.accept(row.sid) for row in rows]

    @in_turn
    def reject(self, sid: str) -> Suggestion:
        """Mark a suggestion rejected: it is not suggested again."""
        row = self.find(sid)
        if row.status == "accepted":
            raise ReviewError(
                f"{sid} is accepted already; remove its row from {self._target(row)} by hand"
            )
        return self._set(row, "rejected")

    @in_turn
    def undo(self, sid: str) -> Suggestion:
        """Take back an accepted row: its line leaves the claims or register file and the
        row is pending again (a new entity's type or label only when no claim names it)."""
        row = self.find(sid)
        if row.status != "accepted":
            raise ReviewError(f"{sid} is {row.status}, not accepted: nothing to undo")
        if row.kind == "claim":
            remove_claim(self.claims_path, self._claim_values(row))
        elif row.kind == "entity":
            if row.predicate == "possibleDuplicateOf":
                raise ReviewError(f"{sid} took {row.subject!r} as {row.object!r}: undo it by hand")
            lines = naming(self.claims_path, row.subject)
            if lines and row.predicate in ("type", "label"):
                where = ", ".join(f"{self.claims_path}:{n}" for n in lines)
                raise ReviewError(f"claims name {row.subject!r} ({where}): undo them first")
            group = self.group(row.subject)
            remove_entity(self.entities_path, row.subject)
            self._write_entity(
                row.subject, [r for r in group if r.status == "accepted" and r.sid != sid]
            )
        return self._set(row, "suggested")

    @in_turn
    def accept_above(self, confidence: float) -> Decided:
        """Accept every suggested row of at least ``confidence``: new entities (whose
        rows all reach it and that are not possible duplicates) first, then claims
        and mentions. A row that cannot be accepted is left, with the reason."""
        accepted: list[str] = []
        skipped: list[tuple[str, str]] = []
        subjects = sorted({r.subject for r in self.rows if r.kind == "entity"})
        for subject in subjects:
            rows = [r for r in self.group(subject) if r.status == "suggested"]
            if not rows:
                continue
            if any(r.predicate == "possibleDuplicateOf" for r in rows):
                skipped.extend((r.sid, "a possible duplicate: decide by hand") for r in rows)
                continue
            if min(r.confidence for r in rows) < confidence:
                continue
            undated = incomplete_event(self.rows, self.vocabulary, subject, confidence)
            if undated:
                skipped.extend((r.sid, undated) for r in rows)
                continue
            for row in rows:
                self._try(row.sid, accepted, skipped)
        for row in list(self.rows):
            if row.kind != "entity" and row.status == "suggested":
                if row.confidence >= confidence:
                    self._try(row.sid, accepted, skipped)
        return Decided(accepted, skipped)

    @in_turn
    def add_claim(
        self, subject: str, predicate: str, obj: str, evidence: str, note: str = ""
    ) -> Suggestion:
        """A row the suggester missed, written as an accepted claim."""
        row = new_suggestion(
            "claim",
            subject.strip(),
            predicate.strip(),
            obj.strip(),
            source=self.source,
            evidence=evidence,
            confidence=1.0,
            note=note.strip(),
            reason=ADDED_BY_REVIEWER,
            sentence=sentence_of(self.text, evidence),
        )
        return self._add([row])[0]

    @in_turn
    def add_entity(
        self, entity: str, type_: str, label: str, aliases: Iterable[str] = (), evidence: str = ""
    ) -> list[Suggestion]:
        """A new register entry the suggester missed (``evidence``: where the text names it,
        by default its label)."""
        entity, label = entity.strip(), label.strip()
        if not SLUG.match(entity):
            raise ReviewError(f"id {entity!r} is not a slug (lowercase words joined by '-')")
        if not evidence and label not in self.text:
            raise ReviewError(f"the label {label!r} is not in the text: give the evidence")
        evidence = evidence or label
        facts = [("type", type_.strip()), ("label", label)]
        facts += [("alias", a.strip()) for a in aliases if a.strip()]
        rows = [
            new_suggestion(
                "entity",
                entity,
                predicate,
                value,
                source=self.source,
                evidence=value if predicate == "alias" else evidence,
                confidence=1.0,
                reason=ADDED_BY_REVIEWER,
                sentence=sentence_of(self.text, evidence),
            )
            for predicate, value in facts
        ]
        return self._add(rows)

    # --- the work ------------------------------------------------------------------------

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """The ontology's classes and predicates (read at the first decision that needs them)."""
        return load_vocabulary(self.ontology_dir or default_ontology_dir())

    def known_ids(self) -> set[str]:
        """Every id a claim may name: the register's, and the entities proposed here."""
        known = set(self.register) | added_ids(self.entities_path)
        return known | {r.subject for r in self.rows if r.kind == "entity"}

    def _add(self, rows: list[Suggestion]) -> list[Suggestion]:
        for row in rows:
            check_fields(row)
            check_evidence(self.text, self.source, row.evidence)
        known = {r.sid for r in self.rows}
        self.rows.extend(row for row in rows if row.sid not in known)
        return [self.accept(row.sid) for row in rows]

    def _try(self, sid: str, accepted: list[str], skipped: list[tuple[str, str]]) -> None:
        try:
            self.accept(sid)
        except ReviewError as exc:
            skipped.append((sid, str(exc)))
        else:
            accepted.append(sid)

    def _edited(self, row: Suggestion, edits: Mapping[str, str]) -> Suggestion:
        allowed = EDITABLE[row.kind]
        changes: dict[str, Any] = {}
        for name, value in edits.items():
            if name not in allowed:
                raise ReviewError(f"{row.sid}: the {name} of a {row.kind} row cannot be edited")
            changes[name] = value if name == "evidence" else value.strip()
        row = replace(row, **changes)
        check_fields(row)
        check_evidence(self.text, self.source, row.evidence)
        return row

    def _set(self, row: Suggestion, status: str) -> Suggestion:
        decided = with_status(row, status)
        self.rows = [decided if r.sid == row.sid else r for r in self.rows]
        write_suggestions(
            self.path,
            self.rows,
            comment=f"Suggestions for {self.source}: kg suggest proposes, kg review decides.",
        )
        return decided

    def _target(self, row: Suggestion) -> Path:
        return self.claims_path if row.kind == "claim" else self.entities_path

    def waits_for_acceptance(self, entity: str) -> bool:
        """Whether ``entity`` is a new entity proposed here that the register does not
        have yet (its type not accepted, and not taken as a register entry): a claim
        naming it would fail the build."""
        rows = self.group(entity)
        if not rows or entity in self.register or self.duplicate_of(entity) is not None:
            return False  # a register entry, or one a duplicate question decides
        return not any(r.predicate == "type" and r.status == "accepted" for r in rows)

    def _resolve(self, entity: str) -> str:
        """The id a claim names for ``entity``: the register entry it was taken as."""
        duplicate = self.duplicate_of(entity)
        if duplicate is None:
            return entity
        status, existing = duplicate
        if status == "suggested":
            raise ReviewError(
                f"{entity!r} may be the register's {existing!r}: decide that first "
                f"(accept or reject the possibleDuplicateOf suggestion)"
            )
        return existing

    def _claim_values(self, row: Suggestion) -> dict[str, str]:
        return {
            "subject": self._resolve(row.subject),
            "predicate": row.predicate,
            "object": self._resolve(row.object),
            "source": self.source,
            "evidence": row.evidence,
            "note": row.note,
        }

    def _write_claim(self, row: Suggestion) -> None:
        append_claim(self.claims_path, self.source, self._claim_values(row))

    def _accept_entity(self, row: Suggestion) -> None:
        if row.predicate == "possibleDuplicateOf":
            written = [r for r in self.group(row.subject) if r.status == "accepted"]
            if written:
                raise ReviewError(
                    f"{row.subject!r} was accepted as a new entity already; "
                    f"remove it from {self.entities_path} by hand first"
                )
            for other in self.group(row.subject):
                if other.sid != row.sid and other.status == "suggested":
                    self._set(other, "rejected")
            return
        if row.subject in self.register:
            raise ReviewError(
                f"{row.subject!r} is in the register already ({self.register[row.subject]})"
            )
        duplicate = self.duplicate_of(row.subject)
        if duplicate is not None and duplicate[0] == "accepted":
            raise ReviewError(f"{row.subject!r} was taken as the register's {duplicate[1]!r}")
        for other in self.group(row.subject):
            if other.predicate == "possibleDuplicateOf" and other.status == "suggested":
                self._set(other, "rejected")  # a new entity after all
        facts = [r for r in self.group(row.subject) if r.status == "accepted" and r.sid != row.sid]
        facts.append(row)
        self._write_entity(row.subject, facts)

    def _write_entity(self, entity: str, facts: list[Suggestion]) -> None:
        types = [r.object for r in facts if r.predicate == "type"]
        labels = [r.object for r in facts if r.predicate == "label"]
        if not types or not labels:
            return  # the register row is written once it has a type and a label
        aliases = list(dict.fromkeys(r.object for r in facts if r.predicate == "alias"))
        values = {
            "id": entity,
            "type": types[-1],
            "label": labels[-1],
            "aliases": " | ".join(a for a in aliases if a != labels[-1]),
            "note": "accepted in kg review",
        }
        upsert_entity(self.entities_path, self.source, values)


__all__ = ["ADDED_BY_REVIEWER", "Decided", "Review", "ReviewError"]
