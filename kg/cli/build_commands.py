"""`kg build`, `kg coverage`, `kg stats` and `kg demo`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli.common import DIRECTORY, input_options, run_build
from kg.cli.output import emit_json, emit_rows, output_options, render_table, resolve_format

if TYPE_CHECKING:
    from kg.build import BuildResult


def _summary(result: BuildResult) -> str:
    graphs = [g for g in result.dataset.graphs() if len(g)]
    triples = sum(len(g) for g in graphs)
    return (
        f"{triples} triples in {len(graphs)} named graphs: "
        f"{len(result.resolved.claims)} claims from {len(result.resolved.sources)} sources "
        f"about {len(result.resolved.entities)} entities"
    )


@click.command()
@input_options
@click.option(
    "-o",
    "--output",
    type=DIRECTORY,
    default=None,
    help="Folder for graph.nq, graph.trig and graph.ttl [default: build/].",
)
@click.option("--check", is_flag=True, help="Validate only; write nothing.")
def build(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    output: Path | None,
    check: bool,
) -> None:
    """Validate the annotations and write the graph.

    Checks ids, predicates, domains and ranges, dates and quantities, evidence
    spans against the source texts, and the SHACL shapes; reports every problem
    as `file:line: message` and exits 1 without touching the last good output.
    Writes N-Quads and TriG (a named graph per source) and Turtle (merged),
    byte-identical for the same input.

    Example:

        kg build -o build/ && kg build --check --corpus ../shared/seeds
    """
    from kg.build import write_outputs
    from kg.resources import default_output_dir

    result = run_build(data_dir, ontology_dir, corpus)
    click.echo(_summary(result))
    if check:
        return
    for path in write_outputs(result, output or default_output_dir()):
        click.echo(f"wrote {path}")


@click.command()
@input_options
@output_options
def coverage(
    data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None, fmt: str | None
) -> None:
    """Per source, the story sentences supported by an evidence span.

    Lists every sentence that no claim covers and that no exclusion in
    data/coverage-exclusions/ explains. Exits 1 if any is left.

    Example:

        kg coverage --table
    """
    from kg.coverage import coverage as compute_coverage

    result = run_build(data_dir, ontology_dir, corpus, shacl=False)
    if result.texts is None:
        raise click.ClickException(
            "coverage needs the source texts: pass --corpus or set KG_CORPUS"
        )
    report = compute_coverage(result.annotations, result.texts)
    rows = [
        {
            "source": item.source,
            "sentences": item.sentences,
            "excluded": item.excluded,
            "covered": item.covered,
            "story_sentences": item.story_sentences,
            "percent": round(100 * item.ratio, 1),
            "uncovered": [s.text for s in item.uncovered],
        }
        for item in report
    ]
    fmt = resolve_format(fmt)
    if fmt == "table":
        click.echo(
            render_table(rows, ["source", "story_sentences", "covered", "excluded", "percent"])
        )
        for item in report:
            for sentence in item.uncovered:
                click.echo(f"uncovered {item.source}:{sentence.start}: {sentence.text}")
    else:
        columns = ["source", "story_sentences", "covered", "excluded", "percent", "uncovered"]
        emit_rows(rows, columns, fmt)
    if any(item.uncovered for item in report):
        raise SystemExit(1)


@click.command()
@input_options
@output_options
def stats(
    data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None, fmt: str | None
) -> None:
    """Counts of entities per class, claims per predicate and per source.

    Example:

        kg stats --json | jq .per_source
    """
    from kg.stats import compute_stats

    result = run_build(data_dir, ontology_dir, corpus, shacl=False)
    graphs = [g for g in result.dataset.graphs() if len(g)]
    numbers = compute_stats(result.resolved, sum(len(g) for g in graphs), len(graphs))
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
    help="Output folder [default: build/].",
)
@click.option(
    "--entity",
    default="vikram-misri",
    show_default=True,
    help="Entity id for the sample neighbourhood lookup.",
)
def demo(output: Path | None, entity: str) -> None:
    """Build the seed corpus in memory, write the graph and show a sample lookup.

    The main job: validates and builds the bundled annotations of the seed
    corpus, writes the graph files into one output folder, prints a summary
    and the events an actor shared with others.

    Example:

        kg demo -o out/
    """
    from kg.build import write_outputs
    from kg.lookup import shared_events
    from kg.resolve import entity_iri
    from kg.resources import default_output_dir

    result = run_build(None, None, None)
    click.echo(_summary(result))
    for path in write_outputs(result, output or default_output_dir()):
        click.echo(f"wrote {path}")
    if entity not in result.resolved.entities:
        raise click.BadParameter(f"unknown entity id {entity!r}", param_hint="--entity")
    label = result.resolved.entities[entity].label
    rows = [
        {
            "event": row.event_label,
            "type": row.event_type,
            "with": row.other_label,
            "from": row.earliest,
            "sources": row.sources,
        }
        for row in shared_events(result.dataset, entity_iri(entity))
    ]
    click.echo(f"\nEvents {label} shared with other actors:")
    click.echo(render_table(rows, ["from", "type", "event", "with", "sources"]))
