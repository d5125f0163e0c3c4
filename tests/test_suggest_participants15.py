"""Round 15 of `kg suggest`'s participants: a visit's person named after the title a
movement gives visits in its place; each rule on sentences of our own making (none from the
seed or invented reports), each failing without its rule."""

from __future__ import annotations

from tests.suggest_sentences import actors, events, suggest


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
