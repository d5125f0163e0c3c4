"""A single day of a sentence that gives the length of a visit or of talks, as its span.

"arrived on Tuesday for a two-day visit", "three days of talks from Sunday": the day
:func:`kg.suggest.when.find_dates` found becomes the span of those days
(``2024-11-05..2024-11-06``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.suggest.date_links import DAY
from kg.suggest.english import alternation, counting

if TYPE_CHECKING:
    from kg.suggest.when import DateMention

_NUMBERS = counting(2, 6) | {str(n): n for n in range(2, 6)}
_FEW = alternation(counting(2, 5))
_LENGTH = re.compile(
    rf"\b(?P<n>{_FEW}|[2-5])[-\s]day\s+(?:official\s+|state\s+|working\s+)?"
    r"(?:visit|trip|tour|talks|meeting|summit|conference|session|round)"
    rf"|\b(?P<n2>{_FEW})\s+days\s+of\s+(?:talks|meetings|negotiations|consultations)\b",
    re.IGNORECASE,
)
"""The length of a visit or of talks: "a two-day visit", "three days of talks"."""


def lasting(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """The one single day of a sentence that gives a visit's or talks' length, as that
    span; of several days, the one right before the length in its clause where all the
    others are after the publication ("arrived on Sunday evening on a two-day visit and
    is due to fly to Kabul on Wednesday": Sunday's)."""
    length = _LENGTH.search(text)
    days = [m for m in mentions if DAY.fullmatch(m.value)]
    if length is None or not days:
        return mentions
    if len(days) > 1:
        past = [m for m in days if not m.later]
        before = [m for m in mentions if m.end - offset <= length.start()]
        between = text[before[-1].end - offset : length.start()] if before else "."
        if len(past) != 1 or before[-1:] != past or re.search(r"[;.]|\band\b", between):
            return mentions
        days = past
    first = dt.date.fromisoformat(days[0].value)
    last = first + dt.timedelta(days=_NUMBERS[(length["n"] or length["n2"]).lower()] - 1)
    span = replace(days[0], value=f"{first}..{last}")
    return [span if m is days[0] else m for m in mentions]
