"""Who speaks a quotation told to someone: "“...,” X told Y" is X's, and Y only listened
(the listener is no speaker; "he told Y" names no speaker at all). Invented sentences."""

from __future__ import annotations

from tests.suggest_sentences import claims, suggest

QUOTE = "“The border will stay open,” "


def speakers(sentence: str) -> set[str]:
    """The actors a quotation's row makes speak (``the speaker of a quotation``)."""
    rows = suggest(sentence)
    return {r.object for r in rows if r.reason.startswith("the speaker of a quotation")}


def test_the_one_told_is_no_speaker_of_the_quotation() -> None:
    assert speakers(QUOTE + "Vikram Misri told Amir Khan Muttaqi.") <= {"vikram-misri"}
    assert speakers(QUOTE + "he told Amir Khan Muttaqi by phone.") == set()
    rows = suggest(QUOTE + "Vikram Misri told Amir Khan Muttaqi.")
    assert "amir-khan-muttaqi" not in {a for _, a in claims(rows, "hasInitiator")}


def test_a_speaker_after_said_is_still_the_speaker() -> None:
    rows = suggest(QUOTE + "said Vikram Misri.")
    assert {a for _, a in claims(rows, "hasInitiator")} == {"vikram-misri"}
