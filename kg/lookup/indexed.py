"""The lookups straight from a store's link index: a node's line read for what is asked.

:class:`IndexBackend` answers the questions :class:`~kg.lookup.backend.LookupBackend`
asks about one node from that node's line of the link index
(:class:`~kg.graph.links.LinkIndex`), parsing only the part asked for: its
names (:meth:`IndexBackend.name`, all a walk needs of a node it only reaches),
its facts (:meth:`IndexBackend.node`) or its claims (:meth:`IndexBackend.links`).
Each claim is made once, whichever of its two ends' lines it is read from, and
no projected graph is built in between (:class:`~kg.lookup.backend.StoreBackend`
merges each part of the index into one, for the views that walk it). The
questions about the whole store (every name, the sources, the predicates, a
text in the evidence) are :class:`StoreBackend`'s. The answers are
:class:`StoreBackend`'s, node for node (``tests/test_lookup_index.py``); a
two-hop neighbourhood at a million triples reads a few thousand lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kg.graph.links import LinkIndex
from kg.graph.model import Claim, Conflict, Evidence, Name, Node, local_name
from kg.iris import KG

if TYPE_CHECKING:
    from kg.lookup.backend import LookupBackend, StoreBackend
    from kg.stores.base import GraphStore

_KG = str(KG)


class IndexBackend:
    """:class:`~kg.lookup.backend.LookupBackend` over a store with a link index."""

    def __init__(self, store: GraphStore, index: LinkIndex) -> None:
        self.store = store
        self.index = index
        self._whole: StoreBackend | None = None
        self._names: dict[str, Name | None] = {}
        self._nodes: dict[str, Node | None] = {}
        self._links: dict[str, list[Claim]] = {}
        self._claims: dict[tuple[str, str, str], Claim] = {}
        """Each claim read so far, by subject, predicate and object: one object for both
        of its ends' lines."""

    @classmethod
    def of(cls, store: GraphStore) -> IndexBackend | None:
        """The backend of ``store`` when it has a link index this kg reads, else None."""
        index = LinkIndex.of(getattr(store, "folder", None))
        return None if index is None else cls(store, index)

    @property
    def whole(self) -> StoreBackend:
        """The store-backed backend, for the questions about the whole store."""
        if self._whole is None:
            from kg.lookup.backend import StoreBackend

            self._whole = StoreBackend(self.store)
        return self._whole

    # -- one node ----------------------------------------------------------
    def name(self, iri: str) -> Name | None:
        try:
            return self._names[iri]
        except KeyError:
            pass
        found = None
        if iri in self.index:
            label, kind, types, _, is_event, aliases = self.index.names_of(iri)
            found = Name(
                iri=iri,
                label=label,
                aliases=tuple(aliases),
                types=tuple(local_name(t) for t in (types or [kind]) if t.startswith(_KG)),
                is_event=is_event,
            )
        self._names[iri] = found
        return found

    def node(self, iri: str) -> Node | None:
        try:
            return self._nodes[iri]
        except KeyError:
            pass
        name = self.name(iri)
        found = None
        if name is not None:
            type_label = self.index.names_of(iri)[3]
            facts, (earliest, latest, when) = self.index.facts_of(iri)
            found = Node(
                iri=iri,
                label=name.label,
                aliases=name.aliases,
                types=name.types,
                is_event=name.is_event,
                type_label=type_label,
                facts=tuple(
                    Claim(iri, p, label, value, False, _spans(spans), disputed, _conflicts(c))
                    for p, label, value, disputed, spans, c in facts
                ),
                when=tuple(when),
                earliest=earliest,
                latest=latest,
            )
        self._nodes[iri] = found
        return found

    def links(self, iri: str) -> Sequence[Claim]:
        """The claims from ``iri``, then those to it (a claim from it to itself once): those
        :meth:`StoreBackend.links <kg.lookup.backend.StoreBackend.links>` gives, in the
        line's order (by other end and predicate; the lookups order what they show)."""
        found = self._links.get(iri)
        if found is None:
            found = self._links[iri] = []
            if iri in self.index:
                out, into = self.index.claims_of(iri)
                found += [self._claim(iri, end, edge) for end, *edge in out if end in self.index]
                found += [
                    self._claim(end, iri, edge)
                    for end, *edge in into
                    if end != iri and end in self.index  # a consistent index has every end
                ]
        return found

    def _claim(self, subject: str, obj: str, edge: list[Any]) -> Claim:
        predicate, label, disputed, spans, conflicts = edge
        key = (subject, predicate, obj)
        claim = self._claims.get(key)
        if claim is None:
            claim = self._claims[key] = Claim(
                subject, predicate, label, obj, True, _spans(spans), disputed, _conflicts(conflicts)
            )
        return claim

    def names_with_form(self, form: str) -> list[str] | None:
        """The IRIs whose label or alias normalises to ``form`` (the store's label index)."""
        finder = getattr(self.store, "names_with_form", None)
        return None if finder is None else finder(form)

    # -- the whole store ---------------------------------------------------
    def names(self) -> Sequence[Name]:
        return self.whole.names()

    def claims_with_evidence(self, text: str) -> Sequence[Claim]:
        return self.whole.claims_with_evidence(text)

    def source_ids(self) -> Sequence[str]:
        return self.whole.source_ids()

    def predicates(self) -> Mapping[str, str]:
        return self.whole.predicates()


def store_backend(store: GraphStore) -> LookupBackend:
    """The lookups' backend of ``store``: :class:`IndexBackend` where it has a link index
    this kg reads, else :class:`~kg.lookup.backend.StoreBackend` (its SPARQL projection,
    imported only then)."""
    indexed = IndexBackend.of(store)
    if indexed is not None:
        return indexed
    from kg.lookup.backend import StoreBackend

    return StoreBackend(store)


def _spans(spans: list[list[Any]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(*span) for span in spans)


def _conflicts(conflicts: list[list[Any]]) -> tuple[Conflict, ...]:
    return tuple(Conflict(*c) for c in conflicts)


__all__ = ["IndexBackend", "store_backend"]
