"""`kg viz` (interactive network views) and `kg export` (GraphML, GEXF, JSON)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kg.cli.common import (
    checked_output_file,
    input_options,
    load_dataset,
    open_store,
    output_errors,
    store_option,
    store_spec,
)
from kg.cli.errors import library_errors

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.viz import View, ViewOptions

F = TypeVar("F", bound=Callable[..., Any])


def selection_options(func: F) -> F:
    """The options that choose what a view or an export holds."""
    options = [
        click.option(
            "--actors",
            is_flag=True,
            help="The actor view: actors linked by the events they share (weight = how many).",
        ),
        click.option(
            "--center",
            "centers",
            multiple=True,
            metavar="LABEL",
            help="Show the neighbourhood of this entity (id, label or alias); repeatable.",
        ),
        click.option(
            "--depth",
            type=click.IntRange(0, 10),
            default=1,
            show_default=True,
            help="Steps from --center (an event and its participants are one step apart).",
        ),
        click.option(
            "--types",
            multiple=True,
            metavar="CLASSES",
            help="Only these classes and their subclasses, comma-separated "
            "(Person,State,Meeting); repeatable.",
        ),
        click.option(
            "--since",
            metavar="DATE",
            help="Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; an event known "
            "to the month counts for the whole month) and the nodes they link to.",
        ),
        click.option(
            "--until",
            metavar="DATE",
            help="Only events on or before DATE; with either bound, undated events are left out.",
        ),
        click.option("--source", metavar="ID", help="Only the claims of one source (its id)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _select(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    options: ViewOptions,
) -> View:
    """The view (:func:`kg.viz.views.view_of`), its errors as one-line CLI errors.

    A name, source or class that names nothing or several things gets the
    same message as in the lookup commands (:mod:`kg.lookup.names`), exit 2;
    an empty or too large view exits 1.
    """
    from kg.dates import date_range
    from kg.viz.views import view_of

    with library_errors():  # the one table: exit 2 for a usage error, 1 for an empty view
        date_range(options.since, options.until)
        spec = store_spec(store)
        if spec.kind == "memory":
            return view_of(load_dataset(data_dir, ontology_dir, corpus), options)
        return view_of(open_store(spec, data_dir, ontology_dir, corpus), options)


@click.command()
@input_options
@store_option
@selection_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    default="-",
    show_default=True,
    callback=checked_output_file,
    help="The HTML file to write (a new or a regular file, replaced atomically); "
    "- for stdout (not a terminal).",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=2000,
    show_default=True,
    help="Refuse a larger view (the browser would struggle); narrow it instead.",
)
@click.option("--title", help="The page title [default: says what the view shows].")
@click.option(
    "--timeline",
    "timeline_only",
    is_flag=True,
    help="Only the timeline of the view's events (the default page has the network above "
    "its timeline, linked).",
)
def viz(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    output: Path,
    max_nodes: int,
    title: str | None,
    timeline_only: bool,
    **selection: Any,
) -> None:
    """Write an interactive network view: one HTML file that works offline.

    The event view (default) shows events linked to their participants,
    places and topics; --actors links actors by the events they share.
    Shape and colour give the class, size the number of connections; hover
    for a summary, click for every fact with its source and evidence. The
    page has a search box, a class filter and a time range that replays the
    story. Positions are computed here, so the page is ready at once; views
    above --max-nodes are refused.

    Example:

    \b
        kg viz -o graph.html
        kg viz --center Muttaqi --depth 2 -o muttaqi.html
        kg viz --actors --since 2025-01 -o actors-2025.html
        kg viz --timeline --center Muttaqi --depth 2 -o muttaqi-timeline.html
    """
    from kg.viz import render, write
    from kg.viz.views import view_options

    options = view_options(max_nodes=max_nodes, title=title, **selection)
    mode = "timeline" if timeline_only else "both"
    view = _select(data_dir, ontology_dir, corpus, store, options)
    _say_undated(view)
    counts = f"{view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges"
    if str(output) == "-":
        if sys.stdout.isatty():
            raise click.UsageError("refusing to write HTML to a terminal: pass -o FILE.html")
        click.echo(render(view, mode), nl=False)
        click.echo(f"{view.title}: {counts}", err=True)
        return
    with output_errors():
        write(view, output, mode)
    click.echo(f"wrote {output}: {counts}")


@click.command()
@input_options
@store_option
@selection_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "json"]),
    default=None,
    help="The file format [default: from the -o suffix, else graphml].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    default="-",
    show_default=True,
    callback=checked_output_file,
    help="The file to write (a new or a regular file, replaced atomically); - for stdout.",
)
def export(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
    output: Path,
    **selection: Any,
) -> None:
    """Write the projection for Gephi, Cytoscape or NetworkX: GraphML, GEXF or JSON.

    The same graph as `kg viz` with the same selection options, written with
    networkx's own writers; labels, classes, dates and sources are node and
    edge attributes (facts and evidence as JSON text in GraphML and GEXF); a
    disputed edge or fact carries its conflicts (the other claim, its source
    and words), an evidence span its voice where not the report's own.

    Example:

    \b
        kg export -o graph.gexf
        kg export --actors --format json | jq '.edges[0]'
    """
    from kg.viz.export import export as export_view
    from kg.viz.views import view_options

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".")
        fmt = suffix if suffix in ("graphml", "gexf", "json") else "graphml"
    options = view_options(max_nodes=None, **selection)
    view = _select(data_dir, ontology_dir, corpus, store, options)
    _say_undated(view)
    content = export_view(view, fmt)
    counts = f"{view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges"
    if str(output) == "-":
        click.echo(content, nl=False)
        return
    from kg.files import write_file

    with output_errors():
        write_file(output, content)
    click.echo(f"wrote {output}: {counts}")


def _say_undated(view: View) -> None:
    """On stderr: how many undated events --since/--until left out."""
    if view.undated_left_out:
        click.echo(f"{view.undated_left_out} undated event(s) left out", err=True)


def write_demo_views(dataset: Dataset, folder: Path) -> list[Path]:
    """The demo's views (:func:`kg.viz.views.write_demo_views`), a write error as one line."""
    from kg.viz.views import write_demo_views as write_views

    with output_errors():
        return write_views(dataset, folder)
