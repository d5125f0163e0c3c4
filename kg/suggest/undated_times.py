"""The ``hasTime`` of an event the text does not date.

Up to the publication ("..2025-01-09 \"pledged\" relative", as docs/annotation.md bounds
an undated act), or from the publication on for an event the text calls planned, names as
work talks are about or lists among what was agreed (:func:`ahead`).
"""

from __future__ import annotations

import datetime as dt
import re

from kg.suggest.date_scope import listed_plan, planned_work


def undated(published: dt.date, words: str = "") -> str:
    """The ``hasTime`` of an event the text does not date: up to the publication, with
    the words that tell of it ("pledged") where given.

    >>> undated(dt.date(2025, 1, 9), "pledged")
    '..2025-01-09 "pledged" relative'
    """
    words = " ".join(words.replace('"', "").split())
    return f'..{published} "{words}" relative' if words else f"..{published} relative"


_AHEAD = re.compile(
    r"\b(?:planned|proposed|projected|envisaged|future)\s+(?:[\w’'-]+\s+){0,3}$", re.I
)
"""An adjective of a plan some words before an event's name: "the planned Trans-Afghan
Railway", "the proposed gas pipeline"."""


def ahead(
    text: str, start: int, published: dt.date, words: str = "", *, planned: bool = False
) -> str | None:
    """The ``hasTime`` of an undated event the text calls planned or proposed, names as
    work talks are about ("talks on upgrading the rail link") or in an item of a list of
    what was agreed ("agreed to:" then "- begin a feasibility study"), or that its trigger
    tells as planned (``planned``: "said he would meet X"): from the publication on, with its
    words; None where no such word comes before ``start``.

    >>> ahead("the planned rail link", 12, dt.date(2025, 1, 9), "rail link")
    '2025-01-09.. "rail link" relative'
    """
    line = text[max(0, start - 40) : start]
    line = line[line.rfind("\n") + 1 :]
    if not (
        planned or _AHEAD.search(line) or planned_work(text, start) or listed_plan(text, start)
    ):
        return None  # "agreed to:\n- begin a feasibility study": a plan too
    words = " ".join(words.replace('"', "").split())
    return f'{published}.. "{words}" relative' if words else f"{published}.. relative"
