"""Every file kg writes for a user, written atomically and never over what it must not replace.

One writer for every ``-o`` (``kg viz``, ``kg export``, the demo's views)
and one for the files of a build:

* :func:`write_file` writes a temporary file beside the target and renames
  it over the target, so a reader sees the old file or the new one, never a
  part. It replaces only a regular file: a device, a FIFO, a socket, a
  symbolic link or a folder at the target is refused with
  :class:`OutputPathError` (and nothing is written), so ``-o /dev/full`` or
  ``-o link`` never turns the node or the link into a file.
* :func:`write_generation` writes the files of one build (``graph.nq``,
  ``graph.trig``, ``graph.ttl``) into a new folder, a *generation*, inside
  ``DIR/.kg-generations/`` and swaps it in with one atomic step: the symbolic
  link ``DIR/.kg-generations/latest`` is replaced by a new link to it.
  ``DIR/graph.nq`` and its siblings are fixed links into ``latest``, so the
  paths users read stay where they were and every file read after the swap
  comes from the same build. A build killed before the swap leaves the old
  generation in place; the next build removes what the killed one left (its
  half-written generation, temporary links, and the ``.graph.*.tmp`` files of
  kg versions that renamed the files one at a time).

A build takes a lock on its folder (:func:`kg.locks.locked`), so two builds at
once cannot remove each other's generations: the second is refused.

:func:`kill_point` is a test hook: the tests that kill a build at every step of
its write phase set ``KG_TEST_KILL_AT`` to a step's name, and the process
kills itself (SIGKILL) there.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import signal
import stat
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from kg.errors import InputError
from kg.locks import locked

GENERATIONS = ".kg-generations"
"""The folder inside a build's output folder that holds its generations."""

LATEST = "latest"
"""The symbolic link that names the generation in use."""

KILL_AT = "KG_TEST_KILL_AT"
"""The environment variable of :func:`kill_point`."""

_GENERATION = re.compile(r"g-\d{8}T\d{6}-[0-9a-f]{8}")


class OutputPathError(InputError):
    """A path kg was asked to write that it will not replace (a usage error, exit 2).

    The CLI names the option the path came from (``option``, ``-o/--output``).
    """

    def __init__(self, path: Path, reason: str, option: str | None = None) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}", option)


def kill_point(step: str) -> None:
    """Die here, as a crash would, when ``KG_TEST_KILL_AT`` names this step (tests only)."""
    if os.environ.get(KILL_AT) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def check_target(path: Path) -> None:
    """Raise :class:`OutputPathError` unless ``path`` is absent or a regular file.

    The path itself is examined (``lstat``): a symbolic link is refused
    whatever it points to, since replacing it would drop the link and writing
    through it would change a file the user did not name.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except NotADirectoryError:
        raise OutputPathError(path, "a part of the path is a file, not a folder") from None
    if stat.S_ISREG(mode):
        return
    if stat.S_ISLNK(mode):
        target = os.readlink(path)
        raise OutputPathError(
            path, f"is a symbolic link (to {target}); kg does not replace links: name a file"
        )
    raise OutputPathError(
        path, f"is {file_kind(mode)}; kg replaces only regular files: name a new or a regular file"
    )


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, for an error message (from its
    ``st_mode``): "a folder", "a FIFO", "a character device"...

    >>> import stat
    >>> file_kind(stat.S_IFIFO)
    'a FIFO'
    """
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    )
    return next((name for test, name in kinds if test(mode)), "of another kind")


def write_file(path: Path, data: str | bytes) -> Path:
    """Write ``data`` (text is UTF-8) to ``path`` atomically; return the path.

    Refuses, before writing anything, a target that is not a regular file
    (:func:`check_target`). Temporary files of earlier writes to the same path
    whose process has died are removed.
    """
    check_target(path)
    parent = path.parent
    _make_folder(parent)
    _remove_dead_temporaries(path)
    temporary = parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        _write_new(temporary, data)
        check_target(path)  # again: something may have appeared meanwhile
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(parent)
    return path


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputPathError(folder, "is not a folder") from None


def _write_new(path: Path, data: str | bytes | Path) -> None:
    """Create ``path`` (it must not exist), write ``data`` and flush it to disk; a ``Path``
    (a synced file kg wrote, that nothing changes) is hard-linked there, else copied."""
    if isinstance(data, Path):
        with contextlib.suppress(OSError):
            return os.link(data, path)
        data = data.read_bytes()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(raw)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_dead_temporaries(path: Path) -> None:
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)-[0-9a-f]{{8}}\.tmp")
    for entry in _entries(path.parent):
        found = pattern.fullmatch(entry.name)
        if found and not _alive(int(found.group(1))):
            entry.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except FileNotFoundError:
        return []


def replace_link(link: Path, target: str) -> None:
    """Point the symbolic link ``link`` at ``target`` in one atomic step (``os.replace``)."""
    temporary = link.with_name(f".{link.name}.{os.getpid()}-{secrets.token_hex(4)}.link")
    os.symlink(target, temporary)
    try:
        os.replace(temporary, link)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(link.parent)


def is_link_to(path: Path, target: str) -> bool:
    """Whether ``path`` is a symbolic link whose text is ``target``."""
    return path.is_symlink() and os.readlink(path) == target


def new_generation_name() -> str:
    """A fresh generation's folder name: the time, then random hex."""
    return f"g-{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}"


def is_generation_name(name: str) -> bool:
    return _GENERATION.fullmatch(name) is not None


def current_generation(home: Path) -> str | None:
    """The name of the generation that ``home/latest`` names, if any."""
    link = home / LATEST
    if not link.is_symlink():
        return None
    return os.path.basename(os.readlink(link))


def remove_generations(home: Path, keep: str | None) -> None:
    """Remove every generation in ``home`` but ``keep``, and temporary links.

    Call it with the folder's lock held: a generation being written by a live
    build is then never among them.
    """
    for entry in _entries(home):
        if entry.name == keep:
            continue
        if is_generation_name(entry.name) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(f".{LATEST}.") and entry.name.endswith(".link"):
            entry.unlink(missing_ok=True)


# --- the files of a build, as one generation ------------------------------------------------


def _link_text(name: str) -> str:
    return f"{GENERATIONS}/{LATEST}/{name}"


def check_generation_targets(folder: Path, names: Sequence[str]) -> None:
    """Raise :class:`OutputPathError` if a build could not write ``names`` into ``folder``.

    Each may be absent, a regular file (a build of an older kg: replaced), or
    the link into ``latest`` that a build made; anything else is refused.
    """
    if not os.path.lexists(folder):
        return
    if not folder.is_dir():
        raise OutputPathError(folder, "is not a folder")
    home = folder / GENERATIONS
    if os.path.lexists(home) and (home.is_symlink() or not home.is_dir()):
        raise OutputPathError(home, "is not the folder of generations kg made; move it away")
    for name in names:
        path = folder / name
        if not is_link_to(path, _link_text(name)):
            check_target(path)


def write_generation(
    folder: Path, files: Mapping[str, str | Path], names: Sequence[str]
) -> list[Path]:
    """Write ``files`` (name -> text) into ``folder`` as one generation; return their paths.

    ``names`` are every file a generation may hold: those a build does not
    write (``graph.trig`` when a store build writes only ``graph.nq``) are
    removed from ``folder`` after the swap. Steps, each a :func:`kill_point`:
    ``adopting`` and ``linked NAME`` (a folder of an older kg turned into a
    generation of its own files, hard-linked: nothing changes for a reader),
    ``adopted``, ``wrote NAME`` for each
    file of the new generation, ``swap`` (just before ``latest`` is
    replaced), ``swapped``, ``linked`` and ``cleaned``.
    """
    check_generation_targets(folder, names)
    _make_folder(folder)
    home = folder / GENERATIONS
    _make_folder(home)
    with locked(folder, "its files"):
        remove_generations(home, current_generation(home))
        _remove_old_temporaries(folder, names)
        _adopt(folder, home, names)
        kill_point("adopted")
        generation = home / new_generation_name()
        generation.mkdir()
        try:
            for name, text in files.items():
                _write_new(generation / name, text)
                kill_point(f"wrote {name}")
            _sync_folder(generation)
            kill_point("swap")
            replace_link(home / LATEST, generation.name)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        kill_point("swapped")
        _link(folder, names, files)
        kill_point("linked")
        remove_generations(home, generation.name)
        kill_point("cleaned")
    return [folder / name for name in files]


def _adopt(folder: Path, home: Path, names: Sequence[str]) -> None:
    """Turn output files that are not yet links into ``latest`` into a generation.

    A folder written by an older kg holds the files themselves; so may a
    folder whose links were only partly made when a build was killed. Their
    files are hard-linked (copied where the file system has no hard links)
    into a new generation, ``latest`` is pointed at it, and each file is
    replaced by its link: a reader sees the same content at every step.
    """
    plain = [n for n in names if (folder / n).is_file() and not (folder / n).is_symlink()]
    if not plain:
        return
    generation = home / new_generation_name()
    generation.mkdir()
    for name in names:
        source = folder / name
        if not source.exists():  # a link into a generation that lacks the file
            continue
        try:
            os.link(source.resolve(), generation / name)
        except OSError:
            shutil.copyfile(source, generation / name)
    _sync_folder(generation)
    replace_link(home / LATEST, generation.name)
    kill_point("adopting")
    _link(folder, names, {n: "" for n in names if (generation / n).exists()})
    remove_generations(home, generation.name)


def _link(folder: Path, names: Sequence[str], files: Mapping[str, object]) -> None:
    """Make each file of the generation a link into ``latest``; remove the others."""
    for name in names:
        path = folder / name
        if name in files:
            if not is_link_to(path, _link_text(name)):
                replace_link(path, _link_text(name))
                kill_point(f"linked {name}")
        elif is_link_to(path, _link_text(name)) or path.is_file():
            path.unlink(missing_ok=True)


def _remove_old_temporaries(folder: Path, names: Sequence[str]) -> None:
    """The temporary files of killed builds (``.graph.ttl.*.tmp``, ``.graph.nq.*.link``)."""
    prefixes = tuple(f".{name}." for name in names)
    for entry in _entries(folder):
        if entry.name.startswith(prefixes) and entry.name.endswith((".tmp", ".link")):
            if entry.is_file() or entry.is_symlink():
                entry.unlink(missing_ok=True)


__all__ = [
    "LATEST",
    "GENERATIONS",
    "OutputPathError",
    "check_generation_targets",
    "check_target",
    "current_generation",
    "is_generation_name",
    "kill_point",
    "new_generation_name",
    "remove_generations",
    "replace_link",
    "write_file",
    "write_generation",
]
