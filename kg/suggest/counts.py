"""Counts of people and shares that news English writes without a unit right after the number.

:func:`kg.suggest.facts.find_quantities` reads "NUMBER UNIT"; the genre also writes:

- a word between the number and the unit, or the unit in quotation marks as a government
  words it: "140 returnee families", "two other Americans", "820,000 “unauthorised
  nationals”";
- the size of a body of people after it: "her family of nine", "a rescue team of 25";
- a toll or a count someone gives: "put the death toll at 782" (people killed), "put the
  number at 1.05 million" (people);
- a share as a fraction: "more than half" (``>50 percent``), "a quarter of them".

Each gives a :class:`kg.suggest.facts.Quantity` as ``find_quantities`` does.
"""

from __future__ import annotations

import re

from kg.suggest.facts import Quantity
from kg.suggest.units import FOLK, NUMBER, QUALIFIERS, SCALES, UNITS, amount

_QUALIFIER = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_PEOPLE_UNITS = "|".join(
    sorted((re.escape(u) for u, unit in UNITS.items() if unit in ("person", "family", "household")),
           key=len, reverse=True)
)  # fmt: skip
_NOT_MODIFIER = (
    "of|and|or|to|in|on|at|by|for|from|with|the|a|an|who|that|which|were|was|had|have|has|"
    f"are|is|more|years|days|months|weeks|per|percent|{'|'.join(SCALES)}"
)
_MODIFIED = re.compile(
    rf"(?:(?P<qual>{_QUALIFIER})\s+)?{NUMBER}\s+"
    rf"(?:[“\"](?:(?!(?:{_NOT_MODIFIER})\b)(?-i:[a-z]+)\s+)?|(?!(?:{_NOT_MODIFIER})\b)(?-i:[a-z]+)\s+)"
    rf"(?:(?P<unit>{_PEOPLE_UNITS})|(?-i:(?P<folk>{FOLK})))\b[”\"]?",
    re.IGNORECASE,
)
"""A count with a word before its unit, or its unit quoted: "140 returnee families", "at
least two other Americans", "1,000 “illegal foreigners”"."""
_BODY = re.compile(
    rf"\b(?:family|team|group|crew|delegation|party|household)\s+of\s+{NUMBER}"
    rf"(?!\d|[.,]\d)(?!\s+(?:[a-z]+s\b(?<!\bwas)(?<!\bhas)(?<!\bis)|per\b|{'|'.join(SCALES)}|%))",
    re.IGNORECASE,
)
"""The size of a body of people after it: "her family of nine", "a team of 25" (not "a
group of 20 countries", whose noun is the unit)."""
_GIVEN = re.compile(
    rf"\bput(?:s|ting)?\s+the\s+(?:(?P<toll>(?:[a-z]+\s+){{0,2}}toll)|number|figure|total)\b"
    rf"[^.;:]{{0,60}}?\bat\s+(?:(?P<qual>{_QUALIFIER})\s+)?{NUMBER}"
    r"(?!\d|[.,]\d)(?!\s*(?:%|per\s*cent|percent))",
    re.IGNORECASE,
)
"""A toll or count a voice gives: "put the confirmed toll at 782", "put the number returned
at 1.05 million" (people: the genre's numbers without a unit)."""
_FRACTIONS = {"half": 50, "a quarter": 25, "one quarter": 25, "three quarters": 75,
              "three-quarters": 75}  # fmt: skip
_SHARE = re.compile(
    rf"(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?:\b(?P<qual>{_QUALIFIER})\s+)?"
    rf"\b(?P<frac>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})\b"
    r"(?=\s+(?:of\s+(?:them|those|these|the|all|its|their)\b|had|have|has|were|was|are|is)\b)",
    re.IGNORECASE,
)
"""A share as a fraction of a count told: "more than half had been forced out", "a quarter
of them" (the first half of a year is no share: a year follows "of the")."""


def more_counts(text: str, offset: int, found: list[Quantity]) -> list[Quantity]:
    """The counts and shares of one sentence (at ``offset``) that ``found`` lacks.

    >>> [q.value for q in more_counts("Her family of nine left; more than half had gone.", 0, [])]
    ['9 person', '>50 percent']
    """
    more: list[Quantity] = []

    def keep(start: int, end: int, value: str, fatalities: bool = False) -> None:
        start, end = offset + start, offset + end
        if not any(q.start < end and start < q.end for q in [*found, *more]):
            more.append(Quantity(start, end, value, "", fatalities))

    for match in _MODIFIED.finditer(text):
        if re.fullmatch(r"(?:19|20)\d\d", match["num"]):
            continue  # "2023 returnee families": a year
        unit = UNITS.get((match["unit"] or "").lower(), "person")
        keep(match.start(), match.end(), f"{_prefix(match)}{_count(match)} {unit}")
    for match in _BODY.finditer(text):
        keep(match.start(), match.end(), f"{_count(match)} person")
    for match in _GIVEN.finditer(text):
        toll = bool(match["toll"])  # a toll is of the killed, in the genre
        keep(match.start(), match.end(), f"{_prefix(match)}{_count(match)} person", toll)
    for match in _SHARE.finditer(text):
        share = _FRACTIONS[re.sub(r"\s+", " ", match["frac"].lower())]
        keep(match.start(), match.end(), f"{_prefix(match)}{share} percent")
    return more


def _prefix(match: re.Match[str]) -> str:
    return QUALIFIERS.get(re.sub(r"\s+", " ", (match["qual"] or "").lower()), "")


def _count(match: re.Match[str]) -> str:
    value = amount(match["num"], match["glued"], match["mult"])
    return str(int(value)) if value.is_integer() else str(value)
