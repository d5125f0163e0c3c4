"""Output formats shared by every command that prints rows."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "csv", "tsv")


def output_options(func: F) -> F:
    """Add --table/--json/--csv/--tsv as one ``fmt`` argument.

    The default is a table on a terminal and JSON when piped.
    """
    for name in reversed(FORMATS):
        func = click.option(
            f"--{name}",
            "fmt",
            flag_value=name,
            help=f"Print {name.upper() if name != 'table' else 'a table'}"
            + (" (default on a terminal)." if name == "table" else "")
            + (" (default when piped)." if name == "json" else ""),
        )(func)
    return func


def resolve_format(fmt: str | None) -> str:
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "json"


def emit_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str | None) -> None:
    """Print rows as a table, JSON (a list of objects), CSV or TSV."""
    chosen = resolve_format(fmt)
    if chosen == "json":
        click.echo(json.dumps(list(rows), indent=2, ensure_ascii=False, default=str))
    elif chosen in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if chosen == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(column)) for column in columns])
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(render_table(rows, columns))


def emit_json(value: Any, *, floatless: bool = False) -> None:
    """Print ``value`` as indented JSON.

    A ``floatless`` value (texts, integers, booleans, None: a lookup's document) is
    written by orjson, byte for byte as :func:`json.dumps` writes it and some twenty
    times faster (json's indenting encoder is pure Python: seconds for the 50 MB of a
    2,000-node neighbourhood); orjson writes some floats otherwise (``1.5e-7``).
    """
    if floatless:
        import orjson

        try:
            written = orjson.dumps(value, option=orjson.OPT_INDENT_2, default=str)
        except TypeError:  # an integer beyond 64 bits: json writes it
            pass
        else:
            click.echo(written, nl=False)  # not written + b"\n": a copy of 80 MB at 1M
            click.echo(b"\n", nl=False)
            return
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [
        max([len(column)] + [len(line[i]) for line in cells]) for i, column in enumerate(columns)
    ]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for line in cells:  # every line has a cell a column
        lines.append("  ".join(map(str.ljust, line, widths)).rstrip())
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return _visible(", ".join(str(v) for v in value))
    return _visible(str(value))


# C0 and C1 controls (terminal escapes, line breaks, tabs), line and paragraph
# separators, and bidirectional controls: in a table cell each would break the
# row or make the terminal show something other than the value
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(text: str) -> str:
    """``text`` with each control character written as its escape (``\\n``, ``\\x1b``)."""
    if text.isprintable():  # none of them (each is unprintable): no pattern run
        return text
    return _INVISIBLE.sub(lambda match: ascii(match.group())[1:-1], text)
