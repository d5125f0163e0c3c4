"""Dates of the genre that the first rules missed, on sentences of our own making.

Two weekdays as a span, the periods named from the publication ("last month",
"next week", "earlier this year"), a clause in the future resolving forward, the
length of a visit turning its first day into a span, and a date after the
publication kept off an event the text reports as done.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.suggest.when import find_dates
from tests.suggest_sentences import claims, events, suggest

TUESDAY = dt.date(2025, 9, 23)  # a Tuesday


def dated(sentence: str, published: dt.date = TUESDAY) -> list[tuple[str, str]]:
    return [(d.wording, d.value) for d in find_dates(sentence, published)]


def test_two_weekdays_are_the_days_between_them() -> None:
    assert dated("The delegations held talks in Islamabad on Sunday and Monday.") == [
        ("on Sunday and Monday", "2025-09-21..2025-09-22")
    ]
    assert dated("Consultations ran from Thursday to Saturday in Doha.") == [
        ("from Thursday to Saturday", "2025-09-18..2025-09-20")
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("last month", "2025-08"),
        ("this month", "2025-09"),
        ("next month", "2025-10"),
        ("earlier this month", "2025-09-01..2025-09-23"),
        ("next week", "2025-09-29..2025-10-05"),
        ("Last week", "2025-09-15..2025-09-21"),
        ("this week", "2025-09-22..2025-09-23"),
        ("last year", "2024"),
        ("next year", "2026"),
        ("earlier this year", "2025-01-01..2025-09-23"),
        ("tomorrow", "2025-09-24"),
    ],
)
def test_periods_named_from_the_publication(words: str, value: str) -> None:
    assert dated(f"The envoy said {words} that the crossing stays shut.") == [(words, value)]


def test_a_clause_in_the_future_resolves_forward_and_a_past_one_back() -> None:
    assert dated("The two sides will meet again in Kabul in November.") == [
        ("in November", "2025-11")
    ]
    assert dated("The two sides met in Kabul in November.") == [("in November", "2024-11")]
    assert dated("The minister is due to travel to Herat on Friday.") == [
        ("on Friday", "2025-09-26")
    ]
    assert dated("The minister travelled to Herat on Friday.") == [("on Friday", "2025-09-19")]
    # the future of another clause does not reach this one
    assert dated("Talks will resume, but the envoy left Kabul on Friday.") == [
        ("on Friday", "2025-09-19")
    ]


def test_the_length_of_a_visit_makes_its_first_day_a_span() -> None:
    assert dated("Minister Rahimi arrived in Tashkent on Sunday for a three-day visit.") == [
        ("on Sunday", "2025-09-21..2025-09-23")
    ]
    assert dated("The ministers held two days of consultations that began on Sunday.") == [
        ("on Sunday", "2025-09-21..2025-09-22")
    ]
    # two days named: the length says nothing about which one it stretches
    assert dated("He came on Sunday for a two-day visit and met Baradar on Monday.") == [
        ("on Sunday", "2025-09-21"),
        ("on Monday", "2025-09-22"),
    ]


def test_an_event_reported_as_done_takes_no_date_after_the_publication() -> None:
    rows = suggest(
        "Pakistan and Afghanistan agreed on Wednesday to open a joint trade office in Kabul "
        "next month."
    )
    times = {time for _, time in claims(rows, "hasTime")}
    assert any('"on Wednesday"' in t for t in times)
    assert not any('"next month"' in t for t in times)


def test_an_event_in_the_future_takes_its_later_date() -> None:
    rows = suggest("Muttaqi will visit New Delhi next month.")
    visits = events(rows, "Visit")
    assert visits
    assert {time for event, time in claims(rows, "hasTime") if event == visits[0]} == {
        '2024-12 "next month" relative'
    }
