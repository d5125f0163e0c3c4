"""`kg add` (a new report into the corpus) and `kg review` (suggestions into annotations)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from kg.cli.common import CORPUS_OPTION, DATA_OPTION, stop_on_signals
from kg.cli.errors import folder_options, library_errors
from kg.cli.output import emit_rows, output_options, resolve_format


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a date YYYY-MM-DD: {value!r}") from None


def _folders(data_dir: Path | None, corpus: Path | None) -> tuple[Path, Path]:
    from kg.resources import default_data_dir, find_corpus

    location = find_corpus(corpus)
    if location.path is None:
        raise click.UsageError("no corpus folder: pass --corpus or set KG_CORPUS")
    return data_dir or default_data_dir(), location.path


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--published",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="The publication date (required: relative dates resolve against it).",
)
@click.option(
    "--headline", default=None, help="The headline [default: the text's, if it shows one]."
)
@click.option(
    "--dateline", default=None, help="The dateline [default: the text's, e.g. 'New Delhi, Nov 7']."
)
@click.option("--author", default=None, help="The byline [default: the text's, if it shows one].")
@DATA_OPTION
@CORPUS_OPTION
def add(
    file: Path,
    published: dt.date | None,
    headline: str | None,
    dateline: str | None,
    author: str | None,
    data_dir: Path | None,
    corpus: Path | None,
) -> None:
    """Add a report: its text into the corpus, its sources.tsv row, an empty claims file.

    The new source's id is a sequence number and the text's hash (like the
    seeds': 005_1a2b3c4d5e6f7a8b). Headline, dateline and byline are taken
    from the text where it shows them; the options override. The page
    furniture it recognises (byline, captions, section labels, credits, links,
    copyright and publication lines, site prompts, separators, subheadings)
    goes into coverage-exclusions/<id>.tsv (check them). kg reads a paragraph
    a line: a line that breaks a sentence is named (join the lines). A text
    already in the corpus is refused with its id; nothing is written on any
    error.

    Example:

    \b
        kg add kabul-embassy.txt --published 2025-10-10
        kg suggest 005_1a2b3c4d5e6f7a8b
    """
    from kg.suggest.intake import add_report

    data, corpus_dir = _folders(data_dir, corpus)
    with library_errors():
        added = add_report(
            file,
            data,
            corpus_dir,
            published=published,
            headline=headline,
            dateline=dateline,
            author=author,
        )
    click.echo(f"added {added.source}")
    if added.wrapped is not None:
        from kg.suggest.furniture import WRAPPED

        click.echo(f"warning: {added.text_file}:{added.wrapped}: {WRAPPED}", err=True)
    for name, value in (
        ("headline", added.headline),
        ("dateline", added.dateline),
        ("author", added.author),
    ):
        click.echo(f"  {name}: {value or '(none)'}")
    for path in (added.text_file, added.claims_file, added.exclusions_file, added.sources_file):
        if path is None:
            continue
        click.echo(f"wrote {path}")
    folders = folder_options(data_dir, corpus)  # or the next commands look elsewhere
    click.echo(f"next: kg suggest {added.source}{folders}, then kg review {added.source}{folders}")


@click.command()
@click.argument("source")
@click.option("--accept", "accepts", multiple=True, metavar="SID", help="Accept this suggestion.")
@click.option("--reject", "rejects", multiple=True, metavar="SID", help="Reject this suggestion.")
@click.option(
    "--undo",
    "undos",
    multiple=True,
    metavar="SID",
    help="Take back a decision: an accepted suggestion's row leaves the claims or register "
    "file; a rejected one is pending again.",
)
@click.option(
    "--accept-above",
    type=click.FloatRange(0, 1),
    default=None,
    metavar="CONF",
    help="Accept every pending suggestion of at least this confidence (possible "
    "duplicates, and new events whose date or second actor is below it, are left to a "
    "person).",
)
@click.option(
    "--list",
    "show",
    is_flag=True,
    help="List the suggestions and their status (a table cuts long objects; --json: all).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Port of the review page on 127.0.0.1 (0: a free one).",
)
@click.option("--no-browser", is_flag=True, help="Print the page's URL; do not open a browser.")
@DATA_OPTION
@CORPUS_OPTION
@output_options
def review(
    source: str,
    accepts: tuple[str, ...],
    rejects: tuple[str, ...],
    undos: tuple[str, ...],
    accept_above: float | None,
    show: bool,
    port: int,
    no_browser: bool,
    data_dir: Path | None,
    corpus: Path | None,
    fmt: str | None,
) -> None:
    """Accept, edit or reject the suggestions of one source; add what they missed.

    SOURCE is a source id of sources.tsv (or its number: 005). Without options
    it serves a review page on 127.0.0.1 (the report's text with the
    suggestions highlighted: click a span to accept, edit or reject; a form
    adds a missed row) until Ctrl-C. Each decision is written at once:
    accepted rows into claims/SOURCE.tsv and entities/added-SOURCE.tsv,
    rejected ones kept as rejected in suggestions/SOURCE.tsv. --accept,
    --reject, --undo, --accept-above and --list do the same from scripts. Nothing
    reaches the graph until `kg build` validates it.

    Example:

    \b
        kg review 005_1a2b3c4d5e6f7a8b
        kg review 005_1a2b3c4d5e6f7a8b --accept-above 0.9 --reject 3f2a9c1b7d4e --list
    """
    from kg.review.decisions import Review

    data, corpus_dir = _folders(data_dir, corpus)
    with library_errors():
        session = Review(data, corpus_dir, source)
    folders = folder_options(data_dir, corpus)  # or the next command looks elsewhere
    if not session.rows:
        click.echo(
            f"note: no suggestions for {session.source} yet: "
            f"run kg suggest {session.source}{folders}",
            err=True,
        )
    if not (accepts or rejects or undos or accept_above is not None or show):
        _serve_review(session, port, not no_browser, folders)
        return
    with library_errors(option="SID"):
        for sid in accepts:
            session.accept(sid)
            click.echo(f"accepted {sid}", err=True)
        for sid in rejects:
            session.reject(sid)
            click.echo(f"rejected {sid}", err=True)
        for sid in undos:
            session.undo(sid)
            click.echo(f"undone {sid}: pending again", err=True)
        if accept_above is not None:
            decided = session.accept_above(accept_above)
            click.echo(f"accepted {len(decided.accepted)} suggestion(s)", err=True)
            for sid, why in decided.skipped:
                click.echo(f"left {sid}: {why}", err=True)
    if show:
        rows: list[dict[str, Any]] = [
            {
                "sid": r.sid,
                "status": r.status,
                "kind": r.kind,
                "subject": r.subject,
                "predicate": r.predicate,
                "object": r.object,
                "confidence": r.confidence,
                "evidence": r.evidence,
            }
            for r in session.rows
        ]
        columns = ["sid", "status", "kind", "subject", "predicate", "object", "confidence"]
        if resolve_format(fmt) == "table":  # a terminal: a paraphrase's object cut to fit
            for row in rows:
                row["object"] = _cut(row["object"], LIST_OBJECT_WIDTH)
            emit_rows(rows, columns, fmt)
        else:
            emit_rows(rows, [*columns, "evidence"], fmt)


LIST_OBJECT_WIDTH = 60
"""How much of a row's object ``kg review --list --table`` shows (--json: all of it)."""


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _serve_review(session: Any, port: int, browser: bool, folders: str) -> None:
    from kg.review.page import ReviewServer

    with library_errors(option="--port"):
        server = ReviewServer(session, port=port)
    stop_on_signals()  # before the address is printed: whoever reads it may stop us at once
    try:
        click.echo(f"reviewing {session.source} at {server.url} (Ctrl-C to stop)")
        if browser:
            import webbrowser

            webbrowser.open(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    click.echo(f"stopped; run kg build{folders} to validate the accepted rows")
