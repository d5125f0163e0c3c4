"""`kg serve`: the read-only SPARQL 1.1 endpoint."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import click

from kg.cli.common import DIRECTORY, InputError, input_options, load_dataset, store_option


class _Seconds(click.FloatRange):
    """A FloatRange that also refuses nan, which every comparison with a bound lets through."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number", param, ctx)
        return number


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7878,
    show_default=True,
    help="Port (0: any free port, printed at start).",
)
@click.option(
    "--timeout",
    type=_Seconds(0.1, 600),
    default=5.0,
    show_default=True,
    help="Time limit of one query, in seconds.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(1),
    default=10_000,
    show_default=True,
    help="Most rows (or triples) a result may have.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(1024),
    default=16 * 1024 * 1024,
    show_default=True,
    help="Most bytes a serialized result may have.",
)
@click.option(
    "--memory-mb",
    type=click.IntRange(256),
    default=2048,
    show_default=True,
    help="Address-space limit of each query worker, in MB.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 32),
    default=2,
    show_default=True,
    help="Query worker processes (queries evaluated at once).",
)
@click.option(
    "--get",
    "get_path",
    metavar="PATH",
    default=None,
    help="Answer one GET request for PATH (e.g. '/sparql?query=...'), print it and exit.",
)
@click.option(
    "--queries",
    "queries_dir",
    type=DIRECTORY,
    default=None,
    help="Catalogue folder for the query page [default: the bundled queries/].",
)
@input_options
@store_option
def serve(
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    max_bytes: int,
    memory_mb: int,
    workers: int,
    get_path: str | None,
    queries_dir: Path | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
    store: str | None,
) -> None:
    """Serve the graph at /sparql (SPARQL 1.1 Protocol), read-only, with a query page at /.

    Queries come by GET ?query= or POST (form or application/sparql-query);
    results follow the Accept header (SPARQL JSON/XML/CSV/TSV; Turtle,
    N-Triples, JSON-LD for graphs). Updates get 403. Each query runs in a
    worker process under a time limit and caps on rows, bytes and memory; a
    query over the limit gets an error status, and the server keeps answering.

    Example:

    \b
        kg serve --port 7878 --timeout 10
        curl 'http://127.0.0.1:7878/sparql?query=ASK%7B?s?p?o%7D'
    """
    from kg.query_workers import Limits
    from kg.resources import default_queries_dir
    from kg.server import SparqlApp, make_server
    from kg.sparql import QueryError, load_catalogue

    try:
        catalogue = load_catalogue(queries_dir or default_queries_dir())
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    from kg.errors import KgError
    from kg.stores import parse_store

    try:
        spec = parse_store(store)
        if spec.kind == "oxigraph":
            from kg.stores.oxigraph import OxigraphStore

            OxigraphStore(Path(spec.location)).close()  # fail here, early, with a clear message
    except KgError as exc:
        raise InputError(str(exc)) from None
    graph = load_dataset(data_dir, ontology_dir, corpus) if spec.kind == "memory" else str(spec)
    limits = Limits(timeout=timeout, max_rows=max_rows, max_bytes=max_bytes, memory_mb=memory_mb)
    app = SparqlApp(graph, catalogue, limits, workers=1 if get_path else workers)
    try:
        if get_path is not None:
            response = app.handle("GET", get_path, {}, b"")
            click.echo(response.body.decode("utf-8", "replace"), nl=False)
            if response.status != 200:
                raise SystemExit(1)
            return
        try:
            server = make_server(app, host, port)
        except OSError as exc:
            raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None
        bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
        click.echo(f"SPARQL endpoint at http://{bound_host}:{bound_port}/sparql", err=False)
        click.echo(f"query page at http://{bound_host}:{bound_port}/ (Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        app.close()
