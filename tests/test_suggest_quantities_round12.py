"""Round 12 of `kg suggest`'s quantities: number phrases of news English, a people's or
maker's name between a number and its unit, more unit words, and a quantity in a sentence
that names no event, each on sentences of our own making and failing without its rule."""

from __future__ import annotations

import pytest

from kg.suggest.facts import find_quantities
from kg.suggest.units import amount
from tests.suggest_sentences import claims, suggest


def _values(text: str) -> list[str]:
    return [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nearly half a million Tajiks crossed the river.", "~500000 person"),
        ("A million people lined the road.", "1000000 person"),
        ("Two dozen trucks waited at the gate.", "24 item"),
        ("Officials said 1.2m Uzbeks had voted.", "1200000 person"),
        ("Some 1.5 lakh pilgrims reached the shrine.", "~150000 person"),
        ("Roughly 700 families lost their homes.", "~700 family"),
        ("An estimated 3,000 returnees were counted.", "~3000 person"),
    ],
)
def test_number_phrases_of_the_genre(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_a_phrase_of_size_alone_is_its_value() -> None:
    assert amount("an", None, "hundred") == 100
    assert amount("3", "bn", None) == 3_000_000_000


def test_a_peoples_adjective_between_a_number_and_goods() -> None:
    assert _values("The ministry sent 60 Kyrgyz lorries to the depot.") == ["60 item"]


@pytest.mark.parametrize(
    "text",
    [
        "Four Omani women were freed on Friday.",  # people described, not counted
        "On 12 May people gathered in the square.",
        "All 15 Council members voted for it.",
        "In 2021 Turkish trucks crossed the border.",
    ],
)
def test_no_other_word_between_number_and_unit(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three crew members said the ship was searched.", "3 person"),
        ("The agency said 420 health facilities had shut.", "420 item"),
        ("The flood destroyed 80 schools and 35 clinics.", "80 item"),
    ],
)
def test_unit_words_of_people_and_places(text: str, value: str) -> None:
    assert value in _values(text)


def test_a_count_in_a_sentence_of_no_event_goes_to_the_event_before() -> None:
    rows = suggest(
        "Border guards and smugglers clashed near the river on Monday. "
        "According to the guards, a band of seven armed men tried to cross at night."
    )
    quantities = claims(rows, "hasQuantity")
    assert any(value == "7 person" for _, value in quantities)


def test_a_sum_in_a_sentence_of_no_event_gives_no_row() -> None:
    rows = suggest(
        "Border guards and smugglers clashed near the river on Monday. "
        "The province's budget was about $9 million last year."
    )
    assert not any(value.endswith("usd") for _, value in claims(rows, "hasQuantity"))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Between 2,000 and 3,000 returnees crossed.", [">=2000 person", "<=3000 person"]),
        ("Kuwait gave $30 million to $45 million in aid.", [">=30000000 usd", "<=45000000 usd"]),
        ("Some 60-70 per cent of the wells ran dry.", [">=60 percent", "<=70 percent"]),
        ("Between 20 and 30 million people need food.", [">=20000000 person", "<=30000000 person"]),
    ],
)
def test_a_range_is_two_bounds_of_one_span(text: str, values: list[str]) -> None:
    found = find_quantities(text)
    assert [q.value for q in found] == values
    assert len({(q.start, q.end) for q in found}) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Arrivals rose from 2,000 to 3,000 returnees.", "3000 person"),
        ("The count grew in 2024 to 3,000 returnees.", "3000 person"),
        ("Oman freed 20 and Qatar 30 prisoners.", "30 person"),
    ],
)
def test_no_range_without_its_words(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_both_bounds_of_a_range_are_rows() -> None:
    rows = suggest("Kuwait sent between 2,000 and 3,000 tonnes of flour to Kabul on Monday.")
    values = {value for _, value in claims(rows, "hasQuantity")}
    assert {">=2000 tonne", "<=3000 tonne"} <= values
