"""``kg suggest``: proposed annotation rows for one report, written for review."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import DIRECTORY
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
@click.option(
    "--data",
    "data_dir",
    type=DIRECTORY,
    default=None,
    help="Annotation folder [default: $KG_DATA, else the bundled seed corpus annotations].",
)
@click.option(
    "--ontology",
    "ontology_dir",
    type=DIRECTORY,
    default=None,
    help="Folder with kg.ttl and triggers.tsv [default: the bundled ontology].",
)
@click.option(
    "--corpus",
    type=DIRECTORY,
    default=None,
    help="Folder of source texts <id>.txt [default: $KG_CORPUS, else ../shared/seeds].",
)
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
    from kg.build.tsv import InputFileError, read_text
    from kg.files import check_target
    from kg.resources import default_data_dir, default_ontology_dir, find_corpus
    from kg.suggest.furniture import excluded_texts, outside_furniture
    from kg.suggest.register import SuggestSourceError, load_register, source_id
    from kg.suggest.review_checks import register_before_review
    from kg.suggest.rows import (
        merge,
        read_suggestions,
        suggestions_path,
        taking_turns,
        write_suggestions,
    )
    from kg.suggest.suggester import Suggester

    data = data_dir or default_data_dir()
    ontology = ontology_dir or default_ontology_dir()
    folder = find_corpus(corpus).path
    if folder is None or not folder.is_dir():
        raise CommandUsageError(f"--corpus: no folder of source texts ({folder or 'none found'})")
    with library_errors("nothing was written", option="SOURCE"):
        register = load_register(data, ontology)
        full = source_id(register, source)
        target = output or suggestions_path(data, full)
        check_target(target)  # a folder, FIFO or device: refused before anything is read
        text_path = folder / f"{full}.txt"
        if not text_path.exists() and not text_path.is_symlink():
            raise SuggestSourceError(f"{text_path}: the text of source {full} is missing")
        try:
            text = read_text(text_path)
        except InputFileError as exc:
            raise SuggestSourceError(str(exc.problem)) from None
        # proposed as on the first run: what the review accepted keeps its ids and decisions
        decided = read_suggestions(target) if target.exists() else []
        register = register_before_review(register, full, decided)
        rows = Suggester.from_register(register, ontology).suggest(full, text)
        rows = outside_furniture(rows, text, excluded_texts(data, full))  # no section labels
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
