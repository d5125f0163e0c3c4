"""The rule of a contradicted "first": a claim of being the first of its kind that an
earlier event of the graph contradicts (``FirstClaimConflict``, :mod:`kg.build.disputes`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from kg.build.disputes import (
    AFFILIATIONS,
    SIGNIFICANCE,
    SUB_EVENT_OF,
    DisputeContext,
    DisputeEntry,
    closure,
)
from kg.namespaces import KG

_K = str(KG)
_EVENT = _K + "Event"

_SIDES = (_K + "State", _K + "Government")
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)
_LEVEL = re.compile(r"\blevel\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b.*?\b(\d{4})\b", re.IGNORECASE)
_NUMBERS = {
    word: index
    for index, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_YEARS = re.compile(r"\bin (?:the (?:last|past) )?(\d+|[a-z]+) years\b", re.IGNORECASE)


def first_conflicts(
    by_predicate: Mapping[str, list[DisputeEntry]],
    times: Mapping[str, list[DisputeEntry]],
    context: DisputeContext,
) -> Iterable[tuple[DisputeEntry, DisputeEntry]]:
    """A "first" against each time claim of an earlier event that contradicts it.

    The claim is ``E hasSignificance "...first..."`` (not one about a level, as
    "the first at this level": the graph does not rank officials). An event E2
    contradicts it when it is of E's kind (a class of E directly below
    ``kg:Event``, or a subclass: a Meeting for a ThirdLocationMeeting), is not
    a part of E nor E of it, shares an actor with E that is not a state or a
    government, has actors on E's sides (the states and governments that E's
    actors are, hold a position in, are members of or represent: two of them,
    or all of E's when it has fewer), ends before E begins by every date any
    report gives either, and falls within the period the claim names ("since
    the Taliban took control of Kabul in 2021", "in nine years").
    """
    actors: dict[str, set[str]] = defaultdict(set)
    for predicate in context.roles:
        for entry in by_predicate.get(predicate, []):
            actors[entry[1]].add(entry[4][3])
    links: dict[str, set[str]] = defaultdict(set)
    for predicate in AFFILIATIONS:
        for entry in by_predicate.get(predicate, []):
            links[entry[1]].add(entry[4][3])
    parents: dict[str, set[str]] = defaultdict(set)
    for entry in by_predicate.get(SUB_EVENT_OF, []):
        parents[entry[1]].add(entry[4][3])

    def classes(iri: str) -> frozenset[str]:
        return context.classes.get(iri, frozenset())

    def sides(event: str) -> set[str]:
        reached = closure(actors.get(event, ()), links)
        return {node for node in reached if _is_side(classes(node))}

    def ancestors(event: str) -> set[str]:
        return closure(parents.get(event, ()), parents)

    def kinds(event: str) -> set[str]:
        below = {c for c in classes(event) if c != _EVENT and _EVENT in classes(c)}
        return {c for c in below if not any(o in classes(c) for o in below if o != c)}

    def span(event: str) -> tuple[str, str] | None:
        """The earliest begin and latest end of every date given; None when one is open."""
        own = times.get(event, [])
        if not own or any(t[4][1] is None or t[4][2] is None for t in own):
            return None
        return min(str(t[4][1]) for t in own), max(str(t[4][2]) for t in own)

    for claim in by_predicate.get(SIGNIFICANCE, []):
        text = claim[4][3]
        if not _FIRST.search(text) or _LEVEL.search(text):
            continue
        event = claim[1]
        wanted, own_span = kinds(event), span(event)
        if not wanted or own_span is None:
            continue
        begins = own_span[0]
        not_before = _period_start(text, begins)
        own_actors = {a for a in actors.get(event, ()) if not _is_side(classes(a))}
        own_sides = sides(event)
        related = ancestors(event)
        for other, other_times in times.items():
            if other == event or other in related or event in ancestors(other):
                continue
            if not wanted & classes(other):
                continue
            other_span = span(other)
            if other_span is None or not other_span[1] < begins:
                continue
            if not_before is not None and other_span[1] < not_before:
                continue
            if not own_actors & actors.get(other, set()):
                continue
            if len(own_sides & sides(other)) < min(2, len(own_sides)):
                continue
            for time in other_times:
                yield claim, time


def _is_side(classes: frozenset[str]) -> bool:
    return any(side in classes for side in _SIDES)


def _period_start(text: str, begins: str) -> str | None:
    """The first day of the period a "first" names: "since 2021", "in nine years"."""
    since = _SINCE.search(text)
    if since:
        return f"{since[1]}-01-01"
    years = _YEARS.search(text)
    if years:
        count = years[1].lower()
        number = int(count) if count.isdigit() else _NUMBERS.get(count)
        if number is not None:
            return f"{int(begins[:4]) - number:04d}{begins[4:]}"
    return None
