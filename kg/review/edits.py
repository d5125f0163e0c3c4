"""What a reviewer may change in a suggested row, and the checks every decided row passes."""

from __future__ import annotations

import unicodedata

from kg.errors import InputError
from kg.suggest.rows import Suggestion

EDITABLE = {
    "claim": ("subject", "predicate", "object", "evidence", "note"),
    "entity": ("object", "evidence"),
    "mention": ("subject",),
}
"""The fields a reviewer may edit, per kind."""


class ReviewError(InputError):
    """A decision that cannot be taken (an unknown id, a span not in the text...): exit 2."""


def check_fields(row: Suggestion) -> None:
    """Refuse a row with an empty field (but its note) or a tab, line break or control
    character in one: the claims and register files are one row a line."""
    for name in ("subject", "predicate", "object", "evidence", "note"):
        value = getattr(row, name)
        if name != "note" and not value.strip():
            raise ReviewError(f"{row.sid}: empty {name}")
        for char in value:
            if unicodedata.category(char) in ("Cc", "Zl", "Zp"):
                raise ReviewError(
                    f"{row.sid}: the {name} holds a tab, line break or control character"
                )
