"""`kg coverage`: which sentences of each report the claims cover."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import input_options, run_build
from kg.cli.errors import library_errors
from kg.cli.output import emit_rows, output_options, render_table, resolve_format


@click.command()
@input_options
@output_options
@click.option(
    "--sentences",
    is_flag=True,
    help="List every story sentence with its status: claims (an accepted claim's "
    "evidence), suggested (pending suggestions only) or none.",
)
@click.option(
    "--source",
    "only",
    default=None,
    metavar="SOURCE",
    help="Only this source (its id or number: 005) [default: every source].",
)
def coverage(
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    fmt: str | None,
    sentences: bool,
    only: str | None,
) -> None:
    """Per source, the story sentences supported by an evidence span.

    Lists every sentence that no claim covers and that no exclusion in
    data/coverage-exclusions/ explains, as SOURCE:LINE (the line of the
    source's text), and says which of them have pending suggestions
    (data/suggestions/, from `kg suggest`). Exits 1 if any is left.

    Example:

    \b
        kg coverage --table
        kg coverage --sentences --table --source 005
    """
    from kg.build.coverage import coverage as compute_coverage

    result = run_build(data_dir, ontology_dir, corpus, shacl=False)
    if result.texts is None:
        raise click.ClickException(
            "coverage needs the source texts: pass --corpus or set KG_CORPUS"
        )
    with library_errors():
        pending = _pending_evidence(data_dir, sorted(result.texts))
    report = compute_coverage(result.annotations, result.texts, pending)
    if only is not None:
        from kg.vocabulary import source_vocabulary

        with library_errors(option="--source"):
            chosen = source_vocabulary(result.texts).resolve(only, option="--source")
        report = [item for item in report if item.source == chosen]
    fmt = resolve_format(fmt)
    if sentences:
        listed = [
            {
                "source": item.source,
                "line": _line(result.texts[item.source], s.start),
                "start": s.start,
                "status": status,
                "text": s.text,
            }
            for item in report
            for s, status in item.story
        ]
        emit_rows(listed, ["source", "line", "start", "status", "text"], fmt)
    else:
        rows = [
            {
                "source": item.source,
                "sentences": item.sentences,
                "excluded": item.excluded,
                "covered": item.covered,
                "story_sentences": item.story_sentences,
                "percent": round(100 * item.ratio, 1),
                "pending": len(item.pending),
                "uncovered": [s.text for s in item.uncovered],
            }
            for item in report
        ]
        columns = ["source", "story_sentences", "covered", "excluded", "percent", "pending"]
        if fmt == "table":
            click.echo(render_table(rows, columns))
            for item in report:
                for sentence, status in item.story:
                    if status != "claims":
                        shown = " (pending suggestions)" if status == "suggested" else ""
                        line = _line(result.texts[item.source], sentence.start)
                        click.echo(f"uncovered {item.source}:{line}: {sentence.text}{shown}")
        else:
            emit_rows(rows, [*columns, "uncovered"], fmt)
    if any(item.uncovered for item in report):
        raise SystemExit(1)


def _line(text: str, offset: int) -> int:
    """The line of ``text`` (from 1) that holds the character at ``offset``."""
    return text.count("\n", 0, offset) + 1


def _pending_evidence(data_dir: Path | None, sources: list[str]) -> dict[str, list[str]]:
    """The evidence of each source's suggestions not yet decided (``kg suggest``'s files)."""
    from kg.resources import default_data_dir
    from kg.suggest.rows import read_suggestions, suggestions_path

    folder = data_dir or default_data_dir()
    return {
        source: [
            row.evidence
            for row in read_suggestions(suggestions_path(folder, source))
            if row.status == "suggested"
        ]
        for source in sources
    }
