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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from kg.build.annotations import SLUG
from kg.review.checks import (
    check_evidence,
    check_typed,
    sentence_of,
    short_of_shapes,
    waiting_message,
)
from kg.review.edits import EDITABLE, ReviewError, check_fields
from kg.review.source import ReviewedSource
from kg.review.undo import naming, remove_claim, remove_entity
from kg.suggest.rows import Suggestion, in_turn, new_suggestion

ADDED_BY_REVIEWER = "added by the reviewer"


@dataclass(frozen=True)
class Decided:
    """What :meth:`Review.accept_above` did: the rows accepted and those left, with why."""

    accepted: list[str]
    skipped: list[tuple[str, str]]


class Review(ReviewedSource):
    """One source's suggestions and the decisions taken on them (the files they go to:
    :class:`kg.review.source.ReviewedSource`)."""

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
    def reject_entity(self, subject: str) -> list[Suggestion]:
        """Reject one new entity: its pending rows, and every pending row naming it (none
        of which could be accepted without it). Refused once any of its rows is accepted."""
        if not any(r.predicate == "type" for r in self.group(subject)):
            raise ReviewError(f"{subject!r} is not a new entity proposed here")
        if any(r.status == "accepted" for r in self.group(subject)):
            raise ReviewError(f"{subject!r} is accepted: undo its rows first")
        rows = [
            r for r in self.rows if r.status == "suggested" and subject in (r.subject, r.object)
        ]
        if not rows:
            raise ReviewError(f"no pending rows for the entity {subject!r}")
        return [self.reject(row.sid) for row in rows]

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
        """Take back a decision: an accepted row's line leaves the claims or register file
        (a new entity's type or label only when no claim names it), and the row, accepted
        or rejected, is pending again."""
        row = self.find(sid)
        if row.status == "rejected":
            return self._set(row, "suggested")
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
            short = short_of_shapes(
                self.rows, self.vocabulary, self.requirements, subject, confidence
            )
            if short:  # an event's date, a meeting's second actor below the confidence
                skipped.extend((r.sid, short) for r in rows)
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


__all__ = ["ADDED_BY_REVIEWER", "Decided", "Review", "ReviewError"]
