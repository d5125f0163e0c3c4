"""Round 14 of `kg suggest`'s events: the English of disaster relief and releases (vehicles
that land with a load, people and goods flown somewhere, money to be provided, a quake that
struck, a toll put at a figure, a post on social media), each on sentences of our own making
(the publication date of the suggester's source is Thursday 7 November 2024)."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import actors, claims, events, suggest

SENTENCES = [
    ("AidShipment", "A Turkish Air Force plane carrying 30 tonnes of blankets landed in Kabul."),
    ("AidShipment", "Two aircraft of the Red Cross landed in Herat with 50 tonnes of food."),
    ("AidShipment", "Relief gathered pace as planes from two countries landed in Kabul."),
    ("AidShipment", "A rescue team of 40 was flown to Herat on Thursday."),
    ("Event", "The freed engineer was flown to Doha on Thursday."),
    ("AidPledge", "Japan will provide 10 million dollars in emergency aid, its embassy said."),
    ("Event", "A magnitude 5.8 earthquake struck Badakhshan on Thursday."),
    ("Event", "The floods of 2022, which killed 300 people, destroyed the bridge."),
    ("Statement", "The Red Cross put the death toll at 210 on Thursday."),
    ("Statement", "The spokesman thanked the donors in a post on X on Thursday."),
    ("Statement", "Aid agencies say the winter leaves little time to rebuild."),
    ("Event", "Pakistan opened the Torkham crossing to aid trucks on Thursday."),
]


@pytest.mark.parametrize(("cls", "sentence"), SENTENCES)
def test_a_phrase_of_relief_news_names_an_event_of_its_class(cls: str, sentence: str) -> None:
    assert events(suggest(sentence), cls)


def test_an_aircraft_that_lands_with_a_load_is_no_visit() -> None:
    rows = suggest("A Turkish Air Force plane carrying 30 tonnes of blankets landed in Kabul.")
    assert not events(rows, "Visit")


def test_a_plane_that_lands_with_no_load_stays_a_visit() -> None:
    rows = suggest("The Indian minister's plane landed in Kabul on Thursday.")
    assert events(rows, "Visit")
    assert not events(rows, "AidShipment")


def test_a_person_who_lands_with_aid_named_later_stays_a_visitor() -> None:
    rows = suggest("The Indian minister landed in Kabul on Thursday with a promise of aid.")
    assert events(rows, "Visit")


def test_the_place_a_flight_goes_to_is_no_actor() -> None:
    rows = suggest("The envoy accompanied the detainee on a flight to India on Thursday.")
    (event,) = events(rows, "Event")
    assert not any(entity == "india" for _, entity in actors(rows, event))


def test_a_flight_to_come_takes_the_next_weekday() -> None:
    rows = suggest("A second batch of tents is to be flown to Kabul on Saturday.")
    (event,) = events(rows, "AidShipment")
    assert (event, '2024-11-09 "on Saturday" relative') in claims(rows, "hasTime")


def test_killed_beside_no_disaster_opens_no_event_of_its_own() -> None:
    assert not events(suggest("Gunmen killed two guards in Kunar on Thursday."), "Event")


def test_a_crossing_opened_needs_a_crossing() -> None:
    assert not events(suggest("Pakistan opened a new chapter with Kabul on Thursday."), "Event")


def test_a_body_that_closes_a_sentence_of_relief_is_its_voice() -> None:
    rows = suggest("A Turkish plane landed in Kabul with 30 tonnes of flour, the embassy said.")
    assert events(rows, "AidShipment")
    assert not events(rows, "Statement")
    rows = suggest("Nepal has pledged 5 million dollars to Bhutan, its foreign office said.")
    assert not events(rows, "Statement")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nepal sent 30 tonnes of rice to Bhutan, the ministry said in a statement on Monday.",
        "The Nepali minister held talks with the Bhutanese king, the ministry said.",
        "Nepal has pledged 5 million dollars to Bhutan, she said.",
    ],
)
def test_a_statement_that_says_more_than_the_voice_stays(sentence: str) -> None:
    assert events(suggest(sentence), "Statement")


def test_a_shipment_told_by_its_vehicle_has_the_actors_its_subject_names() -> None:
    rows = suggest(
        "Relief for the victims in Afghanistan gathered pace, as planes from two countries"
        " landed in Kabul and Pakistan opened the Torkham crossing."
    )
    (event,) = events(rows, "AidShipment")
    named = {entity for _, entity in actors(rows, event)}
    assert not named & {"afghanistan", "pakistan", "islamic-emirate-of-afghanistan"}
    rows = suggest("Two planes from India landed in Kabul with 20 tonnes of rice.")
    (event,) = events(rows, "AidShipment")
    assert ("hasInitiator", "india") in actors(rows, event)
