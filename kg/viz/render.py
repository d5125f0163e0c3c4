"""Render a view as one self-contained HTML page: pyvis assembles, our template renders.

pyvis's :class:`~pyvis.network.Network` collects the nodes, edges and
vis-network options. The page is rendered with this package's own Jinja2
template (autoescaped) rather than pyvis's, because pyvis 0.3.2 links
Bootstrap from a CDN in every mode, inserts the heading unescaped, and
switches to an ``innerHTML`` popup when a title contains ``href``. The
vis-network script and stylesheet that pyvis bundles are embedded inline; the
graph travels as JSON in a ``<script type="application/json">`` element with
``<``, ``>`` and ``&`` escaped; the page's script builds every tooltip and
panel with ``textContent``. The search box resolves names as the CLI does
(``static/names.js`` over the index of :meth:`kg.lookup.names.Resolver.page_index`).
A Content-Security-Policy allows only the page's own scripts (by hash) and no
network request at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from kg.dates import judged_windows
from kg.viz.clusters import cluster_data
from kg.viz.dates import describe
from kg.viz.errors import ViewError
from kg.viz.layout import positions
from kg.viz.marks import (
    DISPUTED_COLOR,
    ROLE_STYLES,
    dispute_text,
    disputed_color,
    not_level,
    role_of,
    section_of,
    short_label,
)
from kg.viz.panel import panel_all_evidence, panel_conflicts, panel_evidence, panel_fact
from kg.viz.select import View, entity_id, event_dates, view_resolver
from kg.viz.style import (
    SHAPES,
    label_size,
    legend_svg_points,
    network_options,
    node_size,
    style_for,
)
from kg.viz.timeline import TIMELINE_VERSION, timeline_data, vendored
from kg.viz.tooltips import actor_edge_tooltip, edge_tooltip, node_tooltip

VIS_VERSION = "9.1.2"
_HERE = Path(__file__).resolve().parent
_HAS_TIME = "#hasTime"


def render(view: View, mode: str = "both") -> str:
    """The HTML page of a view: the network and its timeline, or one of them (:data:`MODES`)."""
    network = build_network(view)
    data = page_data(view, network)
    ids = {node: number for number, node in enumerate(sorted(view.graph.nodes))}
    data["clusters"] = cluster_data(view, ids)  # folding and clusters (static/clusters.js)
    if mode != "network":
        data["timeline"] = timeline_data(view, ids)
    data["view"]["mode"] = mode
    return render_page(view, data)


def write(view: View, path: Path, mode: str = "both") -> Path:
    """Write the page of a view to ``path`` atomically; return the path.

    Only a regular file is replaced (:func:`kg.files.write_file`).
    """
    from kg.files import write_file

    return write_file(path, render(view, mode))


def build_network(view: View) -> Any:
    """A pyvis Network with positioned, styled nodes and labelled edges.

    Node ids are integers in the order of the sorted IRIs; the IRIs and the
    details go into the page data beside the network.
    """
    from pyvis.network import Network

    graph = view.graph
    network = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    network.set_options(json.dumps(network_options(graph.number_of_nodes())))
    ids = {node: number for number, node in enumerate(sorted(graph.nodes))}
    where = not_level(graph, positions(graph, weight="weight" if view.kind == "actors" else None))
    for node, number in ids.items():
        data = graph.nodes[node]
        info = view.context.classes.get(data["type"])
        name = info.name if info else data["type"].rsplit("#", 1)[-1]
        style = style_for(name, data["is_event"])
        x, y = where[node]
        label, marks = short_label(data["label"]), {}
        dispute = dispute_text(data["facts"], node)
        if dispute:  # drawn on the canvas: a red dashed border and what the sources say
            label += "\n" + dispute
            marks = {"borderWidth": 3, "shapeProperties": {"borderDashes": [5, 3]}, "dp": 1}
        network.add_node(
            number,
            label=label,
            shape=style.shape,
            color=disputed_color(style.color) if dispute else style.color,
            **marks,
            size=node_size(graph.degree(node)),
            font={"size": label_size(graph.degree(node))},
            tip=node_tooltip(data),
            x=x,
            y=y,
            cls=name,
            ev=1 if data["is_event"] and view.kind == "events" else 0,
            w=_windows(event_dates(data)) if data["is_event"] and view.kind == "events" else [],
        )
    if view.kind == "actors":
        for index, (u, v, data) in enumerate(sorted(graph.edges(data=True))):
            network.add_edge(
                ids[u],
                ids[v],
                id=f"e{index}",
                label=data["label"],
                tip=actor_edge_tooltip(graph, u, v, data),
                width=round(1.0 + 2.0 * math.log2(data["weight"]), 2),
                arrows={"to": {"enabled": False}},
                spans=[_windows(e["dates"]) for e in data["events"]],
                n=data["weight"],
            )
        return network
    pairs: Counter[frozenset[str]] = Counter()
    for index, (u, v, _, data) in enumerate(sorted(graph.edges(keys=True, data=True))):
        pair = frozenset((u, v))
        parallel = pairs[pair]
        pairs[pair] += 1
        options: dict[str, Any] = {}
        if parallel:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * parallel}
        role = role_of(data["predicate"], view.context.actor_roles)
        if role in ROLE_STYLES:
            color, width = ROLE_STYLES[role]
            options["color"] = {"color": color, "highlight": color}
            options["width"] = width
        if data["disputed"]:
            options["dashes"] = True
            options["color"] = {"color": DISPUTED_COLOR, "highlight": DISPUTED_COLOR}
        network.add_edge(
            ids[u],
            ids[v],
            id=f"e{index}",
            label=data["label"],
            tip=edge_tooltip(graph, u, v, data),
            role=role,
            **options,
        )
    return network


def page_data(view: View, network: Any) -> dict[str, Any]:
    """Everything the page's script needs, as JSON-ready values."""
    graph = view.graph
    ids = {node: number for number, node in enumerate(sorted(graph.nodes))}
    details = {}
    for node, number in ids.items():
        data = graph.nodes[node]
        details[str(number)] = {
            "label": data["label"],
            "cls": data["type_label"],
            "id": entity_id(node),
            "iri": node,
            "aliases": list(data["aliases"]),
            "when": [describe(w) for w in data["when"]],
            "facts": [panel_fact(f) for f in data["facts"]],
        }
    edge_details: dict[str, Any] = {}
    if view.kind == "actors":
        for index, (u, v, data) in enumerate(sorted(graph.edges(data=True))):
            count = data["weight"]
            edge_details[f"e{index}"] = {
                "label": f"{count} shared event" + ("" if count == 1 else "s"),
                "events": [
                    {
                        "label": e["label"],
                        "cls": e["type_label"],
                        "when": [describe(w) for w in e["when"]],
                        "roles": [
                            [graph.nodes[a]["label"], ", ".join(e["roles"][a])] for a in (u, v)
                        ],
                        "s": panel_evidence(e["sources"]),
                    }
                    for e in data["events"]
                ],
            }
    else:
        for index, (_, _, _, data) in enumerate(sorted(graph.edges(keys=True, data=True))):
            edge_details[f"e{index}"] = {
                "label": data["label"],
                "sec": section_of(role_of(data["predicate"], view.context.actor_roles)),
                "disputed": data["disputed"],
                "c": panel_conflicts(data.get("conflicts", ())),
                "s": panel_evidence(data["sources"]),
            }
    used = {
        item[0]
        for entry in [*details.values(), *edge_details.values()]
        for item in panel_all_evidence(entry)
    }
    sources = {
        source_id: {"headline": info.headline, "published": info.published}
        for source_id, info in view.context.sources.items()
        if source_id in used
    }
    return {
        "view": {
            "kind": view.kind,
            "title": view.title,
            "filters": view.filters,
            "centers": [ids[c] for c in view.centers if c in ids],
        },
        "nodes": network.nodes,
        "edges": network.edges,
        "options": network.options,
        "details": details,
        "edgeDetails": edge_details,
        "sources": sources,
        "search": view_resolver(graph).page_index(ids),
    }


def render_page(view: View, data: dict[str, Any]) -> str:
    """Fill the template; the only unescaped inserts are checked code and escaped JSON."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    vis_js = _bundled(f"lib/vis-{VIS_VERSION}/vis-network.min.js")
    vis_css = _bundled(f"lib/vis-{VIS_VERSION}/vis-network.css")
    # the search box's resolver (names.js) first: view.js uses it as window.kgNames
    with_timeline = "timeline" in data
    # vis-timeline is in the page as text, run by timeline.js when the timeline is
    # first made (the network's first draw does not wait for it); its hash is allowed
    timeline_js = vendored("vis-timeline-graph2d.min.js") if with_timeline else ""
    timeline_css = vendored("vis-timeline-graph2d.min.css") if with_timeline else ""
    names = ("names.js", "view.js", "clusters.js") + (("timeline.js",) if with_timeline else ())
    page_js = "\n".join((_HERE / "static" / name).read_text(encoding="utf-8") for name in names)
    page_js += "\nwindow.kgView.start();\n"  # filters, fit, labels, then one first draw (view.js)
    page_css = (_HERE / "static" / "view.css").read_text(encoding="utf-8")
    for name, code, closing in (
        ("vis-network.min.js", vis_js, "</script"),
        ("vis-timeline-graph2d.min.js", timeline_js, "</script"),
        ("view.js", page_js, "</script"),
        ("vis-network.css", vis_css, "</style"),
        ("vis-timeline-graph2d.min.css", timeline_css, "</style"),
        ("view.css", page_css, "</style"),
    ):
        if closing in code.lower() or "<!--" in code:
            raise ViewError(f"{name} cannot be embedded: it contains {closing!r} or '<!--'")
    scripts = [timeline_js, vis_js, page_js] if with_timeline else [vis_js, page_js]
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_sha256(code) for code in scripts),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    environment = Environment(
        loader=FileSystemLoader(_HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    template = environment.get_template("view.html.j2")
    counts = Counter(node["cls"] for node in data["nodes"])
    first: dict[str, dict[str, Any]] = {}
    for node in data["nodes"]:
        first.setdefault(node["cls"], node)
    legend = sorted(
        (
            {
                "key": key,
                "label": data["details"][str(first[key]["id"])]["cls"],
                "count": count,
                "shape": first[key]["shape"],
                "color": first[key]["color"],
            }
            for key, count in counts.items()
        ),
        key=lambda item: (SHAPES.index(str(item["shape"])), str(item["label"])),
    )
    for item in legend:
        item["points"] = legend_svg_points(str(item["shape"]))
    roles = {str(edge.get("role")) for edge in data["edges"]}
    role_legend = [
        {"role": role, "color": color, "width": width}
        for role, (color, width) in ROLE_STYLES.items()
        if role in roles
    ]
    disputed_edges = any(edge.get("dashes") for edge in data["edges"])
    disputed_nodes = any(node.get("dp") for node in data["nodes"])
    nodes, edges = len(data["nodes"]), len(data["edges"])
    summary = f"{nodes} node{'s' if nodes != 1 else ''}, {edges} edge{'s' if edges != 1 else ''}"
    return template.render(
        title=view.title,
        kind=view.kind,
        summary=summary,
        sources=data["sources"],
        legend=legend,
        disputed_edges=disputed_edges,
        role_legend=role_legend,
        disputed_nodes=disputed_nodes,
        csp=csp,
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        timeline_js=Markup(timeline_js),
        timeline_css=Markup(timeline_css),
        mode=data["view"].get("mode", "network"),
        timeline_version=TIMELINE_VERSION,
        page_js=Markup(page_js),
        page_css=Markup(page_css),
        data_json=Markup(script_json(data)),
        vis_version=VIS_VERSION,
    )


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left.

    >>> script_json({"label": "</script><b>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def _bundled(relative: str) -> str:
    """A file of pyvis's bundled templates/lib, without its source-map comment."""
    text = resources.files("pyvis").joinpath("templates", relative).read_text(encoding="utf-8")
    return re.sub(r"\n?//# sourceMappingURL=\S+\s*\Z", "\n", text)


def _sha256(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _windows(dates: list[tuple[str, list[str]]]) -> list[list[str]]:
    """The windows :mod:`kg.dates` judges for an event (``[first, last]``, ``""`` when open).

    The page's time range applies them as :meth:`kg.dates.DateRange.contains`
    does; it never judges a date itself.
    """
    return [list(w) for w in judged_windows(dates)]
