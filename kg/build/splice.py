"""graph.nq of an incremental build: the last one with some lines dropped and some added;
the link index likewise, with the lines of some nodes made again.

The last file (sorted lines) is searched through a memory map, and the
stretches that do not change are copied by the kernel (``copy_file_range``)
into the new file, never read into Python.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def _line_start(text: Any, line: bytes) -> int:
    """Where ``line`` is, or would go, in ``text``: sorted lines (bytes, or a memory map of
    them), each ending in a newline. A binary search over the text itself: it is not split.

    UTF-8 keeps the order of code points, so lines sorted as text are sorted as bytes.
    """
    lo, hi = 0, len(text)  # both always the start of a line
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind(b"\n", lo, mid) + 1 or lo
        end = text.find(b"\n", start) + 1
        if text[start:end] < line:
            lo = end
        else:
            hi = start
    return lo


def splice_cuts(text: Any, removed: set[str], added: set[str]) -> list[tuple[int, int, bytes]]:
    """Where ``text`` (sorted distinct lines) changes, in order, as :func:`_write_cuts` takes
    them: ``(offset, offset, line)`` to insert a line there, ``(offset, offset + its length,
    b"")`` to drop the line that starts there."""
    cuts = []
    for line in (x.encode("utf-8") for x in added):
        at = _line_start(text, line)
        cuts.append((at, at, line))
    for line in (x.encode("utf-8") for x in removed):
        at = _line_start(text, line)
        cuts.append((at, at + len(line), b""))
    return sorted(cuts)  # at one offset, the lines inserted before the line dropped


def write_spliced(old: Path, target: int, removed: set[str], added: set[str]) -> None:
    """Write the last build's graph.nq (the file ``old``), with its lines ``removed`` and
    ``added``, to the file descriptor ``target``.

    The old file is searched through a memory map and the unchanged stretches are
    copied by the kernel (``copy_file_range``), never read into Python.
    """
    import mmap

    with old.open("rb") as source:
        if os.fstat(source.fileno()).st_size == 0:  # no memory map of nothing
            _write_cuts(source.fileno(), target, b"", splice_cuts(b"", removed, added))
            return
        with mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as text:
            _write_cuts(source.fileno(), target, text, splice_cuts(text, removed, added))


def write_index_spliced(old: Path, new: Path, lines: dict[str, bytes | None]) -> None:
    """Write the new file ``new``: the link index ``old`` (:mod:`kg.graph.links`) with the
    lines of the nodes of ``lines`` in place of theirs (None: the node's line goes),
    the stretches between copied by the kernel; synced."""
    import mmap

    from kg.graph.links import line_of

    with old.open("rb") as source, mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as text:
        cuts = [(*line_of(text, iri), lines[iri] or b"") for iri in sorted(lines)]
        fd = os.open(new, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            _write_cuts(source.fileno(), fd, text, cuts)
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_cuts(source: int, target: int, text: Any, cuts: list[tuple[int, int, bytes]]) -> None:
    """Write ``text`` (the bytes of the file ``source``, or a memory map of them) to
    ``target`` with each cut ``(start, end, line)``, in order, applied: the bytes from
    ``start`` to ``end`` replaced by ``line``; the stretches between copied by the kernel."""
    at = 0
    for start, end, line in cuts:
        _copy(source, target, text, at, start - at)
        write_all(target, line)
        at = end
    _copy(source, target, text, at, len(text) - at)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy(source: int, target: int, text: Any, offset: int, count: int) -> None:
    """``count`` bytes of ``source`` from ``offset`` to the end of ``target``."""
    while count > 0:
        try:
            copied = os.copy_file_range(source, target, count, offset)
        except (AttributeError, OSError):  # no such call here: through Python
            copied = 0
        if copied <= 0:
            write_all(target, text[offset : offset + count])
            return
        offset += copied
        count -= copied
