"""Reading the project's tab-separated annotation files, keeping line numbers.

Lines that start with ``#`` and blank lines are skipped; the first other line is
the header. Fields are split on tabs only: no quoting, so evidence spans keep
their quotes as printed.

What the readers accept (docs/annotation.md says the same to annotators):

- only regular files, or symlinks to one (followed); a FIFO, a device, a
  folder, a dangling symlink or a symlink loop is an error at ``file:1``;
- at most :data:`MAX_FILE_BYTES` (64 MiB) a file;
- UTF-8; a UTF-8 byte order mark at the start of a file (Excel writes one) is
  dropped; an invalid byte is an error at its own line, with its column;
- lines end at ``\\n`` or ``\\r\\n`` and nowhere else: a line number is the
  physical line an editor shows;
- no control character (other than the tab) in a row, no Unicode line or
  paragraph separator (U+2028, U+2029) and no bidirectional embedding,
  override or isolate (U+202A-U+202E, U+2066-U+2069): each is an error naming
  the column and the character, and the row is skipped.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError, Location, Problem
from kg.files import file_kind

MAX_FILE_BYTES = 64 * 1024 * 1024
"""The largest annotation or source text file the build reads (64 MiB)."""

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Every character str.splitlines() would break a line at, other control characters
# (C0 but the tab, DEL, C1), and the bidi controls that can make a label read
# differently from what it holds ("trojan source").
_FORBIDDEN = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMES = {
    "\x00": "a NUL byte",
    "\x0b": "a vertical tab",
    "\x0c": "a form feed",
    "\x0d": "a carriage return",
    "\x1c": "a file separator",
    "\x1d": "a group separator",
    "\x1e": "a record separator",
    "\x85": "a next-line character (NEL)",
    "\u2028": "a line separator",
    "\u2029": "a paragraph separator",
}


class InputFileError(KgError):
    """A file that cannot be read as annotations or text; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


@dataclass(frozen=True)
class Row:
    """One data row: its fields by column name, and where it stands."""

    location: Location
    fields: dict[str, str]

    def get(self, column: str) -> str:
        return self.fields.get(column, "").strip()


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of the regular file ``path`` (a symlink to one is followed).

    Raises :class:`InputFileError` (at line 1) for anything else, and for a
    file of more than ``limit`` bytes (:data:`MAX_FILE_BYTES` by default). A
    FIFO is never opened for a blocking read, so it cannot hang the build.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _error(path, _open_failure(path, exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _error(
                path,
                f"not a regular file ({file_kind(info.st_mode)}): only files, "
                "or symlinks to files, are read",
            )
        if info.st_size > limit:
            raise _error(path, _too_large(info.st_size, limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise _error(path, _too_large(size, limit))
        return b"".join(chunks)
    except OSError as exc:
        raise _error(path, f"cannot read: {exc.strerror}") from None
    finally:
        os.close(fd)


def read_text(path: Path, limit: int | None = None) -> str:
    """A source text as :meth:`Path.read_text` reads it (UTF-8, universal newlines),
    from a regular file of at most ``limit`` bytes.

    Invalid UTF-8 raises :class:`InputFileError` at the line of the first bad byte.
    """
    data = read_bytes(path, limit)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        raise InputFileError(
            Problem(Location(path, line), _not_utf8(exc, data, column), root_cause=True)
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_rows(
    path: Path,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
    problems: list[Problem] | None = None,
    rejected: list[Row] | None = None,
) -> Iterator[Row]:
    """Yield the rows of ``path``; file, header and row errors go to ``problems``.

    A row with more fields than the header, or with a character the readers
    refuse, is reported and skipped (appended to ``rejected``, when given, so
    that the caller knows which ids it declared); missing trailing fields are
    read as empty (editors drop trailing tabs). A file that cannot be read, or
    whose header is wrong, is one problem marked as a root cause.
    """
    sink = problems if problems is not None else []
    try:
        data = read_bytes(path)
    except InputFileError as exc:
        sink.append(_root(exc.problem))
        return
    if data.startswith(_UTF16_BOMS):
        sink.append(_root(Problem(Location(path, 1), "UTF-16 text: save the file as UTF-8")))
        return
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    header: list[str] | None = None
    for number, (raw, not_utf8) in enumerate(_lines(path, data), start=1):
        if not_utf8 is not None and header is None:
            sink.append(_root(not_utf8))
            return
        if raw.endswith("\r"):
            raw = raw[:-1]
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        location = Location(path, number)
        if header is None:
            header = [cell.strip() for cell in cells]
            wrong = _header_fault(header, required, optional) or _forbidden_character(
                raw, ["header"] * len(cells)
            )
            if wrong is not None:
                rows = _data_lines(data, number)
                if rows:
                    wrong += f"; the file's {rows} row(s) were not read"
                sink.append(_root(Problem(location, wrong)))
                return
            continue
        row = Row(location, dict(zip(header, cells, strict=False)))
        if not_utf8 is not None:
            fault: str | None = not_utf8.message
        elif len(cells) > len(header):
            fault = f"{len(cells)} tab-separated fields, the header has {len(header)}"
        else:
            fault = _forbidden_character(raw, header)
        if fault is None:
            yield row
            continue
        sink.append(Problem(location, fault))
        if rejected is not None:
            rejected.append(row)
    if header is None:
        sink.append(_root(Problem(Location(path, 1), "no header line")))


def _lines(path: Path, data: bytes) -> Iterator[tuple[str, Problem | None]]:
    """The physical lines (split at ``\\n`` only), each with None or, for a line
    that is not UTF-8, the problem at its own number and byte column (the line
    then comes with U+FFFD for the bad bytes)."""
    try:
        for line in data.decode("utf-8").split("\n"):
            yield line, None
        return
    except UnicodeDecodeError:
        pass
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            yield raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            problem = Problem(Location(path, number), _not_utf8(exc, raw, exc.start + 1))
            yield raw.decode("utf-8", errors="replace"), problem


def _header_fault(
    header: list[str], required: tuple[str, ...], optional: tuple[str, ...]
) -> str | None:
    missing = [name for name in required if name not in header]
    unknown = [name for name in header if name not in required + optional]
    twice = sorted({name for name in header if header.count(name) > 1})
    if missing:
        return f"header lacks column(s): {', '.join(missing)}"
    if unknown:
        return f"unknown column(s) in header: {', '.join(unknown)}"
    if twice:
        return f"column(s) named twice in the header: {', '.join(twice)}"
    return None


def _forbidden_character(line: str, header: list[str]) -> str | None:
    """The first character of ``line`` the readers refuse, named with its column."""
    found = _FORBIDDEN.search(line)
    if found is None:
        return None
    char = found.group()
    field = line.count("\t", 0, found.start())
    column = header[field] if field < len(header) else f"field {field + 1}"
    where = f"{column}: {_describe(char)} (U+{ord(char):04X}) at column {found.start() + 1}"
    if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        return f"{where}: bidirectional controls can make text read as what it is not"
    return f"{where}: a field holds no line break or control character but the tab"


def _describe(char: str) -> str:
    if char in _NAMES:
        return _NAMES[char]
    name = unicodedata.name(char, "")
    return f"a {name.lower()}" if name else "a control character"


def _data_lines(data: bytes, after: int) -> int:
    """How many rows (not blank, not comments) follow line ``after``."""
    lines = data.split(b"\n")[after:]
    return sum(1 for line in lines if line.strip() and not line.lstrip().startswith(b"#"))


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and byte column of byte ``offset``."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def _not_utf8(exc: UnicodeDecodeError, data: bytes, column: int) -> str:
    byte = data[exc.start : exc.start + 1].hex()
    return f"not UTF-8 text: byte 0x{byte} at byte column {column} ({exc.reason})"


def _root(problem: Problem) -> Problem:
    return Problem(problem.location, problem.message, root_cause=True)


def _error(path: Path, message: str) -> InputFileError:
    return InputFileError(Problem(Location(path, 1), message, root_cause=True))


def _open_failure(path: Path, exc: OSError) -> str:
    import errno

    if exc.errno == errno.ELOOP:
        return "a symlink loop: the link never reaches a file"
    if exc.errno == errno.ENOENT and path.is_symlink():
        return f"a symlink to a missing file ({os.readlink(path)})"
    return f"cannot read: {exc.strerror}"


def _too_large(size: int, limit: int) -> str:
    return f"{size} bytes: larger than the limit of {limit} bytes ({limit >> 20} MiB) a file"
