"""Parsing of annotation object values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.build.values import PartialDate, parse_date, parse_quantity, parse_time


def test_date_precision_follows_its_form() -> None:
    assert parse_date("2025").precision == "year"
    assert parse_date("2025-01").precision == "month"
    assert parse_date("2025-01-08").precision == "day"


def test_month_spans_the_whole_month() -> None:
    month = parse_date("2024-02")
    assert (month.first_day(), month.last_day()) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_time_with_wording_and_relative() -> None:
    value = parse_time('2025-01-08 "on Wednesday" relative')
    assert value.start == value.end == PartialDate(2025, 1, 8)
    assert value.wording == "on Wednesday"
    assert value.relative
    assert value.is_instant


def test_interval_and_open_intervals() -> None:
    closed = parse_time('2024-11-04..2024-11-05 "November 4-5"')
    assert (closed.earliest, closed.latest) == (dt.date(2024, 11, 4), dt.date(2024, 11, 5))
    assert not closed.is_instant
    open_start = parse_time('..2025-05-16 "recent" relative')
    assert open_start.start is None and open_start.latest == dt.date(2025, 5, 16)
    decade = parse_time('1990..1999 "in the 1990s"')
    assert (decade.earliest, decade.latest) == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))


@pytest.mark.parametrize(
    "text", ["", "..", "2025-1-8", "8 January 2025", '2025 "unclosed', "2025 later"]
)
def test_bad_times(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


@pytest.mark.parametrize(
    ("text", "amount", "unit", "qualifier"),
    [
        ("300 tonne", "300", "tonne", "="),
        ("~1000000 person", "1000000", "person", "~"),
        (">500000 person", "500000", "person", ">"),
        (">=46 person", "46", "person", ">="),
        ("2.5 litre", "2.5", "litre", "="),
    ],
)
def test_quantities(text: str, amount: str, unit: str, qualifier: str) -> None:
    value = parse_quantity(text)
    assert (value.amount, value.unit, value.qualifier) == (Decimal(amount), unit, qualifier)


@pytest.mark.parametrize("text", ["300", "tonne", "300,000 tonne", "-5 tonne", "300 Tonnes"])
def test_bad_quantities(text: str) -> None:
    with pytest.raises(ValueError):
        parse_quantity(text)
