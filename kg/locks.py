"""Locks that make kg's commands take turns on what they write (``flock``).

* :func:`locked`: a build's folder, held while it writes; a second build is
  refused at once (it would remove the first one's generations).
* :func:`taking_turns`: a file or folder that commands share (the embedded
  store's build, a report's suggestions file); the second command waits its
  turn, and may say that it waits.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def locked(folder: Path, what: str) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (``flock``), or refuse if another holds it."""
    import fcntl

    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            from kg.files import OutputPathError

            raise OutputPathError(
                folder, f"another kg build is writing {what}; wait for it to end"
            ) from None
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def taking_turns(lock: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold ``lock`` (``flock``) while the block runs; where another command holds it,
    call ``waiting`` (to say so) and wait for it. ``lock`` is a folder (locked as
    it is, nothing written) or a lock file (made where missing).

    Where the lock file cannot be made (a read-only folder), the block runs
    without it: the write that follows then says what stops it.
    """
    import fcntl

    try:
        if lock.is_dir():
            fd = os.open(lock, os.O_RDONLY | os.O_DIRECTORY)
        else:
            lock.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
