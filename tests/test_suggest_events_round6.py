"""Round 6 of `kg suggest`'s events: triggers of reports unlike the seeds (transport,
water, recognition, withdrawals), negations that do not reach a relative clause, and dates
of events inside a visit, each rule on a sentence of our own making (none from the seed
or invented reports), each failing without its rule."""

from __future__ import annotations

import pytest

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import claims, events, suggest

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
    ("Qatar’s envoy told the Iranian side that talks would resume.", "Statement"),
    ("China and Iran discussed a rail link between Herat and Mashhad.", "DevelopmentProject"),
    ("Iran proposed a gas pipeline to Pakistan on Monday.", "DevelopmentProject"),
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


def _times(rows: list[Suggestion], event: str) -> set[str]:
    return {o.split(" ")[0] for s, o in claims(rows, "hasTime") if s == event}


def test_a_negation_does_not_reach_a_clause_after_but() -> None:
    rows = suggest("Qatar has not recognised the rulers, but it handed over the consulate in 2022.")
    assert events(rows, "DiplomaticMissionChange")


def test_a_participle_fused_by_a_hyphen_to_a_name_opens_no_event() -> None:
    rows = suggest("Qatar handed over the consulate to Taliban-appointed diplomats in 2022.")
    assert not events(rows, "Appointment")


def test_a_month_after_since_runs_to_the_publication() -> None:
    rows = suggest("Iran has sent back thousands of Afghans since January.")
    (expulsion,) = events(rows, "Expulsion")
    assert _times(rows, expulsion) == {"2024-01..2024-11-07"}  # published 2024-11-07


def test_a_month_after_an_infinitive_of_intention_is_the_next_one() -> None:
    rows = suggest("China and Iran agreed to meet again in Doha in March.")
    (meeting,) = events(rows, "Meeting")
    assert _times(rows, meeting) == {"2025-03"}  # published 2024-11-07


def test_a_year_before_an_events_noun_dates_that_event_only() -> None:
    rows = suggest("Iran pressed China to honour a 1985 treaty on fishing rights.")
    (request,) = events(rows, "Request")
    (treaty,) = events(rows, "Agreement")
    assert _times(rows, treaty) == {"1985"}
    assert "1985" not in _times(rows, request)


def test_a_date_after_since_and_another_event_is_that_events() -> None:
    rows = suggest(
        "It was the first visit to Doha by an Iranian minister since the two states clashed "
        "in May 2019."
    )
    (visit,) = events(rows, "Visit")
    (clash,) = events(rows, "ArmedClash")
    assert _times(rows, clash) == {"2019-05"}
    assert "2019-05" not in _times(rows, visit)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Pakistan has deported more than 2.5 million Afghans since 2023.", ">2500000 person"),
        ("Qatar’s envoy arrived in Kabul on Monday with a 12-member delegation.", "12 person"),
        (
            "Iran agreed to release 300 million cubic metres of water to Afghanistan.",
            "300000000 m3",  # the ontology's cubic metre (round eight of units)
        ),
        ("China built a 40 kilometres road near Herat in 2019.", "40 km"),
        ("Iran sent 200 trucks of food aid to Herat on Monday.", "200 item"),
    ],
)
def test_quantities_of_other_units_and_peoples(sentence: str, value: str) -> None:
    rows = suggest(sentence)
    assert value in {o for _, o in claims(rows, "hasQuantity")}, sentence


def test_an_undated_visit_to_the_place_of_dated_talks_takes_their_date() -> None:
    rows = suggest(
        "China and Iran held talks in Doha on Sunday. "
        "It was the first visit to Doha by a Chinese minister."
    )
    (visit,) = events(rows, "Visit")
    assert _times(rows, visit) == {"2024-11-03"}  # published on Thursday 2024-11-07


def test_a_remark_after_the_talks_is_dated_as_the_talks_named_so() -> None:
    rows = suggest(
        "China and Iran held talks in Doha on Sunday. During the visit, Wang Yi met Qatar’s "
        "emir. Wang Yi told reporters after the talks that ties were strong."
    )
    (statement,) = events(rows, "Statement")
    assert _times(rows, statement) == {"2024-11-03"}


def test_a_date_before_a_closing_reporting_clause_dates_what_is_reported() -> None:
    rows = suggest("Qatar’s envoy arrived in Tehran on Sunday, Iran’s foreign ministry said.")
    (statement,) = events(rows, "Statement")
    (visit,) = events(rows, "Visit")
    assert _times(rows, visit) == {"2024-11-03"}
    assert "2024-11-03" not in _times(rows, statement)
    fronted = suggest("On Sunday, Iran’s foreign ministry said the envoy had arrived.")
    (statement,) = events(fronted, "Statement")
    assert _times(fronted, statement) == {"2024-11-03"}


def test_an_act_of_intention_is_no_restatement_of_an_earlier_act() -> None:
    rows = suggest(
        "China and Iran signed a treaty on fishing rights in 1985. "
        "The ministry said China and Iran agreed to meet again in Doha in March."
    )
    assert len(events(rows, "Agreement")) == 2
