"""Dates in the views: the names the view code imports, from :mod:`kg.dates`.

The window of a date, its readable text and the rule that decides whether it
is inside ``--since``/``--until`` are written once, in :mod:`kg.dates`.

>>> describe("2025-01")
'January 2025 (month)'
"""

from __future__ import annotations

from kg.dates import Window, bound_window, combined, describe, window

__all__ = ["Window", "bound_window", "combined", "describe", "window"]
