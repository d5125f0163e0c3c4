"""Round 9 of `kg suggest`'s events: the acts of other genres (a council's session, a
spokesman speaking after his ministry, ships and cargo, lay-offs, closures, mandates,
bans); each rule on sentences of our own making (none from the seed or invented
reports), each failing without its rule."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import actors, claims, events, suggest

COUNCIL = (
    "Qatar's envoy told the Security Council on Tuesday that the border crossings "
    "were open again.\n"
    "Japan's envoy told the 15-member Council that trade had fallen.\n"
    "Muttaqi told reporters in Kabul that the crossings would stay open."
)


def test_a_statement_told_to_a_council_is_made_at_its_session_a_meeting() -> None:
    rows = suggest(COUNCIL)
    (session,) = events(rows, "Meeting")  # one session, "the 15-member Council" the same
    # the unnamed envoys, Persons of their own since round ten (voices), not their states
    assert ("hasParticipant", "qatars-envoy") in actors(rows, session)
    assert ("hasParticipant", "japans-envoy") in actors(rows, session)  # the later one joins
    statements = events(rows, "Statement")
    inside = {s for s, o in claims(rows, "subEventOf") if o == session}
    assert len(inside) == 2 and inside < set(statements)  # not what was told reporters
    assert any(o.startswith("2024-11-05") for s, o in claims(rows, "hasTime") if s == session)


def test_a_statement_told_to_reporters_has_no_session() -> None:
    rows = suggest("Muttaqi told reporters in Kabul on Tuesday that the crossings would open.")
    assert not events(rows, "Meeting")


def test_a_spokesman_named_after_his_ministry_speaks_a_statement_of_his_own() -> None:
    rows = suggest(
        "Iran's foreign ministry welcomed the decision in a statement on Monday. "
        "Its spokesman, Farid al-Harbi, said the talks would be practical."
    )
    assert len(events(rows, "Statement")) == 2


def test_an_unnamed_speaker_after_a_statement_restates_it() -> None:
    rows = suggest(
        "Iran's foreign ministry welcomed the decision in a statement on Monday. "
        "It said the talks would be practical."
    )
    assert len(events(rows, "Statement")) == 1


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("A third of the aid groups in Kabul had laid off staff by June.", "laid off"),
        ("Some 300 clinics in Herat had closed since March.", "closed"),
        ("The Security Council extended the mission's mandate for a year.", "extended"),
        ("The ministry kept its ban on fuel imports in force.", "ban on"),
        ("The freighter docked at the Karachi terminal on Friday.", "docked"),
        ("The vessel carried 900 tonnes of cargo, loaded at Karachi in May.", "loaded"),
        ("The ship is due to sail back to Karachi next week.", "sail back"),
        ("The ministry had sent 60 trucks to the border to wait for the cargo.", "sent"),
    ],
)
def test_the_acts_of_ships_cargo_staff_clinics_and_mandates_are_events(
    sentence: str, trigger: str
) -> None:
    rows = suggest(sentence)
    found = [r.evidence for r in rows if r.kind == "entity" and r.predicate == "type"]
    assert trigger in found, found
    assert events(rows, "Event"), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The road was closed for an hour.",  # no clinic, school or facility closed
        "He extended his thanks to the hosts.",  # no mandate extended
        "Kabul sent a delegation to Tashkent.",  # no ship, truck or cargo sent
    ],
)
def test_the_same_words_without_their_objects_open_no_event(sentence: str) -> None:
    assert not events(suggest(sentence), "Event")


def test_left_for_is_a_departure_on_a_visit() -> None:
    rows = suggest("Muttaqi left for Tashkent on Sunday.")
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", "amir-khan-muttaqi") in actors(rows, visit)


def test_agreed_to_one_thing_and_to_another_is_two_agreements() -> None:
    rows = suggest(
        "Iran and Qatar agreed on Monday to reopen the road and to set up a hotline "
        "between their border posts."
    )
    agreements = events(rows, "Agreement")
    assert len(agreements) == 2, agreements
    assert all(("hasParticipant", "qatar") in actors(rows, a) for a in agreements)


def test_agreed_to_one_thing_and_to_meet_again_is_an_agreement_and_a_meeting() -> None:
    rows = suggest("Iran and Qatar agreed on Monday to reopen the road and to meet again in May.")
    assert len(events(rows, "Agreement")) == 1


@pytest.mark.parametrize("speaker", ["two crew members", "witnesses"])
def test_unnamed_crew_members_and_witnesses_are_the_voice_no_statement(speaker: str) -> None:
    rows = suggest(f"The ship was held off the port for two days, {speaker} said.")
    assert not events(rows, "Statement")


def test_granting_an_exemption_is_an_event() -> None:
    rows = suggest("A UN committee granted an exemption allowing Muttaqi to travel to Doha.")
    found = [r.evidence for r in rows if r.kind == "entity" and r.predicate == "type"]
    assert "granted an exemption" in found, found


def test_the_next_briefing_of_a_council_told_in_the_report_is_a_planned_meeting() -> None:
    rows = suggest(COUNCIL + "\nThe next session on the crossings is planned for April.")
    labels = {r.subject: r.evidence for r in rows if r.predicate == "type"}
    (upcoming,) = [m for m in events(rows, "Meeting") if labels[m] == "next session"]
    assert (upcoming, "planned") in claims(rows, "hasStatus")
    assert any(o.startswith("2025-04") for s, o in claims(rows, "hasTime") if s == upcoming)


def test_a_next_briefing_without_a_session_in_the_report_is_no_meeting() -> None:
    rows = suggest("The ministry's next briefing is due on Friday.")
    assert not events(rows, "Meeting")


def test_a_cargo_unloaded_in_the_sentence_of_its_shipment_is_that_shipment() -> None:
    rows = suggest(
        "A shipment of rice for Kabul, sent by the UN, was unloaded at Karachi port in May.\n"
        "Porters unloaded the sacks on Friday."
    )
    found = [r.evidence for r in rows if r.kind == "entity" and r.predicate == "type"]
    assert found.count("unloaded") == 1, found  # the second sentence's, an act of its own
