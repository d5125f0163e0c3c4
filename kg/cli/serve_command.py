"""`kg serve`: the read-only SPARQL 1.1 endpoint."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from kg.cli.common import (
    DIRECTORY,
    input_options,
    interrupt_on_ctrl_c,
    load_dataset,
    open_store,
    store_option,
    store_spec,
)
from kg.cli.errors import library_errors


def cors_problem(origin: str) -> str:
    """What is wrong with a --cors value ("" if nothing): it must be scheme://host[:port]."""
    parts = urlsplit(origin)
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return f"{origin!r} has a bad port"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{origin!r} is not an origin: give scheme://host[:port], e.g. https://example.org"
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        return f"{origin!r} is not an origin: no path, query or user, only scheme://host[:port]"
    return ""


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
    "--per-client",
    type=click.IntRange(1, 32),
    default=None,
    help="Most queries of one client (by address) in the workers at once; its others wait "
    "while other clients go first [default: one less than --workers, at least 1].",
)
@click.option(
    "--max-connections",
    type=click.IntRange(1, 4096),
    default=256,
    show_default=True,
    help="Connections served at once; one more gets 503 with Retry-After.",
)
@click.option(
    "--client-timeout",
    type=click.FloatRange(0.1, 600),
    default=5.0,
    show_default=True,
    help="Seconds a client has to send a whole request; one that sends nothing or "
    "trickles bytes is dropped.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    metavar="NAME",
    multiple=True,
    help="Also accept requests whose Host is NAME (repeatable); loopback names and "
    "addresses and the --host address are always accepted, any other Host gets 403.",
)
@click.option(
    "--cors",
    metavar="ORIGIN",
    default=None,
    help="Allow pages of this one other origin (e.g. https://example.org) to query "
    "/sparql (CORS); off by default: requests from other origins get 403.",
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
    per_client: int | None,
    max_connections: int,
    client_timeout: float,
    allow_hosts: tuple[str, ...],
    cors: str | None,
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
    worker process under a time limit and caps on rows, bytes and memory (it
    is parsed there too); a query over the limit gets an error status, and the
    server keeps answering. A query waits at most the time limit for a worker,
    then gets 503 with Retry-After; one client's queries take at most
    --per-client workers at once.

    Only requests with an allowed Host (loopback, the --host address,
    --allow-host) and from the server's own origin are answered: a page on
    another site cannot query it, nor read its answers by DNS rebinding;
    --cors ORIGIN lets the pages of one other origin query it.

    Example:

    \b
        kg serve --port 7878 --timeout 10
        curl 'http://127.0.0.1:7878/sparql?query=ASK%7B?s?p?o%7D'
    """
    from kg.resources import default_queries_dir
    from kg.server import SparqlApp, allowed_hosts, host_name, make_server
    from kg.server.workers import Limits
    from kg.sparql import load_catalogue

    for name in allow_hosts:
        if host_name(name) is None:
            raise click.BadParameter(f"{name!r} is not a host name", param_hint="--allow-host")
    if cors is not None and cors_problem(cors):
        raise click.BadParameter(cors_problem(cors), param_hint="--cors")
    with library_errors():
        catalogue = load_catalogue(queries_dir or default_queries_dir())
    spec = store_spec(store)
    if spec.kind == "oxigraph":
        open_store(spec, data_dir, ontology_dir, corpus).close()  # fail here, early, clearly
    graph = load_dataset(data_dir, ontology_dir, corpus) if spec.kind == "memory" else spec
    limits = Limits(
        timeout=timeout,
        max_rows=max_rows,
        max_bytes=max_bytes,
        memory_mb=memory_mb,
        per_client=per_client,
    )
    hosts = allowed_hosts(host, allow_hosts)
    count = 1 if get_path else workers
    app = SparqlApp(graph, catalogue, limits, workers=count, hosts=hosts, cors=cors)
    try:
        if get_path is not None:
            response = app.handle("GET", get_path, {}, b"")
            click.echo(response.body.decode("utf-8", "replace"), nl=False)
            if response.status != 200:
                raise SystemExit(1)
            return
        try:
            server = make_server(app, host, port, max_connections, client_timeout)
        except OSError as exc:
            raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None
        bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
        # before the address is printed: whoever reads it may stop us at once. SIGTERM
        # keeps its default: a read-only server has nothing left to report
        interrupt_on_ctrl_c()
        try:
            click.echo(f"SPARQL endpoint at http://{bound_host}:{bound_port}/sparql", err=False)
            click.echo(f"query page at http://{bound_host}:{bound_port}/ (Ctrl+C to stop)")
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        app.close()
