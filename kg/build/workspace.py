"""The workspace's embedded store, built or rebuilt from the inputs when a command needs it.

:func:`refresh` is what a read command calls before it opens the default
store: it builds a missing store, rebuilds one older than its inputs (the
fingerprint of :mod:`kg.stores.workspace`) or, asked not to, warns.
:func:`build_store` is `kg build`'s load of that store: the build of
:func:`kg.build.store.build_oxigraph`, with the inputs' fingerprint recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from kg.build.store import StoreBuild
from kg.errors import KgError
from kg.locks import taking_turns
from kg.stores.workspace import Inputs, changes, exists, fingerprint, summary, write_fingerprint


class NoStoreError(KgError):
    """``--no-rebuild`` where there is no store to answer from."""


def build_store(path: Path, inputs: Inputs, *, keep_text: bool = False) -> StoreBuild:
    """Build the store at ``path`` from ``inputs``; write its label index and record the
    inputs' fingerprint in it.

    The build is :func:`kg.build.build_oxigraph`'s (``keep_text`` as there):
    checked, then swapped in as a new generation, so a failed build
    (:class:`kg.errors.BuildFailedError`) leaves the last good store as it was.
    Every Oxigraph store kg builds gets both, so a store built with
    ``--store oxigraph:build/store`` is the embedded store, current.
    """
    from kg.build.store import build_oxigraph
    from kg.stores.names import write_name_index

    record = fingerprint(inputs)  # before the build reads them: an edit meanwhile is seen later
    built = build_oxigraph(
        path,
        inputs.data,
        inputs.ontology,
        inputs.corpus_arg,
        queries_dir=inputs.queries,
        keep_text=keep_text,
    )
    write_name_index(path, built.names_key)  # kept from the last generation when its key holds
    write_fingerprint(path, record)
    return built


def refresh(
    path: Path, inputs: Inputs, *, rebuild: bool, say: Callable[[str], None]
) -> StoreBuild | None:
    """Make the embedded store at ``path`` answer for ``inputs``; say what is done.

    No store yet: build it (``say`` tells so). A store older than its inputs:
    rebuild it, or with ``rebuild`` False keep it and warn. The build's
    errors are raised; the last good store stays. Returns the build, if any.

    Commands that would build take turns (:func:`_taking_turns`): the second
    of two that found the store out of date at once waits for the first's
    build, finds the store current and builds nothing.
    """
    if not rebuild:
        return _refresh(path, inputs, rebuild=False, say=say)
    with _taking_turns(path, say):
        return _refresh(path, inputs, rebuild=True, say=say)


def _refresh(
    path: Path, inputs: Inputs, *, rebuild: bool, say: Callable[[str], None]
) -> StoreBuild | None:
    if not exists(path):
        if not rebuild:
            raise NoStoreError(
                f"no store at {path} to answer from: run `kg build`, or drop --no-rebuild"
            )
        say(f"no store at {path} yet: building it from {inputs.data} (once)")
        return build_store(path, inputs)
    found = changes(path, inputs)
    if not found:
        return None
    what = f"the inputs changed since the store at {path} was built ({summary(found)})"
    if not rebuild:
        say(f"warning: {what}; answering from it as it is (--no-rebuild)")
        return None
    say(f"{what}: rebuilding it")
    return build_store(path, inputs)


def _taking_turns(path: Path, say: Callable[[str], None]) -> AbstractContextManager[None]:
    """Hold ``.NAME.lock`` beside the store while the block runs; where another command
    holds it, say so and wait for it (:func:`kg.locks.taking_turns`)."""
    return taking_turns(
        path.parent / f".{path.name}.lock",
        lambda: say(f"waiting for another command that is building the store at {path}"),
    )
