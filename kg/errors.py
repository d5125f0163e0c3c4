"""Exceptions and the :class:`Problem` record that validation reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


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
    """Base class of every error the library raises on bad input."""


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
