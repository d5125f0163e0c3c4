"""Round 10 of `kg suggest`'s events: a headline's present-tense speech acts, a granted
exemption's granter and grantee, and a later verb's own subject; each rule on sentences of
our own making (none from the seed or invented reports), each failing without its rule."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import actors, events, suggest


@pytest.mark.parametrize(
    ("headline", "cls"),
    [
        ("Nepal and Bhutan deny border incursion reports", "Denial"),
        ("Bhutan dismiss claims of troop build-up", "Denial"),
        ("Iran and Oman welcome ceasefire deal", "Statement"),
        ("Nepal and Bhutan condemn attack on pilgrims", "Condemnation"),
        ("Nepal and Bhutan accuse traders of hoarding", "Accusation"),
    ],
)
def test_a_headlines_plural_present_speech_act_opens_its_event(headline: str, cls: str) -> None:
    rows = suggest(f"{headline}\nKathmandu, Monday. The officials spoke to reporters.")
    (event,) = events(rows, cls)
    assert actors(rows, event)  # its doer, before the verb


def test_a_pronoun_inside_a_reported_clause_is_not_the_speaker() -> None:
    rows = suggest(
        "Karzai, the head of the mission, said this year's relief plan had received "
        "$300 million of the $900 million it sought."
    )
    (request,) = events(rows, "Request")
    assert ("hasInitiator", "hamid-karzai") not in actors(rows, request)


def test_a_pronoun_right_after_the_speech_verb_is_still_the_speaker() -> None:
    rows = suggest("Nepal said on Monday that it had requested more aid from India.")
    (request,) = events(rows, "Request")
    assert ("hasInitiator", "nepal") in actors(rows, request)


def test_an_exemption_is_granted_by_its_initiator_to_its_recipient() -> None:
    rows = suggest("On Tuesday India granted an exemption allowing Nepal to import wheat.")
    (exemption,) = events(rows, "Event")
    assert actors(rows, exemption) == {("hasInitiator", "india"), ("hasRecipient", "nepal")}


def test_sanctions_imposed_on_a_country_still_target_it() -> None:
    rows = suggest("On Tuesday India imposed sanctions on Nepal.")
    (sanctions,) = events(rows, "Event")
    assert ("hasTarget", "nepal") in actors(rows, sanctions)


def test_a_meeting_convened_by_a_name_before_a_hyphen_is_its_initiators() -> None:
    rows = suggest("Muttaqi will lead the Afghan delegation at a UN-convened meeting next week.")
    (meeting,) = events(rows, "Meeting")
    assert ("hasInitiator", "un") in actors(rows, meeting)
    assert ("hasParticipant", "un") not in actors(rows, meeting)


def test_a_meeting_hosted_by_a_name_before_a_hyphen_is_its_hosts() -> None:
    rows = suggest("Muttaqi will attend an India-hosted meeting in Delhi next week.")
    (meeting,) = events(rows, "Meeting")
    assert ("hasHost", "india") in actors(rows, meeting)


def test_the_country_a_meeting_is_on_takes_no_part_in_it() -> None:
    rows = suggest("Muttaqi will attend a meeting of special envoys on Nepal in Delhi next week.")
    (meeting,) = events(rows, "Meeting")
    found = actors(rows, meeting)  # the envoys take part (a new Group, round twelve)
    assert ("hasParticipant", "amir-khan-muttaqi") in found
    assert not any(who == "nepal" for _, who in found), found


def test_a_country_met_with_on_a_topic_still_takes_part() -> None:
    rows = suggest("Muttaqi will attend a meeting with Nepal on trade in Delhi next week.")
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "nepal") in actors(rows, meeting)


STANDFIRST = (
    "Border talks stall\n"
    "Trade slows at the crossing; Nepal and Bhutan deny troop build-up\n"
    "KATHMANDU: Ram Prasad Koirala, a spokesman in Kathmandu, denied on Monday that troops "
    "had been moved to the border.\n"
)


def test_a_standfirsts_event_is_the_bodys_one_event_of_its_class() -> None:
    rows = suggest(STANDFIRST)
    (denial,) = events(rows, "Denial")  # one denial, not the standfirst's and the body's
    assert ("hasInitiator", "nepal") in actors(rows, denial)  # the standfirst's doers join


def test_a_standfirsts_event_stays_apart_when_the_body_tells_two_of_its_class() -> None:
    rows = suggest(STANDFIRST + "Bhutan's army chief, Tenzin Dorji, denied it on Tuesday.\n")
    assert len(events(rows, "Denial")) == 3


def test_a_standfirsts_state_is_the_owner_of_the_bodys_speaker() -> None:
    rows = suggest(
        "Border talks stall\n"
        "Trade slows at the crossing; Nepal welcomes the court ruling\n"
        "KATHMANDU: Nepal’s Ministry of Foreign Affairs welcomed the ruling on Monday. "
        "Its spokesman, Ram Prasad Koirala, said the ruling was fair.\n"
    )
    merged = [s for s in events(rows, "Statement") if ("hasInitiator", "nepal") in actors(rows, s)]
    (statement,) = merged  # one statement: the standfirst's words are the ministry's
    assert len(actors(rows, statement)) == 2  # Nepal and its ministry
