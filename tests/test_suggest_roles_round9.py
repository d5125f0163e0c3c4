"""Round 9 of the general rules of `kg suggest` (issue 22): who acts in an event on reports
of other genres (a council briefed, an outlet told by phone, a speaker named only by a noun
phrase). Each test is on sentences of our own making (none from the seed or the invented
reports) and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import actors, events, said, suggest


def test_the_council_told_is_addressed() -> None:
    rows = suggest("Muttaqi told the UN Security Council on Monday that the road was open.")
    (statement,) = events(rows, "Statement")
    assert ("hasTarget", "un-security-council") in actors(rows, statement)


def test_an_outlet_told_by_phone_receives_the_words() -> None:
    rows = suggest("Muttaqi told the Herald of Asia by phone that the road was open.")
    (statement,) = events(rows, "Statement")
    found = actors(rows, statement)
    assert ("hasRecipient", "herald-of-asia") in found
    assert ("hasTarget", "herald-of-asia") not in found
    rows = suggest("Muttaqi told India on Monday that the road was open.")  # no phone: told
    (statement,) = events(rows, "Statement")
    assert ("hasTarget", "india") in actors(rows, statement)


def test_names_before_a_plural_speaker_after_a_comma_do_not_speak() -> None:
    for text in (
        "The trucks waited while Pakistan checked their papers, two drivers said.",
        "The border stayed shut because Pakistan wanted fees, traders said.",
    ):
        rows = suggest(text)
        assert all(("hasInitiator", "pakistan") not in actors(rows, s) for s in said(rows))
    rows = suggest("Muttaqi, however, said the road was open.")  # no speaker after the comma
    (statement,) = said(rows)
    assert ("hasInitiator", "amir-khan-muttaqi") in actors(rows, statement)


def test_the_owner_of_a_report_that_speaks_speaks() -> None:
    rows = suggest("UNHCR’s yearly report, released on Monday, said the road was open.")
    (statement,) = said(rows)
    assert ("hasInitiator", "unhcr") in actors(rows, statement)


def test_the_object_of_a_causative_verb_does_what_it_is_let_do() -> None:
    rows = suggest(
        "Later, the UN Security Council, which keeps a ban on Taliban figures, granted a waiver "
        "allowing Amir Khan Muttaqi, the Taliban’s acting foreign minister, to travel to Doha."
    )
    (visit,) = events(rows, "Visit")
    assert actors(rows, visit) == {("hasVisitor", "amir-khan-muttaqi")}
    rows = suggest("Pakistan allowed Muttaqi to travel to Doha.")
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", "pakistan") not in actors(rows, visit)


def test_the_owner_of_one_unnamed_official_who_denies_does_not_deny() -> None:
    rows = suggest("An official of Pakistan’s Interior Ministry denied that the road was shut.")
    (denial,) = events(rows, "Denial")
    # the official alone, a Person of their own since round ten (voices)
    assert actors(rows, denial) == {("hasInitiator", "official-of-pakistans-interior-ministry")}
    rows = suggest("A Pakistan envoy denied that the road was shut.")
    (denial,) = events(rows, "Denial")
    assert ("hasInitiator", "pakistan") not in actors(rows, denial)
    rows = suggest("Pakistani officials denied that the road was shut.")  # plural: the body
    (denial,) = events(rows, "Denial")
    assert ("hasInitiator", "pakistan") in actors(rows, denial)


def test_names_past_a_semicolon_are_in_another_clause() -> None:
    rows = suggest("Pakistan welcomes the deal; India denies the report.")
    (statement,) = said(rows)
    assert actors(rows, statement) == {("hasInitiator", "pakistan")}


def test_a_name_modifying_a_quantified_noun_is_no_actor() -> None:
    rows = suggest("Muttaqi denied that any UN employee had been held.")
    (denial,) = events(rows, "Denial")
    assert actors(rows, denial) == {("hasInitiator", "amir-khan-muttaqi")}


def test_a_relative_clause_on_the_event_names_who_made_it() -> None:
    rows = suggest(
        "The ship Sea Star docked in Karachi on Friday, the first vessel to use a transit "
        "agreement that Pakistan and Uzbekistan signed in May."
    )
    (agreement,) = events(rows, "Agreement")
    assert actors(rows, agreement) == {
        ("hasParticipant", "pakistan"),
        ("hasParticipant", "uzbekistan"),
    }


def test_the_body_in_a_persons_title_takes_no_part() -> None:
    rows = suggest(
        "At the meeting, the Indian delegation was led by the deputy commander of the Border "
        "Security Force, General Pankaj Verma."
    )
    (meeting,) = events(rows, "Meeting")
    found = {actor for _, actor in actors(rows, meeting)}
    assert "pankaj-verma" in found
    assert not any("border" in actor for actor in found)


def test_the_employer_of_those_acted_on_is_not_acted_on() -> None:
    rows = suggest("Three Afghan women working for UN agencies were detained in Kabul in May.")
    (detention,) = events(rows, "Event")
    found = actors(rows, detention)  # the women themselves (a group since round 11) only,
    # and (round 18) whoever governs Kabul detains them: no UN agency either way
    acted_on = {(role, actor) for role, actor in found if role != "hasInitiator"}
    assert all(role == "hasTarget" and "women" in actor for role, actor in acted_on), found
    assert {a for r, a in found if r == "hasInitiator"} <= {"islamic-emirate-of-afghanistan"}


def test_a_state_after_in_before_a_visit_is_where_not_who() -> None:
    rows = suggest("Muttaqi arrived in Pakistan on Sunday evening on a two-day visit.")
    (visit,) = events(rows, "Visit")
    assert ("hasVisitor", "pakistan") not in actors(rows, visit)
    assert ("hasVisitor", "amir-khan-muttaqi") in actors(rows, visit)


def test_the_speaker_of_the_clause_that_tells_an_event_takes_no_part() -> None:
    rows = suggest("Indian officials said Muttaqi asked for a new terminal at the port.")
    (request,) = events(rows, "Request")
    assert actors(rows, request) == {("hasInitiator", "amir-khan-muttaqi")}


def test_the_two_sides_that_agreed_to_meet_again_meet() -> None:
    rows = suggest(
        "Muttaqi met Pakistan’s foreign minister in Kabul on Monday. The ministry said the two "
        "sides agreed to meet again in Islamabad in May."
    )
    (*_, meeting) = events(rows, "Meeting")
    assert ("hasParticipant", "pakistan") in actors(rows, meeting)
