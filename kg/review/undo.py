"""Taking back an accepted row: its line leaves the claims or register file it went to.

Every other line of the file stays as it was (comments, hand-written rows); the file
is written atomically (:func:`kg.files.write_file`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kg.build.tsv import InputFileError, read_text
from kg.errors import KgError
from kg.files import write_file

KEY = ("subject", "predicate", "object", "evidence")
"""What makes a claims row the one a decision wrote."""


def _rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The lines of a TSV file and its data rows, each with its index among the lines."""
    if not path.exists():
        return [], []
    try:
        lines = read_text(path).split("\n")
    except InputFileError as exc:
        raise KgError(str(exc.problem)) from None
    header: list[str] | None = None
    rows = []
    for index, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [cell.strip() for cell in cells]
            continue
        rows.append((index, dict(zip(header, cells, strict=False))))
    return lines, rows


def _without(path: Path, lines: list[str], index: int) -> None:
    write_file(path, "\n".join(lines[:index] + lines[index + 1 :]))


def remove_claim(path: Path, values: Mapping[str, str]) -> None:
    """Remove the last claims row with ``values``'s subject, predicate, object and evidence
    (none there: the file is left as it is)."""
    lines, rows = _rows(path)
    wanted = tuple(values[name] for name in KEY)
    for index, cells in reversed(rows):
        found = tuple(cells.get(n, "").strip() for n in KEY[:3]) + (cells.get("evidence", ""),)
        if found == wanted:
            _without(path, lines, index)
            return


def remove_entity(path: Path, entity: str) -> None:
    """Remove the register row of ``entity`` (none there: the file is left as it is)."""
    lines, rows = _rows(path)
    for index, cells in rows:
        if cells.get("id", "").strip() == entity:
            _without(path, lines, index)
            return


def naming(path: Path, entity: str) -> list[int]:
    """The line numbers (from 1) of the claims rows that name ``entity``."""
    return [
        index + 1
        for index, cells in _rows(path)[1]
        if entity in (cells.get("subject", "").strip(), cells.get("object", "").strip())
    ]


__all__ = ["naming", "remove_claim", "remove_entity"]
