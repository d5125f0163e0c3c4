"""The edges of ``kg neighbours --json`` and ``kg path --json``: each event and claim once.

A two-hop neighbourhood at a million triples has thousands of hops through a few
hundred events, and each event's role claims lie on many hops; written into every
edge, the same event, claims and evidence spans made a document of 50 to 80 MB.
So the document lists each event once (``events``, by IRI) and each claim once
(``claims``, with its spans), and an edge refers to them: ``event`` is the event's
IRI, ``claims`` indexes into ``claims``, and ``sources`` gives each span as
``[claim, span]``, its claim's index in ``claims`` and its index in that claim's
``sources`` (docs/cli.md has the schema).

:class:`EdgeWriter` writes the edges and the two tables of one document (both
lookups' documents use it); :func:`resolved_edge` gives an edge back with its
references replaced by what they name, as ``kg why -`` reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.lookup.common import claim_json, event_json

if TYPE_CHECKING:
    from kg.graph.model import Claim, Node
    from kg.lookup.walk import Hop


class EdgeWriter:
    """The edges of one document, and the events and claims they refer to.

    ``names`` holds the node of every end and event of the hops written. Call
    :meth:`edge` for each hop, then put :meth:`tables` into the document beside the
    edges.
    """

    def __init__(self, names: dict[str, Node]) -> None:
        self.names = names
        self.events: dict[str, dict[str, Any]] = {}
        self.claims: list[dict[str, Any]] = []
        self._index: dict[tuple[str, str, str], int] = {}
        """Each claim's index in :attr:`claims`, by subject, predicate and object."""
        self._written: dict[int, _Written] = {}
        """Each claim object seen, by ``id`` (each keeps its claim alive)."""

    def tables(self) -> dict[str, Any]:
        """``{"events": {iri: event}, "claims": [claim]}``: what the edges refer to."""
        return {"events": self.events, "claims": self.claims}

    def edge(self, hop: Hop) -> dict[str, Any]:
        """An edge of ``neighbours`` and ``path`` output, its parts references (see
        docs/cli.md)."""
        claims = hop.claims
        claim = claims[-1]
        event = hop.event
        written = self._written
        if event is None:
            one = written.get(id(claim)) or self._claim(claim)
            return {
                "source": claim.subject,
                "target": claim.object,
                "predicate": claim.predicate,
                "label": claim.label,
                "event": None,
                "relation": hop.relation(),
                "disputed": hop.disputed,
                "source_ids": hop.source_ids(),
                "sources": one.spans,  # every span of its claim, which makes the hop
                "legs": [{"node": hop.end, "claim": 0, "sources": one.source_ids}],
                "claims": [one.index],
            }
        if event not in self.events:
            self.events[event] = event_json(self.names[event])
        first = claims[0]
        start = written.get(id(first)) or self._claim(first)
        end = written.get(id(claim)) or self._claim(claim)
        ids = hop.source_ids()
        return {
            "source": hop.start,
            "target": hop.end,
            "predicate": claim.predicate,
            "label": claim.label,
            "event": event,
            "source_predicate": first.predicate,
            "source_label": first.label,
            "relation": hop.relation(),
            "disputed": hop.disputed,
            "source_ids": ids,
            "sources": start.spans_of(ids) + end.spans_of(ids),
            "legs": [  # as hop.legs() gives them: the start's claim, then the end's
                {"node": hop.start, "claim": 0, "sources": start.source_ids},
                {"node": hop.end, "claim": 1, "sources": end.source_ids},
            ],
            "claims": [start.index, end.index],
        }

    def _claim(self, claim: Claim) -> _Written:
        """Where ``claim``, seen for the first time, is in :attr:`claims` (written there
        unless it was as another object)."""
        key = claim.key()
        index = self._index.get(key)
        if index is None:  # the claim's first sight
            index = self._index[key] = len(self.claims)
            self.claims.append(claim_json(claim, self.names))
            numbers = None  # its spans are in the order of claim.sources
        else:  # the same claim as another object (read from its other end's line)
            sources = self.claims[index]["sources"]
            known = {_span_key(span): number for number, span in enumerate(sources)}
            numbers = {}  # each span's index in the claim's sources, by id
            for span in claim.sources:
                number = known.get(_span_key(span.as_json()))
                if number is None:  # a span the first object lacked: the claim has it too
                    number = len(sources)
                    sources.append(span.as_json())
                numbers[id(span)] = number
        found = self._written[id(claim)] = _Written(index, claim, numbers)
        return found


class _Written:
    """A claim written into a document: its index, and its spans as references."""

    __slots__ = ("claim", "index", "source_ids", "spans")

    def __init__(self, index: int, claim: Claim, numbers: dict[int, int] | None) -> None:
        """``numbers`` gives each span's index in the written claim's ``sources`` by
        ``id``; None when the claim was written from this object (the same order)."""
        self.index = index
        self.claim = claim
        self.source_ids = claim.source_ids()
        sources = claim.sources
        if numbers is None:
            if len(sources) == 1:  # the common case: no order to make
                self.spans = [[index, 0]]
                return
            numbers = {id(span): number for number, span in enumerate(sources)}
        # by source and position, as a hop orders its spans (claim.keyed_spans)
        self.spans = [[index, numbers[id(span)]] for _, span in claim.keyed_spans]

    def spans_of(self, ids: list[str]) -> list[list[int]]:
        """The references to the spans of the sources ``ids`` (all, when empty): a hop's
        spans of this claim."""
        if not ids or len(ids) == len(self.source_ids):  # ids are some of its sources
            return self.spans
        return [
            reference
            for reference, (_, span) in zip(self.spans, self.claim.keyed_spans, strict=True)
            if span.source in ids
        ]


def _span_key(span: dict[str, Any]) -> tuple[Any, ...]:
    return (span["id"], span["start"], span["end"], span["evidence"], span["claim"])


def resolved_edge(edge: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """``edge`` of ``document`` with its references replaced by what they name: ``event``
    an event object (or None), ``claims`` claim objects, ``sources`` span objects (the
    edge as one object, as docs/cli.md's schema had it before the tables).

    Raises:
        InputError: a reference that ``document`` does not have.
    """
    events = document.get("events")
    claims = document.get("claims")
    if not isinstance(events, dict) or not isinstance(claims, list):
        raise InputError("the document has no events and claims for its edges to refer to")
    try:
        event = edge["event"]
        return edge | {
            "event": None if event is None else events[event],
            "claims": [_at(claims, index) for index in edge["claims"]],
            "sources": [_at(_at(claims, c)["sources"], s) for c, s in edge["sources"]],
        }
    except (KeyError, IndexError, TypeError, ValueError):
        raise InputError(
            "an edge refers to an event, claim or span that the document does not have"
        ) from None


def _at(items: list[Any], index: Any) -> Any:
    if type(index) is not int or index < 0:  # not a bool, not counted from the end
        raise TypeError(index)
    return items[index]


__all__ = ["EdgeWriter", "resolved_edge"]
