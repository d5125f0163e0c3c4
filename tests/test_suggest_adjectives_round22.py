"""States' adjectives that English does not make by suffix rules ("Saudi", "Turkish",
"British"): read from ``kg/suggest/irregular_adjectives.json`` wherever a state's adjective
is (a title's state, "Saudi officials"); invented sentences, none copied from a report."""

from __future__ import annotations

import pytest

from kg.suggest.gazetteer import state_named, state_of_adjective
from tests.suggest_sentences import classes, suggest
from tests.test_suggest_mentions_general import entities, register


@pytest.mark.parametrize(
    ("adjective", "state"),
    [
        ("Saudi", "Saudi Arabia"),
        ("Emirati", "United Arab Emirates"),
        ("Turkish", "Turkey"),
        ("Sri Lankan", "Sri Lanka"),
        ("British", "United Kingdom"),
        ("Norwegian", "Norway"),
        ("Swiss", "Switzerland"),
        ("Indian", "India"),  # the suffix rules still
    ],
)
def test_an_irregular_adjective_names_its_state(adjective: str, state: str) -> None:
    assert state_of_adjective(adjective) == state_named(state)


def test_a_title_after_an_irregular_adjective_is_an_office_of_its_state() -> None:
    found = classes(suggest("Saudi Foreign Minister Faisal bin Farhan met the envoy on Monday."))
    assert found.get("Foreign Minister of Saudi Arabia") == "Position"
    assert found.get("Faisal bin Farhan") == "Person"


def test_the_officials_of_an_irregular_adjective_are_its_state() -> None:
    reg = register(("saudi-arabia", "State", "Saudi Arabia", ""))
    assert "saudi-arabia" in entities(reg, "Saudi officials said the talks would resume.")
    assert "saudi-arabia" not in entities(reg, "Officials said the talks would resume.")
