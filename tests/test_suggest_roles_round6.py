"""Round 6 of the general rules of `kg suggest` (issue 22): the participants of an event
and their roles on reports unlike the seed ones (other states, news agencies, UN bodies,
ministries as speakers). Each test is on sentences of our own making (none from the seed
or the invented reports) and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import actors, claims, events, suggest


def test_a_name_again_in_brackets_takes_no_second_role() -> None:
    rows = suggest(
        "China sent 500 tonnes of rice for Afghanistan, shipped by the World Food "
        "Programme (WFP), on Monday."
    )
    shipment, *_ = events(rows, "AidShipment")
    assert actors(rows, shipment) == {
        ("hasInitiator", "china"),
        ("hasRecipient", "afghanistan"),
        ("hasInitiator", "world-food-programme"),
    }


def test_a_name_modifying_an_organisations_noun_before_its_name_is_no_actor() -> None:
    rows = suggest(
        "Pakistan has expelled 300,000 Afghans since March, the UN refugee agency UNHCR "
        "said on Monday."
    )
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "unhcr")}


def test_names_past_the_subject_of_a_requests_that_clause_are_what_was_asked() -> None:
    rows = suggest(
        "Muttaqi asked that the port include a new rail terminal at Chabahar, the gateway to Iran."
    )
    (request,) = events(rows, "Request")
    assert actors(rows, request) == {("hasInitiator", "amir-khan-muttaqi")}
    rows = suggest("Muttaqi asked Iran to include a new rail terminal at Chabahar.")
    (request,) = events(rows, "Request")
    assert ("hasTarget", "iran") in actors(rows, request)


def test_a_statement_from_an_owners_ministry_is_the_ministrys() -> None:
    rows = suggest(
        "Trade rose by a tenth in June, according to a statement from the Taliban’s "
        "Ministry of Commerce."
    )
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "ministry-of-commerce")}
    rows = suggest("The Taliban’s Ministry of Commerce said on Monday that trade rose.")
    (statement,) = events(rows, "Statement")
    assert actors(rows, statement) == {("hasInitiator", "ministry-of-commerce")}


def test_him_after_the_trigger_is_the_last_other_person_named() -> None:
    rows = suggest("Muttaqi called on Jaishankar on Monday, who urged him to reopen the schools.")
    (request,) = events(rows, "Request")
    assert actors(rows, request) == {
        ("hasInitiator", "s-jaishankar"),
        ("hasTarget", "amir-khan-muttaqi"),
    }
    rows = suggest("Muttaqi met Jaishankar on Monday. Jaishankar urged him to reopen the schools.")
    (request,) = events(rows, "Request")
    assert ("hasTarget", "amir-khan-muttaqi") in actors(rows, request)


def test_the_two_sides_skip_a_visit_told_in_passing_with_no_actor() -> None:
    rows = suggest(
        "Iran and Pakistan held talks in Tehran on Monday. It was the first visit to Tehran "
        "by a Pakistani minister since 2020. The two sides agreed to meet again in December."
    )
    (agreement,) = events(rows, "Agreement")
    assert actors(rows, agreement) == {("hasParticipant", "iran"), ("hasParticipant", "pakistan")}


def test_names_in_what_talks_are_on_are_no_parties() -> None:
    rows = suggest(
        "Pakistan held talks with Iran in Tehran on Monday on expanding trade with China."
    )
    (talks,) = events(rows, "Meeting")
    assert actors(rows, talks) == {("hasParticipant", "pakistan"), ("hasParticipant", "iran")}


def test_a_capital_right_before_an_events_noun_is_its_place() -> None:
    rows = suggest("The Iranian minister’s Kabul visit began on Wednesday.")
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", "islamic-emirate-of-afghanistan") not in actors(rows, visit)
    assert (visit, "kabul") in claims(rows, "hasPlace")


def test_a_ministry_where_talks_are_held_hosts_them() -> None:
    rows = suggest("Wang Yi met Jaishankar at the Ministry of Commerce in Beijing on Monday.")
    (talks,) = events(rows, "Meeting")
    assert ("hasHost", "ministry-of-commerce") in actors(rows, talks)
    assert ("hasParticipant", "ministry-of-commerce") not in actors(rows, talks)


def test_the_two_sides_of_talks_are_not_their_host() -> None:
    rows = suggest(
        "Wang Yi met Jaishankar at the Ministry of Commerce in Beijing on Monday. The two "
        "sides agreed to meet again in December."
    )
    (agreement,) = events(rows, "Agreement")  # Wang Yi: a new name opening a sentence
    assert actors(rows, agreement) == {
        ("hasParticipant", "s-jaishankar"),
        ("hasParticipant", "wang-yi"),
    }


def test_a_name_in_apposition_to_the_subjects_common_noun_takes_part() -> None:
    rows = suggest(
        "Pakistan’s acting foreign minister, Ishaq Dar, met Jaishankar in Doha on Monday."
    )
    (meeting,) = events(rows, "Meeting")
    assert ("hasParticipant", "ishaq-dar") in actors(rows, meeting)
    rows = suggest("India and China, Pakistan’s rivals, met in Doha on Monday.")
    parties = {r.object for r in rows if r.predicate == "hasParticipant"}
    assert {"india", "china"} <= parties
    assert "pakistan" not in parties


def test_the_object_before_for_and_a_gerund_of_the_same_act_keeps_its_role() -> None:
    rows = suggest("China criticized Iran for blaming its neighbours for the drought on Monday.")
    (accusation,) = events(rows, "Accusation")
    assert actors(rows, accusation) == {("hasInitiator", "china"), ("hasTarget", "iran")}
    rows = suggest("China thanked Iran for sending aid to Afghanistan on Monday.")
    (shipment,) = events(rows, "AidShipment")
    assert ("hasInitiator", "iran") in actors(rows, shipment)  # another act: Iran sends


def test_the_one_a_statement_quotes_is_not_addressed_by_it() -> None:
    rows = suggest(
        "Muttaqi’s office released a statement on Monday. The statement quoted Jaishankar "
        "as calling the talks useful."
    )
    (statement,) = events(rows, "Statement")
    assert ("hasTarget", "s-jaishankar") not in actors(rows, statement)
    assert ("hasInitiator", "amir-khan-muttaqi") in actors(rows, statement)


def test_the_speaker_and_hearer_of_told_that_report_the_event_inside() -> None:
    rows = suggest("Muttaqi told Tolo News on Monday that Kazakhstan had agreed to send wheat.")
    (agreement,) = events(rows, "Agreement")
    assert actors(rows, agreement) == {("hasParticipant", "kazakhstan")}


def test_a_delegation_led_by_someone_acts_with_its_leader_and_its_owner() -> None:
    rows = suggest(
        "Pakistan’s delegation, led by Interior Minister Mohsin Naqvi, held talks with the "
        "Taliban in Istanbul on Monday."
    )
    (talks,) = events(rows, "Meeting")
    parties = {a for r, a in actors(rows, talks) if r == "hasParticipant"}
    assert "pakistan" in parties  # the owner of a delegation acts through it
    assert any("naqvi" in a for a in parties)  # "led by" Naqvi: he holds the talks too


def test_a_delegation_a_visitor_arrives_with_visits_and_the_visitors_are_its_visitors() -> None:
    rows = suggest(
        "Foreign Minister Ishaq Dar arrived in Kabul on Sunday with a Pakistani delegation. "
        "The visitors also met Jaishankar on Monday."
    )
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", "pakistani-delegation") in actors(rows, visit)
    assert ("hasHost", "pakistani-delegation") not in actors(rows, visit)
    (meeting,) = events(rows, "Meeting")
    assert {("hasParticipant", "ishaq-dar"), ("hasParticipant", "pakistani-delegation")} <= (
        actors(rows, meeting)
    )


def test_a_state_a_shipment_goes_through_is_no_recipient() -> None:
    rows = suggest(
        "Kazakhstan sent 5,000 tonnes of wheat to Afghanistan through Uzbekistan on Monday."
    )
    shipment, *_ = events(rows, "AidShipment")
    assert actors(rows, shipment) == {
        ("hasInitiator", "kazakhstan"),
        ("hasRecipient", "afghanistan"),
    }
