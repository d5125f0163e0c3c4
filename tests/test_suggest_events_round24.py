"""`kg suggest`'s events, batteries of sentences of our own making in the genre.

- "assured", "gave assurances" beside "would", "will" or "never" (conduct promised) open
  a Pledge, not "rest assured" (``ontology/triggers.tsv``, ``trigger_senses.jsonl``);
- a trigger's noun ending an office's name ("the minister of refugees and repatriation")
  names the office, no event, while the noun as the office's act stays one;
- people received are a reception, a Meeting ("received the Uzbek ambassador"), not a
  letter, support or goods received, nor "the visiting delegation" (the visit's host);
- "The returns dominated talks": a determiner of the subject before a past verb makes no
  reference back (``determiners.py``);
- reports denied are an Accusation; people "arriving at the border" are on no visit;
- a sum received is a shipment of funds; "the treaty" refers back to the last
  agreement; a treaty's organisation is no agreement; "more would follow" after a
  shipment is another shipment (``more_to_follow.py``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.suggest_sentences import event_classes, events, suggest

ASSURED = [
    "The Afghan side had assured him it would not allow any group to use its territory.",
    "Muttaqi assured the Pakistani envoy that Afghan soil would not be used against Pakistan.",
    "The Taliban assured Uzbekistan that the railway project would be protected.",
    "Kabul has assured Dushanbe that the border will remain calm.",
    pytest.param(
        "China assures Pakistan of continued support for the corridor.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="an assurance opens a pledge only beside 'would', 'will' or 'never' (a "
            "promise of conduct ahead); one of support without them is not told apart",
        ),
    ),
    "The interim government gave assurances that aid workers would be safe.",
    "Iran's foreign minister gave an assurance that the border crossing would stay open.",
]

NOT_ASSURED = [
    "Officials said traders could rest assured that the crossing would reopen.",
]

OFFICE_NAMES = [
    "The Taliban's minister of refugees and repatriation visited the camp.",
    "The Ministry of Refugees and Repatriation said the camp was full.",
    "Officials of the ministry of refugees and repatriation met the families.",
    "The deputy minister for repatriation toured the border crossing.",
]

STILL_EVENTS = [
    (
        "The ministry said the repatriation of Afghan refugees from Iran had slowed.",
        "RefugeeReturn",
    ),
    (
        "The repatriation of refugees resumed on Monday, the ministry of refugees said.",
        "RefugeeReturn",
    ),
]


@pytest.mark.parametrize(("sentence", "cls"), STILL_EVENTS)
def test_the_work_itself_stays_an_event(sentence: str, cls: str) -> None:
    assert cls in event_classes(sentence)


# "X received Y": a reception of people is talks (Meeting); goods received are a shipment,
# a call, a letter or support received no meeting (kg/suggest/receptions.py)
RECEIVED_PEOPLE = [
    "Pakistan's prime minister received the Chinese foreign minister in Islamabad.",
    "Muttaqi received the Uzbek ambassador at the foreign ministry in Kabul.",
    "The Taliban's minister of refugees received a convoy of returnee families at Torkham.",
    "President Mirziyoyev received a Taliban delegation led by Baradar in Tashkent.",
    "The Pakistani army chief has received the Afghan ambassador in Rawalpindi.",
    "Iran's president received the Afghan envoy and discussed water sharing.",
    "The governor of Herat received a group of Iranian traders at his office.",
]

RECEIVED_NO_ONE = [
    "The ministry received a letter from the Iranian envoy.",
    "The plan had received $812 million of the $2.4 billion it sought.",
    "The proposal received support from the ambassadors of several states.",
    "The ambassador received his medical degree in Karachi.",
    "Officials said the ministry had received complaints from returnee families.",
]


def test_goods_received_stay_a_shipment() -> None:
    classes = event_classes("Afghanistan received 30 tonnes of wheat from India's envoy.")
    assert "AidShipment" in classes and "Meeting" not in classes


def test_the_visiting_guest_received_is_a_visit_s_host() -> None:
    classes = event_classes("Muttaqi received the visiting Uzbek delegation in Kabul.")
    assert "Visit" in classes and "Meeting" not in classes


def test_a_call_received_stays_a_call() -> None:
    classes = event_classes("Muttaqi received a call from the Iranian foreign minister.")
    assert "PhoneCall" in classes and "Meeting" not in classes


# "The returns dominated talks in Kabul last week": "The" is the subject's, not the talks':
# new talks, no reference back to the last meeting (kg/suggest/determiners.py)
_MET_BEFORE = "Nepal's foreign minister met the Bhutanese envoy in Kathmandu on Monday. "
NEW_TALKS = [
    "The water dispute dominated talks in Tehran last week between Pakistani and Afghan officials.",
    "The returns overshadowed talks in Islamabad last month between the two interior ministers.",
    "The refugee issue delayed talks between Tajik and Afghan officials.",
]
SAME_TALKS = [
    "The recently concluded talks focused on trade.",
    "The long-awaited meeting lasted two hours.",
    "The talks focused on trade and transit.",
]


def _meetings(text: str) -> int:
    """The events the rows date (each meeting, new or of the register, has a date)."""
    return len({r.subject for r in suggest(text) if r.predicate == "hasTime"})


@pytest.mark.parametrize("sentence", NEW_TALKS)
def test_a_subject_s_determiner_makes_no_reference_back(sentence: str) -> None:
    assert _meetings(_MET_BEFORE + sentence) == 2


@pytest.mark.parametrize("sentence", SAME_TALKS)
def test_a_determiner_of_the_talks_refers_back(sentence: str) -> None:
    assert _meetings(_MET_BEFORE + sentence) == 1


# "denied reports that aid had been diverted": the reports denied are an accusation of
# their own; the same words without a denial name none (ontology/triggers.tsv)
DENIED_REPORTS = [
    "He denied reports on social media that aid had been diverted to Taliban fighters.",
    "The ministry dismissed media reports that the border crossing had been closed.",
    "Islamabad rejected news reports that its troops had entered Afghan territory.",
    "The Taliban denied reports that foreign fighters were training in Kunar.",
]
NO_REPORTS_DENIED = [
    "UNHCR said in its reports that 20,000 Afghans had returned.",
    "Media reports said the delegation would arrive on Monday.",
]


@pytest.mark.parametrize("sentence", DENIED_REPORTS)
def test_reports_denied_are_an_accusation(sentence: str) -> None:
    classes = event_classes(sentence)
    assert "Accusation" in classes and "Denial" in classes


@pytest.mark.parametrize("sentence", NO_REPORTS_DENIED)
def test_reports_not_denied_are_no_accusation(sentence: str) -> None:
    assert "Accusation" not in event_classes(sentence)


# people "arriving at the border" are returning or fleeing, on no visit (trigger_senses)
AT_THE_BORDER = [
    "Families are arriving at the border with nothing but what they could carry.",
    "Thousands of Afghans arrived at the border crossing at Torkham on Sunday.",
    "Refugees arriving at the frontier said they had been forced out.",
]


def test_arriving_in_a_capital_stays_a_visit() -> None:
    assert "Visit" in event_classes("Iran's foreign minister arrived in Kabul on Sunday.")


# sums received are funds, a shipment of aid (received_goods.py)
MONEY_RECEIVED = [
    "She said this year's humanitarian plan had received $812 million of the $2.4 billion it sought.",
    "Afghanistan has received $40 million in emergency aid from the Asian Development Bank.",
    "The appeal had received only 12 million dollars by the end of October.",
]


def test_a_sum_of_people_received_is_no_shipment() -> None:
    assert "AidShipment" not in event_classes("The ministry received a delegation from Iran.")


# "the treaty", "the accord", "the pact" refer back to the last agreement, as "the
# agreement" does (the table's definite column)
_TREATY_BEFORE = "Iran wants the full quota of water set under a 1973 treaty with Afghanistan. "
TREATY_AGAIN = [
    "Under the treaty, Afghanistan is to release 820 million cubic metres of water a year to Iran.",
    "Rahmani told the Iranian side that Kabul was committed to the treaty within the limits of "
    "nature.",
    "Pakistan's foreign office said the accord had never been fully applied by Kabul.",
    "India said the pact with Nepal had been disputed for decades.",
]


def _new_events(text: str, cls: str) -> int:
    """How many new events of ``cls`` the rows of ``text`` propose."""
    return len(events(suggest(text), cls))


@pytest.mark.parametrize("sentence", TREATY_AGAIN)
def test_the_treaty_refers_back(sentence: str) -> None:
    assert _new_events(_TREATY_BEFORE + sentence, "Agreement") == 1


def test_a_new_treaty_is_another_agreement() -> None:
    text = _TREATY_BEFORE + "The two sides signed a new transit treaty on Monday."
    assert _new_events(text, "Agreement") == 2


# a treaty's organisation is a body, no agreement (trigger_senses.jsonl)
TREATY_BODIES = [
    "The Collective Security Treaty Organization approved a programme to strengthen the border.",
    "Officials of the North Atlantic Treaty Organization met in Brussels.",
]


# "said more would follow" after a shipment: another shipment, planned (more_to_follow.py)
_SHIPPED = "India sent 40 tonnes of tents and medicines to Kabul on Monday. "
MORE_TO_FOLLOW = [
    "Its spokesperson said more would follow as the needs become clear.",
    "The ministry said more aid will follow next week.",
    "Officials said more consignments were to follow.",
]
NOTHING_MORE = [
    "Its spokesperson said more talks would be held.",
    "The ministry said more than 1,000 tents had been pitched.",
]


@pytest.mark.parametrize("sentence", MORE_TO_FOLLOW)
def test_more_to_follow_is_another_shipment(sentence: str) -> None:
    assert _new_events(_SHIPPED + sentence, "AidShipment") == 2


@pytest.mark.parametrize("sentence", NOTHING_MORE)
def test_more_of_another_thing_is_no_shipment(sentence: str) -> None:
    assert _new_events(_SHIPPED + sentence, "AidShipment") == 1


def test_more_to_follow_with_no_shipment_before_is_none() -> None:
    assert "AidShipment" not in event_classes("The minister said more would follow.")


def _of(cls: str, cases: list[Any]) -> list[Any]:
    """(sentence, class) parameters of ``cases`` (sentences or pytest.param of one)."""
    return [
        pytest.param(*case.values, cls, marks=case.marks, id=case.id)
        if hasattr(case, "values")
        else pytest.param(case, cls, id=case)
        for case in cases
    ]


NAMES_ONE = [
    *_of("Pledge", ASSURED),
    *_of("Meeting", RECEIVED_PEOPLE),
    *_of("AidShipment", MONEY_RECEIVED),
]
NAMES_NONE = [
    *_of("Pledge", NOT_ASSURED),
    *_of("RefugeeReturn", OFFICE_NAMES),
    *_of("Meeting", RECEIVED_NO_ONE),
    *_of("Visit", AT_THE_BORDER),
    *_of("Agreement", TREATY_BODIES),
]


@pytest.mark.parametrize(("sentence", "cls"), NAMES_ONE)
def test_the_sentence_names_an_event_of_the_class(sentence: str, cls: str) -> None:
    assert cls in event_classes(sentence)


@pytest.mark.parametrize(("sentence", "cls"), NAMES_NONE)
def test_the_sentence_names_no_event_of_the_class(sentence: str, cls: str) -> None:
    assert cls not in event_classes(sentence)
