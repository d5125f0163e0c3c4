"""`kg query`: the catalogue, files, stdin; parameters bound as RDF terms."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli.common import DIRECTORY, input_options, open_store, store_option
from kg.cli.errors import CommandUsageError, library_errors
from kg.cli.output import emit_rows, render_table, resolve_format

if TYPE_CHECKING:
    from rdflib.query import Result

    from kg.sparql import CatalogueQuery

_FORMATS = ("table", "json", "csv", "tsv", "xml", "turtle", "nt", "jsonld")


def _format_flags(func: Any) -> Any:
    for name in reversed(_FORMATS):
        func = click.option(
            f"--{name}",
            "fmt",
            flag_value=name,
            help={
                "table": "SELECT as a table (the default on a terminal).",
                "json": "SELECT/ASK as SPARQL 1.1 JSON results (the default when piped).",
                "csv": "SELECT as SPARQL 1.1 CSV results.",
                "tsv": "SELECT as SPARQL 1.1 TSV results.",
                "xml": "SELECT/ASK as SPARQL XML results; CONSTRUCT as RDF/XML.",
                "turtle": "CONSTRUCT/DESCRIBE as Turtle (their default).",
                "nt": "CONSTRUCT/DESCRIBE as N-Triples.",
                "jsonld": "CONSTRUCT/DESCRIBE as JSON-LD.",
            }[name],
        )(func)
    return func


@click.command()
@click.argument("query", required=False)
@click.option("--list", "list_queries", is_flag=True, help="List the catalogue with titles.")
@click.option(
    "-p",
    "--param",
    "params",
    type=(str, str),
    multiple=True,
    metavar="NAME VALUE",
    help="Bind ?NAME to VALUE, as an RDF term of the parameter's declared type.",
)
@click.option(
    "--queries",
    "queries_dir",
    type=DIRECTORY,
    default=None,
    help="Catalogue folder [default: the bundled queries/].",
)
@input_options
@store_option
@_format_flags
def query(
    query: str | None,
    list_queries: bool,
    params: tuple[tuple[str, str], ...],
    queries_dir: Path | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
    fmt: str | None,
) -> None:
    """Run a SPARQL query: a catalogue NAME, a FILE, - for stdin, or the query text.

    Parameters are bound as RDF terms, never pasted into the query. SELECT
    prints rows; ASK prints true or false and exits 0 or 1; CONSTRUCT and
    DESCRIBE print RDF. Update, LOAD, SERVICE and FROM naming anything but the
    graph's own named graphs are refused. A syntax error gives the parser's
    line and column, and exit 2.

    Example:

    \b
        kg query --list
        kg query actor-events -p actor kgr:vikram-misri --csv
        echo 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | kg query -
    """
    from kg.resources import default_queries_dir
    from kg.sparql import bind_parameters, load_catalogue

    with library_errors():
        catalogue = load_catalogue(queries_dir or default_queries_dir())
    if list_queries:
        rows = [
            {
                "name": q.name,
                "title": q.title,
                "parameters": [f"{p.name} ({p.type}, default {p.default})" for p in q.parameters],
            }
            for q in catalogue.queries.values()
        ]
        emit_rows(rows, ["name", "title", "parameters"], None if fmt == "table" else fmt)
        return
    if query is None:
        raise click.UsageError("give a query NAME, FILE or -, or --list")
    with library_errors():
        text, declared = _query_text(query, catalogue)
        bindings = bind_parameters(declared, dict(params))
    graph = open_store(store, data_dir, ontology_dir, corpus)
    try:
        with library_errors():
            result = graph.query(text, bindings)
    finally:
        graph.close()
    with library_errors():  # a value the chosen format cannot carry: exit 2
        _print_result(result, fmt)


def _query_text(argument: str, catalogue: Any) -> tuple[str, CatalogueQuery | None]:
    """The query text, and its catalogue entry when it has a header with parameters."""
    from kg.sparql import QueryError, read_query_file

    if argument == "-":
        return sys.stdin.read(), None
    path = Path(argument)
    if _is_file(path):
        try:
            return path.read_text(encoding="utf-8"), read_query_file(path)
        except QueryError:
            return path.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read: {exc}") from None
    if any(c.isspace() for c in argument) or "{" in argument:
        return argument, None  # the query text itself
    if "/" in argument or argument.endswith(".rq"):
        raise QueryError(f"{argument}: no such file")
    entry = catalogue.get(argument)
    return entry.text, entry


def _is_file(path: Path) -> bool:
    """Whether ``path`` names a file; a long query text is no path (ENAMETOOLONG)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _print_result(result: Result, fmt: str | None) -> None:
    from kg.sparql import serialize_result, term_text

    if result.type == "ASK":
        chosen = fmt or "text"
        if chosen in ("json", "xml"):
            click.echo(serialize_result(result, chosen).decode("utf-8"))
        else:
            click.echo("true" if result.askAnswer else "false")
        raise SystemExit(0 if result.askAnswer else 1)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph_format = {"nt": "nt", "jsonld": "json-ld", "xml": "xml"}.get(fmt or "", "turtle")
        click.echo(serialize_result(result, graph_format).decode("utf-8"), nl=False)
        return
    chosen = resolve_format(fmt)
    if chosen in ("turtle", "nt", "jsonld"):
        raise CommandUsageError(f"--{chosen} is for CONSTRUCT/DESCRIBE; a SELECT prints rows")
    if chosen == "table":
        names = [str(v) for v in result.vars or []]
        rows = [
            {name: term_text(row[i]) for i, name in enumerate(names)}  # type: ignore[index]
            for row in result
        ]
        click.echo(render_table(rows, names))
        return
    click.echo(serialize_result(result, chosen).decode("utf-8"), nl=False)
