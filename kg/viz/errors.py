"""Errors of view selection, each a :class:`kg.errors.KgError`."""

from __future__ import annotations

from kg.errors import KgError


class ViewError(KgError):
    """A view could not be made."""


class UnknownNameError(ViewError):
    """A center, class, source or date the graph does not know (a usage error)."""


class EmptyViewError(ViewError):
    """Nothing in the graph matches the selection."""


class ViewTooLargeError(ViewError):
    """The selection has more nodes than a browser lays out comfortably."""
