"""The tables of the lookup commands: plain text from a lookup's result, no click.

`kg neighbours`, `kg path` and `kg describe` print these with ``--table``
(the default on a terminal); `kg demo` shows the neighbours table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.cli.output import render_table
from kg.lookup.common import date_text
from kg.vocabulary import short_source

if TYPE_CHECKING:
    from kg.lookup.describe import Description
    from kg.lookup.neighbours import Neighbourhood
    from kg.lookup.paths import Paths

_EVENT_WIDTH = 60
"""Event labels are cut to this width in tables (JSON and CSV keep them whole)."""
_HOPS_SHOWN = 3
"""Relations shown per step of a path in a table, the best attested first."""


def _cut(text: str, width: int = _EVENT_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def neighbours_table(result: Neighbourhood) -> str:
    """The table `kg neighbours` prints (and `kg demo` shows)."""
    rows = result.rows(True)
    for row in rows:
        row["event"] = _cut(row["event"])
    return render_table(rows, neighbour_columns(result, rows))


def neighbour_columns(result: Neighbourhood, rows: list[dict[str, Any]]) -> list[str]:
    """The table columns: ``depth`` and ``from`` only beyond depth 1; ``disputed`` and
    ``voice`` (as in `kg describe`) only where a hop is disputed or not its report's own
    statement (``rows`` are the table's: their voices are not made again)."""
    columns = ["neighbour", "type", "relation", "event", "kind", "date", "sources"]
    if result.depth > 1:
        columns = ["depth", "from", *columns]
    if any(hop.disputed for hop in result.hops):
        columns.insert(-1, "disputed")
    if any(row["voice"] for row in rows):
        columns.append("voice")
    return columns


def render_paths(result: Paths) -> str:
    """Paths as readable blocks: the nodes, then each hop with its event and evidence."""
    lines = []
    for number, steps in enumerate(result.paths, 1):
        labels = [result.nodes[steps[0].start].label] + [result.nodes[s.end].label for s in steps]
        count = f"path {number} of {result.total}" if result.total > 1 else "path"
        hops = f"{len(steps)} hop" + ("s" if len(steps) > 1 else "")
        lines.append(f"{count} ({hops}): {' → '.join(labels)}")
        for step in steps:
            for hop in step.hops[:_HOPS_SHOWN]:
                start, end = result.nodes[step.start].label, result.nodes[step.end].label
                line = f"  {start}  [{hop.relation()}]  {end}"
                if hop.event:
                    event = result.nodes[hop.event]
                    line += f"  via {event.label} ({event.kind}, {date_text(event, True)})"
                if hop.disputed:
                    line += "  disputed"
                lines.append(line)
                spans = dict.fromkeys((s.source, s.evidence, s.attribution()) for s in hop.sources)
                for source, evidence, said in spans:  # said: the voice, as in `kg describe`
                    said = f"  {said}" if said else ""
                    lines.append(f"      {short_source(source)}: “{evidence}”{said}")
            if len(step.hops) > _HOPS_SHOWN:
                more = len(step.hops) - _HOPS_SHOWN
                lines.append(f"  … and {more} more relation(s) between the two (--json lists all)")
        lines.append("")
    return "\n".join(lines).rstrip()


def describe_table(result: Description) -> str:
    """The entity, its aliases, and its facts grouped: a predicate and a value shown once."""
    node = result.entity
    lines = [f"{node.label}  kgr:{node.id}  {', '.join(node.types)}"]
    if node.aliases:
        lines.append(f"aliases: {', '.join(node.aliases)}")
    rows = result.rows(True)
    previous: dict[str, Any] = {}
    for row in rows:  # group: show a predicate and a value once
        same_predicate = row["predicate"] == previous.get("predicate")
        same_value = same_predicate and row["value"] == previous.get("value")
        previous = dict(row)
        if same_predicate:
            row["predicate"] = ""
        if same_value:
            row["value"] = ""
            row["id"] = ""
    shown = ["predicate", "value", "disputed", "source", "evidence", "voice", "conflicts_with"]
    if not any(row["disputed"] for row in rows):
        shown.remove("disputed")
    if not any(row["voice"] for row in rows):  # every fact in its report's own voice, stated
        shown.remove("voice")
    if not any(row["conflicts_with"] for row in rows):
        shown.remove("conflicts_with")
    lines.append(render_table(rows, shown))
    return "\n".join(lines)
