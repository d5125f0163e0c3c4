"""Round 21 of `kg suggest`'s new entities: names the round-18 battery left with the wrong
class; invented sentences, none copied from a report."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import classes, suggest


@pytest.mark.parametrize(
    ("text", "label", "cls"),
    [
        ("The Islamic State Khorasan Province claimed the attack in Kabul.",
         "Islamic State Khorasan Province", "ArmedGroup"),
        ("Islamic State Sinai Province militants attacked a checkpoint on Monday.",
         "Islamic State Sinai Province", "ArmedGroup"),
        ("A suicide bomber of the Islamic State Khorasan Province attacked the ministry.",
         "Islamic State Khorasan Province", "ArmedGroup"),
        # a province where English puts a place, or with no armed act: still a province
        ("Militants attacked a police post in Free State Province.",
         "Free State Province", "Province"),
        ("Floods hit Badakhshan Province on Monday.", "Badakhshan Province", "Province"),
        ("The State Province council met on Monday.", "State Province", "Province"),
    ],
)  # fmt: skip
def test_a_self_styled_states_province_beside_an_armed_act_is_an_armed_group(
    text: str, label: str, cls: str
) -> None:
    assert classes(suggest(text)).get(label) == cls


def test_a_bodys_name_ends_after_its_state_where_a_persons_name_follows() -> None:
    found = classes(
        suggest(
            "Governor of the State Bank of Kyrgyzstan Tolkunbek Abdygulov met the Afghan "
            "delegation on Monday."
        )
    )
    assert found.get("State Bank of Kyrgyzstan") == "Organization"
    assert found.get("Tolkunbek Abdygulov") == "Person"
    # one word after the state is no person's name: the body runs on
    body = classes(suggest("The Ministry of Foreign Affairs of Kazakhstan said on Monday."))
    assert "Ministry of Foreign Affairs of Kazakhstan" in body


@pytest.mark.parametrize(
    "text",
    [
        "He met the President of Uzbekistan Shavkat Mirziyoyev on Monday.",
        "The President of Uzbekistan Shavkat Mirziyoyev received the delegation.",
    ],
)
def test_the_state_a_title_owns_is_no_part_of_the_persons_name(text: str) -> None:
    found = classes(suggest(text))
    assert found.get("Shavkat Mirziyoyev") == "Person"
    assert not any("Uzbekistan" in label and cls == "Person" for label, cls in found.items())
    assert "President of" not in found  # no office cut before its state
