"""The one breadth-first walker, and the hops the lookups walk.

:func:`breadth_first` walks any graph a level at a time, given the steps
leaving a node; the lookups (``neighbours``, ``path``), the views' ego
networks and the store-backed neighbourhood of a view all walk with it.

Hops run over IRI-to-IRI claims only, in both directions. With ``via_events``
(the default) an event is one hop between any two of its members (the
non-event nodes it has a claim with: participants in every role, places,
topics, commodities), so "who did Vikram Misri meet?" is depth 1; event nodes
then appear only as the entity asked about or an end of a path. With
``via_events=False`` events are ordinary nodes and every claim is one hop.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Generic, TypeVar

from kg.graph.model import Claim, Evidence, Name, once

if TYPE_CHECKING:
    from kg.lookup.backend import LookupBackend

E = TypeVar("E")


@dataclass
class Levels(Generic[E]):
    """What a breadth-first walk reached.

    ``steps`` are the steps that lead one level further out, ``(start, end,
    step)`` with ``depths[end] == depths[start] + 1``, in the order they were
    found (a node reached several ways has a step for each); ``last`` are the
    nodes first reached at the last level walked.
    """

    depths: dict[str, int]
    steps: list[tuple[str, str, E]] = field(default_factory=list)
    last: list[str] = field(default_factory=list)


def breadth_first(
    starts: Iterable[str],
    leaving: Callable[[str], Iterable[tuple[str, E]]],
    depth: int,
    *,
    prefetch: Callable[[list[str]], None] | None = None,
    until: Callable[[dict[str, int]], bool] | None = None,
) -> Levels[E]:
    """Walk ``depth`` levels out from ``starts``, a level at a time.

    ``leaving(node)`` gives the ``(other end, step)`` pairs that leave a node;
    ``prefetch(level)``, when given, is called with each level before it is
    walked (a store-backed graph fetches a whole level in a few queries);
    ``until(depths)`` stops the walk after a level.

    >>> edges = {"a": ["b", "c"], "b": ["c", "d"], "c": ["d"], "d": []}
    >>> walk = breadth_first(["a"], lambda n: [(m, n + m) for m in edges[n]], 2)
    >>> walk.depths, [s for _, _, s in walk.steps], walk.last
    ({'a': 0, 'b': 1, 'c': 1, 'd': 2}, ['ab', 'ac', 'bd', 'cd'], ['d'])
    """
    frontier = list(dict.fromkeys(starts))
    result: Levels[E] = Levels({node: 0 for node in frontier}, [], frontier)
    for level in range(1, depth + 1):
        if prefetch is not None:
            prefetch(frontier)
        following = []
        for node in frontier:
            for end, step in leaving(node):
                if end not in result.depths:
                    result.depths[end] = level
                    following.append(end)
                if result.depths[end] == level:  # outward only
                    result.steps.append((node, end, step))
        frontier = result.last = following
        if not following or (until is not None and until(result.depths)):
            break
    return result


def role(claim: Claim, member: str) -> str:
    """A member's role in an event as its claim names it: ``participant``, ``place``.

    A ``has ...`` predicate names the role of its object; any other keeps its
    label and direction: ``← sub-event of`` (the member is the object),
    ``has concern →`` (the member is the subject).
    """
    if claim.object == member:
        if claim.label.startswith("has "):
            return claim.label.removeprefix("has ")
        return f"← {claim.label}"
    return f"{claim.label} →"


@dataclass(frozen=True)
class Hop:
    """One step between two nodes: a claim, or two claims through an event.

    ``claims`` is ``(claim,)`` for a direct relation and ``(start's role, end's role)``
    for a hop through ``event``.
    """

    start: str
    end: str
    claims: tuple[Claim, ...]
    event: str | None = None

    @property
    def claim(self) -> Claim:
        """The claim that reaches ``end``."""
        return self.claims[-1]

    @once
    def sources(self) -> tuple[Evidence, ...]:
        """The spans of the hop's claims from the sources of :meth:`source_ids` (every span
        when no source makes the whole hop); ``span.claim`` names the claim of each."""
        if len(self.claims) == 1:  # every span of its claim, which makes the hop
            return tuple(span for _, span in self.claims[0].keyed_spans)
        ids = self._source_ids
        keyed = [
            pair
            for claim in self.claims
            for pair in claim.keyed_spans
            if not ids or pair[1].source in ids
        ]
        keyed.sort(key=itemgetter(0))
        if any(keyed[i][0] == keyed[i - 1][0] for i in range(1, len(keyed))):
            # the same key twice: a span may be there twice (equal spans have equal keys)
            spans = {(span, span.claim): (key, span) for key, span in keyed}
            keyed = sorted(spans.values(), key=itemgetter(0))
        # one span quoted for both legs is shown for each claim (its key names the claim)
        return tuple(span for _, span in keyed)

    def source_ids(self) -> list[str]:
        """The sources that make every claim of the hop (a new list each call).

        Through an event, the reports that say both ends take part in it, not
        those that name only one of them; empty when no report names both (the
        event is one in the graph, its two legs from different reports: see
        :meth:`legs`).
        """
        return list(self._source_ids)

    @once
    def _source_ids(self) -> tuple[str, ...]:
        if not self.claims:
            return ()
        ids = self.claims[0].source_set
        for claim in self.claims[1:]:
            if claim.source_set != ids:  # the legs of a hop are mostly from one report
                ids = ids & claim.source_set
        return tuple(sorted(ids))

    def legs(self) -> list[tuple[str, list[str]]]:
        """Each claim's node on the hop (``start``, or ``end`` through an event) with its
        sources: which report says which leg."""
        ends = [self.start, self.end] if self.event is not None else [self.end]
        return [(end, claim.source_ids()) for end, claim in zip(ends, self.claims, strict=False)]

    @property
    def disputed(self) -> bool:
        for claim in self.claims:  # a loop: no generator made for each of 18,000 hops
            if claim.disputed:
                return True
        return False

    def key(self) -> Hashable:
        """The same for the hop walked either way."""
        return (
            frozenset((self.start, self.end)),
            self.event,
            frozenset(c.key() for c in self.claims),
        )

    def relation(self) -> str:
        """``holds position →``, ``← represents``, or the two roles through an event."""
        return self._relation

    @once
    def _relation(self) -> str:
        if self.event is None:
            if self.claim.subject == self.start:
                return f"{self.claim.label} →"
            return f"← {self.claim.label}"
        return f"{role(self.claims[0], self.start)} / {role(self.claims[1], self.end)}"


class Walker:
    """Hops from a node, per mode, over the claims of one source or of all."""

    def __init__(self, backend: LookupBackend, *, via_events: bool, source: str | None) -> None:
        self.backend = backend
        self.via_events = via_events
        self.source = source
        self._links: dict[str, list[Claim]] = {}
        self._events: dict[str, bool] = {}

    def name(self, iri: str) -> Name | None:
        return self.backend.name(iri)

    def is_event(self, iri: str) -> bool:
        known = self._events.get(iri)
        if known is None:
            name = self.backend.name(iri)
            known = self._events[iri] = name is not None and name.is_event
        return known

    def prefetch(self, iris: Iterable[str]) -> None:
        """Let a store-backed backend fetch a whole level (and, via events, its events) at once."""
        fetch = getattr(self.backend, "prefetch", None)
        if fetch is None:
            return
        level = list(iris)
        fetch(level)
        if self.via_events:
            fetch({c.other(i) for i in level for c in self.links(i) if self.is_event(c.other(i))})

    def links(self, iri: str) -> list[Claim]:
        if iri not in self._links:
            restricted = (c.restricted(self.source) for c in self.backend.links(iri))
            self._links[iri] = [
                c for c in restricted if c is not None and c.subject != c.object and c.is_link
            ]
        return self._links[iri]

    def hops(self, iri: str, endpoints: frozenset[str]) -> list[Hop]:
        """Every hop leaving ``iri``; events in ``endpoints`` are reachable as nodes."""
        if not self.via_events:
            return [Hop(iri, c.other(iri), (c,)) for c in self.links(iri)]
        if self.is_event(iri):
            return [
                Hop(iri, other, (c,))
                for c in self.links(iri)
                if not self.is_event(other := c.other(iri)) or other in endpoints
            ]
        hops = []
        for claim in self.links(iri):
            other = claim.other(iri)
            if not self.is_event(other) or other in endpoints:
                hops.append(Hop(iri, other, (claim,)))
            if not self.is_event(other):
                continue
            for membership in self.links(other):
                member = membership.other(other)
                if member != iri and not self.is_event(member):
                    hops.append(Hop(iri, member, (claim, membership), event=other))
        return hops

    def leaving(self, endpoints: frozenset[str]) -> Callable[[str], list[tuple[str, Hop]]]:
        """The steps for :func:`breadth_first`: each hop from a node, with its end."""

        def steps(iri: str) -> list[tuple[str, Hop]]:
            return [(hop.end, hop) for hop in self.hops(iri, endpoints)]

        return steps


__all__ = [
    "Hop",
    "Levels",
    "Walker",
    "breadth_first",
    "role",
]
