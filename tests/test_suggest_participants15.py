"""Round 15 of `kg suggest`'s participants: a movement giving a person's title is
mentioned as its government (the person still its member); the person a movement titles
visits in its place, and acts beside it when set off by commas; the owner of a title in an
apposition takes no role; a minister inside his ministry's mention is no actor; a mediator
takes part in the talks; a delegation led by another is not a participant's own. Each rule
on sentences of our own making (none from the seed or invented reports), each failing
without its rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import actors, claims, events, suggest

_TITLED = (
    "The Taliban’s acting Commerce Minister, Amir Khan Muttaqi, met Nepali traders in"
    " Kathmandu on Monday."
)


def _mentioned(rows: list[Suggestion]) -> set[str]:
    return {r.subject for r in rows if r.kind == "mention"}


def test_a_movement_giving_a_title_is_mentioned_as_its_government() -> None:
    rows = suggest(_TITLED)
    assert "islamic-emirate-of-afghanistan" in _mentioned(rows)
    assert "taliban" not in _mentioned(rows)


def test_the_person_it_titles_stays_a_member_of_the_movement() -> None:
    rows = suggest(_TITLED)
    assert ("amir-khan-muttaqi", "taliban") in claims(rows, "memberOf")


def test_the_person_a_movement_titles_visits_in_its_place() -> None:
    rows = suggest(
        "The Taliban’s Minister of Refugees, Amir Khan Muttaqi, visited Herat last week."
    )
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", "amir-khan-muttaqi") in actors(rows, visit)
    assert ("hasVisitor", "islamic-emirate-of-afghanistan") not in actors(rows, visit)


def test_a_state_that_titles_its_visiting_minister_keeps_its_role() -> None:
    rows = suggest("India’s Foreign Secretary Vikram Misri visited Herat last week.")
    (visit,) = events(rows, "Visit")
    assert "india" in {a for _, a in actors(rows, visit)}


def test_the_owner_of_a_title_in_an_apposition_is_no_recipient() -> None:
    rows = suggest(
        "Nepal on Monday granted an exemption allowing Amir Khan Muttaqi, the Taliban’s"
        " acting foreign minister, to travel to Kathmandu."
    )
    (grant,) = events(rows, "Event")
    assert ("hasRecipient", "amir-khan-muttaqi") in actors(rows, grant)
    assert "islamic-emirate-of-afghanistan" not in {a for _, a in actors(rows, grant)}


def test_the_owner_of_a_title_in_an_apposition_is_no_addressee() -> None:
    rows = suggest(
        "Nepal invited Amir Khan Muttaqi, the Taliban’s acting foreign minister, to visit"
        " Kathmandu in May."
    )
    (invitation,) = events(rows, "Invitation")
    assert ("hasTarget", "amir-khan-muttaqi") in actors(rows, invitation)
    assert "islamic-emirate-of-afghanistan" not in {a for _, a in actors(rows, invitation)}


def test_the_person_a_movement_titles_between_commas_signs_beside_it() -> None:
    rows = suggest(
        "The Taliban’s acting Minister of Commerce, Amir Khan Muttaqi, signed a trade"
        " agreement with Nepal on Monday."
    )
    (agreement,) = events(rows, "Agreement")
    assert ("hasParticipant", "amir-khan-muttaqi") in actors(rows, agreement)
    assert ("hasParticipant", "islamic-emirate-of-afghanistan") in actors(rows, agreement)


def test_a_minister_naming_his_ministry_is_not_its_actor() -> None:
    rows = suggest(
        "The Defence Minister of the Islamic Emirate, Mohammad Yaqoob, met Nepali officers on"
        " Monday. Yaqoob’s ministry later sent 40 trucks to the border."
    )
    (sent,) = events(rows, "Event")
    assert actors(rows, sent) == {("hasInitiator", "iea-ministry-of-defence")}


def test_the_mediator_of_talks_takes_part_in_them() -> None:
    rows = suggest("Nepal and Bhutan held Qatar-mediated talks in Doha on Monday.")
    (talks,) = events(rows, "Meeting")
    assert ("hasParticipant", "qatar") in actors(rows, talks)
    assert ("hasInitiator", "qatar") not in actors(rows, talks)


def test_the_broker_of_talks_takes_part_in_them() -> None:
    rows = suggest("Nepal and Bhutan held US-brokered talks in Doha on Monday.")
    (talks,) = events(rows, "Meeting")
    assert ("hasParticipant", "united-states") in actors(rows, talks)
    assert ("hasInitiator", "united-states") not in actors(rows, talks)


def test_a_delegation_led_by_another_is_not_the_delegation_a_participant_led() -> None:
    rows = suggest(
        "JP Singh met a Nepali trade delegation led by Amir Khan Muttaqi in Kathmandu on Monday."
    )
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "jp-singh") in actors(rows, meeting)
    assert "indian-delegation-kabul-2024-11" not in {a for _, a in actors(rows, meeting)}


def test_his_delegation_is_still_the_one_he_leads() -> None:
    rows = suggest(
        "JP Singh led his delegation’s talks with Nepali officials in Kathmandu on Monday."
    )
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "indian-delegation-kabul-2024-11") in actors(rows, meeting)
