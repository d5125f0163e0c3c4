"""Round 7 of `kg suggest`'s events: no event of a story linked from a furniture line, no
register event that begins after the report was written, capitalised project names, and
two acts coordinated in one sentence, each rule on a sentence of our own making (none from
the seed or invented reports), each failing without its rule."""

from __future__ import annotations

from tests.suggest_sentences import claims, events, suggest


def test_a_furniture_line_opens_no_event() -> None:
    text = (
        "Iran and Qatar held talks in Doha on Monday.\n"
        "ALSO READ | China, Iran sign energy pact\n"
        "The talks ended late."
    )
    rows = suggest(text)
    assert events(rows, "Meeting")
    assert not events(rows, "Agreement")


def test_no_register_event_that_began_after_publication() -> None:
    # the fixture's Dubai meeting is of January 2025; the test report is of November 2024
    rows = suggest("Misri met Muttaqi in Dubai.")
    assert "dubai-meeting-2025-01" not in {s for s, _ in claims(rows, "hasParticipant")}
    assert events(rows, "Meeting")
