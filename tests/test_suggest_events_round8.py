"""Round 8 of `kg suggest`'s events: the points of an agreement set out as a list, talks on
the sidelines of others, unnamed officials as a voice, habits, a visit to come after "and",
and the triggers the table gained; each rule on sentences of our own making (none from the
seed or invented reports), each failing without its rule."""

from __future__ import annotations

import pytest

from tests.suggest_sentences import actors, claims, events, suggest

LIST = (
    "Iran and Qatar agreed on Monday to expand trade, according to a joint statement "
    "issued after their fifth meeting in Doha.\n"
    "In the joint statement, the two sides agreed to:\n"
    "- begin a study of a new road from Zahedan to Herat;\n"
    "- double bilateral trade within three years; and\n"
    "- hold their sixth meeting in Tehran next year.\n"
    "On the sidelines of the meeting, Misri held separate talks with Muttaqi on visas.\n"
)


def test_each_point_of_an_agreed_list_is_an_agreement_of_the_sides() -> None:
    rows = suggest(LIST)
    agreements = events(rows, "Agreement")
    assert len(agreements) == 3, agreements  # the lead sentence's, and one a point
    labels = {r.subject: r.evidence for r in rows if r.predicate == "label"}
    points = [a for a in agreements if "trade within three years" in labels[a]]
    assert points and ("hasParticipant", "qatar") in actors(rows, points[0])
    assert any("road from Zahedan" in labels[a] for a in agreements)


def test_a_point_that_holds_talks_is_a_meeting_no_agreement_and_not_the_last_one() -> None:
    rows = suggest(LIST)
    labels = {r.subject: r.evidence for r in rows if r.predicate == "label"}
    meetings = events(rows, "Meeting")
    assert not [a for a in events(rows, "Agreement") if "sixth meeting" in labels[a]]
    planned = [m for m in meetings if "sixth meeting" in labels[m] or labels[m] == "meeting"]
    assert len(planned) >= 2, meetings  # the fifth meeting and the sixth, not one
    sideline = [m for m in meetings if ("hasParticipant", "amir-khan-muttaqi") in actors(rows, m)]
    (talks,) = sideline
    (parent,) = {o for s, o in claims(rows, "subEventOf") if s == talks}
    assert (parent, "doha") in claims(rows, "hasPlace")
    assert (parent, "tehran") not in claims(rows, "hasPlace")  # not the meeting planned
    sixth = [m for m in meetings if (m, "tehran") in claims(rows, "hasPlace")]
    assert sixth and (sixth[0], "planned") in claims(rows, "hasStatus")


def test_a_lead_that_opens_the_agreement_is_its_first_point() -> None:
    rows = suggest("The two sides agreed to:\n- double bilateral trade;\n- set up a new committee.")
    assert len(events(rows, "Agreement")) == 2


def test_talks_on_the_sidelines_of_a_meeting_are_a_meeting_inside_it() -> None:
    rows = suggest(
        "Misri and Muttaqi held talks in Dubai on Monday.\n"
        "On the sidelines of the meeting, Misri held separate talks with Muttaqi on visas."
    )
    meetings = events(rows, "Meeting")
    assert len(meetings) == 2, meetings
    assert {(meetings[1], meetings[0])} == {
        (s, o) for s, o in claims(rows, "subEventOf") if s in meetings
    }


def test_unnamed_officials_saying_are_a_voice_not_a_statement() -> None:
    for said in (
        "Iran and Qatar held talks in Doha on Monday, officials from both sides said.",
        "The talks in Doha ended on Monday, Iranian port officials said.",
        "A senior official told reporters the talks in Doha were useful.",
    ):
        assert not events(suggest(said), "Statement"), said
    assert events(suggest("The talks in Doha ended on Monday, Qatar said."), "Statement")
    assert events(suggest("The talks ended, the official said."), "Statement")


def test_a_habit_is_no_event() -> None:
    rows = suggest("Iran and Qatar agreed to set up a committee that will meet every two months.")
    assert not events(rows, "Meeting")
    assert events(suggest("Iran and Qatar will meet in Doha next month."), "Meeting")


def test_a_visit_to_come_after_and_is_a_visit_of_its_own() -> None:
    rows = suggest(
        "Misri arrived in Tehran on Sunday on a two-day visit and is due to fly to Doha on "
        "Wednesday."
    )
    visits = events(rows, "Visit")
    assert len(visits) == 2
    later = visits[1]
    assert ("hasVisitor", "vikram-misri") in actors(rows, later)  # the subject of both
    assert {t for s, t in claims(rows, "hasTime") if s == later} == {
        '2024-11-13 "on Wednesday" relative'  # the Wednesday to come, not the Sunday
    }


@pytest.mark.parametrize(
    ("sentence", "cls"),
    [
        ("Misri flew to Doha on Monday.", "Visit"),
        ("Two guards died in a shootout on the Iranian border.", "ArmedClash"),
        (
            "Iran and Qatar will begin a feasibility study for a motorway from Zahedan to Herat.",
            "DevelopmentProject",
        ),
    ],
)
def test_the_new_triggers(sentence: str, cls: str) -> None:
    assert events(suggest(sentence), cls)


def test_a_feasibility_study_of_no_work_is_no_project() -> None:
    assert not events(
        suggest("Iran will begin a feasibility study of its tax."), "DevelopmentProject"
    )


def test_attacks_inside_an_allegation_are_what_is_alleged() -> None:
    rows = suggest("Qatar rejects the accusation that its soil is used to launch attacks on Iran.")
    assert not events(rows, "Attack")
    rows = suggest("Iran allegedly backed groups who directed years of attacks on Qatar.")
    assert not events(rows, "Attack")
    assert events(suggest("Ties soured over attacks in Zahedan."), "Attack")


def test_a_detention_and_a_handover_of_a_citizen_are_two_events() -> None:
    rows = suggest("Oman handed over two Qatari citizens who had been detained in Muscat in March.")
    assert len(events(rows, "Event")) == 2
    assert not events(suggest("Iran released details of the plan."), "Event")


def test_an_act_only_weighed_is_no_event() -> None:
    rows = suggest("Qatar is considering further involvement in development projects in Oman.")
    assert not events(rows, "DevelopmentProject")
    assert events(suggest("Qatar is funding development projects in Oman."), "DevelopmentProject")
