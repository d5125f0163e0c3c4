"""Round 6 of `kg suggest`'s events: triggers of reports unlike the seeds (transport,
water, recognition, withdrawals), negations that do not reach a relative clause, and dates
of events inside a visit, each rule on a sentence of our own making (none from the seed
or invented reports), each failing without its rule."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import events, suggest

TRIGGERS = [  # (sentence, the class it must open) for words the table lacked
    ("China and Iran agreed to meet again in Doha next month.", "Meeting"),
    ("Qatar’s foreign minister is due to travel to Tehran on Friday.", "Visit"),
    ("China and Iran signed a treaty on fishing rights in 1985.", "Agreement"),
    ("China and Iran signed a protocol on customs checks on Monday.", "Agreement"),
    ("Iranian and Afghan border guards clashed near Zaranj on Monday.", "ArmedClash"),
    ("Qatar proposed a ceasefire monitoring team on Monday.", "Request"),
    ("China presses Iran for lower tariffs.", "Request"),
    ("Iran has sent back thousands of Afghans this year.", "Expulsion"),
    ("China shipped 5,000 tonnes of wheat to Kabul on Monday.", "AidShipment"),
    ("Qatar became the first country to recognize the new government in Kabul.",
     "DiplomaticRecognition"),
    ("China is ready to finance the new highway, its envoy said.", "Pledge"),
    ("Foreign troops withdrew from the valley in 2014.", "MilitaryWithdrawal"),
    ("The 40-kilometre road from Zaranj to Delaram was built by China in 2009.",
     "DevelopmentProject"),
    ("Iran handed over the Afghan consulate in Mashhad to new diplomats in 2022.",
     "DiplomaticMissionChange"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "cls"), TRIGGERS)
def test_words_of_other_topics_open_their_events(sentence: str, cls: str) -> None:
    assert events(suggest(sentence), cls), sentence


def test_a_withdrawal_needs_forces_and_a_road_needs_building_words() -> None:
    assert not events(suggest("Qatar withdrew its offer on Monday."), "MilitaryWithdrawal")
    assert not events(suggest("China built its reputation on trade."), "DevelopmentProject")


def test_a_negation_does_not_reach_a_relative_clause_after_a_comma() -> None:
    rows = suggest("Qatar has not recognized the rulers, which seized power in 2021.")
    assert events(rows, "ChangeOfGovernment")
    assert not events(rows, "DiplomaticRecognition")


def test_a_refusal_before_to_denies_the_act() -> None:
    for sentence in (
        "The international community has refused to recognize the new rulers of Kabul.",
        "Qatar has yet to recognise the new rulers of Kabul.",
    ):
        assert not events(suggest(sentence), "DiplomaticRecognition"), sentence
