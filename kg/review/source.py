"""One reviewed source: its suggestions, its text, and the claims and register rows its
accepted suggestions become (a claim naming the ids its entities were taken as, a new
entity's register row once it has a type and a label)."""

from __future__ import annotations

import functools
from pathlib import Path

from kg.build.ontology import Vocabulary, load_vocabulary
from kg.build.shacl import RequiredCount
from kg.build.tsv import InputFileError, read_text
from kg.errors import KgError
from kg.resources import default_ontology_dir
from kg.review.checks import added_ids, requirements, source_id_of
from kg.review.edits import ReviewError
from kg.suggest.rows import (
    Suggestion,
    read_suggestions,
    suggestions_path,
    with_status,
    write_suggestions,
)
from kg.suggest.targets import append_claim, register_ids, upsert_entity


class ReviewedSource:
    """One source's suggestions, its text and the files its accepted rows go to."""

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

    # --- writing into the data ----------------------------------------------------------

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """The ontology's classes and predicates (read at the first decision that needs them)."""
        return load_vocabulary(self.ontology_dir or default_ontology_dir())

    @functools.cached_property
    def requirements(self) -> list[RequiredCount]:
        """What the build's shapes require of a node of each class (an event's time)."""
        return requirements(self.ontology_dir or default_ontology_dir())

    def known_ids(self) -> set[str]:
        """Every id a claim may name: the register's, and the entities proposed here."""
        known = set(self.register) | added_ids(self.entities_path)
        return known | {r.subject for r in self.rows if r.kind == "entity"}

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


__all__ = ["ReviewedSource"]
