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


def input_options(func: F) -> F:
    """--data, --ontology and --corpus, shared by every command that builds the graph."""
    func = click.option(
        "--corpus",
        type=DIRECTORY,
        default=None,
        help="Folder of source texts <id>.txt [default: $KG_CORPUS, else ../shared/seeds].",
    )(func)
    func = click.option(
        "--ontology",
        "ontology_dir",
        type=DIRECTORY,
        default=None,
        help="Folder with kg.ttl and shapes.ttl [default: the bundled ontology].",
    )(func)
    func = click.option(
        "--data",
        "data_dir",
        type=DIRECTORY,
        default=None,
        help="Annotation folder [default: $KG_DATA, else the bundled seed corpus annotations].",
    )(func)
    return func


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


def store_option(func: F) -> F:
    """--store: memory (default), oxigraph:PATH or sparql:URL; also $KG_STORE."""
    return click.option(
        "--store",
        "store",
        default=None,  # None: parse_store reads $KG_STORE, and names it in an error
        metavar="STORE",
        help="Where the graph lives: memory (built from the annotations), "
        "oxigraph:PATH (made by `kg build --store oxigraph:PATH`) or sparql:URL "
        "[default: $KG_STORE, else memory].",
    )(func)


def store_spec(store: str | None) -> StoreSpec:
    """The ``--store`` value (None: ``$KG_STORE``, else memory), parsed once; exit 2 if bad."""
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

    A memory store holds the graph built from the annotations.
    """
    from kg import stores

    with library_errors():
        return stores.open_store(
            store if isinstance(store, stores.StoreSpec) else store_spec(store),
            lambda: load_dataset(data_dir, ontology_dir, corpus),
        )


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
