"""Round 16 of `kg suggest`'s events: the English of releases and of migration (a mediator,
a host of a standing office, a deadline, an order to leave, a count of people who returned),
each on sentences of our own making (the publication date of the suggester's source is
Thursday 7 November 2024)."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import actors, claims, events, suggest

SENTENCES = [
    ("Event", "China has acted as a mediator between Pakistan and India since 2020."),
    ("Event", "Iran had mediated an earlier exchange of prisoners."),
    ("Event", "Iran set a deadline of March 1 for the traders."),
    ("Event", "The deadline that passed on Monday would not be extended, the ministry said."),
    ("Request", "Iran ordered undocumented migrants to leave the country by March."),
    ("RefugeeReturn", "12,400 Afghans returned from Iran last week, the agency said."),
    ("RefugeeReturn", "About 1.2 million people had returned so far this year."),
]


@pytest.mark.parametrize(("cls", "sentence"), SENTENCES)
def test_a_phrase_of_release_and_migration_news_names_an_event_of_its_class(
    cls: str, sentence: str
) -> None:
    assert events(suggest(sentence), cls)


def test_a_mediator_initiates_and_the_sides_take_part() -> None:
    rows = suggest("China has acted as a mediator between Pakistan and India since 2020.")
    (event,) = events(rows, "Event")
    assert actors(rows, event) >= {
        ("hasInitiator", "china"),
        ("hasParticipant", "pakistan"),
        ("hasParticipant", "india"),
    }


def test_an_order_to_leave_is_a_request_of_its_giver() -> None:
    rows = suggest("Iran ordered undocumented migrants to leave the country by March.")
    (event,) = events(rows, "Request")
    assert ("hasInitiator", "iran") in actors(rows, event)


def test_an_order_of_no_departure_or_halt_is_no_request() -> None:
    assert not events(suggest("The court ordered a review of the contract."), "Request")


def test_a_host_of_a_standing_office_is_no_visit() -> None:
    rows = suggest("Iran has hosted the movement’s political office since 2015.")
    assert not events(rows, "Visit")


def test_a_host_of_a_guest_stays_a_visit() -> None:
    assert events(suggest("Iran hosted the Indian foreign minister on Monday."), "Visit")


def test_a_minister_who_returned_is_no_refugee_return() -> None:
    rows = suggest("The foreign minister returned from Beijing on Monday.")
    assert not events(rows, "RefugeeReturn")


def test_the_country_people_return_from_is_a_place_of_the_return_no_actor() -> None:
    rows = suggest("12,400 Afghans returned from Iran last week, the agency said.")
    (event,) = events(rows, "RefugeeReturn")
    assert ("hasParticipant", "iran") not in actors(rows, event)
    assert (event, "iran") in claims(rows, "hasPlace")


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("An Indian Air Force aircraft carrying 40 tonnes of tents landed in Kabul.", "india"),
        ("Two planes of the Iranian Red Crescent landed in Herat with 60 tonnes of food.", "iran"),
        ("A plane from Tehran landed in Herat on Monday with 25 tonnes of food.", "iran"),
    ],
)
def test_the_state_of_a_relief_aircraft_initiates_the_shipment(sentence: str, state: str) -> None:
    rows = suggest(sentence)
    (event,) = events(rows, "AidShipment")
    assert ("hasInitiator", state) in actors(rows, event)


def test_that_before_a_bare_noun_and_an_auxiliary_refers_back_to_no_event() -> None:
    rows = suggest(
        "A plane from Tehran landed in Herat with 25 tonnes of food. "
        "The governor denied reports that aid had been diverted."
    )
    (denial,) = events(rows, "Denial")
    (shipment,) = events(rows, "AidShipment")
    assert (denial, shipment) not in claims(rows, "hasTopic")
    assert ("hasTarget", "iran") not in actors(rows, denial)


def test_people_before_an_expulsion_are_its_target_and_the_state_after_from_expels() -> None:
    rows = suggest("Some 12,000 Afghans deported or gone from Iran since March.")
    (event,) = events(rows, "Expulsion")
    assert actors(rows, event) >= {("hasTarget", "afghan-people"), ("hasInitiator", "iran")}
    assert ("hasInitiator", "afghan-people") not in actors(rows, event)


def test_a_state_before_an_expulsion_stays_its_initiator() -> None:
    rows = suggest("Iran deported 500 Afghans on Monday.")
    (event,) = events(rows, "Expulsion")
    assert actors(rows, event) >= {("hasInitiator", "iran"), ("hasTarget", "afghan-people")}
