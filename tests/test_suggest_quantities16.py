"""Round 16 of `kg suggest`'s quantities and dates: counts whose unit is not right after
the number, tolls and counts a voice gives, shares as fractions, more unit words, and
relative dates of migration and disaster news, each on sentences of our own making and
failing without its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.suggest.counts import more_counts
from kg.suggest.facts import find_quantities
from kg.suggest.when import find_dates
from tests.suggest_sentences import claims, suggest


def _more(text: str) -> list[str]:
    return [q.value for q in more_counts(text, 0, find_quantities(text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The governor said 75 stranded families were moved to a camp.", "75 family"),
        ("Police counted 3,400 “irregular migrants” at the crossing.", "3400 person"),
        ("The militia still holds at least four other Canadians.", ">=4 person"),
        ("Her family of seven slept in a tent.", "7 person"),
        ("A medical team of 12 arrived by road.", "12 person"),
    ],
)
def test_a_count_with_a_word_before_its_unit_or_a_body_of_people(text: str, value: str) -> None:
    assert _more(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Four Omani women were freed on Friday.",  # a people's name describes, not counts
        "In 2024 returnee families were given land.",  # a year
        "A group of 20 countries backed the plan.",  # the noun after it is the unit
        "He visited a team of engineers in 2019.",
    ],
)
def test_no_count_where_the_words_do_not_count_people(text: str) -> None:
    assert _more(text) == []


def test_a_toll_a_voice_puts_at_a_number_is_of_the_killed() -> None:
    [toll] = more_counts("The provincial office put the provisional death toll at 212.", 0, [])
    assert (toll.value, toll.fatalities) == ("212 person", True)


def test_a_number_a_voice_puts_at_a_figure_counts_people() -> None:
    [count] = more_counts("The ministry put the number of returnees at over 1.4 million.", 0, [])
    assert (count.value, count.fatalities) == (">1400000 person", False)


def test_a_toll_in_a_report_of_a_quake_is_its_fatalities() -> None:
    rows = suggest(
        "An earthquake struck the province on Monday. "
        "The UN put the confirmed toll at 340 on Tuesday."
    )
    assert any(value == "340 person" for _, value in claims(rows, "hasFatalities"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than half had been forced out, the ministry said.", ">50 percent"),
        ("Nearly half of them were children.", "~50 percent"),
        ("A quarter of the wells were dry.", "25 percent"),
    ],
)
def test_a_share_written_as_a_fraction(text: str, value: str) -> None:
    assert _more(text) == [value]


@pytest.mark.parametrize(
    "text",
    ["In the first half of the year trade fell.", "Half a million people fled.", "Half past nine."],
)
def test_no_share_where_a_fraction_is_of_time_or_a_number(text: str) -> None:
    assert [v for v in _more(text) if v.endswith("percent")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 45 rescuers dug through the rubble.", "~45 person"),
        ("Three planes landed at the airport.", "3 item"),
        ("About 200 aid workers stayed.", "~200 person"),
    ],
)
def test_unit_words_of_disaster_news(text: str, value: str) -> None:
    assert find_quantities(text)[0].value == value


PUBLISHED = dt.date(2030, 3, 14)  # a Thursday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.value, d.wording) for d in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("He was arrested in June last year.", ("2029-06", "in June last year")),
        ("The dam will open in May next year.", ("2031-05", "in May next year")),
        (
            "Exports rose 8 per cent so far this year.",
            ("2030-01-01..2030-03-14", "so far this year"),
        ),
        ("Arrivals this month so far doubled.", ("2030-03-01..2030-03-14", "this month so far")),
        ("Police raided the camp two weeks ago.", ("2030-02-25..2030-03-03", "two weeks ago")),
        ("The road reopened a month ago.", ("2030-02", "a month ago")),
    ],
)
def test_relative_dates_of_the_genre(text: str, date: tuple[str, str]) -> None:
    assert _dates(text) == [date]


def test_a_day_that_year_is_in_the_year_written_before() -> None:
    [year, day] = find_dates(
        "The law passed in 2019, with a deadline of June 30 that year.", PUBLISHED
    )
    assert (year.value, day.value, day.wording, day.relative) == (
        "2019",
        "2019-06-30",
        "June 30 that year",
        False,
    )


def test_that_year_of_no_year_written_is_the_month_alone() -> None:
    assert _dates("In March that year the talks stalled.") == [("2030-03", "In March")]
