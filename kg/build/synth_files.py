"""Where `kg synth` writes: ``data/`` and ``corpus/`` in its ``-o`` folder, replaced whole.

Both are written into a temporary folder inside ``-o`` first and renamed into
place, so a run that fails leaves the last corpus as it was, and a smaller
corpus leaves none of a bigger one's files behind. A ``data/`` or ``corpus/``
that ``kg synth`` did not write (no :data:`SYNTH_MARK` beside them) is refused,
never replaced: ``-o`` pointed at a project does not lose its data.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from kg.files import OutputPathError

SYNTH_MARK = ".kg-synth"
"""The file in ``-o`` that says its ``data/`` and ``corpus/`` are kg synth's to replace."""


def replace_corpus(out: Path, write: Callable[[Path, Path], None]) -> None:
    """Have ``write(data, corpus)`` write a corpus, and put it in place of ``out``'s.

    Raises:
        OutputPathError: ``out`` holds a ``data/`` or ``corpus/`` kg synth did not write.
    """
    ours = (out / SYNTH_MARK).is_file()
    for name in ("data", "corpus"):
        if (out / name).exists() and not ours:
            raise OutputPathError(
                out / name,
                "not written by kg synth; choose an empty or new folder",
                option="-o/--output",
            )
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".kg-synth-", dir=out))
    try:
        write(work / "data", work / "corpus")
        (out / SYNTH_MARK).write_text("written by kg synth\n", encoding="utf-8")
        for name in ("data", "corpus"):
            if (out / name).exists():
                (out / name).rename(work / f"old-{name}")
            (work / name).rename(out / name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
