"""``kg suggest``: proposed annotation rows for one report, written for review."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import CORPUS_OPTION, DATA_OPTION, ontology_option
from kg.cli.errors import CommandUsageError, library_errors


@click.command()
@click.argument("source")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write [default: DATA/suggestions/SOURCE.tsv, merged with decisions taken].",
)
@DATA_OPTION
@ontology_option("kg.ttl and triggers.tsv")
@CORPUS_OPTION
def suggest(
    source: str,
    output: Path | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
) -> None:
    """Propose annotation rows for one report, to accept or reject with `kg review`.

    SOURCE is a source id of sources.tsv (or its number: 004). Mentions of
    register entities, new entities, events with their actors, places, dates and
    topics, quantities, quotations, positions held and relations stated between
    names (docs/suggest.md): every row with a verbatim evidence span, a
    confidence, a reason and its sentence. Decisions already taken in the file
    are kept, and a rejected row is not suggested again. Nothing reaches the
    graph until it is accepted and `kg build` passes.

    Example:

    \b
        kg suggest 004 && kg review 004
    """
    from kg.resources import default_data_dir, default_ontology_dir, find_corpus
    from kg.suggest.rows import merge, read_suggestions, taking_turns, write_suggestions
    from kg.suggest.suggester import suggest_source

    data = data_dir or default_data_dir()
    ontology = ontology_dir or default_ontology_dir()
    folder = find_corpus(corpus).path
    if folder is None or not folder.is_dir():
        raise CommandUsageError(f"--corpus: no folder of source texts ({folder or 'none found'})")
    with library_errors("nothing was written", option="SOURCE"):
        full, target, rows = suggest_source(data, ontology, folder, source, output)
        with taking_turns(target):  # a review open on the file decides between our reads
            old = read_suggestions(target) if target.exists() else []
            merged = merge(old, rows)
            comment = f"kg suggest {full}: review with `kg review {full}`"
            write_suggestions(target, merged, comment)
    counts = {
        kind: sum(1 for r in merged if r.kind == kind) for kind in ("mention", "entity", "claim")
    }
    pending = sum(1 for r in merged if r.status == "suggested")
    click.echo(
        f"{target}: {pending} suggestion(s) to review "
        f"({counts['claim']} claim, {counts['entity']} entity, {counts['mention']} mention rows)",
        err=True,
    )
