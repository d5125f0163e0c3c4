"""Round 8 of the general rules of `kg suggest` (issue 22): who "the three sides", "the
three ministers", "all three countries", "the parties" are; a delegation's side; one
event for the headline and the body; who receives what answers a request; an act told
in "with" and a participle at talks. Each test is on sentences of our own making (none
from the seed or the invented reports) and fails without its rule."""

from __future__ import annotations

from kg.suggest.rows import Suggestion
from tests.suggest_sentences import actors, claims, events, suggest

TRILATERAL = (
    "China, Pakistan and Afghanistan held a trilateral meeting in Beijing on Monday. "
    "Araghchi later phoned Muttaqi. "
)
STATES = {
    ("hasParticipant", "china"),
    ("hasParticipant", "pakistan"),
    ("hasParticipant", "islamic-emirate-of-afghanistan"),
}


def _only(rows: list[Suggestion], cls: str) -> str:
    (event,) = events(rows, cls)
    return event


def test_a_number_of_sides_takes_the_last_talks_with_that_many() -> None:
    for words in ("The three sides", "All three countries", "The three ministers"):
        rows = suggest(f"{TRILATERAL}{words} agreed to double trade.")
        agreed = actors(rows, _only(rows, "Agreement"))
        assert agreed == STATES, words  # not the call's two men
    rows = suggest(f"{TRILATERAL}The four sides agreed to double trade.")
    assert actors(rows, _only(rows, "Agreement")) == set()  # no talks of four sides


def test_the_parties_are_the_sides_of_the_last_talks() -> None:
    rows = suggest("India and Iran held talks in Tehran on Monday. The parties agreed to meet.")
    assert actors(rows, _only(rows, "Agreement")) == {
        ("hasParticipant", "india"),
        ("hasParticipant", "iran"),
    }


def test_a_delegation_among_the_sides_is_its_state_s_government() -> None:
    text = (
        "The Afghan delegation was led by Muttaqi on Monday. It was the first visit to "
        "Tehran by an Afghan minister. The two sides agreed to meet again."
    )
    rows = suggest(text)
    assert actors(rows, _only(rows, "Agreement")) == {
        ("hasParticipant", "islamic-emirate-of-afghanistan"),
        ("hasParticipant", "iran"),
    }


def test_the_headline_and_the_body_open_one_event() -> None:
    head = "India, Iran hold talks on port trade\n"
    body = "NEW DELHI: India and Iran held talks in New Delhi on Monday on port trade.\n"
    rows = suggest(head + body)
    (meeting,) = events(rows, "Meeting")
    row = next(r for r in rows if r.subject == meeting and r.predicate == "type")
    assert row.evidence == "held talks"  # the body's trigger is the event's evidence
    rows = suggest("Qatar, China hold talks on port trade\n" + body)  # no actor in common
    assert len(events(rows, "Meeting")) == 2
    visit = "NEW DELHI: Araghchi arrived in Kabul on Monday.\n"
    rows = suggest("Minister’s Kabul visit ends\n" + visit)  # no actor: the same place
    assert len(events(rows, "Visit")) == 1
    rows = suggest("Minister’s Tehran visit ends\n" + visit)
    assert len(events(rows, "Visit")) == 2


def test_the_country_that_asked_receives_what_answers_the_request() -> None:
    rows = suggest(
        "Iran pledged medicines to Afghan refugees in response to requests from the Taliban "
        "government."
    )
    pledge = _only(rows, "AidPledge")
    got = actors(rows, pledge)
    assert ("hasRecipient", "afghanistan") in got
    assert ("hasRecipient", "islamic-emirate-of-afghanistan") not in got


def test_an_act_told_with_a_participle_after_talks_happens_at_them() -> None:
    rows = suggest(
        "India and Iran held talks in Tehran on Monday on trade, with Iranian officials "
        "pressing India to pay for the port."
    )
    meeting, request = _only(rows, "Meeting"), _only(rows, "Request")
    assert (request, meeting) in claims(rows, "subEventOf")


def test_a_call_the_visit_s_leader_pays_is_part_of_the_visit() -> None:
    rows = suggest(
        "The Iranian delegation was led by Araghchi. It was his first visit to Kabul. "
        "Araghchi also called on Muttaqi."
    )
    visit, meeting = _only(rows, "Visit"), _only(rows, "Meeting")
    assert (meeting, visit) in claims(rows, "subEventOf")
    assert actors(rows, meeting) == {
        ("hasParticipant", "abbas-araghchi"),
        ("hasParticipant", "amir-khan-muttaqi"),
    }


def test_a_joint_statement_naming_no_one_is_its_talks_sides() -> None:
    rows = suggest(
        "China, Pakistan and Iran agreed on Monday to extend the corridor, according to a "
        "joint statement issued after their trilateral meeting in Beijing."
    )
    assert actors(rows, _only(rows, "Statement")) == {
        ("hasInitiator", "china"),
        ("hasInitiator", "pakistan"),
        ("hasInitiator", "iran"),
    }
    rows = suggest("China and Iran met in Beijing on Monday. Iran issued a joint statement.")
    assert actors(rows, _only(rows, "Statement")) == {("hasInitiator", "iran")}  # named


def test_the_headline_s_event_is_not_an_earlier_occasion_the_body_recalls() -> None:
    rows = suggest(
        "India, Iran, China hold talks on port trade\nNEW DELHI: India and Iran last met in "
        "Tehran in March 2023. India and Iran held talks in New Delhi on Monday on trade.\n"
    )
    joined = {e for e, a in claims(rows, "hasParticipant") if a == "china"}
    (held,) = [e for e in events(rows, "Meeting") if e in joined]
    assert held.endswith("2024-11")  # Monday's talks, not March 2023's meeting
