"""Reading the project's tab-separated annotation files, keeping line numbers.

Lines that start with ``#`` and blank lines are skipped; the first other line is
the header. Fields are split on tabs only: no quoting, so evidence spans keep
their quotes as printed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import Location, Problem


@dataclass(frozen=True)
class Row:
    """One data row: its fields by column name, and where it stands."""

    location: Location
    fields: dict[str, str]

    def get(self, column: str) -> str:
        return self.fields.get(column, "").strip()


def read_rows(
    path: Path,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
    problems: list[Problem] | None = None,
) -> Iterator[Row]:
    """Yield the rows of ``path``; header and shape errors go to ``problems``.

    A row with more fields than the header is reported and skipped; missing
    trailing fields are read as empty (editors drop trailing tabs).
    """
    sink = problems if problems is not None else []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        sink.append(Problem(Location(path, 1), f"not UTF-8 text: {exc.reason}"))
        return
    except OSError as exc:
        sink.append(Problem(Location(path, 1), f"cannot read: {exc.strerror}"))
        return
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        location = Location(path, number)
        if header is None:
            header = [cell.strip() for cell in cells]
            missing = [name for name in required if name not in header]
            unknown = [name for name in header if name not in required + optional]
            if missing:
                sink.append(Problem(location, f"header lacks column(s): {', '.join(missing)}"))
                return
            if unknown:
                sink.append(Problem(location, f"unknown column(s) in header: {', '.join(unknown)}"))
                return
            continue
        if len(cells) > len(header):
            sink.append(
                Problem(
                    location,
                    f"{len(cells)} tab-separated fields, the header has {len(header)}",
                )
            )
            continue
        yield Row(location, dict(zip(header, cells, strict=False)))
    if header is None:
        sink.append(Problem(Location(path, 1), "no header line"))
