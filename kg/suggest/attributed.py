"""A statement named as the source of a sentence ("according to a statement from X") is
that source's own statement, not the sentence's other speech act."""

from __future__ import annotations

from kg.suggest.attribution import ACCORDING


def attribution(text: str, start: int) -> bool:
    """Whether the trigger at ``start`` is the statement a sentence is attributed to."""
    return bool(ACCORDING.search(text, max(0, start - 60), start))


def apart(text: str, first: int, second: int, cls: str) -> bool:
    """Whether two statement triggers of one sentence are two events because one of them
    is the statement the sentence is attributed to ("X, according to a statement from
    the ministry, told Y": the ministry's statement and X's words to Y)."""
    return cls == "Statement" and attribution(text, first) != attribution(text, second)
