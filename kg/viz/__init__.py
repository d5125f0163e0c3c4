"""Interactive network views: one self-contained HTML page per view, made with pyvis.

>>> from kg.viz import ViewOptions
>>> ViewOptions(centers=("dubai-meeting-2025-01",)).depth
1

Use :func:`kg.viz.context.load_context` once per dataset, :func:`select` a
view with :class:`ViewOptions`, then :func:`write` (or :func:`render`) it.
The page works offline (vis-network is embedded, nothing is fetched), escapes
every text from the data, and is laid out in Python so the browser does not
run a physics simulation.

This package owns the views of the projection: selection (:mod:`kg.viz.select`:
filters, ego networks, the actor projection), what a view needs besides the
graph (:mod:`kg.viz.context`), layout, style and rendering, the exports for
other tools (:mod:`kg.viz.export`: GraphML, GEXF, node-link JSON) and the
views as the commands ask for them (:mod:`kg.viz.views`). It may import
:mod:`kg.graph`, :mod:`kg.lookup` (the one resolver and the one walker),
:mod:`kg.stores`, :mod:`kg.vocabulary`, :mod:`kg.dates` and :mod:`kg.errors`;
never the server or the CLI.
"""

from __future__ import annotations

from kg.viz.context import ViewContext, load_context
from kg.viz.errors import EmptyViewError, UnknownNameError, ViewError, ViewTooLargeError
from kg.viz.render import render, write
from kg.viz.select import DEFAULT_MAX_NODES, View, ViewOptions, actor_projection, select

__all__ = [
    "DEFAULT_MAX_NODES",
    "EmptyViewError",
    "UnknownNameError",
    "View",
    "ViewContext",
    "ViewError",
    "ViewOptions",
    "ViewTooLargeError",
    "actor_projection",
    "load_context",
    "render",
    "select",
    "write",
]
