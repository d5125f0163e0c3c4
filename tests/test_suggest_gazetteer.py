"""States the register has never seen, by their names (ISO 3166-1 through pycountry).

A report of the genre names states far beyond the seed's eight; their class cannot
come from the words around them, so it comes from the standard list of states.
"""

from __future__ import annotations

import pytest

from kg.suggest.gazetteer import state_named
from tests.suggest_sentences import ROLES, suggest


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Kazakhstan", "Kazakhstan"),
        ("Kyrgyz Republic", "Kyrgyzstan"),  # ISO's official name
        ("Islamic Republic of Iran", "Iran"),  # its common name
        ("Russia", "Russian Federation"),  # a short name the news uses
        ("Turkey", "Türkiye"),
        ("the United States", "United States"),
        ("UAE", "United Arab Emirates"),
        ("QATAR", "Qatar"),
    ],
)
def test_a_states_names_give_the_state(name: str, state: str) -> None:
    assert state_named(name) == state


@pytest.mark.parametrize("name", ["Kabul", "Punjab", "Taliban", "us", "Uae", "Herat"])
def test_cities_provinces_groups_and_small_words_are_no_states(name: str) -> None:
    assert state_named(name) is None


def test_states_the_register_does_not_know_are_new_states_and_take_part() -> None:
    rows = suggest("Bangladesh and Nepal held talks in Kathmandu on Monday.")
    states = {r.subject for r in rows if r.kind == "entity" and r.object == "State"}
    assert states == {"bangladesh", "nepal"}
    actors = {(r.predicate, r.object) for r in rows if r.kind == "claim" and r.predicate in ROLES}
    assert {("hasParticipant", "bangladesh"), ("hasParticipant", "nepal")} <= actors


def test_a_new_state_opening_a_sentence_is_the_doer() -> None:
    rows = suggest("Mongolia condemned the attack on Tuesday.")
    assert ("hasInitiator", "mongolia") in {
        (r.predicate, r.object) for r in rows if r.kind == "claim" and r.predicate in ROLES
    }
