"""What the suggester knows before it reads a report: the register, the other reports' claims.

Read with the build's own readers (:func:`kg.build.annotations.load_annotations`)
and the ontology's class hierarchy (:func:`kg.build.ontology.load_vocabulary`),
so that a class is an event, a place or an actor exactly as the build says. A source
reviewed already is read against the register as ``kg suggest`` first saw it
(:func:`register_before_review`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.build.annotations import ClaimRecord, EntityRecord, SourceRecord, load_annotations
from kg.errors import KgError, Problem
from kg.suggest.rows import Suggestion
from kg.vocabulary import normalise

if TYPE_CHECKING:
    from kg.suggest.mentions import Mention

ACTOR_ROLES = (
    "hasParticipant",
    "hasInitiator",
    "hasTarget",
    "hasRecipient",
    "hasHost",
    "hasVisitor",
    "hasLeader",
)


class SuggestSourceError(KgError):
    """The source asked for is not in sources.tsv, or its text cannot be read (exit 2)."""

    exit_code = 2


@dataclass
class Register:
    """The register's entities, their classes' ancestors and every claim made so far."""

    entities: dict[str, EntityRecord]
    ancestors: dict[str, frozenset[str]]
    claims: list[ClaimRecord] = field(default_factory=list)
    sources: dict[str, SourceRecord] = field(default_factory=dict)
    _governments: dict[str, str] | None = field(default=None, repr=False)
    _names_of: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, init=False)
    proposed: dict[str, str] = field(default_factory=dict)
    """New entities proposed for the report being read (id -> class), set per report."""
    excluded: dict[str, list[str]] = field(default_factory=dict)
    """Each source's texts that ``coverage-exclusions/`` lists (page furniture, no story)."""

    def is_a(self, entity_or_class: str, expected: str) -> bool:
        """Whether an entity (by id) or a class (by local name) is a kind of ``expected``."""
        record = self.entities.get(entity_or_class)
        cls = record.type if record else self.proposed.get(entity_or_class, entity_or_class)
        return expected in self.ancestors.get(cls, frozenset({cls}))

    def names_of(self, cls: str) -> frozenset[str]:
        """The normalised labels and aliases of the register's entities of ``cls`` (read
        once per class)."""
        if cls not in self._names_of:
            self._names_of[cls] = frozenset(
                normalise(n)
                for e in self.entities.values()
                if self.is_a(e.id, cls)
                for n in (e.label, *e.aliases)
            )
        return self._names_of[cls]

    def is_event(self, entity: str) -> bool:
        return self.is_a(entity, "Event")

    def acting_as(self, mention: Mention) -> Mention:
        """The mention of the government an armed group stands for in diplomacy, where the
        register has one named "<group> government" or "<group>-led government"."""
        if not self.is_a(mention.entity, "ArmedGroup"):
            return mention
        if self._governments is None:
            self._governments = {}
            for record in self.entities.values():
                if self.is_a(record.id, "Government") or self.is_a(record.id, "DeFactoAuthority"):
                    for name in (record.label, *record.aliases):
                        form = normalise(name)
                        for suffix in (" government", " led government"):
                            if form.endswith(suffix):
                                self._governments.setdefault(form[: -len(suffix)], record.id)
        group = self.entities.get(mention.entity)
        if group is None:
            return mention
        for name in (group.label, *group.aliases):
            government = self._governments.get(normalise(name))
            if government:
                return replace(mention, entity=government)
        return mention

    def facts(self) -> dict[str, dict[str, list[ClaimRecord]]]:
        """The claims by subject and predicate."""
        found: dict[str, dict[str, list[ClaimRecord]]] = defaultdict(lambda: defaultdict(list))
        for claim in self.claims:
            found[claim.subject][claim.predicate].append(claim)
        return found

    def without(self, source: str, extra_ids: set[str], keep_alias: set[str]) -> Register:
        """This register as it was before ``source`` was annotated (for the benchmark):
        its claims, the ids in ``extra_ids`` and the aliases not in ``keep_alias`` gone."""
        entities = {
            key: _with_aliases(record, keep_alias)
            for key, record in self.entities.items()
            if key not in extra_ids
        }
        claims = [c for c in self.claims if c.source != source]
        sources = {k: v for k, v in self.sources.items()}
        return Register(entities, self.ancestors, claims, sources)


def _with_aliases(record: EntityRecord, keep: set[str]) -> EntityRecord:
    return replace(record, aliases=tuple(a for a in record.aliases if a in keep))


def load_register(data_dir: Path, ontology_dir: Path) -> Register:
    """The register of ``data_dir`` and the class hierarchy of ``ontology_dir``.

    Raises:
        KgError: when the annotations cannot be read (the first problem).
    """
    from kg.build.ontology import load_vocabulary

    problems: list[Problem] = []
    annotations = load_annotations(data_dir, problems)
    roots = [p for p in problems if p.root_cause]
    if roots:
        raise KgError(str(roots[0]))
    vocabulary = load_vocabulary(ontology_dir)
    ancestors = {
        name: frozenset(_local(a) for a in vocabulary.class_closure(iri))
        for name, iri in vocabulary.classes.items()
    }
    excluded: dict[str, list[str]] = defaultdict(list)
    for exclusion in annotations.exclusions:
        excluded[exclusion.source].append(exclusion.text)
    return Register(
        {e.id: e for e in annotations.entities},
        ancestors,
        list(annotations.claims),
        {s.id: s for s in annotations.sources},
        excluded=dict(excluded),
    )


def source_id(register: Register, source: str, sources_file: Path | None = None) -> str:
    """The full id of a source given by id, number or unique beginning; the error names
    ``sources_file`` where it is given."""
    if source in register.sources:
        return source
    from kg.vocabulary import source_vocabulary

    try:
        return source_vocabulary(register.sources).resolve(source)
    except KgError as exc:
        raise SuggestSourceError(f"SOURCE: {exc} (see {sources_file or 'sources.tsv'})") from None


def register_before_review(
    register: Register, source: str, decided: Iterable[Suggestion]
) -> Register:
    """The register as ``kg suggest`` first saw ``source``: without the entities that its
    review accepted into ``added-<source>.tsv``, nor the claims naming them. Proposed
    again under the same ids, they keep the decisions taken on them (a second run does
    not mint ``meeting-...-2`` beside the meeting accepted from the first)."""
    accepted = {
        r.subject
        for r in decided
        if r.kind == "entity" and r.status == "accepted" and r.predicate != "possibleDuplicateOf"
    }
    own = {
        entity
        for entity in accepted
        if entity in register.entities
        and register.entities[entity].location.path.name == f"added-{source}.tsv"
    }
    if not own:
        return register
    return replace(
        register,
        entities={k: v for k, v in register.entities.items() if k not in own},
        claims=[c for c in register.claims if c.subject not in own and c.object not in own],
    )


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
