"""The timeline of a view: its events on a time axis, drawn by vis-timeline.

vis-timeline (Apache-2.0 OR MIT) comes from the npm registry, vendored in
``kg/viz/vendor/vis-timeline-VERSION/`` by ``kg/viz/vendor/revendor.sh`` and
embedded inline, so the page stays one offline file.

Each event is drawn with the precision its sources give, by the date rule of
:mod:`kg.dates`: a window of days (a month-precision event is a month-wide
range, a day a day wide); a date open on one side ("up to 9 January 2025")
is a range that fades out on its open side, from the view's first (or to its
last) date; where the sources disagree, each source's date is an item of its
own, named by its source. Items are grouped by the event's class; the page
can group them by actor instead.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.dates import Window, judged_windows, source_windows

if TYPE_CHECKING:
    from kg.viz.select import View

TIMELINE_VERSION = "8.5.4"
VENDOR = Path(__file__).resolve().parent / "vendor" / f"vis-timeline-{TIMELINE_VERSION}"
MODES = ("both", "network", "timeline")
"""What a page shows: the network and its timeline, the network alone, the timeline alone."""


def vendored(name: str) -> str:
    """A vendored vis-timeline file, without its source-map comment."""
    text = (
        resources.files("kg.viz")
        .joinpath("vendor", f"vis-timeline-{TIMELINE_VERSION}", name)
        .read_text(encoding="utf-8")
    )
    return re.sub(r"\n?(//|/\*)# sourceMappingURL=\S+(\s*\*/)?\s*\Z", "\n", text)


def timeline_data(view: View, ids: dict[str, int]) -> dict[str, Any]:
    """The items, groups and actors of the page's timeline.

    ``items``: ``id``, ``content`` (the label), ``start`` and ``end`` (ISO
    days, the end exclusive), ``group`` (the class), ``className`` (``open-start``
    or ``open-end`` for an open side), ``title`` (the dates as the sources give
    them) and ``nodes`` (the network nodes a selection selects: the event, or
    in the actor view the actors who shared it); ``actors``: per item, the
    labels of its actors (for grouping by actor).
    """
    events = _events(view, ids)
    known = [d for e in events for w in e["windows"] for d in w if d]
    if not known:
        return {"items": [], "groups": []}
    earliest, latest = min(known), max(known)
    items = []
    for event in events:
        windows: list[tuple[Window, str]] = [(w, "") for w in event["windows"]]
        if len(windows) > 1:  # the sources disagree: each source's date, named
            by_source = source_windows(event["dates"])
            windows = [(w, s.split("_", 1)[0]) for s, w in sorted(by_source.items())]
        for index, (window, source) in enumerate(windows):
            first, last = window
            label = event["label"] + (f" (source {source})" if source else "")
            items.append(
                {
                    "id": f"{event['key']}.{index}",
                    "content": label,
                    "start": first or earliest,
                    "end": _next_day(last or latest),
                    "group": event["group"],
                    "className": "open-start" if not first else "open-end" if not last else "",
                    "title": "; ".join(event["when"]) or "date not given",
                    "nodes": event["nodes"],
                    "actors": event["actors"],
                }
            )
    groups = sorted({item["group"] for item in items})
    return {"items": items, "groups": [{"id": g, "content": g} for g in groups]}


def _events(view: View, ids: dict[str, int]) -> list[dict[str, Any]]:
    """The view's events (in the actor view, those the edges share), with their windows."""
    from kg.viz.select import event_dates

    graph = view.graph
    events: list[dict[str, Any]] = []
    if view.kind == "events":
        for node in sorted(graph.nodes):
            data = graph.nodes[node]
            if not data["is_event"]:
                continue
            actors = [
                graph.nodes[actor]["label"]
                for _, actor, key in graph.out_edges(node, keys=True)
                if key in view.context.actor_roles
            ]
            events.append(_event(node, data, event_dates(data), [ids[node]], sorted(set(actors))))
        return [e for e in events if e["windows"]]
    shared: dict[str, dict[str, Any]] = {}
    for u, v, data in sorted(graph.edges(data=True)):
        for event in data["events"]:
            entry = shared.setdefault(
                event["event"], {"event": event, "nodes": set(), "actors": set()}
            )
            entry["nodes"] |= {ids[u], ids[v]}
            entry["actors"] |= {graph.nodes[u]["label"], graph.nodes[v]["label"]}
    for iri, entry in sorted(shared.items()):
        event = entry["event"]
        data = {"label": event["label"], "type_label": event["type_label"], "when": event["when"]}
        events.append(
            _event(iri, data, event["dates"], sorted(entry["nodes"]), sorted(entry["actors"]))
        )
    return [e for e in events if e["windows"]]


def _event(
    key: str,
    data: dict[str, Any],
    dates: list[tuple[str, list[str]]],
    nodes: list[int],
    actors: list[str],
) -> dict[str, Any]:
    from kg.viz.dates import describe

    return {
        "key": key.rsplit("/", 1)[-1],
        "label": data["label"],
        "group": data["type_label"],
        "when": [describe(w) for w in data["when"]],
        "dates": dates,
        "windows": judged_windows(dates),
        "nodes": nodes,
        "actors": actors,
    }


def _next_day(day: str) -> str:
    """The day after an ISO day: vis-timeline's ranges end before their end.

    >>> _next_day("2025-01-31")
    '2025-02-01'
    """
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
