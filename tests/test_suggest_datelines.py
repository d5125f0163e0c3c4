"""A dateline's place is the city the report was filed from, never the government seated
there: "ISLAMABAD —" opening the story is Islamabad, where "Islamabad said" in a sentence
is Pakistan's government (kg.suggest.metonyms.located, kg.suggest.text.opens_dateline)."""

from __future__ import annotations

import pytest

from kg.suggest.text import opens_dateline
from tests.test_suggest_mentions_general import mentions, register

PLACES = (
    ("pakistan", "State", "Pakistan", ""),
    ("iran", "State", "Iran", ""),
    ("islamabad", "City", "Islamabad", ""),
    ("tehran", "City", "Tehran", ""),
)

STORY = "Pakistan’s interior ministry said on Wednesday that the deadline would stand."


@pytest.mark.parametrize(
    ("opening", "city", "state"),
    [
        ("ISLAMABAD — ", "islamabad", "pakistan"),
        ("ISLAMABAD: ", "islamabad", "pakistan"),
        ("Islamabad, Nov 4: ", "islamabad", "pakistan"),
        ("TEHRAN (Wire Service) — ", "tehran", "iran"),
    ],
)
def test_a_capital_in_the_dateline_is_the_city(opening: str, city: str, state: str) -> None:
    text = f"Headline of the day\n{opening}{STORY}"
    words = text[len("Headline of the day\n") :].split()[0].strip(",:")
    found = mentions(register(*PLACES), text)
    assert (city, words) in found
    assert (state, words) not in found


def test_the_same_capital_in_the_story_is_the_government() -> None:
    text = "Headline of the day\nISLAMABAD — Islamabad rejected the allegations on Tuesday."
    found = mentions(register(*PLACES), text)
    assert ("islamabad", "ISLAMABAD") in found
    assert ("pakistan", "Islamabad") in found


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Title\nKABUL — The talks ended.", 6, 11, True),
        ("Title\nNEW DELHI, Nov 7: The talks ended.", 6, 15, True),
        ("Title\nNEW DELHI, Nov 7: The talks ended.", 10, 15, False),  # inside, not opening
        ("Title\nThe talks in KABUL — ended.", 19, 24, False),  # not at the line's start
        ("1\n2\n3\n4\n5\n6\n7\n8\nKABUL — The talks ended.", 16, 21, False),  # past the front
    ],
)
def test_a_dateline_opens_one_of_the_first_lines(
    text: str, start: int, end: int, expected: bool
) -> None:
    assert opens_dateline(text, start, end) is expected
