"""`kg build`, `kg stats` and `kg demo`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli.common import (
    DIRECTORY,
    build_store_option,
    checked_output_folder,
    input_options,
    output_errors,
    run_build,
    store_spec,
)
from kg.cli.errors import library_errors
from kg.cli.output import emit_json, emit_rows, output_options, resolve_format

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

    from kg.build.store import StoreBuild
    from kg.build.validate import Resolved
    from kg.lookup.backend import LookupBackend
    from kg.lookup.neighbours import Neighbourhood
    from kg.stores import StoreSpec


def _named_graphs(dataset: Dataset) -> list[Graph]:
    default = dataset.default_graph.identifier
    return [g for g in dataset.graphs() if len(g) and g.identifier != default]


def _summary(dataset: Dataset, claims: int, resolved: Resolved) -> str:
    """What a build made, in one line: of the in-memory build, or of a store build's
    graph.nq (whose ``resolved`` holds only the rows it checked: ``claims`` counts all)."""
    triples = sum(len(g) for g in dataset.graphs())
    return (
        f"{triples} triples in {len(_named_graphs(dataset))} named graphs and the default "
        f"graph (provenance): {claims} claims from {len(resolved.sources)} sources "
        f"about {len(resolved.entities)} entities"
    )


@click.command()
@input_options
@build_store_option
@click.option(
    "-o",
    "--output",
    type=DIRECTORY,
    default=None,
    callback=checked_output_folder,
    help="Folder for the graph files, swapped in together as one generation "
    "[default: the workspace, $KG_WORKSPACE else build/, for the embedded and the "
    "memory store; none for the other stores].",
)
@click.option(
    "--check",
    is_flag=True,
    help="Validate only, on a scratch in-memory Oxigraph store (the shapes checked by "
    "the violation queries); write nothing, whatever --store says.",
)
def build(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    output: Path | None,
    check: bool,
) -> None:
    """Validate the annotations and write the graph, or load it into a store.

    Checks ids, predicates, domains and ranges, dates and quantities, evidence
    spans against the source texts, the SHACL shapes (pySHACL with --store
    memory) and the catalogue's violation queries; reports every problem of
    every stage as `file:line: message` and exits 1 without touching the last
    good output. It writes
    N-Quads and TriG (a named graph per source) and Turtle (merged),
    byte-identical for the same input, into the workspace ($KG_WORKSPACE,
    else build/), and by default loads the workspace's embedded store
    (build/store/) that every read command opens; --store memory writes the
    files only. With --store oxigraph:PATH it loads an Oxigraph store that
    later commands reopen (and writes graph.nq with -o). A store build checks
    and loads again only the reports that changed since the last one, with
    the same result as a full build. With --store sparql:URL it replaces that
    endpoint's dataset through SPARQL Update.

    Example:

    \b
        kg build                      # build/graph.* and build/store/
        kg build --store memory -o out/
        kg build --store oxigraph:/data/kg-store
    """
    from kg.build import build_remote, write_nquads, write_outputs
    from kg.resources import default_output_dir

    spec = store_spec(store)
    if not check:
        from kg.stores import check_build_target

        with library_errors():  # a bad $KG_SPARQL_UPDATE: before the build
            check_build_target(spec)
    if check:
        from kg.build import check_build

        with library_errors("nothing was written"):
            checked = check_build(data_dir, ontology_dir, corpus)
        for notice in checked.checked.notices:
            click.echo(f"note: {notice}", err=True)
        click.echo(
            f"valid: {checked.quads} quads ({len(checked.checked.resolved.claims)} claims from "
            f"{len(checked.checked.resolved.sources)} sources about "
            f"{len(checked.checked.resolved.entities)} entities); nothing was written"
        )
        return
    if spec.embedded:
        _build_embedded(spec, data_dir, ontology_dir, corpus, output or default_output_dir())
        return
    if spec.kind == "memory":
        result = run_build(data_dir, ontology_dir, corpus)
        click.echo(_summary(result.dataset, len(result.resolved.claims), result.resolved))
        with output_errors():
            written = write_outputs(result, output or default_output_dir())
        for path in written:
            click.echo(f"wrote {path}")
        return
    with library_errors("the store was not changed"):
        if spec.kind == "oxigraph":
            from kg.build.workspace import build_store
            from kg.stores.workspace import Inputs

            built = build_store(  # with its label index and the inputs' fingerprint
                Path(spec.location), Inputs.of(data_dir, ontology_dir, corpus)
            )  # -o links to the store's graph.nq (built.nquads_file): its text is not read
        else:
            built = build_remote(spec.location, data_dir, ontology_dir, corpus)
    for notice in built.checked.notices:
        click.echo(f"note: {notice}", err=True)
    click.echo(
        f"loaded {built.quads} quads ({built.claim_count} claims from "
        f"{len(built.checked.resolved.sources)} sources) into {spec}"
    )
    if output is not None:
        with output_errors():
            click.echo(f"wrote {write_nquads(built.nquads_file or built.nquads, output)}")


def _build_embedded(
    spec: StoreSpec,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    output: Path,
) -> None:
    """`kg build` on the embedded store: the store build validates (rows, then the graph
    checks, every stage reported in one run) and loads; the graph files are then written
    from its sorted N-Quads, the in-memory build's files byte for byte.

    The annotations are validated once: before, the in-memory build (pySHACL
    included) ran first for the files, and the store build checked everything
    again. A failed build writes nothing and keeps the last good store.
    """
    path = Path(spec.location)
    built = _store_build(path, data_dir, ontology_dir, corpus)
    _write_store_files(built, output)
    click.echo(f"loaded {built.quads} quads into the embedded store {path}")


def _store_build(
    path: Path, data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None
) -> StoreBuild:
    """The embedded store's build (it validates), its notices said."""
    from kg.build.workspace import build_store
    from kg.stores.workspace import Inputs

    with library_errors("nothing was written"):
        built = build_store(path, Inputs.of(data_dir, ontology_dir, corpus))
    for notice in built.checked.notices:
        click.echo(f"note: {notice}", err=True)
    return built


def _write_store_files(built: StoreBuild, output: Path) -> Dataset:
    """Say what the store build made and write the graph files from its graph.nq, as one
    generation in ``output``; the dataset, read from that graph.nq."""
    from rdflib import Dataset

    from kg.build.serialize import OUTPUT_FILES, to_trig, to_turtle
    from kg.files import write_generation

    nquads = built.nquads_file
    assert nquads is not None
    dataset = Dataset()
    dataset.parse(nquads, format="nquads")
    click.echo(_summary(dataset, built.claim_count, built.checked.resolved))
    files: dict[str, str | Path] = {
        "graph.nq": nquads,
        "graph.trig": to_trig(dataset),
        "graph.ttl": to_turtle(dataset),
    }
    with output_errors():
        written = write_generation(output, files, OUTPUT_FILES)
    for written_path in written:
        click.echo(f"wrote {written_path}")
    return dataset


@click.command()
@input_options
@output_options
def stats(
    data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None, fmt: str | None
) -> None:
    """Counts of entities per class, claims per predicate and per source.

    Example:

    \b
        kg stats --json | jq .per_source
    """
    from kg.build.stats import compute_stats

    result = run_build(data_dir, ontology_dir, corpus, shacl=False)
    triples = sum(len(g) for g in result.dataset.graphs())
    numbers = compute_stats(result.resolved, triples, len(_named_graphs(result.dataset)))
    fmt = resolve_format(fmt)
    if fmt == "json":
        emit_json(
            {
                "triples": numbers.triples,
                "graphs": numbers.graphs,
                "per_class": numbers.per_class,
                "per_predicate": numbers.per_predicate,
                "per_source": numbers.per_source,
            }
        )
        return
    rows: list[dict[str, Any]] = [
        {"kind": "class", "name": name, "count": count} for name, count in numbers.per_class.items()
    ]
    rows += [
        {"kind": "predicate", "name": name, "count": count}
        for name, count in numbers.per_predicate.items()
    ]
    rows += [
        {"kind": "source", "name": source, "count": counts["claims"]}
        for source, counts in numbers.per_source.items()
    ]
    emit_rows(rows, ["kind", "name", "count"], fmt)


@click.command()
@click.option(
    "-o",
    "--output",
    type=DIRECTORY,
    default=None,
    callback=checked_output_folder,
    help="Output folder [default: build/].",
)
@click.option(
    "--entity",
    default="vikram-misri",
    show_default=True,
    help="Entity id for the sample neighbourhood lookup.",
)
def demo(output: Path | None, entity: str) -> None:
    """Build the seed corpus, write the graph and the store, and show a sample lookup.

    The main job: validates and builds the bundled annotations of the seed
    corpus, writes the graph files into one output folder, loads the
    workspace's embedded store (as `kg build` does, validating once, in the
    store build; --store memory in $KG_STORE builds in memory instead),
    prints a summary and an actor's neighbours (the people met, via the
    events shared), looked up on that store.

    Example:

    \b
        kg demo -o out/
    """
    from kg.build import write_outputs
    from kg.cli.lookup_tables import neighbours_table
    from kg.cli.viz_commands import write_demo_views
    from kg.lookup.backend import backend_for
    from kg.resources import default_output_dir

    spec = store_spec(None)
    folder = output or default_output_dir()
    if spec.embedded:  # the store build validates, once; the files come from its graph.nq
        path = Path(spec.location)
        built = _store_build(path, None, None, None)
        lookup = _demo_lookup(spec, entity)  # before a file is written
        dataset = _write_store_files(built, folder)
        click.echo(f"loaded {built.quads} quads into the embedded store {path}")
    else:
        result = run_build(None, None, None)
        lookup = _demo_lookup(backend_for(result.dataset), entity)
        click.echo(_summary(result.dataset, len(result.resolved.claims), result.resolved))
        with output_errors():
            written = write_outputs(result, folder)
        for written_path in written:
            click.echo(f"wrote {written_path}")
        dataset = result.dataset
    click.echo(f"\nNeighbours of {lookup.entity.label} (kg neighbours {entity}):")
    click.echo(neighbours_table(lookup))
    click.echo("")
    for view in write_demo_views(dataset, folder):
        click.echo(f"wrote {view} (open it in a browser)")


def _demo_lookup(where: StoreSpec | LookupBackend, entity: str) -> Neighbourhood:
    """The demo's lookup, on the store ``where`` names or on a backend; an unknown
    ``--entity`` is a usage error naming the option."""
    from kg.lookup.indexed import store_backend
    from kg.lookup.neighbours import neighbourhood
    from kg.stores import StoreSpec, open_store

    try:
        with library_errors():
            if not isinstance(where, StoreSpec):
                return neighbourhood(where, entity)
            store = open_store(where)
            try:
                return neighbourhood(store_backend(store), entity)
            finally:
                store.close()
    except click.ClickException as exc:
        raise click.BadParameter(exc.message, param_hint="--entity") from None
