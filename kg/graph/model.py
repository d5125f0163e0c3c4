"""The shared model: what the projection, the lookups, the views and the exports pass around.

One class per concept:

- :class:`Evidence`: one source's support for a claim (its verbatim span and offsets);
- :class:`Fact`: a literal-valued fact of a projected node (a date, a quantity,
  a description), as the projection stores it in a node's ``facts``;
- :class:`Name`: an entity or event of the register, as resolution and search see it;
- :class:`Conflict`: another claim that contradicts one of a claim's sources (a dispute);
- :class:`Claim`: one statement merged over the sources that make it;
- :class:`Node`: a :class:`Name` with its literal facts as claims and its dates.

:func:`name_from`, :func:`node_from` and :func:`edge_claim` read them from the
attributes of a projected graph (:func:`kg.graph.projection.project`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kg.iris import KG, KGR

if TYPE_CHECKING:
    import networkx as nx


T = TypeVar("T")


class once(Generic[T]):  # noqa: N801  (used as a decorator, as cached_property is)
    """:func:`functools.cached_property` without its lock (Python 3.11 takes one on every
    first read: a lookup reads tens of thousands): the value is computed on the first
    read and kept in the instance's ``__dict__``, where later reads find it first (a
    frozen dataclass included: its ``__setattr__`` is not used)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


@dataclass(frozen=True)
class Evidence:
    """One source's support for a claim: its verbatim evidence and character offsets.

    The offsets are set when the span was verified against the source text.
    ``claim`` is the IRI of the ``kg:Claim`` node the span supports (the
    smallest, where one source makes the same claim twice with the same
    words); it takes no part in comparing spans.
    """

    source: str
    evidence: str
    start: int | None = None
    end: int | None = None
    claim: str = field(default="", compare=False)
    voice: str = ""
    """The IRI of the actor the claim is attributed to; empty: the report's own voice."""
    voice_label: str = ""
    voice_evidence: str = ""
    """The span that attributes the claim to its voice ("the Pakistani military said")."""
    factuality: str = "CT+"
    """Its FactBank code: CT+ certainly so (the default), CT- certainly not, PR± probably,
    PS± possibly, Uu underspecified."""
    mode: str = "asserted"
    """asserted (the default), reported, denied, planned or considered."""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.source,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "claim": self.claim,
            "voice": self.voice or None,
            "voice_label": self.voice_label or None,
            "voice_evidence": self.voice_evidence or None,
            "factuality": self.factuality,
            "mode": self.mode,
        }

    def attribution(self) -> str:
        """Whose voice and how firmly, for a reader; empty for the default (the report's
        own voice, stated as certain).

        >>> Evidence("002", "killed four soldiers", voice="kgr:pakistani-military",
        ...     voice_label="Pakistani military", voice_evidence="The Pakistani military reported",
        ...     mode="reported").attribution()
        '— the Pakistani military reported (reported)'
        >>> Evidence("001", "is considering", mode="considered", factuality="PS+").attribution()
        'considered, not stated'
        """
        how = _MODE_TEXT.get(self.mode, self.mode)
        if self.factuality != _MODE_FACTUALITY.get(self.mode, "CT+"):
            how += f", {_FACTUALITY_TEXT.get(self.factuality, self.factuality)}"
        if not self.voice:
            return "" if how == _MODE_TEXT["asserted"] else how
        label = self.voice_label or self.voice
        words = self.voice_evidence
        if not words:
            return f"— {label} ({how})"
        if label.casefold() in words.casefold():  # "The Pakistani military reported"
            first, _, rest = words.partition(" ")
            if first in _ARTICLES:
                words = f"{first.lower()} {rest}"
            return f"— {words} ({how})"
        return f"— {label}: “{words}” ({how})"


_ARTICLES = frozenset({"The", "A", "An"})
_MODE_TEXT = {
    "asserted": "stated",
    "reported": "reported",
    "denied": "denied",
    "planned": "planned, not stated",
    "considered": "considered, not stated",
}
_MODE_FACTUALITY = {"denied": "CT-", "planned": "PR+", "considered": "PS+"}
_FACTUALITY_TEXT = {
    "CT+": "certain",
    "CT-": "certainly not",
    "PR+": "probable",
    "PR-": "probably not",
    "PS+": "possible",
    "PS-": "possibly not",
    "Uu": "underspecified",
}


@dataclass(frozen=True, order=True)
class Conflict:
    """Another claim that contradicts a claim (a ``kg:Dispute``): what it says, from which source.

    ``claim`` is the IRI of the contradicted claim (one source's), ``kind`` the
    local name of the ``kg:DisputeKind`` (``ValueConflict``, ``TitleConflict``,
    ``QuotationConflict``, ``SubEventTimeConflict``, ``FirstClaimConflict``,
    ``PlaceConflict``).
    """

    claim: str
    kind: str
    subject: str
    subject_label: str
    predicate: str
    label: str
    value: str
    source: str
    evidence: str

    def text(self, source: str | None = None) -> str:
        """``kind: subject label value (source: "evidence")``, as the lookups print it;
        ``source`` is the source as it is to be shown (a short id), the id by default.

        >>> Conflict("c", "ValueConflict", "#m", "Meeting", "#t", "has time", "2024-11-06",
        ...          "004_e0", "on Wednesday").text()
        'value conflict: Meeting has time 2024-11-06 (004_e0: "on Wednesday")'
        """
        kind = KIND_LABELS.get(self.kind, self.kind)
        said = f"{self.subject_label} {self.label} {self.value}"
        return f'{kind}: {said} ({source or self.source}: "{self.evidence}")'

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "claim": self.claim,
            "subject": self.subject,
            "subject_label": self.subject_label,
            "predicate": self.predicate,
            "label": self.label,
            "value": self.value,
            "source": self.source,
            "evidence": self.evidence,
        }


KIND_LABELS = {
    "ValueConflict": "value conflict",
    "TitleConflict": "title conflict",
    "QuotationConflict": "quotation conflict",
    "SubEventTimeConflict": "sub-event outside its parent",
    "FirstClaimConflict": "first contradicted by an earlier event",
    "PlaceConflict": "place conflict",
}
"""The dispute kinds as the lookups and views name them (the ontology's labels)."""


@dataclass
class Fact:
    """A literal-valued fact of a projected node (a date, a quantity, a description)."""

    predicate: str
    label: str
    value: str
    sources: list[Evidence] = field(default_factory=list)
    disputed: bool = False
    conflicts: list[Conflict] = field(default_factory=list)
    """What contradicts it, where it is disputed."""


@dataclass(frozen=True)
class Name:
    """An entity or event of the register, as resolution and search see it."""

    iri: str
    label: str
    aliases: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    """Local names of its classes in the project's ontology, most specific first."""
    is_event: bool = False

    @property
    def id(self) -> str:
        """The register id (the IRI's slug), or the IRI itself outside the register."""
        return self.iri[len(KGR) :] if self.iri.startswith(str(KGR)) else self.iri

    @property
    def kind(self) -> str:
        """The most specific class."""
        return self.types[0] if self.types else ""

    def describe(self) -> str:
        """``Label (id, Class)``, as errors and suggestions show a candidate."""
        return f"{self.label} ({self.id}, {self.kind})"


@dataclass(frozen=True)
class Claim:
    """One statement, merged over the sources that make it.

    ``object`` is an entity IRI when ``is_link``, otherwise the value as text
    (a date as written, "300 tonne", a quotation).
    """

    subject: str
    predicate: str
    label: str
    object: str
    is_link: bool
    sources: tuple[Evidence, ...]
    disputed: bool = False
    conflicts: tuple[Conflict, ...] = ()
    """The claims that contradict it (of any of its sources), where it is disputed."""

    def other(self, iri: str) -> str:
        """The end of a link that is not ``iri``."""
        return self.object if self.subject == iri else self.subject

    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)

    def source_ids(self) -> list[str]:
        return list(self._source_ids)

    @once
    def _source_ids(self) -> tuple[str, ...]:
        return tuple(sorted(self.source_set))

    @once
    def keyed_spans(self) -> list[tuple[tuple[Any, ...], Evidence]]:
        """The spans, each with the key the lookups order a hop's spans by (source,
        start, evidence, claim), in that order."""
        keyed = [((s.source, s.start or 0, s.evidence, s.claim), s) for s in self.sources]
        keyed.sort(key=_first)
        return keyed

    @once
    def source_set(self) -> frozenset[str]:
        """The ids of the sources that make the claim."""
        return frozenset([span.source for span in self.sources])

    def with_sources(self, sources: tuple[Evidence, ...]) -> Claim:
        """The same claim with other evidence."""
        return Claim(
            self.subject,
            self.predicate,
            self.label,
            self.object,
            self.is_link,
            sources,
            self.disputed,
            tuple(c for c in self.conflicts if c.claim in {s.claim for s in sources}),
        )

    def restricted(self, source: str | None) -> Claim | None:
        """The claim as one source makes it, or None when that source does not."""
        if source is None:
            return self
        spans = tuple(span for span in self.sources if span.source == source)
        return self.with_sources(spans) if spans else None


_first = itemgetter(0)


@dataclass(frozen=True)
class Node(Name):
    """A node with what the sources say about it in literals."""

    type_label: str = ""
    facts: tuple[Claim, ...] = ()
    """Literal-valued claims: dates, quantities, descriptions."""
    when: tuple[str, ...] = ()
    """The dates as the sources give them (``2025-01``, ``2024-11-04..2024-11-05``)."""
    earliest: str = ""
    latest: str = ""


def local_name(iri: str) -> str:
    """The part after ``#`` or the last ``/``.

    >>> local_name("https://w3id.org/kgdiplo/ontology#Person")
    'Person'
    """
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def name_from(graph: nx.MultiDiGraph, iri: str) -> Name:
    """The :class:`Name` of a projected node (its facts need not have been fetched)."""
    data = graph.nodes[iri]
    types = data.get("types") or [data["type"]]
    return Name(
        iri=iri,
        label=data["label"],
        aliases=tuple(data["aliases"]),
        types=tuple(local_name(t) for t in types if t.startswith(str(KG))),
        is_event=data["is_event"],
    )


def node_from(graph: nx.MultiDiGraph, iri: str) -> Node:
    """The :class:`Node` of a projected node, its literal facts as claims."""
    data = graph.nodes[iri]
    facts = tuple(
        Claim(
            iri,
            fact.predicate,
            fact.label,
            fact.value,
            False,
            tuple(fact.sources),
            fact.disputed,
            tuple(fact.conflicts),
        )
        for fact in data["facts"]
    )
    name = name_from(graph, iri)
    return Node(
        iri=iri,
        label=name.label,
        aliases=name.aliases,
        types=name.types,
        is_event=name.is_event,
        type_label=data["type_label"],
        facts=facts,
        when=tuple(data["when"]),
        earliest=data["earliest"],
        latest=data["latest"],
    )


def edge_claim(subject: str, obj: str, data: Mapping[str, Any]) -> Claim:
    """The :class:`Claim` of a projected edge."""
    return Claim(
        subject,
        data["predicate"],
        data["label"],
        obj,
        True,
        tuple(data["sources"]),
        data["disputed"],
        tuple(data.get("conflicts", ())),
    )


__all__ = [
    "Claim",
    "Conflict",
    "Evidence",
    "Fact",
    "Name",
    "Node",
    "edge_claim",
    "local_name",
    "name_from",
    "node_from",
]
