"""Where an Oxigraph store lives on disk: a kg store folder of generations.

`kg build --store oxigraph:PATH` makes PATH a kg store folder (the file
``kg-store.txt`` says so; a path that is not one is refused and never
touched), loads the new store into a generation folder inside it, and only
when every check passed swaps the symbolic link ``PATH/latest`` to it (one
``os.replace``), so a failed or killed build leaves the last good store
untouched. Readers open what ``latest`` names. The next build removes what a
killed one left.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from kg.errors import KgError
from kg.files import (
    LATEST,
    current_generation,
    kill_point,
    new_generation_name,
    remove_generations,
    replace_link,
    write_file,
)
from kg.locks import locked
from kg.stores import StoreSpecError

STORE_MARKER = "kg-store.txt"
"""The file that makes a folder a kg store: only such a folder is ever replaced."""

_MARKER_TEXT = (
    "This folder is an Oxigraph store made by `kg build --store oxigraph:PATH`.\n"
    "`latest` names the generation in use; each build adds a generation, swaps\n"
    "`latest` to it and removes the others.\n"
)

_OXIGRAPH_FILE = re.compile(
    r"CURRENT|IDENTITY|LOCK|LOG|LOG\.old\.\d+|MANIFEST-\d+|OPTIONS-\d+|\d+\.(?:log|sst|blob)"
    r"|(?:OPTIONS-)?\d+\.dbtmp"
)
"""The files of an Oxigraph (RocksDB) store folder."""


class StorePathError(KgError):
    """A store path that kg will not build into."""


def store_location(path: Path) -> Path:
    """The folder of the Oxigraph store named ``path``: the generation ``latest`` names.

    A store made before stores had generations is the folder itself.
    """
    link = path / LATEST
    if link.is_symlink():
        return Path(os.path.realpath(link))
    if (path / "CURRENT").is_file():
        return path
    raise StoreSpecError(
        f"{path}: no Oxigraph store here; make one with `kg build --store oxigraph:{path}`"
    )


def _is_oxigraph_folder(folder: Path) -> bool:
    """Whether ``folder`` holds an Oxigraph store's files and nothing else (or nothing)."""
    entries = list(folder.iterdir())
    return all(
        _OXIGRAPH_FILE.fullmatch(entry.name) and entry.is_file() and not entry.is_symlink()
        for entry in entries
    ) and (not entries or (folder / "CURRENT").is_file())


def check_store_path(path: Path) -> bool:
    """Raise :class:`StorePathError` unless ``kg build`` may build a store at ``path``.

    It may where nothing is, in an empty folder, in a kg store (a folder with
    :data:`STORE_MARKER`), and in a store made before the marker existed: a
    folder that holds only an Oxigraph store's files. Anything else (a
    folder of other files, ``.``, a plain file, a link to a file, a device) is
    refused and never touched. Returns whether the path is a kg store already.
    """
    if not os.path.lexists(path):
        return False
    if not path.is_dir():
        raise StorePathError(f"{path}: not a folder; name a new folder for the store")
    if (path / STORE_MARKER).is_file():
        return True
    if _is_oxigraph_folder(path):
        return False
    raise StorePathError(
        f"{path}: not a kg store (no {STORE_MARKER}); kg build replaces only a store it made: "
        "name a new folder"
    )


@contextlib.contextmanager
def store_generation(path: Path) -> Iterator[Path]:
    """A new, empty generation folder in the kg store at ``path``, made and locked here.

    ``path`` is checked first (:func:`check_store_path`) and made a kg store
    (its marker written) if it is not one; what killed builds left (their
    generations, temporary links, and the ``.NAME.*`` folders that kg versions
    without generations made beside the store) is removed. The store is
    locked until the block ends: a second build of it is refused meanwhile.
    The generation is removed if the block raises (and the folder too, if
    this build made it); :func:`replace_store` swaps it in.
    """
    check_store_path(path)
    created = not os.path.lexists(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorePathError(f"{path}: cannot make the store folder: {exc.strerror}") from None
    with locked(path, "this store"):
        if not check_store_path(path):  # again, under the lock
            write_file(path / STORE_MARKER, _MARKER_TEXT)
            kill_point("store marked")
        remove_generations(path, current_generation(path))
        _remove_unswapped_folders(path)
        folder = path / new_generation_name()
        folder.mkdir()
        kill_point("store created")
        try:
            yield folder
        except BaseException:
            discard(folder)
            if created:  # a first build that failed leaves no folder behind
                (path / STORE_MARKER).unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    path.rmdir()
            raise


def replace_store(new: Path, path: Path) -> None:
    """Swap the checked generation ``new`` in, in one atomic step; remove the old ones.

    ``latest`` is replaced by a link to ``new`` (``os.replace``): killed at
    any point, ``path`` opens as the old store or the new one. A store made
    before generations keeps its files until the swap; they are removed after.
    """
    kill_point("store swap")
    replace_link(path / LATEST, new.name)
    kill_point("store swapped")
    remove_generations(path, new.name)
    kill_point("store removed old")
    for entry in path.iterdir():
        if _OXIGRAPH_FILE.fullmatch(entry.name) and entry.is_file() and not entry.is_symlink():
            entry.unlink(missing_ok=True)


def _remove_unswapped_folders(path: Path) -> None:
    """The ``.NAME.XXXXXXXX`` and ``.NAME.old`` folders that kg versions before
    generations left beside a store when killed, if they hold only a store's files."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(?:old|[a-z0-9_]{{8}})")
    for entry in path.parent.iterdir():
        if (
            pattern.fullmatch(entry.name)
            and entry.is_dir()
            and not entry.is_symlink()
            and _is_oxigraph_folder(entry)
        ):
            shutil.rmtree(entry, ignore_errors=True)


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
