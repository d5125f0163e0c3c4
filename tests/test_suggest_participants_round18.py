"""Round 18 of `kg suggest`'s participants: a person's age set off by commas after the name
("In a tent, X, 52, said") keeps the name the subject of the verb after it, where a
fronted phrase made the age look like a parenthetical closing another clause. Sentences of
our own making (none from the seed or invented reports), each failing without its rule."""

from __future__ import annotations

from tests.suggest_sentences import actors, events, said, suggest


def test_a_speaker_with_an_age_after_a_fronted_phrase_speaks() -> None:
    rows = suggest("In a tent near the gate, Rahim Sharifi, 47, said police had come at night.")
    (statement,) = said(rows)
    assert ("hasInitiator", "rahim-sharifi") in actors(rows, statement)


def test_a_speaker_with_aged_before_the_number_speaks() -> None:
    rows = suggest(
        "In a camp outside Kabul, Rahim Sharifi, aged 47, told reporters the rent had doubled."
    )
    (statement,) = said(rows)
    assert ("hasInitiator", "rahim-sharifi") in actors(rows, statement)


def test_names_in_a_clause_after_as_are_no_target_of_the_appeal() -> None:
    rows = suggest(
        "The UN agencies appealed for $200 million on Monday as returns from Iran and"
        " Tajikistan doubled."
    )
    (appeal,) = events(rows, "Request")
    assert ("hasTarget", "iran") not in actors(rows, appeal)
    assert ("hasTarget", "tajikistan") not in actors(rows, appeal)
    assert ("hasInitiator", "un-agencies-kabul") in actors(rows, appeal)


def test_a_closing_reporting_clause_only_voices_the_words_told_before() -> None:
    rows = suggest(
        "Amir Khan Muttaqi told the envoys on Friday that Kabul wanted more trade, the"
        " Taliban’s foreign ministry said."
    )
    (statement,) = said(rows)
    assert actors(rows, statement) == {("hasInitiator", "amir-khan-muttaqi")}


def test_a_closing_reporting_clause_after_another_act_is_still_a_statement() -> None:
    rows = suggest(
        "Amir Khan Muttaqi met the envoys in Kabul on Friday, the Taliban’s foreign ministry said."
    )
    (statement,) = said(rows)
    assert ("hasInitiator", "iea-ministry-of-foreign-affairs") in actors(rows, statement)


def test_a_name_in_what_is_asked_for_is_not_the_one_asked() -> None:
    rows = suggest(
        "Vikram Misri met Amir Khan Muttaqi in Kabul in March and asked for consular access"
        " to Abdul Haq Wasiq."
    )
    (request,) = events(rows, "Request")
    assert ("hasTarget", "abdul-haq-wasiq") not in actors(rows, request)
    assert ("hasInitiator", "vikram-misri") in actors(rows, request)


def _briefing(text: str) -> set[tuple[str, str]]:
    rows = suggest(text)
    (briefing,) = events(rows, "PressBriefing")
    return actors(rows, briefing)


def test_the_speaker_who_told_a_news_conference_gives_it() -> None:
    roles = _briefing("“The corridor will be extended,” Muttaqi told a news conference.")
    assert roles == {("hasInitiator", "amir-khan-muttaqi")}


def test_the_speaker_who_told_a_joint_news_conference_takes_part() -> None:
    roles = _briefing(
        "Amir Khan Muttaqi told a joint news conference in Islamabad that the corridor would"
        " be extended."
    )
    assert roles == {("hasParticipant", "amir-khan-muttaqi")}


def _request(text: str) -> set[tuple[str, str]]:
    rows = suggest(text)
    (request,) = events(rows, "Request")
    return actors(rows, request)


def test_the_one_met_is_asked_by_a_request_coordinated_after_the_meeting() -> None:
    roles = _request(
        "Vikram Misri met Amir Khan Muttaqi in Kabul on Monday and sought support for the port."
    )
    assert ("hasTarget", "amir-khan-muttaqi") in roles
    assert ("hasInitiator", "vikram-misri") in roles


def test_a_request_that_names_its_addressee_keeps_it() -> None:
    roles = _request(
        "Vikram Misri met Amir Khan Muttaqi in Kabul on Monday and urged Iran to open the border."
    )
    assert ("hasTarget", "iran") in roles
    assert ("hasTarget", "amir-khan-muttaqi") not in roles


def _detention(text: str) -> set[tuple[str, str]]:
    rows = suggest(text)
    (detention,) = [
        r.subject
        for r in rows
        if r.kind == "entity" and r.predicate == "type" and r.evidence == "detained"
    ]
    return actors(rows, detention)


def test_whoever_governs_the_place_detains_where_no_one_is_named() -> None:
    roles = _detention("A Tajik citizen who had been detained in Kabul in March was freed.")
    assert ("hasInitiator", "islamic-emirate-of-afghanistan") in roles


def test_a_detention_with_no_one_detained_named_gets_no_detainer() -> None:
    roles = _detention("At least two Americans remain detained in Kabul, the ministry said.")
    assert roles == set()


def test_the_one_who_accepts_a_request_is_the_one_asked() -> None:
    roles = _request("India accepted the Taliban’s request for visas on Monday.")
    assert ("hasTarget", "india") in roles
    assert ("hasInitiator", "india") not in roles
    assert ("hasInitiator", "islamic-emirate-of-afghanistan") in roles


def test_accepting_a_request_referred_back_names_the_one_asked() -> None:
    roles = _request(
        "Amir Khan Muttaqi asked for more visas on Monday. Vikram Misri said Pakistan had"
        " “accepted in principle” the request."
    )
    assert ("hasTarget", "pakistan") in roles


def _shipment(text: str) -> set[tuple[str, str]]:
    rows = suggest(text)
    (shipment,) = events(rows, "AidShipment")
    return actors(rows, shipment)


def test_a_name_in_the_list_of_goods_is_no_recipient() -> None:
    roles = _shipment("Iran sent aid, including flour, medicines, UNICEF kits and blankets.")
    assert ("hasRecipient", "unicef") not in roles
    assert ("hasInitiator", "iran") in roles


def test_a_recipient_named_after_the_list_of_goods_still_receives() -> None:
    roles = _shipment("India sent aid, including wheat, to the Afghan people and UNICEF.")
    assert ("hasRecipient", "unicef") in roles


def test_the_owner_of_a_statement_referred_back_adds_no_second_speaker() -> None:
    rows = suggest(
        "On Monday, Amir Khan Muttaqi’s office released details of his talks with Vikram Misri."
        " The Taliban statement quoted Misri as describing relations as historic."
    )
    (statement,) = said(rows)
    assert actors(rows, statement) == {("hasInitiator", "amir-khan-muttaqi")}


def test_his_before_a_meeting_is_the_person_named_before_in_the_sentence() -> None:
    rows = suggest("Amir Khan Muttaqi said his meeting with Vikram Misri was useful.")
    (meeting,) = events(rows, "Meeting")
    assert actors(rows, meeting) == {
        ("hasParticipant", "amir-khan-muttaqi"),
        ("hasParticipant", "vikram-misri"),
    }


def test_an_office_named_without_a_name_is_its_one_holder() -> None:
    rows = suggest("Iran’s foreign minister met Amir Khan Muttaqi in Kabul on Monday.")
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "abbas-araghchi") in actors(rows, meeting)


def test_the_subjects_of_discussing_during_a_meeting_take_part() -> None:
    rows = suggest("India and Iran discussed the Chabahar port during a meeting in Tehran.")
    (meeting,) = events(rows, "Meeting")
    assert actors(rows, meeting) == {("hasParticipant", "india"), ("hasParticipant", "iran")}


def test_the_subject_of_discussing_at_a_meeting_takes_part() -> None:
    rows = suggest("Amir Khan Muttaqi discussed trade with Vikram Misri at a meeting in Dubai.")
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "amir-khan-muttaqi") in actors(rows, meeting)


def test_his_after_of_is_the_person_named_before() -> None:
    rows = suggest("Amir Khan Muttaqi’s office released details of his talks with Vikram Misri.")
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "amir-khan-muttaqi") in actors(rows, meeting)
