"""The tooltips of a view's nodes and edges: plain text, shown with textContent.

Used by :mod:`kg.viz.render`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.viz.dates import describe

_QUANTITY_PREDICATES = ("#hasQuantity", "#hasFatalities")
_HAS_TIME = "#hasTime"
_TOOLTIP_SOURCES = 3


def node_tooltip(data: dict[str, Any]) -> str:
    """Plain text: the page shows it with textContent when the pointer is on the node."""
    lines = [data["label"], data["type_label"]]
    if data["aliases"]:
        lines.append("Also: " + ", ".join(data["aliases"]))
    times = [f for f in data["facts"] if f.predicate.endswith(_HAS_TIME)]
    if times:
        dates = [describe(f.value) + (" [disputed]" if f.disputed else "") for f in times]
        lines.append("When: " + "; ".join(dates))
    for fact in data["facts"]:
        if fact.predicate.endswith(_QUANTITY_PREDICATES):
            lines.append(f"{fact.label}: {fact.value}" + (" [disputed]" if fact.disputed else ""))
    sources = sorted({e.source for f in data["facts"] for e in f.sources})
    if sources:
        lines.append("Facts from: " + ", ".join(sources))
    lines.append("Click for every fact with its evidence.")
    return "\n".join(lines)


def edge_tooltip(graph: Any, u: str, v: str, data: dict[str, Any]) -> str:
    lines = [f"{graph.nodes[u]['label']} → {data['label']} → {graph.nodes[v]['label']}"]
    if data["disputed"]:
        lines.append("[disputed: the sources disagree]")
        for conflict in data.get("conflicts", ()):
            lines.append(f"≠ {conflict.text()}")
    for item in data["sources"][:_TOOLTIP_SOURCES]:
        voice = item.attribution()
        lines.append(f"{item.source}: “{item.evidence}”" + (f" {voice}" if voice else ""))
    if len(data["sources"]) > _TOOLTIP_SOURCES:
        lines.append(f"and {len(data['sources']) - _TOOLTIP_SOURCES} more: click the edge")
    return "\n".join(lines)


def actor_edge_tooltip(graph: Any, u: str, v: str, data: dict[str, Any]) -> str:
    count = data["weight"]
    shared = f"{count} shared event" + ("" if count == 1 else "s")
    lines = [f"{graph.nodes[u]['label']} and {graph.nodes[v]['label']}: {shared}"]
    by_when: defaultdict[str, list[str]] = defaultdict(list)
    for event in data["events"]:
        when = "; ".join(describe(w) for w in event["when"]) or "date not given"
        by_when[event["earliest"] or event["latest"]].append(f"• {event['label']} ({when})")
    for key in sorted(by_when):
        lines += by_when[key]
    return "\n".join(lines)
