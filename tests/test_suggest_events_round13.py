"""Round 13 of `kg suggest`'s events: a lede's talks told again in detail (the same parties
and more, no date of their own) are the same talks; on sentences of our own making."""

from __future__ import annotations

from tests.suggest_sentences import claims, events, suggest

_LEDE = "India and Pakistan held talks in Dubai on Sunday."


def test_talks_told_again_with_more_actors_are_the_same_talks() -> None:
    rows = suggest(
        f"{_LEDE} In Dubai, the Indian foreign secretary Ram Thapa met Pakistani officials of "
        "India and Pakistan."
    )
    (meeting,) = events(rows, "Meeting")
    assert (meeting, "ram-thapa") in claims(rows, "hasParticipant")  # the detail's people
    assert (meeting, "pakistan") in claims(rows, "hasParticipant")


def test_talks_of_another_day_stay_apart() -> None:
    rows = suggest(
        f"{_LEDE} On Tuesday, the Indian foreign secretary Ram Thapa met Pakistani officials "
        "of India and Pakistan."
    )
    assert len(events(rows, "Meeting")) == 2
