"""A range of two numbers before one unit ("between 2,000 and 3,000 refugees", "40-50 per
cent", "$40 million to $50 million") as two bounds of one evidence span.

The annotations write a range as two rows, ``>=`` the low and ``<=`` the high value
(docs/annotation.md, "Quantity prefixes"). The low number takes the high one's sign and
its word of size where it has none ("between 40 and 50 million people": 40 million). "from
A to B" is a change, whose value is B (no range); a year before "to" is a date.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from kg.suggest.units import GLUED, MULTIPLIERS

if TYPE_CHECKING:
    from kg.suggest.facts import Quantity

_SIZE = rf"(?:{'|'.join(MULTIPLIERS)})"
_LOW = re.compile(
    r"(?:\b(?P<between>between)\s+)?(?<![\w.,])(?P<sign>US\$|\$|€|₹|Rs\.?\s?)?"
    rf"(?P<low>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?P<glued>{'|'.join(GLUED)})?"
    rf"(?:\s+(?P<mult>{_SIZE}))?"
    r"(?:\s*(?P<dash>[-–])\s*|\s+(?P<word>and|to)\s+)\Z",
    re.IGNORECASE,
)
_HIGH_SIZE = re.compile(rf"\b(?P<word>{_SIZE})\b|\d(?P<glued>{'|'.join(GLUED)})\b", re.I)


def ranged(text: str, found: list[Quantity], offset: int) -> list[Quantity]:
    """``found`` (quantities with ``start``, ``end``, ``value``) with each high end of a
    range made ``<=`` and joined by its ``>=`` low end, both on the range's words; a
    quantity read from the low end alone is dropped."""
    out = list(found)
    for q in found:
        start, end, value = q.start, q.end, q.value
        if value[0] in "<>~":
            continue  # "more than 2,000 to ...": qualified already
        low = _LOW.search(text[: start - offset])
        if low is None or (low["word"] == "and") != bool(low["between"]):
            continue  # "and" only after "between"; "between" only with "and"
        if re.fullmatch(r"(?:19|20)\d\d", low["low"]) and not low["dash"]:
            continue  # "in 2024 to 3,000 people": a year
        if low["word"] == "to" and re.search(r"\bfrom\s+\Z", text[: low.start()], re.I):
            continue  # "rose from 2,000 to 3,000": a change, no range
        number, unit = value.split(" ", 1)
        amount = float(low["low"].replace(",", ""))
        amount *= GLUED.get((low["glued"] or "").lower(), 1)
        amount *= MULTIPLIERS.get((low["mult"] or "").lower(), 1)
        high_words = text[start - offset : end - offset]
        size = _HIGH_SIZE.search(high_words)
        if not low["mult"] and not low["glued"] and size is not None:
            amount *= MULTIPLIERS.get((size["word"] or "").lower(), 0) or GLUED.get(
                (size["glued"] or "").lower(), 1
            )
        if amount >= float(number):
            continue  # "1,000 to 50 ...": no range
        shown = str(int(amount)) if amount.is_integer() else str(amount)
        begin = offset + low.start()
        out = [o for o in out if not (begin <= o.start < start)]
        out.remove(q)
        out += [
            dataclasses.replace(q, start=begin, value=f">={shown} {unit}"),
            dataclasses.replace(q, start=begin, value=f"<={number} {unit}"),
        ]
    return out
