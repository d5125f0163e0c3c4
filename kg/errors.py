"""Exceptions and the :class:`Problem` record that validation reports."""

from __future__ import annotations

from dataclasses import dataclass
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
    """One validation error, reported as ``file:line: message``."""

    location: Location | None
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class KgError(Exception):
    """Base class of every error the library raises on bad input."""


class BuildFailedError(KgError):
    """The annotations did not validate; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=_problem_key)
        super().__init__(f"{len(self.problems)} problem(s) in the annotations")


def _problem_key(problem: Problem) -> tuple[str, int, str]:
    loc = problem.location
    return (str(loc.path) if loc else "", loc.line if loc else 0, problem.message)


def _display(path: Path) -> str:
    """The path relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
