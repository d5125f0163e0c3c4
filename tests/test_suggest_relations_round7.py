"""Round 7 of the general rules of `kg suggest` (issue 22): the relation rows missed most
(an event's status, a title's state, a place in a state, who leads a delegation, whom a
delegation represents). Each test is on sentences of our own making (none from the seed or
the invented reports) and fails without its rule."""

from __future__ import annotations

from tests.suggest_sentences import claims, events, suggest


def _status(text: str, cls: str) -> set[str]:
    rows = suggest(text)
    found = events(rows, cls)
    return {value for event, value in claims(rows, "hasStatus") if event in found}


def test_a_cue_before_the_trigger_gives_the_events_status() -> None:
    assert _status("The Kazakh team was due to travel to Herat on Friday.", "Visit") == {"planned"}
    assert _status("Kazakhstan and Pakistan agreed to meet again in March.", "Meeting") == {
        "planned"
    }
    assert _status("Kazakhstan is expected to meet Pakistan in March.", "Meeting") == {"expected"}
    assert _status("Kazakhstan said its wheat aid is being trucked to Herat.", "AidShipment") == {
        "ongoing"
    }
    assert _status("Pakistan has reiterated its request to Kazakhstan.", "Request") == {"repeated"}


def test_a_present_perfect_going_on_since_a_date_is_ongoing() -> None:
    text = "Pakistan has sent back 2.5 million Afghans since June, the agency said."
    assert _status(text, "Expulsion") == {"ongoing"}
    assert _status("Pakistan sent back 300 Afghans on Monday.", "Expulsion") == set()


def test_no_status_without_a_cue_or_outside_the_clause() -> None:
    assert _status("Kazakhstan met Pakistan in Astana on Monday.", "Meeting") == set()
    assert _status("As planned, Kazakhstan met Pakistan in Astana on Monday.", "Meeting") == set()
