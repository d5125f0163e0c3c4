"""Regions named only inside a quotation: a speaker's figure, no place the report tells of."""

from __future__ import annotations

import re

from kg.suggest.candidates import NewEntity

_QUOTED = re.compile(r"“[^”\n]*”")
_REGIONS = ("Region", "Place")


def only_quoted(text: str, occurrences: list[NewEntity]) -> bool:
    """Whether a new region's every occurrence lies inside a quotation (round fourteen):
    "a bridge between Central and South Asia”, said a minister, names no place of the
    story."""
    if occurrences[0].cls not in _REGIONS:
        return False
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    return all(any(s < o.start and o.end < e for s, e in quoted) for o in occurrences)
