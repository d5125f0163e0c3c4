"""Options and helpers shared by the commands."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from rdflib import Dataset

    from kg.build import BuildResult
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

    with build_errors("nothing was written"):
        result = build_graph(data_dir, ontology_dir, corpus, shacl=shacl)
    for notice in result.notices:
        click.echo(f"note: {notice}", err=True)
    return result


@contextlib.contextmanager
def build_errors(outcome: str) -> Iterator[None]:
    """Each problem of a failed build as a `file:line: message` line, then one error line."""
    from kg.errors import BuildFailedError, KgError

    try:
        yield
    except BuildFailedError as failure:
        for notice in failure.notices:
            click.echo(f"note: {notice}", err=True)
        for problem in failure.problems:
            click.echo(str(problem), err=True)
        raise click.ClickException(
            f"build failed: {len(failure.problems)} problem(s); {outcome}"
        ) from None
    except KgError as exc:
        raise click.ClickException(str(exc)) from None


def load_dataset(data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None) -> Dataset:
    """The graph for read-only commands: built in memory from the annotations.

    Rows are validated as in `kg build`; the SHACL shapes are left to `kg build`.
    """
    return run_build(data_dir, ontology_dir, corpus, shacl=False).dataset


class InputError(click.ClickException):
    """A one-line error for a bad name, value or query: exit code 2."""

    exit_code = 2


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


def open_store(
    store: str | None, data_dir: Path | None, ontology_dir: Path | None, corpus: Path | None
) -> GraphStore:
    """The graph for read-only commands, wherever it lives."""
    from kg.errors import KgError
    from kg.stores import parse_store

    try:
        spec = parse_store(store)
        if spec.kind == "oxigraph":
            from kg.stores.oxigraph import OxigraphStore

            return OxigraphStore(Path(spec.location))
        if spec.kind == "sparql":
            from kg.stores.remote import RemoteStore

            return RemoteStore(spec.location)
    except KgError as exc:
        raise InputError(str(exc)) from None
    from kg.stores.memory import MemoryStore

    return MemoryStore(load_dataset(data_dir, ontology_dir, corpus))


def checked_output_file(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """The callback of an ``-o FILE`` option: refuse at once what kg would not replace.

    The refusal is one line naming the option and the path, exit 2.

    ``-`` (stdout) passes; so does a new or a regular file. A device, FIFO,
    socket, symbolic link or folder is refused (:func:`kg.files.check_target`).
    """
    from kg.files import OutputPathError, check_target

    if str(value) != "-":
        try:
            check_target(value)
        except OutputPathError as exc:
            raise InputError(f"-o/--output: {exc}") from None
    return value


def checked_output_folder(
    ctx: click.Context, param: click.Parameter, value: Path | None
) -> Path | None:
    """The callback of a build's ``-o DIR``: refuse at once files kg would not replace."""
    from kg.build.serialize import OUTPUT_FILES
    from kg.files import OutputPathError, check_generation_targets

    if value is not None:
        try:
            check_generation_targets(value, OUTPUT_FILES)
        except OutputPathError as exc:
            raise InputError(f"-o/--output: {exc}") from None
    return value


@contextlib.contextmanager
def output_errors() -> Iterator[None]:
    """A refused ``-o`` target found while writing: the same one-line error, exit 2."""
    from kg.files import OutputPathError

    try:
        yield
    except OutputPathError as exc:
        raise InputError(f"-o/--output: {exc}") from None
