"""What the page's panel shows of a fact: its value, its evidence with each source's voice,
and what contradicts it where it is disputed (the ``details`` of :mod:`kg.viz.render`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.graph.model import Conflict, Evidence, Fact
from kg.viz.dates import describe
from kg.vocabulary import short_source

_HAS_TIME = "#hasTime"


def panel_fact(fact: Fact) -> dict[str, Any]:
    when = fact.predicate.endswith(_HAS_TIME)
    value = describe(fact.value) if when else fact.value
    return {
        "p": fact.label,
        "v": value,
        "d": fact.disputed,
        "c": panel_conflicts(fact.conflicts),
        "s": panel_evidence(fact.sources),
        "sec": "when" if when else "what",
    }


def panel_conflicts(items: Iterable[Conflict]) -> list[str]:
    """What contradicts a disputed claim, a line each (the panel shows them as text)."""
    return list(dict.fromkeys(c.text(short_source(c.source)) for c in items))


def panel_evidence(items: list[Evidence]) -> list[list[str]]:
    """Each span as ``[source, evidence]``, with a third item when the claim is not the
    report's own statement: its voice and factuality ("— the Pakistani military
    reported (reported)", "considered, not stated")."""
    return [[e.source, e.evidence, *([voice] if (voice := e.attribution()) else [])] for e in items]


def panel_all_evidence(entry: dict[str, Any]) -> list[list[str]]:
    found = list(entry.get("s", []))
    for fact in entry.get("facts", []):
        found += fact["s"]
    for event in entry.get("events", []):
        found += event["s"]
    return found
