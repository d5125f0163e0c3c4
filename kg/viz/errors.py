"""Errors of view selection, each a :class:`kg.errors.KgError`."""

from __future__ import annotations

from typing import ClassVar

from kg.errors import KgError


class ViewError(KgError):
    """A view could not be made."""


class UnknownNameError(ViewError):
    """A center, class, source or date the graph does not know (a usage error)."""

    exit_code: ClassVar[int] = 2


class EmptyViewError(ViewError):
    """Nothing in the graph matches the selection."""


class ViewTooLargeError(ViewError):
    """The selection has more nodes than a browser lays out comfortably."""
