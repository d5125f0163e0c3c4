"""Write a view's graph for other tools: GraphML, GEXF (Gephi) or node-link JSON.

The same selection as ``kg viz`` (the event or the actor projection, with the
same filters), written with networkx's own writers. GraphML and GEXF take
scalar attributes only, so lists become text (aliases joined with `` | ``,
source ids with spaces) and the facts and evidence become JSON text; the
JSON format keeps them structured.

Node attributes: ``label``, ``class`` (the class's preferred label),
``class_iri``, ``entity_id``, ``is_event``, ``aliases``, ``earliest`` and
``latest`` (ISO days, empty when open), ``when`` (the dates as the sources
give them, with their precision), ``sources`` and ``facts``. Edge attributes
in the event view: ``label`` (the property's preferred label), ``predicate``
(its IRI), ``disputed``, ``conflicts``, ``sources`` and ``evidence``; in the
actor view: ``label``, ``weight`` (the number of shared events) and ``events``.
A disputed edge or fact carries its ``conflicts`` (each contradicting claim:
the kind of dispute, its subject, predicate, value, source and evidence, and
``text`` as `kg why` prints it), and each evidence span the ``conflicts_with``
of its own claim and its ``voice`` where it is not the report's own statement.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kg.dates import judged_windows
from kg.graph.model import Conflict, Evidence, Fact

if TYPE_CHECKING:
    import networkx as nx

    from kg.viz.select import View

FORMATS = ("graphml", "gexf", "json")


def export(view: View, fmt: str) -> bytes:
    """The view's graph in ``fmt`` (one of :data:`FORMATS`), as bytes."""
    import networkx as nx

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    structured = fmt == "json"
    graph = export_graph(view, structured=structured)
    if structured:
        data = nx.node_link_data(graph, edges="edges")
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
        return _typed_booleans(buffer.getvalue())
    _add_gexf_drawing(view, graph)
    nx.write_gexf(graph, buffer, encoding="utf-8")
    return buffer.getvalue()


def _typed_booleans(graphml: bytes) -> bytes:
    """GraphML's booleans as the schema spells them, ``true``/``false``.

    networkx writes a Python ``bool`` as ``True``/``False``, which strict
    readers (Cytoscape, yEd, xsd:boolean) refuse.
    """
    text = graphml.decode("utf-8")
    keys = re.findall(r'<key id="([^"]+)"[^>]*attr\.type="boolean"', text)
    for key in keys:
        for value in ("True", "False"):
            text = text.replace(
                f'<data key="{key}">{value}</data>', f'<data key="{key}">{value.lower()}</data>'
            )
    return text.encode("utf-8")


def _add_gexf_drawing(view: View, graph: Any) -> None:
    """What Gephi draws and plays: each node's position, colour and size as in
    ``kg viz`` (``viz:position``, ``viz:color``, ``viz:size``), and an event's
    time spells: the windows :func:`kg.dates.judged_windows` judges, open where
    the date is open, so that Gephi's timeline shows it when the sources do.
    """
    from kg.viz.layout import positions
    from kg.viz.select import event_dates
    from kg.viz.style import node_size, style_for

    where = positions(view.graph, weight="weight" if view.kind == "actors" else None)
    for node, data in view.graph.nodes(data=True):
        info = view.context.classes.get(data["type"])
        style = style_for(info.name if info else data["type"].rsplit("#", 1)[-1], data["is_event"])
        x, y = where[node]
        red, green, blue = (int(style.color[i : i + 2], 16) for i in (1, 3, 5))
        attributes = graph.nodes[node]
        attributes["viz"] = {
            "position": {"x": x, "y": -y, "z": 0.0},  # GEXF's y points up, the page's down
            "color": {"r": red, "g": green, "b": blue, "a": 1.0},
            "size": node_size(view.graph.degree(node)),
        }
        if data["is_event"]:
            spells = [(w.first or None, w.last or None) for w in judged_windows(event_dates(data))]
            if spells:
                attributes["spells"] = spells


def export_graph(view: View, *, structured: bool) -> nx.MultiDiGraph | nx.Graph:
    """A copy of the view's graph with attributes that the writers accept.

    ``structured`` keeps lists and dicts (for JSON); otherwise every attribute
    is a string, a number or a boolean.
    """
    import networkx as nx

    headlines = {s.id: s.headline for s in view.context.sources.values()}
    pack = _identity if structured else _text
    result: nx.MultiDiGraph | nx.Graph
    result = nx.Graph() if view.kind == "actors" else nx.MultiDiGraph()
    result.graph.update({"title": view.title, "view": view.kind})
    if structured:
        result.graph["sources"] = {
            s.id: {"headline": s.headline, "published": s.published}
            for s in view.context.sources.values()
        }
    graph = view.graph
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        facts = [_fact(f, headlines) for f in data["facts"]]
        sources = sorted({e["source"] for f in facts for e in f["evidence"]})
        result.add_node(
            node,
            label=data["label"],
            entity_id=node.rsplit("/", 1)[-1],
            **{"class": data["type_label"]},
            class_iri=data["type"],
            is_event=bool(data["is_event"]),
            aliases=list(data["aliases"]) if structured else " | ".join(data["aliases"]),
            earliest=data["earliest"],
            latest=data["latest"],
            when=list(data["when"]) if structured else "; ".join(data["when"]),
            sources=sources if structured else " ".join(sources),
            facts=pack(facts),
        )
    if view.kind == "actors":
        for u, v, data in sorted(graph.edges(data=True)):
            events = [
                {
                    "event": e["event"],
                    "label": e["label"],
                    "class": e["type_label"],
                    "when": e["when"],
                    "roles": e["roles"],
                    "evidence": _evidence(e["sources"], headlines),
                }
                for e in data["events"]
            ]
            result.add_edge(u, v, label=data["label"], weight=data["weight"], events=pack(events))
        return result
    for index, (u, v, _, data) in enumerate(sorted(graph.edges(keys=True, data=True))):
        conflicts = list(data.get("conflicts", ()))
        evidence = _evidence(data["sources"], headlines, conflicts)
        sources = sorted({e["source"] for e in evidence})
        result.add_edge(
            u,
            v,
            key=f"e{index}",
            label=data["label"],
            predicate=data["predicate"],
            disputed=bool(data["disputed"]),
            conflicts=pack(_conflicts(conflicts)),
            sources=sources if structured else " ".join(sources),
            evidence=pack(evidence),
        )
    return result


def _fact(fact: Fact, headlines: dict[str, str]) -> dict[str, Any]:
    return {
        "predicate": fact.predicate,
        "label": fact.label,
        "value": fact.value,
        "disputed": fact.disputed,
        "conflicts": _conflicts(fact.conflicts),
        "evidence": _evidence(fact.sources, headlines, fact.conflicts),
    }


def _conflicts(conflicts: Iterable[Conflict]) -> list[dict[str, Any]]:
    """The claims that contradict a disputed edge or fact, each as `kg why` gives it."""
    return [c.as_json() | {"text": c.text()} for c in conflicts]


def _evidence(
    items: list[Evidence], headlines: dict[str, str], conflicts: Sequence[Conflict] = ()
) -> list[dict[str, Any]]:
    """Each span with its source's headline, its voice where the claim is not the report's
    own statement (see :meth:`Evidence.attribution`), and what contradicts its claim."""
    found = []
    for e in items:
        span: dict[str, Any] = {
            "source": e.source,
            "headline": headlines.get(e.source, ""),
            "evidence": e.evidence,
        }
        if voice := e.attribution():
            span["voice"] = voice
        against = [c.text() for c in conflicts if c.claim and c.claim == e.claim]
        if against:
            span["conflicts_with"] = against
        found.append(span)
    return found


def _identity(value: Any) -> Any:
    return value


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
