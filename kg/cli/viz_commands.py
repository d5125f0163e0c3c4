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
from kg.cli.errors import CommandUsageError

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.viz import View, ViewOptions

F = TypeVar("F", bound=Callable[..., Any])

DEMO_CENTER = "dubai-meeting-2025-01"
"""The event whose participants the demo's ego view shows."""


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


def _view_options(
    actors: bool,
    centers: tuple[str, ...],
    depth: int,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    source: str | None,
    **extra: Any,
) -> ViewOptions:
    from kg.viz import ViewOptions

    names = tuple(name.strip() for item in types for name in item.split(",") if name.strip())
    return ViewOptions(
        actors=actors,
        centers=centers,
        depth=depth,
        types=names,
        since=since,
        until=until,
        source=source,
        **extra,
    )


def _select(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    options: ViewOptions,
) -> View:
    """The view, turning selection errors into one-line CLI errors (exit 2 or 1).

    A name, source or class that names nothing or several things gets the
    same message as in the lookup commands (:mod:`kg.resolution`), exit 2.

    In memory the whole graph is projected (once); on another store an ego
    view fetches only the nodes within reach of its centers.
    """
    from dataclasses import replace

    from kg.dates import DateRangeError, date_range
    from kg.errors import InputError as LookupInputError
    from kg.errors import KgError
    from kg.viz import UnknownNameError, ViewError, load_context, select

    try:
        window = date_range(options.since, options.until)
    except DateRangeError as exc:
        raise click.UsageError(str(exc)) from None
    try:
        spec = store_spec(store)
        if spec.kind == "memory":
            return select(load_context(load_dataset(data_dir, ontology_dir, corpus)), options)
        graph = open_store(spec, data_dir, ontology_dir, corpus)
        if not options.centers:
            return select(load_context(graph), options)
        from kg.lookup import resolve
        from kg.store_backend import StoreBackend

        backend = StoreBackend(graph)
        centers = [resolve(backend, name, "--center").iri for name in options.centers]
        # In the actor view, actors one step apart share an event (two steps in the
        # graph), and two actors at the edge of the view may share an event one
        # step further out.
        radius = 2 * options.depth + 1 if options.actors else options.depth
        # A date range keeps a node for the events it links to, one step further out.
        radius += 1 if window.bounded else 0
        context = load_context(graph, centers, radius, every_source=options.source is not None)
        return select(context, replace(options, centers=tuple(centers)))
    except (UnknownNameError, LookupInputError) as exc:  # one line, exit 2, naming the option
        raise CommandUsageError(str(exc)) from None
    except ViewError as exc:
        raise click.ClickException(str(exc)) from None
    except KgError as exc:
        raise click.ClickException(str(exc)) from None


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
def viz(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    output: Path,
    max_nodes: int,
    title: str | None,
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
    """
    from kg.viz import render, write

    options = _view_options(max_nodes=max_nodes, title=title, **selection)
    view = _select(data_dir, ontology_dir, corpus, store, options)
    _say_undated(view)
    counts = f"{view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges"
    if str(output) == "-":
        if sys.stdout.isatty():
            raise click.UsageError("refusing to write HTML to a terminal: pass -o FILE.html")
        click.echo(render(view), nl=False)
        click.echo(f"{view.title}: {counts}", err=True)
        return
    with output_errors():
        write(view, output)
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
    edge attributes (facts and evidence as JSON text in GraphML and GEXF).

    Example:

    \b
        kg export -o graph.gexf
        kg export --actors --format json | jq '.edges[0]'
    """
    from kg.export import export as export_view

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".")
        fmt = suffix if suffix in ("graphml", "gexf", "json") else "graphml"
    options = _view_options(max_nodes=None, **selection)
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
    """The demo's views: the whole graph, and the Dubai meeting with its participants."""
    from kg.viz import ViewOptions, load_context, select, write

    context = load_context(dataset)
    whole = select(context, ViewOptions())
    ego = select(context, ViewOptions(centers=(DEMO_CENTER,), depth=1))
    with output_errors():
        return [write(whole, folder / "graph.html"), write(ego, folder / f"{DEMO_CENTER}.html")]
