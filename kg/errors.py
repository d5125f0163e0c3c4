"""The one error hierarchy of kg, and the :class:`Problem` record that validation reports.

Every error the library raises on bad input is a :class:`KgError`; its class
says the exit code the CLI gives it (``exit_code``), and the CLI's one
mapping (:func:`kg.cli.errors.library_errors`) prints ``str(error)`` as one
line. The table, as the README's "Exit codes" gives it:

=================================  ====  =========================================
class                              exit  meaning
=================================  ====  =========================================
:class:`KgError`                   1     the input was checked and found wanting
:class:`BuildFailedError`          1     a failed build (its problems listed first)
:class:`InputError`                2     a usage error: a bad option value, an
                                         unknown, misspelt or ambiguous name
=================================  ====  =========================================

Other modules subclass these (``kg.sparql.QueryError`` and
``kg.dates.DateRangeError`` are usage errors, exit 2; a lookup that finds
nothing is a plain :class:`KgError`, exit 1). This module imports nothing of kg.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar


@dataclass(frozen=True, order=True)
class Location:
    """A line of an annotation file."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{_display(self.path)}:{self.line}"


@dataclass(frozen=True, order=True)
class Problem:
    """One validation error, reported as ``file:line: message``.

    A ``root_cause`` (a file that cannot be read, a bad header) is reported
    before the other problems: rows that depend on it are not checked.
    """

    location: Location | None
    message: str
    root_cause: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class KgError(Exception):
    """Base class of every error the library raises on bad input (exit code 1)."""

    exit_code: ClassVar[int] = 1
    """The CLI's exit code for this error: 1, the input was found wanting; 2, a usage error."""


class InputError(KgError):
    """A name or value given by the user does not fit (a usage error, exit 2).

    ``option`` names the option or argument the text came from (``--source``,
    ``ENTITY``); the message then begins with it.
    """

    exit_code: ClassVar[int] = 2

    def __init__(self, message: str, option: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.option = option

    def __str__(self) -> str:
        return f"{self.option}: {self.message}" if self.option else self.message


class BuildFailedError(KgError):
    """The annotations did not validate; nothing was written."""

    def __init__(self, problems: list[Problem], notices: list[str] | None = None) -> None:
        self.problems = sorted(problems, key=_problem_key)
        self.notices = list(notices or [])
        """What the build noticed besides (files it did not read, ...), to show first."""
        super().__init__(f"{len(self.problems)} problem(s) in the annotations")


def _problem_key(problem: Problem) -> tuple[int, str, int, str]:
    """Root causes first, then by file and line; problems of no line (counts,
    graph-wide findings) last."""
    loc = problem.location
    return (
        0 if problem.root_cause else 1 if loc else 2,
        str(loc.path) if loc else "",
        loc.line if loc else 0,
        problem.message,
    )


def _display(path: Path) -> str:
    """The path relative to the working directory when it lies below it."""
    try:
        # the folder is resolved, not the file: a file may be a symlink loop
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)
