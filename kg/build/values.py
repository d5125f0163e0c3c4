"""Literal values of annotation objects: quantities, numbers, booleans; and dates.

Dates and time spans live in :mod:`kg.dates` (with the one date-window
rule); their names are re-exported here for the modules that read values.

>>> parse_time('2025-01-08 "on Wednesday" relative').start.precision
'day'
>>> str(parse_quantity(">=46 person").amount)
'46'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kg.dates import PRECISIONS, PartialDate, TimeValue, parse_date, parse_time

__all__ = [
    "PRECISIONS",
    "QUALIFIER_SYMBOLS",
    "PartialDate",
    "QuantityValue",
    "TimeValue",
    "parse_boolean",
    "parse_date",
    "parse_decimal",
    "parse_integer",
    "parse_quantity",
    "parse_time",
]

_QUANTITY = re.compile(
    r"(?P<qualifier>~|>=|<=|>|<)?(?P<amount>\d+(?:\.\d+)?)\s+(?P<unit>[a-z][a-z0-9]*)\Z"
)
QUALIFIER_SYMBOLS = ("=", "~", ">", ">=", "<", "<=")


@dataclass(frozen=True)
class QuantityValue:
    """An amount of a unit, possibly approximate or bounded."""

    amount: Decimal
    unit: str
    qualifier: str = "="

    @property
    def key(self) -> str:
        prefix = "" if self.qualifier == "=" else self.qualifier
        return f"{prefix}{self.amount} {self.unit}"


def parse_quantity(text: str) -> QuantityValue:
    """Parse ``[~|>|>=|<|<=]NUMBER UNIT``, e.g. ``~1000000 person``, ``50000000 usd``.

    The unit symbol is lower-case ASCII letters, then digits ("m3", cubic metres)."""
    match = _QUANTITY.match(text.strip())
    if not match:
        raise ValueError(f"not a quantity ([~|>|>=|<|<=]NUMBER UNIT, e.g. '300 tonne'): {text!r}")
    return QuantityValue(Decimal(match["amount"]), match["unit"], match["qualifier"] or "=")


def parse_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return value


def parse_integer(text: str) -> int:
    if not re.fullmatch(r"-?\d+", text):
        raise ValueError(f"not an integer: {text!r}")
    return int(text)


def parse_boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(f"not a boolean (true or false): {text!r}")
    return text == "true"
