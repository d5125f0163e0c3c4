"""The one reader of the ontology's terms: classes, their hierarchy and labels, predicate labels.

The projection orders a node's classes by it (most specific first), the
lookups' ``--types`` and the views' ``--types`` match a class with its
subclasses through it, and the views label classes and find the actor roles
(the sub-properties of ``sem:hasActor``) with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.graph.queries import Runner

_CLASSES = """
SELECT ?class ?label ?super WHERE {
  GRAPH kgg:ontology {
    ?class a owl:Class ; skos:prefLabel ?label .
    OPTIONAL { ?class rdfs:subClassOf+ ?super . FILTER (STRSTARTS(STR(?super), STR(kg:))) }
  }
  FILTER (STRSTARTS(STR(?class), STR(kg:)))
}
"""
_PREDICATE_LABELS = """
SELECT ?p ?label WHERE { GRAPH kgg:ontology { ?p a ?kind ; skos:prefLabel ?label .
  FILTER (?kind IN (owl:ObjectProperty, owl:DatatypeProperty)) } }
"""
_ATTRIBUTION_NAMES = """
SELECT ?term ?name WHERE { GRAPH kgg:ontology {
  { ?term kg:factBankCode ?name } UNION { ?term kg:modeName ?name } } }
"""
_ACTOR_ROLES = """
SELECT DISTINCT ?p WHERE { GRAPH kgg:ontology { ?p rdfs:subPropertyOf+ sem:hasActor } }
"""


@dataclass(frozen=True)
class ClassInfo:
    """A class of the ontology: its preferred label and its superclasses (itself included)."""

    iri: str
    label: str
    ancestors: frozenset[str] = field(default_factory=frozenset)

    @property
    def name(self) -> str:
        """The local name (``ThirdLocationMeeting``)."""
        return self.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class Terms:
    """Class labels and ancestors (superclasses, not the class itself), predicate labels."""

    class_labels: dict[str, str]
    ancestors: dict[str, set[str]]
    predicate_labels: dict[str, str]
    attribution_names: dict[str, str] = field(default_factory=dict)
    """Each factuality value's FactBank code (``CT+``) and each mode's name (``asserted``),
    by IRI: a claim's terms are fetched as IRIs and named here, which keeps two
    joins per claim out of every claims query."""

    def ordered_types(self, types: Iterable[str]) -> list[str]:
        """The ``kg:`` classes, most specific first (ties in IRI order)."""
        found = set(types)
        return sorted(found, key=lambda t: (-len(self.ancestors.get(t, set()) & found), t))

    def classes(self) -> dict[str, ClassInfo]:
        """Every labelled class with its superclasses and itself, in IRI order."""
        return {
            iri: ClassInfo(iri, label, frozenset(self.ancestors.get(iri, set()) | {iri}))
            for iri, label in sorted(self.class_labels.items())
        }


def read_terms(run: Runner) -> Terms:
    """The classes, their hierarchy, the predicate labels and the names of the factuality
    values and modes, in three queries."""
    labels: dict[str, str] = {}
    ancestors: dict[str, set[str]] = defaultdict(set)
    for row in run(_CLASSES):
        labels[str(row["class"])] = str(row["label"])
        if row["super"] is not None:
            ancestors[str(row["class"])].add(str(row["super"]))
    predicates = {str(r["p"]): str(r["label"]) for r in run(_PREDICATE_LABELS)}
    names = {str(r["term"]): str(r["name"]) for r in run(_ATTRIBUTION_NAMES)}
    return Terms(labels, dict(ancestors), predicates, names)


def read_actor_roles(run: Runner) -> frozenset[str]:
    """The sub-properties of ``sem:hasActor``: the roles that make their object an actor."""
    return frozenset(str(row["p"]) for row in run(_ACTOR_ROLES))
