"""`kg neighbours`, `kg describe`, `kg path`, `kg timeline`, and what every lookup shares.

A thin layer over :mod:`kg.lookup`: parse options, resolve the graph once,
print rows. Library errors become one line on stderr: exit 2 for a name or
value that does not fit (unknown, ambiguous, misspelt), exit 1 when the graph
has no answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli.common import input_options, load_dataset, open_store, store_option, store_spec
from kg.cli.errors import library_errors
from kg.cli.lookup_tables import describe_table, neighbours_table, render_paths
from kg.cli.output import emit_json, emit_rows, output_options, render_table, resolve_format

if TYPE_CHECKING:
    from kg.lookup.backend import LookupBackend


def lookup_backend(
    data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None, store: str | None
) -> LookupBackend:
    """The lookups' backend: the in-memory projection (built once), or a store-backed one.

    On an Oxigraph store or a SPARQL endpoint only the nodes a lookup visits
    are fetched: from the store's link index where it has one.
    """
    _fewer_collections()
    spec = store_spec(store)
    if spec.kind == "memory":
        from kg.lookup.backend import backend_for

        return backend_for(load_dataset(data_dir, ontology_dir, corpus))
    from kg.lookup.indexed import store_backend

    with library_errors():
        opened = open_store(spec, data_dir, ontology_dir, corpus)
    return store_backend(opened)


def _fewer_collections() -> None:
    """Run Python's cyclic garbage collector less often for the rest of the command.

    A lookup makes hundreds of thousands of objects and frees few; collecting
    after every 700 new containers, each pass over all that lived, cost a third
    of a two-hop neighbourhood at a million triples (docs/performance.md). What
    the imports made is frozen out of the passes; a pass runs after a million
    new containers (a command's cyclic garbage is small; it ends soon after).
    """
    import gc

    gc.freeze()
    gc.set_threshold(1_000_000, 50, 100)


def emit_result(
    fmt: str | None,
    document: Any,
    rows: Callable[[bool], list[dict[str, Any]]],
    table_columns: list[str],
    row_columns: list[str],
) -> None:
    """JSON as documented, a table with short source ids, or CSV/TSV rows."""
    chosen = resolve_format(fmt)
    if chosen == "json":
        emit_json(document, floatless=True)
    elif chosen == "table":
        click.echo(render_table(rows(True), table_columns))
    else:
        emit_rows(rows(False), row_columns, chosen)


via_events_option = click.option(
    "--via-events/--direct",
    default=True,
    show_default=True,
    help="An event is one hop between its participants, or an ordinary node.",
)
source_option = click.option(
    "--source",
    metavar="ID",
    default=None,
    help="Only the claims of this source (an id or its unique beginning, e.g. 002).",
)


@click.command()
@click.argument("entity")
@click.option(
    "--depth",
    type=click.IntRange(1, 6),
    default=1,
    show_default=True,
    help="Hops from the entity.",
)
@via_events_option
@click.option(
    "--types",
    multiple=True,
    metavar="CLASS[,CLASS]",
    help="Only neighbours of these classes (subclasses included), e.g. Person,State.",
)
@source_option
@input_options
@store_option
@output_options
def neighbours(
    entity: str,
    depth: int,
    via_events: bool,
    types: tuple[str, ...],
    source: str | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
) -> None:
    """What is around an entity: its neighbours up to --depth hops.

    ENTITY is a label, an alias, an id, a CURIE (kgr:...) or an IRI, in any
    case and with or without accents. With --via-events (the default) an
    event is one hop between its participants, so the people someone met are
    at depth 1; --direct walks every claim, events included. Each row gives
    the neighbour, the relation (preferred label and direction, or the two
    roles in the event), the event with its kind and date (each source's date
    where they differ), and the sources of the claims on the hop (through an
    event, the reports that name both ends); a hop in another voice than its
    report's own, or not stated as certain, has a voice column, as in
    `kg describe`. Exits 1 when there is no neighbour.

    Example:

    \b
        kg neighbours "J.P. Singh" --types Person
        kg neighbours misri --depth 2 --json | jq '.nodes[].label'
    """
    with library_errors():
        from kg.lookup.neighbours import neighbourhood

        result = neighbourhood(
            lookup_backend(data_dir, ontology_dir, corpus, store),
            entity,
            depth=depth,
            via_events=via_events,
            types=types,
            source=source,
        )
    chosen = resolve_format(fmt)
    if chosen == "table":
        click.echo(neighbours_table(result))
        return
    emit_result(
        chosen,
        result.as_json(),
        result.rows,
        [],
        ["depth", "from", "neighbour", "id", "type", "relation"]
        + ["event", "kind", "date", "disputed", "sources", "voice"],
    )


@click.command()
@click.argument("entity")
@input_options
@store_option
@output_options
def describe(
    entity: str,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
) -> None:
    """Every fact about an entity, grouped by predicate, with sources and evidence.

    Its literal facts (dates, quantities, descriptions) and its relations in
    both directions (→ the entity is the subject, ← the object), each with
    the source ids and the verbatim evidence spans; disputed facts are marked,
    with what contradicts them (conflicts_with: the other claim, its source
    and words, and the kind of dispute), and a fact the report gives in another
    voice, or only as planned or considered, says so (the voice column).

    Example:

    \b
        kg describe aid-medicines
        kg describe Yaqoob --json | jq '.facts[] | select(.disputed)'
    """
    with library_errors():
        from kg.lookup.describe import describe as describe_entity

        result = describe_entity(lookup_backend(data_dir, ontology_dir, corpus, store), entity)
    chosen = resolve_format(fmt)
    if chosen == "json":
        emit_json(result.as_json())
        return
    columns = ["predicate", "value", "id", "disputed", "source", "evidence", "start", "end"]
    columns += ["voice", "mode", "factuality", "conflicts_with"]
    if chosen != "table":
        emit_rows(result.rows(False), columns, chosen)
        return
    click.echo(describe_table(result))


@click.command()
@click.argument("start", metavar="A")
@click.argument("end", metavar="B")
@click.option(
    "--max-length",
    type=click.IntRange(1, 10),
    default=4,
    show_default=True,
    help="Longest path to look for, in hops.",
)
@click.option("--all", "all_paths", is_flag=True, help="Every shortest path, not only the best.")
@via_events_option
@source_option
@input_options
@store_option
@output_options
def path(
    start: str,
    end: str,
    max_length: int,
    all_paths: bool,
    via_events: bool,
    source: str | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
) -> None:
    """The shortest path(s) between two entities, each hop with its relation and evidence.

    Claims are walked in either direction; each evidence span is followed by
    its voice where it is not the report's own statement (as in `kg
    describe`). Without --all, the best-attested
    shortest path (the one whose weakest hop has the most sources); with
    --all, every shortest path. Exits 1 when there is no path within
    --max-length hops.

    Example:

    \b
        kg path India China --all
        kg path misri china --max-length 1   # exit 1: no direct link
    """
    with library_errors():
        from kg.lookup.paths import find_paths

        result = find_paths(
            lookup_backend(data_dir, ontology_dir, corpus, store),
            start,
            end,
            max_length=max_length,
            via_events=via_events,
            all_paths=all_paths,
            source=source,
        )
    chosen = resolve_format(fmt)
    if chosen == "json":
        emit_json(result.as_json(), floatless=True)  # as neighbours: texts, integers
    elif chosen == "table":
        click.echo(render_paths(result))
    else:
        columns = ["path", "step", "from", "relation", "to", "event", "kind", "date", "disputed"]
        emit_rows(result.rows(False), [*columns, "sources", "evidence", "voice"], chosen)


@click.command()
@click.argument("entity", required=False)
@click.option(
    "--since",
    metavar="DATE",
    help="Events on or after YYYY[-MM[-DD]] (a date known to the month counts for the month).",
)
@click.option(
    "--until",
    metavar="DATE",
    help="Events on or before YYYY[-MM[-DD]]; with either bound, undated events are left out.",
)
@input_options
@store_option
@output_options
def timeline(
    entity: str | None,
    since: str | None,
    until: str | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
) -> None:
    """Events in date order, all of them or those of one ENTITY.

    Dates keep the precision the sources give ("2025-01" is a month, never a
    made-up day; "..2025-01-09" is "by the publication date"). Where sources
    give an event different dates, each is shown with its sources. With
    --since/--until, an event is kept when a source's date lies in the range
    (an open date such as "..2025-01-09" only if all of it does); undated
    events are left out, and stderr says how many. Exits 1 when no event is
    left.

    Example:

    \b
        kg timeline "J.P. Singh"
        kg timeline --since 2025-01 --until 2025-02 --csv
    """
    with library_errors():
        from kg.lookup.timeline import timeline as events_in_order

        result = events_in_order(
            lookup_backend(data_dir, ontology_dir, corpus, store), entity, since=since, until=until
        )
    if result.undated_left_out:
        click.echo(f"{result.undated_left_out} undated event(s) left out", err=True)
    columns = ["date", "event", "kind", "actors", "sources"]
    if result.entity is not None:
        columns.insert(3, "role")
    emit_result(
        fmt,
        result.as_json(),
        result.rows,
        columns,
        ["date", "event", "id", "kind", "role", "actors", "sources"],
    )


COMMANDS = (describe, neighbours, path, timeline)
