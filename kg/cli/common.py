"""Options and helpers shared by the commands."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kg.cli.errors import library_errors

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.build import BuildResult
    from kg.stores import StoreSpec
    from kg.stores.base import GraphStore

F = TypeVar("F", bound=Callable[..., Any])

DIRECTORY = click.Path(file_okay=False, path_type=Path)


DATA_OPTION = click.option(
    "--data",
    "data_dir",
    type=DIRECTORY,
    default=None,
    help="Annotation folder [default: $KG_DATA, else the bundled seed corpus annotations].",
)
CORPUS_OPTION = click.option(
    "--corpus",
    type=DIRECTORY,
    default=None,
    help="Folder of source texts <id>.txt [default: $KG_CORPUS, else ../shared/seeds].",
)


def ontology_option(holds: str = "kg.ttl and shapes.ttl") -> Callable[[F], F]:
    """--ontology, saying which of the folder's files the command reads."""
    return click.option(
        "--ontology",
        "ontology_dir",
        type=DIRECTORY,
        default=None,
        help=f"Folder with {holds} [default: the bundled ontology].",
    )


def input_options(func: F) -> F:
    """--data, --ontology and --corpus, shared by every command that builds the graph."""
    return DATA_OPTION(ontology_option()(CORPUS_OPTION(func)))


def run_build(
    data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None, *, shacl: bool = True
) -> BuildResult:
    """Build in memory, turning library errors into one-line CLI errors."""
    from kg.build import build_graph

    with library_errors("nothing was written"):
        result = build_graph(data_dir, ontology_dir, corpus, shacl=shacl)
    for notice in result.notices:
        click.echo(f"note: {notice}", err=True)
    return result


def load_dataset(data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None) -> Dataset:
    """The graph for read-only commands: built in memory from the annotations.

    Rows are validated as in `kg build`; the SHACL shapes are left to `kg build`.
    """
    return run_build(data_dir, ontology_dir, corpus, shacl=False).dataset


NO_REBUILD = "kg.no_rebuild"
"""Where ``--no-rebuild`` is kept, in the click context's ``meta``."""

_STORE_HELP = (
    "Where the graph lives: the workspace's embedded store (the default: "
    "$KG_WORKSPACE/store, else build/store; built by `kg build`, rebuilt when the inputs "
    "changed), memory (built from the annotations on every run), oxigraph:PATH (made by "
    "`kg build --store oxigraph:PATH`) or sparql:URL [default: $KG_STORE, else the "
    "embedded store]."
)


def build_store_option(func: F) -> F:
    """``kg build``'s --store: where to write the graph; also $KG_STORE."""
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="STORE",
        help="Where to load the graph: the workspace's embedded store (the default: "
        "$KG_WORKSPACE/store, else build/store, beside the files), memory (the files "
        "only), oxigraph:PATH or sparql:URL [default: $KG_STORE, else the embedded store].",
    )(func)


def store_option(func: F) -> F:
    """--store: the embedded store (default), memory, oxigraph:PATH or sparql:URL (also
    $KG_STORE); and --no-rebuild, for the embedded store."""

    def keep(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
        ctx.meta[NO_REBUILD] = value
        return value

    func = click.option(
        "--no-rebuild",
        is_flag=True,
        expose_value=False,
        callback=keep,
        help="When the inputs changed since the embedded store was built, answer from it "
        "as it is (with a warning) rather than rebuild it first.",
    )(func)
    return click.option(
        "--store",
        "store",
        default=None,  # None: parse_store reads $KG_STORE, and names it in an error
        metavar="STORE",
        help=_STORE_HELP,
    )(func)


def refresh_store(
    spec: StoreSpec, data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None
) -> None:
    """Make the embedded default store current before a read (no-op for any other store).

    No store yet, or inputs changed since it was built: build it, saying so in
    one line on stderr; with --no-rebuild, warn and keep it. A failed build
    exits 1 and leaves the last good store.
    """
    if not spec.embedded:
        return
    from kg.stores import workspace as fingerprints

    path = Path(spec.location)
    inputs = fingerprints.Inputs.of(data_dir, ontology_dir, corpus)
    if fingerprints.exists(path) and not fingerprints.changes(path, inputs):
        return  # the common case, without importing the build
    from kg.build import workspace

    ctx = click.get_current_context(silent=True)
    rebuild = not (ctx is not None and ctx.find_root().meta.get(NO_REBUILD, False))
    had = fingerprints.exists(path)
    outcome = f"the last good store at {path} was kept" if had else "no store was written"
    with library_errors(outcome):
        built = workspace.refresh(
            path,
            inputs,
            rebuild=rebuild,
            say=lambda line: click.echo(line, err=True),
        )
    if built is not None:
        for notice in built.checked.notices:
            click.echo(f"note: {notice}", err=True)


def store_spec(store: str | None) -> StoreSpec:
    """The ``--store`` value (None: ``$KG_STORE``, else the embedded store), parsed once;
    exit 2 if bad."""
    from kg.stores import parse_store

    with library_errors():
        return parse_store(store)


def open_store(
    store: StoreSpec | str | None,
    data_dir: Path | None,
    ontology_dir: Path | None,
    corpus: Path | None,
) -> GraphStore:
    """The graph for read-only commands, wherever it lives (:func:`kg.stores.open_store`).

    A memory store holds the graph built from the annotations; the embedded
    default store is made current first (:func:`refresh_store`).
    """
    from kg import stores

    spec = store if isinstance(store, stores.StoreSpec) else store_spec(store)
    refresh_store(spec, data_dir, ontology_dir, corpus)
    with library_errors():
        return stores.open_store(spec, lambda: load_dataset(data_dir, ontology_dir, corpus))


def checked_output_file(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """The callback of an ``-o FILE`` option: refuse at once what kg would not replace.

    The refusal is one line naming the option and the path, exit 2.

    ``-`` (stdout) passes; so does a new or a regular file. A device, FIFO,
    socket, symbolic link or folder is refused (:func:`kg.files.check_target`).
    """
    from kg.files import check_target

    if str(value) != "-":
        with output_errors():
            check_target(value)
    return value


def checked_output_folder(
    ctx: click.Context, param: click.Parameter, value: Path | None
) -> Path | None:
    """The callback of a build's ``-o DIR``: refuse at once files kg would not replace."""
    from kg.build.serialize import OUTPUT_FILES
    from kg.files import check_generation_targets

    if value is not None:
        with output_errors():
            check_generation_targets(value, OUTPUT_FILES)
    return value


def output_errors() -> contextlib.AbstractContextManager[None]:
    """A refused ``-o`` target: one line naming ``-o/--output`` and the path, exit 2."""
    return library_errors(option="-o/--output")


def interrupt_on_ctrl_c() -> None:
    """Make Ctrl-C (SIGINT) raise KeyboardInterrupt even where the command was started with
    SIGINT ignored (a background job of a shell without job control, nohup): Python keeps
    an inherited ignore otherwise, and a server then never stops on Ctrl-C."""
    import signal

    signal.signal(signal.SIGINT, signal.default_int_handler)


def stop_on_signals() -> None:
    """Make Ctrl-C (SIGINT) and SIGTERM end the review page's loop with KeyboardInterrupt,
    so it closes and prints what to run next (:func:`interrupt_on_ctrl_c`, and SIGTERM
    too: the page has decisions to report)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    interrupt_on_ctrl_c()
    signal.signal(signal.SIGTERM, stop)
